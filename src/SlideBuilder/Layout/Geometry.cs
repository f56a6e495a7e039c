namespace SlideBuilder.Layout;

/// <summary>Unit conversions: the deck works in EMU (English Metric Units), text in points.</summary>
public static class Emu
{
    public const long PerInch = 914_400;
    public const long PerPoint = 12_700;

    public static long FromInches(double inches) => (long)Math.Round(inches * PerInch);
    public static long FromPoints(double points) => (long)Math.Round(points * PerPoint);
    public static double ToPoints(long emu) => emu / (double)PerPoint;
}

/// <summary>A rectangle in EMU; never negative.</summary>
public readonly record struct Rect(long X, long Y, long Width, long Height)
{
    public long Bottom => Y + Height;
    public long Right => X + Width;

    public Rect WithHeight(long height) => this with { Height = Math.Max(0, height) };
    public Rect Below(long gap) => new(X, Bottom + gap, Width, 0);
}

/// <summary>Where things go on a 16:9 slide of the template's size.</summary>
public sealed class SlideGeometry(long width, long height)
{
    public long Width { get; } = width;
    public long Height { get; } = height;
    public long MarginX => Emu.FromInches(0.6);

    public Rect Title => new(MarginX, Emu.FromInches(0.3), Width - 2 * MarginX, Emu.FromInches(1.2));
    public Rect Rule => new(MarginX, Emu.FromInches(1.55), Emu.FromInches(1.4), Emu.FromPoints(4));
    public Rect Body => new(MarginX, Emu.FromInches(1.8), Width - 2 * MarginX, Height - Emu.FromInches(1.8) - Emu.FromInches(0.6));
    public Rect SlideNumber => new(Width - MarginX - Emu.FromInches(1.2), Height - Emu.FromInches(0.5), Emu.FromInches(1.2), Emu.FromInches(0.35));
    public Rect Header => new(MarginX, Emu.FromInches(0.02), Width - 2 * MarginX, Emu.FromInches(0.3));
    public Rect Footer => new(MarginX, Height - Emu.FromInches(0.5), Width - 2 * MarginX - Emu.FromInches(1.4), Emu.FromInches(0.35));

    /// <summary>A centred slide (Marp's lead, Slidev's cover): the title in the upper middle, its text beneath.</summary>
    public Rect CentredTitle => new(Emu.FromInches(0.9), Emu.FromInches(1.4), Width - Emu.FromInches(1.8), Emu.FromInches(2.4));
    public Rect CentredBody => new(Emu.FromInches(1.2), Emu.FromInches(4.0), Width - Emu.FromInches(2.4), Height - Emu.FromInches(4.0) - Emu.FromInches(0.7));

    public Rect TitleSlideTitle => new(Emu.FromInches(0.9), Emu.FromInches(1.7), Width - Emu.FromInches(1.8), Emu.FromInches(2.2));
    public Rect TitleSlideSubtitle => new(Emu.FromInches(0.9), Emu.FromInches(3.95), Width - Emu.FromInches(1.8), Emu.FromInches(1.0));
    public Rect TitleSlideByline => new(Emu.FromInches(0.9), Emu.FromInches(5.1), Width - Emu.FromInches(1.8), Emu.FromInches(1.5));
    public Rect TitleSlideBand => new(0, Emu.FromInches(1.35), Emu.FromInches(0.35), Emu.FromInches(3.7));

    public Rect SectionLabel => new(Emu.FromInches(0.9), Emu.FromInches(1.5), Width - Emu.FromInches(1.8), Emu.FromInches(0.75));
    public Rect SectionTitle => new(Emu.FromInches(0.9), Emu.FromInches(2.3), Width - Emu.FromInches(1.8), Emu.FromInches(2.4));

    public Rect QuoteText => new(Emu.FromInches(1.5), Emu.FromInches(2.0), Width - Emu.FromInches(3.0), Emu.FromInches(3.6));
    public Rect QuoteMark => new(Emu.FromInches(0.6), Emu.FromInches(1.7), Emu.FromInches(1.0), Emu.FromInches(1.4));

    /// <summary>Text-box insets written explicitly into every shape, so both renderers agree.</summary>
    public static long InsetX => Emu.FromInches(0.1);
    public static long InsetY => Emu.FromInches(0.05);
}
