namespace SlideBuilder.Language;

/// <summary>
/// Condenses a sentence of the script into a cue for the slide, the way a speaker shortens their
/// own sentence onto a card: discourse openers, asides, a leading "When…," clause and trailing
/// ", which…" clauses go; a reported finding keeps its source as a label ("Trotsky: …"); a sentence
/// still too long is ended at a phrase boundary after its verb, never inside a noun phrase, an amount
/// ("between $9 and $11 a day"), a list, a multiple or an "of" phrase. A sentence with no such
/// boundary is kept whole up to <see cref="LongestUncut"/> words, else cut after its last complete
/// phrase and marked with an ellipsis (which the prose reader never puts on a slide).
/// </summary>
public static class Condenser
{
    /// <summary>A cue of up to this many words is kept whole rather than cut at a phrase boundary.</summary>
    public const int LongestWhole = 14;

    /// <summary>A question is asked whole up to this many words; a longer one is condensed like any sentence.</summary>
    public const int QuestionWhole = 20;

    /// <summary>A sentence with no clean cut is kept whole up to this many words rather than cut with an ellipsis.</summary>
    public const int LongestUncut = 18;

    public static string Cue(string sentence)
    {
        // "Who should pay for the hours …[between shifts]?": a question stays a question however it was shortened.
        var cue = Condense(sentence);
        var trimmed = sentence.TrimEnd().TrimEnd('"', '”', '’', '»', ')');
        return trimmed.EndsWith('?') && cue.Length > 0 && !cue.EndsWith('?') && !cue.EndsWith('…') && Tagger.Tag(cue) is [var first, ..]
            && first.Lower is "who" or "what" or "why" or "how" or "when" or "where" or "which" or "should" or "could" or "would" or "can" or "is" or "are"
                or "was" or "were" or "do" or "does" or "did" or "will" or "has" or "have"
            ? cue + "?" : cue;
    }

    private static string Condense(string sentence)
    {
        var s = Phrases.WithoutAsides(Phrases.WithoutOpeners(sentence));
        var tokens = Tagger.Tag(s);
        tokens = WithoutLeadingClause(tokens);
        tokens = WithoutInnerAsides(WithoutParticipleAside(tokens));
        tokens = WithoutTrailingClause(tokens);
        if (tokens.Count <= Phrases.CueWords || tokens[^1].Trail.Contains('?', StringComparison.Ordinal) && tokens.Count <= QuestionWhole)
        {
            return Finish(tokens, whole: true); // a question is asked whole
        }

        // "Was it policy, or a by-product of bullion flows…?", "Does X suggest Y, and if so, what…?": a long question asks its first half.
        if (tokens[^1].Trail.Contains('?', StringComparison.Ordinal) && AlternativeAt(tokens) is var alternative and > 3 && alternative <= QuestionWhole
            && HasPredicate(tokens.Take(alternative).ToList()))
        {
            var asked = tokens.Take(alternative).ToList();
            asked[^1] = asked[^1] with { Trail = "?" };
            return Finish(asked, whole: true);
        }

        tokens = WithoutRelativeAside(tokens);

        // Modifiers go before the clause is cut: "the material [in this chapter] flows from…".
        tokens = WithoutModifyingPhrases(tokens, Phrases.CueWords);
        if (Reported(tokens) is { } reported)
        {
            return reported;
        }

        if (tokens.Count <= LongestWhole)
        {
            return Finish(tokens, whole: true); // a whole sentence of a few words more reads better than a cut one
        }

        // A cut that keeps the sentence's amount beats a shorter one without it ("Rents were low: f 6 or f 7 a week").
        var cuts = ((int[])[Phrases.CueWords, LongestWhole + 2]).Select(limit => BestCut(tokens, limit)).Where(cut => cut > 0).ToList();
        if (cuts.Count > 0)
        {
            var keeps = cuts.FirstOrDefault(cut => tokens.Take(cut).Any(IsAmount));
            if (keeps == 0 && tokens[cuts[0] - 1].Trail.Contains(':', StringComparison.Ordinal) && AmountPhraseEnd(tokens, cuts[0]) is var end and > 0 && end <= LongestWhole + 2)
            {
                keeps = end; // "Rents were controlled and low: f 6 or f 7 a week"
            }

            // ("There is also a seed library, started by the parish with $5,000 some years ago": the whole sentence, when every cut loses its amount.)
            if (keeps == 0 && tokens.Count <= LongestUncut && tokens.Any(IsAmount))
            {
                return Finish(tokens, whole: true);
            }

            return Finish(tokens.Take(keeps > 0 ? keeps : cuts[0]).ToList(), whole: false);
        }

        if (tokens.Count <= LongestUncut)
        {
            return Finish(tokens, whole: true);
        }

        // No clean end within reach: the longest run of whole phrases, marked as cut.
        var phraseEnd = LastPhraseEnd(tokens, Phrases.CueWords);
        return Finish(tokens.Take(phraseEnd).ToList(), whole: false) + "…";
    }

    /// <summary>
    /// "Trotsky pointed out that [the growth … was likely to increase it]", "it was estimated that […]":
    /// what was said is the point; a named speaker stays as its label ("Trotsky: the growth …").
    /// Null when the sentence reports nothing, or what it reports has no clean cue either.
    /// </summary>
    private static string? Reported(List<Token> tokens)
    {
        for (var r = 1; r < Math.Min(tokens.Count - 5, 7); r++)
        {
            var that = r + (tokens[r].Lower is "pointed" && tokens[r + 1].Lower is "out" ? 2 : 1);
            if (!(Lexicon.ReportingVerbs.Contains(tokens[r].Lower) || tokens[r].Lower is "pointed") || tokens[that].Lower != "that" || tokens[r].Breaks)
            {
                continue;
            }

            var subject = tokens.Take(r).Where(t => t.Tag is not (Tag.Aux or Tag.Adv or Tag.Det)).ToList();
            // "Trotsky", "the Left Opposition", "the inspectors": who said it, in at most three words.
            var named = subject.Count is >= 1 and <= 3 && subject.All(t => t.Tag is Tag.Proper or Tag.Noun or Tag.Adj) && subject[^1].IsNominal
                && !subject.Any(t => t.Breaks);
            var impersonal = subject.Count == 1 && subject[0].Lower is "it" or "i" or "we" or "he" or "she" or "they";
            var inner = tokens.Skip(that + 1).ToList();
            if (!named && !impersonal || inner.Count < 4 || !HasPredicate(inner))
            {
                return null;
            }

            var cue = Cue(Tagger.Join(inner));
            if (cue.EndsWith('…') || cue.Length == 0)
            {
                return null;
            }

            // "Trotsky: the growth of …": after the label the point reads on in lower case, names and "I" apart.
            var said = cue.Length > 1 && !char.IsUpper(cue[1]) && Tagger.Tag(cue) is [{ Tag: not Tag.Proper, Lower: not "i" }, ..] ? char.ToLowerInvariant(cue[0]) + cue[1..] : cue;
            return named ? $"{Phrases.Capitalise(Tagger.JoinBare(subject))}: {said}" : cue;
        }

        return null;
    }

