using SlideBuilder.Model;
using SlideBuilder.Notes;
using SlideBuilder.Diagnostics;

namespace SlideBuilder.Planning;

/// <summary>
/// Maps a <see cref="NotesDocument"/> to logical slides (before measuring): headings to slides the
/// way pandoc's slide level does, long quotations to speaker notes with an excerpt on their own
/// slide, the presenter's notes to the slide they were written under.
/// </summary>
public static class DeckPlanner
{
    public static Deck Plan(NotesDocument doc, DiagnosticBag? diagnostics = null)
    {
        var settings = doc.Settings;
        var blocks = doc.Blocks.ToList();
        var titleHeading = settings.Title is null ? blocks.OfType<HeadingBlock>().FirstOrDefault(h => h.Level == 1) : null;
        if (titleHeading is not null)
        {
            blocks.Remove(titleHeading);
        }

        var title = settings.Title ?? titleHeading?.Text ?? Language.Phrases.FileTitle(doc.SourcePath);
        var (subtitle, titleNotes) = TitleSlideText(blocks, title, titleHeading, settings.Subtitle is null);
        settings = settings with { Subtitle = settings.Subtitle ?? subtitle };
        var info = new DeckInfo(title, settings.Subtitle, settings.Author, settings.Date, settings.Event, settings.Language);
        var slideLevel = settings.SlideLevel ?? (blocks.OfType<HeadingBlock>().Any(h => h.Level == 2) ? 2 : 1);

        var builder = new SlideSequence(settings.QuoteThreshold);
        var directives = new DirectiveMapping(diagnostics);
        var titleSlide = builder.Add(SlideLayoutKind.Title, title, new SourceLocation(doc.SourcePath, titleHeading?.Source.Line ?? 1));
        builder.OnNewSlide = directives.Inherit;
        titleSlide.Subtitle = settings.Subtitle;
        titleSlide.Notes.AddRange(titleNotes);
        var byline = new[] { settings.Author, settings.Event, settings.Date }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => Paragraph.Plain(s!)).ToList();
        if (byline.Count > 0)
        {
            titleSlide.Body.Add(new TextBlock(byline, titleSlide.Source));
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case HeadingBlock { TitlesItsSlide: true } h:
                    // A section of one slide (prose notes): its heading titles that slide, and the agenda and timings count it
                    // as a section ("1." goes: the agenda numbers the sections).
                    if (builder.StartGroup(Language.Headings.Split(h.Text).Title, h.Source, SlideLayoutKind.TitleAndContent, eager: true) is { } opening)
                    {
                        opening.OpensSection = true;
                    }

                    break;
                case HeadingBlock h when h.Level < slideLevel:
                    // "Chapter 1 – The pick-up": the number is a label on the section slide, the words its title.
                    var (label, words) = Language.Headings.Split(h.Text);
                    if (HasSlideHeadingBeneath(blocks, i, slideLevel))
                    {
                        // A section header slide; text right under the heading gets a slide of its own when it comes.
                        builder.Add(SlideLayoutKind.SectionHeader, words, h.Source).Subtitle = label;
                        builder.StartGroup(words, h.Source, SlideLayoutKind.TitleAndContent, eager: false);
                    }
                    else
                    {
                        builder.StartGroup(words, h.Source, SlideLayoutKind.TitleAndContent, eager: true, words == h.Text ? h.Runs : null);
                    }

                    break;
                case HeadingBlock h when h.Level == slideLevel:
                    builder.StartGroup(h.Text, h.Source, SlideLayoutKind.TitleAndContent, eager: true, h.Runs);
                    break;
                case HeadingBlock h:
                    builder.AddContent(new TextBlock([new Paragraph([new Run(h.Text, RunStyle.Bold)], ParagraphKind.Subheading)], h.Source));
                    break;
                case SlideBreakBlock br:
                    builder.Break(br.Source);
                    break;
                case DirectiveBlock directive:
                    directives.Apply(directive, builder.Settings);
                    break;
                case PauseBlock pause:
                    builder.Pause(pause.Source);
                    break;
                case SpeakerNoteBlock notes:
                    builder.AddNotes(notes.Paragraphs);
                    break;
                case QuotationBlock quote:
                    builder.AddQuotation(quote);
                    break;
                case ContentBlock { Block: FigureBlock figure }:
                    builder.AddFigure(figure);
                    break;
                case ContentBlock content:
                    builder.AddContent(content.Block);
                    break;
            }
        }

        var slides = TalkTiming.Time(builder.Build(settings.Footer, settings.Paginate), settings.Pace);
        if (settings.Agenda && Agenda.For(slides, settings.Language) is { } agenda)
        {
            slides = [slides[0], agenda, .. slides.Skip(1)];
        }

        return new Deck(info with { Pace = settings.Pace, PlannedMinutes = settings.Duration }, slides);
    }

    /// <summary>
    /// The deck's own opening, as Marp, Slidev and reveal.js decks write it: a first slide whose heading is the
    /// talk's title (or the title heading itself) followed by a line or two. That line is the title slide's
    /// subtitle and its notes the title slide's, rather than a second slide repeating the title.
    /// </summary>
    private static (string? Subtitle, List<Paragraph> Notes) TitleSlideText(List<NotesBlock> blocks, string title, HeadingBlock? titleHeading, bool wantSubtitle)
    {
        var start = 0;
        while (start < blocks.Count && blocks[start] is DirectiveBlock or SlideBreakBlock)
        {
            start++;
        }

        if (start < blocks.Count && blocks[start] is HeadingBlock h && string.Equals(h.Text.Trim(), title.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            start++;
        }
        else if (titleHeading is null || start >= blocks.Count || blocks[start].Source.Line < titleHeading.Source.Line
                 || blocks.Take(start).Any(b => b is SlideBreakBlock && b.Source.Line > titleHeading.Source.Line))
        {
            return (null, []); // only the lines right under the title heading belong to the title slide
        }

        var end = start;
        while (end < blocks.Count && blocks[end] is ContentBlock { Block: TextBlock } or SpeakerNoteBlock or DirectiveBlock)
        {
            end++;
        }

        var text = blocks.Skip(start).Take(end - start).OfType<ContentBlock>().SelectMany(c => ((TextBlock)c.Block).Paragraphs).ToList();
        var words = text.Sum(p => TextMetrics.CountWords(p.Text));
        var more = end < blocks.Count && blocks[end] is not (HeadingBlock or SlideBreakBlock); // a table, a picture, a quotation follows
        if (more || text.Count > 1 || words > 25 || (text.Count == 1 && !wantSubtitle) || text.Any(p => p.Kind != ParagraphKind.Plain))
        {
            return (null, []); // more than a subtitle: the slide stays
        }

        var notes = blocks.Skip(start).Take(end - start).OfType<SpeakerNoteBlock>().SelectMany(n => n.Paragraphs).ToList();
        // Directives among them (a Marp footer, paginate) stay: they apply to the slides that follow.
        var kept = blocks.Take(end).OfType<DirectiveBlock>().ToList();
        blocks.RemoveRange(0, end);
        blocks.InsertRange(0, kept);
        return (text.Count == 1 ? text[0].Text.Replace(Model.Run.LineBreak, ' ') : null, notes);
    }

    private static bool HasSlideHeadingBeneath(List<NotesBlock> blocks, int index, int slideLevel)
    {
        var level = ((HeadingBlock)blocks[index]).Level;
        for (var j = index + 1; j < blocks.Count; j++)
        {
            if (blocks[j] is HeadingBlock next)
            {
                if (next.Level <= level)
                {
                    return false;
                }

                if (next.Level == slideLevel)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
