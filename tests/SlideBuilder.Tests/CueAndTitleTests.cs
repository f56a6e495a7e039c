using SlideBuilder.Language;
using SlideBuilder.Notes.Prose;

namespace SlideBuilder.Tests;

/// <summary>Slides are cues and titles name the point (issue 9); the expectations are written by hand.</summary>
public sealed class CueAndTitleTests
{
    [Theory]
    [InlineData("First of all, it should be said that the wages rose sharply in 1935.", "The wages rose sharply in 1935.")]
    [InlineData("The mill (which closed in 1954) employed nine hundred people.", "The mill employed nine hundred people.")]
    [InlineData("As previously explained, the catch was sold at auction.", "The catch was sold at auction.")]
    [InlineData("The collective fishermen earned 1,919 roubles in 1935, which was far less than the richest farms earned that year.", "The collective fishermen earned 1,919 roubles in 1935")]
    public void A_cue_is_the_point_of_a_sentence_without_openers_asides_or_trailing_clauses(string sentence, string cue)
    {
        Assert.Equal(cue, Phrases.Cue(sentence));
    }

    [Fact]
    public void A_cue_cut_without_a_clause_boundary_says_so_and_never_ends_on_a_function_word()
    {
        var cue = Phrases.Cue("Nurses on the ward regularly worked long unpaid extra hours at the end of every single shift they had.");
        Assert.EndsWith("…", cue);
        Assert.InRange(cue.Split(' ').Length, 1, Phrases.CueWords);
        Assert.False(Phrases.EndsOnFunctionWord(cue.TrimEnd('…')), cue);
    }

    [Theory]
    [InlineData(new[] { "The payroll books survive in the county archive.", "They list every weaver." }, "Payroll books")]
    [InlineData(new[] { "The wages of unskilled workers were low.", "Nobody denied it." }, "Wages of unskilled workers")]
    public void A_title_is_the_subject_of_the_first_sentence_as_a_headline(string[] sentences, string title)
    {
        Assert.Equal(title, Phrases.Title(sentences));
    }

    [Fact]
    public void A_title_is_otherwise_the_phrase_the_script_repeats_and_never_a_sentence_cut_short()
    {
        string[] script = ["On most boats each share was counted twice.", "Every crew knew how the share system worked.", "In bad years the share system failed them."];
        var title = Phrases.Title(script);
        Assert.Equal("Share system", title);
    }

    [Theory]
    [InlineData("1. The mill", true)]
    [InlineData("2) The strike", true)]
    [InlineData("IV. Ashore", true)]
    [InlineData("Part one: The people on the ward", true)]
    [InlineData("Chapter 3", true)]
    [InlineData("Why did the survey matter?", true)]
    [InlineData("THE VILLAGE AND ITS FIELDS", true)]
    [InlineData("An old weaver, Martha Keane, remembered:", false)]
    [InlineData("The mill stood on the east bank of the river from 1881 until it closed.", false)]
    public void Headings_are_found_in_every_common_form(string line, bool heading)
    {
        List<ProseParagraph> paragraphs = [new(line, 1), new("The prose that follows it, long enough to be a paragraph of the talk.", 3)];
        Assert.Equal(heading, PlainTextNotesReader.IsHeading(paragraphs, 0));
    }

    [Fact]
    public void A_list_of_questions_is_content_not_headings()
    {
        List<ProseParagraph> paragraphs = [new("What did the nurses say?", 1), new("Who decides the budget?", 3), new("Prose follows.", 5)];
        Assert.False(PlainTextNotesReader.IsHeading(paragraphs, 0));
    }

    [Fact]
    public void Headings_in_capitals_become_title_case_and_numbering_is_kept()
    {
        Assert.Equal("The Village and Its Fields", PlainTextNotesReader.HeadingText("THE VILLAGE AND ITS FIELDS"));
        Assert.Equal("IV. Ashore", PlainTextNotesReader.HeadingText("IV. Ashore"));
    }
}
