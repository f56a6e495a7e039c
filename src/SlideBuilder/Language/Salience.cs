using System.Text.RegularExpressions;

namespace SlideBuilder.Language;

/// <summary>
/// Which sentence of a paragraph carries its point, for the slide's cue. Speakers often set a
/// scene or a foil first and say the point later ("You'd think it needs fish. … What it needed
/// was everything that happens after the catch."), or carry it in the numbers. A sentence scores
/// for what it says — figures, the words the rest of the paragraph repeats, a stated point or a
/// turn after a denial — and loses for talking to the room, telling the speaker's own story, or
/// being the foil. Position counts a little: without other signs the opening sentence wins.
/// English cues; on other languages only position, figures and repetition speak.
/// </summary>
public static partial class Salience
{
    /// <summary>One score per sentence, higher for the sentence a slide should cue.</summary>
    public static double[] Score(IReadOnlyList<string> sentences)
    {
        var stems = sentences.Select(ContentStems).ToList();
        var scores = new double[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            var score = i == 0 ? 1.0 : i == sentences.Count - 1 && sentences.Count > 2 ? 0.3 : 0;
            if (CarriesFigures(s))
            {
                // The first figure is usually the one the rest of the paragraph explains or compares.
                score += sentences.Take(i).Any(CarriesFigures) ? 1.5 : 2;
            }

            // A short quotation the speaker chose to read out is a telling line; its "I" and "you" are the speaker's it quotes.
            var quotation = QuotationMarks.Inside(s, 5, Condenser.LongestUncut);
            if (quotation is { LeadIn.Length: > 0 })
            {
                score += 1.5;
            }

            var own = quotation?.LeadIn ?? s;

            if (StatedPoint().IsMatch(s) || Phrases.SummingUp().IsMatch(s.TrimStart()))
            {
                score += 2;
            }

            if (Foil().IsMatch(s))
            {
                score -= 2;
            }

            // "It's not about fish. It's about who sits at the table.": the denial sets up the point after it.
            if (i + 1 < sentences.Count && Denies(s) && !Denies(sentences[i + 1]) && TurnAfterDenial().IsMatch(sentences[i + 1]))
            {
                score -= 1;
            }
            else if (Corrects(sentences, i))
            {
                score += 1.5;
            }

            var shared = stems[i].Count(stem => stems.Where((other, j) => j != i).Any(other => other.Contains(stem)));
            score += 0.3 * Math.Min(shared, 4);

            if (SpeakerStory().IsMatch(own))
            {
                score -= 0.75;
            }

            if (ToTheRoom().IsMatch(own))
            {
                score -= 1;
            }

            // "It had two pilot boats": a sentence whose subject is a pronoun leans on the one before it.
            if (LeansBack().IsMatch(s))
            {
                score -= 0.5;
            }

            // "Every cooperative has that story": a cue pointing back at what the slide does not show.
            if (PointsBack(s))
            {
                score -= 0.75;
            }

            if (Phrases.IsTeaser(s))
            {
                score -= 2;
            }

            scores[i] = score;
        }

        return scores;
    }

    /// <summary>"I went there…", "They sent me a photo": the speaker telling their own story (a quotation's "I" is not the speaker's).</summary>
    public static bool IsSpeakerStory(string sentence) => SpeakerStory().IsMatch(QuotationMarks.Inside(sentence, 5, Condenser.LongestUncut)?.LeadIn ?? sentence);

    /// <summary>"The bonus was not a reward for speed. It was a way of keeping drivers…": sentence <paramref name="i"/> corrects the denial before it.</summary>
    public static bool Corrects(IReadOnlyList<string> sentences, int i) =>
        i > 0 && Denies(sentences[i - 1]) && !Denies(sentences[i]) && TurnAfterDenial().IsMatch(sentences[i]);

    /// <summary>True when the sentence gives a figure: an amount, a count, a share; a bare year is a date, not a figure.</summary>
    public static bool CarriesFigures(string sentence) =>
        Figure().Matches(sentence).Any(m => !(m.Index + m.Length < sentence.Length && sentence[m.Index + m.Length] == '-') // "a 36-inch reflector" measures
            && !(IsYear(m.Value) && !Money().IsMatch(sentence)))
        || PerCent().IsMatch(sentence);

    /// <summary>"1890", "2024": four digits that name a year, a date rather than a figure.</summary>
    public static bool IsYear(string number) => number.Length == 4 && int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year is >= 1000 and <= 2199;

