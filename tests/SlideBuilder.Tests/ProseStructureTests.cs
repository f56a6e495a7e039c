using SlideBuilder.Tests.Support;

namespace SlideBuilder.Tests;

/// <summary>
/// How prose notes become a talk's structure (issue 9), on notes written for these tests: a subtitle
/// line, "First, … Second, …" steps before a closing "Questions for discussion", numbered questions,
/// and a long quotation that ends a paragraph after its lead-in. Read back from the built deck.
/// </summary>
public sealed class ProseStructureTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private const string Keepers = """
        Keepers of the Light: Chile's Southern Lighthouses

        A talk for the maritime museum's winter series

        Thank you for coming. I want to describe how the southern lighthouses were staffed between 1950 and 1980, using the service's own pay books and the memories of three families who kept the lights.

        First, how the keepers were recruited. Most keepers came from the navy, often after a first career as signalmen, and they were posted to a light for two years at a time with their families.

        Second, what the keepers were paid. In 1965 a head keeper earned about 2,400 pesos a month, and an assistant keeper about 1,500 pesos a month. The supply ship's crew earned less, but they went home every fortnight.

        Third, the supply ship. Everything came by sea: flour, kerosene, letters and the occasional schoolteacher. When the ship was late, the families rationed what they had.

        Finally, what the families remember. Elena Vargas, whose father kept the light at Punta Delgada for eleven years, told me: “We thought the whole world was the island and the ship. My mother taught us to read from the almanac, and my father taught us the names of every star he steered by. We were never hungry, but we were always waiting for something to arrive, and I think that waiting is what I remember most.”

        Questions for discussion

        1. If the keepers chose the life freely, should the service have paid them more for the isolation, or was the housing payment enough?

        2. What did the children lose, and what did they gain, by growing up on an island with one family for company?

        3. Who should keep the lights now that they are automatic?
        """;

    private PptxInspector BuildKeepers()
    {
        var (result, pptx) = _ws.Build(_ws.Write("keepers.txt", Keepers));
        Assert.True(result.Succeeded);
        return new PptxInspector(pptx);
    }

    [Fact]
    public void A_short_line_between_the_title_and_the_talk_is_its_subtitle_not_a_slide()
    {
        using var deck = BuildKeepers();
        Assert.Contains("A talk for the maritime museum's winter series", deck.SlideText(0), StringComparison.Ordinal);
        Assert.DoesNotContain("A talk for the maritime museum's winter series", deck.Titles.Skip(1));
    }

    [Fact]
    public void Ordinal_steps_are_sections_even_with_a_closing_questions_heading_and_their_signpost_is_not_repeated_as_a_cue()
    {
        using var deck = BuildKeepers();
        string[] sections = ["How the keepers were recruited", "What the keepers were paid", "The supply ship", "What the families remember", "Questions for discussion"];
        // Each step is a section: listed, numbered, in the agenda, and titling its slide (a step of one paragraph is one
        // slide under its own heading, with no section slide before it).
        var agenda = deck.Titles.ToList().IndexOf("Agenda");
        Assert.Equal(sections, deck.SlideText(agenda).Split('\n').Skip(1).Where(l => l.Any(char.IsLetter)).ToList());
        Assert.All(sections, s => Assert.Contains(s, deck.Titles));
        Assert.All(sections.Take(3), s => Assert.Equal("Title and Content", deck.LayoutName(deck.Titles.ToList().IndexOf(s))));
        foreach (var i in Enumerable.Range(0, deck.Slides.Count).Where(i => deck.LayoutName(i) == "Title and Content" && deck.Title(i) != "Agenda"))
        {
            var cues = deck.SlideText(i).Split('\n').Skip(1).ToList();
            Assert.DoesNotContain(cues, c => c.Equals("How the keepers were recruited", StringComparison.OrdinalIgnoreCase) || c.Equals("The supply ship", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Numbered_discussion_questions_are_asked_on_one_slide_without_their_numbers_as_cues()
    {
        using var deck = BuildKeepers();
        // The closing section of questions is one slide under its heading.
        var slide = deck.Titles.ToList().IndexOf("Questions for discussion");
        Assert.True(slide > 0, string.Join(" | ", deck.Titles));
        var cues = deck.SlideText(slide).Split('\n').Skip(1).Where(l => l.Length > 0 && !l.All(char.IsDigit)).ToList();
        Assert.Equal(3, cues.Count);
        Assert.All(cues, c => Assert.EndsWith("?", c, StringComparison.Ordinal));
        Assert.DoesNotContain(cues, c => c.StartsWith("1.", StringComparison.Ordinal) || c.StartsWith("If ", StringComparison.Ordinal));
        Assert.Contains("Who should keep the lights now that they are automatic?", cues);
    }

    [Fact]
    public void A_long_quotation_that_ends_a_paragraph_gets_its_own_slide_named_from_the_lead_in()
    {
        using var deck = BuildKeepers();
        var quote = Enumerable.Range(0, deck.Slides.Count).Single(i => deck.LayoutName(i) == "Quotation");
        Assert.Matches("^(Vargas on |In Vargas’ words$)", deck.Title(quote));
        Assert.Contains("— Elena Vargas", deck.SlideText(quote), StringComparison.Ordinal);
        // The lead-in opens the slide's notes and the quotation is there whole.
        var notes = deck.NotesText(quote);
        Assert.Contains("Elena Vargas, whose father kept the light at Punta Delgada for eleven years, told me:", notes, StringComparison.Ordinal);
        Assert.Contains("“We thought the whole world was the island and the ship.", notes, StringComparison.Ordinal);
        Assert.Contains("I think that waiting is what I remember most.”", notes, StringComparison.Ordinal);
        // The telling sentence, not the first one, is the excerpt.
        Assert.Contains("We were never hungry, but we were always waiting", deck.SlideText(quote), StringComparison.Ordinal);
    }

    [Fact]
    public void A_slide_about_what_someone_earned_says_so_and_every_word_of_the_notes_is_kept()
    {
        using var deck = BuildKeepers();
        // (The one slide of "What the keepers were paid" has the speaker's heading; "what a head keeper earned" titles such a
        // slide where the heading does not: CueAndTitleTests.)
        Assert.Contains("What the keepers were paid", deck.Titles);
        var all = string.Join(' ', Enumerable.Range(0, deck.Slides.Count).Select(i => deck.SlideText(i) + " " + deck.NotesText(i)));
        foreach (var word in Keepers.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', ':', '?', '“', '”')))
        {
            Assert.Contains(word, all, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Notes_that_open_straight_into_the_script_are_titled_by_what_the_talk_is_about()
    {
        var notes = _ws.Write("session_3.txt", "Good afternoon. Thanks for staying after lunch; I know the coffee ran out. Today I want to talk about how the canal boatmen of Leeds were paid, with the ledgers to prove it.\n\n"
            + "The boatmen were paid by the trip. A trip to Goole paid 18 shillings in 1890.\n");
        var (_, pptx) = _ws.Build(notes);
        using var deck = new PptxInspector(pptx);
        Assert.Equal("How the canal boatmen of Leeds were paid", deck.Titles[0]);
        Assert.Contains("Good afternoon.", string.Join("\n", Enumerable.Range(0, deck.Slides.Count).Select(deck.NotesText))); // the opening is kept, as script
    }

    [Fact]
    public void A_title_the_opening_gives_names_the_talk_and_a_note_to_self_stays_with_the_speaker()
    {
        // No title line: the speaker names the talk in the opening note to themselves, which is for them, not the room.
        var notes = _ws.Write("ferry_notes.txt",
            "Notes for my talk to the island council on Tuesday, which I am calling Who Pays for the Ferry. About ten minutes. Bring the timetable from 1998 in case somebody asks about the old crossings.\n\n"
            + "The ferry runs six times a day. A return ticket costs 14 euros, and the crew of four earn about 2,300 euros a month each.\n\n"
            + "The council pays 310,000 euros a year to keep it running. That is more than the school's heating and lighting together.\n");
        var (result, pptx) = _ws.Build(notes);
        using var deck = new PptxInspector(pptx);
        Assert.Equal("Who Pays for the Ferry", deck.Titles[0]);
        var onSlides = string.Join("\n", Enumerable.Range(0, deck.Slides.Count).Select(deck.SlideText));
        Assert.DoesNotContain("timetable", onSlides, StringComparison.Ordinal);
        Assert.DoesNotContain("Notes for my talk", onSlides, StringComparison.Ordinal);
        Assert.Contains("Bring the timetable from 1998 in case somebody asks", string.Join("\n", Enumerable.Range(0, deck.Slides.Count).Select(deck.NotesText)), StringComparison.Ordinal);
        Assert.True(result.Succeeded);
        // "About ten minutes" in the note plans the talk's length.
        Assert.Equal(10, SlideBuilder.Notes.Prose.PlainTextNotesReader.Read(notes, File.ReadAllText(notes), new SlideBuilder.Diagnostics.DiagnosticBag()).Settings.Duration);
    }

    [Fact]
    public void First_second_and_finally_are_three_steps()
    {
        var notes = _ws.Write("harbour.txt", "The Harbour Dues\n\n"
            + "Thank you all for coming out in this weather.\n\n"
            + "First, who pays the dues. Every boat over eight metres pays 90 pounds a quarter, and the visiting yachts pay by the night.\n\n"
            + "Second, where the money goes. Most of it goes on dredging, which cost 41,000 pounds last year.\n\n"
            + "Finally, what we propose. We want a lower rate for working boats and a higher one for visitors.\n");
        var (_, pptx) = _ws.Build(notes);
        using var deck = new PptxInspector(pptx);
        var agenda = deck.Titles.ToList().IndexOf("Agenda");
        var sections = deck.SlideText(agenda).Split('\n').Skip(1).Where(l => l.Any(char.IsLetter)).ToList();
        Assert.Equal(3, sections.Count);
        Assert.Equal("What we propose", sections[2]);
        Assert.Contains("What we propose", deck.Titles);
    }

    [Fact]
    public void Notes_with_neither_a_title_line_nor_a_stated_topic_are_titled_by_their_file_name()
    {
        var notes = _ws.Write("canal-boatmen_pay.txt", "The boatmen were paid by the trip, and a trip to Goole paid 18 shillings in 1890. The lock-keepers were paid by the week.\n\nA second paragraph about the lock-keepers' cottages.\n");
        var (_, pptx) = _ws.Build(notes);
        using var deck = new PptxInspector(pptx);
        Assert.Equal("Canal boatmen pay", deck.Titles[0]);
    }

    [Fact]
    public void A_title_line_with_a_question_in_it_is_still_the_title()
    {
        var (_, pptx) = _ws.Build(_ws.Write("who.txt", "Who Paid? Wages on the Quays, 1950–1960\n\nThe boatmen were paid by the trip.\n"));
        using var deck = new PptxInspector(pptx);
        Assert.Equal("Who Paid? Wages on the Quays, 1950–1960", deck.Titles[0]);
    }

    [Fact]
    public void A_slide_is_not_titled_with_the_line_its_bullet_quotes()
    {
        var notes = _ws.Write("ferries.txt", "Ferry Pay\n\nLet me hand over to someone who said it better. \"We load the last barge at midnight, and we unload the first at five. Four pounds is not a wage. It is a tip.\" — that was Tom Okafor, who chaired the lightermen's branch. Nobody in the room disagreed.\n");
        var (_, pptx) = _ws.Build(notes);
        using var deck = new PptxInspector(pptx);
        var slide = Enumerable.Range(0, deck.Slides.Count).Single(i => deck.SlideText(i).Contains("Tom Okafor: “", StringComparison.Ordinal));
        var quoted = deck.SlideText(slide).Split('\n').Single(l => l.Contains("Tom Okafor", StringComparison.Ordinal));
        Assert.DoesNotContain(deck.Titles[slide]!.TrimEnd('.'), quoted, StringComparison.OrdinalIgnoreCase);
    }
}
