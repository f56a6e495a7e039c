using SlideBuilder.Model;
using SlideBuilder.Templates;
using SlideBuilder.Diagnostics;

namespace SlideBuilder.Layout;

/// <summary>
/// Measures the deck once with the template's fonts and gives every shape its final box and sizes.
/// Both the PPTX writer and the Skia renderer draw this result, so what fits in one fits in the other.
/// Content that does not fit continues on numbered slides, "Title (2/3)".
/// </summary>
public sealed class SlideLayouter
{
    private readonly Theme _theme;
    private readonly SlideGeometry _geo;
    private readonly ParagraphStyler _styler;
    private readonly BodyPacker _packer;
    private readonly DiagnosticBag _diagnostics;

    public SlideLayouter(Theme theme, TextMeasurer measurer, DiagnosticBag diagnostics)
    {
        _theme = theme;
        _geo = SlideGeometry.For(theme);
        _styler = new ParagraphStyler(measurer, theme);
        _packer = new BodyPacker(_styler);
        _diagnostics = diagnostics;
    }

    public LaidOutDeck Layout(Deck deck)
    {
        var slides = new List<LaidOutSlide>();
        var notice = new NoticeStyle(_theme.Color("lt2"), _theme.Color("accent2"), _theme.Color("accent2"), 16, "body");
        foreach (var (slide, index) in deck.Slides.Select((s, i) => (s, i)))
        {
            var origin = new SlideOrigin(index, slide.Title, slide.Minutes,
                [.. slide.Body.OfType<QuoteBlock>().Where(q => q.IsExcerpt && q.Full is not null).Select(q => new QuotationInFull(q.Full!, q.Attribution))]);
            foreach (var (layout, title, shapes, notes) in LayoutSlide(slide))
            {
                // Marp's background colour and picture go behind everything; its header sits above the title.
                var all = new List<LaidOutShape>();
                var whole = new Rect(0, 0, _geo.Width, _geo.Height);
                if (slide.Background is { } background)
                {
                    all.Add(new DecorationShape(whole, background));
                }

                if (slide.BackgroundPicture is { } picture)
                {
                    all.Add(BodyPacker.FitPicture(picture with { Requested = null }, whole));
                }

                all.AddRange(shapes);
                if (!string.IsNullOrWhiteSpace(slide.Header))
                {
                    all.Add(Fit([Paragraph.Plain(slide.Header)], new TextStyle("body", [12], _theme.Color("dk2")), _geo.Header, 9, TextRole.Byline, VerticalAnchor.Top, slide.Source));
                }

                if (layout != SlideLayoutKind.Title && slide.Numbered)
                {
                    all.Add(SlideNumber(slides.Count + 1));
                }

                if (layout != SlideLayoutKind.Title && !string.IsNullOrWhiteSpace(slide.Footer))
                {
                    all.Add(Footer(slide.Footer, slide.Source));
                }

                var templateLayout = _theme.LayoutMap?.GetValueOrDefault(layout);
                slides.Add(new LaidOutSlide(slides.Count + 1, layout, title, Finished(layout, all, notice), notes, origin)
                {
                    Background = templateLayout?.Background ?? _theme.Color("lt1"),
                    Backdrop = templateLayout?.Art ?? [],
                });
            }
        }

        return new LaidOutDeck(deck.Info, _geo.Width, _geo.Height, slides) { Notice = notice, Geometry = _geo };
    }

    /// <summary>
    /// The last decisions on a slide's shapes: which text fills which placeholder of its layout (the first title, the
    /// subtitle, the first body), and notice boxes where a picture was not found or a figure not drawn.
    /// </summary>
    private static List<LaidOutShape> Finished(SlideLayoutKind layout, List<LaidOutShape> shapes, NoticeStyle notice)
    {
        var titleUsed = false;
        var bodyUsed = false;
        var result = new List<LaidOutShape>(shapes.Count);
        foreach (var shape in shapes)
        {
            result.Add(shape switch
            {
                TextShape text => text with { Slot = SlotFor(layout, text.Role, ref titleUsed, ref bodyUsed) },
                PictureShape { Picture.IsMissing: true } missing => new NoticeShape(missing.Box, missing.Picture.PlaceholderText, missing.Picture.AltText, notice),
                FigureShape { Figure.Spec: null } broken => new NoticeShape(broken.Box, $"Figure not drawn: {broken.Figure.Problem}", broken.Figure.Problem ?? "", notice),
                _ => shape,
            });
        }

        return result;
    }

