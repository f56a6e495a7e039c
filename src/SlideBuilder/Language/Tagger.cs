namespace SlideBuilder.Language;

/// <summary>The word classes the phrase rules need.</summary>
public enum Tag
{
    Noun, Proper, Num, Adj, Adv, Verb, Aux, Modal, Neg, Det, Pron, Prep, To, Conj, Sub, Rel, Other,
}

/// <summary>
/// One word of a sentence: its text without the punctuation around it, that punctuation, and its
/// word class. <see cref="Trail"/> holds what follows the word ("," "." "”,"), <see cref="Lead"/>
/// what precedes it ("(" "“").
/// </summary>
public sealed record Token(string Text, string Lead, string Trail, Tag Tag)
{
    public string Lower { get; } = Text.ToLowerInvariant();

    /// <summary>A comma, semicolon, colon, dash or bracket after the word: a phrase may end here.</summary>
    public bool Breaks => Trail.AsSpan().IndexOfAny(",;:)—–") >= 0;

    /// <summary>A sentence end after the word.</summary>
    public bool Ends => Trail.AsSpan().IndexOfAny(".!?…") >= 0;

    /// <summary>The word as written, with its punctuation.</summary>
    public string Written => Lead + Text + Trail;

    public bool IsContent => Tag is Tag.Noun or Tag.Proper or Tag.Num or Tag.Adj or Tag.Verb;

    public bool IsNominal => Tag is Tag.Noun or Tag.Proper or Tag.Num;

    /// <summary>A verb that can carry a clause: an auxiliary, a modal, or a verb not in -ing ("earned", "is", "can"; not "running").</summary>
    public bool IsFinite => Tag is Tag.Aux or Tag.Modal || Tag is Tag.Verb && !Lower.EndsWith("ing", StringComparison.Ordinal);
}

/// <summary>
/// A part-of-speech tagger small enough to read: the lexicon for closed classes and common verbs,
/// word endings for the rest, and the neighbours for words that are both noun and verb ("the pay"
/// / "they pay"). It is wrong sometimes; every rule built on it keeps whole phrases or nothing, so
/// a wrong tag costs a shorter cue, never a broken one. Text in other languages comes out as nouns,
/// and the rules then fall back to punctuation.
/// </summary>
public static class Tagger
{
    private static readonly char[] LeadMarks = ['“', '"', '‘', '\'', '(', '[', '«', '„', '‚', '‹', '¿', '¡', '*', '_'];
    private static readonly char[] TrailMarks = ['”', '"', '’', '\'', ')', ']', '»', '“', '‘', '›', ',', ';', ':', '.', '!', '?', '…', '*', '_'];

    public static List<Token> Tag(string sentence) => Tag(sentence, "");

    /// <summary>
    /// The words of <paramref name="sentence"/>, tagged as they read with <paramref name="followedBy"/> after them ("pays"
    /// before "৳460" is a verb); only the sentence's own words are returned.
    /// </summary>
    public static List<Token> Tag(string sentence, string followedBy)
    {
        var raw = new List<(string Text, string Lead, string Trail)>();
        Tokenize(sentence, raw);
        var own = raw.Count;
        if (followedBy.Length > 0 && own > 0)
        {
            Tokenize(followedBy, raw);
        }

        // The word after the sentence's last is tagged too: its rule may retag the word before it ("The cooperative pays").
        var tokens = new List<Token>(raw.Count);
        for (var i = 0; i < Math.Min(raw.Count, own + 1); i++)
        {
            var tag = Classify(raw, i, tokens);
            tokens.Add(new Token(raw[i].Text, raw[i].Lead, raw[i].Trail, tag));
        }

        return tokens.Count > own ? tokens[..own] : tokens;
    }