    /// <summary>
    /// "Walter Prescott, who drew a salary of $14,000 a year, lived…": the aside between commas goes,
    /// unless it carries the amount and the main clause does not; then the aside is the cue
    /// ("Walter Prescott drew a salary of $14,000 a year").
    /// </summary>
    private static List<Token> WithoutRelativeAside(List<Token> tokens)
    {
        var rel = FirstAfterComma(tokens, t => t.Lower is "who" or "which" or "whose");
        if (rel < 1)
        {
            return tokens;
        }

        var close = AsideEnd(tokens, rel);
        var subject = tokens.Take(rel).ToList();
        var aside = tokens.Skip(rel + 1).Take((close < 0 ? tokens.Count : close + 1) - rel - 1).ToList();
        var main = close < 0 ? [] : tokens.Skip(close + 1).ToList();
        if (aside.Any(IsAmount) && !main.Any(IsAmount) && tokens[rel].Lower == "who" && HasPredicate(subject.Concat(aside).ToList()))
        {
            subject[^1] = subject[^1] with { Trail = "" };
            return subject.Concat(aside).ToList();
        }

        if (main.Count >= 2 && HasPredicate(subject.Concat(main).ToList()))
        {
            // "A German engineer, Klaus Berger, wrote…": an appositive opened with a comma is closed with one.
            var appositive = subject.Take(subject.Count - 1).Any(t => t.Trail.EndsWith(','));
            subject[^1] = subject[^1] with { Trail = appositive ? "," : "" };
            return subject.Concat(main).ToList();
        }

        return tokens;
    }

    /// <summary>A number written in digits; a year dates, it is not an amount ("who visited the depot in 1986").</summary>
    private static bool IsAmount(Token t) => t.Tag is Tag.Num && t.Text.Any(char.IsDigit) && !(t.Text.Length == 4 && t.Text.All(char.IsDigit) && t.Text[0] is '1' or '2');

    /// <summary>
    /// Where a relative aside opened at <paramref name="rel"/> closes: at its first comma, unless what follows goes on
    /// listing what it did ("who moved the risers, [set out the chairs and carried the timpani], were paid…").
    /// </summary>
    private static int AsideEnd(List<Token> tokens, int rel)
    {
        var close = tokens.FindIndex(rel, t => t.Breaks || t.Ends);
        while (close >= 0 && !tokens[close].Ends)
        {
            var next = tokens.FindIndex(close + 1, t => t.Breaks || t.Ends);
            var segment = next < 0 ? [] : tokens.Skip(close + 1).Take(next - close).ToList();
            var listsVerbs = segment.Count > 0 && segment[0].Tag is Tag.Verb or Tag.Noun && char.IsLower(segment[0].Text[0]) && segment.Where((t, k) => k > 0 && t.Tag is Tag.Conj && k + 1 < segment.Count && segment[k + 1].Tag is Tag.Verb).Any();
            if (!listsVerbs || next < 0 || tokens[next].Ends)
            {
                break;
            }

            close = next;
        }

        return close;
    }

    /// <summary>
    /// Prepositional phrases that modify a noun ("the material in this chapter", "Lenin in State and
    /// Revolution") removed, the smallest that brings the clause within <paramref name="limit"/> words,
    /// else the largest, until it fits or none is left. A phrase with an amount, "of" phrases and the
    /// complement right after a verb ("flows from a premise") stay.
    /// </summary>
    private static List<Token> WithoutModifyingPhrases(List<Token> tokens, int limit)
    {
        while (tokens.Count > limit)
        {
            var spans = new List<(int Start, int End)>();
            for (var i = 2; i < tokens.Count - 1; i++)
            {
                var prev = tokens[i - 1];
                // "a weaver [running a full set of looms] earned": a participle's phrase after a noun is a modifier too.
                // ("a drug revolving fund": an -ing word before a noun is part of the name.)
                var participle = tokens[i].Tag is Tag.Verb && tokens[i].Lower.EndsWith("ing", StringComparison.Ordinal) && !tokens[i].Breaks
                    && i + 1 < tokens.Count && tokens[i + 1].Tag is not Tag.Noun;
                // "the rise [in prices]", "the gap [between …]": what a noun of change is about is never dropped.
                if (tokens[i].Tag is not Tag.Prep && !participle || tokens[i].Lower is "of" or "than" or "between" || !prev.IsNominal || prev.Breaks || prev.Ends
                    || Lexicon.ChangeNouns.Contains(prev.Lower)
                    || BuysWhat(tokens, i))
                {
                    continue;
                }

                var end = NominalEnd(tokens, i + 1);
                if (end < 0)
                {
                    continue;
                }

                // "in State and Revolution": the phrase runs on through "and" to the next noun.
                while (end + 1 < tokens.Count && tokens[end].Tag is Tag.Conj && !tokens[end - 1].Breaks
                    && NominalEnd(tokens, end + 1) is > 0 and var more)
                {
                    end = more;
                }

                // "for sick [and injured men]": a phrase whose "and" could not be followed is not removed half.
                if (end < tokens.Count && tokens[end].Lower is "and" or "or" && !tokens[end - 1].Breaks)
                {
                    continue;
                }

                // "with two or three acres [of rain-fed land]": the "of" phrase goes with it.
                if (end + 1 < tokens.Count && tokens[end].Lower == "of" && !tokens[end - 1].Breaks
                    && NominalEnd(tokens, end + 1) is > 0 and var ofPhrase)
                {
                    end = ofPhrase;
                }

                // "at a salary [of $14,800]": a phrase whose "of" could not be followed is not removed half.
                if (end < tokens.Count && tokens[end].Lower == "of" && !tokens[end - 1].Breaks)
                {
                    continue;
                }

                // What follows must stand without the phrase: not a phrase or clause that hung on it ("a job [in the sense]
                // that most of us…", "rights [over an area] between the coast…"), nor a word the phrase ran into ("in 1962
                // [with a whist] drive") after the clause already has its verb.
                // "for the continuation of individual, [backward forms]": a phrase cut inside its adjectives is not a phrase;
                // "with [a charity regatta], a raffle and a collection": nor the first item of a list.
                if (end < tokens.Count && tokens[end - 1].Trail.EndsWith(',') && (tokens[end].Tag is Tag.Adj or Tag.Noun || InsideList(tokens, end)))
                {
                    continue;
                }

                if (end < tokens.Count && !tokens[end - 1].Breaks && !tokens[end - 1].Ends
                    && (tokens[end].Tag is Tag.Prep or Tag.Sub or Tag.Rel or Tag.To
                        || tokens[end].Tag is Tag.Verb or Tag.Noun && tokens.Take(i).Any(t => t.IsFinite)))
                {
                    continue;
                }

                // "after [working] more than eighty hours": a gerund's phrase takes its object with it, or stays (a noun in
                // -ing followed by its clause's verb, "in council housing paid", is no gerund).
                if (end < tokens.Count && !tokens[end - 1].Breaks && tokens[end - 1].Lower.EndsWith("ing", StringComparison.Ordinal)
                    && tokens[end].Tag is Tag.Det or Tag.Adj or Tag.Num or Tag.Adv or Tag.Pron)
                {
                    continue;
                }

                var span = tokens.Skip(i).Take(end - i).ToList();
                // "from Rs. 700": a phrase that runs into an amount is part of it.
                if (end < tokens.Count && tokens[end].Tag is Tag.Num && tokens[end].Text.Any(char.IsDigit) && !tokens[end - 1].Breaks)
                {
                    continue;
                }

                // An amount stays ("at $22 a week"); counting words may go ("with two or three acres").
                if (span.Any(t => t.Tag is Tag.Num && t.Text.Any(char.IsDigit)) || end >= tokens.Count && !tokens[^1].Ends && span.Count < 2)
                {
                    continue;
                }

                var rest = tokens.Take(i).Concat(tokens.Skip(end)).ToList();
                if (HasPredicate(rest) && !WaitsForObject(rest))
                {
                    spans.Add((i, end));
                }
            }

            if (spans.Count == 0)
            {
                break;
            }

            var fits = spans.Where(sp => tokens.Count - (sp.End - sp.Start) <= limit).OrderBy(sp => sp.End - sp.Start).ToList();
            var (start, stop) = fits.Count > 0 ? fits[0] : spans.OrderByDescending(sp => sp.End - sp.Start).First();
            var kept = tokens.Take(start).ToList();
            // The removed phrase's punctuation stays with the word before it ("…premise, the…").
            var punctuation = new string(tokens[stop - 1].Trail.Where(c => c is ',' or ';' or ':' or '—' or ' ').ToArray()).TrimEnd(' ');
            kept[^1] = kept[^1] with { Trail = kept[^1].Trail + punctuation };
            kept.AddRange(tokens.Skip(stop));
            tokens = kept;
        }

        return tokens;
    }

