using SkiaSharp;

namespace SlideBuilder.Output.Skia;

/// <summary>The glyphs of each face that a dry run of the PDF writers drew: what the PDFs' font subsets must hold.</summary>
public sealed class GlyphLedger
{
    private readonly Dictionary<SKTypeface, HashSet<ushort>> _drawn = new(ReferenceEqualityComparer.Instance);
    private readonly Lock _lock = new();

    public void Add(SKTypeface face, ReadOnlySpan<ushort> glyphs)
    {
        lock (_lock)
        {
            if (!_drawn.TryGetValue(face, out var set))
            {
                set = [];
                _drawn[face] = set;
            }

            foreach (var g in glyphs)
            {
                set.Add(g);
            }
        }
    }

    /// <summary>The faces drawn and their glyphs.</summary>
    public IReadOnlyDictionary<SKTypeface, HashSet<ushort>> Drawn => _drawn;
}
