using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace SlideBuilder.Tests.Support;

/// <summary>
/// The structural rules of shared/design/PITFALLS.md: what makes PowerPoint "repair" a file even
/// when the schema validator is content. Returns every broken rule, so one failure says it all.
/// </summary>
public static class StructureChecks
{
    public static IReadOnlyList<string> Problems(PptxInspector deck)
    {
        var problems = new List<string>();
        var doc = deck.Document;
        var pres = doc.PresentationPart!;

        void Need(bool ok, string what)
        {
            if (!ok)
            {
                problems.Add(what);
            }
        }

        Need(doc.CoreFilePropertiesPart is not null, "core properties missing");
        Need(doc.ExtendedFilePropertiesPart is not null, "app properties missing");
        Need(pres.PresentationPropertiesPart is not null, "presProps missing");
        Need(pres.ViewPropertiesPart is not null, "viewProps missing");
        Need(pres.TableStylesPart is not null, "tableStyles missing");
        Need(pres.ThemePart is not null, "presentation theme missing");
        Need(pres.NotesMasterPart?.ThemePart is not null, "notes master or its theme missing");
        Need(pres.Presentation.NotesMasterIdList?.Elements<P.NotesMasterId>().Count() == 1, "notesMasterIdLst must list one notes master");

        var masterIds = new List<uint>();
        foreach (var masterId in pres.Presentation.SlideMasterIdList!.Elements<P.SlideMasterId>())
        {
            masterIds.Add(masterId.Id!.Value);
            var master = (SlideMasterPart)pres.GetPartById(masterId.RelationshipId!);
            Need(master.ThemePart is not null, "slide master has no theme");
            foreach (var layoutId in master.SlideMaster.SlideLayoutIdList!.Elements<P.SlideLayoutId>())
            {
                masterIds.Add(layoutId.Id!.Value);
                var layout = (SlideLayoutPart)master.GetPartById(layoutId.RelationshipId!);
                Need(layout.SlideMasterPart == master, $"layout {layout.Uri} not related to its master");
            }

            Need(master.SlideLayoutParts.Count() == master.SlideMaster.SlideLayoutIdList.Count(), "a layout part is not listed in sldLayoutIdLst");
        }

        Need(masterIds.All(id => id >= 2147483648u), "master/layout ids must be >= 2147483648");
        Need(masterIds.Distinct().Count() == masterIds.Count, "master/layout ids must be unique");

        foreach (var slideId in pres.Presentation.SlideIdList!.Elements<P.SlideId>())
        {
            Need(slideId.Id!.Value is >= 256 and <= 2147483647, $"sldId {slideId.Id} out of range");
        }

        var parts = new List<OpenXmlPart>();
        parts.AddRange(deck.Slides);
        parts.AddRange(deck.Slides.Select(s => s.NotesSlidePart).OfType<NotesSlidePart>());
        parts.AddRange(pres.SlideMasterParts);
        parts.AddRange(pres.SlideMasterParts.SelectMany(m => m.SlideLayoutParts));
        parts.Add(pres.NotesMasterPart!);

        foreach (var slide in deck.Slides)
        {
            Need(slide.SlideLayoutPart is not null, $"{slide.Uri} has no layout");
            var notes = slide.NotesSlidePart;
            Need(notes is not null, $"{slide.Uri} has no notes page");
            if (notes is not null)
            {
                Need(notes.SlidePart == slide, $"{notes.Uri} not related back to its slide");
                Need(notes.NotesMasterPart == pres.NotesMasterPart, $"{notes.Uri} not related to the notes master");
            }
        }

        foreach (var part in parts)
        {
            var root = part.RootElement!;
            var ids = root.Descendants<P.NonVisualDrawingProperties>().Select(p => p.Id!.Value).ToList();
            Need(ids.Distinct().Count() == ids.Count, $"{part.Uri}: cNvPr ids not unique");
            foreach (var body in root.Descendants().Where(e => e.LocalName == "txBody"))
            {
                Need(body.Elements<A.Paragraph>().Any(), $"{part.Uri}: a txBody without a:p");
            }

            foreach (var attr in root.Descendants().SelectMany(e => e.GetAttributes()).Where(a => a.NamespaceUri == "http://schemas.openxmlformats.org/officeDocument/2006/relationships"))
            {
                var resolves = part.Parts.Any(p => p.RelationshipId == attr.Value)
                    || part.HyperlinkRelationships.Any(h => h.Id == attr.Value)
                    || part.ExternalRelationships.Any(h => h.Id == attr.Value);
                Need(resolves, $"{part.Uri}: r:{attr.LocalName}=\"{attr.Value}\" does not resolve");
            }

            foreach (var ext in root.Descendants<A.Extents>())
            {
                Need(ext.Cx! >= 0 && ext.Cy! >= 0, $"{part.Uri}: negative extent");
            }

            foreach (var off in root.Descendants<A.Offset>())
            {
                Need(off.X! >= 0 && off.Y! >= 0, $"{part.Uri}: negative offset");
            }
        }

        return problems;
    }
}
