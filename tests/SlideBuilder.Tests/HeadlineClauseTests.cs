using SlideBuilder.Diagnostics;
using SlideBuilder.Language;
using SlideBuilder.Notes;
using SlideBuilder.Notes.Prose;

namespace SlideBuilder.Tests;

/// <summary>A cue said as a headline: shortened the way a sub-editor would, or not at all.</summary>
public sealed class HeadlineClauseTests
{
    private static readonly Vocabulary Empty = Vocabulary.Of([]);

    [Theory]
    [InlineData("The typical apprentice earns a basic wage of 12 shillings a week", "Typical apprentice earns 12 shillings a week")]
    [InlineData("In 1951 the senior pilot earned about 900 kroner a month", "Senior pilot earned 900 kroner a month")]
    // The subject keeps its article when the headline has room for it (seven words at most).
    [InlineData("The workforce itself was a ladder of trades", "The workforce was a ladder of trades")]
    [InlineData("By 1937 the carders were back to 19 soldi", "The carders were back to 19 soldi")]
    [InlineData("In 1951 the pilots earned 900 kroner a month", "The pilots earned 900 kroner a month")]
    [InlineData("The head boiler earned 30 shillings a week in 1890", "Head boiler earned 30 shillings a week")]
    public void A_cue_shortens_into_a_headline(string cue, string headline) =>
        Assert.Equal(headline, HeadlineClause.From(cue, Empty));

    [Theory]
    [InlineData("Water and money are the same conversation in the village")] // half of a pair as the subject
    [InlineData("That labour cost him 14.5 florins")] // points back at what the slide does not show
    [InlineData("What Rosa describes is piecework")] // two verbs
    [InlineData("A bowl of noodles at a station stand was ¥350")] // "stand" read as a verb
    [InlineData("They were paid 9 shillings a week")] // a pronoun subject
    [InlineData("The workforce itself was less a class than a ladder of trades")] // never "…less a class"
    [InlineData("Tonight is about money: what a docker earned")] // a label and its point
    [InlineData("The company's directors voted in the spring of that year to spend $250,000 on new looms for the weave room")] // too long to shorten whole
    public void A_cue_that_does_not_shorten_whole_has_no_headline(string cue) =>
        Assert.Null(HeadlineClause.From(cue, Empty));

    [Theory]
    // Where the talk says it on and on, "The fund ran out on the sixth" would read as that sentence cut short; where it pauses, it is a clause.
    [InlineData("The fund ran out on the sixth of May and the strike ended.", "Fund ran out on the sixth")]
    [InlineData("The fund ran out on the sixth, and the strike ended.", "The fund ran out on the sixth")]
    public void A_headline_keeps_its_article_unless_it_would_read_as_its_sentence_cut_short(string sentence, string headline) =>
        Assert.Equal(headline, HeadlineClause.From("The fund ran out on the sixth", Vocabulary.Of([sentence])));

    [Fact]
    public void A_headline_that_begins_a_sentence_of_the_talk_is_refused()
    {
        var vocabulary = Vocabulary.Of(["Senior pilot earned 900 kroner a month until the strike."]);
        Assert.Null(HeadlineClause.From("Senior pilot earned 900 kroner a month", vocabulary));
    }

    [Fact]
    public void A_slide_of_two_cues_is_titled_by_the_headline_and_does_not_say_it_again_beneath()
    {
        var doc = PlainTextNotesReader.Read("talk.txt", string.Join("\n\n", "Salt and Silver",
            "The salt works stood on the marsh at the river mouth. The head boiler earned a basic wage of 30 shillings a week in 1890. "
            + "Most of the boilers were men from the fishing villages. The pans were fired day and night through the summer. "
            + "A boy who raked the salt got 6 shillings a week. The owners sold the salt in the inland towns."), new DiagnosticBag());
        var heading = doc.Blocks.OfType<HeadingBlock>().Last();
        Assert.Equal("Head boiler earned 30 shillings a week", heading.Text);
        var bullets = doc.Blocks.OfType<ContentBlock>().SelectMany(b => ((Model.TextBlock)b.Block).Paragraphs).Select(p => p.Text).ToList();
        Assert.NotEmpty(bullets);
        Assert.DoesNotContain(bullets, b => b.Contains("30 shillings", StringComparison.Ordinal));
        Assert.Contains(bullets, b => b.Contains("6 shillings", StringComparison.Ordinal));
    }
}
