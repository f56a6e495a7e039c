namespace SlideBuilder.Model;

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

