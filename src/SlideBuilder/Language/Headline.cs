namespace SlideBuilder.Language;

/// <summary>
/// A slide's title from its script: the noun phrase that names what the slide is about
/// ("Wages of unskilled workers", "Growth of the bureaucracy"), chosen by how telling its words are
/// in this talk (words few other paragraphs use), how often the slide repeats them and how early
/// they come. A noun phrase is whole by construction, so a title is never a sentence cut short;
/// a phrase that begins some sentence of the talk is passed over, so it never reads as one.
/// </summary>
public static class Headline
{
    /// <summary>
    /// Titles for a slide, best first, in the case they would have inside a sentence ("growth of the
    /// bureaucracy", "Moloney's point"); the caller capitalises the one it takes, the first not yet used.
    /// </summary>
    /// <param name="headlines">The slide's cues said as headlines (<see cref="HeadlineClause"/>): one names the slide's
    /// point better than any noun phrase, after the speaker's own short sentences.</param>
    public static List<string> Candidates(IReadOnlyList<string> sentences, Vocabulary vocabulary, string? firstCue = null, IEnumerable<string>? headlines = null) =>
        Ranked(sentences, vocabulary, firstCue, headlines).Select(c => c.Text).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Titles best first, each with its words as spoken (with the article); a whole short sentence has no spoken form.</summary>
    private static List<(string Text, string Spoken)> Ranked(IReadOnlyList<string> sentences, Vocabulary vocabulary, string? firstCue, IEnumerable<string>? headlines = null)
    {
        var points = sentences.Where(s => !Phrases.IsAboutTheTalk(s)).Take(6).ToList();
        var tagged = points.Select(s => Tagger.Tag(Phrases.WithoutAsides(Phrases.WithoutOpeners(s)))).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in tagged.SelectMany(x => x).Where(t => t.IsContent))
        {
            var stem = Vocabulary.Stem(t.Lower);
            counts[stem] = counts.GetValueOrDefault(stem) + 1;
        }

