using SlideBuilder.Model;
namespace SlideBuilder.Figures;

/// <summary>A figure said in words, for the picture's description and for screen readers.</summary>
public static class AltText
{
    public static string For(FigureSpec spec)
    {
        var kind = spec.Kind switch
        {
            FigureKind.Range => "Range chart",
            FigureKind.Grouped => "Grouped bar chart",
            FigureKind.Ratio => "Ratio chart",
            _ => "Bar chart",
        };
        var what = spec.Kind == FigureKind.Ratio ? $"multiples of {spec.Items[0].Label.ToLowerInvariant()}" : DescribeUnit(spec);
        var items = spec.Items.Select(i => (i.Series is null ? i.Label : $"{i.Label} ({i.Series})") + " " + AmountText.Format(i) + (i.Stated is null ? "" : $" ({i.Stated})"));
        var text = $"{kind}, {what}{(spec.UsesLogScale && spec.Kind != FigureKind.Ratio ? " on a log scale" : "")}: {string.Join("; ", items)}.";
        if (spec.Annotations.Count > 0)
        {
            text += " " + string.Join(" ", spec.Annotations.Select(a => a.TrimEnd('.', '…') + "."));
        }

        return text;
    }

    /// <summary>"annual income in roubles", "income in dollars per week", "roubles".</summary>
    private static string DescribeUnit(FigureSpec spec) => spec.Period switch
    {
        "per year" or "a year" => $"annual income in {spec.Unit}",
        null => $"amounts in {spec.Unit}",
        var p => $"income in {spec.Unit} {p}",
    };
}
