using DocumentFormat.OpenXml.Packaging;
using SlideBuilder.Build;
using SlideBuilder.Tests.Support;
using A = DocumentFormat.OpenXml.Drawing;
using SlideBuilder.Diagnostics;

namespace SlideBuilder.Tests;

/// <summary>The built-in templates: listed, each holding the sample talk, and written out as .potx files that build again.</summary>
public sealed class BuiltInTemplateTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private static (int Code, string Out, string Err) Run(params string[] args) => Support.Cli.Run(args);

    [Fact]
    public void Templates_lists_every_built_in_with_its_description()
    {
        var (code, stdout, _) = Run("templates");
        Assert.Equal(0, code);
        var lines = stdout.Trim().Split('\n');
        Assert.Equal(["dark", "default", "serif"], lines.Select(l => l.Split(' ')[0]));
        Assert.All(lines, l => Assert.True(l.Split("  ", 2)[1].Trim().Length > 20, $"'{l}' has no description"));
    }

    [InteropTheory]
    [InlineData("default")]
    [InlineData("dark")]
    [InlineData("serif")]
    public void Each_built_in_template_holds_the_sample_talk(string name)
    {
        var result = _ws.BuildAll(SampleTalkTests.SampleNotes, new BuildOptions(_ws.Out, Template: name));
        Assert.Empty(result.Diagnostics);
        var pptx = result.Outputs.Single(o => o.EndsWith(".pptx", StringComparison.Ordinal));
        using (var deck = new PptxInspector(pptx))
        {
            Assert.Empty(deck.ValidationErrors());
            var fonts = deck.Slides.SelectMany(s => s.Slide.Descendants<A.LatinFont>()).Select(f => f.Typeface!.Value).ToHashSet();
            // Their characters differ: the serif one sets everything but code in a serif face.
            Assert.Equal(name == "serif", fonts.Contains("Times New Roman") && !fonts.Contains("Arial"));
        }

        DeckOnPaper.AssertEveryWordLandsOnItsPage(pptx);

        // The dark one is dark: the slides PDF's content pages are mostly dark, the others mostly light.
        var look = PdfAgreement.MeanLuminance(result.Outputs.Single(o => o.EndsWith(".slides.pdf", StringComparison.Ordinal)), page: 4);
        Assert.True(name == "dark" ? look < 80 : look > 200, $"{name}: page 4 has a mean luminance of {look:F0}");
    }

    [Fact]
    public void The_built_in_templates_hold_their_boxes_and_list_levels_as_data()
    {
        foreach (var name in Templates.TemplateLoader.BuiltInNames())
        {
            var theme = Templates.TemplateLoader.Load(name, new SourceLocation("talk.md", 1));
            Assert.NotNull(theme.Boxes);
            Assert.All(theme.Boxes!.All, b => Assert.NotNull(b.Box));
            Assert.Equal(["•", "–"], theme.Levels.Select(l => l.Mark));
        }
    }

    [Fact]
    public void A_template_json_moves_the_body_and_restyles_the_bullets_in_the_deck_and_its_master()
    {
        // The default template with the body box moved right and narrowed, and bullets of its own.
        var folder = Path.Combine(_ws.Root, "house");
        CopyDirectory(Path.Combine(Templates.TemplateLoader.BuiltInDirectory, "default"), folder);
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "template.json")))!;
        json["name"] = "house";
        json["boxes"]!["body"] = System.Text.Json.Nodes.JsonNode.Parse("""{ "x": 2.5, "y": 1.9, "width": 9.5, "height": 4.8 }""");
        json["levels"] = System.Text.Json.Nodes.JsonNode.Parse("""[{ "bullet": "›", "bulletColor": "accent2", "marginLeftPoints": 40, "indentPoints": -30, "spaceBefore": 0.8 }]""");
        File.WriteAllText(Path.Combine(folder, "template.json"), json.ToJsonString());
        var notes = _ws.Write("talk.md", "# House\n\n## Points\n\n- One point that is made here\n- Another point\n");
        var result = _ws.BuildAll(notes, new BuildOptions(_ws.Out, Template: folder));
        var pptx = result.Outputs.Single(o => o.EndsWith(".pptx", StringComparison.Ordinal));
        using (var deck = new PptxInspector(pptx))
        {
            Assert.Empty(deck.ValidationErrors());
            var body = deck.Slides[1].Slide.Descendants<DocumentFormat.OpenXml.Presentation.Shape>()
                .Single(sp => sp.Descendants<A.Paragraph>().Any(p => p.InnerText.StartsWith("One point", StringComparison.Ordinal)));
            Assert.Equal(Model.Emu.FromInches(2.5), body.ShapeProperties!.Transform2D!.Offset!.X!.Value);
            Assert.Equal(Model.Emu.FromInches(9.5), body.ShapeProperties.Transform2D.Extents!.Cx!.Value);
            var paragraphs = body.Descendants<A.Paragraph>().ToList();
            Assert.All(paragraphs, p =>
            {
                Assert.Equal("›", p.ParagraphProperties!.GetFirstChild<A.CharacterBullet>()!.Char!.Value);
                Assert.Equal("C8553D", p.ParagraphProperties.GetFirstChild<A.BulletColor>()!.GetFirstChild<A.RgbColorModelHex>()!.Val!.Value);
                Assert.Equal(Model.Emu.FromPoints(40), p.ParagraphProperties.LeftMargin!.Value);
                Assert.Equal(Model.Emu.FromPoints(-30), p.ParagraphProperties.Indent!.Value);
            });

            // The deck's own master says the same, for slides the presenter adds in PowerPoint.
            var master = deck.Document.PresentationPart!.SlideMasterParts.Single().SlideMaster;
            var level1 = master.TextStyles!.BodyStyle!.Level1ParagraphProperties!;
            Assert.Equal("›", level1.GetFirstChild<A.CharacterBullet>()!.Char!.Value);
            Assert.Equal(Model.Emu.FromPoints(40), level1.LeftMargin!.Value);
            var layout = deck.Document.PresentationPart.SlideMasterParts.Single().SlideLayoutParts.Single(l => l.SlideLayout.CommonSlideData!.Name == "Title and Content");
            Assert.Contains(layout.SlideLayout.Descendants<A.Offset>(), o => o.X!.Value == Model.Emu.FromInches(2.5));
        }

        // The previews draw the mark where the deck has it: the slides PDF's text has it before each point.
        var text = PdfText.AllText(result.Outputs.Single(o => o.EndsWith(".slides.pdf", StringComparison.Ordinal)));
        Assert.Contains("› One point", PdfText.Normalize(text).Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        if (ExternalTools.InteropAvailable)
        {
            DeckOnPaper.AssertEveryWordLandsOnItsPage(pptx);
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public void A_built_in_template_exported_as_potx_is_a_powerpoint_template_that_builds_again()
    {
        var potx = Path.Combine(_ws.Root, "house.potx");
        var (code, stdout, stderr) = Run("template", "export", "dark", "-o", potx);
        Assert.True(code == 0, stderr);
        Assert.Contains("house.potx", stdout, StringComparison.Ordinal);
        using (var template = PresentationDocument.Open(potx, false))
        {
            Assert.Equal(DocumentFormat.OpenXml.PresentationDocumentType.Template, template.DocumentType);
            Assert.Empty(template.PresentationPart!.SlideParts);
            Assert.Equal(7, template.PresentationPart.SlideMasterParts.Single().SlideLayoutParts.Count());
            Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(template));
        }

        // Restyled or not, it is a template: the sample talk goes inside it on its layouts, none missing.
        var result = _ws.BuildAll(SampleTalkTests.SampleNotes, new BuildOptions(_ws.Out, Template: potx));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("no layout", StringComparison.Ordinal));
        using var deck = new PptxInspector(result.Outputs.Single(o => o.EndsWith(".pptx", StringComparison.Ordinal)));
        Assert.Empty(deck.ValidationErrors());
        Assert.Equal("Title", deck.LayoutName(0));
        Assert.Equal("Section Header", deck.LayoutName(2));
    }

    [Fact]
    public void Export_never_replaces_a_file_without_force_and_names_the_built_ins_for_an_unknown_name()
    {
        var potx = _ws.Write("house.potx", "mine");
        var (code, _, stderr) = Run("template", "export", "serif", "-o", potx);
        Assert.Equal(1, code);
        Assert.Contains("SB040", stderr, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(potx));
        Assert.Equal(0, Run("template", "export", "serif", "-o", potx, "--force").Code);
        Assert.NotEqual("mine", File.ReadAllText(potx));

        // An unknown name is a usage error (exit 2) that names the built-ins.
        (code, _, stderr) = Run("template", "export", "nope", "-o", Path.Combine(_ws.Root, "x.potx"));
        Assert.Equal(2, code);
        Assert.Contains("'nope'", stderr, StringComparison.Ordinal);
        Assert.Contains("'dark' 'default' 'serif'", stderr, StringComparison.Ordinal);
        Assert.Contains("slidebuilder template export --help", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_ws.Root, "x.potx")));
    }
}
