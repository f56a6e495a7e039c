using SlideBuilder.Tests.Support;

namespace SlideBuilder.Tests;

/// <summary>Text in scripts the template's fonts lack is drawn in the PDFs with the machine's fonts: found by pdftotext, fonts embedded.</summary>
public sealed class ScriptDrawingTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private static readonly (string Script, string Language, string Line)[] Lines =
    [
        ("Japanese", "ja", "日本語の文章です"),
        ("Chinese", "zh", "你好世界"),
        ("Korean", "ko", "안녕하세요"),
        ("Greek", "el", "Γειά σου κόσμε"),
        ("Cyrillic", "ru", "Привет мир"),
    ];

    [ScriptFontsFact]
    public void Cjk_greek_and_cyrillic_lines_are_text_in_the_slides_pdf_with_their_fonts_embedded()
    {
        var bullets = string.Join("\n", Lines.Select(l => $"- {l.Script}: {l.Line}"));
        var notes = _ws.Write("scripts.md", $"# Scripts\n\n## Greetings\n\n{bullets}\n");
        var result = _ws.BuildAll(notes);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "SB015");
        var pdf = result.Outputs.Single(o => o.EndsWith(".slides.pdf", StringComparison.Ordinal));
        var text = PdfText.Normalize(PdfText.AllText(pdf));
        foreach (var (script, _, line) in Lines)
        {
            Assert.True(text.Contains(PdfText.Normalize(line), StringComparison.Ordinal), $"{script}: '{line}' is not text in the PDF:\n{text}");
        }

        var fonts = PdfTools.Fonts(pdf);
        Assert.All(fonts, f => Assert.True(f.Embedded, $"{f.Name} is not embedded"));
        Assert.True(fonts.Count > 2, "a font beyond the template's two was embedded for the CJK text");
    }

    [ScriptFontsFact]
    public void A_line_in_a_fallback_font_fits_its_box_as_measured()
    {
        // Wide CJK text wraps by its real widths: a long Japanese bullet stays inside the slide in LibreOffice's rendering too.
        var line = string.Concat(Enumerable.Repeat("日本語の文章はここで長く続きます。", 8));
        var (_, pptx) = _ws.BuildMarkdown($"# T\n\n## Long\n\n- {line}\n");
        using var deck = new PptxInspector(pptx);
        Assert.Empty(deck.ValidationErrors());
        var result = _ws.BuildAll(_ws.Write("long.md", $"# T\n\n## Long\n\n- {line}\n"));
        var text = PdfText.Normalize(PdfText.AllText(result.Outputs.Single(o => o.EndsWith(".slides.pdf", StringComparison.Ordinal))));
        Assert.Contains(PdfText.Normalize("日本語の文章はここで長く続きます"), text.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}

/// <summary>Needs poppler and the Noto fonts for CJK: skipped on a machine without them, never in CI (which installs them).</summary>
public sealed class ScriptFontsFactAttribute : FactAttribute
{
    public ScriptFontsFactAttribute()
    {
        if ((!ExternalTools.Has("pdftotext") || !ExternalTools.Has("pdffonts") || !HasFont("ja")) && !ExternalTools.InCi)
        {
            Skip = "pdftotext/pdffonts or a Japanese font (Debian fonts-noto-cjk) is missing; CI installs them and runs this test";
        }
    }

    private static bool HasFont(string language)
    {
        if (!ExternalTools.Has("fc-list"))
        {
            return false;
        }

        var (code, stdout, _) = ExternalTools.Run("fc-list", [$":lang={language}", "family"], TimeSpan.FromSeconds(30));
        return code == 0 && stdout.Trim().Length > 0;
    }
}
