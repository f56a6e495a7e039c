using SlideBuilder.Build;
using SlideBuilder.Model;

namespace SlideBuilder.Notes.Prose;

/// <summary>
/// Reads notes written as prose (a title line, paragraphs, quotations set off by quotation marks)
/// into the same <see cref="NotesDocument"/> the Markdown reader makes: headings with titles derived
/// from the text, each paragraph's sentences as bullets with the paragraph in full in the notes,
/// block quotations with the attribution the surrounding prose gives. `slidebuilder import` writes
/// exactly this document as Markdown, so building either gives the same slides.
/// </summary>
public static class PlainTextNotesReader
{
    /// <summary>Words of prose per slide before the next paragraph starts a new slide; measured fitting still decides.</summary>
    public const int WordsPerSlide = 60;

    public static NotesDocument Read(string path, string text, DiagnosticBag diagnostics)
    {
        var settings = new TalkSettings();
        var blocks = new List<NotesBlock>();
        var paragraphs = ProseParagraph.Split(text);
        if (paragraphs.Count == 0)
        {
            return new NotesDocument(path, settings with { Title = Path.GetFileNameWithoutExtension(path) }, blocks);
        }

        // The first line is the title; the rest of its paragraph, if any, is prose.
        var firstLines = text.Replace('\t', ' ').Split('\n').Select(l => l.Trim()).ToList();
        var titleIndex = firstLines.FindIndex(l => l.Length > 0);
        var title = TextMetrics.Squash(firstLines[titleIndex]);
        settings = settings with { Title = title };
        var rest = paragraphs[0].Text.Length > title.Length ? paragraphs[0] with { Text = paragraphs[0].Text[title.Length..].Trim(), Line = paragraphs[0].Line + 1 } : null;
        var body = (rest is null ? [] : new List<ProseParagraph> { rest }).Concat(paragraphs.Skip(1)).ToList();

        if (body.Count > 0 && body[0].Text.StartsWith('(') && body[0].Text.TrimEnd().TrimEnd('.').EndsWith(')'))
        {
            blocks.Add(new SpeakerNoteBlock([Paragraph.Plain(body[0].Text)], At(path, body[0])));
            body.RemoveAt(0);
        }

        var spans = QuotationFinder.Find(body, i => IsHeading(body, i), path, diagnostics);
        var titles = new TitleDeriver();
        titles.Claim(title);
        var pending = new List<ProseParagraph>();
        string? lastAuthor = null;

        foreach (var span in spans)
        {
            switch (span.Kind)
            {
                case ProseSpanKind.Heading:
                    Flush(pending, null);
                    blocks.Add(new HeadingBlock(1, titles.Claim(span.Paragraphs[0].Text), At(path, span.Paragraphs[0])));
                    break;
                case ProseSpanKind.Prose:
                    pending.Add(span.Paragraphs[0]);
                    break;
                case ProseSpanKind.Quotation:
                    var near = pending.TakeLast(2).Reverse().Select(p => AttributionFinder.Find(p.Text)).FirstOrDefault(a => a is not null);
                    lastAuthor = near ?? lastAuthor;
                    var quote = new QuotationBlock(span.Paragraphs.Select(p => p.Text).ToList(), lastAuthor, At(path, span.Paragraphs[0]));
                    if (quote.WordCount <= settings.QuoteThreshold)
                    {
                        Flush(pending, quote); // a short quotation stays on the slide of the prose it follows
                        break;
                    }

                    // "Trotsky notes … thus:" introduces the quotation: it titles the quotation's slide and opens its notes.
                    var intro = pending.Count > 0 && pending[^1].Text.TrimEnd().EndsWith(':') ? pending[^1] : null;
                    if (intro is not null)
                    {
                        pending.RemoveAt(pending.Count - 1);
                    }

                    Flush(pending, null);
                    var quoteTitle = titles.Derive(intro is null
                        ? Planning.QuotationExcerpt.StripMarks(span.Paragraphs[0].Text)
                        : SentenceSplitter.Split(intro.Text)[^1]);
                    blocks.Add(new HeadingBlock(2, quoteTitle, intro is null ? quote.Source : At(path, intro)));
                    if (intro is not null)
                    {
                        blocks.Add(new SpeakerNoteBlock([Paragraph.Plain(intro.Text)], At(path, intro)));
                    }

                    blocks.Add(quote);
                    break;
            }
        }

        Flush(pending, null);
        return new NotesDocument(path, settings, blocks);

        void Flush(List<ProseParagraph> prose, QuotationBlock? shortQuote)
        {
            var chunks = Chunk(prose);
            if (chunks.Count == 0 && shortQuote is not null)
            {
                chunks.Add([]);
            }

            for (var c = 0; c < chunks.Count; c++)
            {
                var chunk = chunks[c];
                var first = chunk.Count > 0 ? chunk[0] : null;
                var heading = titles.Derive(first?.Text ?? Planning.QuotationExcerpt.StripMarks(shortQuote!.Paragraphs[0]));
                blocks.Add(new HeadingBlock(2, heading, first is null ? shortQuote!.Source : At(path, first)));
                if (chunk.Count > 0)
                {
                    var bullets = chunk.SelectMany(p => SentenceSplitter.Split(p.Text)).Select(s => new Paragraph([new Run(s)], ParagraphKind.Bullet)).ToList();
                    blocks.Add(new ContentBlock(new TextBlock(bullets, At(path, chunk[0]))));
                }

                if (c == chunks.Count - 1 && shortQuote is not null)
                {
                    blocks.Add(shortQuote);
                }

                if (chunk.Count > 0)
                {
                    blocks.Add(new SpeakerNoteBlock(chunk.Select(p => Paragraph.Plain(p.Text)).ToList(), At(path, chunk[0])));
                }
            }

            prose.Clear();
        }
    }

    /// <summary>Groups consecutive prose paragraphs into slide-sized runs by word count.</summary>
    private static List<List<ProseParagraph>> Chunk(List<ProseParagraph> prose)
    {
        var chunks = new List<List<ProseParagraph>>();
        var words = 0;
        foreach (var p in prose)
        {
            var n = TextMetrics.CountWords(p.Text);
            // A slide with little on it yet may take a longer paragraph; measured fitting still has the last word.
            if (chunks.Count == 0 || (words + n > WordsPerSlide && (words >= WordsPerSlide / 2 || words + n > WordsPerSlide * 3 / 2)))
            {
                chunks.Add([]);
                words = 0;
            }

            chunks[^1].Add(p);
            words += n;
        }

        return chunks;
    }

    /// <summary>A line that reads as a heading: short, one line, no closing punctuation, followed by prose.</summary>
    internal static bool IsHeading(IReadOnlyList<ProseParagraph> paragraphs, int i)
    {
        static bool Looks(string t) =>
            t.Length > 0 && TextMetrics.CountWords(t) <= 10 && char.IsUpper(t[0]) && !QuotationMarks.Opens(t)
            && !".,;:!?…”’\")]".Contains(t[^1], StringComparison.Ordinal);

        return Looks(paragraphs[i].Text) && i + 1 < paragraphs.Count && !Looks(paragraphs[i + 1].Text);
    }

    private static SourceLocation At(string path, ProseParagraph p) => new(path, p.Line);
}
