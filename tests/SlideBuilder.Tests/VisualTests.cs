using SlideBuilder.Build;
using SlideBuilder.Tests.Support;

namespace SlideBuilder.Tests;

/// <summary>What the PDFs look like: golden pages, and our slides against LibreOffice's rendering of the deck.</summary>
public sealed class VisualTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private byte[] PageAsPng(string pdf, int page)
    {
        var prefix = Path.Combine(_ws.Root, $"page-{page}");
        var (code, _, stderr) = ExternalTools.Run("pdftoppm", ["-png", "-r", "50", "-f", $"{page}", "-l", $"{page}", "-singlefile", pdf, prefix], TimeSpan.FromMinutes(1));
        Assert.True(code == 0, stderr);
        return File.ReadAllBytes(prefix + ".png");
    }

    [InteropTheory]
    [InlineData("notes", 1)]
    [InlineData("notes", 5)]
    [InlineData("3up", 2)]
    [InlineData("6up", 2)]
    public void Handout_pages_match_their_reviewed_golden_images(string layout, int page)
    {
        var options = new BuildOptions(_ws.Out, Formats: new HashSet<OutputFormat> { OutputFormat.Handout },
            Handout: SlideBuilder.Output.Pdf.Handout.HandoutOptions.ParseLayout(layout));
        var handout = _ws.BuildAll(SampleTalkTests.SampleNotes, options).Outputs.Single();
        Golden.AssertMatches(PageAsPng(handout, page), $"handout-{layout}-page{page}");
    }

    [InteropFact]
    public void Our_slides_pdf_and_LibreOffices_rendering_of_the_deck_put_the_same_words_in_the_same_places()
    {
        var result = _ws.BuildAll(SampleTalkTests.SampleNotes, new BuildOptions(_ws.Out, Formats: new HashSet<OutputFormat> { OutputFormat.Pptx, OutputFormat.Slides }));
        var ours = PdfText.Pages(result.Outputs.Single(o => o.EndsWith(".slides.pdf", StringComparison.Ordinal)));
        var theirs = PdfText.Pages(ExternalTools.ConvertToPdf(result.Outputs.Single(o => o.EndsWith(".pptx", StringComparison.Ordinal))));
        Assert.Equal(theirs.Count, ours.Count);

        using var deck = new PptxInspector(result.Outputs.Single(o => o.EndsWith(".pptx", StringComparison.Ordinal)));
        var report = new List<string>();
        for (var i = 0; i < ours.Count; i++)
        {
            var scale = theirs[i].Width / ours[i].Width;

            // A figure is a picture in the deck and vector text in our PDF: compare the text both have (the title).
            var figure = deck.LayoutName(i) == "Picture/Figure";
            var words = ours[i].Words.Where(w => w.Text.Any(char.IsLetterOrDigit) && (!figure || w.YMax < 1.8 * 72)).ToList();
            var placed = words.Count(w => theirs[i].Words.Any(t => t.Text == w.Text
                && Math.Abs(t.XMin - w.XMin * scale) <= 24 && Math.Abs((t.YMin + t.YMax) / 2 - (w.YMin + w.YMax) / 2 * scale) <= 12));
            var share = words.Count == 0 ? 1 : placed / (double)words.Count;
            if (share < 0.9)
            {
                report.Add($"slide {i + 1}: only {share:P0} of {words.Count} words where LibreOffice puts them");
            }
        }

        Assert.True(report.Count == 0, string.Join("\n", report));
    }
}
