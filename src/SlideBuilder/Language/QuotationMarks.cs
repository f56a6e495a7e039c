namespace SlideBuilder.Language;

/// <summary>
/// Every quotation-mark convention the notes may use, in one place: English “…” and ‘…’, straight
/// "…", German „…“ and ‚…‘, French and Portuguese «…» and ‹…›, Danish »…«, Swedish ”…” and »…»,
/// and CJK 「…」 and 『…』.
/// </summary>
public static class QuotationMarks
{
    private static readonly Dictionary<char, string> Closers = new()
    {
        ['“'] = "”\"",
        ['"'] = "\"”",
        ['‘'] = "’",
        ['„'] = "“”",
        ['‚'] = "‘’",
        ['«'] = "»",
        ['‹'] = "›",
        ['»'] = "«»",
        ['›'] = "‹›",
        ['”'] = "”",
        ['「'] = "」",
        ['『'] = "』",
    };

    /// <summary>Every mark that can open a quotation.</summary>
    public static readonly char[] Opening = [.. Closers.Keys];

    /// <summary>Every mark that can close one.</summary>
    public static readonly char[] Closing = [.. Closers.Values.SelectMany(c => c).Distinct()];

    /// <summary>Every mark, opening or closing, with the straight single quote.</summary>
    public static readonly char[] All = [.. Opening.Concat(Closing).Append('\'').Distinct()];

    public static bool Opens(string text) => text.Length > 1 && Closers.ContainsKey(text[0]);

    /// <summary>
    /// A short quotation inside a sentence, after its lead-in ("…put it even more briefly: “We counted every cent.”"):
    /// the lead-in before the mark and the quoted words without their marks; null when there is none of
    /// <paramref name="minWords"/> to <paramref name="maxWords"/> words, closed in the sentence. Single
    /// marks are not read here: a ’ is too often an apostrophe.
    /// </summary>
    public static (string LeadIn, string Quoted)? Inside(string sentence, int minWords, int maxWords)
    {
        for (var i = 0; i < sentence.Length; i++)
        {
            var c = sentence[i];
            if (c is not ('“' or '"' or '„' or '«' or '»' or '「' or '『') || i > 0 && !char.IsWhiteSpace(sentence[i - 1]) && sentence[i - 1] is not (':' or '('))
            {
                continue;
            }

            var close = sentence.IndexOfAny(ClosersFor(c).ToCharArray(), i + 1);
            if (close < 0)
            {
                return null;
            }

            // ("They called it “fair”, and she said: “We counted every cent that winter.”": the short one is passed over.)
            var quoted = sentence[(i + 1)..close].Trim();
            var words = quoted.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words >= minWords && words <= maxWords)
            {
                return (sentence[..i].Trim(), quoted);
            }

            i = close;
        }

        return null;
    }

    /// <summary>
    /// Where the sentence opens a double-mark quotation (at its start, or after a space or colon) that it does not
    /// close: a quotation running on into the next sentences. -1 when it opens none.
    /// </summary>
    public static int OpenedNotClosed(string sentence)
    {
        for (var k = 0; k < sentence.Length; k++)
        {
            if (sentence[k] is '“' or '"' or '„' or '«' && (k == 0 || sentence[k - 1] is ' ' or ':')
                && sentence.IndexOfAny(ClosersFor(sentence[k]).ToCharArray(), k + 1) < 0)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The marks that close a quotation opened with <paramref name="opener"/>.</summary>
    public static string ClosersFor(char opener) => Closers.TryGetValue(opener, out var c) ? c : "”\"»’";

    /// <summary>True when the paragraph ends with a closing mark (after trailing spaces).</summary>
    public static bool ClosesAtEnd(string text, char opener)
    {
        var t = text.TrimEnd();
        return t.Length > 1 && ClosersFor(opener).Contains(t[^1], StringComparison.Ordinal);
    }

    /// <summary>
    /// True when a paragraph that opens with a mark closes it part-way and goes on as prose:
    /// "“Socialism in one country” was the slogan of the day." Inner quotations (doubled marks)
    /// are tracked, so “the “average” worker… does not count as closed, and an apostrophe
    /// (wharfie’s) is not a closing ’.
    /// </summary>
    public static bool ClosesInside(string text, char opener)
    {
        var closers = ClosersFor(opener);
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var apostrophe = c is '’' or '\'' && i + 1 < text.Length && char.IsLetter(text[i + 1]);
            var closes = closers.Contains(c, StringComparison.Ordinal) && !apostrophe && (c != '"' || i > 0 && !char.IsWhiteSpace(text[i - 1]));
            var opens = c == opener && (c is not '"' and not '”' and not '»' || i == 0 || char.IsWhiteSpace(text[i - 1]));
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
                    return rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3;
                }
            }
        }

        return false;
    }

    /// <summary>Removes the one mark that opens and the one that closes the quoted text itself; inner marks stay.</summary>
    public static string Strip(string text)
    {
        var t = text.Trim();
        if (t.Length > 0 && Array.IndexOf(Opening, t[0]) >= 0 || t.StartsWith('\''))
        {
            t = t[1..].TrimStart();
        }

        if (t.Length > 0 && (Array.IndexOf(Closing, t[^1]) >= 0 || t[^1] == '\'') && !EndsInnerQuote(t))
        {
            t = t[..^1].TrimEnd();
        }

        return t;
    }

    /// <summary>True when the last mark closes an inner quotation opened inside the text (‘…’ with no outer mark).</summary>
    private static bool EndsInnerQuote(string t) =>
        t[^1] == '’' && t.LastIndexOf('‘') >= 0 && t.Count(c => c == '‘') >= t.Count(c => c == '’');
}
