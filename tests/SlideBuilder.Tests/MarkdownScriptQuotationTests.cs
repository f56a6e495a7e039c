using SlideBuilder.Tests.Support;

namespace SlideBuilder.Tests;

/// <summary>Markdown talk notes written as a script: quotations named by their lead-in, and author lists that fill a slide.</summary>
public sealed class MarkdownScriptQuotationTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private const string Talk = """
        ---
        title: The night market
        ---

        # The stallholders

        A stallholder, Ana Lúcia Prado, who has sold grilled corn at the same corner for eleven years and who pays the market association every week, said:

        „People think the council runs this market. It doesn't. The association runs it, and the association decides who gets a corner, who gets moved next to the bins, and who finds the pitch gone on a Friday night.“

        I want to be fair to the association here, because it also does real work: it cleans up, it deals with the police, and it pays for the lights.

        # The council

        Rui Teixeira, who sat on the market committee for six years, put it like this when I met him:

        > The council likes to say the market is free. Free to set up, free to leave. But a pitch you can lose on a Friday is not much of a freedom, and everyone knows who to pay to keep it.

        # What stallholders want

        When I asked what would change things, the answers were concrete and the same ones came up again and again, from the corn sellers and the fruit sellers alike. This is the list I heard:

        - a written rule for who gets which corner, posted where everyone can read it
        - a receipt for every payment to the association, with its date and what it was for
        - a phone number at the council that someone answers on a Friday night after ten
        - the same fee for a corner whatever the stallholder's face or accent

        The council has promised a review by the spring, and I will believe it when the first receipt is printed and handed over at the start of the night.
        """;

    [Fact]
    public void A_quotation_takes_its_speaker_from_the_paragraph_that_leads_into_it()
    {
        var (_, pptx) = _ws.Build(_ws.Write("market.md", Talk));
        using var deck = new PptxInspector(pptx);
        var slides = Enumerable.Range(0, deck.Slides.Count).ToList();
        // A paragraph that is one quotation in „ “ is a quotation, by the stallholder the appositive names.
        var prado = Assert.Single(slides, i => deck.NotesText(i).Contains("People think the council runs this market", StringComparison.Ordinal));
        Assert.Equal("Quotation", deck.LayoutName(prado));
        Assert.Contains("Ana Lúcia Prado", deck.SlideText(prado), StringComparison.Ordinal);
        // A block quotation after "X, who…, put it like this" is X's.
        var teixeira = Assert.Single(slides, i => deck.NotesText(i).Contains("The council likes to say the market is free", StringComparison.Ordinal));
        Assert.Contains("Rui Teixeira", deck.SlideText(teixeira), StringComparison.Ordinal);
    }

    [Fact]
    public void No_cue_joins_an_author_list_that_has_filled_the_slide()
    {
        var (_, pptx) = _ws.Build(_ws.Write("market.md", Talk));
        using var deck = new PptxInspector(pptx);
        var list = Assert.Single(Enumerable.Range(0, deck.Slides.Count), i => deck.SlideText(i).Contains("a written rule for who gets which corner", StringComparison.Ordinal));
        Assert.DoesNotContain("review", deck.SlideText(list), StringComparison.Ordinal);
        // The paragraph is the speaker's all the same, in the notes.
        Assert.Contains(Enumerable.Range(0, deck.Slides.Count), i => deck.NotesText(i).Contains("The council has promised a review by the spring", StringComparison.Ordinal));
    }
}