    /// <summary>
    /// Where the noun phrase starting at <paramref name="from"/> ends, or -1: "the crew", "two or three
    /// acres" (counting words joined by "or" lead it).
    /// </summary>
    private static int NominalEnd(List<Token> tokens, int from)
    {
        var k = from;
        while (k + 2 < tokens.Count && tokens[k].Tag is Tag.Num && tokens[k + 1].Lower is "or" or "to" && tokens[k + 2].Tag is Tag.Num)
        {
            k += 2;
        }

        var np = NounPhrases.Find(tokens.Skip(k).ToList()).Where(p => p.Start == 0).MaxBy(p => p.End);
        return np is null ? -1 : k + np.End;
    }

    /// <summary>"When the market returned, inequality grew" → "inequality grew": the main clause carries the point.</summary>
    private static List<Token> WithoutLeadingClause(List<Token> tokens)
    {
        if (tokens.Count < 6 || tokens[0].Tag is not (Tag.Sub or Tag.Prep) && !LeadingParticiple(tokens) || tokens[0].Lower is "of" or "for")
        {
            return tokens;
        }

        var comma = tokens.FindIndex(t => t.Breaks);
        if (comma < 1 || comma > 14 || tokens[comma].Trail.Contains(':', StringComparison.Ordinal))
        {
            return tokens;
        }

        // "If they work a full year, [which almost nobody does,] that comes to $38,480": the leading clause's own aside goes with it.
        if (tokens[0].Tag is Tag.Sub && comma + 1 < tokens.Count && tokens[comma + 1].Lower is "which" or "who"
            && tokens.FindIndex(comma + 1, t => t.Breaks || t.Ends) is var asideEnd and > 0 && asideEnd - comma <= 8 && !tokens[asideEnd].Ends)
        {
            comma = asideEnd;
        }

        var rest = tokens.Skip(comma + 1).ToList();
        // "On top of that came pilotage fees, which…" is the main clause, inverted: a phrase with a verb of its own after a preposition.
        if (tokens[0].Tag is Tag.Prep && tokens.Take(comma + 1).Any(t => t.Tag is Tag.Verb or Tag.Aux && !t.Lower.EndsWith("ing", StringComparison.Ordinal))
            || rest.Count > 0 && rest[0].Tag is Tag.Rel or Tag.Conj && !(rest[0].Lower is "that" && rest.Count > 1 && rest[1].IsFinite)) // "…union, that had risen": "that" is the subject
        {
            return tokens;
        }

        // "Before the container berths,", "Until the war,": a short phrase of time frames the point; it stays.
        if (tokens[0].Lower is "before" or "after" or "until" or "till" or "since" or "during" && comma <= 4 && !tokens.Take(comma + 1).Any(t => t.Tag is Tag.Verb or Tag.Aux))
        {
            return tokens;
        }

        // A short leading phrase ("In 1967,", "By 1975,") dates the point: it stays, but a clause after
        // it goes ("By 2007, [after the cooperative had been selling for years,] weavers earned…").
        var leading = tokens.Take(comma + 1).ToList();
        if (tokens[0].Tag is Tag.Prep && (comma < 3 || leading.Any(t => t.Tag is Tag.Num && t.Text.Any(char.IsDigit)))) // "after two rounds of talks," is no date
        {
            if (rest.Count > 6 && rest[0].Tag is Tag.Sub or Tag.Prep && rest[0].Lower is not ("of" or "for")
                && WithoutLeadingClause(rest) is var main && main.Count < rest.Count)
            {
                return [.. leading, .. main];
            }

            return tokens;
        }

        // "On the same stage, on the same night, playing the same symphony, you have…": phrase after phrase before the clause.
        return rest.Count >= 4 && HasPredicate(rest) ? rest[0].Tag is Tag.Sub or Tag.Prep || LeadingParticiple(rest) ? WithoutLeadingClause(rest) : rest : tokens;
    }

    /// <summary>"playing the same Brahms symphony, you have…": a participle's phrase before the clause's subject.</summary>
    private static bool LeadingParticiple(List<Token> tokens) =>
        tokens.Count > 6 && tokens[0].Lower.EndsWith("ing", StringComparison.Ordinal) && tokens[1].Tag is Tag.Det or Tag.Pron or Tag.Num // "playing the same…", not "Housing near the docks"
        && tokens.FindIndex(t => t.Breaks) is > 0 and <= 6 and var comma
        && !tokens.Take(comma + 1).Any(t => t.IsFinite && !t.Lower.EndsWith("ing", StringComparison.Ordinal));

