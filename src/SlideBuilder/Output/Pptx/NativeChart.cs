using System.Globalization;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using SlideBuilder.Figures;
using static SlideBuilder.Output.Pptx.Xml;
using SlideBuilder.Output.Skia;
using SlideBuilder.Model;

namespace SlideBuilder.Output.Pptx;

/// <summary>
/// A figure as a native, editable PowerPoint chart: a ChartPart whose series carry cached values
/// (PowerPoint and LibreOffice draw from the cache) and an embedded workbook with the same numbers,
/// linked by <c>c:externalData</c>, so "Edit Data" opens them.
/// </summary>
internal static class NativeChart
{
    private static readonly XNamespace C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static readonly XNamespace S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private sealed record Series(string Name, IReadOnlyList<double?> Values, string Color, bool Labels);

    /// <summary>Adds the chart part (and its workbook) to the slide; returns the relationship id for <c>c:chart</c>.</summary>
    /// <param name="single">The colour of a one-series chart (hex), as the figure renderer draws it.</param>
    public static string Add(SlidePart slide, string id, FigureSpec spec, string single)
    {
        var (categories, series, stacked) = Shape(spec, single);
        var chart = slide.AddNewPart<ChartPart>(id);
        var workbook = chart.AddNewPart<EmbeddedPackagePart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "rId1");
        using (var stream = new MemoryStream(Workbook(categories, series)))
        {
            workbook.FeedData(stream);
        }

