using System.Globalization;
using System.Text.RegularExpressions;
using SlideBuilder.Diagnostics;

namespace SlideBuilder.Figures;

/// <summary>What an amount is counted over; a season (a harvest, a touring season) is no fixed part of a year and gets an axis of its own.</summary>
public enum Period { Unstated, Hour, Day, Week, Month, Year, Season }

/// <summary>A money amount found in prose, with a short label taken from its sentence.</summary>
/// <summary>What an amount is: an income (wage, pay, earnings, share), something else (a price, rent, cost, budget, fund, fine), or not said.</summary>
public enum AmountKind { Unknown, Income, Other }

/// <summary>A money amount found in prose, with a short label taken from its sentence, what it is, and whether it was asked about.</summary>
/// <param name="Restates">The amount before it in its sentence, put another way ("f 45 a week, call it f 2,300 a year"): not a bar of its own.</param>
public sealed record FoundAmount(string Label, double Low, double High, bool Approx, string Currency, Period Period, SourceLocation Source,
    AmountKind Kind = AmountKind.Unknown, bool InQuestion = false, bool Restates = false)
{
    /// <summary>What the amount is counted by, when that is no span of time: "tree" for "16 cents a tree", "shift" for "¥5,000 per shift".</summary>
    public string? Per { get; init; }
}

/// <summary>A multiplier found in prose ("twice as much", "ten to fifteen times"), with the clause it sits in.</summary>
public sealed record FoundMultiplier(double Low, double High, string Clause, SourceLocation Source)
{
    public string Text => "×" + (High > Low ? $"{AmountText.Format(Low)}–{AmountText.Format(High)}" : AmountText.Format(Low));
}

/// <summary>
/// Finds money amounts in prose: a number with a currency word or sign, alone or as a range
/// ("1200 to 1500 roubles", "between $9 and $11"), with thousands separators ("4,000",
/// "80 000"), approximations ("about 4,000"), periods ("a year", "per week") and multipliers.
/// </summary>
public static partial class AmountExtractor
{
    // Thousands marks and decimal marks of either convention; NumberStyle decides which is which.
    // (Swiss and Liechtenstein notes group with an apostrophe: "CHF 4'800".)
    private const string Num = @"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:[,.\u00A0\u202F '’]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?";

