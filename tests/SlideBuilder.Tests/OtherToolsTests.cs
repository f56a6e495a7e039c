using System.Text.RegularExpressions;
using SlideBuilder.Tests.Support;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace SlideBuilder.Tests;

/// <summary>
/// Decks written the way Marp, Slidev, reveal.js, remark, pandoc and Quarto document their syntax
/// (tests/SlideBuilder.Tests/Fixtures/slide-tools): no blank slides, no markup shown, notes where meant, every word kept.
/// </summary>
public sealed partial class OtherToolsTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    public static TheoryData<string> Tools => new() { "marp", "slidev", "revealjs", "remark", "pandoc", "quarto" };

    private PptxInspector Build(string tool)
    {
        Fixtures.WriteSquarePng(Path.Combine(_ws.Root, "boats.png"), 400, 300);
        Fixtures.WriteSquarePng(Path.Combine(_ws.Root, "viability.png"), 400, 300);
        var notes = _ws.Write(tool + ".md", File.ReadAllText(Fixtures.Path(Path.Combine("slide-tools", tool + ".md"))));
        return new PptxInspector(_ws.Build(notes).Pptx);
    }

    private static int IndexOf(PptxInspector deck, string title) =>
        Enumerable.Range(0, deck.Slides.Count).First(i => deck.Title(i) == title);

    [Theory]
    [MemberData(nameof(Tools))]
    public void A_deck_written_for_another_tool_has_no_blank_slide_and_no_markup_on_its_slides(string tool)
    {
        using var deck = Build(tool);
        Assert.Empty(deck.ValidationErrors());
        for (var i = 1; i < deck.Slides.Count; i++)
        {
            if (deck.LayoutName(i) == "Section Header" && deck.Title(i) == "Collecting")
            {
                continue; // pandoc's level-1 heading over level-2 slides: a section slide, its title all it shows
            }

            var words = DeckOnPaper.Words(deck.SlideText(i)).Where(w => !w.All(char.IsDigit)).ToList();
            // Every slide after the title has something of its own besides its title.
            Assert.True(words.Count > DeckOnPaper.Words(deck.Title(i) ?? "").Count, $"{tool}: slide {i + 1} ('{deck.Title(i)}') is empty");
            var text = deck.SlideText(i);
            foreach (var markup in new[] { "{", "}", "_class", "layout:", "class:", "???", ". . .", "width=", "Note:", ":::", "[^", "<!--", "paginate" })
            {
                Assert.DoesNotContain(markup, text);
            }
        }

        var titles = deck.Titles.Where(t => t is not null).ToList();
        Assert.Equal(titles.Count, titles.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Tools))]
    public void Every_word_of_a_deck_written_for_another_tool_is_on_a_slide_or_in_the_notes(string tool)
    {
        using var deck = Build(tool);
        var source = File.ReadAllText(Fixtures.Path(Path.Combine("slide-tools", tool + ".md")));
        var shown = string.Join("\n", Enumerable.Range(0, deck.Slides.Count).Select(i => deck.SlideText(i) + "\n" + deck.NotesText(i)));
        var kept = new HashSet<string>(WordsOf(shown), StringComparer.OrdinalIgnoreCase);
        var missing = WordsOf(Prose(source)).Where(w => !kept.Contains(w)).Distinct().ToList();
        Assert.True(missing.Count == 0, $"{tool}: lost {string.Join(", ", missing)}");
    }

    /// <summary>The notes' words without their markup: settings, directives, fences, attributes, picture file names.</summary>
    private static string Prose(string source)
    {
        var lines = source.Split('\n').ToList();
        if (lines[0] == "---")
        {
            var end = lines.IndexOf("---", 1);
            lines.RemoveRange(0, end + 1);
        }

        var text = string.Join("\n", lines.Where(l => !SettingLine().IsMatch(l.Trim())));
        text = Regex.Replace(text, @"(?m)\{[^}\n]*\}|<!--\s*_?[a-zA-Z]+:[^>]*-->|!\[([^\]]*)\]\([^)]*\)|\$[^$\n]*\$|\[\^\d+\]:?|:::+[^\S\n]*[\w.-]*|^\s*(?:\d+\.|[-*+]|>-)\s|\?\?\?|Note:|\. \. \.", m => m.Groups[1].Success ? "" : " ");
        return text;
    }

    private static IEnumerable<string> WordsOf(string text) => Word().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"\p{L}+|\p{Nd}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(---|[a-zA-Z][\w-]*:\s*\S.*)$")]
    private static partial Regex SettingLine();

    [Fact]
    public void Marp_directives_give_a_footer_a_page_without_a_number_and_a_lead_title_slide()
    {
        using var deck = Build("marp");
        Assert.Equal(["Keeping the slipway open", "What the slipway costs", "Who uses it", "Next steps"], deck.Titles);
        Assert.Contains("A plan for the next five winters", deck.SlideText(0));
        Assert.Contains("The insurance figure always gets a reaction", deck.NotesText(1));
        for (var i = 1; i < deck.Slides.Count; i++)
        {
            Assert.Contains("Harbour Trust open evening", deck.SlideText(i));
        }

        bool Numbered(int i) => deck.Slides[i].Slide.Descendants<P.PlaceholderShape>().Any(p => p.Type?.Value == P.PlaceholderValues.SlideNumber);
        Assert.True(Numbered(1));
        Assert.False(Numbered(2)); // <!-- _paginate: false --> on "Who uses it" only
        Assert.True(Numbered(3));
        Assert.Single(deck.Slides[2].Slide.Descendants<P.Picture>());
    }

    [Fact]
    public void Marp_directives_without_an_equivalent_are_named_in_one_warning_each()
    {
        Fixtures.WriteSquarePng(Path.Combine(_ws.Root, "boats.png"), 400, 300);
        var notes = _ws.Write("marp.md", File.ReadAllText(Fixtures.Path(Path.Combine("slide-tools", "marp.md"))));
        var (result, _) = _ws.Build(notes);
        var warnings = result.Diagnostics.Where(d => d.Code == "SB016").Select(d => d.Message).ToList();
        Assert.Single(warnings, w => w.Contains("transition", StringComparison.Ordinal));
        Assert.DoesNotContain(warnings, w => w.Contains("backgroundColor", StringComparison.Ordinal)); // drawn: the slide's background
        Assert.Single(warnings, w => w.Contains("'theme'", StringComparison.Ordinal));
    }

    [Fact]
    public void Slidev_slide_front_matter_centres_a_slide_and_is_never_its_title()
    {
        using var deck = Build("slidev");
        Assert.Equal(["Night trains in Europe", "The comeback", "Where the money goes", "Booking"], deck.Titles);
        var comeback = IndexOf(deck, "The comeback");
        Assert.Equal("Section Header", deck.LayoutName(comeback));
        Assert.Contains("Sleepers returned on eight routes", deck.SlideText(comeback));
        var centred = deck.Slides[comeback].Slide.Descendants<A.ParagraphProperties>().Count(p => p.Alignment?.Value == A.TextAlignmentTypeValues.Center);
        Assert.True(centred >= 2, "the title and its line are centred");
        Assert.Contains("access charges differ by a factor of four", deck.NotesText(IndexOf(deck, "Where the money goes")));
        Assert.Contains("Vienna to Brussels", deck.NotesText(IndexOf(deck, "Booking")));
    }

    [Fact]
    public void Remark_and_reveal_notes_reach_the_notes_of_their_own_slide()
    {
        using (var remark = Build("remark"))
        {
            Assert.Equal(["Reading old maps", "The tithe maps", "What they leave out"], remark.Titles);
            Assert.Contains("Pass the facsimile round", remark.NotesText(1));
            Assert.DoesNotContain("facsimile", remark.SlideText(1));
            Assert.Contains("where the common used to be", remark.NotesText(2));
        }

        using var reveal = Build("revealjs");
        Assert.Equal(["Soil under the city", "Three layers", "Why it matters"], reveal.Titles);
        Assert.Contains("photograph of the excavation", reveal.NotesText(0));
        Assert.Contains("boulder clay is what the towers are founded on", reveal.NotesText(1));
        Assert.DoesNotContain("towers", reveal.SlideText(1));
        Assert.Contains("Foundations, drainage", reveal.SlideText(2));
    }

    [Fact]
    public void Pandoc_columns_stand_side_by_side_at_the_widths_written()
    {
        using var deck = Build("pandoc");
        var slide = deck.Slides[IndexOf(deck, "Side by side")].Slide;
        Assert.Equal("Two Content", deck.LayoutName(IndexOf(deck, "Side by side")));
        var boxes = slide.Descendants<P.Shape>()
            .Where(s => string.Concat(s.Descendants<A.Text>().Select(t => t.Text)) is var t && (t.Contains("Dried", StringComparison.Ordinal) || t.Contains("Frozen", StringComparison.Ordinal)))
            .Select(s => s.ShapeProperties!.Transform2D!)
            .OrderBy(x => x.Offset!.X!.Value)
            .ToList();
        Assert.Equal(2, boxes.Count);
        Assert.True(boxes[0].Offset!.X!.Value + boxes[0].Extents!.Cx!.Value <= boxes[1].Offset!.X!.Value, "the columns do not overlap");
        var ratio = boxes[0].Extents!.Cx!.Value / (double)boxes[1].Extents!.Cx!.Value;
        Assert.InRange(ratio, 40.0 / 60 - 0.02, 40.0 / 60 + 0.02);
    }

    [Fact]
    public void Pauses_and_incremental_lists_become_click_builds_one_paragraph_per_click()
    {
        using var deck = Build("pandoc");
        int Clicks(int i) => deck.Slides[i].Slide.Descendants<P.CommonTimeNode>()
            .Count(t => t.NodeType?.Value == P.TimeNodeValues.ClickEffect);
        var collect = IndexOf(deck, "What we collect");
        Assert.Equal(1, Clicks(collect)); // ". . ." before the second paragraph
        var target = deck.Slides[collect].Slide.Descendants<P.ShapeTarget>().Single();
        var shape = deck.Slides[collect].Slide.Descendants<P.Shape>().Single(s => s.NonVisualShapeProperties!.NonVisualDrawingProperties!.Id!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) == target.ShapeId!.Value);
        var range = target.Descendants<P.ParagraphIndexRange>().Single();
        var appearing = shape.Descendants<A.Paragraph>().ElementAt((int)range.Start!.Value).InnerText;
        Assert.StartsWith("Each batch is dried", appearing); // the paragraph after the pause, not the one before it
        Assert.Equal(3, Clicks(IndexOf(deck, "The steps"))); // ::: incremental with three items
        Assert.Equal(0, Clicks(IndexOf(deck, "Side by side")));

        using var quarto = Build("quarto");
        Assert.Equal(3, quarto.Slides[IndexOf(quarto, "Trends")].Slide.Descendants<P.CommonTimeNode>()
            .Count(t => t.NodeType?.Value == P.TimeNodeValues.ClickEffect)); // ">- " items
    }

    [Fact]
    public void Footnotes_go_to_the_foot_of_their_slide_in_small_type_and_to_its_notes()
    {
        using var deck = Build("pandoc");
        var i = IndexOf(deck, "What we collect");
        var paragraphs = deck.Slides[i].Slide.Descendants<A.Paragraph>().Select(p => (Text: string.Concat(p.Descendants<A.Text>().Select(t => t.Text)), p)).ToList();
        var reference = paragraphs.Single(p => p.Text.Contains("per population¹", StringComparison.Ordinal));
        var footnote = paragraphs.Single(p => p.Text.StartsWith("¹ The figure follows", StringComparison.Ordinal));
        var size = (A.Paragraph p) => p.Descendants<A.RunProperties>().First().FontSize!.Value;
        Assert.True(size(footnote.p) < size(reference.p) * 0.7);
        Assert.True(paragraphs.IndexOf(footnote) > paragraphs.IndexOf(reference));
        Assert.Contains("The figure follows the long-standing guidance", deck.NotesText(i));
    }

    [Fact]
    public void Hard_breaks_brackets_math_and_attributes_are_kept_as_their_authors_meant()
    {
        using var deck = Build("pandoc");
        var rules = deck.Slides[IndexOf(deck, "Rules of thumb")].Slide;
        var paragraph = rules.Descendants<A.Paragraph>().Single(p => p.InnerText.Contains("Interval [0, 1)", StringComparison.Ordinal));
        Assert.Single(paragraph.Elements<A.Break>());
        Assert.Contains("The second line follows a hard break.", paragraph.InnerText);
        var math = rules.Descendants<A.Run>().Single(r => r.Text!.Text == "t_2 = 2 t_1");
        Assert.Equal("Courier New", math.RunProperties!.GetFirstChild<A.LatinFont>()!.Typeface!.Value);
        Assert.Contains("What we collect", deck.Titles); // "{.smaller}" consumed
    }

    [Fact]
    public void A_picture_sized_in_the_notes_takes_that_share_of_its_room()
    {
        double WidthOf(string attributes)
        {
            using var ws = new Workspace();
            Fixtures.WriteSquarePng(Path.Combine(ws.Root, "p.png"), 400, 300);
            var (_, pptx) = ws.BuildMarkdown($"# T\n\n## Chart\n\nSome words beside it.\n\n![A chart](p.png){attributes}\n");
            using var deck = new PptxInspector(pptx);
            return deck.Slides[1].Slide.Descendants<P.Picture>().Single().ShapeProperties!.Transform2D!.Extents!.Cx!.Value;
        }

        var full = WidthOf("");
        Assert.InRange(WidthOf("{width=50%}") / full, 0.49, 0.51);
        Assert.InRange(WidthOf("{width=2in}"), 2 * 914400 - 2, 2 * 914400 + 2);
    }

    [Fact]
    public void A_picture_inside_a_sentence_is_placed_beside_the_sentence_with_its_alt_text()
    {
        Fixtures.WriteSquarePng(Path.Combine(_ws.Root, "red.png"), 400, 300);
        var (_, pptx) = _ws.BuildMarkdown("# T\n\n## Icons\n\nHere is a red ![red box](red.png) icon.\n");
        using var deck = new PptxInspector(pptx);
        var picture = deck.Slides[1].Slide.Descendants<P.Picture>().Single();
        Assert.Equal("red box", picture.NonVisualPictureProperties!.NonVisualDrawingProperties!.Description!.Value);
        Assert.Contains("Here is a red icon.", deck.SlideText(1));
    }

    [Fact]
    public void Html_in_notes_is_mapped_to_formatting_or_dropped_with_a_warning_never_shown_as_tags()
    {
        var (result, pptx) = _ws.BuildMarkdown(
            "# T\n\n## Keys\n\nPress <kbd>Ctrl</kbd> and H<sub>2</sub>O <marquee>moves</marquee> here.\n\n- an item with <b>bold</b> and <blink>old</blink> tags\n\n<!-- a note --> and the rest of the line\n");
        using var deck = new PptxInspector(pptx);
        var text = deck.SlideText(1);
        Assert.Contains("Press Ctrl and H₂O moves here.", text);
        Assert.Contains("an item with bold and old tags", text);
        Assert.Contains("and the rest of the line", text);
        Assert.Contains("a note", deck.NotesText(1));
        Assert.DoesNotContain("<", text);
        var ctrl = deck.Slides[1].Slide.Descendants<A.Run>().Single(r => r.Text!.Text == "Ctrl");
        Assert.Equal("Courier New", ctrl.RunProperties!.GetFirstChild<A.LatinFont>()!.Typeface!.Value);
        var warnings = result.Diagnostics.Where(d => d.Code == "SB014").Select(d => d.Message).ToList();
        Assert.Single(warnings, w => w.Contains("<marquee>", StringComparison.Ordinal));
        Assert.Single(warnings, w => w.Contains("<blink>", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_keeps_its_emphasis_code_and_link()
    {
        var (_, pptx) = _ws.BuildMarkdown("# T\n\n## The `grep` command and *why* it [matters](https://example.org) {.smaller}\n\nText.\n");
        using var deck = new PptxInspector(pptx);
        Assert.Equal("The grep command and why it matters", deck.Title(1));
        var title = deck.Slides[1].Slide.Descendants<P.Shape>().First(s => s.Descendants<P.PlaceholderShape>().Any(p => p.Type?.Value == P.PlaceholderValues.Title));
        var runs = title.Descendants<A.Run>().ToList();
        Assert.Equal("Courier New", runs.Single(r => r.Text!.Text == "grep").RunProperties!.GetFirstChild<A.LatinFont>()!.Typeface!.Value);
        Assert.True(runs.Single(r => r.Text!.Text == "why").RunProperties!.Italic!.Value);
        Assert.NotNull(runs.Single(r => r.Text!.Text == "matters").RunProperties!.GetFirstChild<A.HyperlinkOnClick>());
        Assert.Empty(deck.ValidationErrors());
    }

    [Fact]
    public void Lists_and_code_inside_a_quotation_or_a_list_item_keep_their_structure_and_face()
    {
        var (_, pptx) = _ws.BuildMarkdown(
            "# T\n\n## Quoted\n\n> The manual says:\n>\n> - first step\n> - second step\n>\n> ```\n> make install\n> ```\n\n## Listed\n\n- Run this:\n\n  ```\n  make test\n  ```\n");
        using var deck = new PptxInspector(pptx);
        var quoted = deck.Slides[1].Slide;
        var bullets = quoted.Descendants<A.Paragraph>().Where(p => p.ParagraphProperties?.GetFirstChild<A.CharacterBullet>() is not null).Select(p => p.InnerText).ToList();
        Assert.Equal(["first step", "second step"], bullets);
        Assert.Equal("Courier New", quoted.Descendants<A.Run>().Single(r => r.Text!.Text == "make install").RunProperties!.GetFirstChild<A.LatinFont>()!.Typeface!.Value);
        Assert.True(quoted.Descendants<A.Run>().Single(r => r.Text!.Text == "The manual says:").RunProperties!.Italic!.Value);
        var listed = deck.Slides[2].Slide;
        Assert.Equal("Courier New", listed.Descendants<A.Run>().Single(r => r.Text!.Text == "make test").RunProperties!.GetFirstChild<A.LatinFont>()!.Typeface!.Value);
    }

    [Fact]
    public void Braces_that_are_not_attributes_stay_text()
    {
        var (_, pptx) = _ws.BuildMarkdown("# T\n\n## Sets\n\nThe set {x} and the pair {a, b} stay.\n");
        using var deck = new PptxInspector(pptx);
        Assert.Contains("The set {x} and the pair {a, b} stay.", deck.SlideText(1));
    }

    [InteropFact]
    public void LibreOffice_shows_every_word_of_every_tool_deck_on_its_page_with_nothing_off_the_page()
    {
        foreach (var tool in new[] { "marp", "slidev", "revealjs", "remark", "pandoc", "quarto" })
        {
            using var deck = Build(tool);
            var path = deck.Path;
            deck.Dispose();
            DeckOnPaper.AssertEveryWordLandsOnItsPage(path);
        }
    }
}
