using SlideBuilder.Layout;
using SlideBuilder.Output.Skia;

namespace SlideBuilder.Output.Pdf;

/// <summary>The slides as a PDF: one 16:9 page per slide, vector text and figures, clickable links.</summary>
public static class SlidesPdfWriter
{
    public static byte[] Write(LaidOutDeck deck, SlideRenderer renderer)
    {
        using var pages = new PdfPages(PdfMetadata.For(deck.Info));
        Draw(deck, renderer, pages);
        return pages.Finish();
    }

    /// <summary>Draws the pages onto <paramref name="pages"/>.</summary>
    public static void Draw(LaidOutDeck deck, SlideRenderer renderer, IPageTarget pages)
    {
        var width = SlideRenderer.Points(deck.SlideWidth);
        var height = SlideRenderer.Points(deck.SlideHeight);
        foreach (var slide in deck.Slides)
        {
            var canvas = pages.BeginPage(width, height);
            renderer.Draw(canvas, slide, width, height, deck.Notice);
            pages.EndPage();
        }
    }
}
