using SkiaSharp;
using SlideBuilder.Build;
using SlideBuilder.Inputs;
using Svg.Skia;

namespace SlideBuilder.Notes;

/// <summary>
/// An SVG picture: checked (no DTD, nothing fetched from outside the file), measured, and rendered once
/// to PNG for the deck's fallback picture; the PDFs draw the SVG itself as vectors.
/// </summary>
internal static class SvgPicture
{
    /// <summary>Longest side of the PNG made for viewers that do not read SVG.</summary>
    private const int PngSide = 1600;

    public static (int Width, int Height, byte[] Png)? Read(string reference, byte[] bytes, SourceLocation at, DiagnosticBag diagnostics)
    {
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        if (text.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) || text.Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Warn(at, DiagnosticCodes.UnsupportedImage, $"image '{reference}' is an SVG with a DTD, which is not read (it can fetch files); a placeholder is shown");
            return null;
        }

        if (System.Text.RegularExpressions.Regex.IsMatch(text, @"(?:xlink:)?href\s*=\s*[""'](?!#|data:)", System.Text.RegularExpressions.RegexOptions.CultureInvariant))
        {
            diagnostics.Warn(at, DiagnosticCodes.UnsupportedImage, $"image '{reference}' is an SVG that refers to other files; only self-contained SVGs are drawn; a placeholder is shown");
            return null;
        }

        using var picture = Load(bytes);
        if (picture is null || picture.CullRect.Width <= 0 || picture.CullRect.Height <= 0)
        {
            diagnostics.Warn(at, DiagnosticCodes.UnsupportedImage, $"image '{reference}' is not an SVG that can be drawn; a placeholder is shown");
            return null;
        }

        var rect = picture.CullRect;
        var scale = Math.Min(4f, PngSide / Math.Max(rect.Width, rect.Height));
        var width = Math.Max(1, (int)Math.Round(rect.Width * scale));
        var height = Math.Max(1, (int)Math.Round(rect.Height * scale));
        if ((long)width * height > InputLimits.PicturePixels)
        {
            return null;
        }

        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Transparent);
            canvas.Scale(scale);
            canvas.Translate(-rect.Left, -rect.Top);
            canvas.DrawPicture(picture);
        }

        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return ((int)Math.Ceiling(rect.Width), (int)Math.Ceiling(rect.Height), png.ToArray());
    }

    /// <summary>The SVG as a Skia picture to draw as vectors; null when it cannot be read.</summary>
    public static SKPicture? Load(byte[] bytes)
    {
        try
        {
            var svg = new SKSvg();
            using var stream = new MemoryStream(bytes, writable: false);
            return svg.Load(stream) is { } picture ? picture : null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null; // a broken SVG is a placeholder, never a crash
        }
    }
}
