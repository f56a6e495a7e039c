using System.Globalization;

namespace SlideBuilder.Figures;

/// <summary>Numbers as people write them (1,200 · 80 000 · 1200.5) and as figures print them.</summary>
public static class AmountText
{
    public static bool TryParseNumber(string text, out double value)
    {
        var cleaned = text.Trim().Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal)
            .Replace("\u00A0", "", StringComparison.Ordinal).Replace("\u202F", "", StringComparison.Ordinal);
        return double.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    /// <summary>With thousands separators: 1,919 · 80,000 · 2.5.</summary>
    public static string Format(double value) => value.ToString(value == Math.Floor(value) ? "#,##0" : "#,##0.##", CultureInfo.InvariantCulture);

    /// <summary>"1,200–1,500", "about 4,000", "1,919".</summary>
    public static string Format(FigureItem item) =>
        (item.Approx ? "about " : "") + (item.IsRange ? $"{Format(item.Low)}–{Format(item.High)}" : Format(item.High));
}
