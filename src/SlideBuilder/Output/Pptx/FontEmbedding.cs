using System.Globalization;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using SkiaSharp;
using SlideBuilder.Diagnostics;
using SlideBuilder.Language;
using SlideBuilder.Layout;
using SlideBuilder.Model;
using SlideBuilder.FontFiles;
using SlideBuilder.Templates;

namespace SlideBuilder.Output.Pptx;

/// <summary>One face of a family the deck carries: <see cref="Style"/> is regular, bold, italic or boldItalic.</summary>
public sealed record EmbeddedFace(string Typeface, string Style, byte[] FontData, byte[] Panose);

/// <summary>
/// Which of the deck's fonts travel inside it (PowerPoint's "embed fonts in the file"), cut to the characters the
/// deck sets in them. A face is carried when the file that measured it is the very family the deck names (a
/// metric twin such as Liberation Sans for Arial is not: the deck names Arial, which every PowerPoint has), when
/// it is TrueType, and when its licence allows embedding.
/// </summary>
public static class FontEmbedding
{
    private static readonly (string Style, RunStyle Runs)[] Styles =
    [
        ("regular", RunStyle.None), ("bold", RunStyle.Bold), ("italic", RunStyle.Italic), ("boldItalic", RunStyle.Bold | RunStyle.Italic),
    ];

