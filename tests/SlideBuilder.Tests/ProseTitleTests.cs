using SlideBuilder.Notes.Prose;

namespace SlideBuilder.Tests;

public sealed class ProseTitleTests
{
    [Theory]
    [InlineData("Chapter 6 does not contain any major theoretical innovations.", "Chapter 6 does not contain any major theoretical")]
    [InlineData("First of all, Trotsky pointed out the relative contradiction between the collective farm form, and state property:", "Trotsky pointed out the relative contradiction")]
    [InlineData("And the overall picture is far from characterised by equality:", "The overall picture is far from characterised")]
    [InlineData("The turn back to the market was a reflection of the fact.", "The turn back to the market")]
    [InlineData("“They rest not upon state, but upon group property.”", "They rest not upon state")]
    public void Titles_are_short_cut_at_words_and_free_of_trailing_punctuation(string text, string title)
    {
        Assert.Equal(title, TitleDeriver.Shorten(text));
    }

    [Fact]
    public void Titles_are_unique_within_a_deck()
    {
        var deriver = new TitleDeriver();
        Assert.Equal("The market", deriver.Derive("The market."));
        Assert.Equal("The market (2)", deriver.Derive("The market!"));
    }

    [Theory]
    [InlineData("Trotsky cites quite a few choice examples:", "Trotsky")]
    [InlineData("And Trotsky concludes that the bureaucracy is both a product of, and an active factor in, these contradictions:", "Trotsky")]
    [InlineData("First of all, Trotsky pointed out the relative contradiction:", "Trotsky")]
    [InlineData("This is contrasted with the conditions of the mass of the workers:", null)]
    [InlineData("Or, as Tanaka put it,", "Tanaka")]
    [InlineData("Sato, who drove the night train for thirty years, told me:", "Sato")]
    [InlineData("An old weaver, Martha Keane, remembered:", "Martha Keane")]
    [InlineData("Jan Ludwiczak, a face worker, remembered the first night:", "Jan Ludwiczak")]
    [InlineData("Aiko Mori, then a young clerk in the ward office, described the queue like this:", "Aiko Mori")]
    [InlineData("Our chair, Dr Okafor, said in her report:", "Dr Okafor")]
    [InlineData("The minutes, a dry document, recorded only this:", null)]
    [InlineData("Maria da Luz Fontes, who packed sardines at Matosinhos for nearly forty years, put it to me this way:", "Maria da Luz Fontes")]
    public void The_author_of_a_quotation_is_found_in_the_prose_that_introduces_it(string prose, string? author)
    {
        Assert.Equal(author, AttributionFinder.Find(prose));
    }

    [Theory]
    [InlineData("— that is Joaquim Rosa, skipper of the Boa Esperança in his last years at sea.", "Joaquim Rosa")]
    [InlineData("— Ines Vanderhoeven, city archivist", "Ines Vanderhoeven")]
    [InlineData("That was the last word on it.", null)]
    public void The_author_of_a_quotation_is_found_in_a_dash_line_after_it(string prose, string? author)
    {
        Assert.Equal(author, AttributionFinder.FindAfter(prose));
    }

    [Theory]
    [InlineData("In 2015 a plucker earned Rs. 700 a day. Today the rate is Rs. 1,350 a day.", "In 2015 a plucker earned Rs. 700 a day.")]
    [InlineData("The flat was No. 5 on the list. It cost more.", "The flat was No. 5 on the list.")]
    [InlineData("Wages fell in 1990. 1991 was worse.", "Wages fell in 1990.")]
    [InlineData("The mine employed 1,200 men. 300 of them were boys under fourteen.", "The mine employed 1,200 men.")]
    [InlineData("Wages fell to ₦2,000 a day. 400 dockers were laid off.", "Wages fell to ₦2,000 a day.")]
    public void A_short_word_with_a_point_before_a_number_does_not_end_a_sentence(string text, string first)
    {
        Assert.Equal(first, SlideBuilder.Language.Sentences.Split(text)[0]);
    }

    [Fact]
    public void Sentences_split_at_their_ends_but_not_after_abbreviations()
    {
        Assert.Equal(
            ["It grew, e.g. in 1935.", "Then it fell!", "Why?", "“Quoted.”", "Done."],
            SlideBuilder.Language.Sentences.Split("It grew, e.g. in 1935. Then it fell! Why? “Quoted.” Done."));
    }
}
