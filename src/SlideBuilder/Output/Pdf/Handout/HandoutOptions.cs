namespace SlideBuilder.Output.Pdf.Handout;

public enum HandoutLayout { Notes, ThreeUp, SixUp }

/// <summary>A paper size in points.</summary>
public sealed record Paper(string Name, float Width, float Height)
{
    public static readonly Paper A4 = new("a4", 595.28f, 841.89f);
    public static readonly Paper Letter = new("letter", 612f, 792f);

    public static Paper? Parse(string name) => name.ToLowerInvariant() switch
    {
        "a4" => A4,
        "letter" => Letter,
        _ => null,
    };
}

public sealed record HandoutOptions(HandoutLayout Layout, Paper Paper)
{
    public static readonly HandoutOptions Default = new(HandoutLayout.Notes, Paper.A4);

    public static HandoutLayout? ParseLayout(string name) => name.ToLowerInvariant() switch
    {
        "notes" => HandoutLayout.Notes,
        "3up" => HandoutLayout.ThreeUp,
        "6up" => HandoutLayout.SixUp,
        _ => null,
    };
}
