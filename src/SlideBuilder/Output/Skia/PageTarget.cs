using SkiaSharp;

namespace SlideBuilder.Output.Skia;

/// <summary>Where a writer draws its pages: a PDF document, or nowhere (a dry run that only notes the glyphs drawn).</summary>
public interface IPageTarget
{
    SKCanvas BeginPage(float width, float height);

    void EndPage();
}

/// <summary>Pages drawn nowhere.</summary>
public sealed class NoPages : IPageTarget
{
    private SKCanvas? _canvas;

    public SKCanvas BeginPage(float width, float height)
    {
        _canvas = new SKNoDrawCanvas((int)Math.Ceiling(width), (int)Math.Ceiling(height));
        return _canvas;
    }

    public void EndPage()
    {
        _canvas?.Dispose();
        _canvas = null;
    }
}

/// <summary>Pages of a PDF document in memory.</summary>
public sealed class PdfPages(SKDocumentPdfMetadata metadata) : IPageTarget, IDisposable
{
    private readonly MemoryStream _stream = new();
    private SKDocument? _document;

    public SKCanvas BeginPage(float width, float height)
    {
        _document ??= SKDocument.CreatePdf(_stream, metadata);
        return _document.BeginPage(width, height);
    }

    public void EndPage() => _document!.EndPage();

    /// <summary>Closes the document and gives its bytes.</summary>
    public byte[] Finish()
    {
        _document ??= SKDocument.CreatePdf(_stream, metadata);
        _document.Close();
        _document.Dispose();
        _document = null;
        return _stream.ToArray();
    }

    public void Dispose()
    {
        _document?.Dispose();
        _stream.Dispose();
    }
}
