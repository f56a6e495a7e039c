namespace SlideBuilder.Language;

/// <summary>
/// What the whole talk says, for judging one slide's words: how many paragraphs use each word
/// (a word every paragraph uses names no slide's point) and how every sentence starts (a title
/// must not be a sentence's first words cut short).
/// </summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, int> _paragraphsWith = new(StringComparer.Ordinal);
    private readonly HashSet<string> _sentenceStarts = new(StringComparer.Ordinal); // each sentence's first 1–9 words, when it goes on after them
    private readonly HashSet<string> _runOnStarts = new(StringComparer.Ordinal); // those of them after which the sentence goes on without a comma, colon or dash
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public int Paragraphs { get; private set; }

    public static Vocabulary Of(IEnumerable<string> paragraphs)
    {
        var v = new Vocabulary();
        foreach (var p in paragraphs)
        {
            v.Add(p);
        }

        return v;
    }

    public void Add(string paragraph)
    {
        Paragraphs++;
        foreach (var stem in Words(paragraph).Select(Stem).Distinct())
        {
            _paragraphsWith[stem] = _paragraphsWith.GetValueOrDefault(stem) + 1;
        }

        foreach (var sentence in Sentences.Split(paragraph))
        {
            var words = Words(sentence).Take(10).ToList();
            var start = new System.Text.StringBuilder();
            for (var n = 0; n < words.Count - 1 && n < 9; n++)
            {
                start.Append(n == 0 ? "" : " ").Append(words[n]);
                _sentenceStarts.Add(start.ToString());
            }

            // "The hiring system was known as the call-on, because…": a start that ends at a comma is a whole clause; one the
            // sentence runs on from ("The fund ran out on the sixth of May") is that sentence cut short.
            var tokens = Tagger.Tag(sentence);
            var clause = new System.Text.StringBuilder();
            for (var k = 0; k < tokens.Count - 1 && k < 9; k++)
            {
                var word = string.Join(' ', Words(tokens[k].Text));
                if (word.Length == 0)
                {
                    continue;
                }

                clause.Append(clause.Length == 0 ? "" : " ").Append(word);
                if (!tokens[k].Breaks && !tokens[k].Ends)
                {
                    _runOnStarts.Add(clause.ToString());
                }
            }

            foreach (var t in tokens.Where(t => t.Tag is Tag.Proper))
            {
                _names.Add(t.Text);
            }
        }
    }

    /// <summary>How telling a word is in this talk: high for a word few paragraphs use.</summary>
    public double Weight(string word)
    {
        var n = _paragraphsWith.GetValueOrDefault(Stem(word.ToLowerInvariant()));
        return Math.Log((Paragraphs + 1.0) / (n + 0.5)) + 0.2;
    }

    /// <summary>True when the talk writes the word with a capital inside a sentence: a name, kept capitalised.</summary>
    public bool IsName(string word) => _names.Contains(word);

    /// <summary>True when some sentence of the talk begins with these words and goes on.</summary>
    public bool StartsASentence(string phrase)
    {
        var p = string.Join(' ', Words(phrase));
        return p.Length > 0 && _sentenceStarts.Contains(p);
    }

    /// <summary>True when some sentence of the talk begins with these words and goes on without a pause: the phrase would read as that sentence cut short.</summary>
    public bool CutsASentence(string phrase)
    {
        var p = string.Join(' ', Words(phrase));
        return p.Length > 0 && _runOnStarts.Contains(p);
    }

    /// <summary>The words of a text in lower case, without punctuation.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' or '-' && start >= 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }

    /// <summary>Words as a reader counts them on a slide: every run of letters or digits ("£9.40" is two, "day's" two).</summary>
    public static int CountReadWords(string text)
    {
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>A crude English stem: "wages" and "wage", "incomes" and "income" count as one word.</summary>
    public static string Stem(string lower) =>
        lower.Length > 4 && lower.EndsWith("ies", StringComparison.Ordinal) ? lower[..^3] + "y"
        : lower.Length > 3 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && !lower.EndsWith("us", StringComparison.Ordinal) ? lower[..^1]
        : lower;
}
