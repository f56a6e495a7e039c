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
    [InlineData("First, it should be said that this analysis does NOT imply that the Soviet bureaucracy is a new, stable ruling class, with a characteristic role in production.", "This analysis does NOT imply that the Soviet bureaucracy…")]
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
    [InlineData(new[] { "The payroll books survive in the county archive of the old mill town.", "They list every weaver." }, "Payroll books")]
    [InlineData(new[] { "The wages of unskilled workers were far below what a family needed to live on.", "Nobody denied it." }, "Wages of unskilled workers")]
    [InlineData(new[] { "Not everything was bleak.", "The appeal raised money for the staff room." }, "Not everything was bleak")]
    [InlineData(new[] { "Let me start with the nurses.", "The healthcare assistants came out worst." }, "The healthcare assistants came out worst")]
    public void A_title_is_a_short_point_or_the_subject_of_the_first_sentence_as_a_headline(string[] sentences, string title)
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

/// <summary>Figures that say what the talk says (issue 9): amounts classified by what they are; the true amounts are written by hand.</summary>
public sealed class AmountKindTests
{
    [Theory]
    [InlineData("The weavers earned $22 a week in 1929.", Figures.AmountKind.Income)]
    [InlineData("The company charged a rent of $8 a week for each house.", Figures.AmountKind.Other)]
    [InlineData("The ward's budget was £2.1 million last year.", Figures.AmountKind.Other)]
    [InlineData("The appeal raised £18,600 for the staff room.", Figures.AmountKind.Other)]
    [InlineData("A sardine skipper's share came to about 4,500 escudos a month.", Figures.AmountKind.Income)]
    public void An_amount_is_classified_by_the_words_of_its_own_clause(string sentence, Figures.AmountKind kind)
    {
        var (amounts, _) = Figures.AmountExtractor.Extract(sentence, new Build.SourceLocation("x", 1));
        Assert.Equal(kind, Assert.Single(amounts).Kind);
    }

    [Fact]
    public void Amounts_in_questions_rents_and_repeats_never_reach_the_figure_and_days_get_their_own()
    {
        var text = string.Join(" ",
            "A spinner earned $12 a week.", "A weaver earned $15 a week.", "The overseer earned $1,400 a year.",
            "Rent was $8 a week.", "Was a weaver really worth $15 a week?", "Again, a weaver earned $15 a week.",
            "A day labourer got $1.50 a day, a carter $2 a day and a mason $3 a day.");
        var doc = new Notes.NotesDocument("x.txt", new Notes.TalkSettings(),
            [new Notes.SpeakerNoteBlock([Model.Paragraph.Plain(text)], new Build.SourceLocation("x.txt", 1))]);
        var figures = Figures.FigureFinder.AddFigures(doc, fromScript: true).Blocks.OfType<Notes.ContentBlock>()
            .Select(b => ((Model.FigureBlock)b.Block).Spec!).ToList();
        Assert.Equal(2, figures.Count);
        Assert.Equal([624, 780, 1400], figures[0].Items.Select(i => i.High));
        Assert.Equal("per year", figures[0].Period);
        Assert.Equal([1.5, 2, 3], figures[1].Items.Select(i => i.High));
        Assert.Equal("per day", figures[1].Period);
    }
}