    private static PlaceholderSlot? SlotFor(SlideLayoutKind layout, TextRole role, ref bool titleUsed, ref bool bodyUsed)
    {
        switch (role)
        {
            case TextRole.Title when !titleUsed:
                titleUsed = true;
                return new PlaceholderSlot(layout == SlideLayoutKind.Title ? "ctrTitle" : "title", null);
            case TextRole.Subtitle when layout == SlideLayoutKind.Title:
                return new PlaceholderSlot("subTitle", 1);
            case TextRole.SlideNumber:
                return new PlaceholderSlot("sldNum", 12, "quarter");
            case TextRole.Body when !bodyUsed && layout is SlideLayoutKind.TitleAndContent or SlideLayoutKind.TwoContent:
                bodyUsed = true;
                return new PlaceholderSlot(null, 1);
            case TextRole.Quote when !bodyUsed && layout == SlideLayoutKind.Quotation:
                bodyUsed = true;
                return new PlaceholderSlot("body", 1);
            default:
                return null;
        }
    }

    private IEnumerable<(SlideLayoutKind, string?, List<LaidOutShape>, IReadOnlyList<Paragraph>)> LayoutSlide(Model.Slide slide)
    {
        _titled = slide;
        switch (slide.Layout)
        {
            case SlideLayoutKind.Title:
                yield return (slide.Layout, slide.Title, TitleSlide(slide), slide.Notes);
                yield break;
            case SlideLayoutKind.SectionHeader:
                yield return (slide.Layout, slide.Title, SectionSlide(slide), slide.Notes);
                yield break;
            case SlideLayoutKind.Quotation when QuotationSlide(slide) is { } shapes:
                yield return (slide.Layout, slide.Title, shapes, slide.Notes);
                yield break;
        }

        if (slide.Centred && CentredSlide(slide) is { } centred)
        {
            yield return (SlideLayoutKind.SectionHeader, slide.Title, centred, slide.Notes);
            yield break;
        }

        var hasTitle = !string.IsNullOrEmpty(slide.Title);
        var area = hasTitle ? _geo.Body : _geo.Body with { Y = _geo.Title.Y, Height = _geo.Body.Bottom - _geo.Title.Y };
        if (slide.Body.OfType<ColumnsBlock>().FirstOrDefault() is { } columns)
        {
            foreach (var page in Paged(slide, ColumnPages(slide.Body, columns, area), _ => SlideLayoutKind.TwoContent))
            {
                yield return page;
            }

            yield break;
        }
        if (slide.Body is [FigureBlock figure])
        {
            var shapes = new List<LaidOutShape>();
            if (hasTitle)
            {
                shapes.Add(FitTitle(slide.Title!, _geo.Title, _theme.Sizes.Title, 20, VerticalAnchor.Bottom, TextRole.Title, slide.Source, SlideLayoutKind.PictureFigure));
                AddRule(shapes);
            }

            shapes.Add(new FigureShape(area, figure));
            yield return (SlideLayoutKind.PictureFigure, slide.Title, shapes, slide.Notes);
            yield break;
        }

        var allPictures = slide.Body.OfType<PictureBlock>().ToList();
        var others = slide.Body.Where(b => b is not PictureBlock).ToList();

        // At most a few pictures share a slide, so each keeps a visible size; the rest continue on picture slides.
        var perSlide = others.Count > 0 ? MaxPicturesBesideText : MaxPicturesInRow;
        var pictures = allPictures.Take(perSlide).ToList();
        var morePictures = allPictures.Skip(perSlide).Chunk(MaxPicturesInRow).ToList();

        List<List<LaidOutShape>> pages;
        var layout = hasTitle ? SlideLayoutKind.TitleAndContent : SlideLayoutKind.Blank;
        if (pictures.Count > 0 && others.Count > 0)
        {
            // Text beside pictures reads better than text above a squashed picture.
            layout = SlideLayoutKind.TwoContent;
            var (left, right) = SlideGeometry.TwoContent(area);
            pages = _packer.Pack(others, left);
            pages[0].AddRange(PictureColumn(pictures, right));
        }
        else if (pictures.Count > 0)
        {
            layout = SlideLayoutKind.PictureFigure;
            pages = [PictureRow(pictures, area)];
        }
        else
        {
            pages = _packer.Pack(slide.Body, area);
        }

        var textPages = pages.Count;
        pages.AddRange(morePictures.Select(chunk => PictureRow([.. chunk], area)));

        // Pictures stay on the first of a text-and-picture slide's pages; the rest are text only, then pictures.
        foreach (var page in Paged(slide, pages, i => i >= textPages ? SlideLayoutKind.PictureFigure
                     : i > 0 && layout == SlideLayoutKind.TwoContent ? SlideLayoutKind.TitleAndContent : layout))
        {
            yield return page;
        }
    }

