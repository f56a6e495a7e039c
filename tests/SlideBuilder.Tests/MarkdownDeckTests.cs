using SlideBuilder.Tests.Support;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace SlideBuilder.Tests;

public sealed class MarkdownDeckTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private PptxInspector BuildEveryConstruct() => new(_ws.Build(Fixtures.EveryConstruct(_ws)).Pptx);

    [Fact]
    public void Slide_titles_follow_the_headings_in_order()
    {
        using var deck = BuildEveryConstruct();
        Assert.Equal(
            [
                "Every Construct", "Part one", "Bullets and formatting", "A long quotation", "A short quotation",
                "Part two", "Table", "Picture", "Missing picture", "Code", "Code (2)",
            ],
            deck.Titles);
        Assert.Equal("Title", deck.LayoutName(0));
        Assert.Equal("Section Header", deck.LayoutName(1));
        Assert.Equal("Title and Content", deck.LayoutName(2));
        Assert.Equal("Quotation", deck.LayoutName(3));
        Assert.Equal("Picture/Figure", deck.LayoutName(7));
    }

    [Fact]
    public void Notes_that_name_no_title_are_titled_by_their_file_name_written_as_words()
    {
        using var deck = new PptxInspector(_ws.Build(_ws.Write("night-shift_pay.md", "Nights are paid at a premium.\n\n## The rota\n\nThe rota is set monthly.\n\n## The money\n\nThe premium is small.\n")).Pptx);
        Assert.Equal("Night shift pay", deck.Title(0));
    }

    [Fact]
    public void Title_slide_shows_subtitle_author_event_and_date()
    {
        using var deck = BuildEveryConstruct();
        var text = deck.SlideText(0);
        foreach (var expected in new[] { "Every Construct", "A test talk", "Test Author", "Unit tests", "2026-11-25" })
        {
            Assert.Contains(expected, text);
        }
    }

    [Fact]
    public void A_long_quotation_is_in_full_in_the_notes_and_only_an_excerpt_is_on_the_slide()
    {
        using var deck = BuildEveryConstruct();
        var slide = deck.SlideText(3);
        var notes = deck.NotesText(3);

        Assert.Contains("The raising of the productivity of labour, in particular through piecework payment, promises in the future an increase of the mass of commodities, a lowering of prices, and a consequent rise in the standard of living of the population. But that is only one aspect of the matter.", notes);
        Assert.Contains("A raising of the productivity of labour on the basis of commodity circulation, means at the same time a growth of inequality.", notes);
        Assert.Contains("— Leon Trotsky, The Revolution Betrayed", notes);

        // The slide shows the quotation's point, its last sentence, marked as cut before it and closed.
        Assert.DoesNotContain("only one aspect of the matter", slide);
        Assert.DoesNotContain("piecework payment", slide);
        Assert.Contains("“… A raising of the productivity of labour on the basis of commodity circulation, means at the same time a growth of inequality.”", slide);
        Assert.Contains("— Leon Trotsky, The Revolution Betrayed", slide);
    }

    [Fact]
    public void A_short_quotation_stays_on_the_slide_in_quotation_style_with_its_attribution()
    {
        using var deck = BuildEveryConstruct();
        var slide = deck.SlideText(4);
        Assert.Contains("“Naturally, if the consumer is not one who is able to stand up for himself.”", slide);
        Assert.Contains("— Trotsky", slide);
        var quoteRun = deck.Slides[4].Slide.Descendants<A.Run>().First(r => r.Text!.Text.Contains("Naturally", StringComparison.Ordinal));
        Assert.True(quoteRun.RunProperties!.Italic?.Value);
        Assert.Equal("Times New Roman", quoteRun.RunProperties.GetFirstChild<A.LatinFont>()!.Typeface!.Value);
    }

    [Fact]
    public void Notes_written_in_all_three_conventions_reach_the_notes_and_never_the_slide()
    {
        using var deck = BuildEveryConstruct();
        Assert.Contains("Fenced-div note: say this aloud.", deck.NotesText(2));
        Assert.Contains("HTML-comment note: pause after the quotation.", deck.NotesText(3));
        Assert.Contains("Reveal-style note after the table.", deck.NotesText(6));
        Assert.Contains("This line follows the Note: marker and belongs to the notes too.", deck.NotesText(6));

        var allSlideText = string.Join("\n", Enumerable.Range(0, deck.Slides.Count).Select(deck.SlideText));
        Assert.DoesNotContain("say this aloud", allSlideText);
        Assert.DoesNotContain("pause after", allSlideText);
        Assert.DoesNotContain("Reveal-style", allSlideText);
        Assert.DoesNotContain("belongs to the notes", allSlideText);
    }

    [Fact]
    public void Formatting_becomes_runs_and_links_become_real_hyperlinks()
    {
        using var deck = BuildEveryConstruct();
        var slide = deck.Slides[2];
        var runs = slide.Slide.Descendants<A.Run>().ToList();
        Assert.True(runs.Single(r => r.Text!.Text == "bold").RunProperties!.Bold?.Value);
        Assert.True(runs.Single(r => r.Text!.Text == "italic").RunProperties!.Italic?.Value);
        Assert.Equal("Courier New", runs.Single(r => r.Text!.Text == "code").RunProperties!.GetFirstChild<A.LatinFont>()!.Typeface!.Value);

        var link = runs.Single(r => r.Text!.Text == "the archive").RunProperties!.GetFirstChild<A.HyperlinkOnClick>()!;
        var rel = slide.HyperlinkRelationships.Single(h => h.Id == link.Id);
        Assert.Equal("https://example.org/archive", rel.Uri.ToString());
        Assert.True(rel.IsExternal);
    }

    [Fact]
    public void Nested_lists_keep_their_levels_and_numbered_lists_are_numbered()
    {
        using var deck = BuildEveryConstruct();
        var paragraphs = deck.Slides[2].Slide.Descendants<A.Paragraph>().ToList();
        int? LevelOf(string text)
        {
            var p = paragraphs.First(x => string.Concat(x.Descendants<A.Text>().Select(t => t.Text)).StartsWith(text, StringComparison.Ordinal));
            return (int)p.ParagraphProperties!.LeftMargin!.Value;
        }

        Assert.True(LevelOf("A nested point") > LevelOf("A link to"));
        Assert.True(LevelOf("Deeper still") > LevelOf("A nested point"));
        var numbered = paragraphs.First(x => string.Concat(x.Descendants<A.Text>().Select(t => t.Text)) == "First numbered");
        Assert.NotNull(numbered.ParagraphProperties!.GetFirstChild<A.AutoNumberedBullet>());
    }

    [Fact]
    public void A_pipe_table_becomes_a_native_table()
    {
        using var deck = BuildEveryConstruct();
        var table = deck.Slides[6].Slide.Descendants<A.Table>().Single();
        var rows = table.Elements<A.TableRow>().Select(r => r.Elements<A.TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(["Group", "Roubles a year"], rows[0]);
        Assert.Equal(["Unskilled workers", "1,200–1,500"], rows[1]);
        Assert.Equal(["Collective fishermen (1935)", "1,919"], rows[2]);
        Assert.Equal(2, table.TableGrid!.Elements<A.GridColumn>().Count());
    }

    [Fact]
    public void An_image_becomes_a_picture_with_alt_text_and_its_aspect_ratio_kept()
    {
        using var deck = BuildEveryConstruct();
        var picture = deck.Slides[7].Slide.Descendants<P.Picture>().Single();
        Assert.Equal("A red square on white", picture.NonVisualPictureProperties!.NonVisualDrawingProperties!.Description!.Value);
        var ext = picture.ShapeProperties!.Transform2D!.Extents!;
        Assert.Equal(400.0 / 300.0, ext.Cx!.Value / (double)ext.Cy!.Value, 2);
        var blip = picture.BlipFill!.Blip!.Embed!.Value!;
        Assert.Equal("image/png", deck.Slides[7].GetPartById(blip).ContentType);
    }

    [Fact]
    public void A_missing_image_is_a_warning_with_file_and_line_and_a_visible_placeholder()
    {
        var (result, pptx) = _ws.Build(Fixtures.EveryConstruct(_ws));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "SB010");
        Assert.EndsWith("every-construct.md:59:1: warning SB010: image 'missing.png' not found (looked for " + Path.Combine(_ws.Root, "missing.png") + "); a placeholder is shown", warning.ToString());
        using var deck = new PptxInspector(pptx);
        Assert.Contains("Image not found: missing.png", deck.SlideText(8));
        Assert.Empty(deck.Slides[8].Slide.Descendants<P.Picture>());
    }

    [Fact]
    public void Code_blocks_become_monospace_text_and_a_forced_break_starts_a_new_slide()
    {
        using var deck = BuildEveryConstruct();
        var run = deck.Slides[9].Slide.Descendants<A.Run>().Single(r => r.Text!.Text.Contains("DeckBuilder", StringComparison.Ordinal));
        Assert.Equal("Courier New", run.RunProperties!.GetFirstChild<A.LatinFont>()!.Typeface!.Value);
        Assert.Contains("After a forced break.", deck.SlideText(10));
        Assert.DoesNotContain("After a forced break.", deck.SlideText(9));
    }

    [Fact]
    public void Document_properties_come_from_the_front_matter_without_timestamps()
    {
        using var deck = BuildEveryConstruct();
        var core = deck.Document.CoreFilePropertiesPart!;
        using var reader = new StreamReader(core.GetStream());
        var xml = reader.ReadToEnd();
        Assert.Contains("<dc:title>Every Construct</dc:title>", xml);
        Assert.Contains("<dc:creator>Test Author</dc:creator>", xml);
        Assert.Contains("<dc:subject>A test talk</dc:subject>", xml);
        Assert.DoesNotContain("dcterms:created", xml);
        Assert.DoesNotContain("dcterms:modified", xml);
    }

    [Fact]
    public void Without_front_matter_the_first_heading_is_the_title_and_unknown_keys_warn()
    {
        var (_, pptx) = _ws.BuildMarkdown("# My Talk\n\n## First\n\nHello.\n");
        using (var deck = new PptxInspector(pptx))
        {
            Assert.Equal(["My Talk", "First"], deck.Titles);
        }

        var (result, _) = _ws.BuildMarkdown("---\ntitle: T\ncolour: red\n---\n\n## A\n\nText.\n", "keys.md");
        var warning = Assert.Single(result.Diagnostics);
        Assert.StartsWith(Path.Combine(_ws.Root, "keys.md") + ":3:1: warning SB003: unknown front matter key 'colour'", warning.ToString());
    }

    [Fact]
    public void Slide_level_one_makes_every_top_heading_a_content_slide()
    {
        var (_, pptx) = _ws.BuildMarkdown("---\ntitle: T\nslide-level: 1\n---\n\n# One\n\nText one.\n\n## Sub\n\nMore.\n\n# Two\n\nText two.\n");
        using var deck = new PptxInspector(pptx);
        Assert.Equal(["T", "One", "Two"], deck.Titles);
        Assert.Contains("Sub", deck.SlideText(1));
        Assert.Equal("Title and Content", deck.LayoutName(1));
    }

    [Fact]
    public void Several_long_paragraphs_under_one_heading_share_the_slides_forty_words_of_cues()
    {
        string[] paragraphs =
        [
            "The legal minimum wage for the lowest grade was 8,000 taka a month from 2018. It did not move for five years. Rice doubled in price over the same years. A sewing operator on the minimum paid 4,500 taka a month for a shared room near the factory gate.",
            "The wage board met in the autumn of 2023. The owners offered 10,400 taka a month. The unions asked for 23,000 taka a month and called the offer an insult. The streets around the industrial zones filled with workers for a month.",
            "The minimum was raised to 12,500 taka a month from December 2023. For a young operator it was the largest rise she had ever seen. With her grade and some overtime she took home 14,200 taka that month. Prices had already eaten much of it.",
            "Overtime was paid at 75 taka an hour in most of the factories we visited. A line chief earned about 22,000 taka a month. A floor manager earned around 60,000 taka a month, with a motorbike allowance on top.",
        ];
        var (_, pptx) = _ws.BuildMarkdown($"# Garments\n\n## Wages since 2018\n\n{string.Join("\n\n", paragraphs)}\n");
        using var deck = new PptxInspector(pptx);
        var slide = deck.Titles.ToList().IndexOf("Wages since 2018");
        var body = string.Join(" ", deck.SlideText(slide).Split('\n').Skip(1).Where(l => !l.All(char.IsDigit)));
        Assert.InRange(Language.Vocabulary.CountReadWords(body), 1, 40);
        // The script is whole in the notes, every paragraph.
        Assert.All(paragraphs, p => Assert.Contains(p[..40], deck.NotesText(slide), StringComparison.Ordinal));
    }
}