        var scored = new List<(string Text, string Spoken, double Score, int Order, bool About)>();
        var order = 0;
        string? earned = null; // "what a senior pilot earned": said as a speaker would, it outranks any phrase
        for (var s = 0; s < tagged.Count; s++)
        {
            var subject = SubjectStart(tagged[s]);
            var phrases = NounPhrases.Find(tagged[s], s);
            foreach (var found in phrases)
            {
                var np = found;
                // "The deckhands and engineers on the boats were…": a subject of two nouns is named by both.
                if (np.Start == subject && np.End + 1 < tagged[s].Count && tagged[s][np.End - 1] is { Breaks: false } && tagged[s][np.End].Lower == "and"
                    && phrases.FirstOrDefault(p => p.Start == np.End + 1 && p.Words.Count <= 2) is { } second && np.Words.Count <= 2)
                {
                    np = np with { Words = [.. np.Words, tagged[s][np.End] with { Trail = "" }, .. second.Words], End = second.End };
                }

                var words = Trim(np.Words);
                var article = tagged[s].Skip(np.Start).Take(np.End - np.Start).TakeWhile(t => t.Tag is Tag.Det).LastOrDefault();

                // "In 1982 a senior pilot earned …": what someone earned is the slide's point, said as a speaker would.
                if (np.Start == subject && s <= 1 && words.Count is > 0 and <= Phrases.TitleWords - 2 && EarnsAmount(tagged[s], np.End)
                    && !words[^1].Trail.StartsWith('.') // "Dr. Lorraine Pettifer": an abbreviation is not who
                    && (article is null ? words[^1].Lower.EndsWith('s') || vocabulary.IsName(words[0].Text) : article.Lower is "the" or "a" or "an")) // never "what comber earned"
                {
                    var who = Tagger.JoinBare(words);
                    earned ??= $"what {(article is null ? "" : article.Lower + " ")}{(vocabulary.IsName(words[0].Text) || words.Count > 1 && char.IsUpper(words[1].Text[0]) ? who : char.ToLowerInvariant(who[0]) + who[1..])} earned";
                }

                // "Chapter 6 does not contain any major theoretical innovations": what a sentence denies is not the slide's point.
                if (!Acceptable(words) || tagged[s].Skip(Math.Max(0, np.Start - 3)).Take(Math.Min(3, np.Start)).Any(t => t.Lower is "not" or "no" or "never" or "without" or "nor" or "n't"))
                {
                    continue;
                }

                // "theory of group [lending]": a phrase that runs on into a gerund is not whole.
                // ("a weaver working for the middlemen" is whole: a participle's phrase follows).
                if (np.End < tagged[s].Count && !tagged[s][np.End - 1].Breaks && tagged[s][np.End].Tag is Tag.Verb && tagged[s][np.End].Lower.EndsWith("ing", StringComparison.Ordinal)
                    && !(np.End + 1 < tagged[s].Count && tagged[s][np.End + 1].Tag is Tag.Prep or Tag.Det or Tag.To))
                {
                    continue;
                }

                var text = Tagger.JoinBare(words);
                if (char.IsUpper(text[0]) && !vocabulary.IsName(words[0].Text) && !(words[0].Tag is Tag.Proper && words.Count > 1 && words[1].Tag is Tag.Proper))
                {
                    text = char.ToLowerInvariant(text[0]) + text[1..];
                }

                if (vocabulary.StartsASentence(text) || firstCue is not null && Normal(firstCue).StartsWith(Normal(text), StringComparison.Ordinal))
                {
                    continue;
                }

                // As said in a sentence, with its article: "on the night boat"; "my older brother" has no form without its "my".
                var possessed = np.Start > 0 && Lexicon.Possessives.Contains(tagged[s][np.Start - 1].Lower) || article is not null && Lexicon.Possessives.Contains(article.Lower);
                var spoken = possessed ? "" : article is not null && article.Lower is "the" or "a" or "an" ? article.Lower + " " + text : text;
                // What the opening sentences are about (their subject) is what the slide is about, more than a detail they mention.
                var score = Score(words, s, counts, vocabulary) * (np.Start == subject ? s == 0 ? 1.8 : s == 1 ? 1.3 : 1.0 : 1.0)
                    * (InList(tagged[s], np.Start) ? 0.5 : 1.0);
                // What the slide is about comes back in its script, or is what it opens on; a thing named once ("carcass meat",
                // "a one-bedroom apartment") is a detail.
                var head = words.LastOrDefault(t => t.Tag is Tag.Noun or Tag.Proper);
                var about = np.Start == subject && s == 0 || head is not null && counts.GetValueOrDefault(Vocabulary.Stem(head.Lower)) >= 2;
                scored.Add((text, spoken, score, order++, about));
            }
        }

