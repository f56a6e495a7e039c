namespace SlideBuilder.Notes.Prose;

/// <summary>What opens and closes a quotation, for the marks people type: “…”, "…", „…“, «…».</summary>
internal static class QuotationMarks
{
    public static bool Opens(string text) => text.Length > 0 && text[0] is '“' or '"' or '„' or '«';

    /// <summary>The marks that close a quotation opened with <paramref name="opener"/>.</summary>
    public static string ClosersFor(char opener) => opener switch
    {
        '“' => "”\"",
        '"' => "\"”",
        '„' => "“”",
        '«' => "»",
        _ => "”\"»",
    };

    /// <summary>True when the paragraph ends with a closing mark (after trailing spaces).</summary>
    public static bool ClosesAtEnd(string text, char opener)
    {
        var t = text.TrimEnd();
        return t.Length > 1 && ClosersFor(opener).Contains(t[^1], StringComparison.Ordinal);
    }

    /// <summary>
    /// True when a paragraph that opens with a mark closes it part-way and goes on as prose:
    /// "“Socialism in one country” was the slogan of the day." Inner quotations (doubled
    /// double marks) are tracked, so “the “average” worker… does not count as closed.
    /// </summary>
    public static bool ClosesInside(string text, char opener)
    {
        var closers = ClosersFor(opener);
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var closes = closers.Contains(c, StringComparison.Ordinal) && (c != '"' || i > 0 && !char.IsWhiteSpace(text[i - 1]));
            var opens = c == opener && (c != '"' || i == 0 || char.IsWhiteSpace(text[i - 1]));
            if (opens && (!closes || depth == 0))
            {
                depth++;
            }
            else if (closes)
            {
                depth--;
                if (depth == 0)
                {
                    var rest = text[(i + 1)..].Trim(' ', '.', ',', ';', ':', '!', '?', ')');
                    return TextMetrics.CountWords(rest) >= 3;
                }
            }
        }

        return false;
    }
}
