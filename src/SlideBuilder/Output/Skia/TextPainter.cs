using System.Text;
using SkiaSharp;
using SlideBuilder.Layout;

namespace SlideBuilder.Output.Skia;

/// <summary>
/// Every piece of text the Skia renderers put on a page (slides, figures, the handout's headers,
/// contents and captions) is drawn here: cut into the segments its faces draw (the template's,
/// then the machine's for characters they lack), shaped where the script needs it, with the
/// characters it stands for attached so PDF readers extract them. The glyphs drawn are noted in
/// a <see cref="GlyphLedger"/> on a dry run, and drawn from <see cref="Subsets"/> on the real
/// one, so a PDF's fonts hold exactly the glyphs on its pages.
/// </summary>
public sealed class TextPainter(FontSet fonts)
{
    public FontSet Fonts => fonts;

    /// <summary>Where the glyphs drawn are noted (a dry run, before fonts are subset).</summary>
    public GlyphLedger? Ledger { get; init; }

    /// <summary>Faces cut down to the glyphs of a dry run; drawing a glyph they lack is an internal error.</summary>
    public IFaceSubstitutes? Subsets { get; init; }

    public static SKFont NewFont(SKTypeface face, float size) =>
        new(face, size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None, Edging = SKFontEdging.Antialias };

    /// <summary>The advance of <paramref name="text"/> as it is drawn.</summary>
    public float Measure(string text, SKFont font) => Run(null, text, 0, 0, font, null, rightToLeft: false);

    /// <summary>Draws a line of text starting at <paramref name="x"/>; returns its advance.</summary>
    public float Draw(SKCanvas canvas, string text, float x, float baseline, SKFont font, SKPaint paint, bool rightToLeft = false) =>
        Run(canvas, text, x, baseline, font, paint, rightToLeft);

    /// <summary>Draws a line of text placed at <paramref name="x"/> by <paramref name="align"/>.</summary>
    public void Draw(SKCanvas canvas, string text, float x, float baseline, SKTextAlign align, SKFont font, SKPaint paint)
    {
        var offset = align switch
        {
            SKTextAlign.Center => Measure(text, font) / 2,
            SKTextAlign.Right => Measure(text, font),
            _ => 0,
        };
        Run(canvas, text, x - offset, baseline, font, paint, rightToLeft: false);
    }

    private float Run(SKCanvas? canvas, string text, float x, float baseline, SKFont font, SKPaint? paint, bool rightToLeft)
    {
        var start = x;
        // White space at the end of a shaped segment is a segment of its own, so it stays between the words it separates.
        var segments = fonts.Fallback.Segments(text, font.Typeface)
            .SelectMany(s => Shaping.Needs(s.Text) && s.Text.TrimEnd() is { Length: > 0 } trimmed && trimmed.Length < s.Text.Length
                ? new[] { (trimmed, s.Face), (s.Text[trimmed.Length..], s.Face) } : [s])
            .ToList();
        if (rightToLeft)
        {
            segments.Reverse();
        }

        foreach (var (segment, face) in segments)
        {
            using var segmentFont = ReferenceEquals(face, font.Typeface) ? null : NewFont(face, font.Size);
            var used = segmentFont ?? font;
            x += Shaping.Needs(segment) ? Shaped(canvas, segment, x, baseline, used, paint) : WithText(canvas, segment, x, baseline, used, paint);
        }

        return x - start;
    }

