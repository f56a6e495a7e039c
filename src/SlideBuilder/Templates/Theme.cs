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
    public Layout.SlideGeometry? Geometry { get; init; }

    public string Color(string name) => Colors.TryGetValue(name, out var c) ? c : "000000";

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