    /// <summary>
    /// "A 400-gram packet of tea, blended, branded and sold in the capital, costs Rs. 900": participles set between a subject
    /// and its verb describe the subject; the statement is the subject and its verb ("A 400-gram packet of tea costs Rs. 900").
    /// </summary>
    private static List<Token> WithoutParticipleAside(List<Token> tokens)
    {
        for (var i = 1; i < tokens.Count - 2; i++)
        {
            if (!tokens[i - 1].IsNominal || !tokens[i - 1].Trail.EndsWith(',') || tokens[i].Tag is not Tag.Verb
                || !(tokens[i].Lower.EndsWith("ed", StringComparison.Ordinal) || tokens[i].Lower.Length > 4 && tokens[i].Lower.EndsWith("en", StringComparison.Ordinal))
                || tokens.Take(i).Any(t => t.IsFinite))
            {
                continue;
            }

            // The last comma before a verb closes the aside ("blended, sold and shipped from Kandy, costs": "sold" is one of them).
            var close = -1;
            for (var e = i; e < tokens.Count - 1 && e - i < 14; e++)
            {
                if (tokens[e].Text.Any(char.IsDigit) || tokens[e].Tag is Tag.Rel or Tag.Sub || tokens[e].Ends)
                {
                    break;
                }

                var verb = tokens[e + 1];
                var listed = verb.Breaks || e + 2 < tokens.Count && tokens[e + 2].Lower is "and" or "or"; // "sold and shipped": one of the participles
                if (tokens[e].Trail.EndsWith(',') && !listed && (verb.Tag is Tag.Aux or Tag.Modal || verb.Tag is Tag.Verb && !verb.Lower.EndsWith("ed", StringComparison.Ordinal) && !verb.Lower.EndsWith("ing", StringComparison.Ordinal)))
                {
                    close = e;
                }
            }

            if (close >= 0)
            {
                var kept = tokens.Take(i).ToList();
                kept[^1] = kept[^1] with { Trail = kept[^1].Trail.TrimEnd(',') };
                kept.AddRange(tokens.Skip(close + 1));
                return kept;
            }
        }

        return tokens;
    }

    /// <summary>", as I said," ", to recap," ", of course,": a short aside between commas with no content of its own.</summary>
    private static List<Token> WithoutInnerAsides(List<Token> tokens)
    {
        for (var i = 1; i < tokens.Count - 2; i++)
        {
            var afterThat = tokens[i - 1].Lower is "that" && tokens[i - 1].Trail.Length == 0 && tokens[i].Tag is Tag.Prep;
            if (!tokens[i - 1].Trail.EndsWith(',') && !afterThat)
            {
                continue;
            }

            var end = tokens.FindIndex(i, t => t.Breaks || t.Ends);
            var relative = tokens[i].Lower is "which" or "who" or "whose" || i + 1 < tokens.Count && tokens[i].Lower is "and" or "or" && tokens[i + 1].Lower is "which" or "who" or "whose";
            if (end < 0 || end - i > (relative ? 14 : 7) || !tokens[end].Trail.StartsWith(',') || end + 1 >= tokens.Count)
            {
                continue;
            }

            var aside = tokens.Skip(i).Take(end - i + 1).ToList();
            // "became, in many cases, a mask": a short phrase between a verb and what it says; "The final section,
            // The Social Physiognomy of the Ruling Stratum, contains": a name set beside the noun it names.
            var interrupting = tokens[i - 1].Tag is Tag.Verb or Tag.Aux && aside[0].Tag is Tag.Prep && aside.Count <= 4 && !aside.Any(t => t.Text.Any(char.IsDigit));
            // (A person's name beside a noun stays: "An old weaver, Martha Keane, remembered".)
            var named = tokens[i - 1].IsNominal && aside.Count is >= 3 and <= 8 && aside[0].Tag is Tag.Proper or Tag.Det && char.IsUpper(aside[0].Text[0])
                && aside.Skip(1).Any(t => t.Tag is Tag.Det or Tag.Prep)
                && aside.All(t => t.Tag is Tag.Proper or Tag.Det or Tag.Prep or Tag.Conj || char.IsUpper(t.Text[0]));
            // "Every tour begins, [long before anyone packs a cello,] with a contract": a time clause set into its clause.
            var timeClause = tokens[i - 1].Tag is Tag.Verb or Tag.Aux && aside.Count <= 8 && !aside.Any(t => t.Text.Any(char.IsDigit))
                && (aside[0].Lower is "when" or "while" or "before" or "after" or "until" or "since" or "once" or "whenever"
                    || aside.Count > 1 && aside[0].Tag is Tag.Adv or Tag.Adj && aside[1].Lower is "before" or "after" or "since" or "until" or "while" or "when");
            var participial = aside.Count <= 6 && aside[0].Tag is Tag.Adv or Tag.Prep && aside.Any(t => t.Lower.EndsWith("ing", StringComparison.Ordinal));
            // "A furnished room, the kind a young violinist would take, cost…": a noun set beside the subject, before its verb
            // (or a gloss: "a string player, what the Germans call a tutti player, was paid…").
            var appositive = tokens[i - 1].IsNominal && aside[0].Lower is "the" or "a" or "an" or "what" && aside.Count <= 10 && end + 1 < tokens.Count
                && (tokens[end + 1].Tag is Tag.Verb or Tag.Aux or Tag.Modal || Lexicon.VerbForms.Contains(tokens[end + 1].Lower))
                && !tokens.Take(i).Where((t, k) => t.IsFinite && !(t.Tag is Tag.Verb && k > 0 && tokens[k - 1].Tag is Tag.Det or Tag.Adj)).Any();
            // "the women's pay, which was a wage, feel…": a relative clause set between a subject and its verb (an amount in it stays).
            // ("Guards who have been here five years or more, [and who have taken on new hires,] move up to…": a second one.)
            var relativeAside = (aside[0].Lower is "which" or "who" or "whose" || aside.Count > 1 && aside[0].Lower is "and" or "or" && aside[1].Lower is "which" or "who" or "whose")
                && (tokens[i - 1].IsNominal || aside[0].Lower is "and" or "or" && tokens.Take(i).Any(t => t.Lower is "who" or "which")) && end + 1 < tokens.Count
                && (tokens[end + 1].Tag is Tag.Verb or Tag.Aux or Tag.Modal || Lexicon.VerbForms.Contains(tokens[end + 1].Lower)) && !aside.Any(t => t.Text.Any(char.IsDigit));
            var hollow = named || appositive || relativeAside || timeClause || end - i <= 5 && (participial || interrupting || tokens[i - 1].Lower is "that" && aside[0].Tag is Tag.Prep && !aside.Any(t => t.Tag is Tag.Num)
                || aside.All(t => t.Tag is Tag.Adv or Tag.Sub or Tag.To or Tag.Pron or Tag.Aux or Tag.Conj or Tag.Prep or Tag.Det)
                || Phrases.IsOpener(string.Join(' ', aside.Select(t => t.Lower)))
                || aside[0].Lower is "as" && aside.Any(t => t.Tag is Tag.Verb));
            if (hollow)
            {
                var kept = tokens.Take(i).ToList();
                // "For Marx, to recap, the…" keeps the comma after its leading phrase; "This has, as explained, led" loses it.
                var leadingPhrase = !appositive && !named && !relativeAside && kept[0].Tag is Tag.Prep or Tag.Sub && !kept.Any(t => t.Tag is Tag.Verb or Tag.Aux or Tag.Modal);
                kept[^1] = kept[^1] with { Trail = afterThat || leadingPhrase ? kept[^1].Trail : kept[^1].Trail.TrimEnd(',') };
                kept.AddRange(tokens.Skip(end + 1));
                return WithoutInnerAsides(kept);
            }
        }

        return tokens;
    }

