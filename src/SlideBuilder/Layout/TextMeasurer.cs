using System.Text;
using SkiaSharp;
using SlideBuilder.Model;

namespace SlideBuilder.Layout;

/// <summary>
/// Measures and wraps text with the template's real fonts. Lines break at spaces (at characters
/// only inside a word too long for a whole line), as PowerPoint and LibreOffice do.
/// </summary>
public sealed class TextMeasurer(FontSet fonts) : IDisposable
{
    /// <summary>
    /// Renderers differ slightly in kerning and rounding; every line keeps this share of its width
    /// free so a line that fits here also fits in PowerPoint and LibreOffice.
    /// </summary>
    public const double WidthSlack = 0.95;

    /// <summary>
    /// Where LibreOffice actually breaks lines, found by comparing its renderings with ours: it
    /// keeps a line that fills 99.5 % of the width in our measure and breaks one that fills 99.9 %.
    /// The Skia renderer draws lines broken here, so the PDF matches the deck line for line.
    /// </summary>
    public const double DisplaySlack = 0.997;

    private readonly Dictionary<(SKTypeface, float), SKFont> _fonts = [];

    public FontSet Fonts => fonts;

    private static readonly string HardBreak = Model.Run.LineBreak.ToString();

    public double Width(string text, string role, RunStyle style, double sizePoints)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var face = fonts.Face(role, style);
        var segments = fonts.Fallback.Segments(text, face);
        return segments.Count == 1 && ReferenceEquals(segments[0].Face, face) && !Shaping.Needs(text)
            ? Font(face, sizePoints).MeasureText(text)
            : segments.Sum(s => SegmentWidth(s.Text, Font(s.Face, sizePoints)));
    }

    /// <summary>A segment's advance: shaped where its script needs shaping, so measuring and drawing agree.</summary>
    private double SegmentWidth(string text, SKFont font) =>
        Shaping.Needs(text) ? fonts.Shaping.Shape(text, font).Width : font.MeasureText(text);

    /// <summary>Wraps runs into lines no wider than <paramref name="widthPoints"/> times <paramref name="slack"/>.</summary>
    public IReadOnlyList<MeasuredLine> Wrap(IReadOnlyList<Run> runs, string role, RunStyle extra, double sizePoints, double widthPoints, double slack = WidthSlack)
    {
        // A box narrower than a character (deep indents in a narrow column) still takes one per line.
        var limit = Math.Max(widthPoints * slack, sizePoints);
        var lines = new List<MeasuredLine>();
        var current = new List<Run>();
        double width = 0;       // width of the current line including trailing spaces
        double inkWidth = 0;    // width without the trailing space

        foreach (var (run, token) in Tokens(runs))
        {
            if (token == HardBreak)
            {
                // A line break the author wrote: the line ends here, even when empty.
                lines.Add(new MeasuredLine(TrimEnd(current), inkWidth));
                current = [];
                width = inkWidth = 0;
                continue;
            }

            var style = run.Style | extra;
            var word = token.TrimEnd();
            var wordWidth = Width(word, role, style, sizePoints);
            var tokenWidth = word.Length == token.Length ? wordWidth : Width(token, role, style, sizePoints);

            if (current.Count > 0 && width + wordWidth > limit)
            {
                lines.Add(new MeasuredLine(TrimEnd(current), inkWidth));
                current = [];
                width = inkWidth = 0;
            }

            if (current.Count == 0 && wordWidth > limit && word.Length > 1)
            {
                // A word longer than the line (a URL, say): break it between characters.
                var pieces = BreakWord(word, role, style, sizePoints, limit).ToList();
                lines.AddRange(pieces.SkipLast(1).Select(p => new MeasuredLine([run with { Text = p.Text }], p.Width)));
                current.Add(run with { Text = pieces[^1].Text + token[word.Length..] });
                inkWidth = pieces[^1].Width;
                width = inkWidth + (tokenWidth - wordWidth);
                continue;
            }

            Append(current, run with { Text = token });
            inkWidth = width + wordWidth;
            width += tokenWidth;
        }

        if (current.Count > 0 || lines.Count == 0)
        {
            lines.Add(new MeasuredLine(TrimEnd(current), inkWidth));
        }

        return lines;
    }

    public void Dispose()
    {
        foreach (var f in _fonts.Values)
        {
            f.Dispose();
        }
    }

    private SKFont Font(string role, RunStyle style, double sizePoints) => Font(fonts.Face(role, style), sizePoints);

    private SKFont Font(SKTypeface face, double sizePoints)
    {
        var key = (face, (float)sizePoints);
        if (!_fonts.TryGetValue(key, out var font))
        {
            font = new SKFont(face, (float)sizePoints) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None };
            _fonts[key] = font;
        }

        return font;
    }

    /// <summary>Splits runs into words, each keeping the white space after it.</summary>
    private static IEnumerable<(Run Run, string Token)> Tokens(IReadOnlyList<Run> runs)
    {
        foreach (var run in runs)
        {
            var text = run.Text;
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == Model.Run.LineBreak)
                {
                    if (start < i)
                    {
                        yield return (run, text[start..i]);
                    }

                    yield return (run, HardBreak);
                    start = i + 1;
                }
                else if (text[i] == ' ' && (i + 1 == text.Length || text[i + 1] != ' '))
                {
                    yield return (run, text[start..(i + 1)]);
                    start = i + 1;
                }
            }

            if (start < text.Length)
            {
                yield return (run, text[start..]);
            }
        }
    }

    private IEnumerable<(string Text, double Width)> BreakWord(string word, string role, RunStyle style, double size, double limit)
    {
        // Character widths measured once, so a very long word breaks in linear time: from the template's face when it
        // draws every character, else character by character with the face that draws each.
        var font = Font(role, style, size);
        var glyphs = font.GetGlyphs(word);
        var widths = glyphs.Length == word.Length && !glyphs.Contains((ushort)0) ? font.GetGlyphWidths(glyphs) : CharacterWidths(word, role, style, size);
        var start = 0;
        while (start < word.Length)
        {
            var end = start + 1;
            var width = (double)widths[start];
            while (end < word.Length)
            {
                var next = width + widths[end];
                if (next > limit)
                {
                    break;
                }

                width = next;
                end++;
            }

            // Never split a surrogate pair.
            if (end < word.Length && char.IsLowSurrogate(word[end]) && end - start > 1)
            {
                end--;
            }

            yield return (word[start..end], Width(word[start..end], role, style, size));
            start = end;
        }
    }

    /// <summary>Each character's width with the face that draws it; a surrogate pair's width sits on its first half.</summary>
    private float[] CharacterWidths(string word, string role, RunStyle style, double size)
    {
        var widths = new float[word.Length];
        var primary = fonts.Face(role, style);
        for (var i = 0; i < word.Length; i++)
        {
            var pair = char.IsHighSurrogate(word[i]) && i + 1 < word.Length && char.IsLowSurrogate(word[i + 1]);
            var text = word.Substring(i, pair ? 2 : 1);
            var face = Rune.TryGetRuneAt(word, i, out var rune) ? fonts.Fallback.For(primary, rune.Value) ?? primary : primary;
            // Unshaped, character by character: shaping one character at a time made long words in Arabic quadratic.
            widths[i] = Font(face, size).MeasureText(text);
            i += pair ? 1 : 0;
        }

        return widths;
    }

    private static void Append(List<Run> line, Run run)
    {
        if (line.Count > 0 && line[^1].Style == run.Style && line[^1].Link == run.Link)
        {
            line[^1] = line[^1] with { Text = line[^1].Text + run.Text };
        }
        else
        {
            line.Add(run);
        }
    }

    private static List<Run> TrimEnd(List<Run> line)
    {
        if (line.Count > 0)
        {
            line[^1] = line[^1] with { Text = line[^1].Text.TrimEnd() };
        }

        return line;
    }
}
