using SkiaSharp;
using SkiaSharp.HarfBuzz;
using SlideBuilder.Language;

namespace SlideBuilder.Layout;

/// <summary>
/// Text in scripts whose letters join, reorder or run right to left (Arabic, Hebrew, the Indic scripts, Thai…)
/// is shaped with HarfBuzz, so it is measured and drawn as its readers write it; other text keeps the plain
/// glyph-per-character path. A paragraph whose first strong letter is right-to-left is a right-to-left paragraph.
/// </summary>
public sealed class Shaping : IDisposable
{
    private readonly Dictionary<SKTypeface, SKShaper> _shapers = [];
    private readonly Lock _lock = new();

    /// <summary>Whether the text has characters of a script that needs shaping.</summary>
    public static bool Needs(string text)
    {
        foreach (var c in text)
        {
            if (Scripts.NeedsShaping(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a paragraph reads right to left: its first letter of strong direction is Hebrew, Arabic, Syriac or Thaana.</summary>
    public static bool IsRightToLeft(string text)
    {
        foreach (var c in text)
        {
            if (Scripts.IsRightToLeftBlock(c))
            {
                return true;
            }

            if (char.IsLetter(c))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The text shaped with the font: glyphs in visual order, their positions from the origin, their clusters (UTF-16 indices), and the advance.</summary>
    public (ushort[] Glyphs, SKPoint[] Positions, uint[] Clusters, float Width) Shape(string text, SKFont font)
    {
        lock (_lock)
        {
            if (!_shapers.TryGetValue(font.Typeface, out var shaper))
            {
                shaper = new SKShaper(font.Typeface);
                _shapers[font.Typeface] = shaper;
            }

            var result = shaper.Shape(text, font);
            return (result.Codepoints.Select(g => (ushort)g).ToArray(), result.Points, result.Clusters, result.Width);
        }
    }

    public void Dispose()
    {
        foreach (var shaper in _shapers.Values)
        {
            shaper.Dispose();
        }
    }
}
