using SkiaSharp;
using SlideBuilder.Layout;
using SlideBuilder.Model;
using SlideBuilder.Templates;

namespace SlideBuilder.Output.Skia;

/// <summary>
/// Draws a laid-out slide onto any <see cref="SKCanvas"/> in points (a 16:9 slide is 960 × 540):
/// the same boxes, sizes and measured lines the PPTX writer used, so the PDF pages and PNG
/// previews look like the deck. Link runs become clickable URL annotations on PDF canvases.
/// </summary>
public sealed class SlideRenderer(TextPainter painter, Theme theme, FigureRenderer figures)
{
    private readonly FontSet fonts = painter.Fonts;

    private readonly Dictionary<string, SKImage?> _images = new(StringComparer.Ordinal);
    private readonly BackdropPainter _backdrop = new(painter);

    public FontSet Fonts => fonts;

    /// <summary>Draws every text of the pages: slides, and the handout around them.</summary>
    public TextPainter Painter => painter;
    public Theme Theme => theme;

    public static float Points(long emu) => (float)Emu.ToPoints(emu);

    /// <param name="deckNotice">How the deck shows a picture that cannot be decoded here.</param>
    public void Draw(SKCanvas canvas, LaidOutSlide slide, float widthPoints, float heightPoints, NoticeStyle deckNotice)
    {
        using (var background = new SKPaint { Color = SKColor.Parse(slide.Background) })
        {
            canvas.DrawRect(0, 0, widthPoints, heightPoints, background);
        }

        _backdrop.Draw(canvas, slide.Backdrop, widthPoints, heightPoints);

        foreach (var shape in slide.Shapes)
        {
            switch (shape)
            {
                case DecorationShape deco:
                    using (var fill = new SKPaint { Color = SKColor.Parse(deco.Fill), IsAntialias = true })
                    {
                        canvas.DrawRect(Rect(deco.Box), fill);
                    }

                    break;
                case TextShape text:
                    DrawText(canvas, text);
                    break;
                case TableShape table:
                    DrawTable(canvas, table);
                    break;
                case NoticeShape notice:
                    DrawNotice(canvas, notice.Box, notice.Label, notice.Style);
                    break;
                case PictureShape picture:
                    DrawPicture(canvas, picture, notice: deckNotice);
                    break;
                case FigureShape { Figure.Spec: { } spec } figure:
                    canvas.Save();
                    canvas.Translate(Points(figure.Box.X), Points(figure.Box.Y));
                    figures.Draw(canvas, spec, Points(figure.Box.Width), Points(figure.Box.Height));
                    canvas.Restore();
                    break;
            }
        }
    }

    private static SKRect Rect(Rect r) => SKRect.Create(Points(r.X), Points(r.Y), Points(r.Width), Points(r.Height));

    private void DrawText(SKCanvas canvas, TextShape shape)
    {
        var box = Rect(shape.Box);
        if (shape.Fill is { } fillColor)
        {
            using var fill = new SKPaint { Color = SKColor.Parse(fillColor) };
            canvas.DrawRect(box, fill);
        }

        var insets = shape.Insets;
        var insetY = Points(insets.Top);
        var height = (float)shape.Paragraphs.Sum(p => p.SpaceBeforePoints + (p.DisplayLines ?? p.Lines).Count * p.LineSpacingPoints);
        var y = shape.Anchor switch
        {
            VerticalAnchor.Middle => box.Top + (box.Height - height) / 2,
            VerticalAnchor.Bottom => box.Bottom - Points(insets.Bottom) - height,
            _ => box.Top + insetY,
        };
        DrawParagraphs(canvas, shape.Paragraphs, box.Left + Points(insets.Left), box.Width - (Points(insets.Left) + Points(insets.Right)), y, displayLines: true);
    }

