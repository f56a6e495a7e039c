using System.Globalization;
using System.Xml.Linq;
using SlideBuilder.Layout;
using SlideBuilder.Model;
using SlideBuilder.Templates;
using static SlideBuilder.Output.Pptx.Xml;

namespace SlideBuilder.Output.Pptx;

/// <summary>
/// The slide master, its layouts (one per <see cref="SlideLayoutKind"/>, named as the README lists)
/// and the notes master. Their placeholders carry the same geometry the layouter uses, so a slide
/// the presenter adds in PowerPoint looks like the ones we made.
/// </summary>
internal static class MasterXml
{
    public const uint MasterId = 2147483648;

    public static IReadOnlyList<SlideLayoutKind> Layouts { get; } = Enum.GetValues<SlideLayoutKind>();

    public static XElement SlideMaster(Theme theme, SlideGeometry geo, IReadOnlyList<string> layoutRelIds)
    {
        var sizes = theme.Sizes;
        return Root(P + "sldMaster",
            new XElement(P + "cSld",
                new XElement(P + "bg", new XElement(P + "bgRef", new XAttribute("idx", "1001"), new XElement(A + "schemeClr", new XAttribute("val", "bg1")))),
                new XElement(P + "spTree", TreeStart(),
                    Placeholder(2, "Title Placeholder 1", "title", null, geo.Title, BodyPr("b"), null, Sample("Click to edit the title")),
                    Placeholder(3, "Text Placeholder 2", "body", 1, geo.Body, BodyPr("t"), null, Sample("Click to edit the text")),
                    Placeholder(4, "Slide Number Placeholder 3", "sldNum", 12, geo.SlideNumber, BodyPr("b"), "quarter", SlideNumberField(1)))),
            new XElement(P + "clrMap", ClrMapAttributes()),
            new XElement(P + "sldLayoutIdLst", layoutRelIds.Select((rid, i) =>
                new XElement(P + "sldLayoutId", new XAttribute("id", (MasterId + 1 + (uint)i).ToString(CultureInfo.InvariantCulture)), new XAttribute(R + "id", rid)))),
            new XElement(P + "txStyles",
                new XElement(P + "titleStyle", Level(1, theme, sizes.Title, "tx2", bold: true, bullet: false, lineSpacing: 1.1)),
                new XElement(P + "bodyStyle",
                    Level(1, theme, sizes.BodyAt(0), "tx1", bullet: true),
                    Level(2, theme, sizes.BodyAt(1), "tx1", bullet: true),
                    Level(3, theme, sizes.BodyAt(2), "tx1", bullet: true)),
                new XElement(P + "otherStyle", Level(1, theme, 18, "tx1", bullet: false))));
    }

    public static XElement SlideLayout(SlideLayoutKind kind, SlideGeometry geo)
    {
        var shapes = new List<XElement>();
        var title = Placeholder(2, "Title 1", "title", null, geo.Title, BodyPr("b"));
        switch (kind)
        {
            case SlideLayoutKind.Title:
                shapes.Add(Placeholder(2, "Title 1", "ctrTitle", null, geo.TitleSlideTitle, BodyPr("b")));
                shapes.Add(Placeholder(3, "Subtitle 2", "subTitle", 1, geo.TitleSlideSubtitle, BodyPr("t")));
                break;
            case SlideLayoutKind.SectionHeader:
                shapes.Add(Placeholder(2, "Title 1", "title", null, geo.SectionTitle, BodyPr("ctr")));
                break;
            case SlideLayoutKind.TitleAndContent:
                shapes.Add(title);
                shapes.Add(Placeholder(3, "Content Placeholder 2", null, 1, geo.Body, BodyPr("t", autofit: true)));
                break;
            case SlideLayoutKind.Quotation:
                shapes.Add(title);
                shapes.Add(Placeholder(3, "Quotation 2", "body", 1, geo.QuoteText, BodyPr("t", autofit: true)));
                break;
            case SlideLayoutKind.PictureFigure:
                shapes.Add(title);
                shapes.Add(Placeholder(3, "Picture Placeholder 2", "pic", 1, geo.Body, BodyPr("t")));
                break;
            case SlideLayoutKind.TwoContent:
                var (left, right) = SlideGeometry.TwoContent(geo.Body);
                shapes.Add(title);
                shapes.Add(Placeholder(3, "Content Placeholder 2", null, 1, left, BodyPr("t", autofit: true)));
                shapes.Add(Placeholder(4, "Content Placeholder 3", null, 2, right, BodyPr("t", autofit: true)));
                break;
            case SlideLayoutKind.Blank:
                break;
        }

        if (kind != SlideLayoutKind.Title)
        {
            shapes.Add(Placeholder(9, "Slide Number Placeholder 8", "sldNum", 12, null, null, "quarter", SlideNumberField(1)));
        }

        var type = kind switch
        {
            SlideLayoutKind.Title => "title",
            SlideLayoutKind.SectionHeader => "secHead",
            SlideLayoutKind.TitleAndContent => "obj",
            SlideLayoutKind.TwoContent => "twoObj",
            SlideLayoutKind.Blank => "blank",
            SlideLayoutKind.PictureFigure => "picTx",
            _ => "cust",
        };

        return Root(P + "sldLayout", new XAttribute("type", type), new XAttribute("preserve", "1"),
            new XElement(P + "cSld", new XAttribute("name", SlideLayoutNames.Of(kind)), new XElement(P + "spTree", TreeStart(), shapes)),
            new XElement(P + "clrMapOvr", new XElement(A + "masterClrMapping")));
    }

