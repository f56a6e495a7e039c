using SlideBuilder.Model;
using SlideBuilder.Diagnostics;

namespace SlideBuilder.Planning;

/// <summary>
/// How long the talk takes: each slide's script (its speaker notes, quotations read aloud in full;
/// the slide's own words where it has no notes) at the speaker's pace, in words a minute.
/// </summary>
public static class TalkTiming
{
    /// <summary>The slides with their <see cref="Slide.Minutes"/> set.</summary>
    public static List<Slide> Time(IReadOnlyList<Slide> slides, int pace) =>
        slides.Select(s => s with { Minutes = Math.Round(SpokenWords(s) / (double)pace, 2) }).ToList();

    public static int SpokenWords(Slide slide)
    {
        if (slide.Notes.Count > 0)
        {
            return slide.Notes.Sum(p => Notes.TextMetrics.CountWords(p.Text));
        }

        // A slide without notes is spoken from what it shows.
        return slide.Layout is SlideLayoutKind.Title or SlideLayoutKind.SectionHeader ? 0 : slide.Body.Sum(b => b switch
        {
            TextBlock t => t.Paragraphs.Sum(p => Notes.TextMetrics.CountWords(p.Text)),
            QuoteBlock q => Notes.TextMetrics.CountWords(string.Join(' ', q.Full ?? [q.Text])),
            _ => 0,
        });
    }

    /// <summary>Each section's minutes: the slides from its section slide to the next (the opening, before any section, too).</summary>
    public static List<(string Section, double Minutes)> Sections(IReadOnlyList<Slide> slides)
    {
        var sections = new List<(string Section, double Minutes)>();
        foreach (var slide in slides.Skip(1))
        {
            if (slide.OpensSection)
            {
                sections.Add((slide.Title ?? "", 0));
            }
            else if (sections.Count == 0)
            {
                sections.Add(("Opening", 0));
            }

            sections[^1] = (sections[^1].Section, sections[^1].Minutes + slide.Minutes);
        }

        return sections;
    }

    /// <summary>A warning when the script runs more than a tenth over the planned length, naming the sections that take longest.</summary>
    public static void Check(Deck deck, string path, DiagnosticBag diagnostics)
    {
        if (deck.Info.PlannedMinutes is not { } planned || deck.Minutes <= planned * 1.1)
        {
            return;
        }

        var longest = Sections(deck.Slides).OrderByDescending(s => s.Minutes).Take(3)
            .Select(s => $"'{s.Section}' ({Language.Durations.About(s.Minutes)})");
        diagnostics.Warn(new SourceLocation(path, 1), DiagnosticCodes.OverTime,
            $"the script takes {Language.Durations.About(deck.Minutes)} at {deck.Info.Pace} words a minute, over the {planned:0} min planned; longest: {string.Join(", ", longest)}");
    }
}
