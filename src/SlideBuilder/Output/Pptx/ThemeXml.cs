using System.Xml.Linq;
using SlideBuilder.Templates;
using static SlideBuilder.Output.Pptx.Xml;

namespace SlideBuilder.Output.Pptx;

/// <summary>The DrawingML theme part: the template's colours and fonts, plus the required format scheme.</summary>
internal static class ThemeXml
{
    private static readonly string[] ColorOrder = ["dk1", "lt1", "dk2", "lt2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink"];

    public static XElement Build(Theme theme, string name)
    {
        var colors = new XElement(A + "clrScheme", new XAttribute("name", theme.Name),
            ColorOrder.Select(c => new XElement(A + c, new XElement(A + "srgbClr", new XAttribute("val", theme.Color(c))))));

        var fonts = new XElement(A + "fontScheme", new XAttribute("name", theme.Name),
            FontGroup("majorFont", theme.Font("heading").Name),
            FontGroup("minorFont", theme.Font("body").Name));

        return new XElement(A + "theme",
            new XAttribute(XNamespace.Xmlns + "a", A),
            new XAttribute("name", name),
            new XElement(A + "themeElements", colors, fonts, FormatScheme()),
            new XElement(A + "objectDefaults"),
            new XElement(A + "extraClrSchemeLst"));
    }

    private static XElement FontGroup(string element, string latin) =>
        new(A + element,
            new XElement(A + "latin", new XAttribute("typeface", latin)),
            new XElement(A + "ea", new XAttribute("typeface", "")),
            new XElement(A + "cs", new XAttribute("typeface", "")));

    private static XElement FormatScheme()
    {
        XElement Phs() => new(A + "schemeClr", new XAttribute("val", "phClr"));
        XElement Fill() => new(A + "solidFill", Phs());
        XElement Line(int w) => new(A + "ln", new XAttribute("w", w.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new XAttribute("cap", "flat"), new XAttribute("cmpd", "sng"), new XAttribute("algn", "ctr"),
            Fill(), new XElement(A + "prstDash", new XAttribute("val", "solid")), new XElement(A + "miter", new XAttribute("lim", "800000")));
        XElement Effect() => new(A + "effectStyle", new XElement(A + "effectLst"));

        return new XElement(A + "fmtScheme", new XAttribute("name", "SlideBuilder"),
            new XElement(A + "fillStyleLst", Fill(), Fill(), Fill()),
            new XElement(A + "lnStyleLst", Line(6350), Line(12700), Line(19050)),
            new XElement(A + "effectStyleLst", Effect(), Effect(), Effect()),
            new XElement(A + "bgFillStyleLst", Fill(), Fill(), Fill()));
    }
}
