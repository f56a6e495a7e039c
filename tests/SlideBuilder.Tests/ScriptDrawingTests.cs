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
    public void Devanagari_and_thai_are_shaped_and_read_back_in_order_from_the_pdf()
    {
        var notes = _ws.Write("indic.md", "# T\n\n## Shaped\n\n- नमस्ते दुनिया\n- สวัสดีชาวโลก\n");
        var result = _ws.BuildAll(notes);
        var text = PdfText.Normalize(PdfText.AllText(result.Outputs.Single(o => o.EndsWith(".slides.pdf", StringComparison.Ordinal))));
        Assert.Contains(PdfText.Normalize("नमस्ते दुनिया"), text, StringComparison.Ordinal);
        Assert.Contains(PdfText.Normalize("สวัสดีชาวโลก"), text, StringComparison.Ordinal);
    }

    [ScriptFontsFact]
    public void Hebrew_and_arabic_paragraphs_run_right_to_left_in_the_deck_and_the_pdf()
    {
        var notes = _ws.Write("rtl.md", "# T\n\n## Right to left\n\n- שלום עולם\n- مرحبا بالعالم\n- Latin after them\n\n## Mixed\n\n- שנת 2024 ו-ABC\n");
        var result = _ws.BuildAll(notes);
        using (var deck = new PptxInspector(result.Outputs.Single(o => o.EndsWith(".pptx", StringComparison.Ordinal))))
        {
            var props = deck.Slides[1].Slide.Descendants<DocumentFormat.OpenXml.Drawing.Paragraph>()
                .Where(p => p.InnerText.Length > 0 && p.InnerText != "Right to left" && p.InnerText != "2")
                .Select(p => p.ParagraphProperties!).ToList();
            Assert.Equal(3, props.Count);
            Assert.True(props[0].RightToLeft!.Value);
            Assert.Equal(DocumentFormat.OpenXml.Drawing.TextAlignmentTypeValues.Right, props[0].Alignment!.Value);
            Assert.True(props[1].RightToLeft!.Value);
            Assert.False(props[2].RightToLeft!.Value); // stated, or LibreOffice carries the direction on
            Assert.Empty(deck.ValidationErrors());
        }

        // Read back in reading order (Arabic's joined forms read as the letters they are).
        var pdf = result.Outputs.Single(o => o.EndsWith(".slides.pdf", StringComparison.Ordinal));
        var text = PdfText.Normalize(PdfText.AllText(pdf));
        Assert.Contains("שלום עולם", text, StringComparison.Ordinal);
        // Digits and Latin inside a right-to-left line keep their own left-to-right order.
        Assert.Contains("2024", text, StringComparison.Ordinal);
        Assert.Contains("ABC", text, StringComparison.Ordinal);
        Assert.Contains("مرحبا بالعالم", ArabicForms.ToLetters(text), StringComparison.Ordinal);

        // Drawn from the right: the Hebrew words sit in the right half of the page, the Latin line starts at the left.
        var page = PdfText.Pages(pdf)[1];
        var hebrew = page.Words.Where(w => w.Text.Any(c => c is >= '\u0590' and <= '\u05FF')).ToList();
        Assert.NotEmpty(hebrew);
        Assert.All(hebrew, w => Assert.True(w.XMin > page.Width / 2, $"'{w.Text}' starts at {w.XMin} of {page.Width}"));
        Assert.True(page.Words.Single(w => w.Text == "Latin").XMin < page.Width / 4);
    }

    [ScriptFontsFact]
    public void The_pdfs_embed_every_font_they_draw_with_cut_to_the_glyphs_drawn()
    {
        // The machine's fallback faces were embedded whole (DejaVu Sans: 740 KB) and the template's were cut to the deck's
        // text plus a kept list of extra characters. Two emoji once split into lone surrogates and emptied the subset.
        var notes = _ws.Write("subset.md", "# Subsets\n\n## Party\n\nGreat work everyone 🎉🎊 and thanks.\n\nΩ ≈ ∑ ⊕ ∞\n\n## Hebrew\n\n- שלום עולם\n");
        var result = _ws.BuildAll(notes);
        foreach (var pdf in result.Outputs.Where(o => o.EndsWith(".pdf", StringComparison.Ordinal)))
        {
            var text = PdfTools.FlatText(pdf);
            Assert.Contains("Great work everyone", text, StringComparison.Ordinal);
            Assert.Contains("and thanks.", text, StringComparison.Ordinal);
            Assert.Contains("Ω≈∑⊕∞", text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
            var sizes = PdfTools.TrueTypeProgramSizes(pdf);
            Assert.True(sizes.Count >= 3, $"{Path.GetFileName(pdf)}: the template's regular and bold faces and a fallback face are embedded ({sizes.Count})");
            Assert.All(sizes, size => Assert.True(size < 150_000, $"{Path.GetFileName(pdf)}: a font program of {size} bytes is embedded, not a subset"));
        }
    }

    [ScriptFontsFact]
    public void The_handout_contents_headers_and_figures_draw_other_scripts_too()
    {
        // The handout's contents and page headers, and figure labels, were drawn with the template's face alone: boxes.
        var figure = "```figure\ntitle: 月収の比較\nunit: ルーブル\nitems:\n  - label: 労働者\n    value: 120\n  - label: 専門家\n    value: 1500\n```";
        var notes = _ws.Write("ja.md", $"---\ntitle: 日本語の講演\nlang: ja\n---\n\n## 賃金の比較\n\n- 労働者の月給\n\n{figure}\n");
        var result = _ws.BuildAll(notes);
        var handout = result.Outputs.Single(o => o.EndsWith(".handout.pdf", StringComparison.Ordinal));
        var pages = PdfText.Pages(handout);
        string Joined(PdfPage page) => PdfText.Normalize(string.Concat(page.Words.Select(w => w.Text)));
        Assert.Contains(PdfText.Normalize("賃金の比較"), Joined(pages[0]), StringComparison.Ordinal); // the contents
        Assert.Contains(PdfText.Normalize("日本語の講演"), Joined(pages[1]), StringComparison.Ordinal); // the header over page 2
        var slides = PdfText.Normalize(PdfText.AllText(result.Outputs.Single(o => o.EndsWith(".slides.pdf", StringComparison.Ordinal))));
        Assert.Contains(PdfText.Normalize("専門家"), slides, StringComparison.Ordinal);
        Assert.Contains(PdfText.Normalize("ルーブル"), slides, StringComparison.Ordinal);
    }

    private SlideBuilder.Layout.LaidOutDeck LayoutOf(string markdown)
    {
        var notes = _ws.Write("deck.md", markdown);
        var diagnostics = new SlideBuilder.Diagnostics.DiagnosticBag();
        return SlideBuilder.Build.DeckBuilder.Compile(notes, new SlideBuilder.Build.BuildOptions(_ws.Out, Formats: Workspace.PptxOnly), diagnostics).Deck;
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
