using SkiaSharp;
using SlideBuilder.Model;

namespace SlideBuilder.Output.Pdf;

internal static class PdfMetadata
{
    /// <summary>
    /// Title, author and subject; no creation or modification date and no PDF/A (Skia writes a
    /// time-based id for it): the same notes must give the same bytes.
    /// </summary>
    public static SKDocumentPdfMetadata For(DeckInfo info, string? subjectSuffix = null) => new()
    {
        Title = info.Title,
        Author = info.Author ?? "",
        Subject = (info.Subtitle ?? info.Event ?? "") + (subjectSuffix is null ? "" : (info.Subtitle ?? info.Event) is null ? subjectSuffix : " · " + subjectSuffix),
        Creator = "SlideBuilder",
        Producer = "SlideBuilder",
        RasterDpi = 300,
        EncodingQuality = 101,
        PdfA = false,
    };
}