        // A short sentence that opens the slide ("Prices swung wildly") is its own best headline.
        var opening = points.Count > 0 ? Phrases.ShortSentence(Phrases.WithoutAsides(Phrases.WithoutOpeners(points[0]))) : null;
        // One common noun ("Manager", "Cloth") names a slide worse than a statement its script makes; a phrase of two words or a name does not.
        var ordered = scored.OrderByDescending(c => c.Score).ThenBy(c => c.Order).ToList();
        var weak = ordered.Where(c => !c.Text.Contains(' ') && !vocabulary.IsName(c.Text) || !c.About).ToList();
        var statements = points.Take(4).Select(p => HeadlineClause.From(Phrases.WithoutAsides(Phrases.WithoutOpeners(p)), vocabulary)).OfType<string>();
        var ranked = ordered.Except(weak).Select(c => (c.Text, c.Spoken))
            .Concat(statements.Select(t => (t, "")))
            .Concat(weak.Select(c => (c.Text, c.Spoken)));
        // Best first: the opening sentence when it is itself a short statement of the point, then what the opening says
        // someone earned, then a short statement a little later ("Far fewer men were needed."), then the phrases.
        var openingStands = opening is not null && StandsAlone(opening) && !points[0].TrimEnd().EndsWith('?');
        // Whole as written: a later sentence shortened by its asides would be a title cut from it.
        var later = openingStands ? null : points.Skip(1).Take(3).Where(p => !p.TrimEnd().EndsWith('?') && Phrases.WithoutAsides(p) == p.Trim())
            .Select(p => Phrases.ShortSentence(Phrases.WithoutOpeners(p))).FirstOrDefault(p => p is not null && StandsAlone(p));
        // A headline with its amount says more than "what the head boiler earned".
        IEnumerable<string?> first = [openingStands ? opening : null, points.Take(4).Select(Announced).FirstOrDefault(a => a is not null), .. headlines ?? [], earned, later];
        return first.OfType<string>().Select(t => (t, "")).Concat(ranked).ToList();
    }

    /// <summary>
    /// "Wages rose on paper: a face worker was on 4,200 escudos a month": a short statement before a colon is the
    /// speaker's own headline for what follows it. Not a lead-in to a quotation ("Rosa remembered the kitchens:") nor a list's frame.
    /// </summary>
    internal static string? Announced(string sentence)
    {
        var colon = sentence.IndexOf(": ", StringComparison.Ordinal);
        // ("The answer was simple: they paid by the piece": a summing-up lead-in, whose point follows the colon.)
        if (colon < 0 || Phrases.SummingUp().IsMatch(sentence.TrimStart()) || QuotationMarks.Opens(sentence[(colon + 2)..].TrimStart()) || sentence[(colon + 2)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3)
        {
            return null;
        }

        var lead = Phrases.WithoutOpeners(sentence[..colon]);
        if (Phrases.ShortSentence(lead) is not { } title || !StandsAlone(title)
            || Tagger.Tag(title) is var words && (words.Any(t => Lexicon.ReportingVerbs.Contains(t.Lower) || t.Lower is "following" or "these" or "this" or "thus" or "so")
                || words.Where((t, k) => t.Tag is Tag.Num && !Salience.IsYear(t.Text) && k + 1 < words.Count && words[k + 1].Tag is Tag.Noun).Any())) // "The shop sold three things:", "made three demands in 1912:" count what the list gives
        {
            return null;
        }

        return title;
    }

    /// <summary>A short sentence that says something by itself: a subject that is no pronoun ("It was work." leans on what came before) and a verb.</summary>
    private static bool StandsAlone(string sentence) =>
        Tagger.Tag(sentence) is { Count: > 0 } words
        && words[0].Tag is not (Tag.Pron or Tag.Conj or Tag.Rel)
        && !(words[0].Tag is Tag.Det && words.Count > 1 && words[1].Tag is Tag.Verb or Tag.Aux or Tag.Modal)
        && !Phrases.IsTeaser(sentence)
        && Condenser.HasPredicate(words);

    /// <summary>"Trotsky on the Stakhanovists": a quotation's slide named by who said it and what about.</summary>
    /// <param name="excerpt">The words the slide shows: "X on Y" is offered only for a topic the excerpt itself speaks of,
    /// else "In X's words" (a detail of the quotation — "Kuroda on good morning" — misnames it).</param>
    public static List<string> ForQuotation(IReadOnlyList<string> sentences, string? author, Vocabulary vocabulary, string? excerpt = null)
    {
        var ranked = Ranked(sentences, vocabulary, null);
        var topics = ranked.Select(c => c.Text).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (author is null || author.Split(' ').Length > 5)
        {
            return topics;
        }

        var surname = author.Split(' ')[^1];
        var shown = excerpt is null ? null : Vocabulary.Words(excerpt).Select(Vocabulary.Stem).ToHashSet(StringComparer.Ordinal);
        var about = ranked
            .Where(t => t.Spoken.Split(' ').Length is >= 2 and <= Phrases.TitleWords - 2 && !t.Text.Contains(surname, StringComparison.OrdinalIgnoreCase))
            .Where(t => shown is null || Vocabulary.Words(t.Text).Any(w => !Phrases.FunctionWords.Contains(w) && !Lexicon.LightNouns.Contains(w) && shown.Contains(Vocabulary.Stem(w))))
            .Select(t => $"{surname} on {t.Spoken}");
        var words = surname.EndsWith('s') ? $"In {surname}’ words" : $"In {surname}’s words";
        return about.Take(2).Append(words).Concat(topics).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>
    /// Where a sentence's subject starts: the last noun phrase before its first verb that is not the
    /// object of a preposition ("In 1982 a senior pilot at Skjeltvik earned" → "a senior pilot"); -1 for
    /// a pronoun subject or none.
    /// </summary>
    internal static int SubjectStart(IReadOnlyList<Token> tokens)
    {
        var verb = tokens.ToList().FindIndex(t => t.IsFinite);
        if (verb <= 0 || tokens[verb - 1].Tag is Tag.Pron)
        {
            return -1;
        }

        var starts = NounPhrases.Find(tokens.Take(verb).ToList())
            .Where(np => np.Start == 0 || tokens[np.Start - 1].Tag is not (Tag.Prep or Tag.To)).Select(np => np.Start).ToList();
        // "Rosa Iglesias, the ward's only night porter, earned": an appositive closed just before the verb names the subject again.
        return starts.Count == 0 ? -1 : tokens[verb - 1].Trail.EndsWith(',') && starts.Count > 1 ? starts[0] : starts[^1];
    }

    /// <summary>"fishing boats, a coastal ferry and the odd timber freighter": an item of a list is a detail, not the point.</summary>
    private static bool InList(IReadOnlyList<Token> tokens, int start)
    {
        if (start == 0)
        {
            return false;
        }

        if (tokens[start - 1].Lower is "and" or "or")
        {
            for (var k = Math.Max(0, start - 8); k < start; k++)
            {
                if (tokens[k].Trail.EndsWith(','))
                {
                    return true;
                }
            }
        }
        else if (tokens[start - 1].Trail.EndsWith(','))
        {
            for (var k = start; k < Math.Min(tokens.Count, start + 8); k++)
            {
                if (tokens[k].Lower is "and" or "or")
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The verb after the subject is "earned", "was paid", "took home"… and an amount follows.</summary>
    private static bool EarnsAmount(IReadOnlyList<Token> tokens, int subjectEnd)
    {
        // Past what describes the subject ("a weaver working for the middlemen") to its verb.
        var rest = tokens.Skip(subjectEnd).Take(10).SkipWhile(t => t.Tag is Tag.Prep or Tag.Det or Tag.Noun or Tag.Proper or Tag.Adj or Tag.Adv or Tag.Num // "with ten years of service"
            || t.Tag is Tag.Verb && t.Lower.EndsWith("ing", StringComparison.Ordinal)).Take(3).Select(t => t.Lower).ToList();
        var earns = rest.Count > 0 && rest[0] is "earned" or "earns" or "earn" or "made" or "makes" or "took" or "takes"
            || rest.Count > 1 && rest[0] is "was" or "were" or "is" or "are" && rest[1] is "paid";
        return earns && tokens.Skip(subjectEnd).Any(t => t.Tag is Tag.Num && t.Text.Any(char.IsDigit));
    }

    /// <summary>The phrase without the adverbs, articles and pronouns it may start with ("even the wages" → "wages").</summary>
    private static List<Token> Trim(IReadOnlyList<Token> words) => words.SkipWhile(t => t.Tag is Tag.Adv or Tag.Det or Tag.Pron).ToList();

    private static bool Acceptable(List<Token> words)
    {
        if (words.Count == 0 || words.Count > Phrases.TitleWords - 1)
        {
            return false;
        }

        var nominal = words.Where(t => t.Tag is Tag.Noun or Tag.Proper).ToList();
        // ("30 zł", "1.2 million pesos", "Twenty-six days", "Thousand companies": an amount or a count is a figure, not what the
        // slide is about.)
        // ("The 1984 strike" keeps its year.)
        if (nominal.Count == 0 || nominal.All(t => Lexicon.LightNouns.Contains(t.Lower)) || words[^1].Tag is Tag.Num
            || (char.IsDigit(words[0].Text[0]) || words[0].Tag is Tag.Num) && !Lexicon.Ordinals.Contains(words[0].Lower) && !Salience.IsYear(words[0].Text))
        {
            return false;
        }

        // "Concretisation of those theoretical insights", "Means of those farms": a title points at nothing before it.
        if (Phrases.FunctionWords.Contains(words[0].Lower) || Phrases.FunctionWords.Contains(words[^1].Lower)
            || words.Any(t => t.Lower is "this" or "that" or "these" or "those" or "such"))
        {
            return false;
        }

        // "metre of hand-woven": a compound participle wants the noun it describes.
        if (words[^1].Text.Contains('-') && words[^1].Lower.Split('-')[^1] is var tail && (tail.EndsWith("ed", StringComparison.Ordinal) || tail.EndsWith("en", StringComparison.Ordinal) || tail.EndsWith("wn", StringComparison.Ordinal)))
        {
            return false;
        }

        // Half a quotation or a bracket is not a title; nor is a lone word of one or two letters.
        var marks = string.Concat(words.Select(t => t.Lead + t.Trail));
        if (marks.Any(c => c is '“' or '”' or '"' or '(' or ')' or '«' or '»' or '„' or '‘') || words.Count == 1 && words[0].Text.Length < 4)
        {
            return false;
        }

        return !words.Any(t => t.Tag is Tag.Verb && !t.Lower.EndsWith("ed", StringComparison.Ordinal) && !t.Lower.EndsWith("ing", StringComparison.Ordinal));
    }

    private static double Score(List<Token> words, int sentence, Dictionary<string, int> counts, Vocabulary vocabulary)
    {
        var score = 0.0;
        var content = words.Where(t => t.IsContent).DistinctBy(t => Vocabulary.Stem(t.Lower)).ToList();
        foreach (var t in content)
        {
            // A rare word is telling only up to a point: a detail mentioned once ("the odd timber freighter")
            // must not outweigh what the slide keeps coming back to.
            var weight = Math.Min(vocabulary.Weight(t.Lower), 2.0) * (1 + 0.7 * (counts.GetValueOrDefault(Vocabulary.Stem(t.Lower)) - 1));
            weight *= t.Tag switch
            {
                Tag.Adj => 0.6,
                Tag.Num => 0.5,
                _ when Lexicon.LightNouns.Contains(t.Lower) => 0.2,
                _ => 1.0,
            };
            score += weight;
        }

        // One common noun ("Coin", "Employer", "Books") rarely names a slide's point.
        if (words.Count == 1 && words[0].Tag is not Tag.Proper)
        {
            score *= 0.3;
        }

        if (words.Any(t => t.Lower == "of"))
        {
            score *= 1.1;
        }

        // Each further word must earn its place: a long phrase is a description, not a title.
        score /= 1 + 0.3 * Math.Max(0, content.Count - 2);
        if (words.Count > 5)
        {
            score *= 0.85;
        }

        // Counting words ("twenty-three colleagues", "six reclining chairs") name a detail, not the point.
        if (words.Any(t => t.Tag is Tag.Num))
        {
            score *= 0.6;
        }

        return score * (sentence == 0 ? 1.3 : sentence == 1 ? 1.1 : 1.0);
    }

    private static string Normal(string text) => string.Join(' ', Vocabulary.Words(text));
}
