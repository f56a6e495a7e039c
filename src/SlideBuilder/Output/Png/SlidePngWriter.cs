using SkiaSharp;
using SlideBuilder.Layout;
using SlideBuilder.Output.Skia;

namespace SlideBuilder.Output.Png;

/// <summary>PNG previews drawn by the same renderer as the PDF: slide-01.png, slide-02.png…</summary>
public static class SlidePngWriter
{
    public const int PixelWidth = 1280;

    /// <param name="cache">Slides drawn to the same pixels as in an earlier call are not encoded again (the preview's rebuilds).</param>
    public static IReadOnlyList<(string Name, byte[] Png)> Write(LaidOutDeck deck, SlideRenderer renderer, SlidePictureCache? cache = null)
    {
        var width = SlideRenderer.Points(deck.SlideWidth);
        var height = SlideRenderer.Points(deck.SlideHeight);
        var scale = PixelWidth / width;
        var digits = Math.Max(2, deck.Slides.Count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        var result = new List<(string, byte[])>();
        foreach (var slide in deck.Slides)
        {
            using var surface = SKSurface.Create(new SKImageInfo(PixelWidth, (int)Math.Round(height * scale), SKColorType.Rgba8888, SKAlphaType.Premul));
            surface.Canvas.Scale(scale);
            renderer.Draw(surface.Canvas, slide, width, height, deck.Notice);
            using var pixels = surface.PeekPixels();
            var png = cache is null ? PngEncoding.Encode(pixels) : cache.Get(pixels, PngEncoding.Encode);
            result.Add(($"slide-{slide.Number.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits, '0')}.png", png));
        }

        return result;
    }
}
