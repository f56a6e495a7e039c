using System.Text.RegularExpressions;

namespace SlideBuilder.Planning;

/// <summary>
/// The short excerpt a slide shows for a long quotation: its first sentence when that is short,
/// otherwise its first clause, always ending in an ellipsis.
/// </summary>
public static partial class QuotationExcerpt
{
    public const int MaxWords = 25;
    private const int MinClauseWords = 6;

    private static readonly char[] OpeningMarks = ['“', '"', '„', '«', '‘', '\'', '‹', '»'];
    private static readonly char[] ClosingMarks = ['”', '"', '»', '’', '\'', '›', '«', '“'];

    public static string Make(IReadOnlyList<string> paragraphs)
    {
        var text = paragraphs.Count > 0 ? StripMarks(paragraphs[0]) : "";
        var sentence = FirstSentence(text);
        var words = Words(sentence);
        string cut;
        if (words.Count <= MaxWords)
        {
            cut = sentence;
        }
        else
        {
            cut = FirstClause(sentence) ?? string.Join(' ', words.Take(MaxWords - 5));
        }

        return cut.TrimEnd(' ', ',', ';', ':', '.', '!', '?', '–', '—', '-') + "…";
    }

    /// <summary>Removes the one quotation mark that opens and the one that closes the quoted text itself; inner marks stay.</summary>
    public static string StripMarks(string text)
    {
        var t = text.Trim();
        if (t.Length > 0 && Array.IndexOf(OpeningMarks, t[0]) >= 0)
        {
            t = t[1..].TrimStart();
        }

        if (t.Length > 0 && Array.IndexOf(ClosingMarks, t[^1]) >= 0 && !EndsInnerQuote(t))
        {
            t = t[..^1].TrimEnd();
        }

        return t;
    }

    /// <summary>True when the last mark closes an inner quotation opened inside the text (‘…’ with no outer mark).</summary>
    private static bool EndsInnerQuote(string t) =>
        t[^1] == '’' && t.LastIndexOf('‘') >= 0 && t.Count(c => c == '‘') >= t.Count(c => c == '’');

    private static string FirstSentence(string text)
    {
        foreach (Match m in SentenceEnd().Matches(text))
        {
            var candidate = text[..(m.Index + 1)];
            if (Words(candidate).Count >= 4)
            {
                return candidate;
            }
        }

        return text;
    }

    private static string? FirstClause(string sentence)
    {
        string? best = null;
        foreach (Match m in ClauseEnd().Matches(sentence))
        {
            var candidate = sentence[..m.Index];
            var n = Words(candidate).Count;
            if (n > MaxWords)
            {
                break;
            }

            if (n >= MinClauseWords)
            {
                best = candidate;
            }
        }

        return best;
    }

    private static List<string> Words(string text) => [.. text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)];

    // A full stop, question or exclamation mark (optionally inside closing quotes) followed by a space and a capital.
    [GeneratedRegex(@"[.!?][”’""']?(?=\s+[\p{Lu}“‘""'(]|\s*$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s*(,|;|:|\s[–—]\s)")]
    private static partial Regex ClauseEnd();
}