    private static bool PointsBack(string sentence)
    {
        var tokens = Tagger.Tag(sentence);
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            // "that story", "those figures", "that ₱1,400": something said before, which the slide does not show.
            if (tokens[i].Lower is "this" or "that" or "these" or "those" or "such" && (tokens[i].Tag is Tag.Det && tokens[i + 1].Tag is Tag.Noun || tokens[i + 1].Tag is Tag.Num))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Denies(string sentence) => Denial().IsMatch(sentence);

    private static HashSet<string> ContentStems(string sentence) =>
        Vocabulary.Words(sentence).Where(w => w.Length > 2 && !Phrases.FunctionWords.Contains(w) && !char.IsDigit(w[0])).Select(Vocabulary.Stem).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\d[\d,.\u00A0\u202F ]*\d|\d")]
    private static partial Regex Figure();

    // A currency sign or an ISO code written beside a number ("EUR 40", "40 NOK"); an acronym elsewhere (ILO, NHS) is none.
    [GeneratedRegex(@"\p{Sc}|\b[A-Z]{3}\s?\d|\d\s?[A-Z]{3}\b|\b(?:per ?cent|percent|times)\b")]
    private static partial Regex Money();

    [GeneratedRegex(@"\b(?:per ?cent|percent)\b|%", RegexOptions.IgnoreCase)]
    private static partial Regex PerCent();

    /// <summary>"What it needed was…", "The point is…", "That is why…", "In the end…": the speaker saying what matters.</summary>
    [GeneratedRegex(@"^(?:\W*(?:and |but |so )?)(?:what (?:\w+ ){1,3}(?:was|is|were|are) |the (?:real )?(?:point|answer|lesson|result|truth|difference|problem|reason) (?:is|was|being)\b|(?:that|this) is (?:why|how)\b|(?:this|that) (?:meant|means) (?:that )?|in (?:short|the end|other words|sum)\b|the upshot|above all\b|(?:it's|it is|it was) about\b|in practice\b|(?:my|our|the) (?:claim|argument|thesis|case) (?:is|was|here is)\b|(?:i|we) (?:will|shall|want to|would) argue\b|which (?:means|is why)\b|the (?:picture|message|conclusion|bottom line) is\b)", RegexOptions.IgnoreCase)]
    private static partial Regex StatedPoint();

    /// <summary>"You'd think…", "At first sight…", "Many people assume…": the view the speaker is about to knock down.</summary>
    [GeneratedRegex(@"^\W*(?:you(?:'d| would| might| may) (?:think|expect|imagine|assume|guess)|one (?:might|would|could) (?:think|expect|imagine|assume)|at first (?:sight|glance)|it is (?:often|commonly|widely) (?:said|assumed|believed|thought)|(?:many|most) people (?:think|believe|assume)|the (?:usual|common|standard) (?:story|view|answer))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Foil();

    /// <summary>"It's not about fish", "The pay was not a reward…": a denial of what something is, which the next sentence corrects.</summary>
    [GeneratedRegex(@"\b(?:is|was|are|were|'s|'re)\s+(?:not|never|no longer)\b|\b(?:isn't|wasn't|aren't|weren't|isn’t|wasn’t|aren’t|weren’t)\b|’s\s+not\b", RegexOptions.IgnoreCase)]
    private static partial Regex Denial();

    [GeneratedRegex(@"^\W*(?:(?:it|this|that)(?:'s| is| was) |(?:but |rather,? |instead,? )|(?:it|this|that) (?:is|was) )", RegexOptions.IgnoreCase)]
    private static partial Regex TurnAfterDenial();

    [GeneratedRegex(@"^\W*(?:(?:and|but|so|yet),? )?(?:it|they|he|she|this|that|these|those)(?:'s|'re|'d)?\s", RegexOptions.IgnoreCase)]
    private static partial Regex LeansBack();

    /// <summary>"I went there…", "They sent me a photo": the speaker's own story, which is script.</summary>
    [GeneratedRegex(@"(?:^|\W)(?:I|me|my)(?:\W|$)")]
    private static partial Regex SpeakerStory();

    /// <summary>"You'd think…", "Do you know…", "Can you see…": the speaker talking to the audience.</summary>
    [GeneratedRegex(@"\b(?:you|your)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ToTheRoom();
}
