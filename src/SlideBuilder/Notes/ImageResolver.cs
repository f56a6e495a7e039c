using SkiaSharp;
using SlideBuilder.Inputs;
using SlideBuilder.Model;
using SlideBuilder.Diagnostics;

namespace SlideBuilder.Notes;

/// <summary>
/// Finds a referenced image next to the notes file, reads it once under the build's
/// <see cref="InputPolicy"/>, and checks its size from its header before anything decodes it.
/// </summary>
internal static class ImageResolver
{
    private static readonly HashSet<string> Supported = new(StringComparer.OrdinalIgnoreCase) { ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".ico", ".svg", ".tif", ".tiff" };

    /// <summary>Formats Skia cannot read, named in the warning so the user knows what to convert.</summary>
    private static readonly Dictionary<string, string> Unreadable = new(StringComparer.OrdinalIgnoreCase)
    {
        [".heic"] = "HEIC", [".heif"] = "HEIF", [".avif"] = "AVIF", [".pdf"] = "PDF", [".eps"] = "EPS", [".psd"] = "Photoshop",
    };

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
            return missing with { Problem = "Picture on the web, not downloaded" };
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
            var kind = Unreadable.TryGetValue(Path.GetExtension(path), out var named) ? named + " pictures" : $"'{Path.GetExtension(path)}' files";
            diagnostics.Warn(at, DiagnosticCodes.UnsupportedImage,
                $"image '{reference}': {kind} cannot be read (PNG, JPEG, GIF, BMP, WebP, ICO, TIFF and SVG can); a placeholder is shown - convert it to PNG");
            return missing with { Problem = "Picture format not supported" };
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

        if (Path.GetExtension(path).Equals(".svg", StringComparison.OrdinalIgnoreCase))
        {
            return SvgPicture.Read(reference, read.Bytes, at, diagnostics) is { } svg
                ? new PictureBlock(reference, read.RealPath, altText, svg.Width, svg.Height, at) { Data = svg.Png, Svg = read.Bytes }
                : missing with { Problem = "Picture not readable" };
        }

        if (TiffPicture.Sniff(read.Bytes))
        {
            return Tiff(reference, altText, at, read.RealPath, read.Bytes, missing, diagnostics);
        }

        // The header alone: SKCodec reads the dimensions without decoding a pixel.
        using var data = SKData.CreateCopy(read.Bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            diagnostics.Warn(at, DiagnosticCodes.UnsupportedImage, $"image '{reference}' could not be decoded; a placeholder is shown");
            return missing with { Problem = "Picture not readable" };
        }

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (TooLarge(reference, width, height, at, diagnostics))
        {
            return missing;
        }

        // PNG, JPEG, GIF and BMP go into the deck as they are; WebP and ICO, which PowerPoint may not read, and a
        // JPEG turned by its EXIF orientation, go in as PNG, upright (a GIF's first frame is what the PDFs draw).
        var format = codec.EncodedFormat;
        var turned = codec.EncodedOrigin is not (SKEncodedOrigin.TopLeft or SKEncodedOrigin.Default);
        if (format is SKEncodedImageFormat.Png or SKEncodedImageFormat.Jpeg or SKEncodedImageFormat.Gif or SKEncodedImageFormat.Bmp && !turned)
        {
            return new PictureBlock(reference, read.RealPath, altText, width, height, at) { Data = read.Bytes };
        }

        // A turned photo stays a JPEG (a lossless PNG of a photo is several times its size); WebP and ICO become PNG.
        using var upright = Decode(read.Bytes);
        using var png = format == SKEncodedImageFormat.Jpeg ? upright?.Encode(SKEncodedImageFormat.Jpeg, 92) : upright?.Encode(SKEncodedImageFormat.Png, 100);
        if (upright is null || png is null)
        {
            diagnostics.Warn(at, DiagnosticCodes.UnsupportedImage, $"image '{reference}' ({format}) could not be decoded; a placeholder is shown");
            return missing with { Problem = "Picture not readable" };
        }

        return new PictureBlock(reference, read.RealPath, altText, upright.Width, upright.Height, at) { Data = png.ToArray() };
    }

    /// <summary>Warns and says so when a picture's size, read from its header, is over the picture limits.</summary>
    private static bool TooLarge(string reference, int width, int height, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (!InputLimits.PictureTooLarge(width, height))
        {
            return false;
        }

        diagnostics.Warn(at, DiagnosticCodes.UnsupportedImage,
            $"image '{reference}' is {width} × {height} pixels, over the limit of {InputLimits.PicturePixels / 1_000_000} million pixels ({InputLimits.PictureSide} on a side); a placeholder is shown");
        return true;
    }

    /// <summary>A TIFF goes into the deck as a PNG of its first page, upright; its size is checked from the header first.</summary>
    private static PictureBlock Tiff(string reference, string altText, SourceLocation at, string? realPath, byte[] bytes, PictureBlock missing, DiagnosticBag diagnostics)
    {
        if (TiffPicture.Header(bytes) is not var (width, height, turned))
        {
            diagnostics.Warn(at, DiagnosticCodes.UnsupportedImage, $"image '{reference}' (TIFF) could not be decoded; a placeholder is shown");
            return missing with { Problem = "Picture not readable" };
        }

        if (TooLarge(reference, width, height, at, diagnostics))
        {
            return missing;
        }

        if (TiffPicture.ToPng(bytes) is not { } png)
        {
            diagnostics.Warn(at, DiagnosticCodes.UnsupportedImage, $"image '{reference}' (TIFF) could not be decoded; a placeholder is shown");
            return missing with { Problem = "Picture not readable" };
        }

        var (seenWidth, seenHeight) = turned ? (height, width) : (width, height);
        return new PictureBlock(reference, realPath, altText, seenWidth, seenHeight, at) { Data = png };
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

        var turn = codec.EncodedOrigin is not (SKEncodedOrigin.TopLeft or SKEncodedOrigin.Default);
        if (Math.Max(info.Width, info.Height) <= InputLimits.DecodedSide)
        {
            if (!turn)
            {
                return SKImage.FromBitmap(bitmap);
            }

            using var turned = Upright(bitmap, codec.EncodedOrigin);
            return SKImage.FromBitmap(turned);
        }

        // The codec decodes only at its own scales (PNG: none): resample the rest of the way.
        var target = new SKImageInfo(Math.Max(1, (int)Math.Round(codec.Info.Width * scale)), Math.Max(1, (int)Math.Round(codec.Info.Height * scale)),
            SKColorType.Rgba8888, SKAlphaType.Premul);
        // Scaled down first, then turned upright: a large turned photo is never held at full size twice.
        using var resized = bitmap.Resize(target, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
        if (resized is null)
        {
            return null;
        }

        if (!turn)
        {
            return SKImage.FromBitmap(resized);
        }

        using var upright = Upright(resized, codec.EncodedOrigin);
        return SKImage.FromBitmap(upright);
    }

    /// <summary>The pixels turned the way the camera's EXIF orientation says they are meant to be seen.</summary>
    internal static SKBitmap Upright(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        var swap = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var result = new SKBitmap(swap ? bitmap.Height : bitmap.Width, swap ? bitmap.Width : bitmap.Height, bitmap.ColorType, bitmap.AlphaType);
        using var canvas = new SKCanvas(result);
        var (w, h) = ((float)bitmap.Width, (float)bitmap.Height);
        var m = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => SKMatrix.Identity,
        };
        canvas.SetMatrix(m);
        using var image = SKImage.FromBitmap(bitmap);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest, SKMipmapMode.None));
        return result;
    }
}
