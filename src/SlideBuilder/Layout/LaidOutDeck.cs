using SlideBuilder.Model;

namespace SlideBuilder.Layout;

public enum TextAlign { Left, Center, Right }

public enum VerticalAnchor { Top, Middle, Bottom }

/// <summary>What a text shape is for; writers map it to a placeholder or a plain text box.</summary>
public enum TextRole { Title, Subtitle, Byline, Body, Quote, Attribution, Code, SlideNumber, Placeholder }

/// <summary>A paragraph with everything the writers need: sizes, spacing, indents and the measured lines.</summary>
public sealed record LaidOutParagraph(
    Paragraph Source,
    string FontRole,
    double SizePoints,
    double LineSpacingPoints,
    double SpaceBeforePoints,
    long MarginLeft,
    long Indent,
    TextAlign Align,
    RunStyle ExtraStyle,
    string Color,
    IReadOnlyList<MeasuredLine> Lines)
{
    /// <summary>
    /// The lines as PowerPoint and LibreOffice break them (<see cref="TextMeasurer.DisplaySlack"/>): what the Skia
    /// renderer draws on slides. Never more lines than <see cref="Lines"/>, which decide the fit.
    /// </summary>
    public IReadOnlyList<MeasuredLine>? DisplayLines { get; init; }

    public bool HasBullet => Source.Kind is ParagraphKind.Bullet or ParagraphKind.Numbered;
    public double HeightPoints => SpaceBeforePoints + Lines.Count * LineSpacingPoints;
}

/// <summary>One measured line: where its text starts and ends in the paragraph's runs, and its width.</summary>
public sealed record MeasuredLine(IReadOnlyList<Run> Runs, double WidthPoints);

public abstract record LaidOutShape(Rect Box);

public sealed record TextShape(
    Rect Box,
    TextRole Role,
    IReadOnlyList<LaidOutParagraph> Paragraphs,
    VerticalAnchor Anchor = VerticalAnchor.Top,
    string? Fill = null,
    string? Outline = null) : LaidOutShape(Box);

public sealed record TableShape(
    Rect Box,
    IReadOnlyList<long> ColumnWidths,
    IReadOnlyList<long> RowHeights,
    IReadOnlyList<IReadOnlyList<LaidOutParagraph>> Cells,
    int Columns,
    bool HasHeader) : LaidOutShape(Box);

public sealed record PictureShape(Rect Box, PictureBlock Picture) : LaidOutShape(Box);

/// <summary>A figure drawn by the figure renderer into its box (SVG and PNG in the deck, vectors in PDFs).</summary>
public sealed record FigureShape(Rect Box, FigureBlock Figure) : LaidOutShape(Box);

/// <summary>A filled rectangle used as decoration (accent rule, title band).</summary>
public sealed record DecorationShape(Rect Box, string Fill) : LaidOutShape(Box);

public sealed record LaidOutSlide(
    int Number,
    SlideLayoutKind Layout,
    string? Title,
    IReadOnlyList<LaidOutShape> Shapes,
    IReadOnlyList<Paragraph> Notes,
    Model.Slide Source)
{
    /// <summary>The slide's background colour (RRGGBB); a PowerPoint template's layout decides it.</summary>
    public string? Background { get; init; }

    /// <summary>
    /// What the template's master and layout show behind this slide. The PPTX inherits it from the layout;
    /// the PDFs and previews draw it first.
    /// </summary>
    public IReadOnlyList<Templates.TemplateArt> Backdrop { get; init; } = [];
}

/// <summary>The deck after measuring: every shape has its final box and font sizes.</summary>
public sealed record LaidOutDeck(DeckInfo Info, long SlideWidth, long SlideHeight, IReadOnlyList<LaidOutSlide> Slides)
{
    /// <summary>The talk's speaking time: each planned slide once, however many pages it was laid out on.</summary>
    public double Minutes => Slides.Select(s => s.Source).Distinct(ReferenceEqualityComparer.Instance).Cast<Model.Slide>().Sum(s => s.Minutes);
}
