using SkiaSharp;
using SlideBuilder.Build;
using SlideBuilder.Inputs;
using SlideBuilder.Model;

namespace SlideBuilder.Notes;

/// <summary>
/// Finds a referenced image next to the notes file, reads it once under the build's
/// <see cref="InputPolicy"/>, and checks its size from its header before anything decodes it.
/// </summary>
internal static class ImageResolver
{
    private static readonly HashSet<string> Supported = new(StringComparer.OrdinalIgnoreCase) { ".png", ".jpg", ".jpeg", ".gif", ".bmp" };

    public static PictureBlock Resolve(string reference, string altText, SourceLocation at, InputPolicy policy, DiagnosticBag diagnostics)
    {
        var missing = new PictureBlock(reference, null, altText, 4, 3, at);
        if (reference.Length == 0)
        {
            diagnostics.Warn(at, DiagnosticCodes.MissingImage, "a picture without a file name; a placeholder is shown");
            return missing;
        }

        if (Uri.TryCreate(reference, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            diagnostics.Warn(at, DiagnosticCodes.MissingImage, $"image '{reference}' is on the web; builds never download, so a placeholder is shown (save it next to the notes)");
            return missing;
        }

        string path;
        try
        {
            var baseDir = Path.GetDirectoryName(Path.GetFullPath(at.Path)) ?? ".";
            path = Path.GetFullPath(Path.Combine(baseDir, Uri.UnescapeDataString(reference)));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException or UriFormatException)
        {
            diagnostics.Warn(at, DiagnosticCodes.MissingImage, $"image '{reference}' is not a usable file name; a placeholder is shown");
            return missing;
        }

        if (!Supported.Contains(Path.GetExtension(path)))
        {
            diagnostics.Warn(at, DiagnosticCodes.UnsupportedImage, $"image '{reference}' is not PNG, JPEG, GIF or BMP; a placeholder is shown");
            return missing;
        }

        var read = policy.Read(path, InputLimits.PictureBytes);
        if (read.Bytes is null)
        {
            if (read.Failure == ReadFailure.Missing)
            {
                diagnostics.Warn(at, DiagnosticCodes.MissingImage, $"image '{reference}' not found (looked for {path}); a placeholder is shown");
            }
            else
            {
                diagnostics.Warn(at, DiagnosticCodes.UnsupportedImage, $"image '{reference}' cannot be used: {read.Reason}; a placeholder is shown");
            }

            return missing;
        }

        // The header alone: SKCodec reads the dimensions without decoding a pixel.
        using var data = SKData.CreateCopy(read.Bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            diagnostics.Warn(at, DiagnosticCodes.UnsupportedImage, $"image '{reference}' could not be decoded; a placeholder is shown");
            return missing;
        }

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width > InputLimits.PictureSide || height > InputLimits.PictureSide || (long)width * height > InputLimits.PicturePixels)
        {
            diagnostics.Warn(at, DiagnosticCodes.UnsupportedImage,
                $"image '{reference}' is {width} × {height} pixels, over the limit of {InputLimits.PicturePixels / 1_000_000} million pixels ({InputLimits.PictureSide} on a side); a placeholder is shown");
            return missing;
        }

        return new PictureBlock(reference, read.RealPath, altText, width, height, at) { Data = read.Bytes };
    }

    /// <summary>
    /// Decodes a checked picture for drawing, scaled down when decoded so that its longest side is at
    /// most <see cref="InputLimits.DecodedSide"/>; null when it cannot be decoded.
    /// </summary>
    public static SKImage? Decode(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || (long)codec.Info.Width * codec.Info.Height > InputLimits.PicturePixels)
        {
            return null;
        }

        var scale = Math.Min(1f, (float)InputLimits.DecodedSide / Math.Max(codec.Info.Width, codec.Info.Height));
        var size = codec.GetScaledDimensions(scale);
        var info = new SKImageInfo(Math.Max(1, size.Width), Math.Max(1, size.Height), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var bitmap = new SKBitmap(info);
        // GetScaledDimensions gives a size the codec decodes to itself, so a failure here is a broken file.
        if (codec.GetPixels(info, bitmap.GetPixels()) is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            return null;
        }

        if (Math.Max(info.Width, info.Height) <= InputLimits.DecodedSide)
        {
            return SKImage.FromBitmap(bitmap);
        }

        // The codec decodes only at its own scales (PNG: none): resample the rest of the way.
        var target = new SKImageInfo(Math.Max(1, (int)Math.Round(codec.Info.Width * scale)), Math.Max(1, (int)Math.Round(codec.Info.Height * scale)),
            SKColorType.Rgba8888, SKAlphaType.Premul);
        using var resized = bitmap.Resize(target, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
        return resized is null ? null : SKImage.FromBitmap(resized);
    }
}
