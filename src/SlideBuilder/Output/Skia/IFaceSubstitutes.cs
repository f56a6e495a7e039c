using SkiaSharp;

namespace SlideBuilder.Output.Skia;

/// <summary>Faces to draw instead of the machine's: the PDF writers' font subsets. Null: draw with the face itself.</summary>
public interface IFaceSubstitutes
{
    SKTypeface? For(SKTypeface face, ReadOnlySpan<ushort> glyphs);
}
