using BitMiracle.LibTiff.Classic;
using SkiaSharp;
using SlideBuilder.Inputs;

namespace SlideBuilder.Notes;

/// <summary>
/// TIFF pictures, which Skia cannot decode, read with LibTiff.NET: the first page, turned upright by its
/// orientation tag, into a PNG that the deck, the PDFs and the previews use like any other picture.
/// The size comes from the header and is checked against the picture limits before a pixel is decoded.
/// </summary>
internal static class TiffPicture
{
    static TiffPicture()
    {
        // LibTiff.NET reports to the console by default; a library must not, and its problems reach the user as our warning.
        Tiff.SetErrorHandler(new Silent());
    }

    /// <summary>Whether the bytes start like a TIFF file (little- or big-endian, classic or BigTIFF).</summary>
    public static bool Sniff(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 4 && ((bytes[0] == 'I' && bytes[1] == 'I' && bytes[2] is 42 or 43 && bytes[3] == 0)
                              || (bytes[0] == 'M' && bytes[1] == 'M' && bytes[2] == 0 && bytes[3] is 42 or 43));

    /// <summary>
    /// The picture's size as stored, and whether its orientation tag turns it a quarter (tags 5 to 8: it is then seen
    /// with width and height swapped); null when it is not a TIFF LibTiff.NET can open.
    /// </summary>
    public static (int Width, int Height, bool Turned)? Header(byte[] bytes)
    {
        using var tiff = Open(bytes);
        return tiff is not null && Dimensions(tiff) is var (width, height) ? (width, height, OrientationOf(tiff) >= 5) : null;
    }

    /// <summary>The first page as a PNG, or null when it cannot be decoded or is over the picture limits.</summary>
    public static byte[]? ToPng(byte[] bytes)
    {
        try
        {
            using var tiff = Open(bytes);
            if (tiff is null || Dimensions(tiff) is not var (width, height) || InputLimits.PictureTooLarge(width, height))
            {
                return null;
            }

            // The pixels in the order they are stored: LibTiff flips by the orientation tag but never turns (tags 5 to 8
            // are flipped as 1 to 4), so each is asked for in its own group, and Skia turns the result the way EXIF does.
            var tag = OrientationOf(tiff);
            var raster = new int[width * height];
            if (!tiff.ReadRGBAImageOriented(width, height, raster, (Orientation)(tag <= 4 ? tag : tag - 4)))
            {
                return null;
            }

            // LibTiff packs each pixel in an int, A B G R from the high byte down, with alpha already associated
            // (premultiplied) by its RGBA interface: Skia's premultiplied RGBA 8888, byte by byte.
            using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
            var pixels = bitmap.GetPixelSpan();
            for (var i = 0; i < raster.Length; i++)
            {
                var p = raster[i];
                pixels[i * 4] = (byte)Tiff.GetR(p);
                pixels[i * 4 + 1] = (byte)Tiff.GetG(p);
                pixels[i * 4 + 2] = (byte)Tiff.GetB(p);
                pixels[i * 4 + 3] = (byte)Tiff.GetA(p);
            }

            using var upright = tag == 1 ? null : ImageResolver.Upright(bitmap, (SKEncodedOrigin)tag);
            using var image = SKImage.FromBitmap(upright ?? bitmap);
            using var png = image.Encode(SKEncodedImageFormat.Png, 100);
            return png?.ToArray();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A stranger's file: LibTiff.NET throws on some malformed ones rather than reporting them.
            return null;
        }
    }

    private static Tiff? Open(byte[] bytes)
    {
        if (!Sniff(bytes))
        {
            return null;
        }

        try
        {
            return Tiff.ClientOpen("picture", "r", new MemoryStream(bytes, writable: false), new TiffStream());
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>The orientation tag, 1 to 8; 1 (as stored) when it is missing or out of range.</summary>
    private static int OrientationOf(Tiff tiff) =>
        tiff.GetField(TiffTag.ORIENTATION) is { Length: > 0 } o && o[0].ToInt() is >= 1 and <= 8 and var tag ? tag : 1;

    private static (int Width, int Height)? Dimensions(Tiff tiff)
    {
        var width = tiff.GetField(TiffTag.IMAGEWIDTH);
        var height = tiff.GetField(TiffTag.IMAGELENGTH);
        return width is { Length: > 0 } && height is { Length: > 0 } && width[0].ToInt() > 0 && height[0].ToInt() > 0
            ? (width[0].ToInt(), height[0].ToInt())
            : null;
    }

    private sealed class Silent : TiffErrorHandler
    {
        public override void ErrorHandler(Tiff tif, string method, string format, params object[] args)
        {
        }

        public override void ErrorHandlerExt(Tiff tif, object clientData, string method, string format, params object[] args)
        {
        }

        public override void WarningHandler(Tiff tif, string method, string format, params object[] args)
        {
        }

        public override void WarningHandlerExt(Tiff tif, object clientData, string method, string format, params object[] args)
        {
        }
    }
}
