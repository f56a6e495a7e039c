using SkiaSharp;
using SlideBuilder.Inputs;
using System.Xml;
using Svg.Skia;
using SlideBuilder.Diagnostics;

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
        if (Problem(bytes) is { } problem)
        {
            diagnostics.Warn(at, DiagnosticCodes.UnsupportedImage, $"image '{reference}' is an SVG that {problem}; only self-contained SVGs are drawn; a placeholder is shown");
            return null;
        }

        using var svg = Load(bytes);
        var picture = svg?.Picture;
        if (picture is null || picture.CullRect.Width <= 0 || picture.CullRect.Height <= 0)
        {
            diagnostics.Warn(at, DiagnosticCodes.UnsupportedImage, $"image '{reference}' is not an SVG that can be drawn; a placeholder is shown");
            return null;
        }

        var rect = picture.CullRect;
        var scale = Math.Min(4f, PngSide / Math.Max(rect.Width, rect.Height));
        var width = Math.Max(1, (int)Math.Round(rect.Width * scale));
        var height = Math.Max(1, (int)Math.Round(rect.Height * scale));

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

    /// <summary>
    /// Why the SVG is refused, read as XML whatever its encoding (UTF-8, UTF-16): a DTD (entities can read files),
    /// a reference to anything outside itself (href, src, CSS url(), a stylesheet), or XML that is not well formed.
    /// </summary>
    private static string? Problem(byte[] bytes)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = InputLimits.PictureBytes };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.ProcessingInstruction && reader.Name.Equals("xml-stylesheet", StringComparison.OrdinalIgnoreCase))
                {
                    return "names a stylesheet";
                }

                if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && OutsideUrl(reader.Value))
                {
                    return "refers to other files";
                }

                if (reader.NodeType != XmlNodeType.Element || !reader.MoveToFirstAttribute())
                {
                    continue;
                }

                do
                {
                    var outside = reader.LocalName is "href" or "src" && !IsInside(reader.Value);
                    if (outside || OutsideUrl(reader.Value))
                    {
                        return "refers to other files";
                    }
                }
                while (reader.MoveToNextAttribute());
            }
        }
        catch (XmlException ex)
        {
            return ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase) ? "has a DTD, which can read files" : "is not well-formed XML";
        }

        return null;

        static bool IsInside(string value) => value.TrimStart() is var v && (v.StartsWith('#') || v.StartsWith("data:", StringComparison.OrdinalIgnoreCase));

        static bool OutsideUrl(string value)
        {
            var at = 0;
            while ((at = value.IndexOf("url(", at, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                at += 4;
                var target = value[at..].TrimStart(' ', '"', '\'');
                if (!IsInside(target))
                {
                    return true;
                }
            }

            return value.Contains("@import", StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>The SVG read by Svg.Skia (dispose it: it owns its picture); null when it cannot be read. Checked by <see cref="Read"/> first.</summary>
    public static SKSvg? Load(byte[] bytes)
    {
        var svg = new SKSvg();
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            if (svg.Load(stream) is not null)
            {
                return svg;
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // a broken SVG is a placeholder, never a crash
        }

        svg.Dispose();
        return null;
    }
}
