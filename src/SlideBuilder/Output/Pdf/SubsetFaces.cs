using SkiaSharp;
using SlideBuilder.FontFiles;
using SlideBuilder.Output.Skia;

namespace SlideBuilder.Output.Pdf;

/// <summary>
/// Each face a dry run drew, cut down to the glyphs it drew (ids, metrics and cmap unchanged, see
/// <see cref="FontSubsetter"/>): the template's fonts and the machine's fallbacks alike. A face that is
/// not plain TrueType (CFF outlines, a collection, a variable font, colour bitmaps) is drawn whole;
/// the PDF backend embeds such faces its own way.
/// </summary>
public sealed class SubsetFaces : IFaceSubstitutes, IDisposable
{
    private readonly Dictionary<SKTypeface, (SKTypeface Face, HashSet<ushort> Glyphs)> _subsets = new(ReferenceEqualityComparer.Instance);

    private SubsetFaces()
    {
    }

    public static SubsetFaces Of(GlyphLedger ledger)
    {
        var result = new SubsetFaces();
        foreach (var (face, glyphs) in ledger.Drawn)
        {
            if (Bytes(face) is not { } whole)
            {
                continue;
            }

            byte[] cut;
            try
            {
                cut = FontSubsetter.Subset(whole, glyphs.Order());
            }
            catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException or InvalidOperationException)
            {
                continue; // a font file the subsetter cannot follow is embedded whole
            }

            if (ReferenceEquals(cut, whole))
            {
                continue;
            }

            using var data = SKData.CreateCopy(cut);
            if (SKTypeface.FromData(data) is { } subset)
            {
                result._subsets[face] = (subset, [.. glyphs]);
            }
        }

        return result;
    }

    /// <summary>The face to draw <paramref name="glyphs"/> of <paramref name="face"/> with: its subset, or null for the whole face.</summary>
    public SKTypeface? For(SKTypeface face, ReadOnlySpan<ushort> glyphs)
    {
        if (!_subsets.TryGetValue(face, out var subset))
        {
            return null;
        }

        foreach (var g in glyphs)
        {
            if (!subset.Glyphs.Contains(g))
            {
                // The dry run and this one draw the same pages with the same code; a glyph only this one draws would be an empty outline.
                throw new InvalidOperationException($"glyph {g} of {face.FamilyName} is drawn but was not in the dry run");
            }
        }

        return subset.Face;
    }

    /// <summary>The font file of a single, static face; null for a collection member or a variable font. The deck's carried fonts read it too.</summary>
    public static byte[]? Bytes(SKTypeface face)
    {
        using var stream = face.OpenStream(out var index);
        if (stream is null || index != 0 || face.GetTableTags().Contains(Tag("fvar")))
        {
            return null;
        }

        using var data = SKData.Create(stream);
        var bytes = data?.ToArray();
        return bytes is { Length: > 4 } && !(bytes[0] == 't' && bytes[1] == 't' && bytes[2] == 'c' && bytes[3] == 'f') ? bytes : null;
    }

    private static uint Tag(string tag) => (uint)(tag[0] << 24 | tag[1] << 16 | tag[2] << 8 | tag[3]);

    public void Dispose()
    {
        foreach (var (face, _) in _subsets.Values)
        {
            face.Dispose();
        }
    }
}
