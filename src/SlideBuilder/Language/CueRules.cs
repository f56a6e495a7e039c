using System.Text.RegularExpressions;

namespace SlideBuilder.Language;

/// <summary>
/// What makes a sentence of the script fit to stand on a slide as a cue: it is a statement on its
/// own (no "When…" clause without its main clause, no lost subject, no bare frame), it does not lean
/// on a sentence the slide leaves out, and beside the cues already chosen it brings a figure of its
/// own and repeats few of their words. The prose reader picks cues with these rules.
/// </summary>
public static partial class CueRules
{
    /// <summary>
    /// A cue says something by itself: it has a verb when its sentence has one ("Among the petitions of 1378, when the
    /// ciompi seized the government" lost its main clause), and it is more than a frame ("It is worth remembering").
    /// </summary>
    public static bool Whole(string cue, string sentence)
    {
        var tokens = Tagger.Tag(cue);
        if (tokens.Count == 0 || tokens.Count <= 5 && tokens[^1].Lower.EndsWith("ing", StringComparison.Ordinal) && tokens[0].Tag is Tag.Pron)
        {
            return false;
        }

        // "Threaten its existence with…": a cue that lost its subject ("…the powers that threaten its existence").
        if (tokens[0].Tag is Tag.Verb && !tokens[0].Lower.EndsWith("ing", StringComparison.Ordinal)
            && !sentence.TrimStart().StartsWith(tokens[0].Text, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // "When a staff nurse can earn ₱150,000 a month": a subordinate clause whose main clause was cut away.
        if ((tokens[0].Tag is Tag.Sub || tokens[0].Lower is "when" or "if" or "because" or "although" or "though" or "while" or "unless" or "whereas")
            && !cue.Contains(", ", StringComparison.Ordinal))
        {
            return false;
        }

        // "Among the petitions of 1378, when the ciompi seized the government": its only verb is the "when" clause's.
        var verb = tokens.FindIndex(t => t.IsFinite);
        if (tokens[0].Tag is Tag.Prep && verb > 0 && tokens.Take(verb).Any(t => t.Tag is Tag.Sub or Tag.Rel))
        {
            return false;
        }

        // ("A nurse at Grade 15 starts at ₱36,619 a month": a subject and an amount read as a statement; a question asks.)
        return cue.EndsWith('?') || cue.Contains(": ", StringComparison.Ordinal) || cue.StartsWith('“') || tokens[0].Tag is Tag.Det or Tag.Noun or Tag.Proper && Salience.CarriesFigures(cue) || Condenser.HasPredicate(tokens) || !Condenser.HasPredicate(Tagger.Tag(sentence));
    }

    /// <summary>
    /// A cue gives the audience something to keep: a figure, a quotation, or words of content ("Guards work a second
    /// job", "A ratio is an abstraction"). "That is the top of the scale", "There is the state", "I asked Denise", "That is
    /// what I have" are the script's links and say nothing on a slide; nor does the speaker's own story ("I spent two summers…")
    /// unless it gives a figure.
    /// </summary>
    public static bool SaysEnough(string cue)
    {
        if (Salience.CarriesFigures(cue) || cue.Contains('“', StringComparison.Ordinal) || cue.Contains('«', StringComparison.Ordinal))
        {
            return true;
        }

        // The evening's topic is said once ("This is a story about money"); otherwise the speaker's own story and the evening
        // itself are script: "I have thought about that last sentence…", "My sources are…", "There will be numbers tonight"
        // ("Nobody I spoke to was against the fund" is not about the speaker).
        if (TopicOfTheEvening().IsMatch(cue))
        {
            return true;
        }

        if (SpeakerFirst().IsMatch(cue) || TheEvening().IsMatch(cue))
        {
            return false;
        }

        // "Here is how Suresh Gowda described it to me", "Marek Zieliński put it like this at a meeting": the words that lead into
        // a quotation, whose slide shows the quotation with the name.
        if (LeadsIntoQuotation().IsMatch(cue))
        {
            return false;
        }

        var tokens = Tagger.Tag(cue);
        // A denial is a point ("Not money in general", "Some never got better"). On text the lexicon does not know (another
        // language) every word reads as a noun: the rule stays silent there.
        var content = tokens.Count(t => t.Tag is Tag.Noun or Tag.Proper or Tag.Num or Tag.Adj && !Lexicon.VagueNouns.Contains(t.Lower)
            || t.Tag is Tag.Verb && !Lexicon.LightVerbs.Contains(t.Lower) || t.Tag is Tag.Neg || t.Lower is "never" or "nobody" or "nothing" or "none" or "no");
        // Two words of content make a point that stands alone ("A ratio is an abstraction"), not one that leans on the
        // sentence before ("That is the top of the scale") or tells the speaker's own story ("I asked Denise").
        return content >= 3 || content == 2 && !LeansBack(cue) && tokens[0].Lower is not ("i" or "we");
    }

    /// <summary>"…, it adds up to roughly ₱1,400", "They were agency nurses": a subject that points back at another sentence.</summary>
    public static bool LeansBack(string cue)
    {
        var tokens = Tagger.Tag(cue);
        if (tokens.Count < 2)
        {
            return false;
        }

        // "This is a story about money" introduces; "That a wage is never just a number" is a clause, not a pointer.
        if (tokens[0].Lower is "this" && tokens[1].Lower is "is" && tokens.Count > 2 && tokens[2].Lower is "a" or "an"
            || tokens[0].Lower is "that" && tokens[1].Tag is Tag.Det or Tag.Pron or Tag.Num or Tag.Proper)
        {
            return false;
        }

        // The subject before the verb, past its adverbs ("They also absorbed…"); "Nobody", "There were", "I" and "we" stand alone.
        var verb = tokens.FindIndex(t => t.IsFinite);
        var subject = verb - 1;
        while (subject > 0 && tokens[subject].Tag is Tag.Adv)
        {
            subject--;
        }

        // "The first is a wage", "The latter was…": one of things the sentence before named.
        if (tokens.Count > 2 && tokens[0].Lower == "the" && tokens[1].Lower is "first" or "second" or "third" or "other" or "latter" or "former" or "rest" or "last"
            && tokens[2].Tag is Tag.Aux or Tag.Verb)
        {
            return true;
        }

        return subject >= 0 && verb > 0 && tokens[subject].Lower is "it" or "they" or "he" or "she" or "this" or "that" or "these" or "those" or "them"
            || tokens[0].Lower is "this" or "that" or "these" or "those" or "another";
    }

    /// <summary>True when <paramref name="cue"/> gives a number none of <paramref name="others"/> gives.</summary>
    public static bool NewFigures(string cue, IEnumerable<string> others)
    {
        var given = others.SelectMany(Numbers).ToHashSet(StringComparer.Ordinal);
        return Numbers(cue).Any(n => !given.Contains(n));

        static IEnumerable<string> Numbers(string text) => FigureRun().Matches(text).Select(m => m.Value.TrimEnd('.', ','));
    }

    /// <summary>The share of <paramref name="cue"/>'s content words that the other cues already use (0 to 1).</summary>
    public static double Overlap(string cue, IEnumerable<string> others)
    {
        var own = Vocabulary.Words(cue).Where(w => w.Length > 2 && !Phrases.FunctionWords.Contains(w)).Select(Vocabulary.Stem).ToHashSet(StringComparer.Ordinal);
        var seen = others.SelectMany(Vocabulary.Words).Select(Vocabulary.Stem).ToHashSet(StringComparer.Ordinal);
        return own.Count == 0 ? 1 : own.Count(seen.Contains) / (double)own.Count;
    }

    // (and where the talk's material comes from: "What follows leans on…", "Most of it comes from conversations…")
    [GeneratedRegex(@"^\W*(?:I\b|I['’]|My\b|(?i:(?:most|much|all|some) of what )I\b|(?i:what follows\b|(?:most|much|all) of (?:it|this|what follows) (?:comes|came) from\b))")]
    private static partial Regex SpeakerFirst();

    /// <summary>"Tonight is about the pilchard cannery": the evening's topic, said once, is the opening's cue.</summary>
    [GeneratedRegex(@"^\W*(?:tonight|this talk|this evening|this) is (?:a (?:story|talk) )?about\b", RegexOptions.IgnoreCase)]
    private static partial Regex TopicOfTheEvening();

    [GeneratedRegex(@"\b(?:tonight|this evening|this afternoon|this morning|this talk|this lecture|today's talk)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TheEvening();

    [GeneratedRegex(@"\d[\d,.]*")]
    private static partial Regex FigureRun();

    [GeneratedRegex(@"^(?:here(?:'s| is)|this is|that is|that's) (?:how|what) .{0,60}\b(?:described|put|said|told|explained|summed|wrote)\b|\b(?:put|puts|described|describes|summed|sums) (?:it|things|the matter) (?:up )?(?:like this|this way|so|as follows|better than I can)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeadsIntoQuotation();
}
