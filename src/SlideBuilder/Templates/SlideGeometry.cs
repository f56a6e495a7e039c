using SlideBuilder.Model;

namespace SlideBuilder.Templates;

/// <summary>
/// Where things go on a slide of the template's size. A built-in template takes the boxes below; a
/// PowerPoint template gives its own for the title, body, title slide, section and footer boxes
/// (from its layouts' placeholders) and draws its own decoration, so <see cref="Decorated"/> is off.
/// </summary>
public sealed class SlideGeometry(long width, long height)
{
    public long Width { get; } = width;
    public long Height { get; } = height;
    public long MarginX => Emu.FromInches(0.6);

    /// <summary>Whether our own rule under titles and band on title and section slides are drawn.</summary>
    public bool Decorated { get; init; } = true;

    public Rect Title { get; init; } = new(Emu.FromInches(0.6), Emu.FromInches(0.3), width - 2 * Emu.FromInches(0.6), Emu.FromInches(1.2));
    public Rect Rule => new(Title.X, Title.Bottom + Emu.FromInches(0.05), Emu.FromInches(1.4), Emu.FromPoints(4));
    public Rect Body { get; init; } = new(Emu.FromInches(0.6), Emu.FromInches(1.8), width - 2 * Emu.FromInches(0.6), height - Emu.FromInches(1.8) - Emu.FromInches(0.6));
    public Rect SlideNumber { get; init; } = new(width - Emu.FromInches(0.6) - Emu.FromInches(1.2), height - Emu.FromInches(0.5), Emu.FromInches(1.2), Emu.FromInches(0.35));
    public Rect Header => new(MarginX, Emu.FromInches(0.02), Width - 2 * MarginX, Emu.FromInches(0.3));
    public Rect Footer { get; init; } = new(Emu.FromInches(0.6), height - Emu.FromInches(0.5), width - 2 * Emu.FromInches(0.6) - Emu.FromInches(1.4), Emu.FromInches(0.35));

    /// <summary>A centred slide (Marp's lead, Slidev's cover): the title in the upper middle, its text beneath.</summary>
    public Rect CentredTitle => new(Emu.FromInches(0.9), Height * 14 / 75, Width - Emu.FromInches(1.8), Height * 8 / 25);
    public Rect CentredBody => new(Emu.FromInches(1.2), Height * 8 / 15, Width - Emu.FromInches(2.4), Height * 7 / 15 - Emu.FromInches(0.7));

    public Rect TitleSlideTitle { get; init; } = new(Emu.FromInches(0.9), Emu.FromInches(1.7), width - Emu.FromInches(1.8), Emu.FromInches(2.2));
    public Rect TitleSlideSubtitle { get; init; } = new(Emu.FromInches(0.9), Emu.FromInches(3.95), width - Emu.FromInches(1.8), Emu.FromInches(1.0));
    public Rect TitleSlideByline { get; init; } = new(Emu.FromInches(0.9), Emu.FromInches(5.1), width - Emu.FromInches(1.8), Emu.FromInches(1.5));
    public Rect TitleSlideBand => new(0, Emu.FromInches(1.35), Emu.FromInches(0.35), Emu.FromInches(3.7));

    public Rect SectionLabel => new(SectionTitle.X, SectionTitle.Y - Emu.FromInches(0.8), SectionTitle.Width, Emu.FromInches(0.75));
    public Rect SectionTitle { get; init; } = new(Emu.FromInches(0.9), Emu.FromInches(2.3), width - Emu.FromInches(1.8), Emu.FromInches(2.4));

    public Rect QuoteText => new(Body.X + Emu.FromInches(0.9), Body.Y + Emu.FromInches(0.2), Body.Width - Emu.FromInches(1.8), Math.Min(Emu.FromInches(3.6), Body.Height - Emu.FromInches(0.2)));
    public Rect QuoteMark => new(Body.X, Body.Y - Emu.FromInches(0.1), Emu.FromInches(1.0), Emu.FromInches(1.4));

    /// <summary>The geometry a deck on <paramref name="theme"/> is laid out with (the layouter and the master writer read the same).</summary>
    public static SlideGeometry For(Theme theme) =>
        theme.Geometry ?? From(Emu.FromInches(theme.Slide.WidthInches), Emu.FromInches(theme.Slide.HeightInches), theme.Boxes);

    /// <summary>
    /// The geometry of a template.json template: its <paramref name="boxes"/> where it gives them (the built-in templates give
    /// them all), boxes made for the slide's size elsewhere.
    /// </summary>
    public static SlideGeometry From(long width, long height, SlideBoxes? boxes)
    {
        var made = new SlideGeometry(width, height);
        static Rect? Emus(InchBox? b) =>
            b is null ? null : new Rect(Emu.FromInches(b.X), Emu.FromInches(b.Y), Emu.FromInches(b.Width), Emu.FromInches(b.Height));
        return boxes is null ? made : new SlideGeometry(width, height)
        {
            Title = Emus(boxes.Title) ?? made.Title,
            Body = Emus(boxes.Body) ?? made.Body,
            TitleSlideTitle = Emus(boxes.TitleSlideTitle) ?? made.TitleSlideTitle,
            TitleSlideSubtitle = Emus(boxes.TitleSlideSubtitle) ?? made.TitleSlideSubtitle,
            TitleSlideByline = Emus(boxes.TitleSlideByline) ?? made.TitleSlideByline,
            SectionTitle = Emus(boxes.SectionTitle) ?? made.SectionTitle,
            SlideNumber = Emus(boxes.SlideNumber) ?? made.SlideNumber,
            Footer = Emus(boxes.Footer) ?? made.Footer,
        };
    }

    /// <summary>Text beside pictures: the text takes 55% of the area, the pictures the rest, 0.4 inch apart (the Two Content layout's boxes).</summary>
    public static (Rect Left, Rect Right) TwoContent(Rect area)
    {
        var gap = Emu.FromInches(0.4);
        var left = area with { Width = (long)((area.Width - gap) * 0.55) };
        return (left, area with { X = left.Right + gap, Width = area.Right - left.Right - gap });
    }

    /// <summary>Text-box insets written explicitly into every shape, so both renderers agree.</summary>
    public static long InsetX => Emu.FromInches(0.1);
    public static long InsetY => Emu.FromInches(0.05);
}
