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

    /// <summary>
    /// The language tag for a run: null when the run is in the deck language's own script (or in Latin, digits
    /// and punctuation); else the deck's language when it writes that script, else the script's usual language.
    /// </summary>
    public static string? LanguageOf(string text, string deckLanguage)
    {
        var deckPrimary = deckLanguage.Split('-', '_')[0];
        foreach (var rune in text.EnumerateRunes())
        {
            foreach (var (has, languages) in Known)
            {
                if (!has(rune.Value))
                {
                    continue;
                }

                var own = languages.FirstOrDefault(l => l.Split('-')[0].Equals(deckPrimary, StringComparison.OrdinalIgnoreCase));
                return own is not null ? null : languages[0];
            }
        }

        return null;
    }
}
