using DocumentFormat.OpenXml.Packaging;
using SlideBuilder.Tests.Support;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace SlideBuilder.Tests;

public sealed class NativeChartTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private const string Notes = """
        # Native

        ## Wages

        ```figure
        title: Wages
        unit: roubles
        period: per year
        native: true
        scale: log
        items:
          - label: Unskilled workers
            range: [1200, 1500]
          - label: Collective fishermen (1935)
            value: 1919
          - label: Collectives, per household
            value: 80000
        ```

        ## Years

        ```figure
        title: Years
        kind: grouped
        unit: roubles
        native: true
        items:
          - {label: Fishermen, value: 960, series: "1934"}
          - {label: Fishermen, value: 1919, series: "1935"}
          - {label: Farm, value: 3500, series: "1934"}
          - {label: Farm, value: 4000, series: "1935"}
        ```
        """;

    private string Build() => _ws.BuildMarkdown(Notes).Pptx;

    [Fact]
    public void Native_true_writes_an_editable_chart_with_cached_values_and_an_embedded_workbook()
    {
        using var deck = new PptxInspector(Build());
        Assert.Equal(["Native", "Wages", "Years"], deck.Titles);
        Assert.Empty(deck.ValidationErrors());
        Assert.Empty(StructureChecks.Problems(deck));

        var grouped = deck.Slides[2].ChartParts.Single();
        var series = grouped.ChartSpace.Descendants<C.BarChartSeries>().ToList();
        Assert.Equal(["1934", "1935"], series.Select(s => s.SeriesText!.Descendants<C.NumericValue>().Single().Text));
        Assert.Equal(["960", "3500"], series[0].Descendants<C.Values>().Single().Descendants<C.NumericValue>().Select(v => v.Text));
        Assert.Equal(["1919", "4000"], series[1].Descendants<C.Values>().Single().Descendants<C.NumericValue>().Select(v => v.Text));
        Assert.Equal(["Fishermen", "Farm"], series[0].Descendants<C.CategoryAxisData>().Single().Descendants<C.NumericValue>().Select(v => v.Text));

        // "Edit Data": the external data link resolves to a workbook holding the same numbers.
        var link = grouped.ChartSpace.Descendants<C.ExternalData>().Single().Id!.Value!;
        var workbook = (EmbeddedPackagePart)grouped.GetPartById(link);
        using var xlsx = SpreadsheetDocument.Open(workbook.GetStream(), false);
        var cells = xlsx.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>()
            .ToDictionary(c => c.CellReference!.Value!, c => c.InnerText);
        Assert.Equal(("Fishermen", "960", "1919"), (cells["A2"], cells["B2"], cells["C2"]));
        Assert.Equal(("Farm", "3500", "4000"), (cells["A3"], cells["B3"], cells["C3"]));

        var log = deck.Slides[1].ChartParts.Single().ChartSpace.Descendants<C.LogBase>().Single();
        Assert.Equal(10, log.Val!.Value);
    }

    [Fact]
    public void Decks_with_native_charts_rebuild_byte_identical()
    {
        var first = File.ReadAllBytes(Build());
        var second = File.ReadAllBytes(Build());
        Assert.Equal(first, second);
    }

    [InteropFact]
    public void LibreOffice_draws_the_native_chart_with_the_same_values()
    {
        var pdf = ExternalTools.ConvertToPdf(Build());
        var pages = PdfText.Pages(pdf);
        Assert.Equal(3, pages.Count);
        var grouped = pages[2].Words.Select(w => w.Text).ToList();
        foreach (var value in new[] { "960", "1,919", "3,500", "4,000", "Fishermen", "Farm", "1934", "1935" })
        {
            Assert.Contains(value, grouped);
        }

        Assert.Contains("Collectives, per household (80,000)", string.Join(" ", pages[1].Words.Select(w => w.Text)));
    }
}