    /// <summary>Draws measured paragraphs from <paramref name="top"/>; returns where they end.</summary>
    /// <param name="displayLines">Slides: draw the lines as PowerPoint breaks them; handout text: the lines as measured (and split).</param>
    public float DrawParagraphs(SKCanvas canvas, IReadOnlyList<LaidOutParagraph> paragraphs, float left, float width, float top, bool displayLines = false)
    {
        var y = top;
        foreach (var p in paragraphs)
        {
            y += (float)p.SpaceBeforePoints;
            var lines = displayLines ? p.DisplayLines ?? p.Lines : p.Lines;
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                var lineHeight = (float)p.LineSpacingPoints;
                using var font = Font(p.FontRole, p.ExtraStyle, p.SizePoints);
                var metrics = font.Metrics;
                var baseline = y + (lineHeight - metrics.Ascent - metrics.Descent) / 2; // the glyph box centred in the line
                var textLeft = left + Points(p.MarginLeft);
                var rtl = p.RightToLeft;
                var textRight = left + width - (rtl ? Points(p.MarginLeft) : 0); // a right-to-left paragraph is indented from the right
                var x = p.Align switch
                {
                    TextAlign.Center => left + Points(p.MarginLeft) + (width - Points(p.MarginLeft) - (float)line.WidthPoints) / 2,
                    TextAlign.Right => textRight - (float)line.WidthPoints,
                    _ => textLeft,
                };

                if (i == 0 && p.Marker is { } marker)
                {
                    var bullet = marker.Text;
                    using var bulletPaint = new SKPaint { Color = SKColor.Parse(marker.Color), IsAntialias = true };
                    var bulletX = rtl ? textRight - Points(p.Indent) - painter.Measure(bullet, font) : textLeft + Points(p.Indent);
                    painter.Draw(canvas, bullet, bulletX, baseline, font, bulletPaint);
                }

                // A right-to-left line is drawn from its last run to its first; each run's own order is kept by shaping.
                foreach (var run in rtl ? line.Runs.Reverse() : line.Runs)
                {
                    var style = run.Style | p.ExtraStyle;
                    using var runFont = Font(p.FontRole, style, p.SizePoints);
                    var color = SKColor.Parse(run.Link is null ? p.Color : p.LinkColor);
                    using var paint = new SKPaint { Color = color, IsAntialias = true };
                    var advance = painter.Draw(canvas, run.Text, x, baseline, runFont, paint, rtl);
                    if (run.Link is not null)
                    {
                        using var underline = new SKPaint { Color = color, StrokeWidth = Math.Max(1, (float)p.SizePoints / 18), IsAntialias = true };
                        canvas.DrawLine(x, baseline + 2, x + advance, baseline + 2, underline);
                        if (Uri.TryCreate(run.Link, UriKind.Absolute, out var uri) && uri.IsAbsoluteUri)
                        {
                            canvas.DrawUrlAnnotation(new SKRect(x, baseline + runFont.Metrics.Ascent, x + advance, baseline + runFont.Metrics.Descent), uri.AbsoluteUri);
                        }
                    }

                    x += advance;
                }

                y += lineHeight;
            }
        }

        return y;
    }

    private void DrawTable(SKCanvas canvas, TableShape table)
    {
        var y = Points(table.Box.Y);
        using var border = new SKPaint { Color = SKColor.Parse(table.RuleColor), StrokeWidth = 1, IsAntialias = true };
        var cellInsets = table.CellInsets;
        for (var r = 0; r < table.RowHeights.Count; r++)
        {
            var x = Points(table.Box.X);
            var rowHeight = Points(table.RowHeights[r]);
            using var fill = new SKPaint { Color = SKColor.Parse(table.RowFills[r]) };
            canvas.DrawRect(x, y, Points(table.Box.Width), rowHeight, fill);
            for (var c = 0; c < table.Columns; c++)
            {
                var width = Points(table.ColumnWidths[c]);
                DrawParagraphs(canvas, table.Cells[r * table.Columns + c], x + Points(cellInsets.Left), width - (Points(cellInsets.Left) + Points(cellInsets.Right)), y + Points(cellInsets.Top), displayLines: true);
                x += width;
            }

            canvas.DrawLine(Points(table.Box.X), y + rowHeight, Points(table.Box.Right), y + rowHeight, border);
            y += rowHeight;
        }
    }

    private void DrawPicture(SKCanvas canvas, PictureShape picture, NoticeStyle notice)
    {
        if (picture.Picture.Svg is { } svgBytes && Notes.SvgPicture.Load(svgBytes) is { Picture: { } svg } owner)
        {
            // An SVG stays vector in the PDFs: its picture scaled into the box.
            using (owner)
            {
                var box = Rect(picture.Box);
                canvas.Save();
                canvas.ClipRect(box);
                canvas.Translate(box.Left, box.Top);
                canvas.Scale(box.Width / svg.CullRect.Width, box.Height / svg.CullRect.Height);
                canvas.Translate(-svg.CullRect.Left, -svg.CullRect.Top);
                canvas.DrawPicture(svg);
                canvas.Restore();
                return;
            }
        }

        var path = picture.Picture.FilePath!;
        if (!_images.TryGetValue(path, out var image))
        {
            image = Notes.ImageResolver.Decode(picture.Picture.Data!);
            _images[path] = image;
        }

        if (image is null)
        {
            DrawNotice(canvas, picture.Box, $"Image not readable: {picture.Picture.Reference}", notice);
            return;
        }

        canvas.DrawImage(image, Rect(picture.Box), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
    }

    private void DrawNotice(SKCanvas canvas, Rect box, string label, NoticeStyle style)
    {
        var rect = Rect(box);
        using var fill = new SKPaint { Color = SKColor.Parse(style.Fill) };
        using var edge = new SKPaint { Color = SKColor.Parse(style.Edge), Style = SKPaintStyle.Stroke, StrokeWidth = 1.5f, PathEffect = SKPathEffect.CreateDash([6, 4], 0), IsAntialias = true };
        canvas.DrawRect(rect, fill);
        canvas.DrawRect(rect, edge);
        using var font = Font(style.FontRole, RunStyle.None, style.SizePoints);
        using var paint = new SKPaint { Color = SKColor.Parse(style.TextColor), IsAntialias = true };
        painter.Draw(canvas, label, rect.MidX, rect.MidY, SKTextAlign.Center, font, paint);
    }

    public SKFont Font(string role, RunStyle style, double size) => TextPainter.NewFont(fonts.Face(role, style), (float)size);
}
