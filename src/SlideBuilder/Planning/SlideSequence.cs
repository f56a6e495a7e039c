using SlideBuilder.Language;
using SlideBuilder.Model;
using SlideBuilder.Notes;
using SlideBuilder.Diagnostics;

namespace SlideBuilder.Planning;

/// <summary>
/// The planner's working state: the slides made so far and the group (a heading's slides) being
/// filled. Notes attach to the slide that is current where they were written.
/// </summary>
internal sealed class SlideSequence(int quoteThreshold)
{
    internal sealed class Draft(SlideLayoutKind layout, string? title, SourceLocation source)
    {
        public SlideLayoutKind Layout { get; } = layout;
        public string? Title { get; } = title;
        public SourceLocation Source { get; } = source;
        public string? Subtitle { get; set; }
        public IReadOnlyList<Run>? TitleRuns { get; set; }
        public List<SlideBlock> Body { get; } = [];
        public List<Paragraph> Notes { get; } = [];
        public bool Centred { get; set; }

        /// <summary>The first slide of a section that has no section slide of its own: listed in the agenda, timed as a section.</summary>
        public bool OpensSection { get; set; }

        public string? Footer { get; set; }
        public bool? Numbered { get; set; }
        public string? Header { get; set; }
        public string? Background { get; set; }
        public PictureBlock? BackgroundPicture { get; set; }

        /// <summary>The click on which text added now appears (raised by pauses).</summary>
        public int Step { get; set; }

        /// <summary>Clicks used so far by pauses and incremental lists' items.</summary>
        public int Clicks { get; set; }
    }

    private readonly List<Draft> _slides = [];
    private string? _groupTitle;
    private IReadOnlyList<Run>? _groupRuns;
    private SourceLocation _groupSource;
    private SlideLayoutKind _groupLayout = SlideLayoutKind.TitleAndContent;
    private Draft? _open;      // the content slide receiving blocks, made on demand
    private Draft? _current;   // where notes written now belong
    private Draft? _pending;   // after "---": settings and notes for the slide that comes next
    private SourceLocation? _break;

    /// <summary>Called for each slide as it is made (settings carried on from earlier slides).</summary>
    public Action<Draft>? OnNewSlide { get; set; }

    public Draft Add(SlideLayoutKind layout, string? title, SourceLocation source)
    {
        var draft = new Draft(layout, title, source) { TitleRuns = title is not null && title == _groupTitle ? _groupRuns : null };
        if (_pending is { } pending)
        {
            // What was written after a "---" (notes, Marp or Slidev settings) belongs to the slide that follows it.
            draft.Notes.AddRange(pending.Notes);
            draft.Centred = pending.Centred;
            draft.Footer = pending.Footer;
            draft.Numbered = pending.Numbered;
            draft.Header = pending.Header;
            draft.Background = pending.Background;
            draft.BackgroundPicture = pending.BackgroundPicture;
            draft.Step = pending.Step;
            draft.Clicks = pending.Clicks;
            _pending = null;
            _break = null;
        }

        OnNewSlide?.Invoke(draft);
        _slides.Add(draft);
        _open = null;
        _current = draft;
        return draft;
    }

    /// <summary>Starts a heading's slides; with <paramref name="eager"/> its first slide exists even if nothing follows.</summary>
    public Draft? StartGroup(string title, SourceLocation source, SlideLayoutKind layout, bool eager, IReadOnlyList<Run>? runs = null)
    {
        _groupTitle = title;
        _groupRuns = runs;
        _groupSource = source;
        _groupLayout = layout;
        _open = null;
        if (eager)
        {
            _current = Add(layout, title, source);
            _open = _current;
        }

        return _open;
    }

