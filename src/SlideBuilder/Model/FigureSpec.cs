using SlideBuilder.Diagnostics;

namespace SlideBuilder.Model;

public enum FigureKind { Bar, Range, Grouped, Ratio }

public enum FigureScale { Auto, Linear, Log }

/// <summary>One thing compared: a value, or a range from <see cref="Low"/> to <see cref="High"/>.</summary>
public sealed record FigureItem(string Label, double Low, double High, bool Approx, string? Series, SourceLocation Source)
{
    public bool IsRange => High > Low;

    /// <summary>The amount as the notes said it before it was converted to the figure's period ("22 a week"); null when not converted.</summary>
    public string? Stated { get; init; }
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

    /// <summary>
    /// Log when asked, or on auto only when a linear bar would be invisible: the largest value 200
    /// times the smallest or more. A linear axis shows a 42-fold gap as 42-fold; a log axis hides it.
    /// </summary>
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
            return min > 0 && max / min >= 200;
        }
    }

    /// <summary>
    /// Each stated ratio ("×10–15: …richest farms earn ten to fifteen times…") with the item it
    /// compares: the item whose label shares most words with the ratio's clause, the larger on a tie;
    /// null when the clause names none of them.
    /// </summary>
    public IReadOnlyList<(string Ratio, FigureItem? Item)> RatioAnnotations()
    {
        var result = new List<(string, FigureItem?)>();
        foreach (var annotation in Annotations.Where(a => a.StartsWith('×')))
        {
            var colon = annotation.IndexOf(':', StringComparison.Ordinal);
            var ratio = colon > 0 ? annotation[..colon] : annotation;
            // The side of the comparison that is compared: before "vs", "than" or "compared with".
            var said = colon > 0 ? annotation[(colon + 1)..] : "";
            var cut = new[] { " vs ", " versus ", " than ", " compared " }.Select(w => said.IndexOf(w, StringComparison.OrdinalIgnoreCase)).Where(i => i > 0).DefaultIfEmpty(said.Length).Min();
            var clause = Content(said[..cut]);
            var best = Items.Select(i => (Item: i, Shared: Content(i.Label).Count(clause.Contains)))
                .Where(x => x.Shared > 0).OrderByDescending(x => x.Shared).ThenByDescending(x => x.Item.High).FirstOrDefault();
            result.Add((ratio, best.Item));
        }

        return result;

        static HashSet<string> Content(string text) =>
            Language.Vocabulary.Words(text).Where(w => w.Length >= 4 && !Language.Phrases.FunctionWords.Contains(w)).Select(Language.Vocabulary.Stem).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>"roubles per year": the unit with its period, as axis and alt text say it.</summary>
    public string UnitWithPeriod => Period is null ? Unit : $"{Unit} {Period}";
}
