using SkiaSharp;
using SlideBuilder.Build;
using SlideBuilder.Model;

namespace SlideBuilder.Notes;

/// <summary>Finds a referenced image next to the notes file and reads its pixel size.</summary>
internal static class ImageResolver
{
    private static readonly HashSet<string> Supported = new(StringComparer.OrdinalIgnoreCase) { ".png", ".jpg", ".jpeg", ".gif", ".bmp" };

    public static PictureBlock Resolve(string reference, string altText, SourceLocation at, DiagnosticBag diagnostics)
    {
        var missing = new PictureBlock(reference, null, altText, 4, 3, at);
        if (Uri.TryCreate(reference, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            diagnostics.Warn(at, DiagnosticCodes.MissingImage, $"image '{reference}' is on the web; builds never download, so a placeholder is shown (save it next to the notes)");
            return missing;
        }

        var baseDir = Path.GetDirectoryName(Path.GetFullPath(at.Path)) ?? ".";
        var path = Path.GetFullPath(Path.Combine(baseDir, Uri.UnescapeDataString(reference)));
        if (!File.Exists(path))
        {
            diagnostics.Warn(at, DiagnosticCodes.MissingImage, $"image '{reference}' not found (looked for {path}); a placeholder is shown");
            return missing;
        }

        if (!Supported.Contains(Path.GetExtension(path)))
        {
            diagnostics.Warn(at, DiagnosticCodes.UnsupportedImage, $"image '{reference}' is not PNG, JPEG, GIF or BMP; a placeholder is shown");
            return missing;
        }

        using var codec = SKCodec.Create(path);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            diagnostics.Warn(at, DiagnosticCodes.UnsupportedImage, $"image '{reference}' could not be decoded; a placeholder is shown");
            return missing;
        }

        return new PictureBlock(reference, path, altText, codec.Info.Width, codec.Info.Height, at);
    }
}