    private static readonly Dictionary<string, string> Currencies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["rouble"] = "roubles", ["roubles"] = "roubles", ["ruble"] = "roubles", ["rubles"] = "roubles", ["₽"] = "roubles",
        ["dollar"] = "dollars", ["dollars"] = "dollars", ["$"] = "dollars",
        ["pound"] = "pounds", ["pounds"] = "pounds", ["£"] = "pounds",
        ["euro"] = "euros", ["euros"] = "euros", ["€"] = "euros",
        ["franc"] = "francs", ["francs"] = "francs", ["marks"] = "marks", ["yen"] = "yen", ["¥"] = "yen",
        ["rupee"] = "rupees", ["rupees"] = "rupees", ["₹"] = "rupees", ["peso"] = "pesos", ["pesos"] = "pesos",
        ["lira"] = "lire", ["lire"] = "lire", ["krona"] = "kronor", ["kronor"] = "kronor", ["shillings"] = "shillings",
        ["escudo"] = "escudos", ["escudos"] = "escudos", ["krone"] = "kroner", ["kroner"] = "kroner", ["rand"] = "rand",
        ["reais"] = "reais", ["dinars"] = "dinars", ["dirhams"] = "dirhams", ["zloty"] = "zloty", ["forint"] = "forint",
        ["baht"] = "baht", ["won"] = "won", ["yuan"] = "yuan", ["ringgit"] = "ringgit", ["pesetas"] = "pesetas",
        ["drachmas"] = "drachmas", ["guilders"] = "guilders", ["schillings"] = "schillings", ["rupiah"] = "rupiah",
        ["naira"] = "naira", ["cedis"] = "cedis", ["shekels"] = "shekels", ["lei"] = "lei", ["rs"] = "rupees", ["rs."] = "rupees", ["R"] = "rand",
        ["US$"] = "dollars", ["C$"] = "dollars", ["CA$"] = "dollars", ["A$"] = "dollars", ["AU$"] = "dollars", ["NZ$"] = "dollars",
        ["HK$"] = "dollars", ["S$"] = "dollars", ["NT$"] = "dollars", ["R$"] = "reais", ["MX$"] = "pesos", ["cents"] = "cents", ["¢"] = "cents",
        ["₩"] = "won", ["₪"] = "shekels", ["₦"] = "naira", ["₫"] = "dong", ["₺"] = "lira", ["฿"] = "baht", ["₱"] = "pesos",
        ["₴"] = "hryvnias", ["₸"] = "tenge", ["₵"] = "cedis", ["₲"] = "guaraníes", ["₡"] = "colones", ["₭"] = "kip", ["₮"] = "tögrög",
        ["₼"] = "manat", ["₾"] = "lari", ["₨"] = "rupees", ["৳"] = "taka", ["៛"] = "riel",
        ["hryvnias"] = "hryvnias", ["tenge"] = "tenge", ["taka"] = "taka", ["birr"] = "birr", ["kwacha"] = "kwacha", ["soles"] = "soles",
    };

    // Words near an amount that say it is not an income: prices, rents, costs, budgets, funds, fines.
    private static readonly string[] OtherCues =
    [
        "rent", "price", "prices", "priced", "cost", "costs", "costing", "fee", "fees", "budget", "budgets", "fund", "funds",
        "fundraising", "raised", "spent", "spend", "spends", "spending", "bought", "buy", "buys", "sold", "sell", "sells",
        "loan", "loans", "debt", "debts", "owed", "fine", "fined", "fines", "tax", "taxes", "bill", "bills", "kilo", "tonne",
        "ticket", "charge", "charged", "charges", "afford", "savings", "deposit", "grant", "donation", "donations", "appeal",
        "bid", "revenue", "turnover", "capital", "investment", "invested", "subsidy", "fare", "fares", "mortgage",
        "let", "lets", "room", "rooms", "cottage", "cottages", "dormitory", "lodging", "lodgings", "flat", "meal", "meals", "lunch",
        "paid off", "paying off", "pay off", "instalment", "instalments", "installment", "installments", "on credit", "hire purchase",
        "penalty", "penalties", "damages", "tuition", "contribution", "contributions", "subscription", "subscriptions", "dues",
        "membership",
    ];

    // Nouns of pay an amount can stand before ("a £30 bonus"); those of what is no income are Earner's ("a €48,000 grant").
    private static readonly HashSet<string> IncomeNouns = new(StringComparer.Ordinal)
    {
        "wage", "wages", "salary", "bonus", "premium", "pension", "allowance", "stipend", "income", "commission", "tips", "payslip",
    };

    // Words near an amount that say it is an income.
    private static readonly string[] IncomeCues =
    [
        "wage", "wages", "salary", "salaries", "pay", "paid", "earn", "earns", "earned", "earning", "earnings", "income",
        "incomes", "share", "shares", "profit", "profits", "pension", "pensions", "allowance", "stipend", "take home",
        "took home", "takes home", "home with", "take-home", "made", "makes", "takings", "salaried", "piece rate", "piece-rate", "clears", "cleared", "clearing",
        "net", "nets", "netted", "premium", "premiums", "bonus", "bonuses", "commission", "tips", "bring in", "brings in",
        "bringing in", "brought in", // ("stood at" says nothing of what the amount is: "the subsidy stood at 14 million")
    ];

    private static readonly Dictionary<string, double> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fifty"] = 50, ["hundred"] = 100, ["a hundred"] = 100,
    };

    private static readonly HashSet<string> LeadingNoise = new(StringComparer.OrdinalIgnoreCase)
    {
        "there", "are", "is", "were", "was", "the", "a", "an", "each", "every", "all", "of", "in", "on", "for", "and", "or",
        "these", "those", "this", "that", "its", "their", "his", "her", "our", "one", "which", "who", "whose", "to", "while",
    };

    private static readonly HashSet<string> TrailingNoise = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "gets", "got", "get", "typically", "usually",
    };

    /// <param name="numbers">How the notes' language writes numbers (English when not given).</param>
    /// <param name="local">The talk's own currency words (<see cref="LocalCurrencies"/>), each with its currency's name.</param>
    /// <param name="given">Amounts the notes gave before this text, in order: a sum said again without its period keeps theirs.</param>
    public static (List<FoundAmount> Amounts, List<FoundMultiplier> Multipliers) Extract(string text, SourceLocation at, Language.NumberStyle? numbers = null,
        IReadOnlyDictionary<string, string>? local = null, IReadOnlyList<FoundAmount>? given = null)
    {
        numbers ??= Language.NumberStyle.English;
        var amounts = new List<FoundAmount>();
        var multipliers = new List<FoundMultiplier>();
        var before = new List<string>(); // the paragraph's sentences so far: who "he", "she" or "they" is, when one is asked
        foreach (var sentence in Language.Sentences.Split(text))
        {
            var inSentence = new List<FoundAmount>();
            var lastEnd = -1;
            foreach (Match m in AmountWith(local).Matches(sentence))
            {
                var restates = lastEnd >= 0 && lastEnd <= m.Index && Restatement().IsMatch(sentence[lastEnd..m.Index]);
                // "CHF 720 a month in the first year, CHF 980 in the second, and CHF 1'250 in the third": a list of amounts.
                var listed = lastEnd >= 0 && lastEnd <= m.Index && ListedAfter().IsMatch(sentence[lastEnd..m.Index])
                    && !Difference().IsMatch(sentence[(m.Index + m.Length)..]); // ("₹900 a month, ₹200 more than her husband" is a difference)
                lastEnd = m.Index + m.Length;
                var symbol = (m.Groups["sym1"].Success ? m.Groups["sym1"].Value : m.Groups["sym2"].Value).Trim();
                var word = m.Groups["cur"].Value;
                if (symbol.Length == 0 && word.Length == 0)
                {
                    continue;
                }

                if (m.Groups["between"].Success && !m.Groups["n2"].Success)
                {
                    continue;
                }

                // A number this language does not write so ("1,5" in English) is no amount at all. A sign after the number
                // is the continental way of writing money, and its points group thousands: "1.200 €" beside "€4,000".
                var style = word.Length == 1 && Language.NumberStyle.IsCurrencySign(word[0]) && ContinentalThousands().IsMatch(m.Groups["n1"].Value) ? Language.NumberStyle.Continental : numbers;
                if (Parse(m.Groups["n1"].Value, m.Groups["m1"].Value, style) is not { } low
                    || (m.Groups["n2"].Success ? Parse(m.Groups["n2"].Value, m.Groups["m2"].Value.Length > 0 ? m.Groups["m2"].Value : m.Groups["m1"].Value, style) : low) is not { } high
                    || !AmountText.IsDrawable(low) || !AmountText.IsDrawable(high))
                {
                    continue;
                }

                var key = (word.Length > 0 ? word : symbol).TrimEnd('.', ' ');
                // A name the talk itself gives a mark comes first ("$" in a talk of pesos), then the common table; a word the
                // talk uses as money without naming it ("R", "Rs") is the table's, or its own name.
                var own = local?.FirstOrDefault(l => string.Equals(l.Key, key, StringComparison.OrdinalIgnoreCase)).Value;
                var currency = own is not null && !string.Equals(own, key, StringComparison.OrdinalIgnoreCase) ? own
                    : Currencies.TryGetValue(key, out var known) ? known : own ?? key;
                var label = Label(sentence, m.Index, m.Index + m.Length, out var verdict);
                // "…£312 a year in 1950 and £540 a year by 1960": the second amount is the same person's.
                if (label.Any(char.IsDigit) && inSentence.LastOrDefault() is { } earlier)
                {
                    label = YearSuffix().Replace(earlier.Label, "") + (InYear().Matches(sentence[m.Index..]).FirstOrDefault() is { } y ? $" ({y.Groups["y"].Value})" : "");
                }

                // "He was paid £312 a year": the bar is named for whom "he" is, never "He".
                if (label.Split(' ')[0] is "He" or "She" or "They" or "It" or "We" or "I"
                    && new[] { sentence }.Concat(Enumerable.Reverse(before)).Select(Referent).FirstOrDefault(r => r is not null) is { } who)
                {
                    label = char.ToUpper(who[0], CultureInfo.InvariantCulture) + who[1..] + label[label.Split(' ')[0].Length..];
                }

                // "Hired casual terms", "Takings", "Case I recorded": words before the amount that name nobody give way to whom the
                // sentence (or the one before) is about: "The cleaner … was hired on casual terms and paid Ksh 400 a day".
                // (Only a sentence of one amount: of two, each may be someone else's. Only a role, not a name, which may be a place.)
                // (A one-word label is only given way to its own sentence's subject: "A mechanic earns…" after "A driver earns…" is no driver's.)
                if (NamesNobody(label) && AmountWith(local).Count(sentence) == 1
                    && new[] { sentence }.Concat(Enumerable.Reverse(before)).Take(LabelSuffix().Replace(label, "").Contains(' ') ? int.MaxValue : 1)
                        .Select(x => RoleSubject(Language.Tagger.Tag(x))).FirstOrDefault(r => r is not null) is { } about)
                {
                    var suffix = LabelSuffix().Match(label).Value;
                    label = char.ToUpper(about[0], CultureInfo.InvariantCulture) + about[1..] + suffix;
                }

                // "In 1951 their basic rate came to about f 62 a week": whose rate the sentences before say.
                if (PossessivePay().IsMatch(sentence[..m.Index])
                    && new[] { sentence }.Concat(Enumerable.Reverse(before)).Skip(1).Select(Referent).FirstOrDefault(r => r is not null) is { } owner)
                {
                    label = char.ToUpper(owner[0], CultureInfo.InvariantCulture) + owner[1..];
                    verdict = AmountKind.Income;
                }

                var kind = verdict != AmountKind.Unknown ? verdict : KindOf(sentence, m.Index, m.Index + m.Length);
                // "about $800.000 a month, which in the valley is a respectable household income": what the clause after it calls it.
                if (kind == AmountKind.Unknown && CalledIncomeAfter().IsMatch(sentence[(m.Index + m.Length)..]))
                {
                    kind = AmountKind.Income;
                }

                // "the planters' rate was 16 cents a tree", "the driver's wage of R350": pay named by whose it is.
                if (kind == AmountKind.Unknown && OwnersPay().Match(sentence[ClauseStart(sentence, m.Index)..m.Index]) is { Success: true } owners
                    && !Earner.IsBusiness(owners.Groups["who"].Value.ToLowerInvariant()))
                {
                    kind = AmountKind.Income;
                }

                // "…paid at 1,20 kr a plant, two thousand plants a day. That is 2 400 kr": a sum worked out from the amount before
                // is the same money of the same people.
                if (kind == AmountKind.Unknown && WorkedOut().IsMatch(sentence[..m.Index]) && (amounts.LastOrDefault() ?? given?.LastOrDefault()) is { } basis)
                {
                    kind = basis.Kind;
                    label = PerSuffix().Replace(basis.Label, "");
                }

                // "got a €48,000 grant", "a ₹500 fine", "a £30 bonus": the noun the amount describes says what it is, whatever the verb.
                if (NounAfter().Match(sentence, m.Index + m.Length) is { Success: true } described)
                {
                    var noun = described.Groups["n"].Value.ToLowerInvariant();
                    kind = Earner.IsNotIncome(noun) ? AmountKind.Other : IncomeNouns.Contains(noun) ? AmountKind.Income : kind;
                }
                // "f 45 a week, call it f 2,300 a year", "f 62 a week, which over a full year is f 3,200": the same pay again.
                var period = PeriodOf(m.Groups["period"].Value);
                // "a base monthly salary of ¥265,000", "which in a good month came to Rp 650.000": the period said around it.
                if (period == Period.Unstated && new[] { PeriodBefore().Match(sentence[ClauseStart(sentence, m.Index)..m.Index]), PeriodAfter().Match(sentence, m.Index + m.Length) }
                    .FirstOrDefault(x => x.Success) is { } spanSaid)
                {
                    period = PeriodOf(spanSaid.Groups["p"].Value);
                }
                // "£4 10s a week", "£1 5s 6d": pre-decimal shillings (a twentieth) and pence (a 240th) belong to the pounds.
                if (currency == "pounds" && PreDecimal().Match(sentence, m.Index + m.Length) is { Success: true } sd)
                {
                    var extra = int.Parse(sd.Groups["s"].Value, CultureInfo.InvariantCulture) / 20.0 + (sd.Groups["d"].Success ? int.Parse(sd.Groups["d"].Value, CultureInfo.InvariantCulture) / 240.0 : 0);
                    (low, high) = (Math.Round(low + extra, 4), Math.Round(high + extra, 4));
                    period = period != Period.Unstated ? period : PeriodOf(sd.Groups["period"].Value);
                }
                // "…risen to ¥1,150/hr. A student working twenty-eight hours at ¥1,150…": the same sum said again, here or in
                // an earlier paragraph, keeps its period.
                bool SameSum(FoundAmount a) => a.Low == Math.Min(low, high) && a.High == Math.Max(low, high) && a.Currency == currency && a.Period != Period.Unstated;
                if (period == Period.Unstated && (amounts.LastOrDefault(SameSum) ?? given?.LastOrDefault(SameSum)) is { } said)
                {
                    period = said.Period;
                }

                // "…two thousand plants in a day. That is 2 400 kr": a sum worked out over the span the sentence before names.
                if (period == Period.Unstated && WorkedOut().IsMatch(sentence[..m.Index]) && before.Count > 0
                    && SpanNamed().Matches(before[^1]) is { Count: > 0 } spans)
                {
                    period = PeriodOf(spans[^1].Value);
                }

                // The items of a list after the first are said the way the first was: its period, and what it is.
                if (listed && period == Period.Unstated && inSentence.LastOrDefault() is { Period: not Period.Unstated } first)
                {
                    period = first.Period;
                    kind = kind == AmountKind.Unknown ? first.Kind : kind;
                    // "…in the first year, CHF 980 in the second": the same earner, at the step this item names.
                    if (ListStep().Match(sentence, m.Index + m.Length) is { Success: true } step && YearSuffixOrStep().Match(first.Label) is var firstStep)
                    {
                        var unit = step.Groups["u"].Success ? step.Groups["u"].Value : firstStep.Groups["u"].Success ? firstStep.Groups["u"].Value : "";
                        label = $"{YearSuffixOrStep().Replace(first.Label, "")} ({step.Groups["n"].Value.ToLowerInvariant()}{(unit.Length > 0 ? " " + unit.ToLowerInvariant() : "")})";
                    }
                }

                if (restates && inSentence.LastOrDefault() is { } restated)
                {
                    (label, kind) = (restated.Label, restated.Kind);
                    // "…which over a full year is f 3,200": the period said before the amount.
                    period = period != Period.Unstated ? period : PeriodOf(sentence[..m.Index][Math.Max(0, m.Index - 40)..]);
                }

                // "a packer … had R18 a week": what someone has by the week or month is their income.
                if (kind == AmountKind.Unknown && PeriodOf(m.Groups["period"].Value) != Period.Unstated && HadBefore().IsMatch(sentence[..m.Index]))
                {
                    kind = AmountKind.Income;
                }

                // "the going rate was ₦2,500 a day", "the figure rose to 1,000 rupees a day", "the minimum was raised to 12,500
                // taka a month": a rate or minimum by the hour, day, week or month, with no word of price or rent, is a wage.
                if (kind == AmountKind.Unknown && period is Period.Hour or Period.Day or Period.Week or Period.Month
                    && WageRate().IsMatch(sentence[ClauseStart(sentence, m.Index)..m.Index]))
                {
                    kind = AmountKind.Income;
                }

                // "works on the wind-farm crew, on £32,000 a year", "works shifts at the terminal for £14 an hour": what someone is on,
                // or works for, by the hour or the year is their pay.
                if (kind == AmountKind.Unknown && period is not Period.Unstated && (OnAmount().IsMatch(sentence[..m.Index])
                    || ForAmount().IsMatch(sentence[..m.Index]) && WorkVerb().IsMatch(sentence[ClauseStart(sentence, m.Index)..m.Index])))
                {
                    kind = AmountKind.Income;
                }

                var found = new FoundAmount(label, Math.Min(low, high), Math.Max(low, high), m.Groups["approx"].Success, currency,
                    period, at, kind, sentence.TrimEnd().TrimEnd('”', '"', '’', '»').EndsWith('?'), restates && inSentence.Count > 0);
                if (period == Period.Unstated && PieceUnit().Match(sentence, m.Index + m.Length) is { Success: true } piece)
                {
                    found = found with { Per = piece.Groups["u"].Value.ToLowerInvariant() };
                }

                amounts.Add(found);
                inSentence.Add(found);
            }

            before.Add(sentence);

            // A ratio belongs on an income figure only when its sentence speaks of pay ("twice as many looms" does not).
            var spaced = " " + sentence.ToLowerInvariant() + " ";
            var aboutPay = IncomeCues.Any(c => spaced.Contains(" " + c + " ", StringComparison.Ordinal) || sentence.Contains(" " + c, StringComparison.OrdinalIgnoreCase));
            foreach (Match m in aboutPay ? Multiplier().Matches(sentence) : Enumerable.Empty<Match>())
            {
                var low = m.Groups["twice"].Success ? 2 : Word(m.Groups["a"].Value);
                var high = m.Groups["b"].Success ? Word(m.Groups["b"].Value) : low;
                multipliers.Add(new FoundMultiplier(low, high, ClauseAround(sentence, m.Index), at));
            }
        }

        return (amounts, multipliers);
    }

    /// <summary>
    /// Whom a later "he" or "they" means: a person's name in the sentence ("Mr Tomás Geraghty"), else its
    /// subject when that is a person's role ("The assistant teacher"); null when it names nobody.
    /// </summary>
    private static string? Referent(string sentence)
    {
        var tokens = Language.Tagger.Tag(sentence);
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Tag is Language.Tag.Proper && char.IsUpper(tokens[i].Text[0]) && !tokens[i - 1].Ends)
            {
                var run = tokens.Skip(i).TakeWhile(t => t.Tag is Language.Tag.Proper && char.IsUpper(t.Text[0])).ToList();
                var start = i > 0 && tokens[i - 1].Lower is "mr" or "mrs" or "ms" or "miss" or "dr" or "canon" or "father" or "sister" ? i - 1 : i;
                var name = tokens.Skip(start).Take(i - start + run.Count).ToList();
                if (name.Count >= 2 || name[0].Text.Length > 3)
                {
                    return Language.Tagger.JoinBare(name);
                }
            }
        }

        return RoleSubject(tokens);
    }

    /// <summary>The sentence's subject when it is a person's role ("A full-time courier in Kasia's position"): "full-time courier".</summary>
    private static string? RoleSubject(List<Language.Token> tokens)
    {
        var subject = Language.NounPhrases.Find(tokens).FirstOrDefault(p => p.Start == 0);
        var role = subject is null ? -1 : subject.Words.ToList().FindLastIndex(w => w.Tag is Language.Tag.Noun && Roles().IsMatch(w.Lower));
        return role >= 0 && role < 4 ? Language.Tagger.JoinBare(subject!.Words.Take(role + 1).ToList()) : null;
    }

    /// <summary>
    /// A label that names nobody: words of a clause (a verb, "I", "we") or one word that is no person, role or name
    /// ("Takings", "Rate", "Harvest"). "Collective farm (average)" or "Unskilled workers" name someone.
    /// </summary>
    private static bool NamesNobody(string label)
    {
        var core = LabelSuffix().Replace(label, "");
        var tokens = Language.Tagger.Tag(core);
        if (tokens.Count == 0)
        {
            return true;
        }

        // ("Miss Nora Brennan": a capital inside the label is a name.)
        if (tokens.Skip(1).Any(t => t.Text.Length > 1 && char.IsUpper(t.Text[0])))
        {
            return false;
        }

        if (tokens.Any(t => t.Tag is Language.Tag.Verb or Language.Tag.Aux or Language.Tag.Modal or Language.Tag.Pron))
        {
            return true;
        }

        return tokens.Count == 1 && !Roles().IsMatch(tokens[0].Lower) && !(tokens[0].Tag is Language.Tag.Proper);
    }

    /// <summary>What a label adds after whom it names: ", per tree", " (1935)", " (first year)".</summary>
    [GeneratedRegex(@"(?:,\s.*|\s\(.*\))$")]
    private static partial Regex LabelSuffix();

    /// <summary>Nouns of people by their work: a later "he" or "she" may be one of them.</summary>
    [GeneratedRegex(@"(?:er|or|ist|ant|ent|ian|man|woman|men|women|ess|eer|ier|ee|wright|hand|master|mistress|keeper|maker|smith|clerk|nurse|teacher|principal|caretaker|driver|cook|porter|sister|wife|husband|widow|mother|father|son|daughter)s?$")]
    private static partial Regex Roles();

    /// <summary>
    /// What the amount is, from the words of its own clause (and the few before it): a word of
    /// price, rent, cost, budget or fund nearest the amount makes it not an income, a word of pay makes it one.
    /// </summary>
    internal static AmountKind KindOf(string sentence, int start, int end)
    {
        var clauseStart = sentence.LastIndexOfAny([';', ':', '(', '—', '–'], Math.Max(0, start - 1)) + 1;
        // "Apprentice pay is low, and ours is no exception: CHF 720 a month…": an amount that opens the clause after a colon
        // is what the words before the colon speak of.
        if (clauseStart > 1 && !sentence[clauseStart..start].Any(char.IsLetter))
        {
            clauseStart = sentence.LastIndexOfAny([';', ':', '(', '—', '–'], clauseStart - 2) + 1;
        }

        var from = Math.Max(clauseStart, start - 90);
        // The clause ends at punctuation or where another begins: "…was $12 and the company paid half" is not pay.
        var stop = sentence.IndexOfAny([',', ';', '.', '—', '–', ')'], end);
        var joined = new[] { " and ", " but ", " while ", " whereas " }.Select(w => sentence.IndexOf(w, end, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        if (joined >= 0 && (stop < 0 || joined < stop))
        {
            stop = joined;
        }
        // ("was raised to 12,500 taka" is a rise, not money raised.)
        // (Punctuation beside a word does not hide it: "pays the driver a wage, which … was R350 a day".)
        var window = (" " + WordsOnly(sentence[from..(stop < 0 ? sentence.Length : stop)].ToLowerInvariant()) + " ").Replace(" raised to ", " rose to ", StringComparison.Ordinal);
        int Nearest(string[] cues) => cues.Select(c => window.IndexOf(" " + c + " ", StringComparison.Ordinal) is var i and >= 0 ? Math.Abs(i - (start - from)) : int.MaxValue).Min();
        var other = Nearest(OtherCues);
        var income = Nearest(IncomeCues);
        return other == int.MaxValue && income == int.MaxValue ? AmountKind.Unknown : other <= income ? AmountKind.Other : AmountKind.Income;
    }

    /// <summary>The text with each mark of punctuation a space, so word lookups see "wage," as "wage" (same length, same places).</summary>
    private static string WordsOnly(string text) => string.Create(text.Length, text, (span, t) =>
    {
        for (var k = 0; k < t.Length; k++)
        {
            span[k] = char.IsPunctuation(t[k]) && t[k] is not '-' and not '\'' and not '’' ? ' ' : t[k];
        }
    });

    private static double? Parse(string number, string magnitude, Language.NumberStyle numbers)
    {
        if (!AmountText.TryParseNumber(number, out var value, numbers))
        {
            return null;
        }

        return value * magnitude.Trim().ToLowerInvariant() switch
        {
            "thousand" or "k" => 1e3,
            "million" or "m" => 1e6,
            "billion" or "bn" => 1e9,
            _ => 1,
        };
    }

    private static double Word(string word) =>
        double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : NumberWords.GetValueOrDefault(word.Trim(), 1);

    private static Period PeriodOf(string text)
    {
        var t = text.ToLowerInvariant();
        var written = ShortPeriod().Match(t).Groups;
        return t switch
        {
            _ when t.Contains("year", StringComparison.Ordinal) || t.Contains("annum", StringComparison.Ordinal) || t.Contains("annual", StringComparison.Ordinal) || written["y"].Success => Period.Year,
            _ when t.Contains("month", StringComparison.Ordinal) || written["m"].Success => Period.Month,
            _ when t.Contains("week", StringComparison.Ordinal) || written["w"].Success => Period.Week,
            _ when t.Contains("day", StringComparison.Ordinal) || t.Contains("daily", StringComparison.Ordinal) => Period.Day,
            _ when t.Contains("hour", StringComparison.Ordinal) || written["h"].Success => Period.Hour,
            _ when t.Contains("season", StringComparison.Ordinal) || t.Contains("harvest", StringComparison.Ordinal) => Period.Season,
            _ => Period.Unstated,
        };
    }

    /// <summary>Periods written short: "yr", "p.a.", "/mo", "wk", "hr", "/h".</summary>
    [GeneratedRegex(@"(?<y>\byrs?\b|\bp\.\s?a\.)|(?<m>/\s*mo\b)|(?<w>\bwks?\b)|(?<h>\bhrs?\b|/\s*h\b)")]
    private static partial Regex ShortPeriod();

    [GeneratedRegex(@"\G\s+(?<s>1?\d)s\b(?:\s+(?<d>1?\d)d\b)?(?<period>\s+(?:a|an|per|each)\s+(?:year|week|month|day|hour)\b)?")]
    private static partial Regex PreDecimal();

    /// <summary>"their basic rate came to about", "his wage was": pay named by whose it is, just before the amount.</summary>
    // (Not "her contract and pay a penalty of": a word joining another clause is not inside the noun phrase.)
    [GeneratedRegex(@"\b(?:their|his|her)\s+(?:(?!(?:and|or|but|to)\b)[\p{L}-]+\s+){0,2}(?:rate|wages?|pay|salary|income|earnings)\s+(?:[\p{L}-]+\s+){0,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex PossessivePay();

    /// <summary>The words between two amounts when the second is the first put another way: ", call it", ", which over a full year is a little over", ", or about".</summary>
    [GeneratedRegex(@"^\W*(?:a |per |each |an )?(?:year|month|week|day|hour|annum)?\W*(?:call it|that is|i\.e\.|or|which(?: (?:over|across|in|for) (?:a|the|one) (?:full |whole )?(?:year|month|week))? (?:is|was|comes to|came to|makes|made|works out at|worked out at)|making|so)\s+(?:(?:a little|just|about|roughly|around|nearly|almost|over|under|some)\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex Restatement();

    /// <summary>A short label for the amount: who earns it (<see cref="Earner"/>), else the words just before it.</summary>
    /// <param name="verdict">What the verb says the amount is (<see cref="Earner"/>); Unknown when it does not say.</param>
    internal static string Label(string sentence, int start, int end, out AmountKind verdict)
    {
        var before = sentence[..start];
        var after = sentence[end..];
        var clauseStart = before.LastIndexOfAny([';', ':', '(', '—', '–']) + 1;
        // "paid by the month: R210 a month": when nothing names the earner after the colon, the words before it do.
        var clause = clauseStart > 0 && !before[clauseStart..].Any(char.IsLetter) ? before[..(clauseStart - 1)] : before[clauseStart..];
        var noun = Earner.Find(clause, out verdict, clause.Length == before.Length ? sentence[start..] : "");
        // "Apprentice pay is low…: CHF 720": whose pay the clause names.
        noun ??= PayOf().Match(clause) is { Success: true } pay && !LeadingNoise.Contains(pay.Groups["who"].Value) ? pay.Groups["who"].Value : null;
        noun ??= Fallback(before);
        var label = Clean(noun);
        if (PerUnit().Match(after) is { Success: true } per && !Enum.TryParse<Period>(per.Groups["u"].Value, ignoreCase: true, out _))
        {
            label += ", per " + per.Groups["u"].Value.ToLowerInvariant();
        }

        // The year nearest the amount: "£312 a year in 1950 and £540 a year by 1960" dates each by its own.
        var year = InYear().Match(sentence[start..Math.Min(sentence.Length, end + 30)]) is { Success: true } own && !sentence[end..Math.Min(sentence.Length, end + 30)].Contains(" and ", StringComparison.Ordinal)
            ? own : InYear().Match(sentence);
        if (year.Success && !label.Contains(year.Groups["y"].Value, StringComparison.Ordinal))
        {
            label += $" ({year.Groups["y"].Value})";
        }
        // "In the first year a baker… took home 21,000; by the third year a baker took home 29,000": the same earner at two times.
        // ("CHF 720 a month in the first year": or just after it, before the next comma.)
        else if ((WhichYear().Match(sentence[ClauseStart(sentence, start)..start]) is { Success: true } w ? w
                : WhichYear().Match(sentence[end..(sentence.IndexOf(',', end) is var comma and >= 0 ? comma : sentence.Length)])) is { Success: true } when
            && !label.Contains(when.Groups["n"].Value, StringComparison.OrdinalIgnoreCase))
        {
            label += $" ({when.Groups["n"].Value.ToLowerInvariant()} {when.Groups["u"].Value.ToLowerInvariant()})";
        }
        // ("On average a boiler earned…"; not "that average is misleading, since it blends the carder's 25 florins").
        else if (AverageWord().IsMatch(sentence[ClauseStart(sentence, start)..Math.Min(sentence.Length, end + 20)]) && !label.Contains("average", StringComparison.OrdinalIgnoreCase))
        {
            label += " (average)";
        }

        return label.Length > 0 ? char.ToUpper(label[0], CultureInfo.InvariantCulture) + label[1..] : "Amount";
    }

    /// <summary>Where the clause holding <paramref name="position"/> starts: after the last ", since", ", but", "; "… before it.</summary>
    private static int ClauseStart(string sentence, int position)
    {
        var start = 0;
        foreach (var boundary in (string[])[", since ", ", but ", "; ", ", because ", ", which ", ", although ", ", while "])
        {
            var k = sentence.LastIndexOf(boundary, Math.Max(0, position - 1), StringComparison.Ordinal);
            start = Math.Max(start, k < 0 ? 0 : k + boundary.Length);
        }

        return Math.Min(start, position);
    }

    private static string Fallback(string before)
    {
        var clause = before.Split([',', ';', ':', '–', '—', '('], StringSplitOptions.TrimEntries)[^1];
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !LeadingNoise.Contains(w) && !Regex.IsMatch(w, @"^\d|^(?:about|around|nearly|roughly|approximately|between|some|is|are|was|were|earn\w*|get|got|make|made|paid)$", RegexOptions.IgnoreCase))
            .ToList();
        return string.Join(' ', words.TakeLast(3));
    }

    private static string Clean(string noun)
    {
        var words = noun.Trim().Trim(',', '.', ';', ':').Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && LeadingNoise.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        while (words.Count > 1 && TrailingNoise.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words.TakeLast(5));
    }

    private static string ClauseAround(string sentence, int index)
    {
        var start = sentence.LastIndexOfAny([',', ';', ':'], Math.Max(0, index - 1)) + 1;
        var stopAt = sentence.IndexOfAny([',', ';', '.'], index);
        var clause = sentence[start..(stopAt < 0 ? sentence.Length : stopAt)].Trim();
        clause = Regex.Replace(clause, @"^(?:that|and|but|so|in general)\s+", "", RegexOptions.IgnoreCase);
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 20 ? clause : string.Join(' ', words.Take(20)) + "…";
    }

    // Any currency sign (\p{Sc}: $ £ € ¥ ₹ ₩ ₦ ฿ ₱ …); one the table above does not name is the axis's name itself.
    // ("C$400", "R$ 1.412", "US$ 2,000": a country's letters before the dollar sign are part of it.)
    private const string Signs = @"\b(?:US|CA|AU|NZ|HK|NT|MX|[CARS])\$|\p{Sc}|\bRs\.?\s?|\bR(?=\d)";
    private const string SecondSigns = @"\b(?:US|CA|AU|NZ|HK|NT|MX|[CARS])\$|\p{Sc}|\bRs\.?\s?";
    private const string Words = @"roubles?|rubles?|dollars?|pounds?|euros?|francs?|marks|yen|rupees?|pesos?|lira|lire|krona|kronor|shillings|escudos?|kroner?|krone|rand|reais|dinars|dirhams|zloty|forint|baht|won|yuan|ringgit|pesetas|drachmas|guilders|schillings|rupiah|naira|cedis|shekels|lei|hryvnias|tenge|taka|birr|kwacha|soles|cents|\p{Sc}"; // (a sign after the number, as continental notes write it: "2.400 €")

    // The amount pattern in pieces around its signs and currency words, so the talk's own currencies can join them.
    private const string Lead = @"(?<approx>\b(?:about|around|approximately|roughly|nearly|almost|some|circa)\s+|~\s?)?(?<between>\bbetween\s+)?(?<sym1>";
    private const string FirstNumber = @")?\s?(?<n1>" + Num + @")(?<m1>\s?(?:thousand|million|billion|bn)\b)?(?:\s*(?:to|–|—|-|and)\s*(?<sym2>";
    private const string SecondNumber = @")?\s?(?<n2>" + Num + @")(?<m2>\s?(?:thousand|million|billion|bn)\b)?)?(?:\s+(?<cur>";
    // The period: "a day", "-a-day" (a ₹400-a-day allowance), "per hr", "/week", "p.a.", "monthly".
    private const string Tail = @")(?:\b|(?<=\p{Sc})))?(?<period>(?:\s+|-)(?:a|an|per|each|every|for\s+the)[\s-]+(?:year|week|month|day|hour|annum|yr|wk|hr|season|harvest)\b|\s*/\s*(?:year|yr|annum|month|mo|week|wk|day|hour|hr|h)\b|\s+p\.\s?a\.|\s+(?:annually|weekly|monthly|yearly|daily|hourly)\b)?";

    private static string AmountPattern(string signs, string secondSigns, string words) => Lead + signs + FirstNumber + secondSigns + SecondNumber + words + Tail;

    [GeneratedRegex(Lead + Signs + FirstNumber + SecondSigns + SecondNumber + Words + Tail, RegexOptions.IgnoreCase)]
    private static partial Regex Amount();

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> WithLocal = new(StringComparer.Ordinal);

    /// <summary>The amount pattern that also knows the talk's own currency words ("NOK 21,000", "4,500 cruzeiros").</summary>
    private static Regex AmountWith(IReadOnlyDictionary<string, string>? local)
    {
        if (local is null || local.Count == 0)
        {
            return Amount();
        }

        var alternatives = string.Join('|', local.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape));
        return WithLocal.GetOrAdd(alternatives, a => new Regex(
            AmountPattern(Signs + @"|(?<![\p{L}])(?:" + a + @")\.?\s?", SecondSigns + @"|(?<![\p{L}])(?:" + a + @")\.?\s?", Words + "|" + a),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
    }

    [GeneratedRegex(@"\b(?:(?<twice>twice)|(?<a>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|hundred)(?:\s*(?:to|–|-)\s*(?<b>\d+(?:\.\d+)?|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred))?\s+times)\b(?=\s+(?:as|more|less|higher|lower|larger|bigger|greater|what|the|that|his|her|their|its|over|our|my)\b|\s+(?:a|an)\s+(?!(?:year|month|week|day|hour|night|shift|season|quarter|fortnight)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex Multiplier();




    [GeneratedRegex(@"^\s*(?:each\s+)?(?:for|per)\s+(?:each\s+|every\s+|a\s+|one\s+)?(?!(?:the|that|this|these|those|them|him|her|it|us)\b)(?<u>\p{L}+)", RegexOptions.IgnoreCase)]
    private static partial Regex PerUnit();

    /// <summary>
    /// "a tree", "per plant", "each shift": the unit a piece rate or price is counted by (a span of time is a period instead;
    /// "for each household", "per head" say whose the amount is, not what it is counted by).
    /// </summary>
    [GeneratedRegex(@"\G\s*(?:per|a|an|each|every|for\s+each|for\s+every)\s+(?!(?:the|that|this|these|those|them|him|her|it|us|little|lot|bit|few|good|bad|great|single|full|half|quarter|couple|total|whole|small|large|further|new|very|much|more|year|month|week|day|hour|annum|fortnight|season|harvest|while|household|households|family|families|worker|workers|person|persons|head|member|members|man|woman|employee|employees|capita|adult|soul|souls)\b)(?<u>\p{L}+)\b(?![-'’])", RegexOptions.IgnoreCase)]
    private static partial Regex PieceUnit();

    [GeneratedRegex(@"^\s*,\s*which\b[^.;:,]{0,60}?\b(?:is|was)\b[^.;:,]{0,40}?\b(?:income|wage|salary|living)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CalledIncomeAfter();

    [GeneratedRegex(@"^\s*(?:so\s+|and\s+)?(?:that|this)(?:'s|’s|\s+is|\s+was|\s+comes\s+to|\s+came\s+to|\s+works?\s+out\s+(?:at|to)|\s+worked\s+out\s+(?:at|to)|\s+makes|\s+made|\s+means)(?:\s+(?:about|around|roughly|nearly|almost|some|just|over|under|close\s+to|a\s+little\s+(?:over|under)))*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex WorkedOut();

    [GeneratedRegex(@"\b(?<who>\p{L}+?)(?:s'|s’|'s|’s)\s+(?:[\p{L}-]+\s+){0,2}(?:rate|wages?|pay|salary|earnings|income)\b[^,.;:]*$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnersPay();

    [GeneratedRegex(@"\b(?:in|a|an|per|each|every)\s+(?:single\s+|good\s+|full\s+|whole\s+)?(?:day|week|month|year|hour)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpanNamed();

    /// <summary>Before the amount in its clause: "monthly salary of", "annual income of about", "in a good month … came to".</summary>
    [GeneratedRegex(@"(?:\b(?<p>monthly|weekly|annual|yearly|daily|hourly)\s+(?:[\p{L}-]+\s+){0,2}(?:salary|salaries|wages?|pay|income|earnings|rate|allowance|stipend|pension|take)\b[^,;:.]{0,25}$|\b(?:in|during|over|across)\s+(?:a|an|one|each|every)\s+(?:(?:good|bad|typical|normal|busy|full|single|average|slow)\s+)?(?<p>year|month|week|day|hour)\b[^.;:]{0,60}$)", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodBefore();

    /// <summary>Just after the amount: "in a good month", "over a full week", "gross for every hour worked".</summary>
    [GeneratedRegex(@"\G(?:\s+(?:gross|net))?\s+(?:in|during|over|for)\s+(?:a|an|one|each|every)\s+(?:(?:good|bad|typical|normal|busy|full|single|average|slow)\s+)?(?<p>year|month|week|day|hour)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodAfter();

    [GeneratedRegex(@"\bon\s+(?:(?:about|around|roughly|some|just|only|barely|over|under)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OnAmount();

    [GeneratedRegex(@"\bfor\s+(?:(?:about|around|roughly|some|just|only|barely|over|under)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ForAmount();

    [GeneratedRegex(@"\b(?:work|works|worked|working|employed|hired|labour|labor)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WorkVerb();

    [GeneratedRegex(@", per [\p{L} ]+$")]
    private static partial Regex PerSuffix();

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{3})+$")]
    private static partial Regex ContinentalThousands();

    /// <summary>The word just after an amount, when the amount stands before it as its modifier ("€48,000 grant", "R350 wage").</summary>
    [GeneratedRegex(@"\G[\s-]+(?:(?:\p{L}+-)?(?:one-off|once-off|annual|monthly|weekly|daily|yearly|hourly|seasonal|start-up|startup)\s+)?(?<n>\p{L}+)\b")]
    private static partial Regex NounAfter();

    [GeneratedRegex(@"\b(?:had|has|have|now\s+had)\s+(?:about\s+|roughly\s+|some\s+|only\s+|just\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex HadBefore();

    [GeneratedRegex(@"^\s*(?:more|less|fewer|short|extra|above|below|under|over|of it|of that|than)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Difference();

    [GeneratedRegex(@"\b(?:minimum(?: wage)?|(?:daily|hourly|weekly|monthly|going|basic|agreed|day|piece|union|standby|overtime)(?:\s+\p{L}+)? rates?)\b(?!\s+(?:for|of|on)\s+(?:a|an|the|each|every|one|his|her|its)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex WageRate();

    [GeneratedRegex(@"\G\s+(?:in|for|during)\s+the\s+(?<n>first|second|third|fourth|fifth|final|last)\b(?:\s+(?<u>year|season|month|week))?", RegexOptions.IgnoreCase)]
    private static partial Regex ListStep();

    /// <summary>A label's closing "(1950)" or "(first year)".</summary>
    [GeneratedRegex(@"\s*\((?:\d{4}|\w+(?:\s(?<u>year|season|month|week))?)\)$")]
    private static partial Regex YearSuffixOrStep();

    [GeneratedRegex(@"\b(?<who>\p{L}{3,})\s+(?:pay|wages?|salary|salaries|earnings|income)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PayOf();

    /// <summary>Between two amounts of a list: a short qualifier of the first, a comma, perhaps "and" (" in the first year, ", " in the second, and ").</summary>
    [GeneratedRegex(@"^(?:\s+(?:in|for|during|from|at)\s[^,;.:\d]{1,30})?,\s+(?:and\s+|or\s+|then\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ListedAfter();

    [GeneratedRegex(@"\s\(\d{4}\)$")]
    private static partial Regex YearSuffix();

    [GeneratedRegex(@"\b(?:in|by)\s+(?<y>1[89]\d\d|20\d\d)\b")]
    private static partial Regex InYear();

    /// <summary>"in the first year", "by our third season", "during the second year".</summary>
    [GeneratedRegex(@"\b(?:in|by|during|after)\s+(?:the|our|its|their|his|her)\s+(?<n>first|second|third|fourth|fifth|sixth|final|last)\s+(?<u>year|season|month|week)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhichYear();

    [GeneratedRegex(@"\baverage\b(?!”)", RegexOptions.IgnoreCase)]
    private static partial Regex AverageWord();
}
