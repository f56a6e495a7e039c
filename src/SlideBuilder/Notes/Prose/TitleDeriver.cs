using System.Globalization;

namespace SlideBuilder.Notes.Prose;

/// <summary>
/// Makes short slide titles from prose: the first clause when it is short, else the first words,
/// at most <see cref="MaxWords"/>, cut at a word boundary, without trailing punctuation or small
/// words, unique within the deck.
/// </summary>
public sealed class TitleDeriver
{
    public const int MaxWords = 8;

    private static readonly HashSet<string> LeadingFillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "so", "thus", "then", "first", "firstly", "finally", "likewise", "also", "however", "of", "moreover",
    };

    private static readonly HashSet<string> TrailingSmallWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but", "as", "is", "are",
        "was", "were", "be", "that", "which", "this", "these", "its", "their", "his", "her", "than", "between", "into", "it",
        "not", "no", "so", "such", "very", "more", "most", "has", "have", "had", "thus", "whose", "who",
        "does", "do", "did", "should", "would", "could", "can", "will", "may", "must", "been", "being",
    };

    private static readonly char[] ClauseEnds = [',', ';', ':', '–', '—', '(', ')'];
    private static readonly char[] Marks = [.. Language.QuotationMarks.All, '(', ')', '[', ']'];

    private readonly HashSet<string> _used = new(WithoutArticle.Instance);

    /// <summary>"The loan fund" and "Loan fund" are one title: a slide must not repeat its section's heading.</summary>
    private sealed class WithoutArticle : IEqualityComparer<string>
    {
        public static readonly WithoutArticle Instance = new();

        public bool Equals(string? x, string? y) => string.Equals(Core(x), Core(y), StringComparison.OrdinalIgnoreCase);

        public int GetHashCode(string obj) => StringComparer.OrdinalIgnoreCase.GetHashCode(Core(obj));

        private static string Core(string? title)
        {
            var t = title ?? "";
            foreach (var article in (string[])["the ", "a ", "an "])
            {
                if (t.StartsWith(article, StringComparison.OrdinalIgnoreCase))
                {
                    return t[article.Length..];
                }
            }

            return t;
        }
    }

    /// <summary>A title for <paramref name="text"/>, made unique against every title handed out before.</summary>
    public string Derive(string text, string? fallback = null)
    {
        var title = Shorten(text);
        if (title.Length == 0)
        {
            title = fallback ?? "Notes";
        }

        return Unique(title);
    }

    /// <summary>A title made elsewhere (a headline of the slide's script), made unique like the others.</summary>
    public string Unique(string title)
    {
        var unique = title;
        for (var n = 2; !_used.Add(unique); n++)
        {
            unique = string.Create(CultureInfo.InvariantCulture, $"{title} ({n})");
        }

        return unique;
    }

    /// <summary>The first of <paramref name="candidates"/> not yet used in the deck, capitalised and claimed; null when all are taken.</summary>
    public string? Pick(IEnumerable<string> candidates)
    {
        foreach (var c in candidates)
        {
            var title = Language.Phrases.Capitalise(c);
            if (_used.Add(title))
            {
                return title;
            }
        }

        return null;
    }

    /// <summary>Claims a title given by the notes themselves (a heading line), so derived ones avoid it.</summary>
    public string Claim(string title) => Unique(title);

    /// <summary>Claims <paramref name="title"/> as it is when no slide has it yet; false when one has.</summary>
    public bool TryClaim(string title) => _used.Add(title);

    public static string Shorten(string text)
    {
        var sentence = Language.Phrases.WithoutOpeners(Language.Sentences.Split(text.Trim().TrimStart(Marks)).FirstOrDefault() ?? "");
        var clauseEnd = sentence.IndexOfAny(ClauseEnds);
        var clause = clauseEnd > 0 ? sentence[..clauseEnd] : sentence;
        var words = Words(clause).Count is >= 3 and <= MaxWords ? Words(clause) : Words(sentence);

        while (words.Count > 1 && LeadingFillers.Contains(words[0].TrimEnd(',')))
        {
            words.RemoveAt(0);
        }

        if (words.Count > MaxWords)
        {
            words = words.Take(MaxWords).ToList();
        }

        while (words.Count > 2 && TrailingSmallWords.Contains(words[^1].Trim(Marks).TrimEnd('.', ',', ';', ':')))
        {
            words.RemoveAt(words.Count - 1);
        }

        var title = string.Join(' ', words).Trim().TrimEnd('.', ',', ';', ':', '!', '?', '…', '–', '—', '-').Trim();
        title = BalanceMarks(title);
        return title.Length > 0 ? char.ToUpper(title[0], CultureInfo.InvariantCulture) + title[1..] : title;
    }

    private static List<string> Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();

    /// <summary>Drops a quotation mark left open by the cut, so a title never shows half a quotation.</summary>
    private static string BalanceMarks(string title)
    {
        foreach (var (open, close) in new[] { ('‘', '’'), ('“', '”') })
        {
            if (title.Count(c => c == open) > title.Count(c => c == close))
            {
                title = title.Replace(open.ToString(), "", StringComparison.Ordinal);
            }
        }

        return title.Trim();
    }
}
