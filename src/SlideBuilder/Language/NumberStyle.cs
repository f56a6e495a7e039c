using System.Globalization;
using System.Text.RegularExpressions;

namespace SlideBuilder.Language;

/// <summary>
/// How the notes' language writes numbers: its decimal mark and its thousands mark. English writes
/// 1,200.5; German, French, Spanish, Russian and most of Europe write 1.200,5 (or 1 200,5). Reading a
/// number by the wrong convention silently changes it a thousandfold, so every number read from
/// the notes (figure values, CSV cells, amounts in prose) goes through here.
/// </summary>
public sealed partial record NumberStyle(char DecimalMark, char GroupMark)
{
    public static readonly NumberStyle English = new('.', ',');
    public static readonly NumberStyle Continental = new(',', '.');

    // Languages whose decimal mark is a comma (CLDR); all others are read the English way.
    private static readonly HashSet<string> CommaDecimal = new(StringComparer.OrdinalIgnoreCase)
    {
        "af", "az", "be", "bg", "bs", "ca", "cs", "da", "de", "el", "es", "et", "eu", "fi", "fo", "fr", "gl", "hr", "hu", "hy",
        "id", "is", "it", "ka", "kk", "ky", "lt", "lv", "mk", "mn", "nb", "nl", "nn", "no", "pl", "pt", "ro", "ru", "sk", "sl",
        "sq", "sr", "sv", "tr", "uk", "uz", "vi",
    };

    /// <summary>The style of a language tag such as <c>de-DE</c>; English when none is given.</summary>
    public static NumberStyle For(string? languageTag)
    {
        if (string.IsNullOrWhiteSpace(languageTag))
        {
            return English;
        }

        var primary = languageTag.Trim().Split('-', '_')[0];
        // Swiss German, Italian and French write 1'200.50 with a point: the English decimal mark.
        return CommaDecimal.Contains(primary) && !languageTag.EndsWith("-CH", StringComparison.OrdinalIgnoreCase) ? Continental : English;
    }

    /// <summary>
    /// The style the text itself uses, for notes that do not say their language: continental when its numbers
    /// are grouped or split with points and commas the continental way ("1.800 lire", "95.000", "3,5") and
    /// none the English way ("14,000", "3.50"); English otherwise. A point before exactly three digits
    /// ("1.800") counts as a thousands mark: an amount is not written to three decimals.
    /// </summary>
    public static NumberStyle Infer(string text)
    {
        // A clock time ("at 6.30", "14.00") is no decimal unless money is written before it ("£6.30").
        var english = EnglishGroups().Count(text) + EnglishDecimals().Matches(text).Count(m => !ClockTime().IsMatch(m.Value) || CurrencyBefore(text, m.Index));
        var continental = ContinentalGroups().Count(text) + ContinentalDecimals().Count(text);
        return continental > 0 && english == 0 ? Continental : English;
    }

    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishGroups();

    [GeneratedRegex(@"(?<![\d.,])\d+\.\d{1,2}(?![\d.,]\d|\d)", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishDecimals();

    // A thousands group never starts with 0: "0.125" is a decimal.
    [GeneratedRegex(@"(?<![\d.,])[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?(?![\d.]|,\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ContinentalGroups();

    [GeneratedRegex(@"^(?:[01]?\d|2[0-3])\.[0-5]\d$", RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();

    private static bool CurrencyBefore(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        return i >= 0 && IsCurrencySign(text[i]);
    }

    /// <summary>"$", "€", "₹", "฿": a character of Unicode's currency symbols.</summary>
    public static bool IsCurrencySign(char c) => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.CurrencySymbol;

    [GeneratedRegex(@"(?<![\d.,])\d+,\d{1,2}(?![\d.,]\d|\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ContinentalDecimals();

    /// <summary>
    /// Reads "1,200", "1 200", "1'200.5" (English) or "1.200", "1.200,5" (continental); also plain
    /// "1200", "-3", "2.5e6". Thousands marks must group three digits, so "1,5" is not read as 15 in
    /// English: it is not a number there. The result is finite.
    /// </summary>
    public bool TryParse(string text, out double value)
    {
        value = 0;
        var s = text.Trim().Replace("\u00A0", " ", StringComparison.Ordinal).Replace("\u202F", " ", StringComparison.Ordinal);
        if (s.Length == 0 || s.Length > 64)
        {
            return false;
        }

        var sign = "";
        if (s[0] is '-' or '+' or '−')
        {
            sign = s[0] == '+' ? "" : "-";
            s = s[1..].TrimStart();
        }

        string invariant;
        if (ManyGroups().IsMatch(s))
        {
            invariant = s.Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal); // "1.200.000" or "1,200,000": thousands in either style
        }
        else if (Lakh().IsMatch(s))
        {
            invariant = s.Replace(",", "", StringComparison.Ordinal); // Indian grouping: 1,80,000 is 180000
        }
        else if (Grouped(s))
        {
            var groupsRemoved = s.Replace(" ", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal)
                .Replace(GroupMark.ToString(), "", StringComparison.Ordinal);
            invariant = DecimalMark == ',' ? groupsRemoved.Replace(',', '.') : groupsRemoved;
        }
        else if (Plain().IsMatch(s))
        {
            // No thousands marks: digits with a decimal mark (a point is one everywhere when it is
            // not followed by exactly three digits), or an exponent. A comma in English is no number.
            invariant = DecimalMark == ',' ? s.Replace(',', '.') : s;
        }
        else
        {
            return false;
        }

        return double.TryParse(sign + invariant, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    /// <summary>Two or more groups of three after one mark, and no other mark: thousands in any style ("Rp 1.200.000").</summary>
    [GeneratedRegex(@"^\d{1,3}(?:(?<m>[.,])\d{3})(?:\k<m>\d{3})+$", RegexOptions.CultureInvariant)]
    private static partial Regex ManyGroups();

    /// <summary>A point before exactly three digits and nothing else: 1.200 is 1.2 in English and 1200 elsewhere.</summary>
    public static bool IsAmbiguousThousands(string text) => AmbiguousPoint().IsMatch(text.Trim());

    private bool Grouped(string s)
    {
        var m = GroupedNumber().Match(s);
        if (!m.Success)
        {
            return false;
        }

        var marks = m.Groups["mark"].Captures.Select(c => c.Value[0]).Distinct().ToList();
        var fraction = m.Groups["fraction"];
        return marks.Count == 1
            && (marks[0] == GroupMark || marks[0] is ' ' or '\'' or '’')
            && (!fraction.Success || fraction.Value[0] == DecimalMark);
    }

    [GeneratedRegex(@"^\d+(?:[.,]\d+)?(?:[eE][-+]?\d+)?$")]
    private static partial Regex Plain();

    [GeneratedRegex(@"^\d{1,3}(?:(?<mark>[,. '’])\d{3})+(?<fraction>[.,]\d+)?$")]
    private static partial Regex GroupedNumber();

    /// <summary>Lakh and crore grouping as written in South Asia: 1,80,000 · 12,50,00,000.</summary>
    [GeneratedRegex(@"^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$")]
    private static partial Regex Lakh();

    [GeneratedRegex(@"^[-+]?\d{1,3}\.\d{3}$")]
    private static partial Regex AmbiguousPoint();
}
