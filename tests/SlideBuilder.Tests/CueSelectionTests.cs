using SlideBuilder.Diagnostics;
using SlideBuilder.Language;
using SlideBuilder.Notes;
using SlideBuilder.Notes.Prose;

namespace SlideBuilder.Tests;

/// <summary>Which sentences of a paragraph become the slide's cues, and that each cue reads as a whole statement.</summary>
public sealed class CueSelectionTests
{
    [Fact]
    public void A_long_paragraph_cues_its_point_and_each_new_figure_up_to_three()
    {
        // Six sentences: the lead, a conversion, a yearly total, and script around them.
        var cues = PlainTextNotesReader.Cues(new ProseParagraph(string.Join(" ",
            "Let me start with the pickers.", "A fruit picker in the valley was paid 9 shillings a week in 1910.",
            "Most of them were young women from the hill farms.", "The orchards were owned by three families.", "Work began at six in the morning.", "At harvest the piece rate could lift that to 14 shillings a week.",
            "Over the whole year the family took home about £30 from the orchards.", "I will come back to that figure later."), 1));
        Assert.Equal(3, cues.Count);
        Assert.Contains(cues, c => c.Contains("9 shillings", StringComparison.Ordinal));
        Assert.Contains(cues, c => c.Contains("14 shillings", StringComparison.Ordinal));
        Assert.Contains(cues, c => c.Contains("£30", StringComparison.Ordinal));
        Assert.All(cues, c => Assert.True(TextMetrics.CountWords(c) <= Phrases.CueWords + 2, c));
    }

    [Theory]
    // The speaker's directions to themselves are never cues.
    [InlineData("Don't rush the harbour map, that's the picture people remember from the whole evening. The harbour was dredged by the council.", "The harbour was dredged")]
    [InlineData("Keep it short here, the lock-keepers' story is the important part of the talk. The lock-keepers lived beside the canal.", "The lock-keepers lived")]
    public void A_direction_to_the_speaker_is_not_a_cue(string paragraph, string cue)
    {
        var cues = PlainTextNotesReader.Cues(new ProseParagraph(paragraph, 1));
        Assert.StartsWith(cue, Assert.Single(cues), StringComparison.Ordinal);
    }

    [Fact]
    public void A_clause_after_in_case_goes_with_it_or_stays_whole()
    {
        // Never "We kept a spare pump on board the water came in": "in case" is one subordinator with its clause.
        var cue = Condenser.Cue("We kept a spare pump on board the whole winter in case the water came in faster than the crew could bail it out by hand.");
        Assert.DoesNotContain("board the water", cue, StringComparison.Ordinal);
        Assert.True(cue.Contains("in case the water", StringComparison.Ordinal) || !cue.Contains("the water", StringComparison.Ordinal), cue);
    }

    [Fact]
    public void A_short_paragraph_gets_one_cue_for_every_two_sentences()
    {
        var cues = PlainTextNotesReader.Cues(new ProseParagraph("The dairy paid its milkers 12 shillings a week. The cheese room paid its girls 7 shillings a week.", 1));
        Assert.Single(cues);
    }

