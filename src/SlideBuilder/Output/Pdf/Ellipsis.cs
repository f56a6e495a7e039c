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

        while (text.Length > 1 && font.MeasureText(text + "…") > width)
        {
            text = text[..^1];
        }

        return text.TrimEnd() + "…";
    }
}
