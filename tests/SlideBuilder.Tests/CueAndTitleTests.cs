using SlideBuilder.Language;
using SlideBuilder.Notes.Prose;

namespace SlideBuilder.Tests;

/// <summary>Slides are cues and titles name the point (issue 9); the expectations are written by hand.</summary>
public sealed class CueAndTitleTests
{
    [Theory]
    [InlineData("First of all, it should be said that the wages rose sharply in 1935.", "The wages rose sharply in 1935")]
    [InlineData("The mill (which closed in 1954) employed nine hundred people.", "The mill employed nine hundred people")]
    [InlineData("As previously explained, the catch was sold at auction.", "The catch was sold at auction")]
    [InlineData("When the new ferry timetable came in, the night crossings were cut to two a week.", "The night crossings were cut to two a week")]
    [InlineData("The harbour master, who had served on the tugs for twenty years, refused to sign the order.", "The harbour master refused to sign the order")]
    [InlineData("Ana Ruiz, who earned 900 pesos a month as the ferry's cook, kept the only ledger that survives from those years.", "Ana Ruiz earned 900 pesos a month as the ferry's cook")]
    [InlineData("The collective fishermen earned 1,919 roubles in 1935, which was far less than the richest farms earned that year.", "The collective fishermen earned 1,919 roubles in 1935")]
    [InlineData("All the material in this chapter flows from a different premise – the contradiction between socialised property and a backward country.", "All the material in this chapter flows from a different premise")]
    public void A_cue_is_the_point_of_a_sentence_without_openers_asides_or_trailing_clauses(string sentence, string cue)
    {
        Assert.Equal(cue, Condenser.Cue(sentence));
    }

