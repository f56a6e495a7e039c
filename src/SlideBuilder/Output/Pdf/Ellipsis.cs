using SkiaSharp;

namespace SlideBuilder.Output.Pdf;

internal static class Ellipsis
{
    /// <summary>The text as it is when it fits <paramref name="width"/>, else cut at the end with an ellipsis until it does.</summary>
    public static string Fit(string text, SKFont font, float width)
    {
        if (font.MeasureText(text) <= width)
        {
            return text;
        }

        // The longest prefix that fits with its ellipsis, found by bisection: a 100,000-character title costs
        // about seventeen measurements, not one per character.
        var (fits, tooLong) = (1, text.Length);
        while (tooLong - fits > 1)
        {
            var mid = fits + (tooLong - fits) / 2;
            if (font.MeasureText(string.Concat(text.AsSpan(0, mid), "…")) <= width)
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
