using System.Globalization;
using System.Xml.Linq;
using SlideBuilder.Figures;
using SlideBuilder.Language;
using SlideBuilder.Layout;
using SlideBuilder.Model;
using SlideBuilder.Templates;
using static SlideBuilder.Output.Pptx.Xml;
using SlideBuilder.Output.Skia;

namespace SlideBuilder.Output.Pptx;

/// <summary>Relationships a slide needs; the writer gives them fixed ids so the bytes never vary.</summary>
internal interface ISlideRelationships
{
    string Hyperlink(string url);
    string Image(string path, byte[] data);

    /// <summary>An image made in memory (a rendered figure); <paramref name="extension"/> is png or svg.</summary>
    string Image(byte[] data, string extension);

    /// <summary>A native chart part for the figure, with its embedded workbook.</summary>
    string Chart(Model.FigureSpec spec, string singleSeriesColor);
}

/// <summary>
/// Writes one laid-out slide as PresentationML: placeholders where the layout has them (so the
/// deck stays editable and re-layoutable in PowerPoint), text boxes elsewhere, every size explicit.
/// </summary>
internal sealed class SlideXml(Theme theme, string language, FigureRenderer figures)
{
    /// <summary>Figures are rendered at 192 dpi: twice the pixels of a slide shown at 96 dpi.</summary>
    public const float FigurePixelsPerPoint = 192f / 72f;

    private const string SvgExtensionUri = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";
    private static readonly XNamespace Asvg = "http://schemas.microsoft.com/office/drawing/2016/SVG/main";

    /// <summary>The id of a slide's first shape (1 is the shape tree); the click builds refer to shapes by these ids.</summary>
    private const int FirstShapeId = 2;

    public XElement Build(LaidOutSlide slide, ISlideRelationships rels)
    {
        var ids = FirstShapeId;
        var tree = new List<XElement>();
        foreach (var shape in slide.Shapes)
        {
            var id = ids++;
            switch (shape)
            {
                case TextShape text:
                    tree.Add(TextShapeXml(id, text, rels));
                    break;
                case DecorationShape deco:
                    tree.Add(new XElement(P + "sp",
                        new XElement(P + "nvSpPr", CNvPr(id, $"Accent {id}"), new XElement(P + "cNvSpPr"), new XElement(P + "nvPr")),
                        new XElement(P + "spPr", Xfrm(A, deco.Box), Geometry(), SolidFill(deco.Fill), new XElement(A + "ln", new XElement(A + "noFill")))));
                    break;
                case NoticeShape notice:
                    tree.Add(Notice(id, notice));
                    break;
                case PictureShape picture:
                    tree.Add(new XElement(P + "pic",
                        new XElement(P + "nvPicPr",
                            CNvPr(id, $"Picture {id}", picture.Picture.AltText),
                            new XElement(P + "cNvPicPr", new XElement(A + "picLocks", new XAttribute("noChangeAspect", "1"))),
                            new XElement(P + "nvPr")),
                        new XElement(P + "blipFill",
                            new XElement(A + "blip", new XAttribute(R + "embed", rels.Image(picture.Picture.FilePath!, picture.Picture.Data!)),
                                picture.Picture.Svg is { } svg ? SvgExtension(rels.Image(svg, "svg")) : null),
                            new XElement(A + "stretch", new XElement(A + "fillRect"))),
                        new XElement(P + "spPr", Xfrm(A, picture.Box), Geometry())));
                    break;
                case TableShape table:
                    tree.Add(TableXml(id, table, rels));
                    break;
                case FigureShape { Figure.Spec.Native: true } chart:
                    tree.Add(ChartXml(id, chart, chart.Figure.Spec!, rels, HexOf(figures.SingleSeries)));
                    break;
                case FigureShape figure:
                    tree.Add(FigureXml(id, figure, figure.Figure.Spec!, rels));
                    break;
            }
        }

        return Root(P + "sld",
            new XElement(P + "cSld", new XElement(P + "spTree", TreeStart(), tree)),
            new XElement(P + "clrMapOvr", new XElement(A + "masterClrMapping")),
            ClickBuilds.Timing(slide.Shapes, FirstShapeId));
    }

