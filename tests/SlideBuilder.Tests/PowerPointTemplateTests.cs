using System.IO.Compression;
using System.Security.Cryptography;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using SlideBuilder.Build;
using SlideBuilder.Tests.Support;
using SlideBuilder.Diagnostics;

namespace SlideBuilder.Tests;

/// <summary>
/// The deck made inside a user's PowerPoint template: templates no one here wrote (LibreOffice's own,
/// converted to .pptx and .potx by LibreOffice; pandoc's reference.pptx), and every way a template
/// file can be wrong or hostile.
/// </summary>
public sealed class PowerPointTemplateTests : IDisposable
{
    private const string LibreOfficeTemplates = "/usr/lib/libreoffice/share/template/common/presnt";
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private string Converted(string name, string format) =>
        ExternalTools.Convert(Path.Combine(LibreOfficeTemplates, name + ".otp"), format, Path.Combine(_ws.Root, "templates-" + format));

    private DeckResult BuildSample(string template) =>
        _ws.BuildAll(SampleTalkTests.SampleNotes, new BuildOptions(_ws.Out, Template: template));

    [InteropTheory]
    [InlineData("Vintage", "pptx")] // 4:3
    [InlineData("Focus", "pptx")]
    [InlineData("Beehive", "pptx")]
    [InlineData("Blue_Curve", "potx")]
    [InlineData("Pencil", "pptx")]
    [InlineData("Grey_Elegant", "potx")]
    public void A_libreoffice_template_holds_the_sample_talk(string name, string format)
    {
        var template = Converted(name, format);
        var result = BuildSample(template);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var pptx = result.Outputs.Single(o => o.EndsWith(".pptx", StringComparison.Ordinal));

        using var source = PresentationDocument.Open(template, false);
        using var deck = new PptxInspector(pptx);
        Assert.Empty(deck.ValidationErrors());
        Assert.Equal(PresentationDocumentType.Presentation, deck.Document.DocumentType); // a .potx becomes a deck

        // The template's slide size, masters, layouts and their pictures are the deck's; its own slides are gone.
        var size = source.PresentationPart!.Presentation.SlideSize!;
        Assert.Equal((size.Cx!.Value, size.Cy!.Value), (deck.Document.PresentationPart!.Presentation.SlideSize!.Cx!.Value, deck.Document.PresentationPart.Presentation.SlideSize.Cy!.Value));
        Assert.Equal(source.PresentationPart.SlideMasterParts.Count(), deck.Document.PresentationPart.SlideMasterParts.Count());
        Assert.Equal(MasterAndLayoutPictures(source), MasterAndLayoutPictures(deck.Document));
        var templateLayouts = source.PresentationPart.SlideMasterParts.SelectMany(m => m.SlideLayoutParts).Select(l => l.SlideLayout.CommonSlideData!.Name!.Value).ToHashSet();
        Assert.All(Enumerable.Range(0, deck.Slides.Count), i => Assert.Contains(deck.LayoutName(i), templateLayouts));
        Assert.Equal(26, deck.Slides.Count);
        Assert.Equal(26, deck.Document.PresentationPart.SlideParts.Count()); // none of the template's left behind as orphans
        Assert.Null(deck.Document.ThumbnailPart); // its thumbnail showed the template's first slide

        // LibreOffice shows every word on its page, nothing overflowing.
        DeckOnPaper.AssertEveryWordLandsOnItsPage(pptx);

        // Our slides PDF puts the words where LibreOffice does, over the template's background.
        var ours = result.Outputs.Single(o => o.EndsWith(".slides.pdf", StringComparison.Ordinal));
        var theirs = ExternalTools.ConvertToPdf(pptx);
        PdfAgreement.AssertWordsAgree(ours, theirs, minimumShare: 0.9);
        PdfAgreement.AssertPagesLookAlike(ours, theirs, page: 4);
    }

    [Fact]
    public void A_template_with_a_broken_colour_or_a_dangling_layout_is_still_read_or_refused_with_SB030()
    {
        var potx = Path.Combine(_ws.Root, "odd.potx");
        File.WriteAllBytes(potx, TemplateExport.Potx("default"));
        using (var doc = PresentationDocument.Open(potx, true))
        {
            // Not hex: must never reach the slides or the renderer.
            var scheme = doc.PresentationPart!.SlideMasterParts.Single().ThemePart!.Theme.ThemeElements!.ColorScheme!;
            scheme.Accent1Color!.RgbColorModelHex!.Val = "GGGGGG";
            doc.PresentationPart.SlideMasterParts.Single().ThemePart!.Theme.Save();
            // A layout listed by a relationship id that is not there (PowerPoint repairs such files silently).
            var master = doc.PresentationPart.SlideMasterParts.Single();
            master.SlideMaster.SlideLayoutIdList!.Append(new DocumentFormat.OpenXml.Presentation.SlideLayoutId { Id = 2147483900U, RelationshipId = "rIdMissing" });
            master.SlideMaster.Save();
        }

        var result = DeckBuilder.Build(SampleTalkTests.SampleNotes, new BuildOptions(_ws.Out, Template: potx));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var deck = new PptxInspector(result.Outputs.Single(o => o.EndsWith(".pptx", StringComparison.Ordinal)));
        Assert.DoesNotContain("GGGGGG", string.Concat(deck.Slides.Select(s => s.Slide.OuterXml)), StringComparison.Ordinal);
    }

