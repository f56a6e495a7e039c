using System.Globalization;
using System.Xml.Linq;
using SlideBuilder.Layout;
using static SlideBuilder.Output.Pptx.Xml;
using SlideBuilder.Model;

namespace SlideBuilder.Output.Pptx;

/// <summary>The small package parts PowerPoint "repairs" a file without: properties, view, table styles.</summary>
internal static class PackageXml
{
    private static readonly XNamespace Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Ep = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
    private static readonly XNamespace Vt = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";

    /// <summary>Core properties without dates: a timestamp would make every rebuild differ.</summary>
    public static XElement Core(string title, string? author, string? subject, string language) =>
        new(Cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", Cp),
            new XAttribute(XNamespace.Xmlns + "dc", Dc),
            new XElement(Dc + "title", title),
            subject is null ? null : new XElement(Dc + "subject", subject),
            author is null ? null : new XElement(Dc + "creator", author),
            new XElement(Dc + "language", language));

    public static XElement App(int slides, int notes, string title) =>
        new(Ep + "Properties",
            new XAttribute(XNamespace.Xmlns + "vt", Vt),
            new XElement(Ep + "PresentationFormat", "Widescreen"),
            new XElement(Ep + "Slides", slides.ToString(CultureInfo.InvariantCulture)),
            new XElement(Ep + "Notes", notes.ToString(CultureInfo.InvariantCulture)),
            new XElement(Ep + "HiddenSlides", "0"),
            new XElement(Ep + "TitlesOfParts", new XElement(Vt + "vector", new XAttribute("size", "1"), new XAttribute("baseType", "lpstr"),
                new XElement(Vt + "lpstr", title))),
            new XElement(Ep + "Application", "SlideBuilder"),
            new XElement(Ep + "AppVersion", "0.0001"));

    public static XElement PresentationProperties() => Root(P + "presentationPr");

    public static XElement ViewProperties() =>
        Root(P + "viewPr",
            new XElement(P + "normalViewPr",
                new XElement(P + "restoredLeft", new XAttribute("sz", "15620")),
                new XElement(P + "restoredTop", new XAttribute("sz", "94660"))),
            new XElement(P + "gridSpacing", new XAttribute("cx", "76200"), new XAttribute("cy", "76200")));

    public static XElement TableStyles() =>
        new(A + "tblStyleLst", new XAttribute(XNamespace.Xmlns + "a", A), new XAttribute("def", "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"));

    public static XElement Presentation(LaidOutDeck deck, string masterRelId, string notesMasterRelId, IReadOnlyList<string> slideRelIds, XElement? embeddedFonts = null) =>
        Root(P + "presentation", embeddedFonts is null ? null : new XAttribute("embedTrueTypeFonts", "1"), new XAttribute("saveSubsetFonts", "1"),
            new XElement(P + "sldMasterIdLst", new XElement(P + "sldMasterId",
                new XAttribute("id", MasterXml.MasterId.ToString(CultureInfo.InvariantCulture)), new XAttribute(R + "id", masterRelId))),
            new XElement(P + "notesMasterIdLst", new XElement(P + "notesMasterId", new XAttribute(R + "id", notesMasterRelId))),
            new XElement(P + "sldIdLst", slideRelIds.Select((rid, i) =>
                new XElement(P + "sldId", new XAttribute("id", (256 + i).ToString(CultureInfo.InvariantCulture)), new XAttribute(R + "id", rid)))),
            new XElement(P + "sldSz", new XAttribute("cx", Num(deck.SlideWidth)), new XAttribute("cy", Num(deck.SlideHeight))),
            new XElement(P + "notesSz", new XAttribute("cx", Num(Emu.FromInches(7.5))), new XAttribute("cy", Num(Emu.FromInches(10)))),
            embeddedFonts,
            new XElement(P + "defaultTextStyle",
                new XElement(A + "defPPr", new XElement(A + "defRPr", new XAttribute("lang", deck.Info.Language)))));
}