    /// <summary>A slide's pages, each under its title ("Title (2/3)" when there are several), the notes on the first.</summary>
    private IEnumerable<(SlideLayoutKind, string?, List<LaidOutShape>, IReadOnlyList<Paragraph>)> Paged(
        Model.Slide slide, List<List<LaidOutShape>> pages, Func<int, SlideLayoutKind> layoutOf)
    {
        var hasTitle = !string.IsNullOrEmpty(slide.Title);
        if (pages.Count > 1)
        {
            _diagnostics.Warn(slide.Source, DiagnosticCodes.ContentSplit,
                $"'{slide.Title ?? "untitled slide"}' does not fit one slide and continues on {pages.Count} slides");
        }

        for (var i = 0; i < pages.Count; i++)
        {
            var title = pages.Count > 1 && hasTitle ? $"{slide.Title} ({i + 1}/{pages.Count})" : slide.Title;
            var shapes = new List<LaidOutShape>();
            if (hasTitle)
            {
                shapes.Add(FitTitle(title!, _geo.Title, _theme.Sizes.Title, 20, VerticalAnchor.Bottom, TextRole.Title, slide.Source, layoutOf(i)));
                AddRule(shapes);
            }

            shapes.AddRange(pages[i]);
            yield return (layoutOf(i), title, shapes, i == 0 ? slide.Notes : []);
        }
    }

    private List<LaidOutShape> TitleSlide(Model.Slide slide)
    {
        var shapes = new List<LaidOutShape>
        {
            FitTitle(slide.Title ?? "", _geo.TitleSlideTitle, _theme.Sizes.TitleSlide, 24, VerticalAnchor.Bottom, TextRole.Title, slide.Source, SlideLayoutKind.Title),
        };
        Band(shapes, "accent1");
        if (!string.IsNullOrWhiteSpace(slide.Subtitle))
        {
            var style = new TextStyle("body", [_theme.Sizes.Subtitle], _theme.Color("accent1"));
            shapes.Add(Fit([Paragraph.Plain(slide.Subtitle)], style, _geo.TitleSlideSubtitle, 14, TextRole.Subtitle, VerticalAnchor.Top, slide.Source));
        }

        if (slide.Body.OfType<TextBlock>().FirstOrDefault() is { } byline)
        {
            var style = new TextStyle("body", [20], _theme.Color("dk1"), ParagraphSpacing: 0.2);
            shapes.Add(Fit(byline.Paragraphs, style, _geo.TitleSlideByline, 12, TextRole.Byline, VerticalAnchor.Top, slide.Source));
        }

        return shapes;
    }

    /// <summary>Our accent rule under a title; a PowerPoint template draws its own decoration instead.</summary>
    private void AddRule(List<LaidOutShape> shapes)
    {
        if (_geo.Decorated)
        {
            shapes.Add(new DecorationShape(_geo.Rule, _theme.Color("accent1")));
        }
    }

    /// <summary>Our coloured band at the left of title and section slides, behind everything; not on a PowerPoint template.</summary>
    private void Band(List<LaidOutShape> shapes, string color)
    {
        if (_geo.Decorated)
        {
            shapes.Insert(0, new DecorationShape(_geo.TitleSlideBand, _theme.Color(color)));
        }
    }

