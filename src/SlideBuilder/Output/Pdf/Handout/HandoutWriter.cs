using System.Globalization;
using SkiaSharp;
using SlideBuilder.Layout;
using SlideBuilder.Model;
using SlideBuilder.Output.Skia;
using SlideBuilder.Templates;

namespace SlideBuilder.Output.Pdf.Handout;

/// <summary>
/// The handout PDF: a cover with a linked contents list, the slides in the chosen layout (each
/// slide with its notes; three with lines for writing; six to a page), and an appendix with every
/// long quotation in full, since the audience never sees the speaker notes. Built as a flow of
/// measured blocks and a paging loop (measure, place, split what does not fit), then drawn.
/// </summary>
public static class HandoutWriter
{
    private const float Margin = 50;
    private const float HeaderHeight = 22;
    private const float FooterHeight = 22;

    public static byte[] Write(LaidOutDeck deck, SlideRenderer renderer, HandoutOptions options)
    {
        using var pages = new PdfPages(PdfMetadata.For(deck.Info, "handout"));
        Draw(deck, renderer, options, pages);
        return pages.Finish();
    }

    /// <summary>Lays out the handout and draws its pages onto <paramref name="target"/>.</summary>
    public static void Draw(LaidOutDeck deck, SlideRenderer renderer, HandoutOptions options, IPageTarget target)
    {
        var paper = options.Paper;
        var width = paper.Width - 2 * Margin;
        var top = Margin + HeaderHeight;
        var height = paper.Height - Margin - FooterHeight - top;
        using var measurer = new TextMeasurer(renderer.Fonts);
        var text = new HandoutText(new ParagraphStyler(measurer, renderer.Theme), renderer, width);

        var destinations = new Dictionary<string, int>(StringComparer.Ordinal);
        // The notes layout prints each quotation in full beside its slide: an appendix would print it twice.
        var appendix = options.Layout != HandoutLayout.Notes;
        var cover = Paginate(Cover(deck, text, renderer, width, destinations, appendix), height);
        var coverPages = cover.Count;
        var body = Paginate(Body(deck, text, renderer, options.Layout, width, height).Concat(appendix ? Appendix(deck, text) : []), height);
        for (var p = 0; p < body.Count; p++)
        {
            foreach (var name in body[p].SelectMany(item => item.Flowable.Destinations))
            {
                destinations.TryAdd(name, coverPages + p + 1);
            }
        }

        var pages = cover.Concat(body).ToList();
        for (var p = 0; p < pages.Count; p++)
        {
            var canvas = target.BeginPage(paper.Width, paper.Height);
            DrawFrame(canvas, deck, renderer, paper, p + 1, pages.Count, showHeader: p > 0);
            foreach (var (flowable, y) in pages[p])
            {
                foreach (var name in flowable.Destinations)
                {
                    canvas.DrawNamedDestinationAnnotation(new SKPoint(Margin, top + y), name);
                }

                flowable.Draw(canvas, Margin, top + y);
            }

            target.EndPage();
        }
    }

    /// <summary>The cover: title, byline and contents; page numbers are read from <paramref name="destinations"/> when drawn.</summary>
    private static IEnumerable<Flowable> Cover(LaidOutDeck deck, HandoutText text, SlideRenderer renderer, float width, Dictionary<string, int> destinations, bool appendix)
    {
        var info = deck.Info;
        yield return new Spacer(16);
        yield return text.Flow([Paragraph.Plain(info.Title)], HandoutText.Title);
        if (info.Subtitle is { } subtitle)
        {
            yield return text.Flow([Paragraph.Plain(subtitle)], HandoutText.Subtitle, 10);
        }

        var byline = new[] { info.Author, info.Event, info.Date }.OfType<string>().Select(Paragraph.Plain).ToList();
        if (byline.Count > 0)
        {
            yield return text.Flow(byline, HandoutText.Byline, 14);
        }

        yield return text.Flow([Paragraph.Plain("Contents")], HandoutText.Heading, 28);
        var previous = deck.Slides.Count > 0 ? deck.Slides[0].Origin.Index : -1;
        foreach (var slide in deck.Slides.Skip(1))
        {
            if (slide.Origin.Index == previous)
            {
                continue; // a continuation slide: the contents names its first slide only
            }

            previous = slide.Origin.Index;
            var name = $"slide-{slide.Number}";
            yield return new ContentsEntry($"{slide.Number}  {slide.Origin.Title ?? "Untitled"}", slide.Layout == SlideLayoutKind.SectionHeader, name,
                () => destinations.GetValueOrDefault(name), renderer, width);
        }

        if (appendix && Quoted(deck).Count > 0)
        {
            yield return new ContentsEntry("Quotations in full", true, "quotations", () => destinations.GetValueOrDefault("quotations"), renderer, width) { SpaceBefore = 6 };
        }

        yield return new PageBreak();
    }

