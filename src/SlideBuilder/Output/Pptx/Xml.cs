using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace SlideBuilder.Output.Pptx;

/// <summary>Namespaces and small helpers for writing PresentationML with LINQ to XML.</summary>
internal static class Xml
{
    public static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    public static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>A root element declaring the a:, r: and p: prefixes once.</summary>
    public static XElement Root(XName name, params object?[] content) =>
        new(name,
            new XAttribute(XNamespace.Xmlns + "a", A),
            new XAttribute(XNamespace.Xmlns + "r", R),
            new XAttribute(XNamespace.Xmlns + "p", P),
            content);

    public static void Feed(OpenXmlPart part, XElement root)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), root).Save(writer);
        }

        stream.Position = 0;
        part.FeedData(stream);
    }

    public static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Hundredths of a point, as <c>sz</c> and <c>a:spcPts</c> want them.</summary>
    public static string Centipoints(double points) => ((long)Math.Round(points * 100)).ToString(CultureInfo.InvariantCulture);

    public static XElement Xfrm(XNamespace ns, Model.Rect box) =>
        new(ns + "xfrm",
            new XElement(A + "off", new XAttribute("x", Num(box.X)), new XAttribute("y", Num(box.Y))),
            new XElement(A + "ext", new XAttribute("cx", Num(box.Width)), new XAttribute("cy", Num(box.Height))));

    public static XElement SolidFill(string rgb) => new(A + "solidFill", new XElement(A + "srgbClr", new XAttribute("val", rgb)));

    public static XElement SchemeFill(string scheme) => new(A + "solidFill", new XElement(A + "schemeClr", new XAttribute("val", scheme)));

    /// <summary>The group properties every shape tree starts with.</summary>
    public static object[] TreeStart() =>
    [
        new XElement(P + "nvGrpSpPr",
            new XElement(P + "cNvPr", new XAttribute("id", "1"), new XAttribute("name", "")),
            new XElement(P + "cNvGrpSpPr"),
            new XElement(P + "nvPr")),
        new XElement(P + "grpSpPr",
            new XElement(A + "xfrm",
                new XElement(A + "off", new XAttribute("x", "0"), new XAttribute("y", "0")),
                new XElement(A + "ext", new XAttribute("cx", "0"), new XAttribute("cy", "0")),
                new XElement(A + "chOff", new XAttribute("x", "0"), new XAttribute("y", "0")),
                new XElement(A + "chExt", new XAttribute("cx", "0"), new XAttribute("cy", "0")))),
    ];

    /// <summary>A placeholder shape as masters and layouts declare it.</summary>
    public static XElement Placeholder(int id, string name, string? type, int? idx, Model.Rect? box, XElement? bodyPr = null, string? size = null, params XElement[] paragraphs)
    {
        var ph = new XElement(P + "ph");
        if (type is not null)
        {
            ph.Add(new XAttribute("type", type));
        }

        if (size is not null)
        {
            ph.Add(new XAttribute("sz", size));
        }

        if (idx is not null)
        {
            ph.Add(new XAttribute("idx", idx.Value.ToString(CultureInfo.InvariantCulture)));
        }

        return new XElement(P + "sp",
            new XElement(P + "nvSpPr",
                new XElement(P + "cNvPr", new XAttribute("id", id.ToString(CultureInfo.InvariantCulture)), new XAttribute("name", name)),
                new XElement(P + "cNvSpPr", new XElement(A + "spLocks", new XAttribute("noGrp", "1"))),
                new XElement(P + "nvPr", ph)),
            new XElement(P + "spPr", box is { } b ? Xfrm(A, b) : null),
            new XElement(P + "txBody",
                bodyPr ?? new XElement(A + "bodyPr"),
                new XElement(A + "lstStyle"),
                paragraphs.Length > 0 ? paragraphs : [new XElement(A + "p", new XElement(A + "endParaRPr", new XAttribute("lang", "en-GB")))]));
    }
}
