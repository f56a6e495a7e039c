using System.Text;

namespace SlideBuilder.Language;

/// <summary>
/// Which writing system a stretch of text is in, and the language a deck should mark it with when it is not
/// the deck's own: PowerPoint picks fonts, spelling and line breaking by a run's <c>lang</c>.
/// </summary>
public static class Scripts
{
    /// <summary>The primary language subtags that write each script, the first being the one assumed when the deck's language does not say.</summary>
    private static readonly (Func<int, bool> Has, string[] Languages)[] Known =
    [
        (c => c is >= 0x3040 and <= 0x30FF or >= 0x31F0 and <= 0x31FF, ["ja-JP"]),                      // kana: Japanese
        (c => c is >= 0x1100 and <= 0x11FF or >= 0xAC00 and <= 0xD7AF or >= 0x3130 and <= 0x318F, ["ko-KR"]), // Hangul
        (c => c is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0x20000 and <= 0x2FFFF, ["zh-CN", "ja-JP", "zh-TW", "zh-HK", "ko-KR"]), // Han
        (c => c is >= 0x0590 and <= 0x05FF or >= 0xFB1D and <= 0xFB4F, ["he-IL", "yi"]),
        (c => c is >= 0x0600 and <= 0x06FF or >= 0x0750 and <= 0x077F or >= 0x08A0 and <= 0x08FF or >= 0xFB50 and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF, ["ar-SA", "fa-IR", "ur-PK"]),
        (c => c is >= 0x0900 and <= 0x097F, ["hi-IN", "mr-IN", "ne-NP"]),
        (c => c is >= 0x0980 and <= 0x09FF, ["bn-IN"]),
        (c => c is >= 0x0B80 and <= 0x0BFF, ["ta-IN"]),
        (c => c is >= 0x0E00 and <= 0x0E7F, ["th-TH"]),
        (c => c is >= 0x0370 and <= 0x03FF or >= 0x1F00 and <= 0x1FFF, ["el-GR"]),
        (c => c is >= 0x0400 and <= 0x04FF, ["ru-RU", "uk-UA", "bg-BG", "sr-RS", "be-BY", "kk-KZ", "mk-MK"]),
    ];

    /// <summary>Whether the character is in the basic plane's right-to-left blocks: Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms.</summary>
    public static bool IsRightToLeftBlock(int c) => c is >= 0x0590 and <= 0x08FF or >= 0xFB1D and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF;

    /// <summary>Whether the character is a letter of a right-to-left script (its digits are not: they run left to right).</summary>
    public static bool IsRightToLeftLetter(int c) =>
        (IsRightToLeftBlock(c) || c is >= 0x10800 and <= 0x10FFF or >= 0x1E800 and <= 0x1EFFF)
        && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) is not (System.Globalization.UnicodeCategory.DecimalDigitNumber or System.Globalization.UnicodeCategory.OtherNumber);

    /// <summary>Whether the character belongs to a script whose letters join, reorder or run right to left (shaped with HarfBuzz), or is a joiner.</summary>
    public static bool NeedsShaping(int c) =>
        IsRightToLeftBlock(c) || c is >= 0x0900 and <= 0x0DFF or >= 0x0E00 and <= 0x0FFF or >= 0x1000 and <= 0x109F or >= 0x1780 and <= 0x17FF or 0x200C or 0x200D;

    /// <summary>Whether the character is East Asian (Hangul, CJK, kana, full-width forms): the deck names its face in <c>a:ea</c>.</summary>
    public static bool IsEastAsian(int c) =>
        c is >= 0x1100 and <= 0x11FF or >= 0x2E80 and <= 0x9FFF or >= 0xAC00 and <= 0xD7AF or >= 0xF900 and <= 0xFAFF or >= 0xFF00 and <= 0xFFEF or >= 0x20000 and <= 0x3FFFF;

    /// <summary>
    /// The language tag for a run: null when the run is mostly in the deck language's own script (or in Latin, digits
    /// and punctuation); else the deck's language when it writes that script, else the script's usual language.
    /// Han with any kana is Japanese; a run takes another script's language only when that script has more of its letters than Latin.
    /// </summary>
    public static string? LanguageOf(string text, string deckLanguage)
    {
        var deckPrimary = deckLanguage.Split('-', '_')[0];
        var counts = new int[Known.Length];
        var latin = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var index = Array.FindIndex(Known, k => k.Has(rune.Value));
            if (index >= 0)
            {
                counts[index]++;
            }
            else if (Rune.IsLetter(rune))
            {
                latin++;
            }
        }

        if (counts[0] > 0)
        {
            counts[0] += counts[2]; // kana makes the Han around it Japanese
            counts[2] = 0;
        }

        var best = Array.IndexOf(counts, counts.Max());
        if (counts[best] == 0 || counts[best] <= latin)
        {
            return null;
        }

        var languages = Known[best].Languages;
        var own = languages.FirstOrDefault(l => l.Split('-')[0].Equals(deckPrimary, StringComparison.OrdinalIgnoreCase));
        return own is not null ? null : languages[0];
    }
}