    private static void Tokenize(string sentence, List<(string Text, string Lead, string Trail)> raw)
    {
        var words = sentence.Split([' ', '\u00a0'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var w in words)
        {
            if (w is "—" or "–" or "-")
            {
                // A free-standing dash is punctuation of the word before it, written with its space ("a piece rate — on collars").
                if (raw.Count > 0)
                {
                    raw[^1] = (raw[^1].Text, raw[^1].Lead, raw[^1].Trail + " —");
                }

                continue;
            }

            var start = 0;
            while (start < w.Length && Array.IndexOf(LeadMarks, w[start]) >= 0)
            {
                start++;
            }

            var end = w.Length;
            while (end > start && Array.IndexOf(TrailMarks, w[end - 1]) >= 0)
            {
                end--;
            }

            // "wages," keeps the comma as trail; a closing ’ after s is a possessive and stays.
            if (end < w.Length && w[end] == '’' && end > start && w[end - 1] == 's' && end + 1 == w.Length)
            {
                end++;
            }

            raw.Add((w[start..end], w[..start], w[end..]));
        }
    }

    private static Tag Classify(List<(string Text, string Lead, string Trail)> raw, int i, List<Token> before)
    {
        var text = raw[i].Text;
        var lower = text.ToLowerInvariant();
        var prev = i > 0 ? before[i - 1] : null;
        var next = i + 1 < raw.Count ? raw[i + 1].Text.ToLowerInvariant() : "";
        var clauseStart = prev is null || prev.Breaks || prev.Ends;

        if (text.Length == 0 || !text.Any(char.IsLetterOrDigit))
        {
            return Language.Tag.Other;
        }

        // "1,919", "$22", "R3,800", "Rs450": digits with at most a two-letter currency mark are a number.
        if (char.IsDigit(text[0]) || (text.Length > 1 && !char.IsLetter(text[0]) && text.Any(char.IsDigit)) || lower.Length > 0 && IsCurrencyNumber(lower)
            || text.Any(char.IsDigit) && text.Count(char.IsLetter) <= 2 && char.IsDigit(text[^1]))
        {
            return Language.Tag.Num;
        }

        if (lower == "to")
        {
            return Language.Tag.To;
        }

        if (lower == "that")
        {
            // "that year" is a determiner; "said that the…", "pointed out that in…" and "the wage that…" open a clause.
            var next2 = i + 2 < raw.Count ? raw[i + 2].Text.ToLowerInvariant() : "";
            var nextIsWord = next.Length > 0 && char.IsLetter(next[0]) && !Closed(next) && !Lexicon.VerbForms.Contains(next);
            var thenVerb = Lexicon.Auxiliaries.Contains(next2) || Lexicon.Modals.Contains(next2) || Lexicon.VerbForms.Contains(next2) && !Lexicon.NounVerbs.Contains(next2);
            return nextIsWord && !thenVerb && raw[i].Trail.Length == 0 ? Language.Tag.Det : Language.Tag.Rel;
        }

        // "according to the figures": one preposition in two words.
        if (lower == "according" && next == "to")
        {
            return Language.Tag.Prep;
        }

        if (lower is "about" or "around" or "some" or "nearly" or "almost" or "roughly" or "over" or "under" && (char.IsDigit(next.FirstOrDefault()) || Lexicon.NumberWords.Contains(next) || next.Length > 0 && "$£€¥₹".Contains(next[0], StringComparison.Ordinal)))
        {
            return Language.Tag.Adv; // "about 4,000 roubles": part of the amount
        }

        if (lower is "as" or "since" or "before" or "after" or "until" or "so" or "once" && clauseStart && VerbAhead(raw, i))
        {
            return Language.Tag.Sub;
        }

        // "in case the road was bad": one subordinator in two words, whose clause goes with it when a cue is cut.
        // ("in case of fire" is a preposition.)
        if (lower == "in" && next == "case" && !(i + 2 < raw.Count && raw[i + 2].Text == "of") && VerbAhead(raw, i + 1)
            || lower == "case" && prev is { Lower: "in", Tag: Language.Tag.Sub })
        {
            return Language.Tag.Sub;
        }

        if (Lexicon.Modals.Contains(lower))
        {
            return Language.Tag.Modal;
        }

        if (Lexicon.Auxiliaries.Contains(lower))
        {
            return Language.Tag.Aux;
        }

        if (Lexicon.Negations.Contains(lower) && lower != "no")
        {
            return Language.Tag.Neg;
        }

        if (Lexicon.Possessives.Contains(lower) || Lexicon.Determiners.Contains(lower))
        {
            return lower is "her" && (next.Length == 0 || raw[i].Trail.Length > 0) ? Language.Tag.Pron : Language.Tag.Det;
        }

        if (Lexicon.Pronouns.Contains(lower))
        {
            return prev?.Tag is Language.Tag.Det && !prev.Breaks ? Language.Tag.Noun : Language.Tag.Pron; // "the mine", "a one"
        }

        if (Lexicon.Prepositions.Contains(lower))
        {
            return Language.Tag.Prep;
        }

        if (Lexicon.Conjunctions.Contains(lower))
        {
            return Language.Tag.Conj;
        }

        if (Lexicon.Subordinators.Contains(lower))
        {
            return Language.Tag.Sub;
        }

        if (Lexicon.Relatives.Contains(lower))
        {
            return Language.Tag.Rel;
        }

        if (Lexicon.NumberWords.Contains(lower) || lower.Contains('-') && lower.Split('-').All(Lexicon.NumberWords.Contains)) // "twenty-six"
        {
            return Language.Tag.Num;
        }

        // Capitals inside a sentence name someone or something (not after an opening mark or colon).
        var sentenceInitial = prev is null || prev.Ends || prev.Trail.EndsWith(':') || raw[i].Lead.Length > 0 && i == 0;
        if (char.IsUpper(text[0]) && !sentenceInitial && !(lower == "i"))
        {
            return Language.Tag.Proper;
        }

        if (Lexicon.Adverbs.Contains(lower))
        {
            return Language.Tag.Adv;
        }

        if (Lexicon.Adjectives.Contains(lower))
        {
            return Language.Tag.Adj;
        }

        var afterNominalModifier = prev is not null && !prev.Breaks && prev.Tag is Language.Tag.Det or Language.Tag.Adj or Language.Tag.Num or Language.Tag.Prep
            || prev is not null && (prev.Text.EndsWith("'s", StringComparison.Ordinal) || prev.Text.EndsWith("’s", StringComparison.Ordinal))
            || prev is { Trail: "'" or "’" } && prev.Text.EndsWith('s') && char.IsLower(text[0]) // "the musicians' union"
            || prev is { Tag: Language.Tag.Adv, Breaks: false } && i >= 2 && before[i - 2].Tag is Language.Tag.Det; // "a newly qualified nurse"
        var afterSubject = prev is not null && !prev.Breaks && prev.Tag is Language.Tag.Pron or Language.Tag.Noun or Language.Tag.Proper or Language.Tag.Modal or Language.Tag.Aux or Language.Tag.Neg or Language.Tag.To or Language.Tag.Rel
            || prev is not null && prev.Tag is Language.Tag.Adv && i >= 2 && before[i - 2].Tag is Language.Tag.Pron or Language.Tag.Noun or Language.Tag.Proper or Language.Tag.Aux or Language.Tag.Modal;

        if (Lexicon.VerbForms.Contains(lower))
        {
            var ambiguous = Lexicon.NounVerbs.Contains(lower);
            var participle = lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith("ing", StringComparison.Ordinal);
            if (prev?.Tag == Language.Tag.To || prev?.Tag is Language.Tag.Modal or Language.Tag.Aux or Language.Tag.Neg)
            {
                return Language.Tag.Verb;
            }

            // "the code of 1933 set a minimum": after a year, before an article, a verb.
            if (prev is { Tag: Language.Tag.Num } && prev.Text.Length == 4 && prev.Text[0] is '1' or '2'
                && (Lexicon.Determiners.Contains(next) || next.Length > 0 && (char.IsDigit(next[0]) || "$£€¥₹".Contains(next[0], StringComparison.Ordinal))))
            {
                return Language.Tag.Verb;
            }

            // "a deckhand in 1982 earned roughly…": a past tense after a year the sentence did not open with "the".
            if (prev is { Tag: Language.Tag.Num } && prev.Text.Length == 4 && prev.Text[0] is '1' or '2' && !ambiguous && !lower.EndsWith("ing", StringComparison.Ordinal)
                && !(i >= 2 && before[i - 2].Tag is Language.Tag.Det) && before.Take(i - 1).Any(t => t.IsNominal && t.Tag is not Language.Tag.Num))
            {
                return Language.Tag.Verb;
            }

            // "This manifested itself in…": a demonstrative standing alone as the subject, then its verb.
            if (prev is { Lower: "this" or "that" } && i == 1 && !ambiguous && lower.EndsWith("ed", StringComparison.Ordinal)
                && (Lexicon.Pronouns.Contains(next) || Lexicon.Determiners.Contains(next) || Lexicon.Prepositions.Contains(next)))
            {
                return Language.Tag.Verb;
            }

            // "a baker in our cooperative took home": a past tense that is only ever a verb, after a word that can be an adjective
            // or a noun ("cooperative", "collective") closing a noun phrase, is the verb, and that word the phrase's noun.
            if (Lexicon.PastOnly.Contains(lower) && prev is { Tag: Language.Tag.Adj, Breaks: false }
                && i >= 2 && before[i - 2].Tag is Language.Tag.Det or Language.Tag.Adj)
            {
                before[i - 1] = prev with { Tag = Language.Tag.Noun };
                return Language.Tag.Verb;
            }

            // "The one I spent most time with charges a fee": after a preposition left without its object, a word in -s before
            // "a" or money is the clause's verb (no phrase reads "with charges a fee").
            if (ambiguous && lower.EndsWith('s') && prev is { Tag: Language.Tag.Prep, Breaks: false } && i >= 2 && before[i - 2].Tag is not (Language.Tag.Det or Language.Tag.Adj)
                && (next is "a" or "an" || AmountAhead(raw, i + 1, direct: true)))
            {
                return Language.Tag.Verb;
            }

            // "The cooperative pays seasonal workers…": the same for a verb in -s, when what follows is what it acts on
            // (not a verb, a preposition or a conjunction: "The new rates apply", "The total costs of…" keep their noun).
            if (ambiguous && lower.EndsWith('s') && prev is { Tag: Language.Tag.Adj, Breaks: false } && i == 2 && before[0].Tag is Language.Tag.Det
                && raw[i].Trail.Length == 0 && next.Length > 0 && !Lexicon.VerbForms.Contains(next) && !Lexicon.Prepositions.Contains(next) && !Lexicon.Conjunctions.Contains(next)
                && !Lexicon.Auxiliaries.Contains(next) && !Lexicon.Modals.Contains(next) && !Lexicon.Subordinators.Contains(next) && !Lexicon.Relatives.Contains(next))
            {
                before[i - 1] = prev with { Tag = Language.Tag.Noun };
                return Language.Tag.Verb;
            }

            if (afterNominalModifier)
            {
                // Straight after "the", "productive" or "of", a verb form is a noun ("the productive forces") or a modifier.
                return participle && NominalAhead(next) ? Language.Tag.Adj : Language.Tag.Noun;
            }

            // "A one-bedroom apartment near the museum rents for around $1,900", "a packet …, blended and sold, costs Rs. 900":
            // a word in -s after a noun, before an amount, is the clause's verb when none has come yet.
            if (ambiguous && lower.EndsWith('s') && prev?.Tag is Language.Tag.Noun or Language.Tag.Proper
                // (no verb of its own yet: an auxiliary, or a verb straight after its subject; "blended, sold and shipped" are participles)
                && !before.Where((t, k) => t.Tag is Language.Tag.Aux or Language.Tag.Modal
                    || t.Tag is Language.Tag.Verb && k > 0 && before[k - 1] is { Tag: Language.Tag.Noun or Language.Tag.Pron or Language.Tag.Proper, Breaks: false }).Any()
                && (AmountAhead(raw, i + 1, direct: true) || AmountAhead(raw, i + 1, direct: false) && !prev.Breaks))
            {
                return Language.Tag.Verb;
            }

            // "extra bank shifts, which…": a plural inside a noun phrase, not a verb, unless an object follows.
            if (ambiguous && lower.EndsWith('s') && prev?.Tag is Language.Tag.Noun && i >= 2 && before[i - 2].Tag is Language.Tag.Adj or Language.Tag.Det or Language.Tag.Num
                && !Lexicon.Determiners.Contains(next) && !Lexicon.Pronouns.Contains(next) && !Lexicon.Possessives.Contains(next) && next != "to")
            {
                return Language.Tag.Noun;
            }

            // "dealt with in one go": after a preposition and "one", a noun.
            if (ambiguous && prev is { Lower: "one" } && i >= 2 && before[i - 2].Tag is Language.Tag.Prep)
            {
                return Language.Tag.Noun;
            }

            if (ambiguous && !afterSubject)
            {
                return Language.Tag.Noun;
            }

            if (lower.EndsWith("ing", StringComparison.Ordinal) && clauseStart)
            {
                return Language.Tag.Noun; // "Picking a gang took…": a gerund subject
            }

            return Language.Tag.Verb;
        }

        if (prev?.Tag is Language.Tag.To && char.IsLower(text[0]))
        {
            return Language.Tag.Verb; // "to administer": an unlisted verb
        }

        // "the material flows from…": an unlisted word in -s after the subject's noun, before a preposition or article.
        if (lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && !lower.EndsWith("us", StringComparison.Ordinal) && !lower.EndsWith("is", StringComparison.Ordinal)
            && prev is { Tag: Language.Tag.Noun or Language.Tag.Proper, Breaks: false } && !before.Any(t => t.Tag is Language.Tag.Verb or Language.Tag.Aux or Language.Tag.Modal)
            && (Lexicon.Prepositions.Contains(next) || next == "to" || Lexicon.Adverbs.Contains(next)))
        {
            return Language.Tag.Verb;
        }

        // "their conditions correspond to their habits": an unlisted word after a plural subject, before "to", an article or a
        // preposition, with no verb yet, is the verb.
        if (prev is { Tag: Language.Tag.Noun, Breaks: false, Trail: "" } && prev.Lower.EndsWith('s') && char.IsLower(text[0]) && !lower.EndsWith('s')
            && !before.Any(t => t.Tag is Language.Tag.Verb or Language.Tag.Aux or Language.Tag.Modal)
            && (next == "to" || Lexicon.Determiners.Contains(next) || Lexicon.Possessives.Contains(next) || Lexicon.Prepositions.Contains(next) && next != "of"))
        {
            return Language.Tag.Verb;
        }

        if (lower.EndsWith("ly", StringComparison.Ordinal) && lower.Length > 4 && !Lexicon.LyNotAdverbs.Contains(lower))
        {
            return Language.Tag.Adv;
        }

        if (AdjectiveEnding(lower))
        {
            return Language.Tag.Adj;
        }

        // "string", "spring": an -ing whose stem has no vowel is no participle.
        if ((lower.EndsWith("ed", StringComparison.Ordinal) && lower.Length > 4) || (lower.EndsWith("ing", StringComparison.Ordinal) && lower.Length > 5 && lower[..^3].IndexOfAny(Vowels) >= 0))
        {
            // An unlisted participle: a modifier before a noun, a verb after a subject.
            if (afterNominalModifier)
            {
                return NominalAhead(next) ? Language.Tag.Adj : Language.Tag.Noun;
            }

            return afterSubject || lower.EndsWith("ed", StringComparison.Ordinal) ? Language.Tag.Verb : Language.Tag.Noun;
        }

        return Language.Tag.Noun;
    }

    private static readonly char[] Vowels = ['a', 'e', 'i', 'o', 'u', 'y'];

    private static bool IsCurrencyNumber(string lower) =>
        lower.Length > 1 && "$£€¥₹₩₽₺".Contains(lower[0], StringComparison.Ordinal) && char.IsDigit(lower[1]);

    /// <summary>Money starts at word <paramref name="k"/> (or, not <paramref name="direct"/>, after "for", "at", "about", "around"…): "$1,900", "R120", "Rs. 900".</summary>
    private static bool AmountAhead(List<(string Text, string Lead, string Trail)> raw, int k, bool direct)
    {
        while (!direct && k < raw.Count && raw[k].Text.ToLowerInvariant() is "for" or "at" or "about" or "around" or "roughly" or "nearly" or "almost" or "only" or "just")
        {
            k++;
        }

        // Money, not a count or a year ("rents 40 years ago", "shifts for 200 dockers"): a sign, or letters of a currency, by the
        // digits; bare digits only straight after the word and before a unit that is no span of time or count of people
        // ("pays 2,300 shillings").
        if (k >= raw.Count || raw[k].Text.Length == 0)
        {
            return false;
        }

        var word = raw[k].Text;
        var next = k + 1 < raw.Count ? raw[k + 1].Text : "";
        return NumberStyle.IsCurrencySign(word[0])
            || char.IsLetter(word[0]) && word.Any(char.IsDigit) && word.Count(char.IsLetter) <= 3 // "R120", "Rs450", "MAD80"
            || word.Length <= 3 && word.All(char.IsLetter) && !Closed(word.ToLowerInvariant()) && next.Length > 0 && char.IsDigit(next[0]) // "Rs. 900", "kr 649"
            || direct && char.IsDigit(word[0]) && raw[k].Trail.Length == 0 && next.Length > 0 && char.IsLower(next[0]) && !Lexicon.LightNouns.Contains(next.ToLowerInvariant()) && !Closed(next.ToLowerInvariant());
    }

    private static bool Closed(string w) =>
        Lexicon.Determiners.Contains(w) || Lexicon.Possessives.Contains(w) || Lexicon.Pronouns.Contains(w) || Lexicon.Prepositions.Contains(w)
        || Lexicon.Conjunctions.Contains(w) || Lexicon.Subordinators.Contains(w) || Lexicon.Relatives.Contains(w) || Lexicon.Auxiliaries.Contains(w)
        || Lexicon.Modals.Contains(w) || Lexicon.Adverbs.Contains(w) || w == "to";

    private static bool NominalAhead(string next) =>
        next.Length > 0 && !Lexicon.Prepositions.Contains(next) && !Lexicon.Conjunctions.Contains(next) && !Lexicon.Auxiliaries.Contains(next)
        && !Lexicon.Modals.Contains(next) && !Lexicon.Determiners.Contains(next) && !Lexicon.Relatives.Contains(next) && next != "to"
        && !Lexicon.Adverbs.Contains(next) && !Lexicon.Pronouns.Contains(next);

    private static bool VerbAhead(List<(string Text, string Lead, string Trail)> raw, int i)
    {
        for (var k = i + 1; k < raw.Count && k <= i + 8; k++)
        {
            var w = raw[k].Text.ToLowerInvariant();
            if (Lexicon.Auxiliaries.Contains(w) || Lexicon.Modals.Contains(w) || (Lexicon.VerbForms.Contains(w) && !Lexicon.NounVerbs.Contains(w)))
            {
                return true;
            }

            if (raw[k].Trail.AsSpan().IndexOfAny(",;:.!?") >= 0)
            {
                return false;
            }
        }

        return false;
    }

    private static readonly string[] AdjectiveEndings = ["ous", "ful", "less", "able", "ible", "ive", "ical", "ish", "ary", "ic", "al", "ant", "ent"];

    private static readonly HashSet<string> NotAdjectives = new(StringComparer.Ordinal)
    {
        "capital", "hospital", "festival", "proposal", "arrival", "approval", "survival", "rental", "animal", "journal",
        "signal", "metal", "interval", "canal", "principal", "criminal", "individual", "professional", "manual",
        "salary", "library", "secretary", "boundary", "dictionary", "diary", "summary", "anniversary", "commentary",
        "documentary", "military", "budgetary", "ordinary", "january", "february", "territory", "century",
        "music", "public", "topic", "logic", "clinic", "traffic", "republic", "mechanic", "critic", "fabric", "panic",
        "plastic", "magic", "arithmetic", "rhetoric", "statistic", "cleric", "tunic", "mosaic",
        "objective", "executive", "representative", "alternative", "initiative", "incentive", "detective", "native",
        "relative", "motive", "collective", "perspective", "directive", "narrative", "archive", "olive", "captive",
        "servant", "assistant", "merchant", "tenant", "peasant", "giant", "restaurant", "participant", "immigrant",
        "applicant", "consultant", "accountant", "sergeant", "lieutenant", "plant", "grant", "infant", "attendant",
        "student", "president", "resident", "agent", "parent", "percent", "per cent", "cent", "rent", "event", "talent",
        "moment", "government", "payment", "element", "argument", "department", "document", "development", "statement",
        "movement", "management", "employment", "equipment", "settlement", "agreement", "treatment", "improvement",
        "investment", "instrument", "apartment", "segment", "parliament", "content", "extent", "accident", "incident",
        "opponent", "component", "continent", "client", "patient", "ingredient", "recipient", "superintendent", "dissent",
        "fish", "dish", "wish", "english", "polish", "parish", "rubbish",
    };

    private static bool AdjectiveEnding(string lower) =>
        lower.Length > 4 && !NotAdjectives.Contains(lower) && !lower.EndsWith("ment", StringComparison.Ordinal)
        && AdjectiveEndings.Any(e => lower.EndsWith(e, StringComparison.Ordinal));

    /// <summary>The words joined back as they were written.</summary>
    public static string Join(IEnumerable<Token> tokens) => string.Join(' ', tokens.Select(t => t.Written));

    /// <summary>The words joined without the punctuation after the last one.</summary>
    public static string JoinBare(IReadOnlyList<Token> tokens)
    {
        if (tokens.Count == 0)
        {
            return "";
        }

        var head = string.Join(' ', tokens.Take(tokens.Count - 1).Select(t => t.Written));
        var last = tokens[^1];
        // Keep a closing mark that closes an opening inside the phrase.
        var trail = last.Trail.TrimEnd(',', ';', ':', '.', '!', '?', '…', '—', '–', ' ');
        var joined = (head.Length > 0 ? head + " " : "") + last.Lead + last.Text + trail;
        return joined.Trim();
    }
}
