using System.Globalization;
using System.Text.RegularExpressions;

namespace SlideBuilder.Language;

/// <summary>Lengths of a talk as people write them: "40min", "45 minutes", "1h15", "an hour", "About forty minutes".</summary>
public static partial class Durations
{
    private static readonly string[] Units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>A small count in words ("three"), the way a speaker says it; digits from twenty on.</summary>
    public static string NumberWord(int n) => n >= 0 && n < Units.Length ? Units[n] : n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A length given on its own ("40min", "1h15", "90"); null when it is not one.</summary>
    public static double? Minutes(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var bare))
        {
            return bare;
        }

        var m = Written().Match(t);
        return m.Success && m.Length == t.Length ? FromMatch(m) : null;
    }

    /// <summary>A length mentioned in prose ("Roughly forty minutes with the questions"); null when none is.</summary>
    public static double? Mentioned(string text)
    {
        var m = Written().Match(text.ToLowerInvariant());
        return m.Success ? FromMatch(m) : null;
    }

    private static readonly HashSet<string> Hedges = new(StringComparer.Ordinal)
    {
        "roughly", "about", "around", "approximately", "approx", "aim", "aiming", "allow", "at", "most", "max", "maximum", "no",
        "not", "more", "than", "under", "target", "time", "length", "slot", "budget",
    };

    /// <summary>
    /// The length a sentence plans when that is all it says: "Roughly twenty minutes.", "About forty minutes with questions.",
    /// "Twenty-five minutes, then ten for questions.", "Aim for 45 min." Null for a length inside a story ("Twenty minutes
    /// after the shift began…", "The walk takes about forty minutes…").
    /// </summary>
    public static double? Planned(string sentence)
    {
        var text = sentence.Trim().ToLowerInvariant();
        var m = Written().Match(text);
        if (!m.Success || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 12)
        {
            return null;
        }

        var before = text[..m.Index].Split([' ', ':', '~', ','], StringSplitOptions.RemoveEmptyEntries).ToList();
        // "Aim for 45 min.": "for" only after a word of planning ("For twenty minutes, nobody spoke." is a story).
        before = [.. before.Where((w, k) => !(w == "for" && k > 0 && before[k - 1] is "aim" or "aiming" or "allow"))];
        var after = text[(m.Index + m.Length)..].Trim().TrimEnd('.', '!', ')').Trim();
        return before.All(Hedges.Contains) && (after.Length == 0 || PlanTail().IsMatch(after)) ? FromMatch(m) : null;
    }

    /// <summary>What may follow a planned length: "with questions", ", then discussion", "including Q&amp;A", "or so", "in all".</summary>
    // (Not ", and the seam was under water" nor ", nobody moved": after a comma or "and", only more of the plan.)
    [GeneratedRegex(@"^(?:[,;(+—–-]\s*)?(?:with\b|including\b|incl\b|plus\b|then\b|(?:and|\+)\s+(?:then\s+)?(?:\S+\s+)?(?:minutes?\s+)?(?:for\s+)?(?:questions|discussion|q\s?&\s?a)\b|(?:for\s+)?(?:questions|discussion|q\s?&\s?a)\b|or so\b|in all\b|in total\b|total\b|tops\b|max\b|at most\b|for the talk\b|of talk\b)")]
    private static partial Regex PlanTail();

    private static double? FromMatch(Match m)
    {
        if (m.Groups["hours"].Success)
        {
            var hours = Number(m.Groups["hours"].Value);
            var minutes = m.Groups["hmin"].Success ? Number(m.Groups["hmin"].Value) : 0;
            return hours is null || minutes is null ? null : hours * 60 + minutes;
        }

        return Number(m.Groups["minutes"].Value);
    }

    private static double? Number(string word)
    {
        word = word.Trim();
        if (word is "an" or "a")
        {
            return 1;
        }

        if (word is "half an" or "half a")
        {
            return 0.5;
        }

        if (double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        var parts = word.Split('-', ' ');
        double total = 0;
        foreach (var part in parts.Where(p => p.Length > 0))
        {
            var unit = Array.IndexOf(Units, part);
            var ten = Array.IndexOf(Tens, part);
            if (unit >= 0)
            {
                total += unit;
            }
            else if (ten >= 2)
            {
                total += ten * 10;
            }
            else
            {
                return null;
            }
        }

        return total;
    }

    [GeneratedRegex(@"(?:(?<hours>\d+(?:\.\d+)?|half an|half a|an|a|one|two|three)\s*(?:h|hours?|hrs?)(?![a-z])\s*(?:and\s+)?(?:(?<hmin>\d{1,2})\s*(?:m|min|mins|minutes)?\b)?|(?<minutes>\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine)\s*(?:m|min|mins|minutes)\b)")]
    private static partial Regex Written();

    /// <summary>A speaking time as the handout and the command say it: "about 3 min", "under a minute".</summary>
    public static string About(double minutes) =>
        minutes < 0.75 ? "under a minute" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"about {Math.Max(1, Math.Round(minutes)):0} min");
}