    public static IReadOnlyList<EmbeddedFace> Plan(LaidOutDeck deck, Theme theme, FontSet fonts, DiagnosticBag diagnostics, SourceLocation at)
    {
        // A template measured only with stand-ins (the built-ins' Liberation for Arial) carries nothing: no need to read the deck's text.
        if (!new[] { "heading", "body", "quote", "code" }.Any(role => string.Equals(fonts.Face(role, RunStyle.None).FamilyName, theme.Font(role).Name, StringComparison.OrdinalIgnoreCase)))
        {
            return [];
        }

        // The characters set in each role and style, as the deck writes them (a title a template capitalises, both ways).
        var used = new Dictionary<(string Family, string Style), (string Role, RunStyle Runs, HashSet<int> Characters)>();
        void Note(string role, RunStyle style, string text)
        {
            var isCode = style.HasFlag(RunStyle.Code);
            var fontRole = isCode ? "code" : role;
            var runs = style & (RunStyle.Bold | RunStyle.Italic);
            var name = Styles.First(s => s.Runs == runs).Style;
            var key = (theme.Font(fontRole).Name, name);
            if (!used.TryGetValue(key, out var entry))
            {
                entry = (fontRole, runs, []);
                used[key] = entry;
            }

            foreach (var rune in (text + text.ToUpperInvariant()).EnumerateRunes())
            {
                entry.Characters.Add(rune.Value);
            }
        }

        void NoteParagraphs(IEnumerable<LaidOutParagraph> paragraphs)
        {
            foreach (var p in paragraphs)
            {
                foreach (var run in p.Runs)
                {
                    Note(p.FontRole, run.Style | p.ExtraStyle, run.Text);
                }

                if (p.Marker is { } marker)
                {
                    Note(p.FontRole, RunStyle.None, marker.Text);
                }
            }
        }

        foreach (var slide in deck.Slides)
        {
            foreach (var shape in slide.Shapes)
            {
                switch (shape)
                {
                    case TextShape text:
                        NoteParagraphs(text.Paragraphs);
                        break;
                    case TableShape table:
                        NoteParagraphs(table.Cells.SelectMany(c => c));
                        break;
                    case NoticeShape notice:
                        Note(notice.Style.FontRole, RunStyle.None, notice.Label);
                        break;
                }
            }

            foreach (var run in slide.Notes.SelectMany(p => p.Runs))
            {
                Note("body", run.Style, run.Text);
            }
        }

        var result = new List<EmbeddedFace>();
        var refused = new SortedSet<string>(StringComparer.Ordinal);
        var readOnly = new SortedSet<string>(StringComparer.Ordinal);
        var broken = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var ((family, style), (role, runs, characters)) in used.OrderBy(u => u.Key.Family, StringComparer.Ordinal).ThenBy(u => Array.FindIndex(Styles, s => s.Style == u.Key.Style)))
        {
            var face = fonts.Face(role, runs);
            if (!string.Equals(face.FamilyName, family, StringComparison.OrdinalIgnoreCase)
                || face.FontStyle.Weight >= 600 != runs.HasFlag(RunStyle.Bold)
                || face.FontStyle.Slant != SKFontStyleSlant.Upright != runs.HasFlag(RunStyle.Italic)
                || Bytes(face) is not { } whole)
            {
                continue; // measured with a twin or a stand-in, or not a plain font file: the deck names a font it does not carry
            }

            try
            {
                var (licence, maySubset) = EotFont.LicenceOf(whole);
                if (licence == EmbeddingLicence.Restricted)
                {
                    refused.Add(family);
                    continue;
                }

                if (licence == EmbeddingLicence.PreviewAndPrint)
                {
                    readOnly.Add(family);
                }

                // Text that needs shaping (Arabic, Indic) keeps the whole font: the subset drops the shaping tables.
                var text = string.Concat(characters.Order().Select(char.ConvertFromUtf32));
                var subset = maySubset && !text.EnumerateRunes().Any(r => Scripts.NeedsShaping(r.Value));
                byte[] data;
                if (subset)
                {
                    using var font = new SKFont(face);
                    data = FontSubsetter.Subset(whole, font.GetGlyphs(text).Where(g => g != 0), keepHinting: true);
                }
                else
                {
                    data = whole;
                }

                result.Add(new EmbeddedFace(family, style, EotFont.Wrap(data), Panose(whole)));
            }
            catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException or InvalidOperationException or OverflowException)
            {
                broken.Add(family); // a font file the tables reader cannot follow: the deck names it without carrying it
            }
        }

        if (readOnly.Count > 0)
        {
            diagnostics.Warn(at, DiagnosticCodes.TemplateWarning,
                $"the deck carries {string.Join(", ", readOnly.Select(f => $"'{f}'"))}, whose licence allows preview and print only: PowerPoint opens the deck read-only");
        }

        if (broken.Count > 0)
        {
            diagnostics.Warn(at, DiagnosticCodes.TemplateWarning,
                $"the deck does not carry {string.Join(", ", broken.Select(f => $"'{f}'"))}: its font file could not be read for embedding");
        }

        if (refused.Count > 0)
        {
            diagnostics.Warn(at, DiagnosticCodes.TemplateWarning,
                $"the deck does not carry {string.Join(", ", refused.Select(f => $"'{f}'"))}: its licence forbids embedding, so a machine without it shows another font");
        }

        return result;
    }

    /// <summary>The font file behind a face (<see cref="Pdf.SubsetFaces.Bytes"/>), when it is TrueType: PowerPoint embeds TrueType outlines only, not CFF.</summary>
    private static byte[]? Bytes(SKTypeface face) =>
        Pdf.SubsetFaces.Bytes(face) is { Length: > 12 } bytes && bytes[0] == 0 && bytes[1] == 1 && FontSubsetter.ReadTables(bytes).ContainsKey("glyf") ? bytes : null;

    private static byte[] Panose(byte[] sfnt)
    {
        var os2 = FontSubsetter.ReadTables(sfnt).GetValueOrDefault("OS/2");
        return os2 is { Length: >= 42 } ? os2.AsSpan(32, 10).ToArray() : new byte[10];
    }

    /// <summary>
    /// The faces as font parts of the presentation, under relationship ids made from <paramref name="idPrefix"/>, and the
    /// <c>p:embeddedFontLst</c> that names them (null when there are none).
    /// </summary>
    internal static XElement? AddParts(PresentationPart pres, IReadOnlyList<EmbeddedFace> faces, string idPrefix)
    {
        if (faces.Count == 0)
        {
            return null;
        }

        var ids = new List<string>();
        foreach (var (face, i) in faces.Select((f, i) => (f, i)))
        {
            var id = idPrefix + (i + 1).ToString(CultureInfo.InvariantCulture);
            var part = pres.AddFontPart(FontPartType.FontData, id);
            using var stream = new MemoryStream(face.FontData, writable: false);
            part.FeedData(stream);
            ids.Add(id);
        }

        XNamespace p = Xml.P;
        XNamespace r = Xml.R;
        return new XElement(p + "embeddedFontLst",
            faces.Select((f, i) => (f, Id: ids[i])).GroupBy(x => x.f.Typeface, StringComparer.Ordinal).Select(family =>
                new XElement(p + "embeddedFont",
                    new XElement(p + "font", new XAttribute("typeface", family.Key), new XAttribute("panose", PanoseHex(family.First().f.Panose))),
                    // The schema's order: regular, bold, italic, bold italic.
                    Styles.Select(s => family.FirstOrDefault(x => x.f.Style == s.Style)).Where(x => x.f is not null)
                        .Select(x => new XElement(p + x.f.Style, new XAttribute(r + "id", x.Id))))));
    }

    /// <summary>PANOSE as the deck writes it: twenty hex digits.</summary>
    public static string PanoseHex(byte[] panose) => string.Concat(panose.Select(b => b.ToString("X2", CultureInfo.InvariantCulture)));
}