    /// <summary>
    /// A slide break ("---"). The next slide starts with what comes next, so "---" followed by a heading is one
    /// break (as in every Marp and Slidev deck), never an empty slide repeating the last title.
    /// </summary>
    public void Break(SourceLocation source)
    {
        if (_pending is { Notes.Count: > 0 } && _break is { } earlier)
        {
            // "---", only notes, "---": the author meant a slide, so the notes get one.
            _open = Add(_groupLayout, _groupTitle, earlier);
        }

        _open = null;
        _current = null;
        // Settings written on a slide that never came (---, a directive, ---) end with it.
        _pending = new Draft(_groupLayout, _groupTitle, source);
        _break = source;
    }

    /// <summary>The slide now being written, or the settings waiting for the next one after a break.</summary>
    public Draft Settings => _pending ?? _current ?? Open(_groupSource);

    public void AddContent(SlideBlock block)
    {
        var slide = Open(block.Source);
        slide.Body.Add(block switch
        {
            TextBlock text => Stepped(text, slide),
            // Columns build left to right: an incremental list in a column takes its clicks in reading order.
            ColumnsBlock columns => columns with
            {
                Columns = [.. columns.Columns.Select(c => c with { Blocks = [.. c.Blocks.Select(b => b is TextBlock t ? Stepped(t, slide) : b)] })],
            },
            _ => block,
        });
        _current = _open;
    }

    /// <summary>A pause: what follows on this slide appears on the next click (before any slide: on the first slide's).</summary>
    public void Pause(SourceLocation source)
    {
        var slide = _open ?? (_pending ??= new Draft(_groupLayout, _groupTitle, source));
        slide.Clicks++;
        slide.Step = slide.Clicks;
    }

    /// <summary>Gives each paragraph its click: the slide's current one, or a click of its own for an incremental list's item.</summary>
    private static TextBlock Stepped(TextBlock text, Draft slide)
    {
        if (slide.Step == 0 && !text.Paragraphs.Any(p => p.Incremental))
        {
            return text;
        }

        var paragraphs = new List<Paragraph>(text.Paragraphs.Count);
        var item = slide.Step;
        foreach (var p in text.Paragraphs)
        {
            if (p.Incremental && p.Level == 0 && p.Kind is ParagraphKind.Bullet or ParagraphKind.Numbered)
            {
                item = ++slide.Clicks;
            }

            // An incremental list's items (and what they hold) appear one click each; other text with the slide's
            // current step, so a line after the list shows from the start. A footnote shows from the start.
            var step = p.Kind == ParagraphKind.Footnote ? 0 : p.Incremental || (p.Level > 0 && item > slide.Step) ? item : slide.Step;
            paragraphs.Add(step == 0 ? p : p with { Step = step });
        }

        return text with { Paragraphs = paragraphs };
    }

    public void AddNotes(IReadOnlyList<Paragraph> paragraphs) =>
        (_pending ?? _current ?? Open(_groupSource)).Notes.AddRange(paragraphs);

    public void AddQuotation(QuotationBlock quote)
    {
        if (quote.WordCount <= quoteThreshold)
        {
            // A short quotation is shown whole where it was written (a slide holding nothing else takes the
            // quotation layout when built); the speaker's notes carry it too, since it is read aloud.
            AddContent(new QuoteBlock(QuotationExcerpt.StripMarks(string.Join(" ", quote.Paragraphs)), quote.Attribution, false, quote.Source));
            _current?.Notes.AddRange(FullQuotation(quote));
            return;
        }

        // A long quotation gets its own slide: excerpt and attribution shown, the whole text in the notes.
        var slide = OwnSlide(SlideLayoutKind.Quotation, _groupTitle, quote.Source);
        slide.Body.Add(new QuoteBlock(QuotationExcerpt.Make(quote.Paragraphs), quote.Attribution, true, quote.Source,
            quote.Paragraphs.Select(QuotationExcerpt.StripMarks).ToList()));
        slide.Notes.AddRange(FullQuotation(quote));
    }