    private List<LaidOutShape> SectionSlide(Model.Slide slide)
    {
        // The heading's number ("Part one", "Chapter 3", "2") as a label right above the section's title.
        var labelled = !string.IsNullOrWhiteSpace(slide.Subtitle);
        var shapes = new List<LaidOutShape>
        {
            FitTitle(slide.Title ?? "", _geo.SectionTitle, _theme.Sizes.Section, 24, labelled ? VerticalAnchor.Top : VerticalAnchor.Middle, TextRole.Title, slide.Source, SlideLayoutKind.SectionHeader),
        };

        Band(shapes, "accent2");
        if (labelled)
        {
            var style = new TextStyle("body", [Math.Max(_theme.Sizes.Subtitle, _theme.Sizes.Section * 0.6)], _theme.Color("accent1"));
            shapes.Add(Fit([Paragraph.Plain(slide.Subtitle!)], style, _geo.SectionLabel, 14, TextRole.Subtitle, VerticalAnchor.Bottom, slide.Source));
        }

        return shapes;
    }

    /// <summary>The quotation layout: a large excerpt with its attribution; null when it cannot fit (then it is laid out as body text).</summary>
    private List<LaidOutShape>? QuotationSlide(Model.Slide slide)
    {
        if (slide.Body is not [QuoteBlock quote])
        {
            return null;
        }

        var shapes = new List<LaidOutShape>();
        if (!string.IsNullOrEmpty(slide.Title))
        {
            shapes.Add(FitTitle(slide.Title, _geo.Title, _theme.Sizes.Title, 20, VerticalAnchor.Bottom, TextRole.Title, slide.Source, SlideLayoutKind.Quotation));
            AddRule(shapes);
        }

        var box = _geo.QuoteText;
        for (var size = _theme.Sizes.Quote; size >= _theme.Sizes.MinQuote; size -= 2)
        {
            var quoteShapes = _packer.QuoteShapes(quote, box, size, _theme.Sizes.Attribution, indented: false);
            var height = quoteShapes.Max(s => s.Box.Bottom) - box.Y;
            if (box.Y + height <= _geo.Body.Bottom)
            {
                // Centred in the body area; the text carries its own opening and closing marks.
                var dy = Math.Max(0, _geo.Body.Y + (_geo.Body.Height - height) / 2 - box.Y);
                shapes.AddRange(quoteShapes.Select(s => s is TextShape t ? t with { Box = t.Box with { Y = t.Box.Y + dy } } : s));
                return shapes;
            }
        }

        return null;
    }

    /// <summary>
    /// Columns side by side, each packed on its own; widths as the notes give them, the rest shared. Blocks written
    /// before the columns join the first, blocks after them the last. A column too long for the slide continues
    /// in its place on the next.
    /// </summary>
    private List<List<LaidOutShape>> ColumnPages(IReadOnlyList<SlideBlock> body, ColumnsBlock columns, Rect area)
    {
        var at = body.ToList().IndexOf(columns);
        var content = columns.Columns.Select(c => c.Blocks.ToList()).Where(c => c.Count > 0).ToList();
        if (content.Count == 0)
        {
            content.Add([]);
        }

        // Blocks before the columns join the first column, blocks after them (a second set of columns too) the last.
        content[0].InsertRange(0, body.Take(at).SelectMany(Flat));
        content[^1].AddRange(body.Skip(at + 1).SelectMany(Flat));
        static IEnumerable<SlideBlock> Flat(SlideBlock b) => b is ColumnsBlock more ? more.Columns.SelectMany(c => c.Blocks) : [b];

        var gap = Emu.FromInches(0.4);
        var usable = area.Width - (content.Count - 1) * gap;
        var given = columns.Columns.Where(c => c.Blocks.Count > 0).Select(c => c.Width).ToList();
        while (given.Count < content.Count)
        {
            given.Add(null);
        }

        // Unsized columns share what the sized ones leave (an equal share when they leave nothing); then every width
        // is scaled so the columns together fill the body exactly, never more.
        var stated = given.Sum(w => w ?? 0);
        var open = given.Count(w => w is null);
        var share = open == 0 ? 0 : stated < 1 ? (1 - stated) / open : 1.0 / given.Count;
        var fractions = given.Select(w => w ?? share).ToList();
        var total = fractions.Sum();
        var x = area.X;
        var pages = new List<List<LaidOutShape>>();
        for (var c = 0; c < content.Count; c++)
        {
            var width = total <= 0 ? usable / content.Count : (long)(usable * fractions[c] / total);
            var rect = area with { X = x, Width = width };
            x += width + gap;

            var pictures = content[c].Where(b => b is PictureBlock or FigureBlock).ToList(); // a figure in a column is drawn there, like a picture
            var others = content[c].Where(b => b is not (PictureBlock or FigureBlock)).ToList();
            List<List<LaidOutShape>> columnPages;
            if (pictures.Count > 0 && others.Count > 0)
            {
                var textRoom = rect with { Height = rect.Height * 11 / 20 };
                columnPages = _packer.Pack(others, textRoom);
                var pictureRoom = rect with { Y = textRoom.Bottom + Emu.FromInches(0.15), Height = rect.Bottom - textRoom.Bottom - Emu.FromInches(0.15) };
                columnPages[0].AddRange(VisualColumn(pictures, pictureRoom));
            }
            else if (pictures.Count > 0)
            {
                columnPages = [VisualColumn(pictures, rect)];
            }
            else
            {
                columnPages = _packer.Pack(others, rect);
            }

            for (var i = 0; i < columnPages.Count; i++)
            {
                if (pages.Count <= i)
                {
                    pages.Add([]);
                }

                pages[i].AddRange(columnPages[i]);
            }
        }

        return pages;
    }