    /// <summary>The notes page: the slide picture placeholder and the notes text.</summary>
    public XElement Notes(IReadOnlyList<Paragraph> notes, ISlideRelationships rels)
    {
        var paragraphs = notes.Count == 0
            ? [new XElement(A + "p", new XElement(A + "endParaRPr", new XAttribute("lang", language)))]
            : notes.Select(p => new XElement(A + "p",
                new XElement(A + "pPr", new XAttribute("marL", "0"), new XAttribute("indent", "0"),
                    new XElement(A + "spcBef", new XElement(A + "spcPts", new XAttribute("val", Centipoints(theme.Sizes.Notes * 0.5)))),
                    new XElement(A + "buNone")),
                RunsXml(p.Runs, "body", theme.Sizes.Notes, RunStyle.None, null, theme.Color("hlink"), rels),
                new XElement(A + "endParaRPr", new XAttribute("lang", language), new XAttribute("sz", Centipoints(theme.Sizes.Notes))))).ToList();

        return Root(P + "notes",
            new XElement(P + "cSld", new XElement(P + "spTree", TreeStart(),
                new XElement(P + "sp",
                    new XElement(P + "nvSpPr", CNvPr(2, "Slide Image Placeholder 1"),
                        new XElement(P + "cNvSpPr", new XElement(A + "spLocks", new XAttribute("noGrp", "1"), new XAttribute("noRot", "1"), new XAttribute("noChangeAspect", "1"))),
                        new XElement(P + "nvPr", new XElement(P + "ph", new XAttribute("type", "sldImg")))),
                    new XElement(P + "spPr")),
                new XElement(P + "sp",
                    new XElement(P + "nvSpPr", CNvPr(3, "Notes Placeholder 2"),
                        new XElement(P + "cNvSpPr", new XElement(A + "spLocks", new XAttribute("noGrp", "1"))),
                        new XElement(P + "nvPr", new XElement(P + "ph", new XAttribute("type", "body"), new XAttribute("idx", "1")))),
                    new XElement(P + "spPr"),
                    new XElement(P + "txBody", new XElement(A + "bodyPr"), new XElement(A + "lstStyle"), paragraphs)))),
            new XElement(P + "clrMapOvr", new XElement(A + "masterClrMapping")));
    }

    private XElement TextShapeXml(int id, TextShape text, ISlideRelationships rels)
    {
        var ph = text.Slot is { } slot
            ? new XElement(P + "ph", slot.Type is null ? null : new XAttribute("type", slot.Type), slot.Size is null ? null : new XAttribute("sz", slot.Size),
                slot.Index is { } index ? new XAttribute("idx", index.ToString(CultureInfo.InvariantCulture)) : null)
            : null;
        var name = ph is null ? $"TextBox {id}" : $"{text.Role} {id}";
        var nvSpPr = new XElement(P + "nvSpPr", CNvPr(id, name),
            ph is null ? new XElement(P + "cNvSpPr", new XAttribute("txBox", "1")) : new XElement(P + "cNvSpPr", new XElement(A + "spLocks", new XAttribute("noGrp", "1"))),
            new XElement(P + "nvPr", ph));
        var spPr = new XElement(P + "spPr", Xfrm(A, text.Box), Geometry(),
            text.Fill is { } fill ? SolidFill(fill) : new XElement(A + "noFill"),
            text.Outline is { } outline ? new XElement(A + "ln", new XAttribute("w", "19050"), SolidFill(outline), new XElement(A + "prstDash", new XAttribute("val", "dash"))) : null);

        var bodyPr = new XElement(A + "bodyPr",
            new XAttribute("wrap", "square"),
            new XAttribute("lIns", Num(text.Insets.Left)), new XAttribute("tIns", Num(text.Insets.Top)),
            new XAttribute("rIns", Num(text.Insets.Right)), new XAttribute("bIns", Num(text.Insets.Bottom)),
            new XAttribute("rtlCol", "0"),
            new XAttribute("anchor", text.Anchor switch { VerticalAnchor.Middle => "ctr", VerticalAnchor.Bottom => "b", _ => "t" }),
            // Sizes are measured by us; nothing for the viewer to shrink or grow.
            new XElement(A + "noAutofit"));

        IEnumerable<XElement> paragraphs = text.Role == TextRole.SlideNumber
            ? [SlideNumberParagraph(text)]
            : Paragraphs(text.Paragraphs, rels);
        return new XElement(P + "sp", nvSpPr, spPr, new XElement(P + "txBody", bodyPr, new XElement(A + "lstStyle"), paragraphs));
    }

    private XElement SlideNumberParagraph(TextShape text)
    {
        var p = text.Paragraphs[0];
        var number = int.Parse(string.Concat(p.Runs.Select(r => r.Text)), CultureInfo.InvariantCulture);
        var field = MasterXml.SlideNumberField(number, RunPropertiesContent(p.Color, "body", RunStyle.None, null).ToArray());
        field.Element(A + "fld")!.Element(A + "rPr")!.Add(new XAttribute("sz", Centipoints(p.SizePoints)));
        return field;
    }

