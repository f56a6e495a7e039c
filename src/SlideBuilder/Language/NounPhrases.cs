namespace SlideBuilder.Language;

/// <summary>A noun phrase found in a sentence: its words (without a leading article), and where it starts and ends among the sentence's tokens (article included).</summary>
public sealed record NounPhrase(IReadOnlyList<Token> Words, int Start, int End, int SentenceIndex)
{
    public Token Head => Words.LastOrDefault(w => w.IsNominal) ?? Words[^1];

    public string Text => Tagger.JoinBare(Words);
}

/// <summary>
/// Finds noun phrases in tagged sentences: modifiers and nouns ending on a noun, optionally
/// joined by "of" to a second one ("the growth of the bureaucracy"), or by a possessive
/// ("Moloney's point"). A phrase never crosses punctuation, so it is always whole.
/// </summary>
public static class NounPhrases
{
    public static List<NounPhrase> Find(IReadOnlyList<Token> tokens, int sentenceIndex = 0)
    {
        var found = new List<NounPhrase>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (Simple(tokens, i) is not { } first)
            {
                i++;
                continue;
            }

            var (start, end) = first;
            // "… of the country", "… of unskilled workers": one "of" phrase joins the head.
            if (end < tokens.Count && !tokens[end - 1].Breaks && !tokens[end - 1].Ends && tokens[end].Lower == "of" && !tokens[end].Breaks
                && Simple(tokens, end + 1) is { } second && second.End - start <= Phrases.TitleWords + 1)
            {
                found.Add(Make(tokens, start, end, sentenceIndex));
                end = second.End;
            }

            found.Add(Make(tokens, start, end, sentenceIndex));
            i = end;
        }

        return found;
    }

    private static NounPhrase Make(IReadOnlyList<Token> tokens, int start, int end, int sentenceIndex)
    {
        var words = tokens.Skip(start).Take(end - start).SkipWhile(t => t.Tag is Tag.Det).ToList();
        return new NounPhrase(words, start, end, sentenceIndex);
    }

    /// <summary>Det? (Adj|Noun|Num|Adv-before-Adj)* Noun, not crossing punctuation; null when none starts at <paramref name="i"/>.</summary>
    private static (int Start, int End)? Simple(IReadOnlyList<Token> tokens, int i)
    {
        var k = i;
        while (k < tokens.Count && tokens[k].Tag is Tag.Det && !tokens[k].Breaks)
        {
            k++;
        }

        var lastHead = -1;
        for (var j = k; j < tokens.Count; j++)
        {
            var t = tokens[j];
            var modifier = t.Tag is Tag.Adj || (t.Tag is Tag.Adv && j + 1 < tokens.Count && tokens[j + 1].Tag is Tag.Adj);
            if (t.IsNominal)
            {
                lastHead = j;
            }
            else if (!modifier)
            {
                break;
            }

            if (t.Breaks || t.Ends || (t.Text.EndsWith("'s", StringComparison.Ordinal) || t.Text.EndsWith("’s", StringComparison.Ordinal)) && j + 1 < tokens.Count && !tokens[j + 1].IsNominal && tokens[j + 1].Tag is not Tag.Adj)
            {
                break;
            }
        }

        if (lastHead < 0 || tokens.Skip(k).Take(lastHead + 1 - k).All(t => t.Tag is Tag.Num))
        {
            return null;
        }

        return (i, lastHead + 1);
    }
}
