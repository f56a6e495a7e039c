using System.Text.RegularExpressions;

namespace SlideBuilder.Language;

/// <summary>
/// The short excerpt a slide shows for a long quotation: its most telling sentence (the one that
/// carries the numbers, or states the point) of at most <see cref="MaxWords"/> words, else a clean
/// clause of its first sentence, with an ellipsis wherever the quotation was cut.
/// </summary>
public static partial class QuotationExcerpt
{
    public const int MaxWords = 25;
    private const int MinClauseWords = 6;

    // Openings of a clause that needs another to stand: "When the Commissar boasts …" alone says nothing.
    private static readonly string[] Dependent = ["when ", "while ", "if ", "although ", "though ", "as ", "since ", "because ", "unless ", "whereas "];

    public static string Make(IReadOnlyList<string> paragraphs)
    {
        var sentences = paragraphs.SelectMany(p => Language.Sentences.Split(StripMarks(p))).Where(s => s.Length > 0).ToList();
        if (sentences.Count == 0)
        {
            return "…";
        }

        var best = -1;
        var bestScore = int.MinValue;
        for (var i = 0; i < sentences.Count; i++)
        {
            var n = Words(sentences[i]).Count;
            if (n is < 5 or > MaxWords)
            {
                continue;
            }

            var score = Score(sentences[i], i, sentences.Count);
            if (score > bestScore)
            {
                (best, bestScore) = (i, score);
            }
        }

        string cut;
        if (best >= 0)
        {
            cut = sentences[best];
        }
        else
        {
            // Every sentence is long: the most telling one whose opening clause stands alone, cut at that clause's end
            // (a quotation is never reworded, only cut where marked); else the first sentence's first words.
            var standing = Enumerable.Range(0, sentences.Count).OrderByDescending(i => Score(sentences[i], i, sentences.Count)).ThenBy(i => i)
                .Select(i => (Index: i, Clause: FirstClause(sentences[i])))
                .FirstOrDefault(c => c.Clause is not null && !OpensDependent(LeadingAdverb().Replace(c.Clause, "")));
            (best, cut) = standing.Clause is not null ? (standing.Index, standing.Clause) : (0, FirstClause(sentences[0]) ?? string.Join(' ', Words(sentences[0]).Take(MaxWords - 5)));
        }

        // An ellipsis wherever the quotation goes on: before a later sentence, after a cut or an earlier one.
        var whole = cut == sentences[best];
        var before = best > 0 ? "… " : "";
        var after = !whole ? "…" : best < sentences.Count - 1 ? " …" : "";
        return before + (whole ? cut : cut.TrimEnd(' ', ',', ';', ':', '–', '—', '-')) + after;
    }

    /// <summary>How telling a sentence is: numbers and statements of the point count; a dependent clause alone or a back-reference does not.</summary>
    private static int Score(string sentence, int index, int count)
    {
        var lower = LeadingAdverb().Replace(Language.Phrases.WithoutOpeners(sentence), "").ToLowerInvariant(); // "Naturally, if…" is an "if…"
        var dependent = OpensDependent(lower);
        var score = 0;
        if (sentence.Any(char.IsDigit))
        {
            score += 4;
        }

        // A clause that needs another to stand ("If the consumer is not one who…"), or no clause at all, says nothing alone.
        if (dependent && !lower.Contains(',', StringComparison.Ordinal) || !Language.Condenser.HasPredicate(Language.Tagger.Tag(sentence)))
        {
            score -= 8;
        }
        else if (dependent)
        {
            score -= 3;
        }

        // A thesis turns on a contrast or a judgement: "a monument rather than an instrument", "the danger was not the ladder".
        if (Thesis().IsMatch(lower))
        {
            score += 2;
        }

        if (lower.StartsWith("this ", StringComparison.Ordinal) || lower.StartsWith("it ", StringComparison.Ordinal) || lower.StartsWith("they ", StringComparison.Ordinal)
            || lower.StartsWith("and ", StringComparison.Ordinal) || lower.StartsWith("so ", StringComparison.Ordinal))
        {
            score -= 1;
        }

        // "But most nights the danger was not the ladder": a quotation turns on its "but".
        if (sentence.StartsWith("But ", StringComparison.Ordinal))
        {
            score += 1;
        }

        if (sentence.Contains(" is ", StringComparison.Ordinal) || sentence.Contains(" are ", StringComparison.Ordinal) || sentence.Contains(" means ", StringComparison.Ordinal))
        {
            score += 1;
        }

        // The first and the last sentence state the point more often than the middle does.
        return score + (index == 0 ? 1 : 0) + (index == count - 1 && count > 2 ? 2 : index == count - 1 && count > 1 ? 1 : 0);
    }

    /// <summary>Removes the one quotation mark that opens and the one that closes the quoted text itself; inner marks stay.</summary>
    public static string StripMarks(string text) => Language.QuotationMarks.Strip(text);

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

    /// <summary>"When…", "If…": a clause that needs another to stand opens the text.</summary>
    private static bool OpensDependent(string text) => Dependent.Any(d => text.StartsWith(d, StringComparison.OrdinalIgnoreCase));

    private static List<string> Words(string text) => [.. text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)];

    [GeneratedRegex(@"^\w+ly,\s+")]
    private static partial Regex LeadingAdverb();

    [GeneratedRegex(@"\b(?:rather than|instead of|not the|was not|is not|were not|are not|never|the (?:problem|point|truth|trouble|hard part|real) (?:is|was)|what matters|the only|no one|nobody|means)\b")]
    private static partial Regex Thesis();

    [GeneratedRegex(@"\s*(,|;|:|\s[–—]\s)")]
    private static partial Regex ClauseEnd();
}