    /// <summary>A figure gets a slide of its own, titled with the figure's title (else its section's).</summary>
    public void AddFigure(FigureBlock figure)
    {
        var title = figure.Spec?.Title is { Length: > 0 } t ? t : _groupTitle;
        var slide = OwnSlide(SlideLayoutKind.PictureFigure, title, figure.Source);
        slide.Body.Add(figure);
        if (figure.Spec is { } spec)
        {
            slide.Notes.Add(Paragraph.Plain(Figures.AltText.For(spec)));
        }
    }

    /// <summary>
    /// A slide that one block has to itself. When the heading's slide has nothing on it yet, this
    /// slide takes its place and its notes.
    /// </summary>
    private Draft OwnSlide(SlideLayoutKind layout, string? title, SourceLocation source)
    {
        var open = _open;
        var slide = Add(layout, title, source);
        if (open is not null && open.Body.Count == 0)
        {
            slide.Notes.AddRange(open.Notes);
            _slides.Remove(open);
        }

        _open = null;
        return slide;
    }

    public IReadOnlyList<Slide> Build(string? footer = null, bool numbered = true)
    {
        if (_pending is { Notes.Count: > 0 } && _break is { } last)
        {
            Add(_groupLayout, _groupTitle, last);
        }

        // Every title unique: a quotation's slide that repeats its heading is named for who speaks ("Costigan on what
        // the head cook said"); any other repeat is numbered.
        var titles = new Notes.Prose.TitleDeriver();
        var slides = new List<Slide>();
        foreach (var d in _slides)
        {
            var layout = d.Layout == SlideLayoutKind.TitleAndContent && d.Body is [QuoteBlock] ? SlideLayoutKind.Quotation : d.Layout;
            var title = d.Title;
            if (title is not null && layout != SlideLayoutKind.SectionHeader && !titles.TryClaim(title))
            {
                var speaker = d.Body.OfType<QuoteBlock>().FirstOrDefault()?.Attribution?.Split(',')[0].Trim().Split(' ')[^1];
                var named = speaker is { Length: > 0 } && title.Length > 1 && !Language.Phrases.EndsOnFunctionWord(title)
                    ? $"{speaker} on {char.ToLowerInvariant(title[0])}{title[1..]}" : null;
                title = named is not null && titles.TryClaim(named) ? named : titles.Unique(title);
            }

            slides.Add(new Slide(layout, title, d.Body, d.Notes, d.Source, d.Subtitle)
            {
                // A title made unique ("Code (2)") keeps its formatting and gains its number.
                TitleRuns = d.TitleRuns is { } runs && title is not null && d.Title is not null && title.StartsWith(d.Title, StringComparison.Ordinal)
                    ? title.Length > d.Title.Length ? [.. runs, new Run(title[d.Title.Length..])] : runs
                    : null,
                Centred = d.Centred,
                OpensSection = d.OpensSection || layout == SlideLayoutKind.SectionHeader,
                Footer = d.Footer ?? footer,
                Numbered = d.Numbered ?? numbered,
                Header = d.Header,
                Background = d.Background,
                BackgroundPicture = d.BackgroundPicture,
            });
        }

        return slides;
    }

    private Draft Open(SourceLocation source)
    {
        if (_open is null)
        {
            var continuing = _slides.Count > 0 && _slides[^1].Layout == SlideLayoutKind.Quotation;
            _open = Add(_groupTitle is null && !continuing ? SlideLayoutKind.Blank : _groupLayout, _groupTitle, source);
        }

        return _open;
    }

    /// <summary>The quotation as it goes into the speaker notes: every paragraph in full, then its source.</summary>
    internal static IEnumerable<Paragraph> FullQuotation(QuotationBlock quote)
    {
        for (var i = 0; i < quote.Paragraphs.Count; i++)
        {
            var text = QuotationExcerpt.StripMarks(quote.Paragraphs[i]);
            yield return new Paragraph([new Run((i == 0 ? "“" : "") + text + (i == quote.Paragraphs.Count - 1 ? "”" : ""), RunStyle.Italic)]);
        }

        if (quote.Attribution is not null)
        {
            yield return Paragraph.Plain("— " + quote.Attribution);
        }
    }
}
