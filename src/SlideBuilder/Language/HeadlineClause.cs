namespace SlideBuilder.Language;

/// <summary>
/// A cue said as a headline: the short clause a speaker would put over the slide ("Typical staff
/// nurse earns ₱18,500 a month", "Workforce was less a class than a ladder"). Only what a sub-editor
/// drops goes: a scene-setting phrase before the subject, the subject's article, adverbs and
/// approximations, "a salary of" before its amount, and phrases without an amount from the end or
/// from inside the subject. What is left must still be a statement of three to seven words with a
/// subject and a verb; otherwise there is no headline and the caller names the slide another way.
/// </summary>
public static class HeadlineClause
{
    private static readonly HashSet<string> AmountNouns = new(StringComparer.Ordinal)
    {
        "salary", "wage", "wages", "income", "rate", "pay", "rent", "price", "cost", "budget", "sum", "total", "fee", "fine",
        "profit", "share", "equivalent", "figure", "amount",
    };

    private static readonly HashSet<string> Approximations = new(StringComparer.Ordinal) { "about", "around", "roughly", "some", "approximately", "nearly", "almost", "over", "under" };

    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal) { "not", "never", "no", "less", "more", "most", "least", "only", "than", "too" };

    /// <summary>The headline of <paramref name="cue"/>, or null when it does not shorten into a whole statement.</summary>
    public static string? From(string cue, Vocabulary vocabulary)
    {
        if (cue.IndexOfAny(['“', '"', ':', '?', '(', '«', '„']) >= 0)
        {
            return null;
        }

        // "The workforce itself was…", "By 1937 the carders were…": the intensifier and the date go before the subject is found.
        var tokens = Tagger.Tag(cue).Where(x => x.Lower is not ("itself" or "themselves" or "himself" or "herself")).ToList();
        if (tokens.Count > 3 && tokens[0].Tag is Tag.Prep && tokens[1].Tag is Tag.Num)
        {
            tokens = tokens.Skip(2).ToList();
        }

        var subject = Headline.SubjectStart(tokens);
        // Before the subject only a scene-setting phrase ("In 1951", "At harvest,"), never half of a pair ("Water and [money]").
        var before = tokens.Take(subject).ToList();
        if (subject < 0 || before.Any(t => t.Tag is Tag.Verb or Tag.Aux or Tag.Modal or Tag.Rel or Tag.Sub)
            || before.Count > 0 && (before[0].Tag is not (Tag.Prep or Tag.Adv or Tag.Num) && !before[^1].Breaks || before[^1].Tag is Tag.Conj))
        {
            return null;
        }

        var t = tokens.Skip(subject).ToList();
        // "Villani was a partisan of his city, and probably rounded…": the first clause, when it is whole.
        var comma = t.FindIndex(x => x.Breaks);
        if (comma >= 0)
        {
            t = t.Take(comma + 1).ToList();
        }

        // ("A thousand companies…": an "a" before a number is part of the count, never dropped.)
        var article = t.Count > 1 && (t[0].Lower is "the" || t[0].Lower is "a" or "an" && t[1].Tag is not Tag.Num) ? t[0] : null;
        if (article is not null)
        {
            t.RemoveAt(0);
        }

        // (An adverb after "was" is its complement: "were back to $19 a week".)
        t = t.Where((x, i) => !(x.Tag is Tag.Adv && !Kept.Contains(x.Lower) && i > 0 && t[i - 1].Tag is not Tag.Aux)
            && !(x.Lower is "itself" or "themselves" or "also" or "just" or "actually" or "really" or "alone")
            && !(Approximations.Contains(x.Lower) && i + 1 < t.Count && t[i + 1].Tag is Tag.Num)).ToList();
        t = WithoutAmountNoun(t);

        while (t.Count > Phrases.TitleWords && DropPhraseWithoutAmount(t))
        {
        }

        if (t.Count is < 3 or > Phrases.TitleWords || !Condenser.HasPredicate(t) || t[0].Tag is Tag.Pron or Tag.Rel or Tag.Sub or Tag.Conj
            || Phrases.FunctionWords.Contains(t[^1].Lower) || t[^1].Tag is Tag.Prep or Tag.Det)
        {
            return null;
        }

        if (!Reads(t))
        {
            return null;
        }

        var text = Tagger.JoinBare(t).TrimEnd(',', ';', '.', '—', '–', ' ');
        // The subject keeps its article when it fits ("A permanent wharfie earned $75 a week", not headline-ese "Permanent
        // wharfie earned…", which reads as a fragment), unless it would then read as its sentence cut short.
        // (A hyphenated word is two words to some checkers, which then misread a clean clause as a cut one: such a title is
        // kept only when no sentence starts with it at all.)
        if (article is not null && t.Count < Phrases.TitleWords && $"{article.Lower} {text}" is var spoken
            && !(spoken.Contains('-', StringComparison.Ordinal) ? vocabulary.StartsASentence(spoken) : vocabulary.CutsASentence(spoken)))
        {
            return Phrases.Capitalise(spoken);
        }

        return vocabulary.StartsASentence(text) ? null : Phrases.Capitalise(text);
    }

    /// <summary>
    /// A headline reads as one statement: a subject of nouns and their adjectives that points at nothing before it
    /// ("That labour…", "There…"), then one verb group ("Rosa describes is…" has two).
    /// </summary>
    private static bool Reads(List<Token> t)
    {
        var verb = t.FindIndex(x => x.IsFinite);
        if (verb < 1 || t[0].Lower is "that" or "this" or "these" or "those" or "such" or "there" or "it"
            || t.Take(verb).Any(x => !(x.Tag is Tag.Adj or Tag.Noun or Tag.Proper or Tag.Num || x.Lower == "of")))
        {
            return false;
        }

        // One verb group: auxiliaries before at most one lexical verb ("were paid", "might fetch"; not "work earns", "stand was").
        var group = verb;
        var lexical = t[verb].Tag is Tag.Verb;
        while (group + 1 < t.Count && t[group + 1].Tag is Tag.Verb or Tag.Aux or Tag.Modal or Tag.Neg or Tag.Adv)
        {
            group++;
            if (t[group].Tag is Tag.Verb && lexical || t[group].Tag is Tag.Aux or Tag.Modal && lexical)
            {
                return false;
            }

            lexical |= t[group].Tag is Tag.Verb;
        }

        return !t.Skip(group + 1).Any(x => x.IsFinite && x.Tag is Tag.Aux or Tag.Modal || x.Tag is Tag.Verb && x.IsFinite && !x.Lower.EndsWith("ed", StringComparison.Ordinal));
    }

    /// <summary>"earns a basic salary of ₱18,500" → "earns ₱18,500".</summary>
    private static List<Token> WithoutAmountNoun(List<Token> t)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if (t[i].Tag is not Tag.Det)
            {
                continue;
            }

            var k = i + 1;
            while (k < t.Count && t[k].Tag is Tag.Adj)
            {
                k++;
            }

            if (k + 2 < t.Count && AmountNouns.Contains(t[k].Lower) && t[k + 1].Lower == "of" && t[k + 2].Tag is Tag.Num)
            {
                return [.. t.Take(i), .. t.Skip(k + 2)];
            }
        }

        return t;
    }

    /// <summary>Drops the last prepositional phrase that carries no amount, at the end or inside the subject; false when none can go.</summary>
    private static bool DropPhraseWithoutAmount(List<Token> t)
    {
        var verb = t.FindIndex(x => x.IsFinite);
        for (var p = t.Count - 2; p > 0; p--)
        {
            if (t[p].Tag is not Tag.Prep || t[p].Lower is "of" or "than" or "as" || p == verb + 1)
            {
                continue;
            }

            // To the end of the sentence, or, inside the subject, to its verb.
            var end = p < verb ? verb : t.Count;
            // (A year is when, not how much: "in 1890" may go.)
            if (t.Skip(p).Take(end - p).Any(x => x.Tag is Tag.Num && !Salience.IsYear(x.Text) || x.Tag is Tag.Verb or Tag.Aux or Tag.Modal) || p < verb && p == 0)
            {
                continue;
            }

            t.RemoveRange(p, end - p);
            return true;
        }

        return false;
    }
}
