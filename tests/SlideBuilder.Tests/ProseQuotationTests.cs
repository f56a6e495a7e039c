using SlideBuilder.Notes.Prose;
using SlideBuilder.Diagnostics;

namespace SlideBuilder.Tests;

/// <summary>The quotation rules for prose notes, each on a small hand-written case.</summary>
public sealed class ProseQuotationTests
{
    private static (List<ProseSpan> Spans, DiagnosticBag Diagnostics) Find(string text)
    {
        var paragraphs = ProseParagraph.Split(text);
        var diagnostics = new DiagnosticBag();
        var spans = QuotationFinder.Find(paragraphs, i => PlainTextNotesReader.IsHeading(paragraphs, i), "notes.txt", diagnostics);
        return (spans, diagnostics);
    }

    private static string Kinds(List<ProseSpan> spans) =>
        string.Join(" ", spans.Select(s => s.Kind == ProseSpanKind.Quotation ? $"Q{s.Paragraphs.Count}" : s.Kind == ProseSpanKind.Heading ? "H" : "P"));

    [Theory]
    [InlineData("“Curly marks around a whole paragraph.”")]
    [InlineData("\"Straight marks around a whole paragraph.\"")]
    [InlineData("„German marks open low and close high.“")]
    [InlineData("«French guillemets work too.»")]
    public void A_paragraph_that_opens_and_closes_with_marks_is_a_block_quotation(string quote)
    {
        var (spans, diagnostics) = Find($"My prose before.\n\n{quote}\n\nMy prose after.");
        Assert.Equal("P Q1 P", Kinds(spans));
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void A_multi_paragraph_quotation_reopens_each_paragraph_and_closes_only_the_last()
    {
        var (spans, _) = Find("Intro:\n\n“First paragraph of the quote.\n\n“Second paragraph of the quote.\n\n“Third and last paragraph.”\n\nMy comment.");
        Assert.Equal("P Q3 P", Kinds(spans));
    }

    [Fact]
    public void A_continuation_paragraph_that_lacks_its_opening_mark_but_closes_belongs_to_the_quotation()
    {
        var (spans, diagnostics) = Find("Intro:\n\n“The quotation starts here.\n\nAnd goes on here without a mark, then closes.”\n\nMy comment.");
        Assert.Equal("P Q2 P", Kinds(spans));
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void Inner_quotations_do_not_end_the_quotation()
    {
        var (spans, _) = Find("Intro:\n\n“He spoke of the ‘average’ worker and the “average” peasant.\n\n“Then he said ‘enough,” and stopped.”\n\nMy comment.");
        Assert.Equal("P Q2 P", Kinds(spans));
    }

    [Fact]
    public void A_quotation_that_never_closes_ends_before_the_speakers_own_words_with_a_warning()
    {
        var (spans, diagnostics) = Find("Intro:\n\n“This quotation never closes.\n\n“Its second paragraph does not close either.\n\nThis is my own prose again.\n\nMore of my prose.\n\n“A later quotation.”");
        Assert.Equal("P Q2 P P Q1", Kinds(spans));
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal("notes.txt:3:1: warning SB020: this quotation is never closed; it is taken to end with the paragraph at line 5 (add the closing mark where it ends)", warning.ToString());
    }

    [Fact]
    public void A_quotation_that_never_closes_stops_at_a_heading_line()
    {
        var (spans, diagnostics) = Find("Intro:\n\n“Never closed.\n\n“Still quoting.\n\nA Heading Line\n\nProse under the heading.");
        Assert.Equal("P Q2 H P", Kinds(spans));
        Assert.Single(diagnostics.Items);
    }

    [Fact]
    public void A_quotation_inside_a_prose_sentence_stays_in_the_prose()
    {
        var (spans, _) = Find("He called it “socialism in one country” and moved on.\n\n“Socialism in one country” was the slogan of the day, and it stuck.\n\nEnd.");
        Assert.Equal("P P P", Kinds(spans));
    }

    [Fact]
    public void Runs_of_blank_lines_tabs_and_soft_wraps_are_normalised()
    {
        var paragraphs = ProseParagraph.Split("One\tline\nwrapped here.\n\n\n\n  Second   paragraph.  ");
        Assert.Equal(["One line wrapped here.", "Second paragraph."], paragraphs.Select(p => p.Text));
        Assert.Equal([1, 6], paragraphs.Select(p => p.Line));
    }
}
