using SkiaSharp;
using SlideBuilder.Templates;
using SlideBuilder.FontFiles;

namespace SlideBuilder.Tests;

public sealed class FontSubsetterTests
{
    private static string FontPath(string file) => Path.Combine(TemplateLoader.BuiltInDirectory, "default", "fonts", file);

    [Fact]
    public void A_subset_keeps_the_used_glyphs_with_their_ids_and_metrics_and_drops_the_rest()
    {
        var whole = File.ReadAllBytes(FontPath("LiberationSans-Regular.ttf"));
        using var wholeFace = SKTypeface.FromData(SKData.CreateCopy(whole));
        // As the renderers measure: linear metrics, no hinting (the subset drops the hinting programs).
        using var wholeFont = new SKFont(wholeFace, 20) { LinearMetrics = true, Hinting = SKFontHinting.None };
        var used = wholeFont.GetGlyphs("Roubles 1,919 – “quoted”");

        var subset = FontSubsetter.Subset(whole, used);
        Assert.True(subset.Length < whole.Length / 3, $"{subset.Length:N0} of {whole.Length:N0} bytes");

        using var face = SKTypeface.FromData(SKData.CreateCopy(subset));
        Assert.NotNull(face);
        Assert.Equal("Liberation Sans", face.FamilyName);
        using var font = new SKFont(face, 20) { LinearMetrics = true, Hinting = SKFontHinting.None };
        Assert.Equal(used, font.GetGlyphs("Roubles 1,919 – “quoted”"));
        Assert.Equal(wholeFont.MeasureText("Roubles 1,919 – “quoted”"), font.MeasureText("Roubles 1,919 – “quoted”"));
        Assert.False(font.GetGlyphPath(used[0]).IsEmpty);

        var unused = wholeFont.GetGlyphs("Ж")[0];
        Assert.False(wholeFont.GetGlyphPath(unused).IsEmpty);
        Assert.True(font.GetGlyphPath(unused).IsEmpty);
    }

    [Fact]
    public void Composite_glyphs_keep_their_components()
    {
        var whole = File.ReadAllBytes(FontPath("LiberationSerif-Italic.ttf"));
        using var wholeFont = new SKFont(SKTypeface.FromData(SKData.CreateCopy(whole)), 20);
        var accented = wholeFont.GetGlyphs("é");
        using var font = new SKFont(SKTypeface.FromData(SKData.CreateCopy(FontSubsetter.Subset(whole, accented))), 20);
        Assert.Equal(wholeFont.GetGlyphPath(accented[0]).Bounds, font.GetGlyphPath(accented[0]).Bounds);
    }
}
