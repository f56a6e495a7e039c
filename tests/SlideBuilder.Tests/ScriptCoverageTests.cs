using SlideBuilder.Tests.Support;

namespace SlideBuilder.Tests;

/// <summary>Text the template's fonts cannot draw is reported where it is written, never left as silent boxes.</summary>
public sealed class ScriptCoverageTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    [Fact]
    public void Characters_no_available_font_has_are_named_in_a_warning_at_their_slide()
    {
        var (result, _) = _ws.BuildMarkdown("# Scripts\n\n## Latin, Greek, Cyrillic\n\n- Γειά σου κόσμε\n- Привет, мир\n\n## Japanese\n\n- こんにちは and \U000F0041\n- and a private sign \U000F0042\n");
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "SB015");
        Assert.Equal(8, warning.Location.Line); // the "## Japanese" heading
        // Private-use characters no font has; the Japanese is drawn with a machine font where one is installed.
        Assert.Contains("(U+F0041)", warning.Message);
        Assert.Contains("(U+F0042)", warning.Message);
        Assert.DoesNotContain("Γ", warning.Message);
        Assert.DoesNotContain("П", warning.Message);
    }

    [Fact]
    public void A_character_is_reported_once_however_often_it_comes()
    {
        var (result, _) = _ws.BuildMarkdown("# T\n\n## One\n\n\U000F0041\n\n## Two\n\n\U000F0041 again\n");
        Assert.Single(result.Diagnostics, d => d.Code == "SB015");
    }

    [Fact]
    public void A_run_in_another_script_is_marked_with_its_language_unless_the_deck_writes_that_script()
    {
        string LangOf(string pptx, string text)
        {
            using var deck = new PptxInspector(pptx);
            return deck.Slides[1].Slide.Descendants<DocumentFormat.OpenXml.Drawing.Run>().Single(r => r.Text!.Text == text).RunProperties!.Language!.Value!;
        }

        var (_, english) = _ws.BuildMarkdown("# T\n\n## Lines\n\n- こんにちは\n- שלום\n- Γειά\n- Hello\n", "en.md");
        Assert.Equal("ja-JP", LangOf(english, "こんにちは"));
        Assert.Equal("he-IL", LangOf(english, "שלום"));
        Assert.Equal("el-GR", LangOf(english, "Γειά"));
        Assert.Equal("en-GB", LangOf(english, "Hello"));

        var (_, mixed) = _ws.BuildMarkdown("# T\n\n## Lines\n\n- 日本語の文章です\n- The letter α in English\n", "mixed.md");
        Assert.Equal("ja-JP", LangOf(mixed, "日本語の文章です")); // kanji first, kana later: Japanese
        Assert.Equal("en-GB", LangOf(mixed, "The letter α in English")); // one Greek letter does not make the line Greek

        var (_, japanese) = _ws.BuildMarkdown("---\nlang: ja-JP\n---\n\n# T\n\n## Lines\n\n- 日本語\n", "ja.md");
        Assert.Equal("ja-JP", LangOf(japanese, "日本語")); // Han in a Japanese deck is Japanese, not Chinese
    }

    [JapaneseFontFact]
    public void A_fallback_face_another_deck_found_too_outlives_the_first_deck()
    {
        // Two decks built at once (the PPTX thread and the PDFs) each keep a fallback; the system's font manager may hand
        // both the same face, so the first to finish must not dispose it under the other.
        using var primary = SkiaSharp.SKTypeface.FromFamilyName("Liberation Sans");
        var first = new SlideBuilder.Layout.FontFallback { Language = "ja" };
        using var second = new SlideBuilder.Layout.FontFallback { Language = "ja" };
        var a = first.For(primary, 'あ');
        var b = second.For(primary, 'あ');
        Assert.NotNull(a);
        Assert.NotNull(b);
        Assert.Same(a, b);
        first.Dispose();
        Assert.NotEqual(IntPtr.Zero, b.Handle);
        using var font = new SkiaSharp.SKFont(b);
        Assert.NotEqual(0, font.GetGlyph('あ'));
    }
}
