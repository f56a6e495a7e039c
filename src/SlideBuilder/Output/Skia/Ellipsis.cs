using SkiaSharp;

namespace SlideBuilder.Output.Skia;

internal static class Ellipsis
{
    /// <summary>The text as it is when it fits <paramref name="width"/>, else cut at the end with an ellipsis until it does.</summary>
    public static string Fit(string text, SKFont font, float width, Func<string, float> measure)
    {
        // No line can hold more characters than this (each at least a twentieth of an em): a longer
        // text is cut to it before anything is measured, so a title of a megabyte costs no more than a line.
        var most = (int)Math.Min(text.Length, (width / Math.Max(font.Size, 1f) * 20) + 2);
        if (most < text.Length)
        {
            text = text[..(char.IsHighSurrogate(text[most - 1]) ? most - 1 : most)];
        }
        else if (measure(text) <= width)
        {
            return text;
        }

        // The longest prefix that fits with its ellipsis, found by bisection: a 100,000-character title costs
        // about seventeen measurements, not one per character.
        var (fits, tooLong) = (1, text.Length);
        while (tooLong - fits > 1)
        {
            var mid = fits + (tooLong - fits) / 2;
            if (measure(string.Concat(text.AsSpan(0, mid), "…")) <= width)
            {
                fits = mid;
            }
            else
            {
                tooLong = mid;
            }
        }

        if (char.IsHighSurrogate(text[fits - 1]) && fits > 1)
        {
            fits--;
        }

        return text[..fits].TrimEnd() + "…";
    }
}
