using SlideBuilder.Build;

namespace SlideBuilder.Figures;

public enum FigureKind { Bar, Range, Grouped, Ratio }

public enum FigureScale { Auto, Linear, Log }

/// <summary>One thing compared: a value, or a range from <see cref="Low"/> to <see cref="High"/>.</summary>
public sealed record FigureItem(string Label, double Low, double High, bool Approx, string? Series, SourceLocation Source)
{
    public bool IsRange => High > Low;
}

/// <summary>
/// A figure as data, before anything draws it: parsed from a <c>```figure</c> block or CSV, or
/// found in the notes' own prose. Every renderer (PNG, SVG, PDF page, native chart) starts here.
/// </summary>
public sealed record FigureSpec(
    string Title,
    FigureKind Kind,
    string Unit,
    string? Period,
    FigureScale Scale,
    string? Source,
    string? Note,
    IReadOnlyList<FigureItem> Items,
    IReadOnlyList<string> Annotations,
    bool Native,
    SourceLocation Location)
{
    /// <summary>Series in the order they first appear (for grouped figures).</summary>
    public IReadOnlyList<string> SeriesNames => Items.Select(i => i.Series).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Labels in the order they first appear.</summary>
    public IReadOnlyList<string> Labels => Items.Select(i => i.Label).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Log when asked, or on auto when the largest value is 20 times the smallest or more.</summary>
    public bool UsesLogScale
    {
        get
        {
            if (Scale != FigureScale.Auto)
            {
                return Scale == FigureScale.Log;
            }

            var min = Items.Min(i => i.Low);
            var max = Items.Max(i => i.High);
            return min > 0 && max / min >= 20;
        }
    }

    /// <summary>"roubles per year": the unit with its period, as axis and alt text say it.</summary>
    public string UnitWithPeriod => Period is null ? Unit : $"{Unit} {Period}";
}
