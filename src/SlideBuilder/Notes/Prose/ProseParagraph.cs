namespace SlideBuilder.Notes.Prose;

/// <summary>One blank-line-separated paragraph of prose notes, its lines joined, with its first line number.</summary>
public sealed record ProseParagraph(string Text, int Line)
{
    /// <summary>Splits text into paragraphs: tabs become spaces, runs of blank lines count as one break.</summary>
    public static List<ProseParagraph> Split(string text)
    {
        var result = new List<ProseParagraph>();
        var lines = text.Replace('\t', ' ').Split('\n');
        var current = new List<string>();
        var start = 0;
        for (var i = 0; i <= lines.Length; i++)
        {
            var line = i < lines.Length ? lines[i].Trim() : "";
            if (line.Length == 0)
            {
                if (current.Count > 0)
                {
                    result.Add(new ProseParagraph(TextMetrics.Squash(string.Join(' ', current)), start + 1));
                    current.Clear();
                }

                continue;
            }

            // "1. How far…?" "2. Was the…?" on consecutive lines: each numbered item is a paragraph of its own.
            // So does the first item under a line that announces them ("Questions for discussion", "Three things:").
            if (current.Count > 0 && (ItemNumber(current[0]) is var previous and > 0 && ItemNumber(line) == previous + current.Count(l => ItemNumber(l) > 0)
                || ItemNumber(line) == 1 && current[^1].TrimEnd() is var above && (above.EndsWith(':') || !".!?…”\"’)".Contains(above[^1], StringComparison.Ordinal))))
            {
                result.Add(new ProseParagraph(TextMetrics.Squash(string.Join(' ', current)), start + 1));
                current.Clear();
            }

            if (current.Count == 0)
            {
                start = i;
            }

            current.Add(line);
        }

        return result;
    }

    /// <summary>The number of a list item's line ("2. Was…", "3) Does…"), else 0.</summary>
    internal static int ItemNumber(string line)
    {
        var digits = 0;
        while (digits < line.Length && digits < 2 && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < line.Length && line[digits] is '.' or ')' && line[digits + 1] == ' '
            ? int.Parse(line.AsSpan(0, digits), System.Globalization.CultureInfo.InvariantCulture) : 0;
    }
}