    private static IEnumerable<Flowable> Body(LaidOutDeck deck, HandoutText text, SlideRenderer renderer, HandoutLayout layout, float width, float height)
    {
        switch (layout)
        {
            case HandoutLayout.ThreeUp:
                foreach (var slide in deck.Slides)
                {
                    yield return new SlideWithLines(slide, deck, renderer, width, height / 3 - 12) { SpaceBefore = 12, Destinations = [$"slide-{slide.Number}"] };
                }

                break;
            case HandoutLayout.SixUp:
                foreach (var pair in deck.Slides.Chunk(2))
                {
                    yield return new SlidePair(pair, deck, renderer, width, height / 3 - 12) { SpaceBefore = 12, Destinations = pair.Select(s => $"slide-{s.Number}").ToList() };
                }

                break;
            default:
                var timed = -1;
                foreach (var slide in deck.Slides)
                {
                    // The speaker's timing under the slide's first page: "about 3 min".
                    var minutes = slide.Origin.Index != timed && slide.Origin.Minutes > 0 ? slide.Origin.Minutes : 0;
                    timed = slide.Origin.Index;
                    var notes = slide.Notes.Count > 0 ? text.Notes(slide.Notes) : null;
                    yield return new SlidePicture(slide, deck, renderer, width * 0.72f)
                    {
                        SpaceBefore = 20,
                        KeepWithNext = notes is null ? 0 : Math.Min(notes.Height, 48),
                        Destinations = [$"slide-{slide.Number}"],
                    };
                    if (minutes > 0)
                    {
                        yield return text.Flow([Paragraph.Plain($"Speaking time: {Language.Durations.About(minutes)}")], HandoutText.Timing, 4);
                    }

                    if (notes is not null)
                    {
                        yield return notes;
                    }
                }

                break;
        }
    }

    private static IEnumerable<Flowable> Appendix(LaidOutDeck deck, HandoutText text)
    {
        var quoted = Quoted(deck);
        if (quoted.Count == 0)
        {
            yield break;
        }

        yield return new PageBreak();
        var heading = text.Flow([Paragraph.Plain("Quotations in full")], HandoutText.Heading);
        yield return new Spacer(0) { Destinations = ["quotations"] };
        yield return heading;
        foreach (var (slide, quote) in quoted)
        {
            var paragraphs = quote.Paragraphs.Select((p, i) => new Paragraph([new Run((i == 0 ? "“" : "") + p + (i == quote.Paragraphs.Count - 1 ? "”" : ""), RunStyle.Italic)])).ToList();
            yield return text.Notes([.. paragraphs, Paragraph.Plain($"— {quote.Attribution ?? "source not named"} · slide {slide.Number}")], spaceBefore: 18);
        }
    }

    /// <summary>Every long quotation with the (first) slide it belongs to.</summary>
    private static List<(LaidOutSlide Slide, QuotationInFull Quote)> Quoted(LaidOutDeck deck) =>
        deck.Slides.DistinctBy(s => s.Origin.Index).SelectMany(s => s.Origin.Quotations.Select(q => (s, q))).ToList();

    /// <summary>The paging loop: place each block where it fits, split it at a page end when it can, else start a new page.</summary>
    private static List<List<(Flowable Flowable, float Y)>> Paginate(IEnumerable<Flowable> flow, float height)
    {
        var pages = new List<List<(Flowable, float)>> { new() };
        var queue = new LinkedList<Flowable>(flow);
        var y = 0f;
        while (queue.First is { } node)
        {
            var item = node.Value;
            queue.RemoveFirst();
            if (item is PageBreak)
            {
                if (pages[^1].Count > 0)
                {
                    pages.Add([]);
                    y = 0;
                }

                continue;
            }

            var before = pages[^1].Count == 0 ? 0 : item.SpaceBefore;
            if (y + before + item.Height + item.KeepWithNext <= height || (pages[^1].Count == 0 && item.Height + item.KeepWithNext > height && item.Split(height) is null))
            {
                pages[^1].Add((item, y + before));
                y += before + item.Height;
                continue;
            }

            if (item.Split(height - y - before) is { } parts)
            {
                pages[^1].Add((parts.Head, y + before));
                queue.AddFirst(parts.Tail);
            }
            else if (pages[^1].Count == 0)
            {
                pages[^1].Add((item, 0)); // taller than a page and unsplittable: placed alone (clipped)
                y = item.Height;
                continue;
            }
            else
            {
                queue.AddFirst(item);
            }

            pages.Add([]);
            y = 0;
        }

        pages.RemoveAll(p => p.Count == 0);
        return pages;
    }