    [PandocFact]
    public void Pandocs_reference_pptx_holds_the_sample_talk_on_its_named_layouts()
    {
        var reference = Path.Combine(_ws.Root, "reference.pptx");
        var (code, _, stderr) = ExternalTools.Run("pandoc", ["-o", reference, "--print-default-data-file", "reference.pptx"], TimeSpan.FromMinutes(1));
        Assert.True(code == 0, stderr);
        var result = BuildSample(reference);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "SB032" && d.Message.Contains("no layout", StringComparison.Ordinal));
        using var deck = new PptxInspector(result.Outputs.Single(o => o.EndsWith(".pptx", StringComparison.Ordinal)));
        Assert.Empty(deck.ValidationErrors());
        var layouts = Enumerable.Range(0, deck.Slides.Count).Select(deck.LayoutName).ToList();
        Assert.Equal("Title Slide", layouts[0]);
        Assert.Contains("Section Header", layouts);
        Assert.Contains("Title and Content", layouts);
        Assert.Equal(9144000L, deck.Document.PresentationPart!.Presentation.SlideSize!.Cx!.Value);

        // Bullets are set as its master's body style says: its mark, its indents, its colour (the text's: it names none).
        using var source = PresentationDocument.Open(reference, false);
        var level1 = source.PresentationPart!.SlideMasterParts.First().SlideMaster.TextStyles!.BodyStyle!.Level1ParagraphProperties!;
        var bullets = deck.Slides.SelectMany(s => s.Slide.Descendants<A.ParagraphProperties>()).Where(p => p.GetFirstChild<A.CharacterBullet>() is not null && (p.Level?.Value ?? 0) == 0).ToList();
        Assert.NotEmpty(bullets);
        Assert.All(bullets, p =>
        {
            Assert.Equal(level1.GetFirstChild<A.CharacterBullet>()!.Char!.Value, p.GetFirstChild<A.CharacterBullet>()!.Char!.Value);
            Assert.Equal(level1.LeftMargin!.Value, p.LeftMargin!.Value);
            Assert.Equal(level1.Indent!.Value, p.Indent!.Value);
        });

        // Titles as its master's title style sets them: centred, not bold, in its text colour (tx1, through its colour map).
        var dark1 = Templates.PptxTemplate.Read(File.ReadAllBytes(reference)).Colors["dk1"];
        var titles = deck.Slides.Skip(1).SelectMany(s => s.Slide.Descendants<DocumentFormat.OpenXml.Presentation.Shape>())
            .Where(sp => sp.Descendants<DocumentFormat.OpenXml.Presentation.PlaceholderShape>().Any(ph => ph.Type?.Value == DocumentFormat.OpenXml.Presentation.PlaceholderValues.Title)).ToList();
        Assert.NotEmpty(titles);
        Assert.All(titles.SelectMany(t => t.Descendants<A.Paragraph>()), p => Assert.Equal(A.TextAlignmentTypeValues.Center, p.ParagraphProperties!.Alignment!.Value));
        Assert.All(titles.SelectMany(t => t.Descendants<A.RunProperties>()), r =>
        {
            Assert.NotEqual(true, r.Bold?.Value);
            Assert.Equal(dark1, r.GetFirstChild<A.SolidFill>()!.RgbColorModelHex!.Val!.Value);
        });

