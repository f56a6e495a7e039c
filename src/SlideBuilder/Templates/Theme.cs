using System.Text.Json.Serialization;

namespace SlideBuilder.Templates;

/// <summary>A template's design as data: colours, fonts (with the files that measure them), sizes.</summary>
public sealed record Theme
{
    public required string Name { get; init; }
    public string Description { get; init; } = "";
    public SlideSize Slide { get; init; } = new();
    public required IReadOnlyDictionary<string, string> Colors { get; init; }
    public required IReadOnlyDictionary<string, FontFamilySpec> Fonts { get; init; }
    public FontRoles Roles { get; init; } = new();
    public TextSizes Sizes { get; init; } = new();

    /// <summary>How body paragraphs are set at each list level: beyond the list, two levels alternate and a longer list repeats its last.</summary>
    public IReadOnlyList<ListLevel> Levels { get; init; } = ListLevel.Defaults;

    /// <summary>Where the title, body and the rest go, in inches; a template without them gets boxes made for its slide size.</summary>
    public SlideBoxes? Boxes { get; init; }

    /// <summary>The folder the template was loaded from; font files are relative to it.</summary>
    [JsonIgnore]
    public string Directory { get; init; } = "";

    /// <summary>The font files' bytes by their names in <see cref="Fonts"/>, read once by the loader.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, byte[]> FontData { get; init; } = new Dictionary<string, byte[]>();

    /// <summary>The user's PowerPoint template the deck is written inside; null for a template.json template.</summary>
    [JsonIgnore]
    public PptxTemplate? Package { get; init; }

    /// <summary>The template's layout for each of our slide kinds (a PowerPoint template only).</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<Model.SlideLayoutKind, TemplateLayout>? LayoutMap { get; init; }

    /// <summary>Where things go on the slide: the template's placeholders, or null for the built-in boxes.</summary>
    [JsonIgnore]
    public Templates.SlideGeometry? Geometry { get; init; }

    public string Color(string name) => Colors.TryGetValue(name, out var c) ? c : "000000";

    /// <summary>What a PowerPoint template's master says of title and body text; null for a template.json template.</summary>
    [JsonIgnore]
    public MasterTextStyle? MasterText { get; init; }

    /// <summary>Titles' colour: the template master's, else the second dark colour.</summary>
    public string TitleColor() => MasterText?.TitleColor ?? Color("dk2");

    /// <summary>Body text's colour: the template master's, else the first dark colour.</summary>
    public string BodyColor() => MasterText?.BodyColor ?? Color("dk1");

    /// <summary>Whether titles are bold: as the template master says, else yes.</summary>
    public bool TitleBold() => MasterText?.TitleBold ?? true;

    /// <summary>A colour given by theme name (<c>accent1</c>) or as hex (<c>1F5F8B</c>).</summary>
    public string ColorOf(string nameOrHex) => Colors.TryGetValue(nameOrHex, out var c) ? c : nameOrHex.ToUpperInvariant();

    /// <summary>The style of list level <paramref name="level"/> (0 is the top).</summary>
    public ListLevel Level(int level)
    {
        // "levels": null in a template.json reads as null.
        var levels = Levels is { Count: > 0 } given ? given : ListLevel.Defaults;
        return level < levels.Count ? levels[level] : levels[levels.Count <= 2 ? level % levels.Count : levels.Count - 1];
    }

    public FontFamilySpec Font(string role) => Fonts[role switch
    {
        "heading" => Roles.Heading,
        "body" => Roles.Body,
        "quote" => Roles.Quote,
        "code" => Roles.Code,
        _ => role,
    }];
}

public sealed record SlideSize
{
    public double WidthInches { get; init; } = 13.333;
    public double HeightInches { get; init; } = 7.5;
}

/// <summary>
/// A font family: <see cref="Name"/> is written into the deck; the files measure it and are
/// embedded in PDFs. They must be the same font or metric-compatible (Liberation Sans for Arial).
/// </summary>
public sealed record FontFamilySpec
{
    public required string Name { get; init; }
    public required string Regular { get; init; }
    public string? Bold { get; init; }
    public string? Italic { get; init; }
    public string? BoldItalic { get; init; }
}