    [Fact]
    public void Each_counted_point_of_a_paragraph_is_a_cue_of_its_own()
    {
        var cues = PlainTextNotesReader.Cues(new ProseParagraph(
            "First, the night shift was always cheap labour, but who does it has changed. Second, the owners carry risks that the chains do not. "
            + "Third, the students from abroad are now the ones who keep the lights on, and they have the least say of anyone.", 1));
        Assert.Equal(3, cues.Count);
        Assert.Contains(cues, c => c.Contains("owners carry risks", StringComparison.Ordinal));
        Assert.Contains(cues, c => c.Contains("students", StringComparison.Ordinal) && c.EndsWith("keep the lights on", StringComparison.Ordinal));
        Assert.DoesNotContain(cues, c => c.StartsWith("First", StringComparison.Ordinal) || c.StartsWith("Second", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Third, the students from abroad are now the ones who keep the lights on, and they have the least say of anyone.", "keep the lights on")]
    [InlineData("In the end the night manager simply switched the machines off, and nobody at head office noticed for a week.", "switched the machines off")]
    public void A_verb_keeps_its_particle(string sentence, string ending)
    {
        Assert.EndsWith(ending, Condenser.Cue(sentence), StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_loses_its_aside_but_never_its_verb()
    {
        Assert.Equal("Why did the women's pay feel to them less secure than the men's shares?",
            Condenser.Cue("And why did the women's pay, which was a wage, feel to them less secure than the men's shares?"));
    }

    [Fact]
    public void A_story_told_first_to_finally_keeps_its_figures()
    {
        var cues = PlainTextNotesReader.Cues(new ProseParagraph(
            "First the pumps failed. The water rose forty metres in an hour and 41 men were below. Finally, after three days, the rescuers broke through.", 1));
        Assert.Contains(cues, c => c.Contains("41 men", StringComparison.Ordinal) || c.Contains("forty metres", StringComparison.Ordinal));
    }

    [Fact]
    public void Questions_for_discussion_are_all_asked()
    {
        var cues = PlainTextNotesReader.Cues(new ProseParagraph(
            "Should a franchise contract be allowed to require twenty-four hour opening? Who should pay when a store cannot find night staff?", 1));
        Assert.Equal(2, cues.Count);
        Assert.All(cues, c => Assert.EndsWith("?", c, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("One owner in Higashiosaka told me she took home ¥3.6 million a year after working more than eighty hours a week, which works out at less than her staff made.", "working", "eighty hours")]
    [InlineData("The cooks in the hotel kitchen were paid $9 an hour for cleaning the ovens at night as well.", "cleaning", "ovens")]
    public void A_phrase_on_a_gerund_goes_with_its_object_or_not_at_all(string sentence, string gerund, string itsObject)
    {
        var cue = Condenser.Cue(sentence);
        Assert.NotEmpty(cue);
        Assert.Equal(cue.Contains(gerund, StringComparison.Ordinal), cue.Contains(itsObject, StringComparison.Ordinal));
    }

    [Theory]
    // What someone found or said is the point; a named source stays as its label.
    [InlineData("Dr Okafor pointed out that in the dry months, the price of water from the tanker trucks, far from falling, was likely to double, as the boreholes failed one by one.",
        "Dr Okafor: the price of water was likely to double")]
    [InlineData("It is worth noting at the outset that the harbour board kept no wage records before 1921, so the earliest figures come from the union.",
        "The harbour board kept no wage records before 1921")]
    // A modifier of the subject goes, an amount and its year stay; "two or three hectares of olives" goes whole.
    [InlineData("In 1958 a tram conductor on the coastal line earned a basic wage of about 310 lire a day, before the tips.",
        "In 1958 a tram conductor earned a basic wage of about 310 lire a day")]
    [InlineData("A grower with two or three hectares of olives lived on about 90,000 lire a year in a normal season, counting the oil sold at the mill.",
        "A grower lived on about 90,000 lire a year")]
    // An inverted main clause is not a leading phrase to drop.
    [InlineData("On top of the wage came a clothing allowance, which was paid each spring in cash at the depot.",
        "On top of the wage came a clothing allowance")]
    // A dated point keeps its date and loses the clause after it.
    [InlineData("By 1972, after the depot had been rebuilt with the council's money, conductors who had ten years' service earned 95 lire an hour, and drivers more.",
        "By 1972, conductors who had ten years' service earned 95 lire an hour")]
    // A list is kept whole, never cut after its first item; whom something was sold to is kept.
    [InlineData("The crew was made up of the skipper, two deckhands, a cook and a boy, with a net mender hired by the season.",
        "The crew was made up of the skipper, two deckhands, a cook and a boy")]
    [InlineData("Before 1960, nearly every grower in the valley sold his olives to one of two mills that set the price each November.",
        "Before 1960, nearly every grower sold his olives to one of two mills")]
    [InlineData("If the mills were lending money that the growers needed, were they exploiting the growers, or being paid fairly for a real service?",
        "Were they exploiting the growers, or being paid fairly for a real service?")]
    // Shortening never rewires a sentence: a phrase is not dropped when what follows hung on it.
    [InlineData("The Harbour Relief Fund was opened in 1958 with a charity regatta, a raffle and a collection at every Mass.",
        "The Harbour Relief Fund was opened in 1958")]
    [InlineData("Before the container berths, a docker did not have a job in the sense that any of us would recognise today.",
        "Before the container berths, a docker did not have a job")]
    // A noun set beside the subject goes; a multiple keeps what it multiplies.
    [InlineData("A rented bed in the dockside lodging house, the kind a new deckhand would take, cost about 40 escudos a week in 1951.",
        "A rented bed in the dockside lodging house cost about 40 escudos a week in 1951")]
    public void A_long_sentence_condenses_to_its_point_as_a_speaker_would_say_it_on_a_slide(string sentence, string cue)
    {
        Assert.Equal(cue, Condenser.Cue(sentence));
    }

    [Fact]
    public void A_paragraph_is_cued_by_the_sentence_that_says_its_point_not_the_one_that_points_at_it()
    {
        var cues = PlainTextNotesReader.Cues(new ProseParagraph("Compare those two numbers. A stoker earned £3 a week while the manager took home £40.", 1));
        Assert.Equal("A stoker earned £3 a week while the manager took home £40", cues[0]);
        Assert.True(Phrases.IsTeaser("Here is something that made the stokers angry:"));
        Assert.True(Phrases.IsTeaser("That, I think, is the real lesson of the strike."));
        Assert.False(Phrases.IsTeaser("That strike cost the company a season."));
    }

    [Theory]
    [InlineData("Porters who joined the union early made 2.5 times as many shifts as those who held out until the strike was over.", "times$")]
    [InlineData("It had a little over two hundred families, one creamery that closed in most winters, and a handful of shops that came and went.", "(creamery|winters|closed)$")]
    [InlineData("The board held grazing rights over a wide stretch of moor and bog between the river and the hills.", "(rights between|of moor$)")]
    public void A_list_is_never_cut_after_one_of_its_items_nor_a_phrase_left_to_hang_on_another(string sentence, string wrong)
    {
        // A cue cut where no clean end exists is marked with an ellipsis (and never put on a slide); a clean one is never rewired.
        var cue = Condenser.Cue(sentence);
        Assert.True(cue.EndsWith('…') || !System.Text.RegularExpressions.Regex.IsMatch(cue, wrong), cue);
        Assert.DoesNotMatch(@"rights between", cue);
    }

    [Theory]
    [InlineData("I know it's cold outside, so I will keep you warm with a story from the south.")]
    [InlineData("What I would like you to take away from this part is simpler than it sounds.")]
    [InlineData("Three recommendations, and then I will take questions.")]
    public void The_speaker_talking_to_the_room_is_script_never_a_cue(string sentence)
    {
        Assert.True(Phrases.IsAboutTheTalk(sentence));
        Assert.Empty(PlainTextNotesReader.Cues(new ProseParagraph(sentence, 1)));
    }

    [Fact]
    public void A_long_question_cut_at_a_clause_end_is_still_asked()
    {
        var cue = Condenser.Cue("Who should pay for the hours the drivers spend waiting at the depot between shifts, and should those hours count as work for the pension?");
        Assert.StartsWith("Who should pay for the hours the drivers spend", cue, StringComparison.Ordinal);
        Assert.EndsWith("?", cue, StringComparison.Ordinal);
        Assert.DoesNotContain("pension", cue, StringComparison.Ordinal);
        Assert.InRange(cue.Split(' ').Length, 8, Phrases.CueWords + 2);
    }

    [Theory]
    [InlineData("A porter who was hired for the evening could expect to earn between €40 and €55 a night, depending on the size of the crowd and the weather.")]
    [InlineData("Nurses on the ward regularly worked long unpaid extra hours at the end of every single shift they had that winter.")]
    [InlineData("The inspectors argued that in a dry year with poor prices and heavy debts the smaller growers should be given more time to repay their loans.")]
    [InlineData("It was a bitter, long and costly strike that divided the whole valley and most of its chapels for a generation afterwards.")]
    [InlineData("Die Fischer verdienten im Winter kaum genug, um ihre Familien zu ernähren, und viele gingen deshalb in die Fabriken der Stadt.")]
    [InlineData("Los estibadores, que cobraban por jornada y nunca sabían si los llamarían, vivían casi todos en el barrio del puerto.")]
    public void A_cue_never_ends_inside_a_phrase_an_amount_or_on_a_comma_in_any_language(string sentence)
    {
        var cue = Condenser.Cue(sentence);
        var words = cue.TrimEnd('…').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.InRange(words.Length, 3, Condenser.LongestUncut);
        Assert.False(Phrases.EndsOnFunctionWord(cue.TrimEnd('…')), cue);
        Assert.False(cue.TrimEnd('…').EndsWith(',') || cue.EndsWith(';') || cue.EndsWith(" a", StringComparison.Ordinal), cue);
        Assert.False(cue.Contains("€40", StringComparison.Ordinal) && !cue.Contains("€55", StringComparison.Ordinal), cue);
        Assert.False(cue.Contains(" that ", StringComparison.Ordinal) && cue.EndsWith("year", StringComparison.Ordinal), cue);
        Assert.DoesNotMatch(@"\b(a|the) bitter$", cue);
    }

    [Fact]
    public void A_lead_in_that_only_promises_is_left_to_the_script()
    {
        var cues = PlainTextNotesReader.Cues(new ProseParagraph("Here is the part that made people angry. The trust was paying the agency £38 an hour for the same shift.", 1));
        Assert.Equal("The trust was paying the agency £38 an hour", cues[0]); // "for the same shift" is a modifier the cue can drop
        Assert.True(Phrases.IsAboutTheTalk("A word on where this comes from."));
    }

    [Fact]
    public void A_paragraph_that_ends_with_a_question_is_cued_by_its_question()
    {
        var cues = PlainTextNotesReader.Cues(new ProseParagraph("The strike fund never held more than R3,800, counted coin by coin. Was that the union's failure, or the company's victory?", 1));
        // In the paragraph's order: the figure it asks about (twelve words, so whole), then the question.
        Assert.Equal(["The strike fund never held more than R3,800, counted coin by coin", "Was that the union's failure, or the company's victory?"], cues);
    }

    [Fact]
    public void Two_bullets_are_two_sentences_to_the_figure_finder()
    {
        // "…how it used to work" + "Parents paid €2.40 a meal" once ran together: "work" made the parents' payment a wage.
        var text = new Model.TextBlock([Model.Paragraph.Plain("It helps to remember how it used to work"), Model.Paragraph.Plain("Parents paid €2.40 a meal"),
            Model.Paragraph.Plain("A cook earns €1,850 a month"), Model.Paragraph.Plain("A head cook earns €2,300 a month"), Model.Paragraph.Plain("The manager earns €46,000 a year")],
            new Diagnostics.SourceLocation("x.md", 1));
        var doc = new Notes.NotesDocument("x.md", new Notes.TalkSettings(), [new Notes.ContentBlock(text)]);
        var spec = ((Model.FigureBlock)Planning.FigureFinder.AddFigures(doc).Blocks.OfType<Notes.ContentBlock>().Select(b => b.Block).OfType<Model.FigureBlock>().Single()).Spec!;
        Assert.Equal([22200, 27600, 46000], spec.Items.Select(i => i.High));
    }

    [Fact]
    public void A_question_is_asked_whole()
    {
        Assert.Equal("Should a fundraising appeal ever be used to pay for what is really a staffing gap?",
            Condenser.Cue("Should a fundraising appeal ever be used to pay for what is really a staffing gap?"));
    }

    private static string? Title(params string[] sentences) =>
        Headline.Candidates(sentences, Vocabulary.Of(sentences)).Select(Phrases.Capitalise).FirstOrDefault();

    [Theory]
    [InlineData(new[] { "The payroll books survive in the county archive of the old mill town, with every weaver's name.", "They list every weaver." }, "Payroll books")]
    [InlineData(new[] { "The wages of unskilled workers were far below what a family needed to live on.", "Nobody denied it." }, "Wages of unskilled workers")]
    [InlineData(new[] { "Not everything was bleak.", "The appeal raised money for the staff room." }, "Not everything was bleak")]
    [InlineData(new[] { "Let me start with the nurses.", "The healthcare assistants came out worst." }, "The healthcare assistants came out worst")]
    [InlineData(new[] { "On most boats each share was counted twice.", "Every crew knew how the share system worked.", "In bad years the share system failed them." }, "Share system")]
    public void A_title_is_a_short_point_or_the_noun_phrase_the_slide_is_about(string[] sentences, string title)
    {
        Assert.Equal(title, Title(sentences));
    }

    [Fact]
    public void A_title_is_never_the_first_words_of_a_sentence_nor_ends_on_a_function_word()
    {
        string[] script =
        [
            "The canteen budget was cut twice in three years, and the cooks were the first to feel it.",
            "By the last cut the canteen budget paid for one cook where there had been three.",
            "Parents noticed the queues before they noticed the menus.",
        ];
        var vocabulary = Vocabulary.Of(script);
        var candidates = Headline.Candidates(script, vocabulary);
        Assert.NotEmpty(candidates);
        Assert.Contains("budget", candidates[0], StringComparison.Ordinal);
        Assert.All(candidates, c =>
        {
            Assert.False(vocabulary.StartsASentence(c), c);
            Assert.False(Phrases.EndsOnFunctionWord(c), c);
            Assert.InRange(c.Split(' ').Length, 1, Phrases.TitleWords);
        });
    }

    [Fact]
    public void What_the_opening_sentence_is_about_outranks_a_detail_it_lists()
    {
        string[] script =
        [
            "Porto Ferro sits at the end of a valley that, until the fifties, saw mostly goats, a weekly bus and the odd travelling salesman.",
            "The harbour had six boats in 1950 and twenty by 1960.",
        ];
        var title = Headline.Candidates(script, Vocabulary.Of([.. script, "Porto Ferro again.", "More on the boats of Porto Ferro."]))[0];
        Assert.DoesNotContain("salesman", title, StringComparison.Ordinal);
        Assert.DoesNotContain("goats", title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slide_that_opens_on_what_someone_earned_is_titled_so()
    {
        string[] script = ["In 1958 a tram conductor on the coastal line earned about 310 lire a day.", "Drivers earned a little more."];
        Assert.Equal("what a tram conductor earned", Headline.Candidates(script, Vocabulary.Of(script))[0]);
        // The opening sentence's earner, past "with ten years of service", not the next sentence's.
        string[] serving = ["A pilot with ten years of service earned about 650 lira a month in 1955.", "An engineer earned 520 lira a month."];
        Assert.Equal("what a pilot earned", Headline.Candidates(serving, Vocabulary.Of(serving))[0]);
        string[] named = ["Rosa Iglesias, the ward's only night porter, earned £19 a week in 1962.", "She worked every Sunday."];
        Assert.Equal("What Rosa Iglesias earned", Phrases.Capitalise(Headline.Candidates(named, Vocabulary.Of(named))[0]));
    }

    [Fact]
    public void A_short_statement_of_the_point_later_in_the_paragraph_can_title_the_slide()
    {
        string[] script =
        [
            "The new cranes arrived on the wharf in the spring of 1968, two years after the first container ship had called.",
            "Far fewer men were needed.",
            "Gangs of sixty became gangs of twelve within a decade.",
        ];
        Assert.Equal("Far fewer men were needed", Headline.Candidates(script, Vocabulary.Of(script))[0]);
        // A short sentence that leans on the one before ("It was work.") or points at something is no title.
        string[] leaning = ["The crews cut timber all winter in the northern forests, far from the villages.", "It was work.", "Compare those numbers."];
        Assert.DoesNotContain(Headline.Candidates(leaning, Vocabulary.Of(leaning)).Take(1), c => c is "It was work" or "Compare those numbers");
    }

    [Fact]
    public void A_quotation_is_named_after_what_its_excerpt_speaks_of_never_a_detail_of_the_rest()
    {
        string[] quote = ["Every morning the foreman said good morning to the boiler men and to nobody else.", "We were the ones the hospital never saw, and the laundry ran on us."];
        var titles = Headline.ForQuotation(quote, "Mrs Hana Kuroda", Vocabulary.Of(quote), "We were the ones the hospital never saw, and the laundry ran on us.");
        Assert.DoesNotContain(titles.Take(2), t => t.Contains("good morning", StringComparison.Ordinal) || t.Contains("boiler", StringComparison.Ordinal));
        Assert.Matches("^(Kuroda on the (hospital|laundry)|In Kuroda’s words)$", titles[0]);
    }

    [Fact]
    public void A_quotation_slide_is_named_by_who_said_it_and_what_about()
    {
        string[] quote = ["The night boat was the worst of it.", "On the night boat nobody slept and the night boat never ran on time."];
        var titles = Headline.ForQuotation(quote, "Rosa Quintana", Vocabulary.Of(quote));
        Assert.Equal("Quintana on the night boat", titles[0]);
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

    [Theory]
    [InlineData("Chapter 1 – The pick-up", "Chapter 1", "The pick-up")]
    [InlineData("2) The strike", "2", "The strike")]
    [InlineData("Part one: The people on the ward", "Part one", "The people on the ward")]
    [InlineData("IV. Ashore", "IV", "Ashore")]
    [InlineData("B. The work itself", "B", "The work itself")]
    [InlineData("Chapter 6", null, "Chapter 6")]
    [InlineData("1984 and after", null, "1984 and after")]
    [InlineData("The mill", null, "The mill")]
    public void A_heading_number_is_a_label_apart_from_the_heading_words(string heading, string? label, string title)
    {
        Assert.Equal((label, title), Headings.Split(heading));
    }

    [Fact]
    public void The_cue_is_the_sentence_that_carries_the_point_not_the_foil_before_it()
    {
        // A set-up the speaker knocks down, then the point: the slide shows the point.
        var cues = PlainTextNotesReader.Cues(new ProseParagraph("You might think a lighthouse needs a keeper. It has had none since 1987. What it needs now is a steady electricity supply and a boat that can reach it in winter.", 1));
        Assert.DoesNotContain(cues, c => c.StartsWith("You might think", StringComparison.Ordinal));
        Assert.Contains(cues, c => c.StartsWith("What it needs now is", StringComparison.Ordinal));
    }

    [Fact]
    public void A_denial_gives_way_to_the_sentence_that_corrects_it()
    {
        var cues = PlainTextNotesReader.Cues(new ProseParagraph("The bonus was not a reward for speed. It was a way of keeping drivers on the late routes.", 1));
        Assert.Equal(["It was a way of keeping drivers on the late routes"], cues);
    }

    [Fact]
    public void A_paragraph_that_sets_a_scene_is_cued_by_its_figure()
    {
        // The first sentence paints the harbour; the wage is what the audience keeps.
        var cues = PlainTextNotesReader.Cues(new ProseParagraph("Every morning the ferries left the quay before six. A deckhand earned 310 lira a month in 1975. The captains earned three times as much.", 1));
        Assert.Contains("A deckhand earned 310 lira a month in 1975", cues);
    }

    [Fact]
    public void The_first_figure_of_a_paragraph_leads_its_later_ones()
    {
        var cues = PlainTextNotesReader.Cues(new ProseParagraph("The museum was built on one gift. In 1931 a shipowner gave $250,000 for the building and its first collection. The roof, by comparison, came in under its estimate of $18,000, which the trustees mentioned often.", 1));
        Assert.Contains(cues, c => c.Contains("$250,000", StringComparison.Ordinal));
        Assert.DoesNotContain(cues, c => c.Contains("$18,000", StringComparison.Ordinal));
    }

    [Fact]
    public void Remarks_to_the_room_and_a_bare_year_do_not_make_a_cue()
    {
        var cues = PlainTextNotesReader.Cues(new ProseParagraph("Keep that in mind for the next part. The weavers of Tilburg sold their cloth to two merchants in 1890.", 1));
        Assert.Equal(["The weavers of Tilburg sold their cloth to two merchants in 1890"], cues);
        Assert.False(Salience.CarriesFigures("The mill opened in 1890."));
        Assert.False(Salience.CarriesFigures("It had a 36-inch mirror."));
        Assert.True(Salience.CarriesFigures("Rent was 40 guilders in 1950."));
    }

    [Theory]
    [InlineData("The porters, who loaded the carts, swept the yard and locked the gates at night, were paid by the day, at 3 florins a day.", "The porters were paid by the day, at 3 florins a day")]
    [InlineData("In 1931 a junior copyist, what the office called a second clerk, was paid £2 a week.", "In 1931 a junior copyist was paid £2 a week")]
    [InlineData("By 1934, after three rounds of talks with the printers' union, that had risen to £3 a week.", "By 1934, that had risen to £3 a week")]
    public void Asides_inside_a_sentence_go_and_its_amount_stays(string sentence, string cue) =>
        Assert.Equal(cue, Condenser.Cue(sentence));

    [Fact]
    public void A_closing_german_quotation_mark_ends_a_sentence()
    {
        var sentences = Sentences.Split("Ein Sprecher sagte: „Das Orchester kostet Geld.“ It was meant as a rebuke.");
        Assert.Equal(2, sentences.Count);
    }

    [Fact]
    public void A_short_quotation_in_a_sentence_is_its_cue_whole_and_attributed()
    {
        var cues = PlainTextNotesReader.Cues(new ProseParagraph("The lock-keepers were paid by the season. His sister, a ferry cook called Anna Reyes, put it more simply when we met: “The river paid us in summer and forgot us in winter.” Nobody argued.", 1));
        Assert.Contains("Anna Reyes: “The river paid us in summer and forgot us in winter.”", cues);
    }

    [Fact]
    public void A_quotation_of_several_sentences_is_never_cut_into_a_cue_and_stands_as_its_telling_sentence()
    {
        var cues = PlainTextNotesReader.Cues(new ProseParagraph("Let me hand over to someone who said it better. \"We load the last barge at midnight, and we unload the first at five. Four pounds a shift is not a wage. It is a tip.\" — that was Tom Okafor, who chaired the lightermen's branch. Nobody in the room disagreed.", 1));
        Assert.DoesNotContain(cues, c => c.StartsWith("\"We load", StringComparison.Ordinal));
        var quotation = Assert.Single(cues, c => c.StartsWith("Tom Okafor: “", StringComparison.Ordinal));
        Assert.EndsWith("”", quotation);
    }

    [Theory]
    [InlineData("Rooms near the yard were cheap: f 6 or f 7 a week for two rooms.", "f 7")]
    [InlineData("By 1960 a joiner could ask 12 or even 14 soldi a day.", "14 soldi")]
    public void A_range_of_amounts_is_never_cut_after_its_first_end(string sentence, string kept)
    {
        var cue = Condenser.Cue(sentence);
        Assert.False(cue.EndsWith(" 6", StringComparison.Ordinal) || cue.EndsWith(" 12", StringComparison.Ordinal), cue);
        Assert.True(cue.Contains(kept, StringComparison.Ordinal) || !cue.Any(char.IsDigit), cue); // the whole range, or no amount at all
    }

    [Theory]
    [InlineData(new[] { "After 1971 the mine belonged to the state.", "Wages rose on paper: a face worker was on 4,200 escudos a month by 1972.", "But inflation ran above one hundred per cent a year." }, "Wages rose on paper")]
    [InlineData(new[] { "In 1960 the union struck for the second time, and the company brought in men from the south.", "The strike failed: the men went back after eleven weeks." }, "The strike failed")]
    public void A_short_statement_before_a_colon_is_the_speakers_own_headline(string[] sentences, string title)
    {
        Assert.Equal(title, Title(sentences));
    }

    [Theory]
    // A colon that opens a quotation or a list frames what follows; it names nothing.
    [InlineData("Rosa remembered the kitchens the women ran: \"We fed four hundred people every day.\"")]
    [InlineData("The shop sold three things: bread, paraffin and rope.")]
    [InlineData("He said it plainly: the company owned the town.")]
    [InlineData("The answer was simple: they paid by the piece, not the hour.")]
    [InlineData("The strikers made three demands in 1912: a shorter day, a rise and a union.")]
    public void A_lead_in_or_a_frame_before_a_colon_is_no_headline(string sentence)
    {
        Assert.Null(Headline.Announced(sentence));
    }

    [Fact]
    public void Under_a_headline_from_before_its_colon_the_cue_says_what_follows()
    {
        var doc = PlainTextNotesReader.Read("talk.txt", string.Join("\n\n", "Under the Mountain",
            "After 1971 the mine belonged to the state. Wages rose on paper: a face worker was on 4,200 escudos a month by 1972. But inflation ran above one hundred per cent a year, and the company store could no longer keep its shelves full."),
            new Diagnostics.DiagnosticBag());
        var headings = doc.Blocks.OfType<Notes.HeadingBlock>().Select(h => h.Text).ToList();
        Assert.Contains("Wages rose on paper", headings);
        var bullets = doc.Blocks.OfType<Notes.ContentBlock>().SelectMany(b => ((Model.TextBlock)b.Block).Paragraphs).Select(p => p.Text).ToList();
        Assert.Contains(bullets, b => b.StartsWith("A face worker was on 4,200 escudos", StringComparison.Ordinal));
        Assert.DoesNotContain(bullets, b => b.Contains("rose on paper", StringComparison.Ordinal));
    }

    [Fact]
    public void Under_a_sections_own_heading_what_the_slides_title_would_have_said_is_a_cue_again()
    {
        var doc = PlainTextNotesReader.Read("talk.txt", string.Join("\n\n", "Under the Mountain", "The Sixties",
            "After 1971 the mine belonged to the state. Wages rose on paper: a face worker was on 4,200 escudos a month by 1972. But inflation ran above one hundred per cent a year, and the company store could no longer keep its shelves full.",
            "The Strike", "The union struck in 1966 and the strike lasted eleven weeks. The women of the camp ran kitchens that fed four hundred people every day."),
            new Diagnostics.DiagnosticBag());
        Assert.Contains(doc.Blocks.OfType<Notes.HeadingBlock>(), h => h.Text == "The Sixties" && h.TitlesItsSlide);
        var bullets = doc.Blocks.OfType<Notes.ContentBlock>().SelectMany(b => ((Model.TextBlock)b.Block).Paragraphs).Select(p => p.Text).ToList();
        Assert.Contains(bullets, b => b.StartsWith("Wages rose on paper", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("He is telling us that pay is also about respect, about how the employer sees you.", "Pay is also about respect")]
    [InlineData("This shows us that the fund was never the members' money.", "The fund was never the members' money")]
    public void What_a_quotation_tells_us_is_the_cue_without_who_tells_it(string sentence, string cue)
    {
        Assert.Equal(cue, Condenser.Cue(sentence));
    }

    [Fact]
    public void A_statement_of_the_script_names_the_slide_before_a_lone_common_noun()
    {
        // "Employer" was the title: the only noun phrase; the script states the point.
        Assert.Equal("Pay is about respect", Title("I come back to those words often.", "He is telling us that pay is also about respect, about how the employer sees you."));
    }

    [Theory]
    // The lead points back at a sentence the slide leaves out; another sentence says the point by itself.
    [InlineData("The second strike lasted eleven weeks and emptied the union fund. It was the longest anyone remembered. The women of the camp ran kitchens that fed four hundred people a day.", "It was")]
    public void A_cue_that_leans_on_a_sentence_left_out_gives_way_to_one_that_stands_alone(string paragraph, string leaning)
    {
        var cues = PlainTextNotesReader.Cues(new ProseParagraph(paragraph, 1));
        Assert.DoesNotContain(cues, c => c.StartsWith(leaning, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("That a wage is never just a number.", false)]
    [InlineData("Nobody could see the way out.", false)]
    [InlineData("There were fights about who got ice first.", false)]
    [InlineData("This is a story about money.", false)]
    [InlineData("They also absorbed the irregularity of the oil traffic.", true)]
    [InlineData("This has led to the growth of the bureaucracy.", true)]
    [InlineData("That is the starting point of the bureaucracy.", true)]
    [InlineData("The first is a wage that is reviewed every year.", true)]
    public void A_cue_leans_back_only_on_a_pronoun_that_points_at_what_came_before(string cue, bool leans)
    {
        Assert.Equal(leans, CueRules.LeansBack(cue));
    }

    [Fact]
    public void A_prepositional_phrase_is_never_cut_out_of_a_coordination()
    {
        // Never "ran a welfare fund and injured men": the phrase goes whole or stays.
        Assert.Contains("a welfare fund for sick and injured men", Condenser.Cue("The fishermen's guild ran a welfare fund for sick and injured men and for widows."), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_long_sentences_with_their_own_figures_each_give_a_cue()
    {
        var cues = PlainTextNotesReader.Cues(new ProseParagraph(
            "A single miner on the underground crews earned about 900 pesos a month in 1948, most of it spent at the company store before the month was out. "
            + "A skilled electrician in the same camp earned around 1,600 pesos a month, and an American supervisor was paid in dollars, at roughly ten times the electrician's rate.", 1));
        Assert.Equal(2, cues.Count);
        Assert.Contains(cues, c => c.Contains("1,600", StringComparison.Ordinal));
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
        var (amounts, _) = Figures.AmountExtractor.Extract(sentence, new Diagnostics.SourceLocation("x", 1));
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
            [new Notes.SpeakerNoteBlock([Model.Paragraph.Plain(text)], new Diagnostics.SourceLocation("x.txt", 1))]);
        var figures = Planning.FigureFinder.AddFigures(doc, fromScript: true).Blocks.OfType<Notes.ContentBlock>()
            .Select(b => ((Model.FigureBlock)b.Block).Spec!).ToList();
        Assert.Equal(2, figures.Count);
        Assert.Equal([624, 780, 1400], figures[0].Items.Select(i => i.High));
        // The picture and its description say what the talk said beside each converted value.
        Assert.Equal(["12 a week", "15 a week", null], figures[0].Items.Select(i => i.Stated));
        Assert.Contains("Spinner 624 (12 a week)", Figures.AltText.For(figures[0]), StringComparison.Ordinal);
        Assert.Equal("per year", figures[0].Period);
        Assert.Equal([1.5, 2, 3], figures[1].Items.Select(i => i.High));
        Assert.Equal("per day", figures[1].Period);
    }

}
