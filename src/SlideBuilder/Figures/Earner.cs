using SlideBuilder.Language;

namespace SlideBuilder.Figures;

/// <summary>
/// Who an amount belongs to, read from the clause it sits in with the tagger: the subject of the
/// verb before the amount ("A spinner earned $12"), past a relative clause ("the officer who
/// visits the village is paid…") or a modifier ("a weaver running a full set of looms earned…",
/// "an assistant on the ward earns…"); the owner of an income noun ("the wages of unskilled
/// workers", "the foreman's salary"); and the person paid ("paying the agency £38").
/// </summary>
internal static class Earner
{
    /// <summary>Nouns that name the income itself, not who has it: stripped from a label.</summary>
    private static readonly HashSet<string> IncomeNouns = new(StringComparer.Ordinal)
    {
        "wage", "wages", "salary", "salaries", "pay", "income", "incomes", "earnings", "pension", "pensions", "share", "shares",
        "rate", "rates", "allowance", "stipend", "money", "envelope", "packet", "figure", "amount", "sum",
    };

    /// <summary>Who is paid by someone who "pays" them and is a business, not a worker: their takings are not an income.</summary>
    private static readonly HashSet<string> Businesses = new(StringComparer.Ordinal)
    {
        "agency", "agencies", "company", "companies", "contractor", "contractors", "landlord", "landlords", "firm", "firms",
        "bank", "banks", "supplier", "suppliers", "shop", "store", "council", "trust", "government", "owner", "owners",
        "publican", "lender", "lenders", "moneylender", "insurer", "state",
    };

    /// <summary>A business, not a worker ("the moneylender's rate" is interest, not pay).</summary>
    public static bool IsBusiness(string lower) => Businesses.Contains(lower) || Businesses.Contains(lower + "s");

    /// <summary>A thing got, received or paid that is not anybody's income ("grant", "loans", "fee"), in any number.</summary>
    public static bool IsNotIncome(string lower) => NotIncome.Contains(Vocabulary.Stem(lower));

    /// <summary>Things got, received or paid that are not anybody's income.</summary>
    private static readonly HashSet<string> NotIncome = new(StringComparer.Ordinal)
    {
        "grant", "budget", "fund", "loan", "rent", "price", "fee", "bill", "fine", "subsidy", "donation", "deposit", "debt", "contribution",
        "subscription", "due", "membership", "cost", "purchase", "investment", "bribe", "overdraft",
        "mortgage", "ticket", "fare", "tax", "levy", "interest", "prize", "penalty", "damage", "tuition",
    };

    /// <summary>Who pays wages: when one of them "pays" an amount and names nothing it pays for, the amount is pay.</summary>
    private static readonly HashSet<string> Employers = new(StringComparer.Ordinal)
    {
        "employer", "employers", "company", "companies", "firm", "firms", "hospital", "hospitals", "factory", "factories", "mill", "mills",
        "farm", "farms", "estate", "estates", "platform", "platforms", "app", "apps", "hotel", "hotels", "restaurant", "restaurants",
        "school", "schools", "cooperative", "cooperatives", "co-op", "co-ops", "contractor", "contractors", "agency", "agencies",
    };

    private static readonly HashSet<string> PayVerbs = new(StringComparer.Ordinal) { "pay", "pays", "paying", "paid" };

    /// <summary>Verbs whose subject has the amount as an income: "earns", "takes home", "lives on", "is on", "is paid".</summary>
    private static readonly HashSet<string> IncomeVerbs = new(StringComparer.Ordinal)
    {
        "earn", "earns", "earned", "earning", "make", "makes", "made", "making", "receive", "receives", "received", "receiving",
        "draw", "draws", "drew", "drawing", "get", "gets", "got", "getting", "take", "takes", "took", "taking",
    };

    private static readonly HashSet<string> BeForms = new(StringComparer.Ordinal) { "is", "are", "was", "were", "be", "been", "being", "'s" };