    /// <summary>Marp's lead slide, Slidev's cover: the title in the middle and its few lines beneath; null when the body is more than text.</summary>
    private List<LaidOutShape>? CentredSlide(Model.Slide slide)
    {
        if (slide.Body.Any(b => b is not TextBlock) || slide.Body.Sum(b => ((TextBlock)b).Paragraphs.Count) > 6)
        {
            return null;
        }

        var shapes = new List<LaidOutShape>();
        if (!string.IsNullOrEmpty(slide.Title))
        {
            var title = FitTitle(slide.Title, _geo.CentredTitle, _theme.Sizes.Section, 24, slide.Body.Count > 0 ? VerticalAnchor.Bottom : VerticalAnchor.Middle, TextRole.Title, slide.Source, SlideLayoutKind.Title);
            shapes.Add(title with { Paragraphs = [.. title.Paragraphs.Select(p => p with { Align = TextAlign.Center })] });
        }

        var paragraphs = slide.Body.OfType<TextBlock>().SelectMany(t => t.Paragraphs).ToList();
        if (paragraphs.Count > 0)
        {
            var style = new TextStyle("body", [_theme.Sizes.Subtitle], _theme.Color("dk1"), Align: TextAlign.Center, ParagraphSpacing: 0.3);
            var box = string.IsNullOrEmpty(slide.Title) ? _geo.Body : _geo.CentredBody;
            var smallest = style.Scaled(14 / style.SizeFor(0));
            if (ParagraphStyler.HeightOf(_styler.Lay(paragraphs, smallest, box.Width)) > box.Height)
            {
                return null; // too much for a centred slide even small: the ordinary layout, continued on more slides
            }

            shapes.Add(Fit(paragraphs, style, box, 14, TextRole.Body, VerticalAnchor.Top, slide.Source));
        }

        return shapes;
    }

    private TextShape Footer(string text, SourceLocation source)
    {
        var style = new TextStyle("body", [12], _theme.Color("dk2"));
        return Fit([Paragraph.Plain(text)], style, _geo.Footer, 9, TextRole.Byline, VerticalAnchor.Bottom, source);
    }

    private const int MaxPicturesBesideText = 3;
    private const int MaxPicturesInRow = 4;

    private List<LaidOutShape> PictureColumn(List<PictureBlock> pictures, Rect area)
    {
        var gap = Emu.FromInches(0.15);
        var each = (area.Height - (pictures.Count - 1) * gap) / pictures.Count;
        return pictures.Select((p, i) => (LaidOutShape)BodyPacker.FitPicture(p, area with { Y = area.Y + i * (each + gap), Height = each })).ToList();
    }

    /// <summary>Pictures and figures stacked in a column's room, each in an equal share of its height.</summary>
    private static List<LaidOutShape> VisualColumn(List<SlideBlock> visuals, Rect area)
    {
        var gap = Emu.FromInches(0.15);
        var each = (area.Height - (visuals.Count - 1) * gap) / visuals.Count;
        return [.. visuals.Select((v, i) => area with { Y = area.Y + i * (each + gap), Height = each } is var slot && v is FigureBlock figure
            ? new FigureShape(slot, figure)
            : (LaidOutShape)BodyPacker.FitPicture((PictureBlock)v, slot))];
    }