    private List<XElement> Paragraphs(IReadOnlyList<LaidOutParagraph> paragraphs, ISlideRelationships rels)
    {
        var result = new List<XElement>();
        var anyRightToLeft = paragraphs.Any(p => p.RightToLeft);
        foreach (var p in paragraphs)
        {
            var pPr = new XElement(A + "pPr",
                new XAttribute("marL", Num(p.MarginLeft)),
                // The list level, so PowerPoint's outline keys and the layout's level styles work on it; the sizes are stated anyway.
                p.Level > 0 && p.Marker is not null ? new XAttribute("lvl", Math.Min(p.Level, 8).ToString(CultureInfo.InvariantCulture)) : null,
                new XAttribute("indent", Num(p.Indent)),
                new XAttribute("algn", p.Align switch { TextAlign.Center => "ctr", TextAlign.Right => "r", _ => "l" }),
                // Stated on every paragraph of a box that has a right-to-left one: LibreOffice carries rtl on to the next paragraph.
                p.RightToLeft ? new XAttribute("rtl", "1") : anyRightToLeft ? new XAttribute("rtl", "0") : null,
                new XElement(A + "lnSpc", new XElement(A + "spcPts", new XAttribute("val", Centipoints(p.LineSpacingPoints)))),
                new XElement(A + "spcBef", new XElement(A + "spcPts", new XAttribute("val", Centipoints(p.SpaceBeforePoints)))),
                Marker(p));
            var runs = RunsXml(p.Runs, p.FontRole, p.SizePoints, p.ExtraStyle, p.Color, p.LinkColor, rels);
            result.Add(new XElement(A + "p", pPr, runs,
                new XElement(A + "endParaRPr", new XAttribute("lang", language), new XAttribute("sz", Centipoints(p.SizePoints)))));
        }

        if (result.Count == 0)
        {
            result.Add(new XElement(A + "p", new XElement(A + "endParaRPr", new XAttribute("lang", language))));
        }

        return result;
    }

    /// <summary>The paragraph's marker as PowerPoint numbers and bullets: a number list is numbered by the deck itself, from its start.</summary>
    private static object[] Marker(LaidOutParagraph p) => p.Marker switch
    {
        null => [new XElement(A + "buNone")],
        { NumberStart: { } start } number =>
        [
            number.Color == p.Color ? null! : new XElement(A + "buClr", new XElement(A + "srgbClr", new XAttribute("val", number.Color))),
            new XElement(A + "buFont", new XAttribute("typeface", number.Typeface)),
            new XElement(A + "buAutoNum", new XAttribute("type", "arabicPeriod"), start != 1 ? new XAttribute("startAt", start.ToString(CultureInfo.InvariantCulture)) : null),
        ],
        var bullet =>
        [
            new XElement(A + "buClr", new XElement(A + "srgbClr", new XAttribute("val", bullet.Color))),
            new XElement(A + "buFont", new XAttribute("typeface", bullet.Typeface)),
            new XElement(A + "buChar", new XAttribute("char", bullet.Text)),
        ],
    };

    /// <summary>The runs of a paragraph, with the author's hard line breaks as <c>a:br</c>.</summary>
    private IEnumerable<XElement> RunsXml(IReadOnlyList<Run> runs, string role, double size, RunStyle extra, string? color, string linkColor, ISlideRelationships rels)
    {
        foreach (var run in runs)
        {
            var pieces = run.Text.Split(Model.Run.LineBreak);
            for (var i = 0; i < pieces.Length; i++)
            {
                if (i > 0)
                {
                    yield return new XElement(A + "br", new XElement(A + "rPr", new XAttribute("lang", language), new XAttribute("sz", Centipoints(size))));
                }

                if (pieces[i].Length > 0)
                {
                    yield return RunXml(run with { Text = pieces[i] }, role, size, extra, run.Link is not null ? linkColor : color, rels);
                }
            }
        }
    }

    private XElement RunXml(Run run, string role, double size, RunStyle extra, string? color, ISlideRelationships rels)
    {
        var style = run.Style | extra;
        var rPr = new XElement(A + "rPr", new XAttribute("lang", Scripts.LanguageOf(run.Text, language) ?? language), new XAttribute("sz", Centipoints(size)),
            style.HasFlag(RunStyle.Bold) ? new XAttribute("b", "1") : null,
            style.HasFlag(RunStyle.Italic) ? new XAttribute("i", "1") : null,
            run.Link is not null ? new XAttribute("u", "sng") : null,
            new XAttribute("dirty", "0"),
            RunPropertiesContent(color, role, style, run.Link is null ? null : rels.Hyperlink(run.Link), run.Text));
        return new XElement(A + "r", rPr, new XElement(A + "t", run.Text));
    }

