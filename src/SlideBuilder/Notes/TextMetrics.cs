namespace SlideBuilder.Notes;

/// <summary>Word-level helpers shared by readers and planners.</summary>
public static class TextMetrics
{
    public static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Collapses runs of white space (including line breaks) into single spaces.</summary>
    public static string Squash(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
