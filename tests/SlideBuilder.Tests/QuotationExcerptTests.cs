using SlideBuilder.Language;

namespace SlideBuilder.Tests;

public sealed class QuotationExcerptTests
{
    [Fact]
    public void The_sentence_that_carries_the_numbers_is_the_excerpt_with_an_ellipsis_where_the_quotation_was_cut()
    {
        Assert.Equal("… In the year 1935, the system gave way to trade.",
            QuotationExcerpt.Make(["“This basis too, however, proved inadequate. In the year 1935, the system gave way to trade.”"]));
        Assert.Equal("In the year 1935, the system gave way to trade. …",
            QuotationExcerpt.Make(["“In the year 1935, the system gave way to trade. This basis too, however, proved inadequate.”"]));
    }

    [Fact]
    public void A_dependent_clause_alone_loses_to_the_statement_of_the_point()
    {
        Assert.Equal("… The sweets are for the few and the bread is for the many.",
            QuotationExcerpt.Make(["“When the Commissar boasts of his sweets, the workers listen.", "The sweets are for the few and the bread is for the many.”"]));
    }

    [Fact]
    public void A_conditional_alone_is_never_the_excerpt_and_the_turn_of_a_quotation_is()
    {
        Assert.Equal("… But most winters the danger was not the sea. …",
            QuotationExcerpt.Make(["“People think we were paid for the storms, and some of it was for the storms.", "But most winters the danger was not the sea.",
                "Naturally, if the relief boat did not come.", "It was the waiting that wore us down, year after year.”"]));
    }

    [Fact]
    public void A_long_first_sentence_is_cut_at_a_clause_boundary()
    {
        var excerpt = QuotationExcerpt.Make(["“After starting out with ‘socialist distribution’, the Soviet power found itself obliged in 1921 to return to the market, and the extreme stretching of material means in the epoch of the five-year-plan again led to state distribution.”"]);
        Assert.Equal("After starting out with ‘socialist distribution’, the Soviet power found itself obliged in 1921 to return to the market…", excerpt);
    }

    [Fact]
    public void Without_a_clause_boundary_the_excerpt_is_cut_at_a_word()
    {
        var words = string.Join(" ", Enumerable.Range(1, 60).Select(i => "word" + i));
        var excerpt = QuotationExcerpt.Make([words]);
        Assert.EndsWith("…", excerpt);
        Assert.Equal(QuotationExcerpt.MaxWords - 5, excerpt.TrimEnd('…').Split(' ').Length);
    }

    [Fact]
    public void Inner_single_quotes_are_kept_and_outer_marks_removed()
    {
        Assert.Equal("‘The factories are working’, complains Izvestia.", QuotationExcerpt.Make(["“‘The factories are working’, complains Izvestia.”"]));
    }
}
