using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace SlideBuilder.Tests.Support;

/// <summary>Reads a produced deck back with the Open XML SDK, independent of how it was written.</summary>
public sealed class PptxInspector : IDisposable
{
    private readonly PresentationDocument _doc;

    public PptxInspector(string path)
    {
        Path = path;
        _doc = PresentationDocument.Open(path, false);
        var pres = _doc.PresentationPart!;
        Slides = pres.Presentation.SlideIdList!.Elements<P.SlideId>()
            .Select(id => (SlidePart)pres.GetPartById(id.RelationshipId!))
            .ToList();
    }

    public string Path { get; }
    public PresentationDocument Document => _doc;
    public IReadOnlyList<SlidePart> Slides { get; }

    public string? Title(int index) =>
        Slides[index].Slide.Descendants<P.Shape>()
            .FirstOrDefault(s => s.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape?.Type?.Value
                is { } t && (t == P.PlaceholderValues.Title || t == P.PlaceholderValues.CenteredTitle))
            is { } shape ? string.Concat(shape.Descendants<A.Text>().Select(t => t.Text)) : null;

    public IReadOnlyList<string?> Titles => Enumerable.Range(0, Slides.Count).Select(Title).ToList();

    /// <summary>All text on a slide, paragraphs joined by newlines.</summary>
    public string SlideText(int index) =>
        string.Join("\n", Slides[index].Slide.Descendants<A.Paragraph>().Select(p => string.Concat(p.Descendants<A.Text>().Select(t => t.Text))));

    public string NotesText(int index) =>
        Slides[index].NotesSlidePart is { } notes
            ? string.Join("\n", notes.NotesSlide.Descendants<A.Paragraph>().Select(p => string.Concat(p.Descendants<A.Text>().Select(t => t.Text))))
            : "";

    public string LayoutName(int index) => Slides[index].SlideLayoutPart!.SlideLayout.CommonSlideData!.Name!.Value!;

    public IReadOnlyList<string> ValidationErrors()
    {
        var validator = new OpenXmlValidator(FileFormatVersions.Microsoft365);
        return validator.Validate(_doc).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
    }

    public void Dispose() => _doc.Dispose();
}