    [Theory]
    [InlineData("Put all of that together and the picture is clear: a night on the boats cost the crew more than it paid them.", "A night", "cost the crew more than it paid them")]
    [InlineData("My claim is that the guild was stronger than the council.", "The guild", "was stronger than the council")]
    // A subject judged before a colon ("was the surprise:") keeps its name before what the judgement was.
    [InlineData("The ferry was the real problem: each crossing cost a family 40 dollars in fares.", "The ferry: each crossing", "cost a family 40 dollars in fares")]
    [InlineData("Heating the hall was the surprise: in January the meter read 900 euros for one month.", "Heating the hall: in January", "900 euros for one month")]
    public void A_stated_point_after_its_lead_in_is_the_cue(string sentence, string opens, string says)
    {
        var cue = Condenser.Cue(sentence);
        Assert.StartsWith(opens, cue, StringComparison.Ordinal);
        Assert.EndsWith(says, cue, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stated_point_outranks_the_sentences_around_it()
    {
        var cues = PlainTextNotesReader.Cues(new ProseParagraph(string.Join(" ",
            "The crews sailed at dusk.", "They came back at dawn with whatever the nets held.",
            "Put all of that together and the picture is clear: a night on the boats cost the crew more than it paid them."), 1));
        Assert.Equal([Condenser.Cue("A night on the boats cost the crew more than it paid them.")], cues);
    }

    [Theory]
    // A subordinate clause whose main clause was cut away.
    [InlineData("When a shepherd in the hills or the dales can earn the equivalent of 40 shillings a week, nine shillings a day is not a reason to stay.", "When a shepherd")]
    [InlineData("When a shepherd in the hills or the dales can earn the equivalent of 1,400 shillings a year, nine shillings a day is not a reason to stay.", "When a shepherd")]
    public void A_cue_is_never_a_clause_without_its_main_clause(string sentence, string fragment)
    {
        var cues = PlainTextNotesReader.Cues(new ProseParagraph("The valley had two economies. " + sentence, 1));
        Assert.DoesNotContain(cues, c => c.StartsWith(fragment, StringComparison.Ordinal) && !c.Contains(',', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Rents in the old town were controlled and low: 6 or 7 shillings a week for two rooms and a scullery.", "6 or 7 shillings a week")]
    public void A_cut_keeps_the_amount_its_sentence_gives(string sentence, string amount) =>
        Assert.Contains(amount, Condenser.Cue(sentence), StringComparison.Ordinal);

    [Fact]
    public void A_comparison_is_never_cut_before_its_than()
    {
        var cue = Condenser.Cue("The poverty of the weavers was produced less by their low wages than by the simple fact that they were paid in copper while the merchants counted in silver.");
        Assert.False(cue.EndsWith("low wages", StringComparison.Ordinal), cue);
    }

    [Fact]
    public void A_line_under_the_title_that_names_the_occasion_is_the_subtitle()
    {
        var doc = PlainTextNotesReader.Read("talk.txt", "Salt and Silver\nSeminar paper, economic history workshop (draft notes)\n\nThe salt works paid their boilers by the pan. A boiler earned 2 florins a month.\n", new DiagnosticBag());
        Assert.Equal("Seminar paper, economic history workshop (draft notes)", doc.Settings.Subtitle);
        Assert.DoesNotContain(doc.Blocks.OfType<HeadingBlock>(), h => h.Text.Contains("workshop", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("So, good evening everyone, and thank you for having me back.")]
    [InlineData("Keep your hand up if it was more than twice.")]
    [InlineData("Okay, that's basically everyone.")]
    public void Words_to_the_room_are_about_the_talk(string sentence) =>
        Assert.True(Phrases.IsAboutTheTalk(sentence));

    [Fact]
    public void Numbered_questions_on_consecutive_lines_are_each_a_cue()
    {
        var doc = PlainTextNotesReader.Read("talk.txt", string.Join("\n", "Salt and Silver", "", "The salt works paid by the pan. A boiler earned 2 florins a month.", "",
            "Questions for discussion", "",
            "1. Did the pan rate reward the owners more than the boilers?",
            "2. Was the rise in the salt tax a policy of the town council dominated by the merchants, or a result of the war with Pisa that happened to suit them?",
            "3. Would a daily wage have changed how the boilers worked?"), new DiagnosticBag());
        var bullets = doc.Blocks.OfType<ContentBlock>().SelectMany(b => ((Model.TextBlock)b.Block).Paragraphs).Select(p => p.Text).ToList();
        Assert.Contains("Did the pan rate reward the owners more than the boilers?", bullets);
        Assert.Contains("Would a daily wage have changed how the boilers worked?", bullets);
        // A long question asks its first alternative, whole, as a question.
        Assert.Contains("Was the rise in the salt tax a policy of the town council dominated by the merchants?", bullets);
    }

    [Fact]
    public void A_not_simply_is_never_cut_before_its_but()
    {
        var cue = Condenser.Cue("The salt boiler was poor not simply because his wage was low, although it was, but because the whole system of payment, fines and truck shops, moved value from his hands to the owner's.");
        Assert.False(cue.EndsWith("his wage was low", StringComparison.Ordinal), cue);
    }

    [Fact]
    public void A_cue_whose_only_verb_is_in_a_when_clause_is_no_cue()
    {
        var cues = PlainTextNotesReader.Cues(new ProseParagraph("The boilers struck twice. "
            + "Among the petitions of the summer of 1420, when the boilers briefly held the salt pans, were demands that touched on everything I have described.", 1));
        Assert.DoesNotContain(cues, c => c.StartsWith("Among the petitions", StringComparison.Ordinal) && !c.Contains("were demands", StringComparison.Ordinal));
    }

    [Fact]
    public void A_further_cue_never_leans_on_a_sentence_the_slide_does_not_show()
    {
        var cues = PlainTextNotesReader.Cues(new ProseParagraph(string.Join(" ",
            "The head boiler earned 30 shillings a week in 1890.", "The pans ran day and night.", "Most boilers came from the fishing villages.",
            "Over a summer of, say, twenty weeks, it adds up to roughly £30.", "The owners sold the salt inland.", "Their carts left every Monday."), 1));
        Assert.DoesNotContain(cues, c => c.Contains("it adds up", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_never_points_back_with_this_or_those()
    {
        string[] script = ["The chapter gives a concretisation of those theoretical insights.", "The concretisation of those theoretical insights came in the salt towns."];
        Assert.DoesNotContain(Headline.Candidates(script, Vocabulary.Of(script)), c => c.Contains("those", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_question_heading_asked_again_by_the_script_stays_the_heading()
    {
        var doc = PlainTextNotesReader.Read("talk.txt", string.Join("\n\n", "Salt and Silver", "Who owned the pans?",
            "The pans belonged to four families. A boiler earned 2 florins a month.", "Was it worth it?", "So, the real question. Was it worth it?",
            "In a good year the pans cleared 300 florins. In a wet year they cleared nothing at all."), new DiagnosticBag());
        var sections = doc.Blocks.OfType<HeadingBlock>().Where(h => h.Level == 1).Select(h => h.Text).ToList();
        Assert.Equal(["Who owned the pans?", "Was it worth it?"], sections);
    }

    [Fact]
    public void A_bracketed_note_under_the_title_is_for_the_speaker_and_sets_the_length()
    {
        var doc = PlainTextNotesReader.Read("talk.txt", "Salt and Silver\n(Lecture for second-year economics, week 7. Roughly 30 minutes, then seminar.)\n\nThe salt works paid by the pan. A boiler earned 2 florins a month.\n", new DiagnosticBag());
        Assert.Null(doc.Settings.Subtitle);
        Assert.Contains(doc.Blocks.OfType<SpeakerNoteBlock>(), n => n.Paragraphs[0].Text.StartsWith("(Lecture", StringComparison.Ordinal));
        Assert.Equal(30, doc.Settings.Duration);
    }

    [Fact]
    public void A_title_is_never_what_a_sentence_denies()
    {
        string[] script = ["The salt chapter does not contain any major legal innovations.", "It applies the rules of the fishing chapter to the pans."];
        Assert.DoesNotContain(Headline.Candidates(script, Vocabulary.Of(script)), c => c.Contains("innovations", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Numbered_questions_right_under_their_heading_are_still_questions()
    {
        var doc = PlainTextNotesReader.Read("talk.txt", string.Join("\n", "Salt and Silver", "", "The salt works paid by the pan. A boiler earned 2 florins a month.", "",
            "Questions for discussion",
            "1. Did the pan rate reward the owners more than the boilers?",
            "2. Would a daily wage have changed how the boilers worked?"), new DiagnosticBag());
        Assert.Contains(doc.Blocks.OfType<HeadingBlock>(), h => h.Text == "Questions for discussion");
        var bullets = doc.Blocks.OfType<ContentBlock>().SelectMany(b => ((Model.TextBlock)b.Block).Paragraphs).Select(p => p.Text).ToList();
        Assert.Contains("Did the pan rate reward the owners more than the boilers?", bullets);
        Assert.DoesNotContain(bullets, b => b.Contains("Questions for discussion", StringComparison.Ordinal));
    }

    [Fact]
    public void Questions_on_consecutive_lines_under_a_closer_are_counted_in_the_title()
    {
        var doc = PlainTextNotesReader.Read("talk.txt", string.Join("\n", "Salt and Silver", "", "1. The pans", "", "The salt works paid by the pan. A boiler earned 2 florins a month.", "",
            "Questions", "", "Was the pan rate a form of rent?", "Could the boilers have struck without the carters?"), new DiagnosticBag());
        var headings = doc.Blocks.OfType<HeadingBlock>().Select(h => h.Text).ToList();
        // (Here the section is one slide, under its own heading: CueAndTitle and ProseStructure tests count questions on
        // consecutive lines where a section has more.)
        Assert.Contains("Questions", headings);
        var questions = doc.Blocks.SkipWhile(b => b is not HeadingBlock { Text: "Questions" }).OfType<ContentBlock>().First();
        Assert.Equal(2, ((Model.TextBlock)questions.Block).Paragraphs.Count);
    }

    [Fact]
    public void A_talk_that_opens_with_the_speakers_own_story_is_introduced_not_named_by_a_detail_of_it()
    {
        var doc = PlainTextNotesReader.Read("talk.txt", string.Join("\n\n", "Salt and Silver",
            "I should begin by admitting that I came to this subject sideways. I was looking for the carters, and an archivist in Volterra told me I ought to read the boilers' petitions instead. I spent the better part of two winters with them.",
            "The pans", "The salt works paid by the pan. A boiler earned 2 florins a month."), new DiagnosticBag());
        var headings = doc.Blocks.OfType<HeadingBlock>().Select(h => h.Text).ToList();
        // The story gives no cue (every sentence is the speaker's own), so it is read over the title slide, before any heading;
        // it never names a slide of its own.
        Assert.Equal("The pans", headings[0]);
        Assert.DoesNotContain(headings, h => h.Contains("sideways", StringComparison.OrdinalIgnoreCase));
        var story = doc.Blocks.TakeWhile(b => b is not HeadingBlock).OfType<SpeakerNoteBlock>().SelectMany(n => n.Paragraphs).Select(p => p.Text).ToList();
        Assert.Contains(story, p => p.Contains("came to this subject sideways", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paragraph_with_nothing_to_show_is_said_over_the_slide_before_not_a_slide_named_by_its_detail()
    {
        var doc = PlainTextNotesReader.Read("talk.txt", string.Join("\n\n", "Pilots and Tides",
            "The harbour", "The harbour board paid its pilots 40 shillings a tide, and a pilot could take three tides in a good week. A boatman earned 18 shillings a week. The board's clerk was paid £150 a year.",
            "In 1911 the board cut the tide rate to 35 shillings. The pilots struck for nine days. The board gave way and the rate went back to 40 shillings. A strike fund of £300 kept the families fed.",
            "To put that in some kind of context: a plate of fried fish at the stall by the harbour gate cost 6 pence in 1911, and most of the pilots ate there once or twice a week, when they ate out at all, which was not often.",
            "The boats", "The pilot boats were built at the yard in Leith for about £900 each, and the board owned all of them."), new DiagnosticBag());
        var headings = doc.Blocks.OfType<HeadingBlock>().Select(h => h.Text).ToList();
        Assert.Equal(["The harbour", "The boats"], headings);
        // The link is read after the harbour's slide, before the next heading.
        var between = doc.Blocks.SkipWhile(b => b is not HeadingBlock { Text: "The harbour" }).Skip(1).TakeWhile(b => b is not HeadingBlock).OfType<SpeakerNoteBlock>()
            .SelectMany(n => n.Paragraphs).Select(p => p.Text).ToList();
        Assert.Contains(between, p => p.Contains("plate of fried fish", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Most of you in this room know better than I do what a Saturday shift is like.")]
    [InlineData("Three things follow, I think, and I will end on them.")]
    [InlineData("As many of you know, the rota changed in March.")]
    public void Words_to_the_room_or_about_ending_the_talk_are_not_cues(string sentence) =>
        Assert.True(Phrases.IsAboutTheTalk(sentence));

    [Fact]
    public void The_first_is_the_second_is_are_counted_points_said_without_their_counting()
    {
        var cues = PlainTextNotesReader.Cues(new ProseParagraph(
            "The union asked for three things. The first is that overtime is written down on the day it is worked. "
            + "The second is that it is paid with the month's wage. The third is that nobody is fined for a late bus.", 1));
        Assert.Contains("Overtime is written down on the day it is worked", cues);
        Assert.DoesNotContain(cues, c => c.StartsWith("The first", StringComparison.Ordinal) || c.StartsWith("The second", StringComparison.Ordinal));
    }

    [Fact]
    public void Short_counted_points_are_each_a_cue_and_a_first_that_is_no_point_keeps_its_subject()
    {
        var cues = PlainTextNotesReader.Cues(new ProseParagraph("The first is that wages fell. The second is that rents rose. The third is that nobody noticed.", 1));
        Assert.Equal(["Wages fell", "Rents rose", "Nobody noticed"], cues);
        Assert.StartsWith("The first was built in 1870", Condenser.Cue("The first was built in 1870 by the harbour board."), StringComparison.Ordinal);
    }

    [Fact]
    public void A_phrase_that_runs_into_an_amount_is_part_of_it()
    {
        Assert.Contains("from Rs. 700 to Rs. 1,350", Condenser.Cue("The move from Rs. 700 to Rs. 1,350 in under a decade is real, and it was won by the women themselves and their unions."), StringComparison.Ordinal);
    }
}
