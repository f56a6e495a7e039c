using SlideBuilder.Build;
using SlideBuilder.Model;
using SlideBuilder.Notes;

namespace SlideBuilder.Planning;

/// <summary>
/// Maps a <see cref="NotesDocument"/> to logical slides (before measuring): headings to slides the
/// way pandoc's slide level does, long quotations to speaker notes with an excerpt on their own
/// slide, the presenter's notes to the slide they were written under.
/// </summary>
public static class DeckPlanner
{
    public static Deck Plan(NotesDocument doc)
    {
        var settings = doc.Settings;
        var blocks = doc.Blocks.ToList();
        var titleHeading = settings.Title is null ? blocks.OfType<HeadingBlock>().FirstOrDefault(h => h.Level == 1) : null;
        if (titleHeading is not null)
        {
            blocks.Remove(titleHeading);
        }

        var title = settings.Title ?? titleHeading?.Text ?? Path.GetFileNameWithoutExtension(doc.SourcePath);
        var info = new DeckInfo(title, settings.Subtitle, settings.Author, settings.Date, settings.Event, settings.Language);
        var slideLevel = settings.SlideLevel ?? (blocks.OfType<HeadingBlock>().Any(h => h.Level == 2) ? 2 : 1);

        var builder = new SlideSequence(settings.QuoteThreshold);
        var titleSlide = builder.Add(SlideLayoutKind.Title, title, new SourceLocation(doc.SourcePath, titleHeading?.Source.Line ?? 1));
        titleSlide.Subtitle = settings.Subtitle;
        var byline = new[] { settings.Author, settings.Event, settings.Date }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => Paragraph.Plain(s!)).ToList();
        if (byline.Count > 0)
        {
            titleSlide.Body.Add(new TextBlock(byline, titleSlide.Source));
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
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
                        builder.StartGroup(words, h.Source, SlideLayoutKind.TitleAndContent, eager: true);
                    }

                    break;
                case HeadingBlock h when h.Level == slideLevel:
                    builder.StartGroup(h.Text, h.Source, SlideLayoutKind.TitleAndContent, eager: true);
                    break;
                case HeadingBlock h:
                    builder.AddContent(new TextBlock([new Paragraph([new Run(h.Text, RunStyle.Bold)], ParagraphKind.Subheading)], h.Source));
                    break;
                case SlideBreakBlock br:
                    builder.Break(br.Source);
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

        var slides = TalkTiming.Time(builder.Build(), settings.Pace);
        if (settings.Agenda && Agenda.For(slides, settings.Language) is { } agenda)
        {
            slides = [slides[0], agenda, .. slides.Skip(1)];
        }

        return new Deck(info with { Pace = settings.Pace, PlannedMinutes = settings.Duration }, slides);
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
