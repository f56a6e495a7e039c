using SlideBuilder.Model;
using SlideBuilder.Templates;

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

    /// <summary>The bullet or number before the first line, as the layout decided it; null when the paragraph has none.</summary>
    public ParagraphMarker? Marker { get; init; }

    /// <summary>Whether the paragraph runs right to left (Hebrew, Arabic): it starts at the right and its indents are from the right.</summary>
    public bool RightToLeft { get; init; }

    /// <summary>The colour of the paragraph's link runs.</summary>
    public string LinkColor { get; init; } = "0563C1";

    /// <summary>The text as written (a template's capitals are a style, not the text).</summary>
    public IReadOnlyList<Run> Runs => Source.Runs;

    /// <summary>The list level (0 is the top), which the template's list level styles are chosen by.</summary>
    public int Level => Source.Level;

    /// <summary>The click on which the paragraph appears (0: with the slide).</summary>
    public int Step => Source.Step;

    public bool HasBullet => Marker is not null;
    public double HeightPoints => SpaceBeforePoints + Lines.Count * LineSpacingPoints;
}

/// <summary>
/// A paragraph's bullet or number: <see cref="Text"/> is what is drawn ("•", "–", "3."); a numbered list also
/// gives the number it starts at, so the deck numbers it itself and stays editable.
/// </summary>
public sealed record ParagraphMarker(string Text, string Color, string Typeface, int? NumberStart = null);

/// <summary>The space between a box's edges and its text, in EMU.</summary>
public readonly record struct Insets(long Left, long Top, long Right, long Bottom)
{
    public static Insets Standard => new(SlideGeometry.InsetX, SlideGeometry.InsetY, SlideGeometry.InsetX, SlideGeometry.InsetY);
}

/// <summary>The placeholder of the slide's layout a text shape fills (its type and index), so the deck stays re-layoutable.</summary>
public sealed record PlaceholderSlot(string? Type, uint? Index, string? Size = null);

/// <summary>One measured line: where its text starts and ends in the paragraph's runs, and its width.</summary>
public sealed record MeasuredLine(IReadOnlyList<Run> Runs, double WidthPoints);

public abstract record LaidOutShape(Rect Box);

public sealed record TextShape(
    Rect Box,
    TextRole Role,
    IReadOnlyList<LaidOutParagraph> Paragraphs,
    VerticalAnchor Anchor = VerticalAnchor.Top,
    string? Fill = null,
    string? Outline = null) : LaidOutShape(Box)
{
    /// <summary>The layout placeholder the text goes into; null for a free text box.</summary>
    public PlaceholderSlot? Slot { get; init; }

    public Insets Insets { get; init; } = Insets.Standard;
}

public sealed record TableShape(
    Rect Box,
    IReadOnlyList<long> ColumnWidths,
    IReadOnlyList<long> RowHeights,
    IReadOnlyList<IReadOnlyList<LaidOutParagraph>> Cells,
    int Columns,
    bool HasHeader) : LaidOutShape(Box)
{
    /// <summary>Each row's fill: the header's, then the bands.</summary>
    public required IReadOnlyList<string> RowFills { get; init; }

    /// <summary>The rule under each row.</summary>
    public required string RuleColor { get; init; }

    public Insets CellInsets { get; init; } = Insets.Standard;
}

/// <summary>
/// A dashed box standing where something could not be shown (a picture not found, a figure not drawn):
/// its label on the slide, its description for screen readers.
/// </summary>
public sealed record NoticeShape(Rect Box, string Label, string Description, NoticeStyle Style) : LaidOutShape(Box);

/// <summary>How a notice box looks; the deck carries one, also for a picture found unreadable only when drawn.</summary>
public sealed record NoticeStyle(string Fill, string Edge, string TextColor, double SizePoints, string FontRole);

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
    SlideOrigin Origin)
{
    /// <summary>The slide's background colour (RRGGBB): the template's, or its layout's.</summary>
    public required string Background { get; init; }

    /// <summary>
    /// What the template's master and layout show behind this slide. The PPTX inherits it from the layout;
    /// the PDFs and previews draw it first.
    /// </summary>
    public IReadOnlyList<Templates.TemplateArt> Backdrop { get; init; } = [];
}

/// <summary>
/// The planned slide a laid-out slide comes from: a slide too full for one page is laid out on several, each
/// with the same origin. The handout's contents, timings and quotations appendix read it.
/// </summary>
public sealed record SlideOrigin(int Index, string? Title, double Minutes, IReadOnlyList<QuotationInFull> Quotations);

/// <summary>A long quotation the slide shows an excerpt of: every paragraph of it, and who said it.</summary>
public sealed record QuotationInFull(IReadOnlyList<string> Paragraphs, string? Attribution);

/// <summary>The deck after measuring: every shape has its final box, sizes, lines, markers and colours.</summary>
public sealed record LaidOutDeck(DeckInfo Info, long SlideWidth, long SlideHeight, IReadOnlyList<LaidOutSlide> Slides)
{
    /// <summary>The talk's speaking time: each planned slide once, however many pages it was laid out on.</summary>
    public double Minutes => Slides.DistinctBy(s => s.Origin.Index).Sum(s => s.Origin.Minutes);

    /// <summary>How a notice box looks (for pictures found unreadable when drawn).</summary>
    public required NoticeStyle Notice { get; init; }

    /// <summary>The boxes the deck was laid out in: the PPTX writer gives its own master's layouts the same ones.</summary>
    public required SlideGeometry Geometry { get; init; }
}