    /// <summary>", which was meant to…", ", because…", ", depending on…": a trailing clause after a comma, once the main clause is whole.</summary>
    private static List<Token> WithoutTrailingClause(List<Token> tokens)
    {
        for (var i = 3; i < tokens.Count; i++)
        {
            var prev = tokens[i - 1];
            if (!prev.Trail.EndsWith(',') && !prev.Trail.EndsWith('—') && !prev.Trail.EndsWith(';'))
            {
                continue;
            }

            var t = tokens[i];
            var trailing = prev.Trail.EndsWith(';') || prev.Trail.EndsWith('—')
                || t.Tag is Tag.Prep && t.Lower is not "of" && prev.Trail.EndsWith(',')
                || t.Tag is Tag.Rel && t.Lower is "which" or "who" or "whom" or "whose" or "where"
                || t.Tag is Tag.Sub && t.Lower is not "so"
                || t.Tag is Tag.Adv && i + 1 < tokens.Count && tokens[i + 1].Tag is Tag.Sub or Tag.Rel or Tag.Prep && tokens[i + 1].Lower is not "than" && tokens[i + 1].Lower is not "as" // ", precisely because…", ", usually for five days"
                || i + 1 < tokens.Count && tokens[i + 1].Lower is "included" or "excluded" or "aside" or "apart" && tokens[i + 1].Breaks // ", water included,"
                || t.Tag is Tag.Verb && t.Lower.EndsWith("ing", StringComparison.Ordinal)
                || t.Tag is Tag.To && prev.Trail.EndsWith(',') && i + 1 < tokens.Count && tokens[i + 1].Tag is Tag.Verb // ", to spur the development…"
                || t.Lower is "and" or "but" && i + 1 < tokens.Count && tokens[i + 1].Tag is Tag.Det or Tag.Pron or Tag.Noun or Tag.Prep && i >= 5
                    // a clause of its own ("and overtime was paid…"), not a list's last item ("and a growing number of borewells that…")
                    && (tokens[i + 1].Tag is Tag.Prep || tokens.Skip(i + 1).TakeWhile(x => x.Tag is not Tag.Rel && !x.Breaks && !x.Ends).Any(x => x.IsFinite)
                        || tokens.Take(i - 1).Count(x => x.Trail.EndsWith(',')) == 0);
            var head = tokens.Take(i).ToList();
            // ", at RM 42 a week": the amount the clause is about is never the part that goes.
            if (trailing && HasPredicate(head) && EndsCleanly(head) && !(tokens.Skip(i).Any(IsAmount) && !head.Any(IsAmount)))
            {
                head[^1] = head[^1] with { Trail = head[^1].Trail.TrimEnd(',', ';', '—', '–') };
                return head;
            }
        }

        return tokens;
    }

    /// <summary>The longest prefix of at most <paramref name="limit"/> words that is a whole clause; 0 when none is.</summary>
    private static int BestCut(List<Token> tokens, int limit)
    {
        for (var j = Math.Min(limit, tokens.Count - 1); j >= 5; j--)
        {
            var head = tokens.Take(j).ToList();
            if (BoundaryAt(tokens, j) && HasPredicate(head) && EndsCleanly(head) && !WaitsForObject(head) && !InsideAmount(tokens, j) && !InsideList(tokens, j) && !LosesRecipient(tokens, j) && !SplitsLastClause(tokens, j) && Balanced(head) && InnerClausesWhole(head) && MainVerbBefore(head) && !VerbAwaitsComplement(head) && !SplitsComparison(tokens, j))
            {
                return j;
            }
        }

        return 0;
    }

    /// <summary>
    /// Where an amount that starts at <paramref name="start"/> ends with its period ("f 6 or f 7 a week", "£30 a year"):
    /// amounts, currency marks, "or"/"to" between them, and "a"/"per" with a period word; 0 when no amount starts there.
    /// </summary>
    private static int AmountPhraseEnd(List<Token> tokens, int start)
    {
        var end = 0;
        for (var k = start; k < tokens.Count && k < start + 9; k++)
        {
            var t = tokens[k];
            if (IsAmount(t))
            {
                end = k + 1;
            }
            else if (Periods.Contains(t.Lower) && end > 0)
            {
                return k + 1;
            }
            else if (end == k && end > 0 && (t.Tag is Tag.Noun || IsCurrencySign(t)))
            {
                end = k + 1; // its unit: "7 shillings", "1,200 escudos", "1.850,50 €"
            }
            else if (!(t.Lower is "or" or "to" or "and" or "a" or "an" or "per" or "each" || t.Text.Length <= 3 && !t.Text.Any(char.IsDigit) && k + 1 < tokens.Count && IsAmount(tokens[k + 1])))
            {
                break;
            }

            if (t.Breaks && end > 0)
            {
                break;
            }
        }

        return end;
    }

    private static readonly HashSet<string> Periods = new(StringComparer.Ordinal) { "hour", "day", "week", "month", "year", "shift", "night", "season", "quarter", "fortnight" };

