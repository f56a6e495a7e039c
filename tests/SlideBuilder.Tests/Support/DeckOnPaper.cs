using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace SlideBuilder.Tests.Support;

/// <summary>
/// Checks a deck as LibreOffice renders it: one page per slide, every word of every slide on its
/// page, and the last word of each text box inside that box (text that overflowed would be below it).
/// </summary>
public static class DeckOnPaper
{
    private const double Tolerance = 3; // points

    public static void AssertEveryWordLandsOnItsPage(string pptx)
    {
        var pdf = ExternalTools.ConvertToPdf(pptx);
        var pages = PdfText.Pages(pdf);
        using var deck = new PptxInspector(pptx);
        Assert.Equal(deck.Slides.Count, pages.Count);
        var slideWidthEmu = (double)deck.Document.PresentationPart!.Presentation.SlideSize!.Cx!.Value;

        var problems = new List<string>();
        for (var i = 0; i < deck.Slides.Count; i++)
        {
            var page = pages[i];
            var scale = page.Width / slideWidthEmu; // EMU to PDF points
            // Compared without case: a template may set a title in capitals (cap="all"), as PowerPoint does.
            var pageWords = page.Words.Select(w => w.Text.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
            foreach (var word in Words(TextOf(deck.Slides[i].Slide)))
            {
                if (!pageWords.Contains(word.ToUpperInvariant()))
                {
                    problems.Add($"slide {i + 1}: '{word}' not found on its page");
                }
            }

            foreach (var w in page.Words)
            {
                if (w.XMin < -Tolerance || w.YMin < -Tolerance || w.XMax > page.Width + Tolerance || w.YMax > page.Height + Tolerance)
                {
                    problems.Add($"slide {i + 1}: '{w.Text}' lies off the page");
                }
            }

            foreach (var shape in deck.Slides[i].Slide.Descendants<P.Shape>())
            {
                var xfrm = shape.ShapeProperties?.Transform2D;
                var words = Words(TextOf(shape));
                if (xfrm is null || words.Count == 0)
                {
                    continue;
                }

                var top = xfrm.Offset!.Y!.Value * scale;
                var bottom = (xfrm.Offset.Y.Value + xfrm.Extents!.Cy!.Value) * scale;
                var left = xfrm.Offset.X!.Value * scale;
                var right = (xfrm.Offset.X.Value + xfrm.Extents.Cx!.Value) * scale;
                var last = words[^1];
                var candidates = page.Words.Where(w => string.Equals(w.Text, last, StringComparison.OrdinalIgnoreCase) && w.XMin >= left - Tolerance && w.XMax <= right + Tolerance && (w.YMin + w.YMax) / 2 >= top - Tolerance).ToList();
                if (candidates.Count == 0)
                {
                    problems.Add($"slide {i + 1}: last word '{last}' of a text box not found inside the box's columns");
                }
                else if (candidates.Min(w => (w.YMin + w.YMax) / 2) > bottom + Tolerance)
                {
                    // Compared by the line's middle: descenders may touch the inset, a whole line below the box is overflow.
                    problems.Add($"slide {i + 1}: text overflows its box: '{last}' sits at {candidates.Min(w => (w.YMin + w.YMax) / 2):0.0}pt, the box ends at {bottom:0.0}pt");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Runs of a paragraph joined as they are, paragraphs separated by a space.</summary>
    private static string TextOf(DocumentFormat.OpenXml.OpenXmlElement element) =>
        string.Join(" ", element.Descendants<A.Paragraph>().Select(p => string.Concat(p.Descendants().Select(e => e switch
        {
            A.Text t => t.Text,
            A.Break => " ", // a line break separates words as a space does
            _ => "",
        }))));

    /// <summary>Words as pdftotext splits them: at white space, compared in Unicode compatibility form.</summary>
    public static List<string> Words(string text) =>
        PdfText.Normalize(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
}