    /// <summary>The machine's faces for a run's East Asian and complex-script characters, when the template's face lacks them.</summary>
    private (string? EastAsian, string? Complex) OtherScriptFaces(string text, string role, RunStyle style)
    {
        string? eastAsian = null, complex = null;
        var primary = figures.Fonts.Face(role, style);
        foreach (var rune in text.EnumerateRunes())
        {
            var v = rune.Value;
            var isEastAsian = Scripts.IsEastAsian(v);
            var isComplex = !isEastAsian && Scripts.NeedsShaping(v);
            if ((isEastAsian && eastAsian is null) || (isComplex && complex is null))
            {
                var face = figures.Fonts.Fallback.For(primary, v);
                if (face is not null && !ReferenceEquals(face, primary))
                {
                    if (isEastAsian)
                    {
                        eastAsian = face.FamilyName;
                    }
                    else
                    {
                        complex = face.FamilyName;
                    }
                }
            }
        }

        return (eastAsian, complex);
    }

    private IEnumerable<XElement> RunPropertiesContent(string? color, string role, RunStyle style, string? linkId, string? text = null)
    {
        if (color is not null)
        {
            yield return SolidFill(color);
        }

        var family = theme.Font(style.HasFlag(RunStyle.Code) ? "code" : role).Name;
        yield return new XElement(A + "latin", new XAttribute("typeface", family));
        // East Asian and complex-script text names the face our PDFs draw it with, so PowerPoint and LibreOffice pick the same.
        var (eastAsian, complex) = text is null ? (null, null) : OtherScriptFaces(text, role, style);
        if (eastAsian is not null)
        {
            yield return new XElement(A + "ea", new XAttribute("typeface", eastAsian));
        }

        yield return new XElement(A + "cs", new XAttribute("typeface", complex ?? family));
        if (linkId is not null)
        {
            yield return new XElement(A + "hlinkClick", new XAttribute(R + "id", linkId));
        }
    }

    /// <summary>A figure as a picture: SVG for PowerPoint versions that read it, a 192-dpi PNG for the rest.</summary>
    private XElement FigureXml(int id, FigureShape shape, Model.FigureSpec spec, ISlideRelationships rels)
    {
        var width = (float)Emu.ToPoints(shape.Box.Width);
        var height = (float)Emu.ToPoints(shape.Box.Height);
        var png = rels.Image(FigureImages.Png(figures, spec, width, height, FigurePixelsPerPoint), "png");
        var svg = rels.Image(FigureImages.Svg(figures, spec, width, height), "svg");
        return new XElement(P + "pic",
            new XElement(P + "nvPicPr",
                CNvPr(id, $"Figure {id}", AltText.For(spec)),
                new XElement(P + "cNvPicPr", new XElement(A + "picLocks", new XAttribute("noChangeAspect", "1"))),
                new XElement(P + "nvPr")),
            new XElement(P + "blipFill",
                new XElement(A + "blip", new XAttribute(R + "embed", png), SvgExtension(svg)),
                new XElement(A + "stretch", new XElement(A + "fillRect"))),
            new XElement(P + "spPr", Xfrm(A, shape.Box), Geometry()));
    }

    /// <summary>The SVG of a picture for PowerPoint versions that read it, beside the PNG every viewer reads.</summary>
    private static XElement SvgExtension(string svgId) =>
        new(A + "extLst",
            new XElement(A + "ext", new XAttribute("uri", SvgExtensionUri),
                new XElement(Asvg + "svgBlip", new XAttribute(XNamespace.Xmlns + "asvg", Asvg), new XAttribute(R + "embed", svgId))));

    /// <summary>A graphic frame holding a native chart; its description is the same alt text as the picture's.</summary>
    private static string HexOf(SkiaSharp.SKColor c) => $"{c.Red:X2}{c.Green:X2}{c.Blue:X2}";