    private static void DrawFrame(SKCanvas canvas, LaidOutDeck deck, SlideRenderer renderer, Paper paper, int page, int pages, bool showHeader)
    {
        var painter = renderer.Painter;
        using var font = renderer.Font("body", RunStyle.None, 8.5);
        using var muted = new SKPaint { Color = SKColor.Parse(renderer.Theme.Color("dk2")), IsAntialias = true };
        using var rule = new SKPaint { Color = new SKColor(0xC5, 0xCE, 0xD8), StrokeWidth = 0.6f, IsAntialias = true };
        if (showHeader)
        {
            var title = Ellipsis.Fit(deck.Info.Title, font, paper.Width - 2 * Margin, t => painter.Measure(t, font));
            painter.Draw(canvas, title, Margin, Margin, font, muted);
            canvas.DrawLine(Margin, Margin + 6, paper.Width - Margin, Margin + 6, rule);
        }

        var footerY = paper.Height - Margin + 6;
        canvas.DrawLine(Margin, footerY - 12, paper.Width - Margin, footerY - 12, rule);
        var left = string.Join(" · ", new[] { deck.Info.Event, deck.Info.Date }.OfType<string>());
        painter.Draw(canvas, left, Margin, footerY, font, muted);
        var number = string.Create(CultureInfo.InvariantCulture, $"page {page} of {pages}");
        painter.Draw(canvas, number, paper.Width - Margin, footerY, SKTextAlign.Right, font, muted);
    }
}

/// <summary>The handout's text styles, and paragraphs laid out with the same measurer as the slides.</summary>
internal sealed class HandoutText(ParagraphStyler styler, SlideRenderer renderer, float width)
{
    public static readonly Func<Templates.Theme, TextStyle> Title = t => new("heading", [26], t.Color("dk2"), RunStyle.Bold, LineSpacing: 1.15);
    public static readonly Func<Templates.Theme, TextStyle> Subtitle = t => new("body", [15], t.Color("accent1"), LineSpacing: 1.3);
    public static readonly Func<Templates.Theme, TextStyle> Byline = t => new("body", [11], t.Color("dk1"), LineSpacing: 1.45, ParagraphSpacing: 0);
    public static readonly Func<Templates.Theme, TextStyle> Timing = t => new("body", [9], t.Color("accent1"), LineSpacing: 1.3);
    public static readonly Func<Templates.Theme, TextStyle> Heading = t => new("heading", [16], t.Color("dk2"), RunStyle.Bold, LineSpacing: 1.3);
    private static readonly Func<Templates.Theme, TextStyle> Body = t => new("body", [10.5], t.Color("dk1"), LineSpacing: 1.4, ParagraphSpacing: 0.6);
    private static readonly Func<Templates.Theme, TextStyle> Quote = t => new("quote", [11.5], t.Color("dk2"), RunStyle.Italic, LineSpacing: 1.35, ParagraphSpacing: 0.5, Indented: true);
    private static readonly Func<Templates.Theme, TextStyle> Attribution = t => new("body", [9.5], t.Color("accent1"), Align: TextAlign.Right, LineSpacing: 1.4);

    public TextFlow Flow(IReadOnlyList<Paragraph> paragraphs, Func<Templates.Theme, TextStyle> style, float spaceBefore = 0) =>
        new(Lay(paragraphs, style(styler.Theme)), renderer, width) { SpaceBefore = spaceBefore };

    /// <summary>Speaker notes: prose, quotations (all-italic paragraphs) set as quotations, attributions ("— …") to the right.</summary>
    public TextFlow Notes(IReadOnlyList<Paragraph> notes, float spaceBefore = 8)
    {
        var laid = new List<LaidOutParagraph>();
        foreach (var p in notes)
        {
            var style = p.Runs.Count > 0 && p.Runs.All(r => r.Style.HasFlag(RunStyle.Italic)) ? Quote
                : p.Text.StartsWith("— ", StringComparison.Ordinal) ? Attribution
                : Body;
            var one = Lay([p], style(styler.Theme))[0];
            laid.Add(laid.Count == 0 ? one : one with { SpaceBeforePoints = one.SizePoints * 0.6 });
        }

        return new TextFlow(laid, renderer, width) { SpaceBefore = spaceBefore };
    }

    private List<LaidOutParagraph> Lay(IReadOnlyList<Paragraph> paragraphs, TextStyle style) =>
        styler.Lay(paragraphs, style, Emu.FromPoints(width) + 2 * SlideGeometry.InsetX);
}
