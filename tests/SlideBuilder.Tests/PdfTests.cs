using System.Text.RegularExpressions;
using SlideBuilder.Build;
using SlideBuilder.Output.Pdf.Handout;
using SlideBuilder.Tests.Support;

namespace SlideBuilder.Tests;

/// <summary>The handout and slides PDFs, read back with poppler and qpdf.</summary>
public sealed class PdfTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private static string Squash(string s) => Regex.Replace(PdfText.Normalize(s), @"\s+", " ").Trim();

    private (string Pptx, string Handout, string Slides, DeckResult Result) BuildSeed(BuildOptions? options = null)
    {
        var result = _ws.BuildAll(SeedNotesTests.SeedPath, options);
        return (result.Outputs.Single(o => o.EndsWith(".pptx", StringComparison.Ordinal)),
                result.Outputs.Single(o => o.EndsWith(".handout.pdf", StringComparison.Ordinal)),
                result.Outputs.Single(o => o.EndsWith(".slides.pdf", StringComparison.Ordinal)),
                result);
    }

    [SeedFact(interop: true)]
    public void The_slides_pdf_has_one_16_by_9_page_per_slide_with_every_title()
    {
        var (pptx, _, slides, result) = BuildSeed();
        var info = PdfTools.Info(slides);
        Assert.Equal(result.Slides.ToString(System.Globalization.CultureInfo.InvariantCulture), info["Pages"]);
        Assert.StartsWith("960 x 540", info["Page size"]);
        var pages = PdfText.Pages(slides);
        using var deck = new PptxInspector(pptx);
        for (var i = 0; i < deck.Slides.Count; i++)
        {
            var words = string.Join(" ", pages[i].Words.Select(w => w.Text));
            Assert.Contains(Squash(deck.Titles[i]!), words);
        }
    }

    [SeedFact(interop: true)]
    public void The_handout_contains_every_title_every_note_and_every_quotation_of_the_seed()
    {
        var (pptx, handout, _, _) = BuildSeed();
        // Header and footer lines would interrupt a paragraph that runs on to the next page.
        var text = PdfTools.FlatText(handout, @"page \d+ of \d+", @"^Trotsky – the Revolution Betrayed");
        using var deck = new PptxInspector(pptx);
        var missing = new List<string>();
        for (var i = 0; i < deck.Slides.Count; i++)
        {
            if (!text.Contains(Squash(deck.Titles[i]!), StringComparison.Ordinal))
            {
                missing.Add("title: " + deck.Titles[i]);
            }

            foreach (var note in deck.NotesText(i).Split('\n').Select(Squash).Where(n => n.Length > 0))
            {
                if (!text.Contains(note, StringComparison.Ordinal))
                {
                    missing.Add($"slide {i + 1} note: {note[..Math.Min(60, note.Length)]}");
                }
            }
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));

        // The notes layout prints every quotation in full in its slide's notes, once: no appendix repeats them.
        Assert.DoesNotContain("Quotations in full", text);
        foreach (var (first, last) in SeedNotesTests.Quotations)
        {
            Assert.Contains(Squash(first), text);
            Assert.Contains(Squash(last), text);
        }
    }

    [SeedFact(interop: true)]
    public void Pdfs_embed_every_font_have_metadata_and_a_clean_structure()
    {
        var (_, handout, slides, _) = BuildSeed();
        foreach (var pdf in new[] { handout, slides })
        {
            var fonts = PdfTools.Fonts(pdf);
            Assert.NotEmpty(fonts);
            Assert.All(fonts, f => Assert.True(f.Embedded, f.Name + " is not embedded"));
            Assert.All(fonts, f => Assert.Contains("Liberation", f.Name));
            var (code, output) = PdfTools.QpdfCheck(pdf);
            Assert.True(code == 0, output);
            Assert.Contains("No syntax or stream encoding errors", output);
        }

        var info = PdfTools.Info(handout);
        Assert.Equal("Trotsky – the Revolution Betrayed Chapter 6 – The Growth of Inequality and Social Antagonisms", info["Title"]);
        Assert.Equal("handout", info["Subject"]);
        Assert.StartsWith("595", info["Page size"]);
        Assert.False(info.ContainsKey("CreationDate"));
        // The issue asks for well under 1.5 MB; subset fonts make it about 350 KB.
        Assert.True(new FileInfo(handout).Length < 500_000, $"handout is {new FileInfo(handout).Length:N0} bytes");
    }

    [SeedFact(interop: true)]
    public void Figures_in_the_slides_pdf_are_vectors_with_their_text_as_text()
    {
        var (pptx, _, slides, _) = BuildSeed();
        using var deck = new PptxInspector(pptx);
        var figure = Enumerable.Range(0, deck.Slides.Count).Single(i => deck.LayoutName(i) == "Picture/Figure");
        var words = PdfText.Pages(slides)[figure].Words.Select(w => w.Text).ToList();
        Assert.Contains("1,919", words);
        Assert.Contains("80,000", words);
        var (code, images, _) = ExternalTools.Run("pdfimages", ["-list", "-f", $"{figure + 1}", "-l", $"{figure + 1}", slides], TimeSpan.FromMinutes(1));
        Assert.Equal(0, code);
        Assert.Equal(2, images.Trim().Split('\n').Length); // the header lines only: no raster image on the page
    }

    [SeedFact]
    public void Pdfs_rebuild_byte_identical()
    {
        var first = BuildSeed();
        var handout = File.ReadAllBytes(first.Handout);
        var slides = File.ReadAllBytes(first.Slides);
        var second = BuildSeed();
        Assert.Equal(handout, File.ReadAllBytes(second.Handout));
        Assert.Equal(slides, File.ReadAllBytes(second.Slides));
    }

    [InteropFact]
    public void The_three_and_six_up_layouts_put_three_and_six_slides_on_a_page()
    {
        var notes = SampleTalkTests.SampleNotes;
        var slides = _ws.BuildAll(notes, new BuildOptions(_ws.Out, Formats: Workspace.PptxOnly)).Slides;
        int PagesOf(HandoutLayout layout)
        {
            var dir = Path.Combine(_ws.Root, layout.ToString());
            var result = _ws.BuildAll(notes, new BuildOptions(dir, Formats: new HashSet<OutputFormat> { OutputFormat.Handout }, Handout: layout));
            return int.Parse(PdfTools.Info(result.Outputs.Single())["Pages"], System.Globalization.CultureInfo.InvariantCulture);
        }

        var cover = 1;
        var appendix = PagesOf(HandoutLayout.SixUp) - cover - (int)Math.Ceiling(slides / 6.0);
        Assert.InRange(appendix, 1, 3);
        Assert.Equal(cover + (int)Math.Ceiling(slides / 3.0) + appendix, PagesOf(HandoutLayout.ThreeUp));
    }

    [InteropFact]
    public void Letter_paper_is_letter_sized_and_links_are_annotations()
    {
        var result = _ws.BuildAll(Fixtures.EveryConstruct(_ws), new BuildOptions(_ws.Out, Paper: Paper.Letter));
        var handout = result.Outputs.Single(o => o.EndsWith(".handout.pdf", StringComparison.Ordinal));
        Assert.StartsWith("612 x 792", PdfTools.Info(handout)["Page size"]);

        // The contents entries link to named destinations at each slide.
        var (code, json, _) = ExternalTools.Run("qpdf", ["--json", handout], TimeSpan.FromMinutes(1));
        Assert.Equal(0, code);
        Assert.Contains("\"/Subtype\": \"/Link\"", json);
        Assert.Contains("\"/Dest\": \"/slide-3\"", json);

        // A hyperlink on a slide is a clickable URI annotation in the slides PDF.
        var slidesPdf = result.Outputs.Single(o => o.EndsWith(".slides.pdf", StringComparison.Ordinal));
        var (_, slidesJson, _) = ExternalTools.Run("qpdf", ["--json", slidesPdf], TimeSpan.FromMinutes(1));
        Assert.Contains("https://example.org/archive", slidesJson);
    }

    [Fact]
    public void Png_previews_are_one_file_per_slide_and_stale_ones_are_removed()
    {
        var notes = _ws.Write("talk.md", "# T\n\n## A\n\nOne.\n\n## B\n\nTwo.\n\n## C\n\nThree.\n");
        var options = new BuildOptions(_ws.Out, Formats: new HashSet<OutputFormat> { OutputFormat.Png });
        var result = _ws.BuildAll(notes, options);
        Assert.Equal(["slide-01.png", "slide-02.png", "slide-03.png", "slide-04.png"], result.Outputs.Select(Path.GetFileName));
        using (var png = SkiaSharp.SKBitmap.Decode(result.Outputs[0]))
        {
            Assert.Equal((1280, 720), (png.Width, png.Height));
        }

        File.WriteAllText(notes, "# T\n\n## A\n\nOne.\n");
        _ws.BuildAll(notes, options);
        Assert.Equal(["slide-01.png", "slide-02.png"], Directory.GetFiles(Path.Combine(_ws.Out, "talk")).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_missing_font_file_is_a_clear_error_not_silently_missing_text()
    {
        var template = Path.Combine(_ws.Root, "broken");
        Directory.CreateDirectory(template);
        var json = File.ReadAllText(Path.Combine(SlideBuilder.Templates.TemplateLoader.BuiltInDirectory, "default", "template.json"))
            .Replace("fonts/LiberationSans-Regular.ttf", "fonts/NoSuchFont.ttf", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(template, "template.json"), json);
        var notes = _ws.Write("talk.md", "---\ntemplate: broken\n---\n\n## A\n\nText.\n");
        var result = DeckBuilder.Build(notes, new BuildOptions(_ws.Out));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("SB031", error.Code);
        Assert.Contains("font file for 'Arial' not found", error.Message);
        Assert.Empty(result.Outputs);
    }
}
