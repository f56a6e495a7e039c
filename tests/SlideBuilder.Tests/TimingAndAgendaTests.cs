using SlideBuilder.Build;
using SlideBuilder.Tests.Support;
using SlideBuilder.Diagnostics;

namespace SlideBuilder.Tests;

/// <summary>The agenda slide and the speaker's timing (issue 9), read back from the built deck and handout.</summary>
public sealed class TimingAndAgendaTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    /// <summary>A talk with three sections whose scripts have 100, 200 and 300 words.</summary>
    private static string Talk(string frontMatter) =>
        "---\ntitle: Three ferries\n" + frontMatter + "---\n\n" +
        "# The crossing\n\n## Boats\n\n- Two boats\n\n::: notes\n" + Words("river", 100) + "\n:::\n\n" +
        "# Wages\n\n## Deckhands\n\n- Paid by the day\n\n::: notes\n" + Words("wage", 200) + "\n:::\n\n" +
        "# The last years\n\n## Closure\n\n- The bridge opened\n\n::: notes\n" + Words("bridge", 300) + "\n:::\n";

    private static string Words(string word, int n) => string.Join(' ', Enumerable.Repeat(word, n)) + ".";

    [Fact]
    public void Three_sections_get_an_agenda_slide_after_the_title_numbered_with_the_section_titles()
    {
        var (result, pptx) = _ws.Build(_ws.Write("talk.md", Talk("")));
        Assert.True(result.Succeeded);
        using var deck = new PptxInspector(pptx);
        Assert.Equal("Agenda", deck.Titles[1]);
        Assert.Equal("Title and Content", deck.LayoutName(1));
        var items = deck.SlideText(1).Split('\n').Skip(1).Where(l => l.Length > 0 && !l.All(char.IsDigit)).ToList();
        Assert.Equal(["The crossing", "Wages", "The last years"], items);
        // The agenda's notes give each section's time at 130 words a minute: 100, 200 and 300 words.
        Assert.Contains("The crossing: about 1 min", deck.NotesText(1), StringComparison.Ordinal);
        Assert.Contains("Wages: about 2 min", deck.NotesText(1), StringComparison.Ordinal);
        Assert.Contains("The last years: about 2 min", deck.NotesText(1), StringComparison.Ordinal);
    }

    [Fact]
    public void Agenda_false_leaves_it_out_and_two_sections_never_get_one()
    {
        using (var deck = new PptxInspector(_ws.Build(_ws.Write("off.md", Talk("agenda: false\n"))).Pptx))
        {
            Assert.DoesNotContain("Agenda", deck.Titles);
        }

        var two = "---\ntitle: Two\n---\n\n# One\n\n## A\n\nText.\n\n# Two\n\n## B\n\nText.\n";
        using var small = new PptxInspector(_ws.Build(_ws.Write("two.md", two)).Pptx);
        Assert.DoesNotContain("Agenda", small.Titles);
    }

    [Fact]
    public void The_summary_gives_the_talk_length_at_the_pace_and_a_talk_over_its_duration_is_a_warning_naming_the_longest_sections()
    {
        // 600 words at 100 a minute is 6 minutes; planned 4: over by half.
        var notes = _ws.Write("talk.md", Talk("pace: 100\nduration: 4min\n"));
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.Equal(0, Cli.CommandLine.Run(["build", notes, "-o", _ws.Out, "--format", "pptx"], stdout, stderr));
        Assert.Contains("about 6 min to speak", stdout.ToString(), StringComparison.Ordinal);
        var warning = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"talk\.md:1:1: warning SB060: the script takes about 6 min at 100 words a minute, over the 4 min planned; longest: 'The last years' \(about 3 min\), 'Wages' \(about 2 min\)", warning);
    }

    [Fact]
    public void Within_its_duration_a_talk_gets_no_warning_and_a_bad_duration_is_named()
    {
        var within = _ws.Build(_ws.Write("ok.md", Talk("duration: 1h\n"))).Result;
        Assert.DoesNotContain(within.Diagnostics, d => d.Code == DiagnosticCodes.OverTime);
        var bad = _ws.Build(_ws.Write("bad.md", Talk("duration: soon\npace: 5\n"))).Result;
        Assert.Contains(bad.Diagnostics, d => d.Code == DiagnosticCodes.InvalidSetting && d.Message.Contains("'duration'", StringComparison.Ordinal));
        Assert.Contains(bad.Diagnostics, d => d.Code == DiagnosticCodes.InvalidSetting && d.Message.Contains("'pace'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_prose_preface_plans_the_length()
    {
        var prose = "The river\n\n(Talk for the ferry society. About two minutes.)\n\n" + string.Join("\n\n", Enumerable.Range(0, 8).Select(i =>
            $"The ferry crossed the river {i + 2} times a day in the busy season, and the crew worked long shifts on the water. " + Words("river", 60)));
        var result = _ws.Build(_ws.Write("talk.txt", prose)).Result;
        var over = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.OverTime);
        Assert.Contains("over the 2 min planned", over.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void First_second_third_in_prose_without_headings_open_numbered_sections()
    {
        var prose = "Three costs of a farm\n\nEvery farmer I met named the same three costs when the talk turned to money.\n\n"
            + "First, seed. A packet of hybrid seed costs more every year, and a failed sowing means buying it twice.\n\n"
            + "Second, diesel. Pumps that are not on the grid burn diesel all through the dry months, and the price keeps rising.\n\n"
            + "Third, interest on loans taken between sowing and harvest, often from a private lender at ruinous rates.\n\n"
            + "In the end the three costs decide whether a year leaves anything over.\n";
        using var deck = new PptxInspector(_ws.Build(_ws.Write("costs.txt", prose)).Pptx);
        // Each step is a section of one slide: numbered in the agenda, titling its slide.
        Assert.Equal("Agenda", deck.Titles[1]);
        var sections = deck.SlideText(1).Split('\n').Skip(1).Where(l => l.Any(char.IsLetter)).ToList();
        Assert.Equal(3, sections.Count);
        Assert.Equal(["Seed", "Diesel"], sections.Take(2));
        Assert.Contains("Interest", sections[2], StringComparison.OrdinalIgnoreCase);
        Assert.All(sections, s => Assert.Contains(s, deck.Titles));
        // and each is timed as a section in the agenda's notes.
        Assert.All(sections, s => Assert.Contains($"{s}: ", deck.NotesText(1), StringComparison.Ordinal));
    }

    [Fact]
    public void Closing_words_about_the_talk_go_to_the_last_slides_notes_not_a_slide_of_their_own()
    {
        var prose = "The ferry\n\nThe ferry crossed the river twelve times a day and the crew worked long shifts on the water.\n\nI think that is probably enough for now. Thank you.\n";
        using var deck = new PptxInspector(_ws.Build(_ws.Write("talk.txt", prose)).Pptx);
        Assert.Equal(2, deck.Slides.Count);
        Assert.Contains("enough for now", deck.NotesText(1), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("40min", 40)]
    [InlineData("45 minutes", 45)]
    [InlineData("1h15", 75)]
    [InlineData("1 hour", 60)]
    [InlineData("90", 90)]
    public void Durations_are_read_as_people_write_them(string text, double minutes)
    {
        Assert.Equal(minutes, Language.Durations.Minutes(text));
    }

    [Theory]
    [InlineData("(Talk for the Port Melbourne local history group. Roughly forty minutes with the questions.)", 40)]
    [InlineData("(About twenty-five minutes, then discussion.)", 25)]
    [InlineData("(Seminar notes. An hour and a bit.)", 60)]
    public void Durations_are_found_in_a_preface(string preface, double minutes)
    {
        Assert.Equal(minutes, Language.Durations.Mentioned(preface));
    }

    [Theory]
    [InlineData("Roughly twenty minutes.", 20.0)]
    [InlineData("About forty minutes with questions.", 40.0)]
    [InlineData("Twenty-five minutes, then ten for questions.", 25.0)]
    [InlineData("Aim for 45 min.", 45.0)]
    [InlineData("About half an hour, then questions.", 30.0)]
    [InlineData("Twenty minutes after the shift began, the roof came down.", null)]
    [InlineData("The walk takes about forty minutes from the station.", null)]
    [InlineData("We waited ten minutes.", null)]
    [InlineData("For twenty minutes, nobody spoke.", null)]
    [InlineData("Ten minutes, and the seam was under water.", null)]
    [InlineData("ten minutes, nobody moved.", null)]
    [InlineData("Thirty minutes and ten for questions.", 30.0)]
    public void A_planned_length_is_a_sentence_that_says_only_how_long_the_talk_is(string sentence, double? minutes)
    {
        Assert.Equal(minutes, Language.Durations.Planned(sentence));
    }

    [Fact]
    public void A_length_under_the_title_plans_the_talk_and_is_not_a_slide()
    {
        var prose = "The Night the Pit Flooded\nA talk for the mining heritage circle\nRoughly twenty minutes.\n\n"
            + "In March 1957 the water broke into the lower seam at Wieczorek and forty-one men were below.\n\n"
            + "The rescue took three days, and every one of them came up alive.\n";
        var notes = _ws.Write("pit.txt", prose);
        Assert.Equal(20, Planned(notes));
        using var deck = new PptxInspector(_ws.Build(notes).Pptx);
        Assert.DoesNotContain(Enumerable.Range(0, deck.Slides.Count), i => deck.SlideText(i).Contains("twenty minutes", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("mining heritage circle", deck.SlideText(0), StringComparison.Ordinal);
        Assert.Contains("twenty minutes", deck.NotesText(0), StringComparison.OrdinalIgnoreCase);

        // On a line of its own under the title, the same.
        var own = _ws.Write("pit2.txt", prose.Replace("circle\nRoughly", "circle\n\nRoughly", StringComparison.Ordinal));
        Assert.Equal(20, Planned(own));
        using var second = new PptxInspector(_ws.Build(own).Pptx);
        Assert.Equal(deck.Slides.Count, second.Slides.Count);
    }

    private static double? Planned(string notes) =>
        SlideBuilder.Notes.Prose.PlainTextNotesReader.Read(notes, File.ReadAllText(notes), new SlideBuilder.Diagnostics.DiagnosticBag()).Settings.Duration;

    [InteropFact]
    public void The_handout_notes_pages_print_each_slides_speaking_time()
    {
        var result = _ws.BuildAll(_ws.Write("talk.md", Talk("")), new BuildOptions(_ws.Out, Formats: new HashSet<OutputFormat> { OutputFormat.Handout }));
        var text = string.Join("\n", PdfText.Pages(result.Outputs.Single()).Select(p => string.Join(' ', p.Words.Select(w => w.Text))));
        // 100, 200 and 300 words at 130 a minute; the title, agenda and section slides have no script.
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(text, "Speaking time"));
        Assert.Contains("Speaking time: about 1 min", text, StringComparison.Ordinal);
        Assert.Contains("Speaking time: about 2 min", text, StringComparison.Ordinal);
    }
}
