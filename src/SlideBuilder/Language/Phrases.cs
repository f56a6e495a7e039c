using System.Globalization;
using System.Text.RegularExpressions;

namespace SlideBuilder.Language;

/// <summary>
/// English phrase knowledge for turning a speaker's script into slide cues and titles: function
/// words, discourse openers, a small verb lexicon, clause boundaries. Written for this project.
/// Every rule degrades to "keep the words as they are" on text it does not recognise, so other
/// languages get shorter cues cut at punctuation, never garbage.
/// </summary>
public static partial class Phrases
{
    /// <summary>A cue on a slide: at most this many words.</summary>
    public const int CueWords = 12;

    /// <summary>A title: at most this many words.</summary>
    public const int TitleWords = 7;

    /// <summary>Words that carry grammar, not topic: a title or cue never ends on one.</summary>
    public static readonly IReadOnlySet<string> FunctionWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "as", "and", "or", "but", "nor", "that",
        "which", "who", "whom", "whose", "this", "these", "those", "its", "their", "his", "her", "our", "your", "my", "is", "are",
        "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "not", "no", "so", "than", "then", "if",
        "when", "while", "where", "because", "although", "though", "into", "onto", "upon", "about", "over", "under", "between",
        "among", "through", "during", "before", "after", "against", "without", "within", "such", "same", "other", "another",
        "very", "more", "most", "less", "least", "some", "any", "each", "every", "both", "either", "neither", "it", "they",
        "we", "he", "she", "i", "you", "them", "us", "him", "me", "can", "could", "will", "would", "shall", "should", "may",
        "might", "must", "also", "even", "just", "only", "one", "two", "three", "what", "how", "why", "there", "here", "all",
    };

    /// <summary>Words set in lower case inside a title-case heading: articles, short prepositions and conjunctions.</summary>
    public static readonly IReadOnlySet<string> TitleCaseSmallWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "but", "or", "nor", "for", "of", "to", "in", "on", "at", "by", "as", "from", "with", "per", "via",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "these", "those", "that", "our", "their", "its", "his", "her", "my", "your", "some", "such",
    };

    /// <summary>Verbs that end a subject: auxiliaries and the verbs talks about work, pay and history use most.</summary>
    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "can", "could", "will", "would",
        "shall", "should", "may", "might", "must", "says", "said", "say", "show", "shows", "showed", "shown", "earn", "earns",
        "earned", "make", "makes", "made", "take", "takes", "took", "get", "gets", "got", "go", "goes", "went", "come", "comes",
        "came", "give", "gives", "gave", "pay", "pays", "paid", "rose", "rise", "rises", "fell", "fall", "falls", "remain",
        "remains", "remained", "become", "becomes", "became", "seem", "seems", "seemed", "look", "looks", "looked", "survive",
        "survives", "survived", "contain", "contains", "contained", "describe", "describes", "described", "tell", "tells",
        "told", "know", "knows", "knew", "think", "thinks", "thought", "find", "finds", "found", "mean", "means", "meant",
        "need", "needs", "needed", "want", "wants", "wanted", "work", "works", "worked", "live", "lives", "lived", "run",
        "runs", "ran", "keep", "keeps", "kept", "hold", "holds", "held", "stand", "stands", "stood", "lead", "leads", "led",
        "grow", "grows", "grew", "write", "writes", "wrote", "argue", "argues", "argued", "explain", "explains", "explained", "drew", "draw", "draws",
        "owed", "owe", "owes", "sold", "sell", "sells", "bought", "buy", "buys", "spent", "spend", "spends", "began", "begin",
        "begins", "ended", "closed", "opened", "used", "use", "uses", "let", "put", "set", "cut", "left", "felt",
        "cannot", "can't", "won't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "never", "not",
        "heard", "hear", "hears", "asked", "ask", "asks", "saw", "see", "sees", "began", "requires", "require", "required",
    };

    /// <summary>Openings that carry no topic: a cue or title starts after them.</summary>
    private static readonly string[] Openers =
    [
        "first of all", "above all", "after all", "in short", "of course", "for example", "for instance", "to recap",
        "in other words", "on the other hand", "in general", "in fact", "at the same time", "as previously explained",
        "as explained", "as we have seen", "as i said", "as noted", "to begin with", "to start with", "it should be said that",
        "it should be noted that", "it is worth saying plainly that", "it is worth saying that", "it is worth adding that",
        "it is worth noting that", "i should say at the start that", "i should say that", "let me say that", "needless to say",
        "first", "firstly", "second", "secondly", "third", "thirdly", "fourth", "finally", "lastly", "likewise", "however",
        "moreover", "furthermore", "thus", "therefore", "so", "and so", "and", "but", "then", "now", "well", "also", "indeed",
        "in turn", "in the end", "still", "yet",
    ];

    /// <summary>Words that open a subordinate or following clause: a long cue may end before one.</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "which", "who", "whom", "whose", "because", "although", "though", "while", "whereas", "since", "unless", "when",
        "where", "if", "but", "and", "so", "as", "until", "after", "before",
    };

    /// <summary>True when the words (lower case, without the trailing comma) are a discourse opener that says nothing by itself.</summary>
    public static bool IsOpener(string lower) => Openers.Contains(lower.Trim().TrimEnd(','), StringComparer.Ordinal);

    /// <summary>The sentence without the discourse openers in front of its point ("First of all, it should be said that …").</summary>
    public static string WithoutOpeners(string sentence)
    {
        var s = sentence.Trim();
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var opener in Openers)
            {
                if (s.Length > opener.Length + 1 && s.StartsWith(opener, StringComparison.OrdinalIgnoreCase)
                    && s[opener.Length] is ',' or ' ')
                {
                    var rest = s[opener.Length..].TrimStart(',', ' ');
                    if (CountWords(rest) >= 3)
                    {
                        s = rest;
                        changed = true;
                        break;
                    }
                }
            }
        }

        return Capitalise(s);
    }

    /// <summary>The sentence without asides: (parentheses), [brackets] and — dashed asides —.</summary>
    public static string WithoutAsides(string sentence)
    {
        var s = Parenthetical().Replace(sentence, "");
        s = DashedAside().Replace(s, "");
        return Squash(s);
    }

    /// <summary>
    /// A cue for a slide from one sentence of the script: openers and asides dropped, then, when it is
    /// still long, cut at the last clause boundary within <see cref="CueWords"/> words; never ending
    /// on a comma or a function word. A cut without a clause boundary ends with an ellipsis.
    /// </summary>
    public static string Cue(string sentence)
    {
        var s = WithoutAsides(WithoutOpeners(sentence));
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count <= CueWords)
        {
            return Capitalise(TrimEnd(s, keepStop: true));
        }

        // The last clause boundary within the limit that leaves a phrase of five words or more.
        var cut = 0;
        for (var i = 5; i <= CueWords && i < words.Count; i++)
        {
            if ((words[i - 1].EndsWith(',') && !InsideNounPhrase(words, i)) || words[i - 1].EndsWith(';') || words[i - 1].EndsWith(':')
                || words[i] is "—" or "–" || ClauseOpeners.Contains(Bare(words[i])))
            {
                cut = i;
            }
        }

        var taken = words.Take(cut > 0 ? cut : CueWords).ToList();
        if (cut == 0)
        {
            // Cut without a boundary: never inside a noun phrase just opened ("is a new…").
            var article = taken.FindLastIndex(w => Bare(w) is "a" or "an" or "the");
            if (article >= taken.Count - 3 && article >= 4)
            {
                taken = taken.Take(article).ToList();
            }
        }

        var phrase = string.Join(' ', taken);
        var trimmed = TrimEnd(phrase, keepStop: false);
        return Capitalise(cut > 0 ? trimmed : trimmed + "…");
    }

    /// <summary>
    /// A title for a slide from its script: the subject of its first sentence when that is a short
    /// noun phrase, else the phrase the paragraphs repeat most, else a short whole sentence; null
    /// when none of these exists (the caller falls back). Titles are never a sentence's first words
    /// cut mid-phrase: a subject is taken without its article, so it reads as a headline.
    /// </summary>
    public static string? Title(IReadOnlyList<string> sentences)
    {
        var points = sentences.Where(s => !IsAboutTheTalk(s)).ToList();
        if (points.Count == 0)
        {
            return null;
        }

        var first = WithoutAsides(WithoutOpeners(points[0]));
        if (ShortSentence(first) is { } whole)
        {
            return whole;
        }

        if (Subject(first) is { } subject && !IsPrefixOfAny(subject, sentences))
        {
            return subject;
        }

        if (Keyphrase(points) is { } key && !IsPrefixOfAny(key, sentences))
        {
            return key;
        }

        // Then a later short sentence, the first clause, and at last the subject even where the sentence begins with it.
        return points.Select(s => ShortSentence(WithoutAsides(WithoutOpeners(s)))).FirstOrDefault(s => s is not null)
            ?? Clause(first) ?? Subject(first) ?? Keyphrase(points, minimumCount: 1);
    }

    /// <summary>A sentence of three to seven words, as a title: its own point, whole.</summary>
    public static string? ShortSentence(string sentence)
    {
        // Whole or not at all: a sentence ending on "it" or "over" is not shortened into a fragment.
        var s = sentence.Trim().TrimEnd('.', '!', '?', '…', ' ');
        return CountWords(s) is >= 3 and <= TitleWords && !EndsOnFunctionWord(s) && !s.Contains('“') && !s.Contains('"') && !s.EndsWith(',')
            ? Capitalise(s) : null;
    }

    /// <summary>The sentence's first clause when it has three to seven words and ends at a clause boundary.</summary>
    private static string? Clause(string sentence)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        for (var i = Math.Min(TitleWords, words.Count - 1); i >= 3; i--)
        {
            if (((words[i - 1].EndsWith(',') && !InsideNounPhrase(words, i)) || words[i - 1].EndsWith(';') || ClauseOpeners.Contains(Bare(words[i])))
                && !FunctionWords.Contains(Bare(words[i - 1])))
            {
                return Capitalise(string.Join(' ', words.Take(i)).TrimEnd(',', ';'));
            }
        }

        return null;
    }

    /// <summary>
    /// A comma inside a noun phrase ("a new, stable ruling class"): an article just before it and a
    /// content word after it. Cutting there would leave "a new".
    /// </summary>
    private static bool InsideNounPhrase(List<string> words, int i) =>
        (Bare(words[Math.Max(0, i - 2)]) is "a" or "an" or "the" || (i >= 3 && Bare(words[i - 3]) is "a" or "an" or "the"))
        && !ClauseOpeners.Contains(Bare(words[i])) && !FunctionWords.Contains(Bare(words[i]));

    /// <summary>A sentence about the talk itself ("Let me start with…", "Good morning, everyone"), not its subject.</summary>
    public static bool IsAboutTheTalk(string sentence) => AboutTheTalk().IsMatch(sentence.TrimStart('“', '"', ' '));

    /// <summary>The words before the first verb, without a leading article: "The payroll books survive…" → "Payroll books".</summary>
    public static string? Subject(string sentence)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count < 2)
        {
            return null;
        }

        var verb = words.FindIndex(1, w => Verbs.Contains(Bare(w)) || w.EndsWith(',') || w.EndsWith(':'));
        if (verb < 1 || words.Take(verb).Any(w => w.Any(c => c is ',' or ';' or ':' or '(' or '“' or '"')))
        {
            return null;
        }

        var subject = words.Take(verb).SkipWhile(w => Determiners.Contains(Bare(w))).ToList();
        if (subject.Count is < 2 or > TitleWords - 1 || !IsNounPhrase(subject))
        {
            return null;
        }

        return Capitalise(string.Join(' ', subject).TrimEnd('.', ',', ';', ':'));
    }

    /// <summary>The content phrase (two or three words, no function word at either end) repeated most in the text.</summary>
    public static string? Keyphrase(IReadOnlyList<string> sentences, int minimumCount = 2)
    {
        var counts = new Dictionary<string, (int Count, int First, string Original)>(StringComparer.OrdinalIgnoreCase);
        var position = 0;
        foreach (var sentence in sentences)
        {
            foreach (var piece in ClausePieces().Split(WithoutAsides(sentence)))
            {
                var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('“', '”', '"', '‘', '’', '\'', '.', '!', '?', '…')).Where(w => w.Length > 0).ToList();
                for (var n = 3; n >= 2; n--)
                {
                    for (var i = 0; i + n <= words.Count; i++)
                    {
                        var gram = words.Skip(i).Take(n).ToList();
                        if (!IsNounPhrase(gram) || gram.Any(w => !w.Any(char.IsLetter)))
                        {
                            continue;
                        }

                        var key = string.Join(' ', gram);
                        counts[key] = counts.TryGetValue(key, out var c) ? (c.Count + 1, c.First, c.Original) : (1, position++, key);
                    }
                }
            }
        }

        // Only a phrase the script comes back to names its point; one said once is as likely a scrap.
        var best = counts.Values.Where(c => c.Count >= minimumCount).OrderByDescending(c => c.Count * CountWords(c.Original)).ThenBy(c => c.First).FirstOrDefault();
        return best.Original is null ? null : Capitalise(best.Original);
    }

    /// <summary>
    /// Words that can stand as a headline noun phrase: no verb, no function word at either end or
    /// inside it but "of" and "and" between content words, no leading "-ing" or "-ed" form.
    /// </summary>
    private static bool IsNounPhrase(IReadOnlyList<string> words)
    {
        var bare = words.Select(Bare).ToList();
        return bare.Count > 0
            && !FunctionWords.Contains(bare[0]) && !FunctionWords.Contains(bare[^1])
            && !bare.Any(Verbs.Contains)
            && !bare[0].EndsWith("ing", StringComparison.Ordinal) && !(bare[0].EndsWith("ed", StringComparison.Ordinal) && bare[0].Length > 4)
            && !AdjectiveEnding().IsMatch(bare[^1])
            && bare.Skip(1).SkipLast(1).All(w => !FunctionWords.Contains(w) || w is "of" or "and")
            && (!bare.Contains("and") || (bare.Count == 3 && bare[1] == "and"));
    }

    public static bool EndsOnFunctionWord(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words && FunctionWords.Contains(Bare(words[^1]));

    private static bool IsPrefixOfAny(string title, IReadOnlyList<string> sentences)
    {
        var t = Normal(title);
        return sentences.Any(s => Normal(s).StartsWith(t + " ", StringComparison.Ordinal));
    }

    private static string Normal(string text) => string.Join(' ', WordChars().Matches(text.ToLowerInvariant()).Select(m => m.Value));

    /// <summary>Trailing punctuation (except a full stop, when kept) and function words removed.</summary>
    private static string TrimEnd(string text, bool keepStop)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 2 && FunctionWords.Contains(Bare(words[^1])))
        {
            words.RemoveAt(words.Count - 1);
        }

        var joined = string.Join(' ', words).TrimEnd(',', ';', ':', '–', '—', '-', ' ');
        return keepStop ? joined : joined.TrimEnd('.', '!', '…', ' ');
    }

    private static string Bare(string word) => word.Trim('“', '”', '"', '‘', '’', '\'', '(', ')', ',', ';', ':', '.', '!', '?', '…').ToLowerInvariant();

    private static int CountWords(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Squash(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Replace(" ,", ",", StringComparison.Ordinal).Replace(" .", ".", StringComparison.Ordinal);

    public static string Capitalise(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..] : text;

    [GeneratedRegex(@"^(?:let me|let us|let's|now let|i will|i'll|i want to|i'd like|i would like|i think that is|i think that's|i am happy|i'm happy|here is where|good (?:morning|afternoon|evening)|thank you|thanks|welcome|today i|in this talk|that is all|that's all)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AboutTheTalk();

    [GeneratedRegex(@"\s*[(\[][^()\[\]]{1,200}[)\]]")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"\s*[—–]\s[^—–]{1,200}?\s[—–](?=\s)|\s*—[^—]{1,200}?—")]
    private static partial Regex DashedAside();

    [GeneratedRegex(@"[,;:()\[\]—–]")]
    private static partial Regex ClausePieces();

    /// <summary>Endings of English adjectives: a headline does not end on one ("Existence of socialised").</summary>
    [GeneratedRegex(@"(?:ial|ical|ised|ized|ive|ous|ary|ful|less|able|ible)$")]
    private static partial Regex AdjectiveEnding();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordChars();
}