    public static XElement NotesMaster(Theme theme)
    {
        // Portrait notes page, 7.5 x 10 inches: the slide picture above, the notes below.
        var width = Emu.FromInches(7.5);
        var image = new Rect(Emu.FromInches(0.75), Emu.FromInches(0.75), width - Emu.FromInches(1.5), (long)((width - Emu.FromInches(1.5)) * 9.0 / 16));
        var body = new Rect(Emu.FromInches(0.75), image.Bottom + Emu.FromInches(0.35), width - Emu.FromInches(1.5), Emu.FromInches(10) - image.Bottom - Emu.FromInches(1.1));
        return Root(P + "notesMaster",
            new XElement(P + "cSld",
                new XElement(P + "bg", new XElement(P + "bgRef", new XAttribute("idx", "1001"), new XElement(A + "schemeClr", new XAttribute("val", "bg1")))),
                new XElement(P + "spTree", TreeStart(),
                    new XElement(P + "sp",
                        new XElement(P + "nvSpPr",
                            new XElement(P + "cNvPr", new XAttribute("id", "2"), new XAttribute("name", "Slide Image Placeholder 1")),
                            new XElement(P + "cNvSpPr", new XElement(A + "spLocks", new XAttribute("noGrp", "1"), new XAttribute("noRot", "1"), new XAttribute("noChangeAspect", "1"))),
                            new XElement(P + "nvPr", new XElement(P + "ph", new XAttribute("type", "sldImg"), new XAttribute("idx", "2")))),
                        new XElement(P + "spPr", Xfrm(A, image),
                            new XElement(A + "prstGeom", new XAttribute("prst", "rect"), new XElement(A + "avLst")),
                            new XElement(A + "noFill"),
                            new XElement(A + "ln", new XAttribute("w", "12700"), SolidFill("808080")))),
                    Placeholder(3, "Notes Placeholder 2", "body", 3, body, BodyPr("t"), "quarter", Sample("Click to edit the notes")))),
            new XElement(P + "clrMap", ClrMapAttributes()),
            new XElement(P + "notesStyle", Level(1, theme, theme.Sizes.Notes, "tx1", bullet: false, lineSpacing: 1.2)));
    }

    private static XElement BodyPr(string anchor, bool autofit = false) =>
        new(A + "bodyPr", new XAttribute("anchor", anchor), autofit ? new XElement(A + "normAutofit") : null);

    private static XElement Sample(string text) =>
        new(A + "p", new XElement(A + "r", new XElement(A + "rPr", new XAttribute("lang", "en-GB")), new XElement(A + "t", text)));

    /// <summary>A slide-number field. Its id is a fixed GUID so the bytes never change from run to run.</summary>
    public static XElement SlideNumberField(int number, params object[] rPrContent) =>
        new(A + "p", new XElement(A + "pPr", new XAttribute("algn", "r")),
            new XElement(A + "fld", new XAttribute("id", "{5A1D0B57-5B0C-4B7E-9C11-0D5D2D9A7A01}"), new XAttribute("type", "slidenum"),
                new XElement(A + "rPr", new XAttribute("lang", "en-GB"), rPrContent),
                new XElement(A + "t", number.ToString(CultureInfo.InvariantCulture))));

    private static object[] ClrMapAttributes() =>
    [
        new XAttribute("bg1", "lt1"), new XAttribute("tx1", "dk1"), new XAttribute("bg2", "lt2"), new XAttribute("tx2", "dk2"),
        new XAttribute("accent1", "accent1"), new XAttribute("accent2", "accent2"), new XAttribute("accent3", "accent3"),
        new XAttribute("accent4", "accent4"), new XAttribute("accent5", "accent5"), new XAttribute("accent6", "accent6"),
        new XAttribute("hlink", "hlink"), new XAttribute("folHlink", "folHlink"),
    ];

    /// <summary>A master text level: for body text, the same list level, indents and bullet the layouter gives slides.</summary>
    private static XElement Level(int level, Theme theme, double size, string color, bool bold = false, bool bullet = true, double lineSpacing = 1.2)
    {
        var style = theme.Level(level - 1);
        var (marL, indent) = bullet ? ParagraphStyler.ListIndents(style, level - 1, size) : (0, 0);
        var mark = bullet && style.Mark.Length > 0;
        return new XElement(A + $"lvl{level}pPr",
            new XAttribute("marL", Num(marL)), new XAttribute("indent", Num(indent)), new XAttribute("algn", "l"),
            // PowerPoint's percentage is of a single line, about 1.2 of the size: our 1.2 is its 100%.
            new XElement(A + "lnSpc", new XElement(A + "spcPct", new XAttribute("val", ((int)Math.Round((bullet ? style.LineSpacing ?? lineSpacing : lineSpacing) / 1.2 * 100000)).ToString(CultureInfo.InvariantCulture)))),
            new XElement(A + "spcBef", new XElement(A + "spcPts", new XAttribute("val", Centipoints(size * (bullet ? style.SpaceBefore ?? 0.5 : 0.5))))),
            mark
                ? new object?[]
                {
                    style.BulletColor == ListLevel.TextColor ? null : new XElement(A + "buClr", new XElement(A + "srgbClr", new XAttribute("val", style.MarkColor(theme, "000000")))),
                    new XElement(A + "buFont", new XAttribute("typeface", style.BulletFont ?? theme.Font("body").Name)),
                    new XElement(A + "buChar", new XAttribute("char", style.Mark)),
                }
                : new XElement(A + "buNone"),
            new XElement(A + "defRPr", new XAttribute("sz", Centipoints(size)), bold ? new XAttribute("b", "1") : null,
                new XElement(A + "solidFill", new XElement(A + "schemeClr", new XAttribute("val", color))),
                new XElement(A + "latin", new XAttribute("typeface", bold ? "+mj-lt" : "+mn-lt"))));
    }
}