    private List<LaidOutShape> PictureRow(List<PictureBlock> pictures, Rect area)
    {
        var gap = Emu.FromInches(0.3);
        var each = (area.Width - (pictures.Count - 1) * gap) / pictures.Count;
        return pictures.Select((p, i) => (LaidOutShape)BodyPacker.FitPicture(p, area with { X = area.X + i * (each + gap), Width = each })).ToList();
    }

    /// <param name="kind">The layout the title is on: a PowerPoint template's may set it in capitals, which are measured as such.</param>
    private TextShape FitTitle(string text, Rect box, double size, double minSize, VerticalAnchor anchor, TextRole role, SourceLocation source, SlideLayoutKind kind)
    {
        var align = _theme.MasterText?.TitleAlign switch { "ctr" => TextAlign.Center, "r" => TextAlign.Right, _ => TextAlign.Left };
        var style = new TextStyle("heading", [size], _theme.TitleColor(), _theme.TitleBold() ? RunStyle.Bold : RunStyle.None, align, LineSpacing: 1.1,
            AllCaps: _theme.LayoutMap?.GetValueOrDefault(kind)?.TitleCaps == true);
        return Fit([TitleParagraph(text)], style, box, minSize, role, anchor, source);
    }

    private Model.Slide? _titled; // the slide whose title is being laid out, for its formatted runs

    /// <summary>The title as a paragraph: the heading's emphasis, code and links kept, a page number "(2/3)" added after them.</summary>
    private Paragraph TitleParagraph(string text) =>
        _titled is { TitleRuns: { } runs, Title: { } plain } && text.StartsWith(plain, StringComparison.Ordinal)
            ? new Paragraph(text.Length > plain.Length ? [.. runs, new Run(text[plain.Length..])] : runs)
            : Paragraph.Plain(text);

    /// <summary>Shrinks text in 2-point steps until it fits the box, down to <paramref name="minSize"/>.</summary>
    private TextShape Fit(IReadOnlyList<Paragraph> paragraphs, TextStyle style, Rect box, double minSize, TextRole role, VerticalAnchor anchor, SourceLocation source)
    {
        var size = style.SizeFor(0);
        // Sizes the text cannot fit at are skipped unmeasured: no visible character is narrower than a tenth of an em,
        // so a title of thousands of characters goes straight to the smallest size instead of being measured at each.
        var visible = paragraphs.Sum(p => p.Text.Count(c => !char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) is not
            (System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark or System.Globalization.UnicodeCategory.Format)));
        double Capacity(double s) => Emu.ToPoints(box.Width - 2 * SlideGeometry.InsetX) / (0.1 * s) * Math.Max(1, Math.Floor(Emu.ToPoints(box.Height) / (s * style.LineSpacing)));
        while (size - 2 >= minSize && visible > Capacity(size))
        {
            size -= 2;
        }

        while (true)
        {
            var scaled = style.Scaled(size / style.SizeFor(0));
            var laid = _styler.Lay(paragraphs, scaled, box.Width);
            if (ParagraphStyler.HeightOf(laid) <= box.Height || size - 2 < minSize)
            {
                if (ParagraphStyler.HeightOf(laid) > box.Height)
                {
                    _diagnostics.Warn(source, DiagnosticCodes.TextShrunk,
                        $"'{Diagnostic.Shorten(string.Join(" ", paragraphs.Select(p => p.Text)))}' is too long for its box even at {size}pt; shorten it");
                }

                return new TextShape(box, role, laid, anchor);
            }

            size -= 2;
        }
    }

    private TextShape SlideNumber(int number)
    {
        var style = new TextStyle("body", [12], _theme.Color("dk2"), Align: TextAlign.Right);
        var laid = _styler.Lay([Paragraph.Plain(number.ToString(System.Globalization.CultureInfo.InvariantCulture))], style, _geo.SlideNumber.Width);
        return new TextShape(_geo.SlideNumber, TextRole.SlideNumber, laid, VerticalAnchor.Bottom);
    }
}