    /// <summary>Where a question's second alternative starts (", or …", ", and if so …"); -1 when it has none.</summary>
    private static int AlternativeAt(List<Token> tokens)
    {
        for (var k = 1; k + 1 < tokens.Count; k++)
        {
            if (tokens[k - 1].Trail.EndsWith(',') && (tokens[k].Lower == "or" || tokens[k].Lower == "and" && tokens[k + 1].Lower is "if" or "what" or "how" or "why" or "who"))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>"…was produced less by low wages | than by the fact…": the "than" a comparison waits for stays with it.</summary>
    private static bool SplitsComparison(List<Token> tokens, int cut) =>
        // "…was poor not simply because his wage was low | , but because…": a "not simply" waits for its "but".
        tokens.Take(cut).Select((t, i) => t.Lower == "not" && i + 1 < cut && tokens[i + 1].Lower is "simply" or "only" or "just" or "merely" or "so" or "because").Any(x => x)
            && tokens.Skip(cut).Any(t => t.Lower == "but")
        || tokens.Skip(cut).Take(2).Any(t => t.Lower == "than") && tokens.Take(cut).Any(t => t.Lower is "less" or "more" or "rather" or "other" or "better" or "worse" || t.Lower.EndsWith("er", StringComparison.Ordinal) && t.Tag is Language.Tag.Adj);

    /// <summary>"The town council, several of whose members owed…" is not a clause: the main verb comes before any ", who".</summary>
    private static bool MainVerbBefore(List<Token> head)
    {
        var aside = FirstAfterComma(head, t => t.Tag is Tag.Rel or Tag.Num or Tag.Det);
        // ("Before the container berths, a docker…": a leading phrase of time or place is no subject.)
        var leadingPhrase = aside > 0 && head[0].Tag is Tag.Prep or Tag.Sub && !head.Take(aside).Any(t => t.Tag is Tag.Verb or Tag.Aux or Tag.Modal);
        return aside < 0 || leadingPhrase || HasPredicate(head.Take(aside).ToList());
    }

    /// <summary>
    /// The position of the first word after a comma that matches, or -1. By position: tokens are records, so
    /// looking one up by value would find an earlier equal word (found by the fuzzer).
    /// </summary>
    private static int FirstAfterComma(List<Token> tokens, Func<Token, bool> match)
    {
        for (var k = 1; k < tokens.Count; k++)
        {
            if (match(tokens[k]) && tokens[k - 1].Trail.EndsWith(','))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>"Its workers were, by the standards of the time": a verb before a comma whose complement never comes.</summary>
    private static bool VerbAwaitsComplement(List<Token> head)
    {
        var comma = head.FindLastIndex(head.Count - 2, t => t.Breaks);
        return comma >= 0 && head[comma].Tag is Tag.Verb or Tag.Aux or Tag.Modal;
    }

    /// <summary>A clause opened inside the phrase ("…is that in such circumstances") has a verb of its own.</summary>
    private static bool InnerClausesWhole(List<Token> head)
    {
        var opener = head.FindLastIndex(t => t.Tag is Tag.Rel or Tag.Sub);
        return opener <= 0 || head.Skip(opener + 1).Any(t => t.Tag is Tag.Verb or Tag.Aux or Tag.Modal);
    }

    /// <summary>The end of the last whole noun phrase within the limit, for a cut that must be marked.</summary>
    private static int LastPhraseEnd(List<Token> tokens, int limit)
    {
        for (var j = Math.Min(limit, tokens.Count - 1); j >= 4; j--)
        {
            var head = tokens.Take(j).ToList();
            if (BoundaryAt(tokens, j) && EndsCleanly(head) && !InsideAmount(tokens, j) && Balanced(head))
            {
                return j;
            }
        }

        // Nothing whole: the first words, without what would dangle at the end.
        var n = Math.Min(limit, tokens.Count);
        while (n > 3 && (Phrases.FunctionWords.Contains(tokens[n - 1].Lower) || tokens[n - 1].Tag is Tag.Det or Tag.Adj or Tag.Prep or Tag.Conj or Tag.To or Tag.Rel or Tag.Sub))
        {
            n--;
        }

        return n;
    }

    /// <summary>Does a new phrase start at <paramref name="j"/>? After punctuation, or before a preposition (not "of"), conjunction, clause opener or "to".</summary>
    private static bool BoundaryAt(List<Token> tokens, int j)
    {
        if (j >= tokens.Count)
        {
            return true;
        }

        var prev = tokens[j - 1];
        var next = tokens[j];
        if (prev.Breaks || prev.Ends)
        {
            return true;
        }

        // "…to one of two mills | that set the price": a relative clause after its noun starts a new phrase; "said | that" does not.
        var relative = next.Lower == "that" && next.Tag is Tag.Rel && prev.Tag is Tag.Noun && !Lexicon.LightNouns.Contains(prev.Lower);
        // "a stretch of moor [and bog]": two bare nouns joined are one phrase.
        if (next.Lower is "and" or "or" && prev.Tag is Tag.Noun && j + 1 < tokens.Count && tokens[j + 1].Tag is Tag.Noun && !tokens[j + 1].Breaks is var _)
        {
            return false;
        }

        // "a month [in which no gloves were bought]": a relative clause after a preposition defines its noun.
        if (next.Tag is Tag.Prep && j + 1 < tokens.Count && tokens[j + 1].Lower is "which" or "whom")
        {
            return false;
        }

        // "The clinic pays ₦1,850 [for a pack of …]": what an amount paid or charged buys is part of the statement.
        if (BuysWhat(tokens, j))
        {
            return false;
        }

        if (prev.Tag is Tag.Adj && next.Tag is Tag.To or Tag.Prep && next.Lower is "to" or "from" or "with" or "for" || next.Lower is "of" || next.Lower is "that" && !relative || next.Text.StartsWith('\'') || prev.Tag is Tag.Adj && next.IsNominal)
        {
            return false;
        }

        return next.Tag is Tag.Prep or Tag.Conj or Tag.Sub or Tag.Rel or Tag.To
            || next.Tag is Tag.Verb && (next.Lower.EndsWith("ing", StringComparison.Ordinal) || next.Lower.EndsWith("ed", StringComparison.Ordinal)) && prev.IsNominal;
    }

    /// <summary>"pays ₦1,850 [for a pack]", "paid 2,300 shillings [for a box]": the "for" at <paramref name="j"/> says what a paid amount buys.</summary>
    private static bool BuysWhat(List<Token> tokens, int j) =>
        j >= 2 && tokens[j].Lower is "for" && (tokens[j - 1].Tag is Tag.Num || tokens[j - 2].Tag is Tag.Num && !tokens[j - 2].Breaks)
        && tokens.Take(j).Any(t => t.Tag is Tag.Verb && Lexicon.PayingVerbs.Contains(t.Lower));

    /// <summary>"€", "₹": a token that is only a currency sign.</summary>
    private static bool IsCurrencySign(Token t) =>
        t.Tag is Tag.Other && t.Text.Length > 0 && t.Text.All(NumberStyle.IsCurrencySign);

    /// <summary>A clause ends on a content word: a noun, a number, an adjective or adverb after a verb, never on a bare verb that wants its object.</summary>
    private static bool EndsCleanly(List<Token> head)
    {
        if (head.Count == 0)
        {
            return false;
        }

        var last = head[^1];
        if (last.Lower is "each" && head.Count > 1 && head[^2].Tag is Tag.Num)
        {
            return true; // "fined $5 each"
        }

        // "…was likely to increase it": an object pronoun after its verb ends the clause.
        if (last.Lower is "it" or "them" && head.Count > 2 && head[^2].Tag is Tag.Verb)
        {
            return true;
        }

        // "…and what did they gain": a question's verb comes last.
        if (last.Tag is Tag.Verb && head.Count > 2 && head[0].Lower is "what" or "who" or "whom" or "which" && head.Any(t => t.Tag is Tag.Aux or Tag.Modal))
        {
            return true;
        }

        // "…who keep the lights on,", "switched the machines off.": a verb's particle after its object ends the clause.
        if (last.Lower is "on" or "off" or "up" or "out" or "down" or "away" or "back" or "over" && (last.Breaks || last.Ends) && head.Count > 3
            && head[^2].Tag is Tag.Noun or Tag.Pron && head.Skip(head.Count - 5).Take(3).Any(t => t.Tag is Tag.Verb))
        {
            return true;
        }

        if (Phrases.FunctionWords.Contains(last.Lower) && !(last.Tag is Tag.Num))
        {
            return false;
        }

        // "…rents for around $1,900 a month right now, according to…": a time adverb closes its clause.
        if (last.Lower is "now" or "today" or "ago" or "again" && (last.Breaks || last.Ends) && head.Any(t => t.IsFinite))
        {
            return true;
        }

        // "…in front of you in order [to make him a villain]": "in order" waits for its purpose.
        if (last.Lower is "order" && !last.Breaks && head.Count > 1 && head[^2].Lower is "in")
        {
            return false;
        }

        // "three costs that every farmer mentions": a relative clause whose object is the noun it follows
        // (not "the fact that the country means", whose verb still wants what it means).
        if (last.Tag is Tag.Verb && head.Count > 3 && !Lexicon.ReportingVerbs.Contains(last.Lower) && last.Lower is not ("means" or "meant" or "mean" or "requires" or "required"))
        {
            var rel = head.FindLastIndex(head.Count - 2, t => t.Tag is Tag.Rel && t.Lower is "that" or "which" or "whom");
            if (rel > 0 && head[rel - 1].IsNominal && head.Skip(rel + 1).Take(head.Count - rel - 2).Any(t => t.IsNominal || t.Tag is Tag.Pron))
            {
                return true;
            }
        }

        return last.Tag is Tag.Noun or Tag.Proper or Tag.Num
            || last.Tag is Tag.Adj && head.Count > 1 && head.Any(t => t.Tag is Tag.Aux or Tag.Verb) && head[^2].Tag is not (Tag.Det or Tag.Adj or Tag.Adv)
            || last.Tag is Tag.Adv && last.Lower.EndsWith("ly", StringComparison.Ordinal) && head.Any(t => t.Tag is Tag.Verb)
                && (last.Breaks || last.Ends || head[^2].Tag is Tag.Noun or Tag.Adv) // "remembered that price more exactly"
            || last.Tag is Tag.Verb && (last.Breaks || last.Ends) && last.Lower.EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>A cut that would split "between $9 and $11 a day", "from 1,200 to 1,500" or "$75 a week".</summary>
    private static bool InsideAmount(List<Token> tokens, int j)
    {
        if (j >= tokens.Count)
        {
            return false;
        }

        var prev = tokens[j - 1];
        var next = tokens[j];
        // "f 6 [or f 7 a week]", "12 [or even 14 soldi]": a range goes on to its other end.
        if (prev.Tag is Tag.Num && !prev.Breaks && (next.Lower is "a" or "an" or "per" or "each" or "to" or "and" or "or" && j + 1 < tokens.Count
            && (tokens[j + 1].Tag is Tag.Num || Lexicon.NumberWords.Contains(tokens[j + 1].Lower) || Lexicon.Periods.Contains(Vocabulary.Stem(tokens[j + 1].Lower))
                || next.Lower is "to" or "or" or "and" && tokens.Skip(j + 1).Take(2).Any(t => t.Tag is Tag.Num)) || Lexicon.Periods.Contains(next.Lower)))
        {
            return true;
        }

        // "1.6 times [as many visits as…]", "twice [what a deckhand earned]": a multiple waits for what it multiplies.
        if (prev.Lower is "times" or "twice" && next.Lower is "as" or "more" or "what" or "the" or "that" or "less")
        {
            return true;
        }

        // "1.850,50 [€] gross": a currency sign after its number.
        if (prev.Tag is Tag.Num && IsCurrencySign(next))
        {
            return true;
        }

        // "94 per cent", "12 percent".
        if (prev.Tag is Tag.Num && (next.Lower is "percent" or "%" || next.Lower == "per" && j + 1 < tokens.Count && tokens[j + 1].Lower is "cent"))
        {
            return true;
        }

        // "between $9" waits for its "and $11".
        var between = tokens.FindLastIndex(j - 1, t => t.Lower == "between");
        return between >= 0 && !tokens.Skip(between).Take(j - between).Any(t => t.Lower == "and");
    }

    /// <summary>"…for less continuity, and the nurses [on the day shift felt it]": a clause after ", and" is cut only after its verb.</summary>
    private static bool SplitsLastClause(List<Token> tokens, int j)
    {
        var and = -1;
        for (var k = 1; k < j; k++)
        {
            if (tokens[k].Lower is "and" or "but" && tokens[k - 1].Trail.EndsWith(','))
            {
                and = k;
            }
        }

        return and > 0 && !tokens.Skip(and + 1).Take(j - and - 1).Any(t => t.IsFinite) && tokens.Skip(j).Any(t => t.IsFinite);
    }

    /// <summary>"both a product of, and an active factor in…": a preposition whose object comes later is never left behind.</summary>
    private static bool WaitsForObject(List<Token> head) => head.Any(t => t.Tag is Tag.Prep && t.Breaks);

    /// <summary>"almost every woman sold her cloth [to one of three middlemen]": whom it went to is half of what was done.</summary>
    private static bool LosesRecipient(List<Token> tokens, int j) =>
        j < tokens.Count && tokens[j].Lower == "to" && tokens.Take(j).Any(t => Lexicon.GivingVerbs.Contains(t.Lower));

    /// <summary>"…saw fishing boats, a coastal ferry and the odd freighter": a list is kept whole or cut before it, never after its first item.</summary>
    private static bool InsideList(List<Token> tokens, int j)
    {
        // "…four hundred households, one large tank [that fills…, and a growing number of borewells]": the list goes on after the cut.
        var listComma = tokens.FindLastIndex(Math.Min(j, tokens.Count) - 1, t => t.Trail.EndsWith(','));
        if (j < tokens.Count && listComma > 0 && listComma < j - 1 && !tokens[j - 1].Breaks && tokens.Take(listComma).Any(t => t.Tag is Tag.Verb or Tag.Aux)
            && !tokens.Skip(listComma + 1).Take(j - listComma - 1).Any(t => t.Tag is Tag.Verb or Tag.Aux or Tag.Modal || Lexicon.SubjectPronouns.Contains(t.Lower))
            && tokens.Skip(j).TakeWhile(t => !t.Ends).Any(t => t.Trail.EndsWith(',')) && tokens.Skip(j).TakeWhile(t => !t.Ends).Any(t => t.Lower is "and" or "or")
            && tokens[j].Tag is Tag.Rel)
        {
            return true;
        }

        if (j < tokens.Count && tokens[j].Lower is "and" or "or" && !tokens[j - 1].Breaks)
        {
            // "…the director, two astronomers, a night assistant [and a secretary]": the last item is still to come.
            var comma = tokens.FindLastIndex(j - 1, t => t.Breaks);
            return comma >= 0 && tokens[comma].Trail.EndsWith(',') && j - comma <= 5
                && !tokens.Skip(comma + 1).Take(j - comma - 1).Any(t => t.Tag is Tag.Verb or Tag.Aux or Tag.Modal or Tag.Pron)
                && comma > 0 && tokens.Take(comma).Any(t => t.Tag is Tag.Verb or Tag.Aux);
        }

        if (j >= tokens.Count || !tokens[j - 1].Trail.EndsWith(','))
        {
            return false;
        }

        for (var k = j; k < tokens.Count; k++)
        {
            if (tokens[k].Lower is "and" or "or")
            {
                // "…families, one creamery that closed in winter, [and a handful of shops]": the last item of a list begun earlier.
                var verb = tokens.FindIndex(t => t.Tag is Tag.Verb or Tag.Aux);
                var earlierItems = k == j && verb >= 0 && tokens.Skip(verb).Take(j - 1 - verb).Any(t => t.Trail.EndsWith(','));
                return (k > j || earlierItems) && k + 1 < tokens.Count && tokens[k + 1].Tag is Tag.Det or Tag.Adj or Tag.Noun or Tag.Proper or Tag.Num;
            }

            // Items run on across commas; a verb, a semicolon or the sentence's end means it was no list.
            if (tokens[k].Tag is Tag.Verb or Tag.Aux or Tag.Modal || tokens[k].Ends || tokens[k].Trail.Contains(';', StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Brackets and quotation marks opened in the phrase are closed in it.</summary>
    private static bool Balanced(List<Token> head)
    {
        var text = string.Concat(head.Select(t => t.Lead + t.Trail));
        return text.Count(c => c == '(') == text.Count(c => c == ')')
            && text.Count(c => c is '“') == text.Count(c => c is '”')
            && text.Count(c => c is '"') % 2 == 0;
    }

    /// <summary>A subject and a verb: the words say something, not only name it.</summary>
    public static bool HasPredicate(IReadOnlyList<Token> tokens)
    {
        // A finite verb ("earned", "is", "can"; not "running" alone), with a subject before it, or after it in a question.
        // The verb of a relative clause ("an owner who fitted an engine") is not the main verb.
        var verb = -1;
        var inRelative = false;
        for (var i = 0; i < tokens.Count && verb < 0; i++)
        {
            var t = tokens[i];
            if (t.Tag is Tag.Rel && t.Lower is "who" or "which" or "whose" or "that" && i > 0 && tokens[i - 1].IsNominal)
            {
                inRelative = true;
                continue;
            }

            var finite = t.Tag is Tag.Aux or Tag.Modal
                || t.Tag is Tag.Verb && !t.Lower.EndsWith("ing", StringComparison.Ordinal) && (i == 0 || tokens[i - 1].Tag is not Tag.To);
            if (finite && inRelative)
            {
                // Skip the relative clause's verb group; the main verb comes after it.
                while (i + 1 < tokens.Count && tokens[i + 1].Tag is Tag.Verb or Tag.Aux or Tag.Neg or Tag.Adv)
                {
                    i++;
                }

                inRelative = false;
                continue;
            }

            verb = finite ? i : -1;
        }

        // "Were they exploiting the weavers?", "What did the children lose": a question puts its verb first.
        var asks = verb == 0 || verb == 1 && tokens[0].Lower is "what" or "who" or "why" or "how" or "when" or "where" or "which";
        if (asks && verb >= 0 && tokens[verb].Tag is Tag.Aux or Tag.Modal && tokens.Skip(verb + 1).Take(3).Any(t => t.Tag is Tag.Pron || t.IsNominal))
        {
            return true;
        }

        return verb >= 1 && (tokens.Take(verb).Any(t => t.IsNominal || t.Tag is Tag.Pron) || tokens[verb - 1].Tag is Tag.Det || tokens[0].Tag is Tag.Det && verb <= 2
            || tokens[0].Tag is Tag.Rel && tokens.Skip(verb).Any(t => t.IsNominal || t.Tag is Tag.Pron)
            // "On top of that came pilotage fees": the subject follows its verb after a leading phrase.
            || tokens[0].Tag is Tag.Prep && tokens[verb].Tag is Tag.Verb && verb + 1 < tokens.Count && tokens.Skip(verb + 1).Take(3).Any(t => t.IsNominal));
    }

    private static string Finish(List<Token> tokens, bool whole)
    {
        if (tokens.Count == 0)
        {
            return "";
        }

        // "…policy thus:" introduces what follows; on a slide the "thus" says nothing.
        if (tokens.Count > 3 && tokens[^1].Lower is "thus" or "below" or "follows")
        {
            tokens = tokens.Take(tokens.Count - (tokens[^2].Lower == "as" ? 2 : 1)).ToList();
        }

        var text = Tagger.JoinBare(tokens);
        // A question keeps its mark; a statement on a slide needs no full stop.
        if (whole && tokens[^1].Trail.Contains('?', StringComparison.Ordinal))
        {
            text += "?";
        }

        return Phrases.Capitalise(CloseMarks(text));
    }

    /// <summary>A quotation opened in the cue is closed in it.</summary>
    private static string CloseMarks(string text)
    {
        if (text.Count(c => c == '“') > text.Count(c => c == '”'))
        {
            text += "”";
        }

        // An apostrophe is also ’: a ‘ is closed only when no ’ follows it.
        var open = text.LastIndexOf('‘');
        if (open >= 0 && text.IndexOf('’', open) < 0)
        {
            text += "’";
        }

        return text;
    }
}
