using SlideBuilder.Model;

namespace SlideBuilder.Planning;

/// <summary>
/// The agenda slide a talk of three or more sections opens with: the sections in order, numbered,
/// with their timings in the slide's notes so the speaker can pace themself.
/// </summary>
public static class Agenda
{
    public const int MinimumSections = 3;

    private static readonly Dictionary<string, string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "Agenda", ["de"] = "Überblick", ["fr"] = "Plan", ["es"] = "Índice", ["pt"] = "Sumário", ["it"] = "Indice",
        ["nl"] = "Overzicht", ["sv"] = "Innehåll", ["da"] = "Indhold", ["nb"] = "Innhold", ["pl"] = "Plan",
    };

    public static Slide? For(IReadOnlyList<Slide> slides, string language)
    {
        var sections = slides.Where(s => s.OpensSection).ToList();
        if (sections.Count < MinimumSections)
        {
            return null;
        }

        var items = sections.Select((s, i) => new Paragraph([new Run(s.Title ?? "")], ParagraphKind.Numbered, 0, i + 1)).ToList();
        var timings = TalkTiming.Sections(slides).Where(t => sections.Any(s => s.Title == t.Section))
            .Select(t => Paragraph.Plain($"{t.Section}: {Language.Durations.About(t.Minutes)}")).ToList();
        var source = sections[0].Source;
        var title = Titles.GetValueOrDefault(language.Split('-')[0], "Agenda");
        return new Slide(SlideLayoutKind.TitleAndContent, title, [new TextBlock(items, source)], timings, source);
    }
}
