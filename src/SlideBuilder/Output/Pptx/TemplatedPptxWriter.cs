using System.Globalization;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using SlideBuilder.Layout;
using SlideBuilder.Templates;
using P = DocumentFormat.OpenXml.Presentation;
using SlideBuilder.Output.Skia;

namespace SlideBuilder.Output.Pptx;

/// <summary>
/// Writes the deck inside a copy of the user's PowerPoint template: its theme, masters, layouts,
/// backgrounds, pictures and slide size stay as they are; its own slides (and the sections and
/// custom shows that list them) are dropped; our slides go on the layouts <see cref="LayoutMatcher"/>
/// chose. A .potx becomes a .pptx.
/// </summary>
internal static class TemplatedPptxWriter
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>PowerPoint 2010's list of sections, which names slides by id.</summary>
    private const string SectionListUri = "{521415D9-36F7-43E2-AB2F-B90AF26B5E84}";

    public static byte[] Write(LaidOutDeck deck, Theme theme, PptxTemplate template, FigureRenderer figures, IReadOnlyList<EmbeddedFace> fonts)
    {
        using var buffer = new MemoryStream();
        buffer.Write(template.Bytes);
        buffer.Position = 0;
        using (var doc = PresentationDocument.Open(buffer, true))
        {
            doc.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed; // DeterministicZip compresses it, once
            if (doc.DocumentType != PresentationDocumentType.Presentation)
            {
                doc.ChangeDocumentType(PresentationDocumentType.Presentation);
            }

            var pres = doc.PresentationPart!;
            var presentation = pres.Presentation;
            foreach (var id in presentation.SlideIdList?.Elements<P.SlideId>().ToList() ?? [])
            {
                if (id.RelationshipId?.Value is { } rid && pres.TryGetPartById(rid, out var old))
                {
                    pres.DeletePart(old);
                }
            }

            presentation.SlideIdList?.RemoveAllChildren();

            // The outline view lists slides too, and would keep the template's alive as orphans; the thumbnail shows its first one.
            if (pres.ViewPropertiesPart is { } view)
            {
                // Under the template's own relationship id: a new part would get a random one, and the deck's bytes would vary.
                var id = pres.GetIdOfPart(view);
                pres.DeletePart(view);
                Xml.Feed(pres.AddNewPart<ViewPropertiesPart>(id), PackageXml.ViewProperties());
            }

            if (doc.ThumbnailPart is { } thumbnail)
            {
                doc.DeletePart(thumbnail);
            }

            foreach (var orphan in pres.SlideParts.ToList())
            {
                pres.DeletePart(orphan);
            }
            presentation.CustomShowList?.Remove();
            foreach (var ext in presentation.PresentationExtensionList?.Elements<P.PresentationExtension>().Where(e => e.Uri == SectionListUri).ToList() ?? [])
            {
                ext.Remove();
            }

            foreach (var master in pres.SlideMasterParts)
            {
                DropEmbeddedObjects(master, master.SlideMaster);
                foreach (var layout in master.SlideLayoutParts)
                {
                    DropEmbeddedObjects(layout, layout.SlideLayout);
                }
            }

            var notesMaster = pres.NotesMasterPart ?? AddNotesMaster(pres, theme);
            var layouts = pres.SlideMasterParts.SelectMany(m => m.SlideLayoutParts).ToDictionary(l => l.Uri, l => l);
            var (ids, notesCount) = PptxWriter.AddSlides(pres, deck, theme, figures, kind => layouts[theme.LayoutMap![kind].Part], notesMaster,
                n => "sbSlide" + n.ToString(CultureInfo.InvariantCulture));

            presentation.SlideIdList ??= new P.SlideIdList();
            presentation.SlideIdList.RemoveAllChildren();
            for (var i = 0; i < ids.Count; i++)
            {
                presentation.SlideIdList.Append(new P.SlideId { Id = (uint)(256 + i), RelationshipId = ids[i] });
            }

            // The list belongs after the masters and notes masters, where the template had it or where it goes.
            if (presentation.SlideIdList.Parent is null)
            {
                presentation.InsertAfter(presentation.SlideIdList, (DocumentFormat.OpenXml.OpenXmlElement?)presentation.NotesMasterIdList ?? presentation.SlideMasterIdList);
            }

            // The deck's fonts beside any the template carries already (its own are kept as they are).
            var carried = presentation.EmbeddedFontList?.Elements<P.EmbeddedFont>().Select(f => f.Font?.Typeface?.Value).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
            if (FontEmbedding.AddParts(pres, [.. fonts.Where(f => !carried.Contains(f.Typeface))], "sbFont") is { } list)
            {
                var ours = new P.EmbeddedFontList(list.ToString(SaveOptions.DisableFormatting));
                if (presentation.EmbeddedFontList is { } theirs)
                {
                    foreach (var font in ours.Elements<P.EmbeddedFont>().ToList())
                    {
                        theirs.Append(font.CloneNode(true));
                    }
                }
                else
                {
                    // After the notes size and any smart tags: the schema's order.
                    presentation.InsertAfter(ours, presentation.ChildElements.FirstOrDefault(e => e.LocalName == "smartTags") ?? (OpenXmlElement?)presentation.NotesSize ?? presentation.SlideSize);
                }

                presentation.EmbedTrueTypeFonts = true;
                presentation.SaveSubsetFonts = true;
            }

            presentation.Save();

            var subject = deck.Info.Subtitle ?? deck.Info.Event;
            Xml.Feed(doc.CoreFilePropertiesPart ?? doc.AddCoreFilePropertiesPart(), PackageXml.Core(deck.Info.Title, deck.Info.Author, subject, deck.Info.Language));
            Xml.Feed(doc.ExtendedFilePropertiesPart ?? doc.AddExtendedFilePropertiesPart(), PackageXml.App(deck.Slides.Count, notesCount, deck.Info.Title));
        }

        return DeterministicZip.Normalize(buffer.ToArray());
    }

    /// <summary>Removes a master's or layout's OLE objects and the parts they point to (the object and its preview picture).</summary>
    private static void DropEmbeddedObjects(OpenXmlPart part, OpenXmlPartRootElement root)
    {
        var frames = PptxTemplate.OleFrames(root);
        if (frames.Count == 0)
        {
            return;
        }

        foreach (var frame in frames)
        {
            // PowerPoint wraps an object in a choice between it and a picture of it: the whole choice goes.
            var target = (OpenXmlElement?)frame.Ancestors<AlternateContent>().FirstOrDefault() ?? frame;
            if (target.Parent is null)
            {
                continue; // gone with an earlier frame's choice
            }

            var ids = target.Descendants().SelectMany(e => e.GetAttributes()).Where(a => a.NamespaceUri == RelationshipsNamespace).Select(a => a.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
            target.Remove();

            // A part the rest of the layout still refers to (a picture shared by id) stays.
            var stillUsed = root.Descendants().SelectMany(e => e.GetAttributes()).Where(a => a.NamespaceUri == RelationshipsNamespace).Select(a => a.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var id in ids.Where(id => !stillUsed.Contains(id)))
            {
                if (part.TryGetPartById(id, out var child))
                {
                    part.DeletePart(child);
                }
            }
        }

        root.Save();
    }

    /// <summary>A template without a notes master (rare) gets ours, with a theme of its own.</summary>
    private static NotesMasterPart AddNotesMaster(PresentationPart pres, Theme theme)
    {
        var part = pres.AddNewPart<NotesMasterPart>("sbNotesMaster");
        Xml.Feed(part.AddNewPart<ThemePart>("rId1"), ThemeXml.Build(theme, theme.Name + " notes"));
        Xml.Feed(part, MasterXml.NotesMaster(theme));
        var list = pres.Presentation.NotesMasterIdList ?? pres.Presentation.InsertAfter(new P.NotesMasterIdList(), pres.Presentation.SlideMasterIdList);
        list.RemoveAllChildren();
        list.Append(new P.NotesMasterId { Id = "sbNotesMaster" });
        return part;
    }
}