        Feed(chart, ChartSpace(spec, categories, series, stacked));
        return id;
    }

    private static (List<string> Categories, List<Series> Series, bool Stacked) Shape(FigureSpec spec, string single)
    {
        var palette = FigureRenderer.Palette.Select(c => $"{c.Red:X2}{c.Green:X2}{c.Blue:X2}").ToList();
        var labels = spec.Labels.ToList();
        if (spec.Kind == FigureKind.Grouped)
        {
            var names = spec.SeriesNames;
            var grouped = names.Select((name, i) => new Series(name,
                labels.Select(l => spec.Items.FirstOrDefault(x => x.Label == l && x.Series == name)?.High).ToList(), palette[i % palette.Count], true)).ToList();
            return (labels, grouped, false);
        }

        var items = labels.Select(l => spec.Items.First(i => i.Label == l)).ToList();
        var baseValue = spec.Kind == FigureKind.Ratio ? items[0].High : 1;
        if (items.Any(i => i.IsRange))
        {
            // Ranges: a solid bar to the low end, a lighter one on to the high end; the category says both.
            var categories = items.Select(i => $"{i.Label} ({AmountText.Format(i)})").ToList();
            return (categories,
            [
                new Series("From", items.Select(i => (double?)(i.Low / baseValue)).ToList(), single, false),
                new Series("To", items.Select(i => (double?)((i.High - i.Low) / baseValue)).ToList(), "9CC3E0", false),
            ], true);
        }

        return (items.Select(i => i.Approx ? $"{i.Label} (approx.)" : i.Label).ToList(),
            [new Series(spec.UnitWithPeriod.Length > 0 ? spec.UnitWithPeriod : "Value", items.Select(i => (double?)(i.High / baseValue)).ToList(), single, true)], false);
    }

    private static XElement ChartSpace(FigureSpec spec, List<string> categories, List<Series> series, bool stacked)
    {
        var rows = categories.Count;
        string Col(int i) => ((char)('B' + i)).ToString();
        var log = spec.UsesLogScale && spec.Kind != FigureKind.Ratio;
        var numberFormat = spec.Kind == FigureKind.Ratio ? "0.0\"×\"" : "#,##0";

        XElement Text(string text, double size, bool bold) =>
            new(C + "tx", new XElement(C + "rich", new XElement(A + "bodyPr"), new XElement(A + "lstStyle"),
                new XElement(A + "p", new XElement(A + "pPr", new XElement(A + "defRPr", new XAttribute("sz", Centipoints(size)), new XAttribute("b", bold ? "1" : "0"))),
                    new XElement(A + "r", new XElement(A + "rPr", new XAttribute("lang", "en-GB"), new XAttribute("sz", Centipoints(size)), new XAttribute("b", bold ? "1" : "0")), new XElement(A + "t", text)))));

        var serElements = series.Select((s, i) => new XElement(C + "ser",
            new XElement(C + "idx", new XAttribute("val", i)),
            new XElement(C + "order", new XAttribute("val", i)),
            new XElement(C + "tx", new XElement(C + "strRef", new XElement(C + "f", $"Sheet1!${Col(i)}$1"),
                new XElement(C + "strCache", new XElement(C + "ptCount", new XAttribute("val", 1)), new XElement(C + "pt", new XAttribute("idx", 0), new XElement(C + "v", s.Name))))),
            new XElement(C + "spPr", SolidFill(s.Color)),
            new XElement(C + "invertIfNegative", new XAttribute("val", 0)),
            new XElement(C + "dLbls",
                new XElement(C + "numFmt", new XAttribute("formatCode", numberFormat), new XAttribute("sourceLinked", 0)),
                new XElement(C + "spPr", new XElement(A + "noFill"), new XElement(A + "ln", new XElement(A + "noFill"))),
                TextProperties(14, bold: true),
                new XElement(C + "showLegendKey", new XAttribute("val", 0)),
                new XElement(C + "showVal", new XAttribute("val", s.Labels ? 1 : 0)),
                new XElement(C + "showCatName", new XAttribute("val", 0)),
                new XElement(C + "showSerName", new XAttribute("val", 0)),
                new XElement(C + "showPercent", new XAttribute("val", 0)),
                new XElement(C + "showBubbleSize", new XAttribute("val", 0))),
            new XElement(C + "cat", new XElement(C + "strRef", new XElement(C + "f", $"Sheet1!$A$2:$A${rows + 1}"),
                new XElement(C + "strCache", new XElement(C + "ptCount", new XAttribute("val", rows)),
                    categories.Select((c, k) => new XElement(C + "pt", new XAttribute("idx", k), new XElement(C + "v", c)))))),
            new XElement(C + "val", new XElement(C + "numRef", new XElement(C + "f", $"Sheet1!${Col(i)}$2:${Col(i)}${rows + 1}"),
                new XElement(C + "numCache", new XElement(C + "formatCode", "General"), new XElement(C + "ptCount", new XAttribute("val", rows)),
                    s.Values.Select((v, k) => v is null ? null : new XElement(C + "pt", new XAttribute("idx", k), new XElement(C + "v", v.Value.ToString("R", CultureInfo.InvariantCulture))))))))).ToList();

        return new XElement(C + "chartSpace",
            new XAttribute(XNamespace.Xmlns + "c", C), new XAttribute(XNamespace.Xmlns + "a", A), new XAttribute(XNamespace.Xmlns + "r", R),
            new XElement(C + "date1904", new XAttribute("val", 0)),
            new XElement(C + "lang", new XAttribute("val", "en-GB")),
            new XElement(C + "roundedCorners", new XAttribute("val", 0)),
            new XElement(C + "chart",
                new XElement(C + "title", Text(FigureRenderer.CaptionText(spec), 16, true), new XElement(C + "overlay", new XAttribute("val", 0))),
                new XElement(C + "autoTitleDeleted", new XAttribute("val", 0)),
                new XElement(C + "plotArea",
                    new XElement(C + "layout"),
                    new XElement(C + "barChart",
                        new XElement(C + "barDir", new XAttribute("val", "bar")),
                        new XElement(C + "grouping", new XAttribute("val", stacked ? "stacked" : "clustered")),
                        new XElement(C + "varyColors", new XAttribute("val", 0)),
                        serElements,
                        new XElement(C + "gapWidth", new XAttribute("val", 60)),
                        stacked ? new XElement(C + "overlap", new XAttribute("val", 100)) : null,
                        new XElement(C + "axId", new XAttribute("val", 111)),
                        new XElement(C + "axId", new XAttribute("val", 222))),
                    new XElement(C + "catAx",
                        new XElement(C + "axId", new XAttribute("val", 111)),
                        new XElement(C + "scaling", new XElement(C + "orientation", new XAttribute("val", "maxMin"))),
                        new XElement(C + "delete", new XAttribute("val", 0)),
                        new XElement(C + "axPos", new XAttribute("val", "l")),
                        new XElement(C + "numFmt", new XAttribute("formatCode", "General"), new XAttribute("sourceLinked", 0)),
                        new XElement(C + "majorTickMark", new XAttribute("val", "none")),
                        new XElement(C + "minorTickMark", new XAttribute("val", "none")),
                        new XElement(C + "tickLblPos", new XAttribute("val", "low")),
                        TextProperties(16),
                        new XElement(C + "crossAx", new XAttribute("val", 222)),
                        new XElement(C + "crosses", new XAttribute("val", "autoZero")),
                        new XElement(C + "auto", new XAttribute("val", 1)),
                        new XElement(C + "lblAlgn", new XAttribute("val", "ctr")),
                        new XElement(C + "lblOffset", new XAttribute("val", 100)),
                        new XElement(C + "noMultiLvlLbl", new XAttribute("val", 0))),
                    new XElement(C + "valAx",
                        new XElement(C + "axId", new XAttribute("val", 222)),
                        new XElement(C + "scaling", log ? new XElement(C + "logBase", new XAttribute("val", 10)) : null, new XElement(C + "orientation", new XAttribute("val", "minMax"))),
                        new XElement(C + "delete", new XAttribute("val", 0)),
                        new XElement(C + "axPos", new XAttribute("val", "b")),
                        new XElement(C + "majorGridlines", new XElement(C + "spPr", new XElement(A + "ln", new XAttribute("w", "9525"), SolidFill("D5DBE1")))),
                        new XElement(C + "numFmt", new XAttribute("formatCode", numberFormat), new XAttribute("sourceLinked", 0)),
                        new XElement(C + "majorTickMark", new XAttribute("val", "none")),
                        new XElement(C + "minorTickMark", new XAttribute("val", "none")),
                        new XElement(C + "tickLblPos", new XAttribute("val", "nextTo")),
                        TextProperties(14),
                        new XElement(C + "crossAx", new XAttribute("val", 111)),
                        new XElement(C + "crosses", new XAttribute("val", "max")),
                        new XElement(C + "crossBetween", new XAttribute("val", "between")))),
                series.Count > 1 && !stacked
                    ? new XElement(C + "legend", new XElement(C + "legendPos", new XAttribute("val", "t")), new XElement(C + "overlay", new XAttribute("val", 0)),
                        TextProperties(14))
                    : null,
                new XElement(C + "plotVisOnly", new XAttribute("val", 1)),
                new XElement(C + "dispBlanksAs", new XAttribute("val", "gap"))),
            new XElement(C + "txPr", new XElement(A + "bodyPr"), new XElement(A + "lstStyle"),
                new XElement(A + "p", new XElement(A + "pPr", new XElement(A + "defRPr", new XElement(A + "latin", new XAttribute("typeface", "+mn-lt")))), new XElement(A + "endParaRPr", new XAttribute("lang", "en-GB")))),
            new XElement(C + "externalData", new XAttribute(R + "id", "rId1"), new XElement(C + "autoUpdate", new XAttribute("val", 0))));
    }

    /// <summary>Text properties for a chart element: size in points, optionally bold.</summary>
    private static XElement TextProperties(int size, bool bold = false) =>
        new(C + "txPr", new XElement(A + "bodyPr"), new XElement(A + "lstStyle"),
            new XElement(A + "p",
                new XElement(A + "pPr", new XElement(A + "defRPr", new XAttribute("sz", size * 100), bold ? new XAttribute("b", "1") : null)),
                new XElement(A + "endParaRPr", new XAttribute("lang", "en-GB"))));

    /// <summary>A one-sheet workbook: categories in column A, one column per series, a header row; reproducible bytes.</summary>
    private static byte[] Workbook(List<string> categories, List<Series> series)
    {
        using var buffer = new MemoryStream();
        using (var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook, autoSave: true))
        {
            var book = doc.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            var sheet = book.AddNewPart<WorksheetPart>("rId1");
            XElement Cell(string reference, string text) =>
                new(S + "c", new XAttribute("r", reference), new XAttribute("t", "inlineStr"), new XElement(S + "is", new XElement(S + "t", text)));
            XElement Number(string reference, double value) =>
                new(S + "c", new XAttribute("r", reference), new XElement(S + "v", value.ToString("R", CultureInfo.InvariantCulture)));
            string Col(int i) => ((char)('B' + i)).ToString();

            var rows = new List<XElement>
            {
                new(S + "row", new XAttribute("r", 1), Cell("A1", ""), series.Select((s, i) => Cell($"{Col(i)}1", s.Name))),
            };
            for (var r = 0; r < categories.Count; r++)
            {
                var n = r + 2;
                rows.Add(new XElement(S + "row", new XAttribute("r", n), Cell($"A{n}", categories[r]),
                    series.Select((s, i) => s.Values[r] is { } v ? Number($"{Col(i)}{n}", v) : null)));
            }

            Feed(sheet, new XElement(S + "worksheet", new XAttribute(XNamespace.Xmlns + "r", R), new XElement(S + "sheetData", rows)));
            Feed(book, new XElement(S + "workbook", new XAttribute(XNamespace.Xmlns + "r", R),
                new XElement(S + "sheets", new XElement(S + "sheet", new XAttribute("name", "Sheet1"), new XAttribute("sheetId", 1), new XAttribute(R + "id", "rId1")))));
        }

        return DeterministicZip.Normalize(buffer.ToArray());
    }
}
