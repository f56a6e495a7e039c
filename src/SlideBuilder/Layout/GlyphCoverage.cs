using System.Globalization;
using System.Text;
using SlideBuilder.Model;
using SlideBuilder.Diagnostics;

namespace SlideBuilder.Layout;

/// <summary>
/// Finds the characters the template's fonts cannot draw (a Japanese line under a Latin font, an emoji) and
/// reports them at their slide's file and line: the PDFs and previews would show them as empty boxes, while
/// PowerPoint and LibreOffice substitute a font of their own. Nothing is ever silently missing.
/// </summary>
internal static class GlyphCoverage
{
    private const int MostListed = 12;

    public static void Report(Deck deck, FontSet fonts, DiagnosticBag diagnostics)
    {
        var reported = new HashSet<Rune>();
        var fontsByFace = new Dictionary<SkiaSharp.SKTypeface, SkiaSharp.SKFont>();
        foreach (var slide in deck.Slides)
        {
            var missing = new SortedSet<Rune>();
            foreach (var (text, role, style) in TextOf(slide))
            {
                var face = fonts.Face(role, style);
                if (!fontsByFace.TryGetValue(face, out var font))
                {
                    font = new SkiaSharp.SKFont(face);
                    fontsByFace[face] = font;
                }
                foreach (var rune in text.EnumerateRunes())
                {
                    if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) || rune.Value == Model.Run.LineBreak || reported.Contains(rune) || missing.Contains(rune))
                    {
                        continue;
                    }

                    if (font.GetGlyph(rune.Value) == 0 && fonts.Fallback.For(face, rune.Value) is null)
                    {
                        missing.Add(rune);
                    }
                }
            }

            if (missing.Count == 0)
            {
                continue;
            }

            reported.UnionWith(missing);
            var listed = string.Join(" ", missing.Take(MostListed).Select(r => $"{r} (U+{r.Value.ToString("X4", CultureInfo.InvariantCulture)})"));
            var more = missing.Count > MostListed ? $" and {missing.Count - MostListed} more" : "";
            diagnostics.Warn(slide.Source, DiagnosticCodes.MissingGlyph,
                $"no font, of the template or of this machine, has a glyph for {listed}{more}: the PDFs and previews show them as empty boxes; " +
                "install a font that covers this script (for example Debian's fonts-noto-core, fonts-noto-cjk, fonts-noto-color-emoji)");
        }

        foreach (var font in fontsByFace.Values)
        {
            font.Dispose();
        }
    }

    private static IEnumerable<(string Text, string Role, RunStyle Style)> TextOf(Slide slide)
    {
        if (slide.Title is { } title)
        {
            yield return (title, "heading", RunStyle.Bold);
        }

        if (slide.Subtitle is { } subtitle)
        {
            yield return (subtitle, "body", RunStyle.None);
        }

        if (slide.Footer is { } footer)
        {
            yield return (footer, "body", RunStyle.None);
        }

        if (slide.Header is { } header)
        {
            yield return (header, "body", RunStyle.None);
        }

        foreach (var block in slide.Body)
        {
            foreach (var item in TextOf(block))
            {
                yield return item;
            }
        }

        foreach (var run in slide.Notes.SelectMany(p => p.Runs))
        {
            yield return (run.Text, "body", run.Style);
        }
    }

    private static IEnumerable<(string Text, string Role, RunStyle Style)> TextOf(SlideBlock block)
    {
        switch (block)
        {
            case TextBlock text:
                foreach (var run in text.Paragraphs.SelectMany(p => p.Runs))
                {
                    yield return (run.Text, "body", run.Style);
                }

                break;
            case QuoteBlock quote:
                yield return (quote.Text, "quote", RunStyle.Italic);
                if (quote.Attribution is { } by)
                {
                    yield return (by, "body", RunStyle.None);
                }

                break;
            case CodeBlock code:
                yield return (string.Join(" ", code.Lines), "code", RunStyle.Code);
                break;
            case TableBlock table:
                foreach (var run in table.Header.Concat(table.Rows.SelectMany(r => r)).SelectMany(c => c))
                {
                    yield return (run.Text, "body", run.Style);
                }

                break;
            case PictureBlock picture:
                yield return (picture.PlaceholderText, "body", RunStyle.None);
                break;
            case ColumnsBlock columns:
                foreach (var item in columns.Columns.SelectMany(c => c.Blocks).SelectMany(TextOf))
                {
                    yield return item;
                }

                break;
        }
    }
}
