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

            if (current.Count == 0)
            {
                start = i;
            }

            current.Add(line);
        }

        return result;
    }
}
