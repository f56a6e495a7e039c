using System.Text.RegularExpressions;

namespace SlideBuilder.Figures;

/// <summary>
/// The currencies a talk writes that <see cref="AmountExtractor"/> has no sign or word for ("NOK 21,000",
/// "kr 310", "Rp 1.200.000", "4,500 cruzeiros"): a word that stands right before or right after numbers
/// almost every time the notes use it, twice or more (once for a known code), and at least once with a period ("a month"). Common
/// codes are named ("NOK" is kroner), so "NOK" and "kr" in one talk are one currency.
/// </summary>
public static partial class LocalCurrencies
{
    /// <summary>
    /// ISO codes and written abbreviations, by the name an axis gives their amounts. Facts, written here.
    /// An abbreviation of two currencies ("RM": ringgit or Reichsmark) is left as written.
    /// </summary>
    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["NOK"] = "kroner", ["DKK"] = "kroner", ["SEK"] = "kronor", ["ISK"] = "krónur", ["IDR"] = "rupiah", ["Rp"] = "rupiah",
        ["KES"] = "shillings", ["KSh"] = "shillings", ["Ksh"] = "shillings", ["UGX"] = "shillings", ["TZS"] = "shillings",
        ["ZAR"] = "rand", ["USD"] = "dollars", ["US"] = "dollars", ["CAD"] = "dollars", ["AUD"] = "dollars", ["NZD"] = "dollars",
        ["GBP"] = "pounds", ["EUR"] = "euros", ["CHF"] = "francs", ["Fr"] = "francs", ["INR"] = "rupees", ["PKR"] = "rupees",
        ["LKR"] = "rupees", ["NPR"] = "rupees", ["JPY"] = "yen", ["CNY"] = "yuan", ["RMB"] = "yuan", ["BRL"] = "reais",
        ["MXN"] = "pesos", ["ARS"] = "pesos", ["CLP"] = "pesos", ["COP"] = "pesos", ["PHP"] = "pesos", ["PLN"] = "zloty",
        ["zł"] = "zloty", ["CZK"] = "koruna", ["Kč"] = "koruna", ["HUF"] = "forint", ["Ft"] = "forint", ["TRY"] = "lira",
        ["TL"] = "lira", ["EGP"] = "pounds", ["NGN"] = "naira", ["GHS"] = "cedis", ["VND"] = "dong", ["THB"] = "baht",
        ["KRW"] = "won", ["MYR"] = "ringgit", ["RUB"] = "roubles", ["ILS"] = "shekels", ["NIS"] = "shekels",
        ["AED"] = "dirhams", ["MAD"] = "dirhams", ["BDT"] = "taka", ["Tk"] = "taka", ["ETB"] = "birr", ["PEN"] = "soles",
    };

    /// <summary>Words that stand before or after numbers for other reasons: never a currency.</summary>
    private static readonly HashSet<string> NotCurrencies = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "of", "to", "by", "the", "and", "or", "for", "per", "was", "is", "are", "had", "has", "no", "nr", "vs",
        "cf", "pp", "p", "ch", "c", "ca", "about", "than", "over", "some", "only", "just", "under", "from", "with", "page", "from",
        "a", "an", "up", "around", "nearly", "almost", "roughly", "since", "until", "till", "before", "after", "between", "each",
        "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes", "times", "per",
        "cent", "percent", "people", "men", "women", "members", "workers", "acres", "hectares", "tons", "tonnes", "kilos", "kg",
        "km", "miles", "metres", "meters", "litres", "liters", "households", "families", "children", "pupils", "students",
        "head", "shifts", "pages", "words", "ships", "boats", "Chapter", "Part", "Section", "Article", "Room", "No",
    };

    /// <summary>The talk's own currency words, each with the name its amounts go by; empty when it uses only common signs.</summary>
    public static IReadOnlyDictionary<string, string> Find(string text)
    {
        var before = new Dictionary<string, (int Hits, bool Period)>(StringComparer.Ordinal);
        var after = new Dictionary<string, (int Hits, bool Period)>(StringComparer.Ordinal);
        foreach (Match m in Before().Matches(text))
        {
            Count(before, m.Groups["w"].Value, m.Groups["period"].Success);
        }

        foreach (Match m in After().Matches(text))
        {
            Count(after, m.Groups["w"].Value, m.Groups["period"].Success);
        }

        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        // Chile, Mexico, Colombia… write their pesos with "$": a talk that speaks of pesos and never of dollars means pesos by it.
        if (text.Contains('$') && PesoWord().IsMatch(text) && !DollarWord().IsMatch(text))
        {
            found["$"] = "pesos";
        }

        if (before.Count + after.Count == 0)
        {
            return found;
        }

        // Every word of the talk counted once, for how often a candidate is used at all.
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match w in Word().Matches(text))
        {
            uses[w.Value] = uses.GetValueOrDefault(w.Value) + 1;
        }

        foreach (var (word, (hits, period)) in before.Concat(after))
        {
            // Almost every use of the word is beside a number: it is how the talk writes money, not a word of its prose.
            var used = uses.GetValueOrDefault(word);
            // A code the table knows needs one amount with a period; a word of the talk's own, two.
            var known = Known.ContainsKey(word) || word is "kr" or "Kr";
            if (hits >= (known ? 1 : 2) && period && hits * 10 >= used * 8 && !NotCurrencies.Contains(word) && !found.ContainsKey(word))
            {
                found[word] = Known.TryGetValue(word, out var name) ? name : word;
            }
        }

        // "kr" beside "NOK" is the same kroner; alone it is the Swedish (and most common) kronor.
        foreach (var kr in found.Keys.Where(k => k is "kr" or "Kr" or "kr.").ToList())
        {
            found[kr] = found.Values.FirstOrDefault(v => v is "kroner" or "kronor" or "krónur") ?? "kronor";
        }

        return found;
    }

    private static void Count(Dictionary<string, (int Hits, bool Period)> counts, string word, bool period)
    {
        var (hits, seen) = counts.GetValueOrDefault(word);
        counts[word] = (hits + 1, seen || period);
    }

    private const string Number = @"\d{1,3}(?:[,.\u00A0\u202F '’]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?";
    private const string Period = @"(?<period>\s+(?:a|an|per|each)\s+(?:year|week|month|day|hour)\b)?";

    [GeneratedRegex(@"\bpesos?\b", RegexOptions.IgnoreCase)]
    private static partial Regex PesoWord();

    [GeneratedRegex(@"\bdollars?\b|\bUS\$|\bUSD\b", RegexOptions.IgnoreCase)]
    private static partial Regex DollarWord();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    // Anchored on the number (found fast), the word looked for behind it.
    [GeneratedRegex(@"(?<=(?<![\p{L}\d])(?<w>\p{L}{1,4})\.?\s?)(?<![\d.,])(?:" + Number + ")" + Period)]
    private static partial Regex Before();

    // "30 florins", "1.2 million florins": the word after a number, past its magnitude.
    [GeneratedRegex(@"(?<![\p{L}\d.,])(?:" + Number + @")(?:\s(?:thousand|million|billion))?\s(?<w>\p{L}{2,14})(?![\p{L}])" + Period)]
    private static partial Regex After();
}
