using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using SlideBuilder.Layout;
using SlideBuilder.Model;
using SlideBuilder.Templates;
using SlideBuilder.Output.Skia;

namespace SlideBuilder.Output.Pptx;

/// <summary>
/// Writes a laid-out deck as an editable .pptx with the Open XML SDK: a complete skeleton (master,
/// theme, every layout, notes master, properties), one part per slide and notes page, explicit
/// relationship ids, and bytes that depend only on the input.
/// </summary>
public static class PptxWriter
{
    /// <param name="asTemplate">Write a .potx (PowerPoint template) instead of a .pptx.</param>
    /// <param name="fonts">The faces the deck carries (<see cref="FontEmbedding.Plan"/>); none when null.</param>
    public static byte[] Write(LaidOutDeck deck, Theme theme, FigureRenderer figures, bool asTemplate = false, IReadOnlyList<EmbeddedFace>? fonts = null)
    {
        if (theme.Package is { } template)
        {
            return TemplatedPptxWriter.Write(deck, theme, template, figures, fonts ?? []);
        }

        var geo = deck.Geometry;
        using var buffer = new MemoryStream();
        using (var doc = PresentationDocument.Create(buffer, asTemplate ? PresentationDocumentType.Template : PresentationDocumentType.Presentation, autoSave: true))
        {
            doc.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed; // DeterministicZip compresses it, once
            var pres = doc.AddNewPart<PresentationPart>(asTemplate
                ? "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"
                : "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", "rId1");

            // Master, its theme and its layouts.
            var master = pres.AddNewPart<SlideMasterPart>("rId1");
            var theme1 = master.AddNewPart<ThemePart>("rId100");
            Xml.Feed(theme1, ThemeXml.Build(theme, theme.Name));
            var layoutParts = new Dictionary<SlideLayoutKind, SlideLayoutPart>();
            var layoutIds = new List<string>();
            foreach (var (kind, i) in MasterXml.Layouts.Select((k, i) => (k, i)))
            {
                var id = "rId" + (i + 1).ToString(CultureInfo.InvariantCulture);
                var layout = master.AddNewPart<SlideLayoutPart>(id);
                layout.AddPart(master, "rId1");
                Xml.Feed(layout, MasterXml.SlideLayout(kind, geo));
                layoutParts[kind] = layout;
                layoutIds.Add(id);
            }

            Xml.Feed(master, MasterXml.SlideMaster(theme, geo, layoutIds));

            // Notes master with a theme of its own.
            var notesMaster = pres.AddNewPart<NotesMasterPart>("rId2");
            Xml.Feed(notesMaster.AddNewPart<ThemePart>("rId1"), ThemeXml.Build(theme, theme.Name + " notes"));
            Xml.Feed(notesMaster, MasterXml.NotesMaster(theme));

            pres.AddPart(theme1, "rId3");
            Xml.Feed(pres.AddNewPart<PresentationPropertiesPart>("rId4"), PackageXml.PresentationProperties());
            Xml.Feed(pres.AddNewPart<ViewPropertiesPart>("rId5"), PackageXml.ViewProperties());
            Xml.Feed(pres.AddNewPart<TableStylesPart>("rId6"), PackageXml.TableStyles());

            var (slideIds, notesCount) = AddSlides(pres, deck, theme, figures, kind => layoutParts[kind], notesMaster, n => "rId" + (100 + n).ToString(CultureInfo.InvariantCulture));

            var embedded = FontEmbedding.AddParts(pres, fonts ?? [], "rIdFont");
            Xml.Feed(pres, PackageXml.Presentation(deck, "rId1", "rId2", slideIds, embedded));

            var subject = deck.Info.Subtitle ?? deck.Info.Event;
            Xml.Feed(doc.AddNewPart<CoreFilePropertiesPart>("rId2"), PackageXml.Core(deck.Info.Title, deck.Info.Author, subject, deck.Info.Language));
            Xml.Feed(doc.AddNewPart<ExtendedFilePropertiesPart>("rId3"), PackageXml.App(deck.Slides.Count, notesCount, deck.Info.Title));
        }

        return DeterministicZip.Normalize(buffer.ToArray());
    }

