using SkiaSharp;
using SlideBuilder.Layout;
using SlideBuilder.Output.Skia;

namespace SlideBuilder.Output.Pdf.Handout;

/// <summary>
/// A block of the handout's flow, measured for the content width when it is made. The paging loop
/// asks for its height, may split it to fill a page, then tells it where to draw.
/// </summary>
internal abstract class Flowable
{
    public abstract float Height { get; }

    /// <summary>Space above it, dropped at the top of a page.</summary>
    public float SpaceBefore { get; init; }

    /// <summary>Height that must fit with it on the page (a slide picture keeps its first lines of notes).</summary>
    public float KeepWithNext { get; init; }

    /// <summary>Named destinations at its top (slide-7), so the contents can link to it.</summary>
    public IReadOnlyList<string> Destinations { get; init; } = [];

    /// <summary>The part that fits <paramref name="available"/> and the rest; null when it cannot split.</summary>
    public virtual (Flowable Head, Flowable Tail)? Split(float available) => null;

    public abstract void Draw(SKCanvas canvas, float x, float y);
}

internal sealed class Spacer(float height) : Flowable
{
    public override float Height => height;

    public override void Draw(SKCanvas canvas, float x, float y)
    {
    }
}

/// <summary>Forces what follows onto a new page.</summary>
internal sealed class PageBreak : Flowable
{
    public override float Height => 0;

    public override void Draw(SKCanvas canvas, float x, float y)
    {
    }
}

/// <summary>Measured paragraphs; splits between lines, so long notes flow onto the next page.</summary>
internal sealed class TextFlow(IReadOnlyList<LaidOutParagraph> paragraphs, SlideRenderer renderer, float width) : Flowable
{
    public IReadOnlyList<LaidOutParagraph> Paragraphs => paragraphs;

    public override float Height => (float)paragraphs.Sum(p => p.HeightPoints);

    public override (Flowable Head, Flowable Tail)? Split(float available)
    {
        var head = new List<LaidOutParagraph>();
        var used = 0.0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            var fits = (int)Math.Floor((available - used - p.SpaceBeforePoints) / p.LineSpacingPoints + 1e-6);
            if (fits >= p.Lines.Count)
            {
                head.Add(p);
                used += p.HeightPoints;
                continue;
            }

            // Keep at least two lines of a paragraph together on either side of a page break.
            if (fits >= 2 && p.Lines.Count - fits >= 2)
            {
                head.Add(p with { Lines = ListSlice<MeasuredLine>.Of(p.Lines, 0, fits) });
                var rest = new List<LaidOutParagraph> { p with { Lines = ListSlice<MeasuredLine>.Of(p.Lines, fits, p.Lines.Count - fits), SpaceBeforePoints = 0 } };
                rest.AddRange(paragraphs.Skip(i + 1));
                return (new TextFlow(head, renderer, width), new TextFlow(rest, renderer, width));
            }

            if (head.Count == 0)
            {
                return null;
            }

            var tail = paragraphs.Skip(i).ToList();
            tail[0] = tail[0] with { SpaceBeforePoints = 0 };
            return (new TextFlow(head, renderer, width), new TextFlow(tail, renderer, width));
        }

        return null;
    }

    public override void Draw(SKCanvas canvas, float x, float y) => renderer.DrawParagraphs(canvas, paragraphs, x, width, y);
}

/// <summary>A slide drawn small, framed, with its number above it.</summary>
internal sealed class SlidePicture(LaidOutSlide slide, LaidOutDeck deck, SlideRenderer renderer, float width, float captionSize = 9) : Flowable
{
    private float SlideHeight => width * deck.SlideHeight / deck.SlideWidth;

    public override float Height => captionSize * 1.6f + SlideHeight;

    public override void Draw(SKCanvas canvas, float x, float y)
    {
        using (var font = renderer.Font("body", Model.RunStyle.Bold, captionSize))
        using (var paint = new SKPaint { Color = SKColor.Parse(renderer.Theme.Color("dk2")), IsAntialias = true })
        {
            renderer.Painter.Draw(canvas, $"Slide {slide.Number}", x, y + captionSize, font, paint);
        }

        DrawSlide(canvas, slide, deck, renderer, x, y + captionSize * 1.6f, width);
    }

