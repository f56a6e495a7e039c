using System.Text;
using SkiaSharp;
using SlideBuilder.Language;

namespace SlideBuilder.Layout;

/// <summary>
/// Characters the template's fonts lack (Japanese under a Latin face, Greek under a display face) are
/// drawn with a font the machine has that covers them, found through the system's font manager
/// (fontconfig on Linux). Text is measured and drawn in the same segments, so fitting and drawing agree.
/// </summary>
public sealed class FontFallback : IDisposable
{
    private readonly Dictionary<SKTypeface, SKFont> _probes = [];
    private readonly Dictionary<(int Codepoint, int Weight, int Slant), SKTypeface?> _found = [];
    private readonly List<SKTypeface> _used = [];
    private readonly Dictionary<SKTypeface, (int Weight, int Slant)> _styles = [];
    private readonly Lock _lock = new();
    private int _lookups;

    /// <summary>
    /// The font manager is asked at most this many times per build, so text in hundreds of scripts (a fuzzer's)
    /// stays fast; past that, a character is looked for only among the faces already found.
    /// </summary>
    private const int MostLookups = 1024;

    /// <summary>The deck's language, which decides between faces of one script (Japanese or Chinese forms of Han).</summary>
    public string Language { get; set; } = "en";

    /// <summary>Whether <paramref name="face"/> has a glyph for every character of <paramref name="text"/>.</summary>
    public bool CoversAll(SKTypeface face, string text)
    {
        lock (_lock)
        {
            return Probe(face).ContainsGlyphs(text);
        }
    }

    /// <summary>A face for <paramref name="codepoint"/>: the template's own when it has the glyph, else one of the machine's, else null.</summary>
    public SKTypeface? For(SKTypeface primary, int codepoint)
    {
        lock (_lock)
        {
            if (Probe(primary).GetGlyph(codepoint) != 0)
            {
                return primary;
            }

            var (weight, slant) = StyleOf(primary);
            var key = (codepoint, weight, slant);
            if (_found.TryGetValue(key, out var face))
            {
                return face;
            }

            // A face found before for this style usually covers its neighbours too (the rest of a Japanese line):
            // asking the system's font manager once per script keeps a long text in many scripts fast.
            face = _used.FirstOrDefault(f => StyleOf(f) == (weight, slant) && Probe(f).GetGlyph(codepoint) != 0);
            if (face is null && _lookups >= MostLookups)
            {
                // No more lookups this build, so the faces in use no longer change: the answer is final.
                _found[key] = null;
                return null;
            }

            if (face is null)
            {
                _lookups++;
                // The language asked for is the script's (or the deck's, when it writes that script), never the machine's
                // locale: the same notes pick the same face under any LANG.
                var language = Scripts.LanguageOf(char.ConvertFromUtf32(codepoint), Language) ?? Language;
                face = SKFontManager.Default.MatchCharacter(null, primary.FontStyle, [language], codepoint);
                if (face is not null && Probe(face).GetGlyph(codepoint) == 0)
                {
                    _probes.Remove(face, out var probe);
                    probe?.Dispose();
                    face.Dispose();
                    face = null;
                }

                if (face is not null && !_used.Any(f => f.FamilyName == face.FamilyName && StyleOf(f) == StyleOf(face)))
                {
                    _used.Add(face);
                }
            }

            _found[key] = face;
            return face;
        }
    }

    /// <summary>
    /// The text cut where the face that draws it changes, and where right-to-left letters meet left-to-right ones
    /// (digits and Latin inside Hebrew keep their own order): white space, punctuation and marks stay with the text before them.
    /// </summary>
    public List<(string Text, SKTypeface Face)> Segments(string text, SKTypeface primary)
    {
        if (CoversAll(primary, text) && !Shaping.Needs(text))
        {
            return [(text, primary)];
        }

        var segments = new List<(string, SKTypeface)>();
        var current = new StringBuilder();
        SKTypeface? face = null;
        bool? rightToLeft = null;
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            var joins = Rune.IsWhiteSpace(rune) || Rune.IsPunctuation(rune) || category is System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.EnclosingMark or System.Globalization.UnicodeCategory.Format;
            var wanted = joins && face is not null ? face : For(primary, rune.Value) ?? primary;
            bool? direction = joins ? rightToLeft : Scripts.IsRightToLeftLetter(rune.Value);
            if (face is not null && (!ReferenceEquals(wanted, face) || direction != rightToLeft))
            {
                segments.Add((current.ToString(), face));
                current.Clear();
            }

            face = wanted;
            rightToLeft = direction;
            current.Append(rune.ToString());
        }

        if (face is not null)
        {
            segments.Add((current.ToString(), face));
        }

        return segments;
    }

    /// <summary>A face's weight and slant, asked of Skia once: each question makes a native style object.</summary>
    private (int Weight, int Slant) StyleOf(SKTypeface face)
    {
        if (!_styles.TryGetValue(face, out var style))
        {
            using var fontStyle = face.FontStyle;
            style = (fontStyle.Weight, (int)fontStyle.Slant);
            _styles[face] = style;
        }

        return style;
    }

    private SKFont Probe(SKTypeface face)
    {
        if (!_probes.TryGetValue(face, out var font))
        {
            font = new SKFont(face);
            _probes[face] = font;
        }

        return font;
    }

    public void Dispose()
    {
        foreach (var font in _probes.Values)
        {
            font.Dispose();
        }

        foreach (var face in _found.Values.OfType<SKTypeface>().Concat(_used).Distinct())
        {
            face.Dispose();
        }
    }
}