        // The same notes and template give the same bytes.
        var again = DeckBuilder.Build(SampleTalkTests.SampleNotes, new BuildOptions(Path.Combine(_ws.Root, "again"), Template: reference));
        Assert.Equal(File.ReadAllBytes(deck.Path), File.ReadAllBytes(again.Outputs.Single(o => o.EndsWith(".pptx", StringComparison.Ordinal))));
        if (ExternalTools.InteropAvailable)
        {
            DeckOnPaper.AssertEveryWordLandsOnItsPage(deck.Path);
        }
    }

    [InteropFact]
    public void A_template_without_a_section_layout_says_which_layout_stands_in()
    {
        var result = BuildSample(Converted("Focus", "pptx"));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "SB032" && d.Message.Contains("no layout", StringComparison.Ordinal));
        Assert.Contains("Section Header uses 'Title Slide'", warning.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, Action<ZipArchive>> Hostile => new()
    {
        { "escape.pptx", "points outside the package", zip => Entry(zip, "../evil.xml", "x") },
        { "macro.pptx", "macros", zip => { Entry(zip, "[Content_Types].xml", "<Types/>"); Entry(zip, "ppt/vbaProject.bin", "x"); } },
        { "bomb.pptx", "zip bomb", zip => { Entry(zip, "[Content_Types].xml", "<Types/>"); Entry(zip, "ppt/big.xml", new string(' ', 64 << 20)); } },
        { "plain.pptx", "not an Office document", zip => Entry(zip, "readme.txt", "hello") },
        { "empty.pptx", "not a PowerPoint presentation", zip => Entry(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>") },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_hostile_or_broken_template_file_is_refused_with_SB030_and_nothing_is_written(string file, string reason, Action<ZipArchive> fill)
    {
        var path = Path.Combine(_ws.Root, file);
        using (var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create))
        {
            fill(zip);
        }

        var result = DeckBuilder.Build(_ws.Write("talk.md", "# T\n\n## S\n\nText.\n"), new BuildOptions(_ws.Out, Template: path));
        var error = Assert.Single(result.Diagnostics, d => d.Code == "SB030");
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Outputs);
        Assert.False(Directory.Exists(_ws.Out) && Directory.EnumerateFiles(_ws.Out, "*.pptx").Any());
    }

    [Theory]
    [InlineData("house.pptm")]
    [InlineData("house.potm")]
    public void A_macro_enabled_template_is_refused_before_it_is_opened(string file)
    {
        File.WriteAllText(Path.Combine(_ws.Root, file), "not even read");
        var result = DeckBuilder.Build(_ws.Write("talk.md", "# T\n\n## S\n\nText.\n"), new BuildOptions(_ws.Out, Template: Path.Combine(_ws.Root, file)));
        Assert.Contains("macro-enabled", Assert.Single(result.Diagnostics, d => d.Code == "SB030").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_that_does_not_exist_is_named_with_where_it_was_looked_for()
    {
        var result = DeckBuilder.Build(_ws.Write("talk.md", "---\ntemplate: house.pptx\n---\n# T\n\n## S\n\nText.\n"), new BuildOptions(_ws.Out));
        var error = Assert.Single(result.Diagnostics, d => d.Code == "SB030");
        Assert.Contains("house.pptx", error.Message, StringComparison.Ordinal);
        Assert.Contains("not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Embedded_objects_on_a_templates_layouts_are_dropped_with_a_warning()
    {
        var potx = Path.Combine(_ws.Root, "house.potx");
        File.WriteAllBytes(potx, TemplateExport.Potx("default"));
        using (var doc = PresentationDocument.Open(potx, true))
        {
            // An OLE object (a packaged file) on the Title and Content layout, as PowerPoint writes one.
            var layout = doc.PresentationPart!.SlideMasterParts.Single().SlideLayoutParts.First(l => l.SlideLayout.CommonSlideData!.Name!.Value == "Title and Content");
            var ole = layout.AddEmbeddedObjectPart("application/vnd.openxmlformats-officedocument.oleObject");
            using (var data = new MemoryStream("an executable's bytes"u8.ToArray()))
            {
                ole.FeedData(data);
            }

            var id = layout.GetIdOfPart(ole);
            layout.SlideLayout.CommonSlideData!.ShapeTree!.Append(new DocumentFormat.OpenXml.Presentation.GraphicFrame(
                $"""<p:graphicFrame xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><p:nvGraphicFramePr><p:cNvPr id="99" name="Object 1"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr><p:xfrm><a:off x="0" y="0"/><a:ext cx="914400" cy="914400"/></p:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/presentationml/2006/ole"><p:oleObj r:id="{id}" progId="Package" name="run.exe" spid="_x0000_s1"><p:embed/></p:oleObj></a:graphicData></a:graphic></p:graphicFrame>"""));
            layout.SlideLayout.Save();
        }

        var result = _ws.BuildAll(SampleTalkTests.SampleNotes, new BuildOptions(_ws.Out, Template: potx));
        Assert.Contains(result.Diagnostics, d => d.Code == "SB032" && d.Message.Contains("1 embedded object(s) (OLE); they are dropped", StringComparison.Ordinal));
        using var deck = new PptxInspector(result.Outputs.Single(o => o.EndsWith(".pptx", StringComparison.Ordinal)));
        Assert.Empty(deck.ValidationErrors());
        Assert.Empty(deck.Document.PresentationPart!.SlideMasterParts.SelectMany(m => m.SlideLayoutParts).SelectMany(l => l.EmbeddedObjectParts));
        Assert.DoesNotContain(deck.Document.PresentationPart.SlideMasterParts.SelectMany(m => m.SlideLayoutParts),
            l => l.SlideLayout.Descendants<DocumentFormat.OpenXml.Presentation.OleObject>().Any());
    }

    private static void Entry(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open());
        writer.Write(text);
    }

    /// <summary>The hashes of the pictures the masters and layouts use: backgrounds, logos.</summary>
    private static List<string> MasterAndLayoutPictures(PresentationDocument doc) =>
        [.. doc.PresentationPart!.SlideMasterParts.SelectMany(m => m.ImageParts.Concat(m.SlideLayoutParts.SelectMany(l => l.ImageParts)))
            .Select(p =>
            {
                using var s = p.GetStream();
                return Convert.ToHexString(SHA256.HashData(s));
            }).Distinct().Order(StringComparer.Ordinal)];
}
