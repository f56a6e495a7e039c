using SkiaSharp;
using SlideBuilder.Layout;

namespace SlideBuilder.Output.Pdf;

/// <summary>The slides as a PDF: one 16:9 page per slide, vector text and figures, clickable links.</summary>
public static class SlidesPdfWriter
{
    public static byte[] Write(LaidOutDeck deck, SlideRenderer renderer)
    {
        var width = SlideRenderer.Points(deck.SlideWidth);
        var height = SlideRenderer.Points(deck.SlideHeight);
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, PdfMetadata.For(deck.Info)))
        {
            foreach (var slide in deck.Slides)
            {
                var canvas = document.BeginPage(width, height);
                renderer.Draw(canvas, slide, width, height);
                document.EndPage();
            }

            document.Close();
        }

        return stream.ToArray();
    }
}