    public static void DrawSlide(SKCanvas canvas, LaidOutSlide slide, LaidOutDeck deck, SlideRenderer renderer, float x, float y, float width)
    {
        var slideWidth = SlideRenderer.Points(deck.SlideWidth);
        var slideHeight = SlideRenderer.Points(deck.SlideHeight);
        var scale = width / slideWidth;
        canvas.Save();
        canvas.Translate(x, y);
        canvas.Scale(scale);
        canvas.ClipRect(new SKRect(0, 0, slideWidth, slideHeight));
        renderer.Draw(canvas, slide, slideWidth, slideHeight, deck.Notice);
        canvas.Restore();
        using var frame = new SKPaint { Color = new SKColor(0xB8, 0xC2, 0xCC), Style = SKPaintStyle.Stroke, StrokeWidth = 0.75f, IsAntialias = true };
        canvas.DrawRect(x, y, width, slideHeight * scale, frame);
    }
}

/// <summary>3-up: a slide on the left, ruled lines for writing on the right.</summary>
internal sealed class SlideWithLines(LaidOutSlide slide, LaidOutDeck deck, SlideRenderer renderer, float width, float height) : Flowable
{
    public override float Height => height;

    public override void Draw(SKCanvas canvas, float x, float y)
    {
        var pictureWidth = width * 0.5f;
        new SlidePicture(slide, deck, renderer, pictureWidth).Draw(canvas, x, y);
        using var rule = new SKPaint { Color = new SKColor(0xC5, 0xCE, 0xD8), StrokeWidth = 0.6f, IsAntialias = true };
        var left = x + pictureWidth + 18;
        for (var ly = y + 30f; ly <= y + height - 12; ly += 22)
        {
            canvas.DrawLine(left, ly, x + width, ly, rule);
        }
    }
}

/// <summary>6-up: a row of two slides.</summary>
internal sealed class SlidePair(IReadOnlyList<LaidOutSlide> slides, LaidOutDeck deck, SlideRenderer renderer, float width, float height) : Flowable
{
    public override float Height => height;

    public override void Draw(SKCanvas canvas, float x, float y)
    {
        var gap = 18f;
        var each = (width - gap) / 2;
        for (var i = 0; i < slides.Count; i++)
        {
            new SlidePicture(slides[i], deck, renderer, each).Draw(canvas, x + i * (each + gap), y);
        }
    }
}

/// <summary>A contents line: title on the left, dotted leader, page number on the right; a link to the slide.</summary>
internal sealed class ContentsEntry(string text, bool strong, string destination, Func<int> page, SlideRenderer renderer, float width) : Flowable
{
    private const float Size = 11;

    public override float Height => Size * 1.55f;

    public override void Draw(SKCanvas canvas, float x, float y)
    {
        var indent = strong ? 0 : 12f;
        using var font = renderer.Font("body", strong ? Model.RunStyle.Bold : Model.RunStyle.None, Size);
        using var paint = new SKPaint { Color = SKColor.Parse(renderer.Theme.Color("dk1")), IsAntialias = true };
        using var muted = new SKPaint { Color = SKColor.Parse(renderer.Theme.Color("dk2")), IsAntialias = true };
        var baseline = y + Size * 1.15f;
        var number = page().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var painter = renderer.Painter;
        var numberWidth = painter.Measure(number, font);
        var label = Ellipsis.Fit(text, font, width - indent - numberWidth - 30, t => painter.Measure(t, font));
        var labelWidth = painter.Draw(canvas, label, x + indent, baseline, font, paint);
        painter.Draw(canvas, number, x + width - numberWidth, baseline, font, paint);
        var dotsFrom = x + indent + labelWidth + 6;
        for (var dx = dotsFrom; dx < x + width - numberWidth - 6; dx += 5)
        {
            canvas.DrawCircle(dx, baseline - 1.5f, 0.6f, muted);
        }

        canvas.DrawLinkDestinationAnnotation(new SKRect(x, y, x + width, y + Height), destination);
    }
}