    private static XElement ChartXml(int id, FigureShape shape, Model.FigureSpec spec, ISlideRelationships rels, string singleSeries) =>
        new(P + "graphicFrame",
            new XElement(P + "nvGraphicFramePr", CNvPr(id, $"Chart {id}", AltText.For(spec)),
                new XElement(P + "cNvGraphicFramePr"),
                new XElement(P + "nvPr")),
            Xfrm(P, shape.Box),
            new XElement(A + "graphic", new XElement(A + "graphicData", new XAttribute("uri", "http://schemas.openxmlformats.org/drawingml/2006/chart"),
                new XElement(ChartNs + "chart", new XAttribute(XNamespace.Xmlns + "c", ChartNs), new XAttribute(R + "id", rels.Chart(spec, singleSeries))))));

    private static readonly XNamespace ChartNs = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    /// <summary>A dashed box that says what is missing, where the missing thing would be.</summary>
    private XElement Notice(int id, NoticeShape notice)
    {
        var style = notice.Style;
        return new XElement(P + "sp",
            new XElement(P + "nvSpPr", CNvPr(id, $"Placeholder {id}", notice.Description), new XElement(P + "cNvSpPr"), new XElement(P + "nvPr")),
            new XElement(P + "spPr", Xfrm(A, notice.Box), Geometry(), SolidFill(style.Fill),
                new XElement(A + "ln", new XAttribute("w", "19050"), SolidFill(style.Edge), new XElement(A + "prstDash", new XAttribute("val", "dash")))),
            new XElement(P + "txBody",
                new XElement(A + "bodyPr", new XAttribute("wrap", "square"), new XAttribute("anchor", "ctr"), new XElement(A + "normAutofit")),
                new XElement(A + "lstStyle"),
                new XElement(A + "p", new XElement(A + "pPr", new XAttribute("algn", "ctr")),
                    new XElement(A + "r", new XElement(A + "rPr", new XAttribute("lang", language), new XAttribute("sz", Centipoints(style.SizePoints)), SolidFill(style.TextColor)),
                        new XElement(A + "t", notice.Label)))));
    }

    private XElement TableXml(int id, TableShape table, ISlideRelationships rels)
    {
        var rows = new List<XElement>();
        var rowCount = table.RowHeights.Count;
        for (var r = 0; r < rowCount; r++)
        {
            var cells = new List<XElement>();
            for (var c = 0; c < table.Columns; c++)
            {
                var paragraphs = Paragraphs(table.Cells[r * table.Columns + c], rels);
                cells.Add(new XElement(A + "tc",
                    new XElement(A + "txBody", new XElement(A + "bodyPr"), new XElement(A + "lstStyle"), paragraphs),
                    new XElement(A + "tcPr",
                        new XAttribute("marL", Num(table.CellInsets.Left)), new XAttribute("marR", Num(table.CellInsets.Right)),
                        new XAttribute("marT", Num(table.CellInsets.Top)), new XAttribute("marB", Num(table.CellInsets.Bottom)),
                        Border("lnL", null), Border("lnR", null), Border("lnT", null), Border("lnB", table.RuleColor),
                        SolidFill(table.RowFills[r]))));
            }

            rows.Add(new XElement(A + "tr", new XAttribute("h", Num(table.RowHeights[r])), cells));
        }

        return new XElement(P + "graphicFrame",
            new XElement(P + "nvGraphicFramePr", CNvPr(id, $"Table {id}"),
                new XElement(P + "cNvGraphicFramePr", new XElement(A + "graphicFrameLocks", new XAttribute("noGrp", "1"))),
                new XElement(P + "nvPr")),
            Xfrm(P, table.Box),
            new XElement(A + "graphic", new XElement(A + "graphicData", new XAttribute("uri", "http://schemas.openxmlformats.org/drawingml/2006/table"),
                new XElement(A + "tbl",
                    new XElement(A + "tblPr", new XAttribute("firstRow", table.HasHeader ? "1" : "0"), new XAttribute("bandRow", "1")),
                    new XElement(A + "tblGrid", table.ColumnWidths.Select(w => new XElement(A + "gridCol", new XAttribute("w", Num(w))))),
                    rows))));

        static XElement Border(string name, string? color) =>
            color is null
                ? new XElement(A + name, new XAttribute("w", "0"), new XElement(A + "noFill"))
                : new XElement(A + name, new XAttribute("w", "12700"), SolidFill(color));
    }

    private static XElement CNvPr(int id, string name, string? descr = null) =>
        new(P + "cNvPr", new XAttribute("id", id.ToString(CultureInfo.InvariantCulture)), new XAttribute("name", name),
            string.IsNullOrEmpty(descr) ? null : new XAttribute("descr", descr));

    private static XElement Geometry() => new(A + "prstGeom", new XAttribute("prst", "rect"), new XElement(A + "avLst"));
}
