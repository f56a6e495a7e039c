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

    /// <summary>Openings that carry no topic: a cue or title starts after them.</summary>
    private static readonly string[] Openers =
    [
        "first of all", "above all", "after all", "in short", "of course", "for example", "for instance", "to recap",
        "in other words", "on the other hand", "in general", "in fact", "at the same time", "as previously explained",
        "as explained", "as we have seen", "as i said", "as noted", "to begin with", "to start with", "it should be said that",
        "it should be noted that", "it is worth saying plainly that", "it is worth saying that", "it is worth adding that",
        "it is worth noting that", "what i want to suggest is that", "what i want to argue is that", "what i want to say is that",
        "it is clear that", "it is evident that", "my claim is that", "my argument is that", "my point is that", "my thesis is that", "it is made evident that", "it is true that", "it is indubitable that", "a second time", "of the fact that", "more to the point is that", "more to the point", "what is more",
        "i should say at the start that", "i should say that", "let me say that", "needless to say",
        "first", "firstly", "second", "secondly", "third", "thirdly", "fourth", "finally", "lastly", "likewise", "however",
        "moreover", "furthermore", "thus", "therefore", "so", "and so", "and", "but", "then", "now", "well", "also", "indeed",
        "in turn", "in the end", "still", "yet", "okay", "ok", "right", "alright",
    ];

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
                    // "As previously explained in the reading, this was…": the opener's own phrase goes with it.
                    if (opener.StartsWith("as ", StringComparison.Ordinal) && s[opener.Length] == ' ' && rest.IndexOf(',', StringComparison.Ordinal) is > 0 and var comma
                        && CountWords(rest[..comma]) <= 5 && rest[..comma].Split(' ')[0].ToLowerInvariant() is "in" or "at" or "on" or "by" or "during" or "earlier" or "before" or "last")
                    {
                        rest = rest[(comma + 1)..].TrimStart();
                    }

                    if (CountWords(rest) >= 3)
                    {
                        s = rest;
                        changed = true;
                        break;
                    }
                }
            }
        }

        // "It is worth noting at the outset that …", "What I want to suggest, in closing, is that …": a frame around the point.
        if (Frame().Match(s) is { Success: true } frame && CountWords(s[frame.Length..]) >= 4)
        {
            s = s[frame.Length..];
        }

        // "The first is a wage that is reviewed every year": the counted point itself, without its counting.
        if (CountedPoint().Match(s) is { Success: true } counted && CountWords(s[counted.Length..]) >= 2)
        {
            s = s[counted.Length..];
        }

        // "He is telling us that pay is also about respect": what a quotation tells us is the point; who tells it is on the slide before.
        if (TellsUs().Match(s) is { Success: true } tells && CountWords(s[tells.Length..]) >= 4)
        {
            s = s[tells.Length..];
        }

        // "Put all of this together and the picture is pretty clear: working nights costs…": the point is after the colon.
        if (SummingUp().Match(s) is { Success: true } summing && CountWords(s[summing.Length..]) >= 4)
        {
            s = s[summing.Length..];
        }
        // "Electricity for the oven was the surprise: in the winter the bill reached 31,000 kroner…": what the surprise was
        // follows the colon, and the subject says what it is about.
        else if (Verdict().Match(s) is { Success: true } verdict && CountWords(s[verdict.Length..]) >= 4 && CountWords(verdict.Groups["topic"].Value) <= 5)
        {
            s = $"{verdict.Groups["topic"].Value.Trim()}: {s[verdict.Length..]}";
        }

        return Capitalise(s);
    }

    /// <summary>"The first is", "The second thing was that", "The last lesson is": the counting before a point.</summary>
    [GeneratedRegex(@"^the (?:first|second|third|fourth|fifth|last|final) (?:one |thing |point |lesson |request |reason |problem )?(?:is|was)(?: that\s+|\s+(?=(?:a|an|the|to)\s))", RegexOptions.IgnoreCase)]
    private static partial Regex CountedPoint();

    /// <summary>"He is telling us that", "This shows us that", "She reminds us that": a frame around the point, pointing back at who said it.</summary>
    [GeneratedRegex(@"^(?:he|she|they|it|this|that|these|those words)(?: is| was| are| were)? (?:telling|tells|told|reminding|reminds|reminded|showing|shows|showed|teaching|teaches|taught) (?:us|me|you)(?: all)?(?: again| here| plainly)?,? that\s+", RegexOptions.IgnoreCase)]
    private static partial Regex TellsUs();

    /// <summary>"The picture is clear:", "Put it all together:", "The answer is simple:": a lead-in whose point follows its colon.</summary>
    [GeneratedRegex(@"^[^:;.?!]{0,60}\b(?:clear|simple|plain|obvious|point|answer|lesson|upshot|bottom line|truth|together|claim|thesis|began|argued)\b[^:;.?!]{0,20}:\s+", RegexOptions.IgnoreCase)]
    public static partial Regex SummingUp();

    /// <summary>"Electricity for the oven was the surprise:", "Rent is the real problem:": a subject judged, then a colon.</summary>
    [GeneratedRegex(@"^(?<topic>(?!(?:this|that|it|there|here|what)\b)[^:;.?!,]{3,40}?)\s+(?:is|was|are|were)\s+(?:the\s+|a\s+)?(?:real\s+|big\s+|biggest\s+|main\s+|first\s+|nasty\s+)?(?:surprise|problem|catch|trouble|shock|difference|worry|headache|exception)\s*:\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Verdict();

    [GeneratedRegex(@"^(?:it (?:is|was) (?:worth \w+ing|clear|evident|true|obvious|striking|important to \w+)|what (?:i|we) (?:want|would like|'d like|wish) to \w+)(?:,[^,.;:]{1,25},|\s+(?:at the (?:outset|start)|here|again|clearly|plainly|now|once more|briefly|in closing))?\s+(?:is\s+|was\s+)?that\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Frame();

    /// <summary>The sentence without asides: (parentheses), [brackets] and — dashed asides —.</summary>
    public static string WithoutAsides(string sentence)
    {
        var s = Parenthetical().Replace(sentence, "");
        s = DashedAside().Replace(s, "");
        s = InParticular().Replace(s, ""); // "The boarding house in particular struck me"
        return Squash(s);
    }

    /// <summary>A sentence of three to seven words, as a title: its own point, whole.</summary>
    public static string? ShortSentence(string sentence)
    {
        // Whole or not at all: a sentence ending on "it" or "over" is not shortened into a fragment.
        var s = sentence.Trim().TrimEnd('.', '!', '?', '…', ' ');
        return CountWords(s) is >= 3 and <= TitleWords && !EndsOnFunctionWord(s) && !s.Contains('“') && !s.Contains('"') && !s.Contains(',')
            ? Capitalise(s) : null;
    }

    /// <summary>A sentence about the talk itself ("Let me start with…", "Good morning, everyone"), not its subject.</summary>
    public static bool IsAboutTheTalk(string sentence)
    {
        var s = sentence.TrimStart('“', '"', ' ');
        if (AboutTheTalk().IsMatch(s) || AboutTheTalk().IsMatch(WithoutOpeners(s))) // "So, good evening everyone"
        {
            return true;
        }

        if (QuotationMarks.Opens(sentence.TrimStart()))
        {
            return false;
        }

        // "Don't rush the payslip example.", "Keep it light here.", "Pause.": the speaker's directions to themselves.
        if (StageDirection().IsMatch(s))
        {
            return true;
        }

        // "I know it's cold outside, so I will keep you warm": the speaker and the room in one sentence.
        var words = s.Split([' ', ',', '.', ';', ':', '?', '!'], StringSplitOptions.RemoveEmptyEntries);
        return words.Contains("you", StringComparer.OrdinalIgnoreCase) && words.Any(w => w is "I" || w.Equals("we", StringComparison.OrdinalIgnoreCase))
            || SpeakerToAudience().IsMatch(s);
    }

    /// <summary>A direction the speaker wrote to themselves: an imperative about delivering the talk, never its subject.</summary>
    [GeneratedRegex(@"^(?:(?:don't|do not|don’t) (?:rush|drown|dwell|linger|read (?:it|this|the)|forget to|skip|overdo|labour|labor)\b|(?:keep (?:it|this|that)|go) (?:light|short|brief|quick|simple|slow|slowly)\b|(?:pause|slow down|breathe|look up)\b|(?:bring|hand out|hold up|point (?:at|to)|remind them|remember to|make sure (?:to|you)|leave (?:time|a minute|two minutes|five minutes))\b|(?:aim for|allow) (?:about |roughly |around )?(?:\w+ )?minutes\b)", RegexOptions.IgnoreCase)]
    private static partial Regex StageDirection();

    /// <summary>"I know it's cold outside", "What I want you to carry home…", "…and then I will take questions": the speaker talking to the room.</summary>
    [GeneratedRegex(@"\b(?:show of hands|hands? up|raise your hands?)\b|\b(?:that's|that is|that’s) (?:basically |pretty much |almost |most of )?(?:everyone|everybody|the room|the whole room)\b|\btake (?:your )?questions\b|\b(?:carry|take) (?:home|away)\b|\bi (?:do not|don't) want to pass over\b|\bworth pausing\b|\b(?:keep|bear) (?:that|this|it) in mind\b|^(?:but )?(?:that|this) is (?:another|a different) (?:lecture|talk|story|evening)\b|\bfor another (?:day|talk|lecture|evening)\b|\b(?:most|many|some|all|each|none|several) of you\b|\b(?:you|everyone|everybody) (?:here )?in (?:this|the) room\b|\bas (?:you|many of you) (?:know|will know|may know|can see|will remember)\b|\bI (?:will|'ll|shall|want to) (?:end|finish|close|stop) (?:on|with)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpeakerToAudience();

    public static bool EndsOnFunctionWord(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words && FunctionWords.Contains(Bare(words[^1]));

    private static string Bare(string word) => word.Trim(QuotationMarks.All).Trim('(', ')', ',', ';', ':', '.', '!', '?', '…').ToLowerInvariant();

    private static int CountWords(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Squash(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Replace(" ,", ",", StringComparison.Ordinal).Replace(" .", ".", StringComparison.Ordinal);

    /// <summary>"night-shift_pay.txt" → "Night shift pay": the file's name as a title, when the notes name nothing.</summary>
    public static string FileTitle(string path) =>
        string.Join(' ', Path.GetFileNameWithoutExtension(path).Split(['_', '-', '.', ' '], StringSplitOptions.RemoveEmptyEntries)) is { Length: > 0 } words
            ? Capitalise(words) : "Untitled talk";

    public static string Capitalise(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..] : text;

    /// <summary>
    /// A sentence that points at something instead of saying it: "Compare those numbers.", "Here is
    /// something that made the drivers angry:", "That, I think, is the real lesson.", "To put that in
    /// context…". A cue is taken from another sentence of the paragraph when one says the point.
    /// </summary>
    public static bool IsTeaser(string sentence)
    {
        var s = sentence.Trim();
        return s.EndsWith(':') || Teaser().IsMatch(s) || Teaser().IsMatch(WithoutOpeners(s)); // "And this is where…"
    }

    [GeneratedRegex(@"^(?:here (?:is|are|was)|compare|consider|take|think (?:about|of)|look at|i come back|i keep coming back|to put (?:that|this|it)|so what|what does (?:that|this|it) mean|why does (?:that|this|it) matter|(?:that|this),? i think,? (?:is|was)|(?:that|this) is (?:where|why|what|the (?:real |whole )?(?:point|lesson|question|story))|[\w\s']{1,30}? (?:is|was) where (?:the story|things|it) (?:gets|got|becomes|became|starts|started|begins|began)|(?:that|this|those|these) (?:numbers?|figures?|words?|sentences?|details?) (?:is|are|was|were|matters?))(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Teaser();

    /// <summary>The words that count a talk's steps, in order ("First, …", "Second, …"); "finally" or "lastly" closes them.</summary>
    public static readonly IReadOnlyList<string[]> StepOrdinals =
    [
        ["first", "firstly"], ["second", "secondly"], ["third", "thirdly"], ["fourth", "fourthly"], ["fifth", "fifthly"], ["sixth"],
    ];

    /// <summary>The first word of a sentence, lower case, without its comma: "First, the…" → "first".</summary>
    public static string OpeningWord(string sentence) => sentence.TrimStart().Split([',', ' '], 2)[0].ToLowerInvariant();

    /// <summary>The word a sentence counts its point by: "First, …" → "first", "The second is that…" → "second".</summary>
    public static string CountingWord(string sentence) =>
        CountedPoint().Match(sentence.TrimStart()) is { Success: true } counted ? counted.Value.Split(' ')[1].ToLowerInvariant() : OpeningWord(sentence);

    /// <summary>True for a word that counts a step or closes them ("second", "finally").</summary>
    public static bool IsStepWord(string lower) => lower is "finally" or "lastly" || StepOrdinals.Any(o => o.Contains(lower));

    /// <summary>"First, how the cooperative began.": a step's signpost, which names a section rather than saying a point.</summary>
    public static bool IsSignpost(string sentence) =>
        CountWords(sentence) <= 7 && IsStepWord(OpeningWord(sentence));

    [GeneratedRegex(@"^(?:(?:tonight|today|this evening|this afternoon|this morning),? (?:i|we) (?:want|will|'ll|'d like|would like|am going)|let me|let us|let's|now let|i have quoted|i have been quoting|i will|i'll|i want to|i'd like|i would like|i think that is|i think that's|i am happy|i'm happy|here is where|here is the|here's the|a word on|a word about|a quick word|before i (?:start|begin|go on)|good (?:morning|afternoon|evening)|thank you|thanks|welcome|today i|in this talk|that is all|that's all|(?:we|i)(?:'ll| will| shall) (?:look|come|turn|see|hear|return|get)\b|i should (?:begin|start|explain|admit|confess)\b|i(?:'d| would) be (?:glad|happy|interested|curious)\b|now,? (?:on )?to the\b|on to\b|turning (?:now )?to\b|which brings (?:me|us) to\b|(?:notice|note)(?:,? too,?| again,?)? (?:what|how|the way)\b|(?:the|this|my) talk (?:runs|lasts|takes|will (?:run|last|take)|should (?:run|last|take))\b|this is (?:a|an|my) (?:short |brief |quick |[\w-]+-minute )?talk\b)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AboutTheTalk();

    [GeneratedRegex(@"\s*[(\[][^()\[\]]{1,200}[)\]]")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@",?\s+in particular\b,?(?=\s)|,?\s+in particular\b(?=[.!?:;])", RegexOptions.IgnoreCase)]
    private static partial Regex InParticular();

    [GeneratedRegex(@"\s*[—–]\s[^—–]{1,200}?\s[—–](?=\s)|\s*—[^—]{1,200}?—")]
    private static partial Regex DashedAside();

}