public sealed record FontRoles
{
    public string Heading { get; init; } = "sans";
    public string Body { get; init; } = "sans";
    public string Quote { get; init; } = "serif";
    public string Code { get; init; } = "mono";
}

/// <summary>Sizes in points.</summary>
public sealed record TextSizes
{
    public double Title { get; init; } = 36;
    public double TitleSlide { get; init; } = 44;
    public double Section { get; init; } = 40;
    public double Subtitle { get; init; } = 24;
    public IReadOnlyList<double> Body { get; init; } = [26, 22, 20];
    public double MinBody { get; init; } = 18;
    public double Quote { get; init; } = 30;
    public double MinQuote { get; init; } = 22;
    public double Attribution { get; init; } = 20;
    public double Code { get; init; } = 16;
    public double Table { get; init; } = 18;
    public double MinTable { get; init; } = 12;
    public double Notes { get; init; } = 12;

    public double BodyAt(int level) => Body[Math.Min(level, Body.Count - 1)];
}

/// <summary>
/// How a body paragraph at one list level is set. Unset values are SlideBuilder's own: a bullet box of 1.1 em,
/// levels 0.45 inch apart, lines at 1.2 of the size, half a line between paragraphs (a quarter of a line above a nested item).
/// </summary>
public sealed record ListLevel
{
    /// <summary>Two levels alternating, as the built-in templates have them: a round bullet, then a dash, both in the accent colour.</summary>
    public static readonly IReadOnlyList<ListLevel> Defaults = [new() { Bullet = "•" }, new() { Bullet = "–" }];

    /// <summary>The colour name that means "the text's own colour".</summary>
    public const string TextColor = "text";

    /// <summary>The bullet character; empty for none; unset, a round bullet.</summary>
    public string? Bullet { get; init; }

    /// <summary>The bullet's colour: a theme colour name, hex, or <see cref="TextColor"/>; unset, the accent colour.</summary>
    public string? BulletColor { get; init; }

    /// <summary>The bullet's typeface (PowerPoint's <c>buFont</c>); unset, the body font.</summary>
    public string? BulletFont { get; init; }

    /// <summary>Where the text starts, from the box's inner edge, in points.</summary>
    public double? MarginLeftPoints { get; init; }

    /// <summary>Where the bullet starts relative to the text (negative: to its left), in points.</summary>
    public double? IndentPoints { get; init; }

    /// <summary>Line height as a multiple of the size.</summary>
    public double? LineSpacing { get; init; }

    /// <summary>Space above a paragraph as a multiple of the size.</summary>
    public double? SpaceBefore { get; init; }

    /// <summary>The bullet drawn ("" for none).</summary>
    public string Mark => Bullet ?? "•";

    /// <summary>The bullet's colour for text of <paramref name="textColor"/> on <paramref name="theme"/>.</summary>
    public string MarkColor(Theme theme, string textColor) =>
        BulletColor is null ? theme.Color("accent1") : BulletColor == TextColor ? textColor : theme.ColorOf(BulletColor);
}

/// <summary>A box in inches from the slide's top left corner.</summary>
public sealed record InchBox(double X, double Y, double Width, double Height);

/// <summary>The boxes a template places its text in, in inches; each one it leaves out is made for its slide size.</summary>
public sealed record SlideBoxes
{
    public InchBox? Title { get; init; }
    public InchBox? Body { get; init; }
    public InchBox? TitleSlideTitle { get; init; }
    public InchBox? TitleSlideSubtitle { get; init; }
    public InchBox? TitleSlideByline { get; init; }
    public InchBox? SectionTitle { get; init; }
    public InchBox? SlideNumber { get; init; }
    public InchBox? Footer { get; init; }

    public IEnumerable<(string Name, InchBox? Box)> All =>
    [
        ("title", Title), ("body", Body), ("titleSlideTitle", TitleSlideTitle), ("titleSlideSubtitle", TitleSlideSubtitle),
        ("titleSlideByline", TitleSlideByline), ("sectionTitle", SectionTitle), ("slideNumber", SlideNumber), ("footer", Footer),
    ];
}

/// <summary>A PowerPoint master's title and body text: colours (hex) and the title's weight, each null when it does not say.</summary>
public sealed record MasterTextStyle(string? TitleColor, string? BodyColor, bool? TitleBold, string? TitleAlign = null);
