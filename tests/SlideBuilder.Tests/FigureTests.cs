using SlideBuilder.Build;
using SlideBuilder.Figures;
using SlideBuilder.Layout;
using SlideBuilder.Templates;
using SlideBuilder.Tests.Support;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;
using SlideBuilder.Diagnostics;
using SlideBuilder.Model;
using SlideBuilder.Output.Skia;

namespace SlideBuilder.Tests;

public sealed class FigureTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private static readonly SourceLocation Here = new("test", 1);

    public static FigureSpec Spec(FigureKind kind, FigureScale scale, params FigureItem[] items) =>
        new("Test", kind, "roubles", "per year", scale, "Trotsky, ch. 6", null, items, [], false, Here);

    public static FigureItem Item(string label, double low, double? high = null, bool approx = false, string? series = null) =>
        new(label, low, high ?? low, approx, series, Here);

    /// <summary>The four kinds as the golden images show them.</summary>
    public static TheoryData<string> Kinds => new() { "bar", "range", "grouped", "ratio" };

    public static FigureSpec GoldenSpec(string kind) => kind switch
    {
        "bar" => Spec(FigureKind.Bar, FigureScale.Auto,
            Item("Unskilled workers", 1200, 1500), Item("Collective fishermen (1935)", 1919), Item("Collective farm (average)", 4000, approx: true),
            Item("Collectives, per household", 80000)) with { Annotations = ["×10–15: big collective farmers vs the average worker"] },
        "range" => Spec(FigureKind.Range, FigureScale.Linear,
            Item("Unskilled workers", 1200, 1500), Item("Skilled workers", 2000, 3500), Item("Stakhanovists", 5000, 9000), Item("Collective fishermen", 1919)),
        "grouped" => Spec(FigureKind.Grouped, FigureScale.Linear,
            Item("Collective fishermen", 960, series: "1934"), Item("Collective fishermen", 1919, series: "1935"),
            Item("Average collective farm", 3500, series: "1934"), Item("Average collective farm", 4000, series: "1935")),
        "ratio" => Spec(FigureKind.Ratio, FigureScale.Auto,
            Item("Average worker", 1350), Item("Collective fishermen", 1919), Item("Big collective farmers", 13500, 20250)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static byte[] Render(FigureSpec spec)
    {
        var theme = TemplateLoader.Load(null, Here);
        using var fonts = new FontSet(theme);
        return FigureImages.Png(new FigureRenderer(new SlideBuilder.Output.Skia.TextPainter(fonts), theme), spec, 873, 367, 1);
    }

    private static string Svg(FigureSpec spec)
    {
        var theme = TemplateLoader.Load(null, Here);
        using var fonts = new FontSet(theme);
        return System.Text.Encoding.UTF8.GetString(FigureImages.Svg(new FigureRenderer(new SlideBuilder.Output.Skia.TextPainter(fonts), theme), spec, 873, 367));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_kind_of_figure_matches_its_reviewed_golden_image(string kind)
    {
        Golden.AssertMatches(Render(GoldenSpec(kind)), "figure-" + kind);
    }

    [Fact]
    public void The_scale_is_linear_unless_a_bar_would_be_invisible_at_two_hundred_times()
    {
        // 1,200 against 80,000 is a 67-fold gap: linear, so the picture shows it as the talk says it.
        Assert.False(Spec(FigureKind.Bar, FigureScale.Auto, Item("a", 1200), Item("b", 80000)).UsesLogScale);
        Assert.True(Spec(FigureKind.Bar, FigureScale.Auto, Item("a", 100), Item("b", 20000)).UsesLogScale);
        Assert.False(Spec(FigureKind.Bar, FigureScale.Auto, Item("a", 100), Item("b", 19999)).UsesLogScale);
        Assert.False(Spec(FigureKind.Bar, FigureScale.Linear, Item("a", 1), Item("b", 1000)).UsesLogScale);
    }

    [Fact]
    public void A_stated_ratio_is_drawn_beside_the_item_it_compares()
    {
        var spec = Spec(FigureKind.Bar, FigureScale.Auto, Item("Average collective farm", 4000), Item("Big collective farmers", 48000), Item("Unskilled workers", 1500))
            with { Annotations = ["×10–15: big collective farmers earn ten to fifteen times more than the average farm", "×3: nothing here matches"] };
        var placed = spec.RatioAnnotations();
        Assert.Equal("Big collective farmers", placed[0].Item?.Label);
        Assert.Null(placed[1].Item);
        var svg = Svg(spec);
        Assert.Matches(@">\s*×10–15\s*</text>", svg);
    }

    [Fact]
    public void A_log_scale_is_stated_in_large_type_on_the_picture()
    {
        var log = Spec(FigureKind.Bar, FigureScale.Auto, Item("a", 10), Item("b", 90000));
        Assert.True(log.UsesLogScale);
        Assert.Contains(FigureRenderer.LogScaleNotice, Svg(log), StringComparison.Ordinal);
        Assert.DoesNotContain(FigureRenderer.LogScaleNotice, Svg(Spec(FigureKind.Bar, FigureScale.Auto, Item("a", 1200), Item("b", 80000))), StringComparison.Ordinal);
    }

    [Fact]
    public void Log_axes_have_readable_ticks_and_fall_back_to_decades_when_crowded()
    {
        Assert.Equal([1000, 2000, 5000, 10000, 20000, 50000, 100000], AxisScale.Log(1200, 80000, decadesOnly: false).Ticks);
        Assert.Equal([1000, 10000, 100000], AxisScale.Log(1200, 80000, decadesOnly: true).Ticks);
        Assert.Equal([0, 1000, 2000, 3000, 4000, 5000], AxisScale.Linear(4100).Ticks);
    }

    [Fact]
    public void Alt_text_lists_every_value_with_separators_and_unit()
    {
        Assert.Equal(
            "Bar chart, annual income in roubles: Unskilled workers 1,200–1,500; Collective fishermen (1935) 1,919; Collective farm (average) about 4,000; Collectives, per household 80,000. ×10–15: big collective farmers vs the average worker.",
            AltText.For(GoldenSpec("bar")));
    }

    private (DeckResult Result, string Pptx) BuildFigure(string yaml, string extra = "")
    {
        var notes = _ws.Write("talk.md", $"# Talk\n\n## Before\n\nText.\n\n```figure\n{yaml}```\n{extra}\n## After\n\nMore text.\n");
        var result = DeckBuilder.Build(notes, new BuildOptions(_ws.Out, Formats: Workspace.PptxOnly));
        return (result, result.Outputs.SingleOrDefault() ?? "");
    }

    [Fact]
    public void A_figure_block_becomes_a_figure_slide_with_svg_a_png_fallback_and_alt_text()
    {
        var (result, pptx) = BuildFigure("title: Wages\nunit: roubles\nperiod: per year\nitems:\n  - label: Unskilled\n    range: [1200, 1500]\n  - label: Fishermen\n    value: 1919\n  - label: Farm\n    value: 4000\n    approx: true\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var deck = new PptxInspector(pptx);
        Assert.Equal(["Talk", "Before", "Wages", "After"], deck.Titles);
        Assert.Equal("Picture/Figure", deck.LayoutName(2));
        var picture = deck.Slides[2].Slide.Descendants<P.Picture>().Single();
        Assert.Equal("Bar chart, annual income in roubles: Unskilled 1,200–1,500; Fishermen 1,919; Farm about 4,000.", picture.NonVisualPictureProperties!.NonVisualDrawingProperties!.Description!.Value);

        var blip = picture.BlipFill!.Blip!;
        var png = deck.Slides[2].GetPartById(blip.Embed!.Value!);
        Assert.Equal("image/png", png.ContentType);
        var ext = blip.Descendants<A.BlipExtension>().Single(e => e.Uri == "{96DAC541-7B7A-43D3-8B79-37D633B846F1}");
        var svgId = ext.Descendants().First(e => e.LocalName == "svgBlip").GetAttributes().Single(a => a.LocalName == "embed").Value!;
        var svg = deck.Slides[2].GetPartById(svgId);
        Assert.Equal("image/svg+xml", svg.ContentType);
        using (var svgText = new StreamReader(svg.GetStream()))
        {
            var text = svgText.ReadToEnd();
            Assert.Contains("<svg", text);
            Assert.Contains("1,919", text); // text stays text in the vector version
        }

        // PNG fallback at least twice the slide's pixels at 96 dpi.
        using var bitmap = SkiaSharp.SKBitmap.Decode(png.GetStream());
        var box = picture.ShapeProperties!.Transform2D!.Extents!;
        Assert.True(bitmap.Width >= 2 * box.Cx!.Value / (double)Emu.PerInch * 96, $"{bitmap.Width} px for {box.Cx} EMU");
        Assert.Empty(deck.ValidationErrors());
    }

    // The fence is on line 7 of the notes; the block's first YAML line is line 8.
    [Theory]
    [InlineData("items:\n  - label: Farm\n    value: lots\n", 10, "'value' of 'Farm' must be a number, not 'lots'")]
    [InlineData("title: Empty\nitems: []\n", 9, "the figure has no data")]
    [InlineData("scale: log\nitems:\n  - label: Nothing\n    value: 0\n  - label: Some\n    value: 5\n", 10, "'scale: log' needs values above zero, but 'Nothing' is 0")]
    [InlineData("kind: pie\nitems:\n  - label: A\n    value: 1\n", 8, "'kind' must be bar, range, grouped or ratio, not 'pie'")]
    [InlineData("data: incomes.csv\ncolumns:\n  value: Roubles\n", 10, "CSV column 'Roubles' (for value) does not exist in incomes.csv; its columns are: label, amount")]
    [InlineData("data: nowhere.csv\n", 8, "'data' file not found")]
    public void Bad_figure_data_is_an_error_at_the_line_of_the_field_and_the_rest_of_the_deck_still_builds(string yaml, int line, string message)
    {
        _ws.Write("incomes.csv", "label,amount\nUnskilled,1200\n");
        var (result, pptx) = BuildFigure(yaml);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("SB050", error.Code);
        Assert.Equal(line, error.Location.Line);
        Assert.Contains(message, error.Message);
        Assert.False(result.Succeeded);

        using var deck = new PptxInspector(pptx);
        Assert.Equal(["Talk", "Before", "Before (2)", "After"], deck.Titles); // the broken figure's slide keeps its section's title, numbered so titles stay unique
        Assert.Contains("Figure not drawn", string.Join("\n", Enumerable.Range(0, deck.Slides.Count).Select(deck.SlideText)));
        Assert.Contains("More text.", deck.SlideText(3));
    }

    [Fact]
    public void Figure_data_can_come_from_a_csv_file_with_named_columns()
    {
        _ws.Write("incomes.csv", "Who;Roubles;Year\n\"Unskilled, lower grade\";1200;1935\nFishermen;\"1,919\";1935\n");
        var (result, pptx) = BuildFigure("title: From CSV\ndata: incomes.csv\ncolumns:\n  label: Who\n  value: Roubles\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var deck = new PptxInspector(pptx);
        var alt = deck.Slides[2].Slide.Descendants<P.Picture>().Single().NonVisualPictureProperties!.NonVisualDrawingProperties!.Description!.Value;
        Assert.Contains("Unskilled, lower grade 1,200; Fishermen 1,919", alt);
    }
}

/// <summary>A one-series figure takes the template's accent where it stands out from the slide, else the colour-blind-safe blue.</summary>
public sealed class FigureColourTests
{
    [Theory]
    [InlineData("default", "1F5F8B")]
    [InlineData("serif", "8C2F2B")]
    [InlineData("dark", "4CC9F0")]
    public void A_single_series_is_drawn_in_the_templates_accent(string template, string expected)
    {
        var theme = Templates.TemplateLoader.Load(template, new Diagnostics.SourceLocation("talk.md", 1));
        using var fonts = new Layout.FontSet(theme);
        var figures = new Output.Skia.FigureRenderer(new Output.Skia.TextPainter(fonts), theme);
        Assert.Equal(SkiaSharp.SKColor.Parse(expected), figures.SingleSeries);
    }

    [Fact]
    public void An_accent_too_pale_for_the_slide_gives_way_to_the_palette()
    {
        var theme = Templates.TemplateLoader.Load("default", new Diagnostics.SourceLocation("talk.md", 1));
        var pale = theme with { Colors = new Dictionary<string, string>(theme.Colors) { ["accent1"] = "FFF3B0" } };
        using var fonts = new Layout.FontSet(pale);
        var figures = new Output.Skia.FigureRenderer(new Output.Skia.TextPainter(fonts), pale);
        Assert.Equal(Output.Skia.FigureRenderer.Palette[0], figures.SingleSeries);
    }
}
