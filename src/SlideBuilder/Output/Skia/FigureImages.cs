using SkiaSharp;
using SlideBuilder.Model;

namespace SlideBuilder.Output.Skia;

/// <summary>The same drawing as PNG (for the PPTX fallback and previews) and as SVG (vector, for the PPTX).</summary>
public static class FigureImages
{
    /// <summary>PNG at <paramref name="pixelsPerPoint"/> (2.667 = 192 dpi: twice a 96-dpi slide's pixels).</summary>
    public static byte[] Png(FigureRenderer renderer, FigureSpec spec, float widthPoints, float heightPoints, float pixelsPerPoint)
    {
        var info = new SKImageInfo((int)Math.Ceiling(widthPoints * pixelsPerPoint), (int)Math.Ceiling(heightPoints * pixelsPerPoint), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        canvas.Scale(pixelsPerPoint);
        renderer.Draw(canvas, spec, widthPoints, heightPoints);
        return PngEncoding.Encode(surface.PeekPixels());
    }

    public static byte[] Svg(FigureRenderer renderer, FigureSpec spec, float widthPoints, float heightPoints)
    {
        using var stream = new MemoryStream();
        using (var wstream = new SKManagedWStream(stream))
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, widthPoints, heightPoints), wstream))
        {
            renderer.Draw(canvas, spec, widthPoints, heightPoints);
        }

        return stream.ToArray();
    }
}
