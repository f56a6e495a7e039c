using System.Globalization;

using SlideBuilder.Inputs;
using SlideBuilder.Language;
using SlideBuilder.Model;

namespace SlideBuilder.Figures;

/// <summary>Numbers as people write them (1,200 · 80 000 · 1200.5) and as figures print them.</summary>
public static class AmountText
{
    /// <summary>A number as the notes' language writes it (see <see cref="NumberStyle"/>).</summary>
    public static bool TryParseNumber(string text, out double value, NumberStyle? style = null) =>
        (style ?? NumberStyle.English).TryParse(text, out value);

    /// <summary>Whether a figure can draw the value: finite, at most 10¹⁵, and non-zero values at least 10⁻⁹ in size.</summary>
    public static bool IsDrawable(double value) =>
        double.IsFinite(value) && Math.Abs(value) <= InputLimits.LargestValue && (value == 0 || Math.Abs(value) >= InputLimits.SmallestValue);

    /// <summary>With thousands separators: 1,919 · 80,000 · 2.5.</summary>
    public static string Format(double value) => value.ToString(value == Math.Floor(value) ? "#,##0" : "#,##0.##", CultureInfo.InvariantCulture);

    /// <summary>"1,200–1,500", "about 4,000", "1,919".</summary>
    public static string Format(FigureItem item) =>
        (item.Approx ? "about " : "") + (item.IsRange ? $"{Format(item.Low)}–{Format(item.High)}" : Format(item.High));
}