    /// <summary>Shaped text (joined Arabic, reordered Devanagari, right-to-left Hebrew) with its clusters, so the PDF keeps its characters.</summary>
    private float Shaped(SKCanvas? canvas, string text, float x, float baseline, SKFont font, SKPaint? paint)
    {
        var (glyphs, positions, clusters, advance) = fonts.Shaping.Shape(text, font);
        if (glyphs.Length == 0 || canvas is null || Note(font, glyphs))
        {
            return glyphs.Length == 0 ? 0 : advance;
        }

        using var ink = Ink(font, glyphs);
        var drawFont = ink ?? font;
        using var builder = new SKTextBlobBuilder();
        if (Shaping.IsRightToLeft(text))
        {
            // Right-to-left glyphs go without clusters: a PDF reader maps each glyph to its letter through the font
            // and puts the letters back in reading order itself (with clusters, poppler scrambles them).
            var plain = builder.AllocatePositionedRun(drawFont, glyphs.Length);
            glyphs.CopyTo(plain.Glyphs);
            var at = plain.Positions;
            for (var i = 0; i < glyphs.Length; i++)
            {
                at[i] = new SKPoint(x + positions[i].X, baseline + positions[i].Y);
            }
        }
        else
        {
            // Clusters are UTF-16 indices; the blob wants UTF-8 byte offsets.
            var utf8 = Encoding.UTF8.GetBytes(text);
            var byteOffset = new uint[text.Length + 1];
            for (int i = 0, b = 0; i < text.Length; i++)
            {
                byteOffset[i] = (uint)b;
                var c = text[i];
                b += char.IsHighSurrogate(c) ? 4 : char.IsLowSurrogate(c) ? 0 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            }

            var run = builder.AllocatePositionedTextRun(drawFont, glyphs.Length, utf8.Length);
            glyphs.CopyTo(run.Glyphs);
            var points = run.Positions;
            var runClusters = run.Clusters;
            for (var i = 0; i < glyphs.Length; i++)
            {
                points[i] = new SKPoint(x + positions[i].X, baseline + positions[i].Y);
                runClusters[i] = byteOffset[Math.Min((int)clusters[i], text.Length - 1)];
            }

            utf8.CopyTo(run.Text);
        }

        using var blob = builder.Build();
        if (blob is not null)
        {
            canvas.DrawText(blob, 0, 0, paint!);
        }

        return advance;
    }

    /// <summary>
    /// Draws glyphs together with the text they stand for (UTF-8 and one cluster per glyph), so a PDF reader
    /// extracts the characters written even where a font maps one glyph from several (日 and the radical ⽇).
    /// </summary>
    private float WithText(SKCanvas? canvas, string text, float x, float baseline, SKFont font, SKPaint? paint)
    {
        var advance = font.MeasureText(text);
        if (canvas is null || text.Length == 0)
        {
            return advance;
        }

        var glyphs = font.GetGlyphs(text);
        if (Note(font, glyphs))
        {
            return advance;
        }

        var runes = text.EnumerateRunes().ToList();
        var positions = font.GetGlyphPositions(glyphs, new SKPoint(x, 0));
        using var ink = Ink(font, glyphs);
        var drawFont = ink ?? font;
        using var builder = new SKTextBlobBuilder();
        if (glyphs.Length == runes.Count)
        {
            var utf8 = Encoding.UTF8.GetBytes(text);
            var run = builder.AllocateHorizontalTextRun(drawFont, glyphs.Length, baseline, utf8.Length);
            glyphs.CopyTo(run.Glyphs);
            var xs = run.Positions;
            var clusters = run.Clusters;
            var offset = 0u;
            for (var i = 0; i < glyphs.Length; i++)
            {
                xs[i] = positions[i].X;
                clusters[i] = offset;
                offset += (uint)runes[i].Utf8SequenceLength;
            }

            utf8.CopyTo(run.Text);
        }
        else
        {
            var run = builder.AllocateHorizontalRun(drawFont, glyphs.Length, baseline);
            glyphs.CopyTo(run.Glyphs);
            var xs = run.Positions;
            for (var i = 0; i < glyphs.Length; i++)
            {
                xs[i] = positions[i].X;
            }
        }

        using var blob = builder.Build();
        if (blob is not null)
        {
            canvas.DrawText(blob, 0, 0, paint!);
        }

        return advance;
    }

    /// <summary>On a dry run, notes the glyphs and says so: there is nothing to draw.</summary>
    private bool Note(SKFont font, ReadOnlySpan<ushort> glyphs)
    {
        Ledger?.Add(font.Typeface, glyphs);
        return Ledger is not null;
    }

    /// <summary>The subset font to draw <paramref name="glyphs"/> with (null: draw with <paramref name="font"/>).</summary>
    private SKFont? Ink(SKFont font, ReadOnlySpan<ushort> glyphs) =>
        Subsets?.For(font.Typeface, glyphs) is { } face ? NewFont(face, font.Size) : null;
}