    /// <summary>What pays rather than who: "bank shifts, which pay £12.60" is an income; "he paid ₹9,000" is not.</summary>
    private static readonly HashSet<string> Posts = new(StringComparer.Ordinal)
    {
        "job", "jobs", "shift", "shifts", "work", "post", "posts", "scheme", "schemes", "position", "role", "contract", "overtime",
        "rate", "rates", "grade", "band", "trade", "ward", "berth", "season",
    };

    /// <summary>The earner's words (no article), or null when the clause names nobody.</summary>
    /// <param name="verdict">What the verb says the amount is: an income ("earns", "is on", "lives on"), not one ("he paid",
    /// money paid to a firm, a grant received), or nothing.</param>
    /// <param name="amountAndAfter">The amount and the words after it: the tagger reads "pays" before "৳460" as a verb.</param>
    public static string? Find(string clauseBeforeAmount, out AmountKind verdict, string amountAndAfter = "")
    {
        verdict = AmountKind.Unknown;
        var tokens = Tagger.Tag(clauseBeforeAmount, amountAndAfter);
        if (tokens.Count == 0)
        {
            return null;
        }

        var phrases = NounPhrases.Find(tokens);
        var verb = tokens.FindLastIndex(t => t.Tag is Tag.Verb or Tag.Aux or Tag.Modal);

        verdict = Verdict(tokens, verb);

        // "it blends the carder's 25 florins with…": the owner written just before the amount is whose it is.
        if (tokens[^1].Text.EndsWith("'s", StringComparison.Ordinal) || tokens[^1].Text.EndsWith("’s", StringComparison.Ordinal))
        {
            var first = tokens.Count - 1;
            while (first > 0 && tokens[first - 1].Tag is Tag.Adj or Tag.Noun && !tokens[first - 1].Breaks && first > tokens.Count - 3)
            {
                first--;
            }

            var possessor = tokens.Skip(first).Select(t => t with { Lead = "" }).ToList();
            possessor[^1] = possessor[^1] with { Text = possessor[^1].Text[..^2] };
            return possessor.All(t => t.Tag is Tag.Noun or Tag.Proper or Tag.Adj) ? string.Join(' ', possessor.Select(t => t.Text)) : null;
        }

        // "we got a once-off equipment grant of €62,000": the thing received names what the amount is.
        if (verb >= 0 && phrases.LastOrDefault(p => p.Start > verb) is { } received && IsNotIncome(received.Head.Lower))
        {
            verdict = AmountKind.Other;
        }

        // "paying the agency £38": the one paid comes after the verb.
        var activePay = verb >= 0 && PayVerbs.Contains(tokens[verb].Lower) && !(tokens[verb].Lower == "paid" && verb > 0 && BeForms.Contains(tokens[verb - 1].Lower));
        if (activePay && phrases.LastOrDefault(p => p.Start > verb) is { } paid)
        {
            // ("pay a penalty of ¥17 million": what is paid, not whom, is no income.)
            // (A royalty paid is the payer's cost; an author's royalties received are her income.)
            var paidThing = IsNotIncome(paid.Head.Lower) || paid.Head.Lower is "royalty" or "royalties";
            verdict = Businesses.Contains(paid.Head.Lower) || paidThing ? AmountKind.Other : AmountKind.Income;
            return paidThing ? null : Words(paid);
        }

        if (verb < 0)
        {
            // "a pension of $2,600", "the foreman's $14": the nearest phrase.
            return phrases.Count > 0 ? Words(phrases[^1]) : null;
        }

        // "…earned 1,200 escudos, and a sardine skipper about 4,500": the phrase after "and" or a comma, just before the amount.
        if (phrases.LastOrDefault() is { } gapped && gapped.Start > verb && gapped.Start > 0
            && (tokens[gapped.Start - 1].Tag is Tag.Conj || tokens[gapped.Start - 1].Trail.EndsWith(','))
            && tokens.Skip(gapped.End).All(t => t.Tag is Tag.Adv || t.Lower is "twice" or "thrice" or "double" or "half" or "that" or "as" or "much"))
            // ("…and a master dyer perhaps twice that, 60 florins")
        {
            return Words(gapped);
        }

        // The verb group: "could expect to earn", "was not paid".
        var group = verb;
        while (group > 0 && tokens[group - 1].Tag is Tag.Verb or Tag.Aux or Tag.Modal or Tag.Adv or Tag.Neg or Tag.To && !tokens[group - 1].Breaks)
        {
            group--;
        }

        // "One owner in Higashiosaka told me she took home…": after a verb of saying, "she" is who said it (the first phrase
        // that agrees with the pronoun: "…the manager about the cleaners and she said they took home" is the cleaners');
        // "The chain told franchisees they would…" means the ones told.
        var pronoun = group - 1;
        var said = pronoun - 1;
        while (said > 0 && tokens[said].Lower is "me" or "us" or "that")
        {
            said--;
        }

        if (pronoun > 1 && tokens[pronoun].Lower is "she" or "he" or "they" && said >= 0 && (Lexicon.ReportingVerbs.Contains(tokens[said].Lower) || tokens[said].Lower == "tell"))
        {
            var plural = tokens[pronoun].Lower == "they";
            bool Agrees(NounPhrase p) => p.Head.Tag is Tag.Noun or Tag.Proper && !IsTime(p, tokens) && (p.Head.Lower.EndsWith('s') == plural || p.Head.Tag is Tag.Proper && !plural);
            var told = phrases.FirstOrDefault(p => p.Start > said && p.End <= pronoun);
            var teller = told is not null && Agrees(told) ? told : phrases.FirstOrDefault(p => p.End <= said && Agrees(p));
            if (teller is not null)
            {
                return Words(teller);
            }
        }

        // "the agency nurse I spoke to received…": "I spoke to" is a clause about the nurse, not the verb's subject.
        if (group > 1 && tokens[group - 1].Tag is Tag.Pron && phrases.LastOrDefault(p => p.End == group - 1) is { } described)
        {
            return Words(described);
        }

        // "Our head baker, who also plans the production and orders the flour, earns…", "Our one junior, hired straight out of
        // the Politechnika, started at…": an aside closed by a comma just before the verb is about the phrase before it.
        if (group > 2 && tokens[group - 1].Breaks && tokens.FindLastIndex(group - 2, t => t.Breaks) is var open and >= 0
            && tokens[open + 1].Tag is Tag.Rel or Tag.Verb or Tag.Prep
            && (open == 0 ? 0 : tokens.FindLastIndex(open - 1, t => t.Breaks) + 1) is var clause
            && phrases.FirstOrDefault(p => p.Start >= clause && p.Start <= open && !IsTime(p, tokens)) is { } aboutWhom)
        {
            // The clause's words up to its first preposition or the comma ("Our junior [from the technical school], hired in June,",
            // "Our one junior,"), the last read as the noun it is.
            var upTo = tokens.Skip(clause).Take(open + 1 - clause).SkipWhile(t => t.Tag is Tag.Det or Tag.Num or Tag.Prep or Tag.Adv)
                .TakeWhile(t => t.Tag is not (Tag.Prep or Tag.Verb or Tag.Rel or Tag.To)).SkipWhile(t => t.Tag is Tag.Det).ToList();
            if (upTo.Count > 0 && upTo[^1].Tag is Tag.Noun or Tag.Proper or Tag.Adj)
            {
                return Words(aboutWhom with { Words = upTo, Start = clause, End = clause + upTo.Count });
            }
        }

        // "all shift", "each quarter", "in 1980": when, not who.
        phrases = phrases.Where(p => !IsTime(p, tokens) && !p.Words.All(t => Salience.IsYear(t.Text))).ToList();
        var subject = phrases.LastOrDefault(p => p.End <= group);
        if (subject is null)
        {
            return null;
        }

        // Past a relative clause: "the officer who visits the village is paid…", "Prescott, who drew…",
        // "shifts, which pay…" → the phrase the clause is about.
        var relative = group > 0 ? tokens.FindLastIndex(group - 1, t => t.Tag is Tag.Rel && t.Lower is "who" or "that" or "which" or "whose") : -1;
        if (relative > 0 && (relative == group - 1 || tokens.Skip(relative + 1).Take(group - relative - 1).Any(t => t.Tag is Tag.Verb or Tag.Aux))
            && phrases.LastOrDefault(p => p.End <= relative) is { } antecedent && antecedent.End >= relative - 1)
        {
            subject = antecedent;
        }
        else if (subject.End < group)
        {
            // "the agency nurse I spoke to received…": a clause without "who" between the subject and its verb.
            var gap = tokens.Skip(subject.End).Take(group - subject.End).ToList();
            var timeOnly = gap.Count > 0 && gap.Select((t, k) => t.Tag is Tag.Det || TimeWords.Contains(t.Lower) || Salience.IsYear(t.Text)
                || t.Tag is Tag.Prep && k + 1 < gap.Count && Salience.IsYear(gap[k + 1].Text)).All(when => when); // ("a hewer at the face in 1980 took home")
            if (!timeOnly && (gap.Count == 0 || gap[0].Tag is not Tag.Pron || !gap.Skip(1).Any(t => t.Tag is Tag.Verb) || gap.Any(t => t.Breaks)))
            {
                return null; // something other than the subject sits between it and the verb
            }
        }

        // "collectives in which the income amounts to…": the income belongs to what "in which" refers to.
        if (subject.Words.All(t => IncomeNouns.Contains(t.Lower)) && subject.Start >= 2 && tokens[subject.Start - 1].Lower is "which" or "whom"
            && tokens[subject.Start - 2].Tag is Tag.Prep && phrases.LastOrDefault(p => p.End <= subject.Start - 2) is { } owner)
        {
            subject = owner;
        }

        // "At the industrial bakery the same work had paid…": a post named only by pointing back is known by its place.
        if (Posts.Contains(subject.Head.Lower) && subject.Words.Any(t => t.Lower is "same" or "this" or "that" or "such" or "similar"))
        {
            var place = phrases.FirstOrDefault(p => p.Start > 0 && p.End <= subject.Start && tokens[p.Start - 1].Lower is "at" or "in" or "for" && p.Head.Tag is Tag.Noun or Tag.Proper
                && !TimeWords.Contains(p.Head.Lower));
            return place is null ? null : Words(place);
        }

        // Past modifiers: "a weaver [running a full set of looms]", "an assistant [on the ward]", "a sorter [standing at the belt]".
        while (subject.Start > 0)
        {
            var k = subject.Start - 1;
            var skipped = 0;
            while (k >= 0 && skipped < 5 && (tokens[k].Tag is Tag.Prep && tokens[k].Lower is not "of" || tokens[k].Tag is Tag.Adv or Tag.Num or Tag.Conj
                || tokens[k].Tag is Tag.Verb && tokens[k].Lower.EndsWith("ing", StringComparison.Ordinal)))
            {
                k--;
                skipped++;
            }

            // (Never past a comma: "…a month gross, and our seniors were on…" is the seniors'.)
            var head = skipped > 0 && k >= 0 && !tokens[k].Breaks ? phrases.LastOrDefault(p => p.End == k + 1) : null;
            if (head is null)
            {
                break;
            }

            subject = head;
        }

        return Words(subject);
    }

