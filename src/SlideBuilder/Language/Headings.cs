using System.Text.RegularExpressions;

namespace SlideBuilder.Language;

/// <summary>
/// The numbering of a heading ("1.", "2)", "IV.", "B.", "Part one:", "Chapter 3 –") apart from its words:
/// the section slide shows the number as a label above the title, and the title is the words alone.
/// </summary>
public static partial class Headings
{
    /// <summary>The label and the title of a heading; the label is null when the heading is not numbered.</summary>
    public static (string? Label, string Title) Split(string heading)
    {
        var m = Numbering().Match(heading);
        if (!m.Success)
        {
            return (null, heading);
        }

        var title = heading[m.Length..].Trim();
        if (title.Length == 0 || !title.Any(char.IsLetter))
        {
            return (null, heading); // "Chapter 6" alone is the heading's words, not a number before them
        }

        var label = m.Groups["label"].Value.Trim().TrimEnd('.', ')', ':');
        return (label, Phrases.Capitalise(title));
    }

    /// <summary>True when the line starts with a heading number.</summary>
    public static bool IsNumbered(string line) => Numbering().IsMatch(line) && Numbering().Match(line).Length < line.Trim().Length;

    /// <summary>"Questions for discussion", "Questions", "Further reading": a heading that closes the talk and titles what follows it.</summary>
    public static bool IsCloser(string heading) => Closer().IsMatch(Split(heading).Title.Trim().TrimEnd(':', '.'));

    [GeneratedRegex(@"^(?:(?:some )?questions(?: for (?:discussion|debate|the audience|you))?|discussion(?: questions)?|for discussion|further reading|sources|references)$", RegexOptions.IgnoreCase)]
    private static partial Regex Closer();

    [GeneratedRegex(@"^(?<label>\d{1,2}[.)]|[IVXLC]{1,6}[.)]|[A-Z][.)](?=\s)|(?:Part|Chapter|Section|Lecture|Session|Teil|Kapitel|Parte|Capítulo|Partie|Chapitre|Del|Kapitel)\s+(?:\d+|[IVXLC]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)\s*[.:)]?\s*(?:[–—-]\s*)?", RegexOptions.IgnoreCase)]
    private static partial Regex Numbering();
}
