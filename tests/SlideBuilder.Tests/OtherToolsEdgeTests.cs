using SlideBuilder.Tests.Support;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace SlideBuilder.Tests;

/// <summary>Edge cases of other tools' conventions found by review: each once lost words, showed markup or misplaced notes.</summary>
public sealed class OtherToolsEdgeTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private PptxInspector Deck(string markdown)
    {
        Fixtures.WriteSquarePng(Path.Combine(_ws.Root, "red.png"), 40, 30);
        return new PptxInspector(_ws.BuildMarkdown(markdown).Pptx);
    }

    private static string AllText(PptxInspector deck) =>
        string.Join("\n", Enumerable.Range(0, deck.Slides.Count).Select(i => deck.SlideText(i) + "\n" + deck.NotesText(i)));

    private static int Clicks(PptxInspector deck, int slide) =>
        deck.Slides[slide].Slide.Descendants<P.CommonTimeNode>().Count(t => t.NodeType?.Value == P.TimeNodeValues.ClickEffect);

    [Fact]
    public void Notes_inside_another_div_stay_notes()
    {
        using var deck = Deck("# T\n\n## Fragments\n\n::: {.fragment}\nAlso later\n\n::: notes\nMention the walk study.\n:::\n:::\n");
        Assert.DoesNotContain("walk study", deck.SlideText(1));
        Assert.Contains("Mention the walk study.", deck.NotesText(1));
        Assert.Contains("Also later", deck.SlideText(1));
    }

    [Fact]
    public void A_footnote_never_referred_to_is_kept_in_the_notes()
    {
        using var deck = Deck("# T\n\n## One\n\nA claim[^a].\n\n[^a]: Source A.\n[^u]: Unreferenced words ZEBRA.\n");
        Assert.Contains("ZEBRA", AllText(deck));
    }

    [Fact]
    public void A_second_set_of_columns_on_a_slide_is_kept()
    {
        using var deck = Deck("# T\n\n## Two sets\n\n:::: columns\n::: column\nFirst A\n:::\n::: column\nFirst B\n:::\n::::\n\n:::: columns\n::: column\nSecond A MANGO\n:::\n::: column\nSecond B PAPAYA\n:::\n::::\n");
        var text = deck.SlideText(1);
        Assert.Contains("MANGO", text);
        Assert.Contains("PAPAYA", text);
    }

    [Fact]
    public void Inside_a_column_lists_build_figures_draw_and_pauses_and_math_are_never_text()
    {
        var figure = "```figure\ntitle: Pay\nunit: roubles\nitems:\n  - label: Worker\n    value: 120\n  - label: Expert\n    value: 1500\n```";
        using var deck = Deck($"# T\n\n## Mixed\n\n:::: columns\n::: column\n::: incremental\n- first APPLE\n- then PEAR\n:::\n\n. . .\n\n$$\nE = mc^2\n$$\n:::\n::: column\n{figure}\n:::\n::::\n");
        var slide = deck.Slides[1].Slide;
        var text = deck.SlideText(1);
        Assert.Contains("APPLE", text);
        Assert.Contains("E = mc^2", text);
        Assert.DoesNotContain(". . .", text);
        Assert.DoesNotContain("figure", text);
        Assert.DoesNotContain("Worker", text); // the figure is a picture, not its source
        Assert.Single(slide.Descendants<P.Picture>());
        Assert.NotNull(slide.Timing); // the list's items appear on clicks
        Assert.Empty(deck.ValidationErrors());
    }

    [Fact]
    public void Three_columns_with_full_stated_widths_stay_inside_the_slide()
    {
        using var deck = Deck("# T\n\n## Three\n\n:::: columns\n::: {.column width=\"50%\"}\nLeft\n:::\n::: {.column width=\"50%\"}\nMiddle\n:::\n::: column\nRight\n:::\n::::\n");
        var width = deck.Document.PresentationPart!.Presentation.SlideSize!.Cx!.Value;
        foreach (var shape in deck.Slides[1].Slide.Descendants<P.Shape>())
        {
            var xfrm = shape.ShapeProperties?.Transform2D;
            if (xfrm is not null)
            {
                Assert.True(xfrm.Offset!.X!.Value + xfrm.Extents!.Cx!.Value <= width, $"{shape.InnerText} runs off the slide");
            }
        }
    }

    [Fact]
    public void A_pause_right_after_a_break_counts_and_text_after_an_incremental_list_shows_from_the_start()
    {
        using var deck = Deck("# T\n\n## A\n\nFirst.\n\n---\n\n. . .\n\nAfter the pause.\n\n## B\n\n::: incremental\n- one\n- two\n:::\n\nA closing line.\n");
        Assert.Equal(1, Clicks(deck, 2));
        var b = Enumerable.Range(0, deck.Slides.Count).Single(i => deck.Title(i) == "B");
        Assert.Equal(2, Clicks(deck, b));
        var closing = deck.Slides[b].Slide.Descendants<A.Paragraph>().Single(p => p.InnerText == "A closing line.");
        var shapeId = closing.Ancestors<P.Shape>().Single().NonVisualShapeProperties!.NonVisualDrawingProperties!.Id!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var index = closing.Ancestors<P.Shape>().Single().Descendants<A.Paragraph>().ToList().IndexOf(closing);
        Assert.DoesNotContain(deck.Slides[b].Slide.Descendants<P.ShapeTarget>(),
            t => t.ShapeId!.Value == shapeId && t.Descendants<P.ParagraphIndexRange>().Any(r => r.Start!.Value == (uint)index));
    }

    [Fact]
    public void Remark_notes_marker_inside_a_paragraph_splits_slide_text_from_notes()
    {
        using var deck = Deck("# T\n\n## Maps\n\nSlide text here\n???\nSpeaker notes OCTOPUS\n");
        Assert.Contains("Slide text here", deck.SlideText(1));
        Assert.DoesNotContain("OCTOPUS", deck.SlideText(1));
        Assert.Contains("OCTOPUS", deck.NotesText(1));
    }

    [Fact]
    public void A_heading_of_attributes_only_starts_an_untitled_slide_never_a_junk_title()
    {
        using var deck = Deck("# T\n\n## {#intro .smaller}\n\nText one.\n\n## {#more}\n\nText two.\n");
        Assert.DoesNotContain(deck.Titles, t => t is not null && (t.Trim().Length == 0 || t.Contains('(')));
        Assert.Contains("Text two.", AllText(deck));
    }

    [Fact]
    public void A_marp_directive_written_above_the_title_applies_to_the_slides()
    {
        using var deck = Deck("---\nmarp: true\n---\n\n<!-- footer: ACME 2025 -->\n<!-- paginate: false -->\n\n# Building Better Tools\n\nA talk about tooling\n\n---\n\n# Why\n\n- Speed\n");
        Assert.Contains("ACME 2025", deck.SlideText(1));
        Assert.DoesNotContain(deck.Slides[1].Slide.Descendants<P.PlaceholderShape>(), p => p.Type?.Value == P.PlaceholderValues.SlideNumber);
    }

    [Fact]
    public void An_img_tag_in_a_sentence_is_placed_as_a_picture()
    {
        using var deck = Deck("# T\n\n## Inline img\n\nLook at this <img src=\"red.png\" width=\"100\" alt=\"red square\"> picture.\n");
        var picture = deck.Slides[1].Slide.Descendants<P.Picture>().Single();
        Assert.Equal("red square", picture.NonVisualPictureProperties!.NonVisualDrawingProperties!.Description!.Value);
        Assert.Equal(100 * 9525L, picture.ShapeProperties!.Transform2D!.Extents!.Cx!.Value); // 100 px at 96 dpi
    }

    [Fact]
    public void Code_that_shows_other_tools_syntax_is_left_exactly_as_written()
    {
        using var deck = Deck("# T\n\n## Writing Slidev\n\n~~~markdown\n```js\nconsole.log(1)\n```\n---\nlayout: center\n---\n~~~\n\n## Writing pandoc\n\n```\n:::: columns\n::: column\n:::\n::::\n```\n");
        var slidev = deck.SlideText(1);
        Assert.Contains("layout: center", slidev);
        Assert.Equal(2, slidev.Split('\n').Count(l => l == "---"));
        Assert.Contains("::: column", deck.SlideText(2));
        Assert.DoesNotContain(":::::", deck.SlideText(2));
    }

    [Fact]
    public void Remark_class_macros_keep_their_text_and_its_build_step_is_a_click()
    {
        using var deck = Deck("# T\n\n## Maps\n\n.footer[Our Company]\n\nFirst point.\n\n--\n\nSecond point.\n");
        var text = deck.SlideText(1);
        Assert.Contains("Our Company", text);
        Assert.DoesNotContain(".footer[", text);
        Assert.DoesNotContain("--", text);
        Assert.Equal(1, Clicks(deck, 1));
    }

    [Fact]
    public void Marp_header_background_colour_and_background_picture_are_drawn()
    {
        using var deck = Deck("---\nmarp: true\nheader: Harbour Trust\nbackgroundColor: \"#fdf6e3\"\n---\n\n# Slipway\n\n---\n\n<!-- _backgroundImage: url('red.png') -->\n\n# Costs\n\n- Winch\n\n---\n\n# Users\n\n- Boats\n");
        for (var i = 1; i < deck.Slides.Count; i++)
        {
            var first = deck.Slides[i].Slide.CommonSlideData!.ShapeTree!.Elements<P.Shape>().First();
            Assert.Equal("FDF6E3", first.ShapeProperties!.GetFirstChild<A.SolidFill>()!.RgbColorModelHex!.Val!.Value); // behind everything
            Assert.Equal(deck.Document.PresentationPart!.Presentation.SlideSize!.Cx!.Value, first.ShapeProperties.Transform2D!.Extents!.Cx!.Value);
            Assert.Contains("Harbour Trust", deck.SlideText(i));
        }

        var costs = Enumerable.Range(0, deck.Slides.Count).Single(i => deck.Title(i) == "Costs");
        Assert.Single(deck.Slides[costs].Slide.Descendants<P.Picture>()); // _backgroundImage: this slide only
        Assert.Empty(deck.Slides[costs + 1].Slide.Descendants<P.Picture>());
        Assert.Empty(deck.ValidationErrors());
    }
}