    /// <summary>What the verb before the amount says it is.</summary>
    private static AmountKind Verdict(List<Token> tokens, int verb)
    {
        if (verb < 0)
        {
            return AmountKind.Unknown;
        }

        var word = tokens[verb].Lower;
        var next = verb + 1 < tokens.Count ? tokens[verb + 1].Lower : "";
        var before = verb > 0 ? tokens[verb - 1].Lower : "";
        if (IncomeVerbs.Contains(word) && (word is not ("take" or "takes" or "took" or "taking") || next == "home")
            || word is "live" or "lives" or "lived" or "living" && next == "on"
            || BeForms.Contains(word) && next == "on" && verb + 2 == tokens.Count
            || word == "paid" && BeForms.Contains(before)
            || word == "paid" && before == "and" && tokens.Take(verb - 1).Any(t => BeForms.Contains(t.Lower)) // "was hired on casual terms and paid Ksh 400 a day"
            || word is "start" or "starts" or "started" or "starting" && next is "at" or "on" && verb + 2 == tokens.Count
                && !tokens.Take(verb).Any(t => IsNotIncome(t.Lower))) // "started at 9 500 zł a month"; not "Rent started at £3"
        {
            return AmountKind.Income;
        }

        if (PayVerbs.Contains(word))
        {
            // The subject pays: a job or shift pays its holder ("bank shifts, which pay £12.60"); anyone else spends ("he had paid ₹9,000").
            var subjectIsPronoun = tokens.Take(verb).LastOrDefault(t => t.IsNominal || t.Tag is Tag.Pron) is { Tag: Tag.Pron };
            var post = tokens.Take(verb).TakeLast(4).Any(t => Posts.Contains(t.Lower));
            // ("Some private hospitals pay more, up to ¥800 an hour": an employer that pays, with nothing named as paid, pays wages.)
            var employer = tokens.Take(verb).LastOrDefault(t => t.IsNominal) is { } payer && Employers.Contains(payer.Lower)
                && !tokens.Skip(verb + 1).Any(t => t.IsNominal);
            return !subjectIsPronoun && (post || employer) ? AmountKind.Income : AmountKind.Other;
        }

        if (word is "expect" or "expects" or "expected" or "hired" or "employed" or "engaged" or "entitled")
        {
            return AmountKind.Income; // "could expect about 9,000 escudos a year", "hired at ¥900 an hour"
        }

        return AmountKind.Unknown;
    }

    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "shift", "shifts", "day", "days", "night", "nights", "week", "weeks", "month", "months", "year", "years", "season", "seasons",
        "morning", "evening", "quarter", "summer", "winter", "spring", "autumn", "time", "hour", "hours", "long", "along",
    };

    private static bool IsTime(NounPhrase phrase, List<Token> tokens) =>
        TimeWords.Contains(phrase.Head.Lower) && phrase.Start < tokens.Count && tokens[phrase.Start].Lower is "all" or "every" or "each" or "that" or "this" or "last" or "next" or "one";

    private static string? Words(NounPhrase phrase)
    {
        var words = phrase.Words.ToList();
        // "wages of unskilled workers" → "unskilled workers"; "the foreman's salary" → "foreman".
        var of = words.FindIndex(t => t.Lower == "of");
        if (of > 0 && words.Take(of).All(t => IncomeNouns.Contains(t.Lower) || t.Tag is Tag.Adj or Tag.Det))
        {
            words = words.Skip(of + 1).SkipWhile(t => t.Tag is Tag.Det).ToList();
        }

        while (words.Count > 1 && IncomeNouns.Contains(words[^1].Lower))
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count > 0 && (words[^1].Text.EndsWith("'s", StringComparison.Ordinal) || words[^1].Text.EndsWith("’s", StringComparison.Ordinal)))
        {
            words[^1] = words[^1] with { Text = words[^1].Text[..^2] };
        }

        // "the newly qualified staff nurse" keeps "newly": an adverb before an adjective is part of who it is.
        words = words.SkipWhile((t, k) => t.Tag is Tag.Det or Tag.Num || t.Tag is Tag.Adv && !(k + 1 < words.Count && words[k + 1].Tag is Tag.Adj)).ToList();
        if (words.Count == 0 || words.All(t => Lexicon.LightNouns.Contains(t.Lower) && t.Lower is not ("man" or "men" or "people")))
        {
            return null;
        }

        return string.Join(' ', words.TakeLast(5).Select(t => t.Lead.Trim('“', '"', '‘', '(') + t.Text)).Trim();
    }
}
