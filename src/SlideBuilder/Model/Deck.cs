using SlideBuilder.Diagnostics;

namespace SlideBuilder.Model;

/// <summary>The closed set of slide layouts every template provides, matched by name.</summary>
public enum SlideLayoutKind { Title, SectionHeader, TitleAndContent, Quotation, PictureFigure, TwoContent, Blank }

public static class SlideLayoutNames
{
    public static string Of(SlideLayoutKind kind) => kind switch
    {
        SlideLayoutKind.Title => "Title",
        SlideLayoutKind.SectionHeader => "Section Header",
        SlideLayoutKind.TitleAndContent => "Title and Content",
        SlideLayoutKind.Quotation => "Quotation",
        SlideLayoutKind.PictureFigure => "Picture/Figure",
        SlideLayoutKind.TwoContent => "Two Content",
        SlideLayoutKind.Blank => "Blank",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}

/// <summary>Something shown in a slide's body. Format-free: no Open XML and no Skia types.</summary>
public abstract record SlideBlock(SourceLocation Source);

public sealed record TextBlock(IReadOnlyList<Paragraph> Paragraphs, SourceLocation Source) : SlideBlock(Source);

/// <summary>
/// A quotation as shown on a slide: the whole of a short one, or the excerpt of a long one, whose
/// paragraphs in full are in <see cref="Full"/> (for notes and the handout's appendix).
/// </summary>
public sealed record QuoteBlock(string Text, string? Attribution, bool IsExcerpt, SourceLocation Source, IReadOnlyList<string>? Full = null) : SlideBlock(Source);

public sealed record CodeBlock(IReadOnlyList<string> Lines, string? Language, SourceLocation Source) : SlideBlock(Source);

public enum CellAlignment { Left, Center, Right }

public sealed record TableBlock(
    IReadOnlyList<IReadOnlyList<Run>> Header,
    IReadOnlyList<IReadOnlyList<IReadOnlyList<Run>>> Rows,
    IReadOnlyList<CellAlignment> Alignments,
    SourceLocation Source) : SlideBlock(Source);

/// <summary>
/// An image; <see cref="Data"/> holds the file's bytes, read once and checked when the notes were read,
/// and is null when the file is missing or unusable (a placeholder is drawn).
/// </summary>
public sealed record PictureBlock(string Reference, string? FilePath, string AltText, int PixelWidth, int PixelHeight, SourceLocation Source)
    : SlideBlock(Source)
{
    public byte[]? Data { get; init; }

    /// <summary>An SVG picture's own text, drawn as vectors in the PDFs; <see cref="Data"/> then holds its PNG rendering.</summary>
    public byte[]? Svg { get; init; }

    /// <summary>The size the notes ask for (pandoc's <c>{width=30%}</c>), if any; never more than the room on the slide.</summary>
    public PictureSize? Requested { get; init; }

    public bool IsMissing => Data is null;

    /// <summary>Why there is no picture, when there is none ("Picture format not supported"); else the file is missing.</summary>
    public string? Problem { get; init; }

    /// <summary>What the placeholder of a missing picture says, the same in the deck and the PDFs.</summary>
    public string PlaceholderText => $"{Problem ?? "Image not found"}: {Reference}" + (AltText.Length > 0 ? $" ({AltText})" : "");
}

/// <summary>
/// A size asked for in the notes: a fraction of the slide's body (<c>50%</c>) or a length in points
/// (<c>300px</c>, <c>2in</c>, <c>5cm</c>); width, height or both.
/// </summary>
public sealed record PictureSize(double? WidthFraction, double? WidthPoints, double? HeightFraction, double? HeightPoints);

/// <summary>Side-by-side columns (pandoc's <c>:::: columns</c>); <see cref="Column.Width"/> is a fraction of the body, if given.</summary>
public sealed record ColumnsBlock(IReadOnlyList<Column> Columns, SourceLocation Source) : SlideBlock(Source);

public sealed record Column(double? Width, IReadOnlyList<SlideBlock> Blocks);

/// <summary>A figure to draw on its own slide; <see cref="Problem"/> says why there is none (a placeholder is drawn).</summary>
public sealed record FigureBlock(Model.FigureSpec? Spec, string? Problem, SourceLocation Source) : SlideBlock(Source);

public sealed record DeckInfo(string Title, string? Subtitle, string? Author, string? Date, string? Event, string Language)
{
    /// <summary>The speaking rate assumed when the notes give none, in words a minute.</summary>
    public const int DefaultPace = 130;

    /// <summary>Speaking rate the timings assume, in words a minute.</summary>
    public int Pace { get; init; } = DefaultPace;

    /// <summary>The talk's planned length in minutes (front matter <c>duration</c>, or the prose preface), if the notes say.</summary>
    public double? PlannedMinutes { get; init; }
}

public sealed record Slide(
    SlideLayoutKind Layout,
    string? Title,
    IReadOnlyList<SlideBlock> Body,
    IReadOnlyList<Paragraph> Notes,
    SourceLocation Source,
    string? Subtitle = null)
{
    /// <summary>A section starts here: a section slide, or the one slide of a section that needs no section slide.</summary>
    public bool OpensSection { get; init; }

    /// <summary>Minutes the speaker will take over this slide: its script at the talk's pace.</summary>
    public double Minutes { get; init; }

    /// <summary>The title with its emphasis, code and links (from a Markdown heading), when it has any.</summary>
    public IReadOnlyList<Run>? TitleRuns { get; init; }

    /// <summary>A title centred on the slide with its text beneath (Marp's <c>lead</c> class, Slidev's <c>layout: center</c>).</summary>
    public bool Centred { get; init; }

    /// <summary>Small text at the foot of the slide (Marp's <c>footer</c>).</summary>
    public string? Footer { get; init; }

    /// <summary>Small text at the top of the slide (Marp's <c>header</c>).</summary>
    public string? Header { get; init; }

    /// <summary>The slide's background colour as six hex digits (Marp's <c>backgroundColor</c>).</summary>
    public string? Background { get; init; }

    /// <summary>A picture filling the slide behind everything (Marp's <c>backgroundImage: url(…)</c>).</summary>
    public PictureBlock? BackgroundPicture { get; init; }

    /// <summary>Whether the slide shows its number (Marp's <c>paginate</c>).</summary>
    public bool Numbered { get; init; } = true;
}

public sealed record Deck(DeckInfo Info, IReadOnlyList<Slide> Slides)
{
    public double Minutes => Slides.Sum(s => s.Minutes);
}