    /// <summary>One slide part and notes page per laid-out slide, on the layout each asks for; returns their relationship ids and how many have notes.</summary>
    internal static (List<string> Ids, int NotesCount) AddSlides(PresentationPart pres, LaidOutDeck deck, Theme theme, FigureRenderer figures,
        Func<SlideLayoutKind, SlideLayoutPart> layoutOf, NotesMasterPart notesMaster, Func<int, string> relId)
    {
        var slideIds = new List<string>();
        var notesCount = 0;
        var slideXml = new SlideXml(theme, deck.Info.Language, figures);
        var images = new Dictionary<string, ImagePart>(StringComparer.Ordinal);
        foreach (var slide in deck.Slides)
        {
            var id = relId(slide.Number);
            var part = pres.AddNewPart<SlidePart>(id);
            part.AddPart(layoutOf(slide.Layout), "rId1");
            var rels = new SlideRelationships(part, images);
            Xml.Feed(part, slideXml.Build(slide, rels));

            var notes = part.AddNewPart<NotesSlidePart>("rId2");
            notes.AddPart(notesMaster, "rId1");
            notes.AddPart(part, "rId2");
            Xml.Feed(notes, slideXml.Notes(slide.Notes, new SlideRelationships(notes, images)));
            if (slide.Notes.Count > 0)
            {
                notesCount++;
            }

            slideIds.Add(id);
        }

        return (slideIds, notesCount);
    }

    /// <summary>Hands out relationship ids in the order the slide asks for them; one image part per file.</summary>
    private sealed class SlideRelationships(OpenXmlPartContainer part, Dictionary<string, ImagePart> images) : ISlideRelationships
    {
        private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
        private int _next = 10;

        public string Hyperlink(string url)
        {
            if (_ids.TryGetValue("link:" + url, out var existing))
            {
                return existing;
            }

            var id = NextId();
            var uri = Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? absolute : new Uri(url, UriKind.Relative);
            part.AddHyperlinkRelationship(uri, uri.IsAbsoluteUri, id);
            return _ids["link:" + url] = id;
        }

        public string Image(string path, byte[] data)
        {
            if (_ids.TryGetValue("image:" + path, out var existing))
            {
                return existing;
            }

            var id = NextId();
            var slide = (SlidePart)part;
            if (images.TryGetValue(path, out var shared))
            {
                slide.AddPart(shared, id);
            }
            else
            {
                // The type from the bytes themselves: pictures the reader converted (WebP, SVG, a turned JPEG) are PNG.
                var type = data switch
                {
                    [0xFF, 0xD8, ..] => ImagePartType.Jpeg,
                    [(byte)'G', (byte)'I', (byte)'F', ..] => ImagePartType.Gif,
                    [(byte)'B', (byte)'M', ..] => ImagePartType.Bmp,
                    _ => ImagePartType.Png,
                };
                var image = slide.AddImagePart(type, id);
                using (var stream = new MemoryStream(data, writable: false))
                {
                    image.FeedData(stream);
                }

                images[path] = image;
            }

            return _ids["image:" + path] = id;
        }

        public string Image(byte[] data, string extension)
        {
            var id = NextId();
            var image = ((SlidePart)part).AddImagePart(extension == "svg" ? ImagePartType.Svg : ImagePartType.Png, id);
            using (var stream = new MemoryStream(data))
            {
                image.FeedData(stream);
            }

            return id;
        }

        public string Chart(FigureSpec spec, string singleSeriesColor) => NativeChart.Add((SlidePart)part, NextId(), spec, singleSeriesColor);

        private string NextId() => "rId" + (_next++).ToString(CultureInfo.InvariantCulture);
    }
}
