namespace SlideBuilder.Notes;

/// <summary>Word-level helpers shared by readers and planners.</summary>
public static class TextMetrics
{
    public static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The white space that separates words; a no-break space is not among it: it is the writer's intent.</summary>
    public static readonly char[] BreakingSpace = [' ', '\t', '\n', '\r', '\f', '\v'];

    /// <summary>Collapses runs of breaking white space (including line breaks) into single spaces.</summary>
    public static string Squash(string text) =>
        string.Join(' ', text.Split(BreakingSpace, StringSplitOptions.RemoveEmptyEntries));
}
