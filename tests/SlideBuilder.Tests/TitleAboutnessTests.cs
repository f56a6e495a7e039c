using SlideBuilder.Language;

namespace SlideBuilder.Tests;

/// <summary>
/// A derived title names what the slide keeps coming back to, never a detail it mentions once, a bare amount or an
/// abbreviation; a quotation's slide is named by who said it, whatever the length of their name. Notes written for these tests.
/// </summary>
public sealed class TitleAboutnessTests
{
    [Fact]
    public void A_thing_named_once_gives_way_to_what_the_slide_repeats()
    {
        // "the harbour wall" and "the night ferry" are mentioned once; the ferry's pay is what the slide is about.
        string[] script =
        [
            "The deckhands on the ferry were paid by the crossing, not by the week.",
            "On a calm night a deckhand could make six crossings, and the skipper kept the tally on a slate by the harbour wall.",
            "In a gale the ferry stayed tied up and the deckhands were paid nothing at all.",
        ];
        var title = Headline.Candidates(script, Vocabulary.Of(script))[0];
        Assert.DoesNotContain("harbour wall", title, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("slate", title, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("calm night", title, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_amount_or_an_abbreviation_is_never_a_title()
    {
        string[] script =
        [
            "The chief surveyor was appointed in 1958 at a salary of $14,800 a year.",
            "The senior of the two surveyors, Dr. Ruth Alder, was paid $9,400 a year.",
        ];
        var candidates = Headline.Candidates(script, Vocabulary.Of(script));
        Assert.DoesNotContain(candidates, c => c.Contains("what Dr", StringComparison.OrdinalIgnoreCase));
        string[] quoted = ["We left the children with our mother and walked down in the dark, because the bus at 2.50 escudos was more than we made in an hour."];
        var titles = Headline.ForQuotation(quoted, null, Vocabulary.Of(quoted), quoted[0]);
        Assert.DoesNotContain(titles, c => char.IsDigit(c[0]));
    }

    [Fact]
    public void A_count_is_never_a_title()
    {
        string[] script =
        [
            "A thousand companies run the library in production, and twenty-six days a month a volunteer answers their questions.",
            "Twenty-six days a month is a second job, unpaid, for a thousand companies that never say thank you.",
        ];
        Assert.Equal(Tag.Num, Tagger.Tag("twenty-six days")[0].Tag);
        var candidates = Headline.Candidates(script, Vocabulary.Of(script));
        Assert.DoesNotContain(candidates, c => c.StartsWith("twenty", StringComparison.OrdinalIgnoreCase) || c.StartsWith("thousand", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_year_is_no_count()
    {
        string[] script = ["The 1984 strike split the village, and the 1984 strike is still what people here talk about.", "Half the families stopped speaking to the other half."];
        Assert.Contains(Headline.Candidates(script, Vocabulary.Of(script)), c => c.Contains("1984 strike", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quotation_by_someone_with_a_long_name_is_named_by_their_surname()
    {
        string[] quoted = ["We walked down to the boats in the dark and the siren went at two, and nobody asked us whether we wanted the hours."];
        var titles = Headline.ForQuotation(quoted, "Maria da Luz Fontes", Vocabulary.Of(quoted), quoted[0]);
        Assert.Contains(titles.Take(3), t => t.StartsWith("Fontes on ", StringComparison.Ordinal) || t == "In Fontes’ words");
    }
}
