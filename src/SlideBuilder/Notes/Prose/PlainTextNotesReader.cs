using SlideBuilder.Model;
using SlideBuilder.Diagnostics;

namespace SlideBuilder.Notes.Prose;

/// <summary>
/// Reads notes written as prose (a title line, paragraphs, quotations set off by quotation marks)
/// into the same <see cref="NotesDocument"/> the Markdown reader makes: headings with titles derived
/// from the text, each paragraph's sentences as bullets with the paragraph in full in the notes,
/// block quotations with the attribution the surrounding prose gives. `slidebuilder import` writes
/// exactly this document as Markdown, so building either gives the same slides.
/// </summary>
public static partial class PlainTextNotesReader
{
    /// <summary>A prose slide shows at most this many cues, of at most this many words in all.</summary>
    public const int CuesPerSlide = 4;
    public const int CueWordsPerSlide = 39; // forty with the slide number, counted as an audience reads them: "day's" and "£9.40" are two

    /// <summary>One paragraph gives at most this many cues; a further one must score at least <see cref="FurtherCueScore"/>.</summary>
    public const int CuesPerParagraph = 3;
    private const double FurtherCueScore = 1.5;
    private const double LeaningPenalty = 1.5;
    private const int LongParagraphWords = 55;

    /// <summary>Words of script per slide before the next paragraph starts a new slide.</summary>
    public const int ScriptWordsPerSlide = 200;

    public static NotesDocument Read(string path, string text, DiagnosticBag diagnostics)
    {
        var settings = new TalkSettings();
        var blocks = new List<NotesBlock>();
        var paragraphs = ProseParagraph.Split(text);
        if (paragraphs.Count == 0)
        {
            return new NotesDocument(path, settings with { Title = Path.GetFileNameWithoutExtension(path) }, blocks);
        }

        // The first line is the title; the rest of its paragraph, if any, is prose. Notes that open straight into the
        // script ("Good morning, everyone. Okay, before I start…") have no title line: the talk says what it is about.
        var firstLines = text.Replace('\t', ' ').Split('\n').Select(l => l.Trim()).ToList();
        var titleIndex = firstLines.FindIndex(l => l.Length > 0);
        var firstLine = TextMetrics.Squash(firstLines[titleIndex]);
        // ("Who Paid? Wages on the Quays" is a title; "Good morning. Okay, before I start…" is script.)
        var titled = TextMetrics.CountWords(firstLine) <= 20 && (Language.Sentences.Split(firstLine).Count == 1 || !firstLine.TrimEnd().EndsWith('.'));
        var title = titled ? firstLine : NamedTitle(paragraphs.Take(2).Select(p => p.Text)) ?? TopicTitle(paragraphs.Take(3).Select(p => p.Text)) ?? Language.Phrases.FileTitle(path);
        // ("THE BAKERY THAT BELONGS TO ITS BAKERS" is set in title case, as its ALL-CAPS headings are.)
        settings = settings with { Title = titled ? HeadingText(title) : title };
        var rest = !titled ? paragraphs[0]
            : paragraphs[0].Text.Length > title.Length ? paragraphs[0] with { Text = paragraphs[0].Text[title.Length..].Trim(), Line = paragraphs[0].Line + 1 } : null;
        // "Roughly twenty minutes." as the last line under the title plans the talk's length: a note to the speaker, not a slide.
        var underTitle = firstLines.Skip(titleIndex + 1).TakeWhile(l => l.Length > 0).ToList();
        // ("About twenty-five minutes. Leave the last five for the retired keepers…": the plan, then the speaker's own directions.)
        if (titled && rest is not null && underTitle.Count > 0
            && (Language.Durations.Planned(underTitle[^1]) ?? Language.Durations.Planned(Language.Sentences.Split(underTitle[^1]).FirstOrDefault() ?? "")) is { } plannedLength)
        {
            blocks.Add(new SpeakerNoteBlock([Paragraph.Plain(underTitle[^1])], new SourceLocation(path, rest.Line + underTitle.Count - 1)));
            settings = settings with { Duration = plannedLength };
            rest = underTitle.Count == 1 ? null : rest with { Text = TextMetrics.Squash(string.Join(' ', underTitle.SkipLast(1))) };
        }

        // "Seminar paper, economic history workshop (draft notes)" under the title line says what the talk is for: its subtitle.
        // ("(Lecture for second-year economics. Roughly 30 minutes.)" is a note to the speaker, read below.)
        // So is one short line right beneath the title, in its paragraph, that is no sentence ("Pay, isolation and the
        // automatic lamp on the Thai coast, 1975–2005").
        var subtitleLine = rest is not null && underTitle.Count >= 1 && rest.Text == TextMetrics.Squash(underTitle[0]) && Language.Durations.Mentioned(rest.Text) is null;
        if (rest is not null && !rest.Text.StartsWith('(') && TextMetrics.CountWords(rest.Text) <= (subtitleLine ? 16 : 12) && (Occasion().IsMatch(rest.Text) || subtitleLine)
            && !rest.Text.TrimEnd().EndsWith('.') && !rest.Text.TrimEnd().EndsWith('?'))
        {
            settings = settings with { Subtitle = rest.Text };
            rest = null;
        }

        var body = (rest is null ? [] : new List<ProseParagraph> { rest }).Concat(paragraphs.Skip(1)).ToList();

        if (body.Count > 0 && body[0].Text.StartsWith('(') && body[0].Text.TrimEnd().TrimEnd('.').EndsWith(')'))
        {
            blocks.Add(new SpeakerNoteBlock([Paragraph.Plain(body[0].Text)], At(path, body[0])));
            // "(Talk for the history group. About forty minutes with questions.)" plans the talk's length.
            settings = settings with { Duration = Language.Durations.Mentioned(body[0].Text) ?? settings.Duration };
            body.RemoveAt(0);
        }

        // "Roughly twenty minutes." (or "Talk for the harbour society. About forty minutes with questions.") on its own
        // before the talk begins: how long the speaker plans to take.
        else if (body.Count > 1 && settings.Duration is null && Language.Sentences.Split(body[0].Text) is { Count: <= 2 } said
            && said.Select(Language.Durations.Planned).ToList() is var plans && plans.FirstOrDefault(x => x is not null) is { } planned
            && said.Select((x, k) => plans[k] is not null || Occasion().IsMatch(x)).All(ok => ok))
        {
            blocks.Add(new SpeakerNoteBlock([Paragraph.Plain(body[0].Text)], At(path, body[0])));
            settings = settings with { Duration = planned };
            body.RemoveAt(0);
        }

        // "Notes for my talk at the regional forum. Aim for about fifteen minutes; don't rush the payslip example.": the
        // speaker's note to themselves before the talk, with the length it plans. (A short occasion line is a subtitle, below.)
        else if (body.Count > 1 && NotesPreface().IsMatch(body[0].Text) && Language.Sentences.Split(body[0].Text).Count > 1)
        {
            blocks.Add(new SpeakerNoteBlock([Paragraph.Plain(body[0].Text)], At(path, body[0])));
            settings = settings with { Duration = Language.Durations.Mentioned(body[0].Text) ?? settings.Duration };
            body.RemoveAt(0);
        }

        // "Notes for the Thursday colloquium" between the title and the first heading is the talk's subtitle, not a section.
        if (body.Count > 2 && !Language.Headings.IsNumbered(body[0].Text) && IsHeading(body, 0) && (IsHeading(body, 1) || Occasion().IsMatch(body[0].Text)))
        {
            settings = settings with { Subtitle = body[0].Text };
            body.RemoveAt(0);
        }

        (body, var leadIns) = InlineQuotations.Split(body);
        var spans = QuotationFinder.Find(body, i => IsHeading(body, i), path, diagnostics);
        var vocabulary = Language.Vocabulary.Of(body.Select(p => p.Text));
        var titles = new TitleDeriver();
        titles.Claim(title);
        // "First, … Second, … Third, …" open sections where no heading stands among them (a closing
        // "Questions for discussion" heading after the last step does not count).
        var enumerated = Enumeration(spans);
        if (enumerated.Count > 0 && spans.Take(enumerated.Keys.Max()).Any(s => s.Kind == ProseSpanKind.Heading))
        {
            enumerated = [];
        }

        var closer = false;
        // Each prose slide's title with all its cues (the title may have said some of them and left them off the slide: they
        // are given back when the section's heading titles the slide instead).
        var chunkCues = new Dictionary<HeadingBlock, List<string>>(ReferenceEqualityComparer.Instance);
        var pending = new List<ProseParagraph>();
        string? lastAuthor = null;

        for (var k = 0; k < spans.Count; k++)
        {
            var span = spans[k];
            switch (span.Kind)
            {
                case ProseSpanKind.Heading:
                    Flush(pending);
                    closer = Language.Headings.IsCloser(span.Paragraphs[0].Text);
                    blocks.Add(new HeadingBlock(1, titles.Claim(HeadingText(span.Paragraphs[0].Text)), At(path, span.Paragraphs[0])));
                    break;
                case ProseSpanKind.Prose when enumerated.TryGetValue(k, out var number):
                    // "First, … Second, … Third, …" with no headings: each step opens a section.
                    Flush(pending);
                    var stepTitle = titles.Pick(StepTitles(span.Paragraphs[0].Text, vocabulary)) ?? titles.Derive(span.Paragraphs[0].Text);
                    blocks.Add(new HeadingBlock(1, $"{number}. {stepTitle}", At(path, span.Paragraphs[0])));
                    pending.Add(span.Paragraphs[0]);
                    break;
                case ProseSpanKind.Prose:
                    pending.Add(span.Paragraphs[0]);
                    break;
                case ProseSpanKind.Quotation:
                    // A line after the quotation that names its author ("— that is Joaquim Rosa, …") is the surest;
                    // then the lead-in; else the author quoted last, when the talk is about that author's work (the
                    // name is in the title, or the lead-in names or points back to them): in an oral history each
                    // voice is named where it speaks, and an unnamed one stays unnamed.
                    var afterLine = k + 1 < spans.Count && spans[k + 1].Kind == ProseSpanKind.Prose ? spans[k + 1].Paragraphs[0] : null;
                    var named = afterLine is null ? null : AttributionFinder.FindAfter(afterLine.Text);
                    var near = pending.TakeLast(2).Reverse().Select(p => AttributionFinder.Find(p.Text)).FirstOrDefault(a => a is not null);
                    var carried = lastAuthor is not null && (title.Contains(lastAuthor.Split(' ')[^1], StringComparison.OrdinalIgnoreCase)
                        || pending.TakeLast(1).Any(p => p.Text.Contains(lastAuthor.Split(' ')[^1], StringComparison.OrdinalIgnoreCase) || BackReference().IsMatch(p.Text)))
                        ? lastAuthor : null;
                    var author = named ?? near ?? carried;
                    lastAuthor = author ?? lastAuthor;
                    var quote = new QuotationBlock(span.Paragraphs.Select(p => p.Text).ToList(), author, At(path, span.Paragraphs[0]));

                    // "Trotsky notes … thus:" introduces the quotation: it titles the quotation's slide and opens its notes.
                    var intro = pending.Count > 0 && (pending[^1].Text.TrimEnd().EndsWith(':') || leadIns.Contains(pending[^1])) ? pending[^1] : null;
                    if (intro is not null)
                    {
                        pending.RemoveAt(pending.Count - 1);
                    }

                    Flush(pending);
                    var quoteSentences = span.Paragraphs.SelectMany(p => Language.Sentences.Split(Language.QuotationExcerpt.StripMarks(p.Text))).ToList();
                    var quoteTitle = titles.Pick(Language.Headline.ForQuotation(quoteSentences, author, vocabulary, author is null ? null : Language.QuotationExcerpt.Make(quote.Paragraphs)))
                        ?? titles.Derive(intro is null ? Language.QuotationExcerpt.StripMarks(span.Paragraphs[0].Text) : Language.Sentences.Split(intro.Text)[^1]);
                    blocks.Add(new HeadingBlock(2, quoteTitle, intro is null ? quote.Source : At(path, intro)));
                    if (intro is not null)
                    {
                        blocks.Add(new SpeakerNoteBlock([Paragraph.Plain(intro.Text)], At(path, intro)));
                    }

                    blocks.Add(quote);
                    if (named is not null)
                    {
                        // The naming line belongs with the quotation: in its slide's notes, not a slide of its own.
                        blocks.Add(new SpeakerNoteBlock([Paragraph.Plain(afterLine!.Text)], At(path, afterLine)));
                        k++;
                    }

                    break;
            }
        }

        Flush(pending);
        return new NotesDocument(path, settings, MergeOneSlideSections(blocks, chunkCues));

        void Flush(List<ProseParagraph> prose)
        {
            foreach (var cued in Chunk(prose))
            {
                var chunk = cued.Select(c => c.Paragraph).ToList();
                var script = chunk.SelectMany(p => Language.Sentences.Split(p.Text)).Where(s => !Language.Phrases.IsSignpost(s)).ToList();
                var ownCues = cued.SelectMany(c => c.Cues).ToList();
                // Each cue said as a headline: a title equal to one leaves that cue off the slide. Only a slide of two or more
                // cues offers them as titles; a lone cue's headline can still come as a statement of the script.
                var headlines = ownCues.Select(c => Language.HeadlineClause.From(c, vocabulary)).ToList();
                var candidates = Language.Headline.Candidates(script, vocabulary, ownCues.FirstOrDefault(), ownCues.Count > 1 ? headlines.OfType<string>() : []);
                // Under "Questions for discussion", a slide of questions says how many it asks.
                // (Questions on consecutive lines are one paragraph: then each is counted.)
                var questions = chunk.Count > 1 ? chunk.Count : Language.Sentences.Split(chunk[0].Text).Count(Language.Sentences.Asks);
                var named = closer && questions > 1 && chunk.All(p => p.Text.TrimEnd().EndsWith('?')) ? $"{Language.Durations.NumberWord(questions)} questions to discuss" : null;
                if (ownCues.Count == 0 && (candidates.Count == 0 && blocks.Count > 0 || blocks.OfType<HeadingBlock>().LastOrDefault() is not { Level: 1 } && named is null))
                {
                    // Nothing to show ("I think that is enough for now", the speaker's own story, a paragraph that only links
                    // two others): script for the slide before, the title slide when it opens the talk; never a slide named by a
                    // detail of it ("Last sentence", "Bowl of kitsune udon") with nothing beneath. (A section's first prose
                    // keeps its slide: the section is a slide of its own.)
                    blocks.Add(new SpeakerNoteBlock(chunk.Select(p => Paragraph.Plain(p.Text)).ToList(), At(path, chunk[0])));
                    continue;
                }

                // "I should begin by admitting that I came to this subject sideways…": a talk that opens with the speaker's own
                // story is introduced, not named by a detail of that story ("Subject sideways").
                named ??= !blocks.OfType<HeadingBlock>().Any() && script.Count(Language.Salience.IsSpeakerStory) * 2 >= script.Count && script.Count > 0 ? "Introduction" : null;
                // A title taken from the very line a bullet quotes would say it twice ("Seventy-one pesos is not a differential"
                // over "Maria Santos: “… Seventy-one pesos is not a differential. …”").
                var unsaid = candidates.Where(c => !ownCues.Any(q => q.Contains('“', StringComparison.Ordinal) && q.Contains(c.TrimEnd('.', '!', '?'), StringComparison.OrdinalIgnoreCase))).ToList();
                var heading = titles.Pick(named is null ? unsaid : [named, .. unsaid]) ?? titles.Derive(chunk[0].Text);
                var chunkTitle = new HeadingBlock(2, heading, At(path, chunk[0]));
                chunkCues.Add(chunkTitle, ownCues);
                blocks.Add(chunkTitle);

                // Slides are cues; the script is in the notes, once. A cue the title already says, whole or as a headline, is not
                // repeated beneath it: a slide whose one cue is its title ("Pay is about respect") states its point and nothing else.
                var said = headlines.FindIndex(h => h is not null && SameWords(h, heading));
                var shown = ownCues.Where((c, k) => !SameWords(c, heading) && k != said).ToList();

                // Under "Wages rose on paper", the cue "Wages rose on paper: a face worker was on…" says only what follows its colon.
                shown = shown.Select(c => AfterTitle(c, heading)).ToList();

                var bullets = shown.Select(Paragraph.Bullet).ToList();
                if (bullets.Count > 0)
                {
                    blocks.Add(new ContentBlock(new TextBlock(bullets, At(path, chunk[0]))));
                }

                blocks.Add(new SpeakerNoteBlock(chunk.Select(p => Paragraph.Plain(p.Text)).ToList(), At(path, chunk[0])));
            }

            prose.Clear();
        }
    }

    /// <summary>
    /// The cues of one paragraph: the sentence that carries its point (<see cref="Language.Salience"/>), condensed
    /// without a cut, or its closing question, or its quotation; and, when that has no figure, the sentence that best
    /// carries the figures (an audience keeps them). In the paragraph's order.
    /// </summary>
    internal static List<string> Cues(ProseParagraph paragraph)
    {
        // Sentences about the talk itself ("Let me start with the nurses.") are script, not cues.
        // "1. If the middlemen…?": an item's number is not a sentence of its own.
        var text = ProseParagraph.ItemNumber(paragraph.Text) is > 0 and var number ? paragraph.Text[(number.ToString(System.Globalization.CultureInfo.InvariantCulture).Length + 2)..] : paragraph.Text;
        var sentences = Language.Sentences.Split(text).Where(s => !Language.Phrases.IsAboutTheTalk(s))
            .Where(s => !s.TrimStart().StartsWith("Which ", StringComparison.Ordinal)).ToList(); // "Which were charged…" leans on the sentence before
        // "First, how the cooperative began.": a step's signpost is its section's title, not a cue.
        if (sentences.Count > 1 && Language.Phrases.IsSignpost(sentences[0]))
        {
            sentences.RemoveAt(0);
        }

        var cues = new List<string>();
        if (sentences.Count == 0)
        {
            return cues;
        }

        // The sentence that carries the point (Language.Salience), cued without a cut; when none condenses
        // cleanly the slide shows none of it rather than a fragment (the speaker's words are in the notes, whole).
        // A paragraph that ends by asking something ("…Was that the union's failure?") is about its question.
        var question = Language.Sentences.Asks(sentences[^1]) && TextMetrics.CountWords(sentences[^1]) <= Language.Condenser.QuestionWhole ? sentences[^1] : null;
        var scores = Language.Salience.Score(sentences);
        // A quotation of several sentences inside the paragraph is never cut into a cue of its own words: its telling
        // sentence stands for it, in marks, with who said it.
        var quoted = QuotedSentences(sentences);
        var candidates = Enumerable.Range(0, sentences.Count)
            .Where(i => sentences[i].Split(' ').Length >= 4 && !quoted.Contains(i))
            .Select(i => (Index: i, Cue: QuotedCue(sentences[i]) ?? Language.Condenser.Cue(sentences[i]))).Where(x => !x.Cue.EndsWith('…') && Language.CueRules.Whole(x.Cue, sentences[x.Index]) && Language.CueRules.SaysEnough(x.Cue))
            .Select(x => (x.Index, x.Cue, Figures: Language.Salience.CarriesFigures(x.Cue)))
            .Select(x => (x.Index, x.Cue, x.Figures, Score: scores[x.Index] + CueLengthScore(x.Cue) - (!x.Figures && Language.Salience.CarriesFigures(sentences[x.Index]) ? 1.5 : 0)))
            .ToList();
        if (quoted.Count > 1 && InlineQuotationCue(sentences, quoted) is { } quotationCue)
        {
            candidates.Add((quoted.Min(), quotationCue, Language.Salience.CarriesFigures(quotationCue), 2.5));
        }

        if (candidates.Count == 0)
        {
            return cues;
        }

        // "First, … Second, … Third, …" in one paragraph, or questions one after another: each counted point, each question,
        // is a cue of its own, when all of them condense cleanly and fit the slide.
        // (Counted means a "second" among them and nothing else of weight: "First the pumps failed. The water rose forty
        // metres… Finally…" is a story, whose figures are its cue.)
        var opening = sentences.Select(Language.Phrases.CountingWord).ToList();
        var counted = Enumerable.Range(0, sentences.Count).Where(i => Language.Phrases.IsStepWord(opening[i])).ToList();
        if (!opening.Any(Language.Phrases.StepOrdinals[1].Contains) || Enumerable.Range(0, sentences.Count).Any(i => !counted.Contains(i) && Language.Salience.CarriesFigures(sentences[i])))
        {
            counted = [];
        }

        var asking = sentences.Count >= 2 && sentences.All(Language.Sentences.Asks);
        if ((counted.Count >= 2 ? counted : asking ? [.. Enumerable.Range(0, sentences.Count)] : null) is { Count: <= 4 } series
            && series.All(i => candidates.Any(c => c.Index == i))
            && series.Select(i => candidates.First(c => c.Index == i).Cue).ToList() is var listed
            && listed.Sum(Language.Vocabulary.CountReadWords) <= CueWordsPerSlide)
        {
            return listed;
        }

        var lead = candidates.FirstOrDefault(x => sentences[x.Index] == question) is { Cue: not null } asked ? asked
            : candidates.MaxBy(x => (x.Score, -x.Index));
        // "This has led to the growth of the bureaucracy": a lead that points back at a sentence the slide leaves out says
        // nothing to the audience; a nearly as telling sentence that stands alone is cued instead.
        if (Language.CueRules.LeansBack(lead.Cue) && !Language.Salience.Corrects(sentences, lead.Index) && candidates.Where(x => !Language.CueRules.LeansBack(x.Cue) && x.Score >= lead.Score - LeaningPenalty).ToList() is { Count: > 0 } alone)
        {
            lead = alone.MaxBy(x => (x.Score, -x.Index));
        }

        var picked = new List<(int Index, string Cue)> { (lead.Index, lead.Cue) };
        // An audience keeps the figures: when the point has none, the sentence that best carries them joins it.
        if (!lead.Figures && candidates.Where(x => x.Index != lead.Index && x.Figures).ToList() is { Count: > 0 } figures
            && figures.MaxBy(x => (x.Score, -x.Index)) is var best)
        {
            picked.Add((best.Index, best.Cue));
        }

        // Then, while the slide has room, the next sentences that say something of their own: a stated point or a figure
        // the picked cues do not give, never a cue that repeats their words; at most one cue for every two sentences of script.
        var further = candidates.Where(x => !Language.CueRules.LeansBack(x.Cue)).ToList();
        // (Two long sentences are as much script as four short ones: "A single miner earned 900 pesos… An electrician earned 1,600…")
        var room = Math.Min(CuesPerParagraph, Math.Max(sentences.Count / 2, sentences.Count >= 2 && TextMetrics.CountWords(text) >= LongParagraphWords ? 2 : 1));
        while (picked.Count < room)
        {
            var words = picked.Sum(p => Language.Vocabulary.CountReadWords(p.Cue));
            var next = further.Where(x => picked.All(p => p.Index != x.Index) && words + Language.Vocabulary.CountReadWords(x.Cue) <= CueWordsPerSlide)
                // (the opening sentence's head start is for the lead only)
                .Select(x => (x.Index, x.Cue, Score: x.Score - (x.Index == 0 ? 1 : 0) + (x.Figures && Language.CueRules.NewFigures(x.Cue, picked.Select(p => p.Cue)) ? 0.5 : 0) - 2 * Language.CueRules.Overlap(x.Cue, picked.Select(p => p.Cue))))
                .Where(x => x.Score >= FurtherCueScore).ToList();
            if (next.Count == 0)
            {
                break;
            }

            var chosen = next.MaxBy(x => (x.Score, -x.Index));
            picked.Add((chosen.Index, chosen.Cue));
        }

        cues.AddRange(picked.OrderBy(x => x.Index).Select(x => x.Cue));
        return cues;
    }

    /// <summary>
    /// "His neighbour, a docker's wife called Truus Bakker, put it even more briefly: “We counted every cent…”": a short
    /// quotation is the telling line of its sentence, shown whole, in its marks, with who said it when the lead-in names
    /// them; never reworded. Null when the sentence quotes nothing short enough to show whole.
    /// </summary>
    internal static string? QuotedCue(string sentence)
    {
        if (Language.QuotationMarks.Inside(sentence, 5, Language.Condenser.LongestUncut) is not var (leadIn, quoted) || leadIn.Length == 0)
        {
            return null; // a sentence that is all quotation is the speaker's own words in marks, condensed as any sentence
        }

        var said = $"“{quoted.TrimEnd(',')}”";
        return AttributionFinder.Find(leadIn + ":") is { } name ? $"{name}: {said}" : said;
    }

    /// <summary>"…my talk to the residents' association, which I am calling Keeping the Vans on the Road." → the title the speaker gave it.</summary>
    private static string? NamedTitle(IEnumerable<string> opening) =>
        opening.Select(p => NamedTalk().Match(p)).FirstOrDefault(m => m.Success) is { } m
        && m.Groups["title"].Value.Trim().TrimEnd('.', ',', ';', ':') is var named && TextMetrics.CountWords(named) is >= 2 and <= 12 && !Language.Phrases.EndsOnFunctionWord(named)
            ? named : null;

    /// <summary>A title given in the opening: after "which I am calling", "I have called it", "titled", "entitled", in Title Case or in quotation marks.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\b(?:which|that) I(?:'m| am|’m)? call(?:ing)?(?: it)?\s+|\bI(?:'ve| have|’ve)? (?:called|titled) it\s+|\b(?:titled|entitled)\s+)(?:[“""‘']?(?<title>\p{Lu}[^“”""‘’.?!]{3,80}?)[”""’']|(?<title>\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’-]*|of|the|on|and|a|an|in|for|to|at|or|with|by))*\s+\p{Lu}[\p{L}\p{N}'’-]*))")]
    private static partial System.Text.RegularExpressions.Regex NamedTalk();

    /// <summary>"Notes for my talk at…", "Speaker notes:", "Note to self:": the opening of a note the speaker wrote to themselves.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:my |speaker'?s? |talk |rough |draft )?notes (?:for|to) (?:my|the|a|this|tonight's|today's|myself|self)\b|speaker'?s? notes\b|note to (?:self|myself)\b|(?:a |my )?(?:talk|lecture|presentation|address) (?:for|to|at) (?:the|a|an|my|our)\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex NotesPreface();

    /// <summary>"…this morning I want to talk about what nurses in Manila are paid for working nights, with real numbers." → its topic, as the title.</summary>
    private static string? TopicTitle(IEnumerable<string> opening) =>
        opening.Select(p => TalkTopic().Match(p)).FirstOrDefault(m => m.Success) is { } m
        && m.Groups["topic"].Value.Split(',')[0].Trim() is var topic && TextMetrics.CountWords(topic) is >= 2 and <= 12 && !Language.Phrases.EndsOnFunctionWord(topic)
            ? Language.Phrases.Capitalise(topic) : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:talk|speak|tell you|say something)\s+(?:to you\s+)?about\s+(?<topic>[^.?!;:]{6,160})")]
    private static partial System.Text.RegularExpressions.Regex TalkTopic();

    /// <summary>The sentences that open, continue or close a quotation whose marks span more than one sentence.</summary>
    private static HashSet<int> QuotedSentences(List<string> sentences)
    {
        var inside = new HashSet<int>();
        var open = (char?)null;
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            if (open is { } opener)
            {
                inside.Add(i);
                if (s.IndexOfAny(Language.QuotationMarks.ClosersFor(opener).ToCharArray()) >= 0)
                {
                    open = null;
                }

                continue;
            }

            if (Language.QuotationMarks.OpenedNotClosed(s) is var k and >= 0)
            {
                open = s[k];
                inside.Add(i);
            }
        }

        return inside;
    }

    /// <summary>"…say it more bluntly than I can. “We are paid for eight hours… It is an insult.” — that was Maria Santos…": the quotation's telling sentence, attributed.</summary>
    private static string? InlineQuotationCue(List<string> sentences, HashSet<int> quoted)
    {
        // The first quotation only: the speaker's own sentences after it are never put in a quoted person's mouth.
        var first = quoted.Min();
        var last = first;
        while (quoted.Contains(last + 1))
        {
            last++;
        }

        var text = string.Join(' ', Enumerable.Range(first, last - first + 1).Select(i => sentences[i]));
        // Its opening mark is the one not closed in the first sentence ("He said “yes,” and then: “We are paid…").
        var open = Language.QuotationMarks.OpenedNotClosed(sentences[first]);

        var close = open < 0 ? -1 : text.IndexOfAny(Language.QuotationMarks.ClosersFor(text[open]).ToCharArray(), sentences[first].Length);
        if (open < 0 || close <= open)
        {
            return null;
        }

        var excerpt = $"“{Language.QuotationExcerpt.Make([text[(open + 1)..close]])}”";
        var after = text[(close + 1)..] + " " + string.Join(' ', sentences.Skip(last + 1).Take(1));
        var name = AttributionFinder.FindAfter(after.TrimStart()) ?? AttributionFinder.Find(string.Join(' ', sentences.Take(first)) + " " + text[..open] + ":");
        return excerpt.Length < 6 ? null : name is null ? excerpt : $"{name}: {excerpt}";
    }

    /// <summary>A cue reads best at four to fourteen words: a shorter one says little, a longer one is script.</summary>
    private static double CueLengthScore(string cue) => TextMetrics.CountWords(cue) switch
    {
        < 4 => -0.5,
        > Language.Condenser.LongestWhole => -1,
        _ => 0,
    };

    /// <summary>
    /// A section whose prose makes one slide (after it perhaps a quotation or a figure) is that slide: titled with the
    /// speaker's own heading, not a section slide followed by a slide named by a detail of its script ("What We Have
    /// Learned" then "Herr Steiner"). The planner still counts it as a section for the agenda and the timings.
    /// </summary>
    private static List<NotesBlock> MergeOneSlideSections(List<NotesBlock> blocks, Dictionary<HeadingBlock, List<string>> chunkCues)
    {
        var merged = new List<NotesBlock>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not HeadingBlock { Level: 1 } heading || i + 1 >= blocks.Count || blocks[i + 1] is not HeadingBlock first || !chunkCues.TryGetValue(first, out var cues))
            {
                merged.Add(blocks[i]);
                continue;
            }

            var end = blocks.FindIndex(i + 1, b => b is HeadingBlock { Level: 1 });
            var section = blocks.Skip(i + 1).Take((end < 0 ? blocks.Count : end) - i - 1);
            if (section.Count(b => b is HeadingBlock h && chunkCues.ContainsKey(h)) == 1)
            {
                merged.Add(heading with { TitlesItsSlide = true });
                i++; // the section's heading titles its one slide of prose
                // All its cues, also what the slide's own title had said ("Wages rose on paper"), beneath the section's heading.
                if (cues.Count > 0)
                {
                    if (i + 1 < blocks.Count && blocks[i + 1] is ContentBlock { Block: TextBlock })
                    {
                        i++; // replaces the cues the title had left
                    }

                    merged.Add(new ContentBlock(new TextBlock(cues.Select(Paragraph.Bullet).ToList(), first.Source)));
                }
            }
            else
            {
                merged.Add(heading);
            }
        }

        return merged;
    }

    private static string AfterTitle(string cue, string title)
    {
        var colon = cue.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && SameWords(Language.Phrases.WithoutOpeners(cue[..colon]), title) ? Language.Phrases.Capitalise(cue[(colon + 2)..].Trim()) : cue;
    }

    private static bool SameWords(string a, string b) =>
        string.Equals(a.TrimEnd('.', '!', '?', '…', ' '), b.TrimEnd('.', '!', '?', '…', ' '), StringComparison.OrdinalIgnoreCase);

    /// <summary>Groups consecutive prose paragraphs into slides: at most four cues of forty words, and a script a speaker can say over one slide.</summary>
    private static List<List<(ProseParagraph Paragraph, List<string> Cues)>> Chunk(List<ProseParagraph> prose)
    {
        var chunks = new List<List<(ProseParagraph Paragraph, List<string> Cues)>>();
        var (cues, cueWords, script) = (0, 0, 0);
        foreach (var p in prose)
        {
            var own = Cues(p); // computed once: the slide shows these very cues
            var ownWords = own.Sum(Language.Vocabulary.CountReadWords);
            var n = TextMetrics.CountWords(p.Text);
            if (chunks.Count == 0 || cues + own.Count > CuesPerSlide || cueWords + ownWords > CueWordsPerSlide || script + n > ScriptWordsPerSlide)
            {
                chunks.Add([]);
                (cues, cueWords, script) = (0, 0, 0);
            }

            chunks[^1].Add((p, own));
            (cues, cueWords, script) = (cues + own.Count, cueWords + ownWords, script + n);
        }

        return chunks;
    }

    /// <summary>
    /// The prose paragraphs that open "First, …", "Second, …", "Third, …" in order (and a closing
    /// "Finally, …" after two or more of them), by span index with their step number; empty unless there are three.
    /// </summary>
    private static Dictionary<int, int> Enumeration(List<ProseSpan> spans)
    {
        var steps = new Dictionary<int, int>();
        for (var k = 0; k < spans.Count; k++)
        {
            if (spans[k].Kind != ProseSpanKind.Prose)
            {
                continue;
            }

            var opening = Language.Phrases.OpeningWord(spans[k].Paragraphs[0].Text);
            var step = steps.Count;
            if (step < Language.Phrases.StepOrdinals.Count && Language.Phrases.StepOrdinals[step].Contains(opening) && !spans[k].Paragraphs[0].Text.StartsWith("First of all", StringComparison.OrdinalIgnoreCase)
                || step >= 2 && opening is "finally" or "lastly")
            {
                steps[k] = step + 1;
            }
        }

        return steps.Count >= 3 ? steps : [];
    }

    /// <summary>A step's title: its own short first sentence ("First, seed." → "Seed"), else the phrase it is about.</summary>
    private static IEnumerable<string> StepTitles(string paragraph, Language.Vocabulary vocabulary)
    {
        var sentences = Language.Sentences.Split(paragraph);
        var words = sentences[0].Split(' ', 2);
        var first = Language.Phrases.WithoutOpeners(words.Length == 2 && words[0].EndsWith(',') ? words[1] : sentences[0]).TrimEnd('.', '!', ':', ';');
        if (TextMetrics.CountWords(first) <= 5 && !Language.Phrases.EndsOnFunctionWord(first))
        {
            yield return Language.Phrases.Capitalise(first);
        }

        // "Third, interest on loans taken…": the phrase the step opens with is what it is about.
        if (Language.NounPhrases.Find(Language.Tagger.Tag(first)).FirstOrDefault() is { Start: <= 1 } opening && opening.Words.Count <= 5)
        {
            yield return Language.Phrases.Capitalise(opening.Text);
        }

        foreach (var candidate in Language.Headline.Candidates(sentences, vocabulary))
        {
            yield return candidate;
        }
    }

    /// <summary>"A talk for the winter series", "Notes for the Thursday colloquium": a line that says what the talk is for.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:talk|lecture|notes|seminar|colloquium|series|society|meeting|conference|workshop|symposium|presented|given|delivered)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Occasion();


    /// <summary>"He goes on:", "she continues", "as he puts it": the lead-in points back to the author quoted before.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:he|she|they)\s+(?:goes on|went on|continues|continued|adds|added|writes|wrote|notes|noted|says|said|puts it|put it|explains|explained|describes|described|cites|cited)\b|\b(?:his|her)\s+(?:words|account|description)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex BackReference();

    /// <summary>
    /// A paragraph that reads as a heading: numbered ("1.", "2)", "IV.", "Part one:", "Chapter 3"), in
    /// capitals, a question standing alone, or a short title-like line without closing punctuation;
    /// followed by prose, not by another line of the same kind (a list of questions is content).
    /// </summary>
    internal static bool IsHeading(IReadOnlyList<ProseParagraph> paragraphs, int i)
    {
        var text = paragraphs[i].Text;
        if (text.Length == 0 || TextMetrics.CountWords(text) > 12 || Language.QuotationMarks.Opens(text) || i + 1 >= paragraphs.Count)
        {
            return false;
        }

        var next = paragraphs[i + 1].Text;
        // "1. Did the pan rate…?" then "2. Was the…?": a numbered list, not a heading over the next item.
        if (ProseParagraph.ItemNumber(text) is var item and > 0 && ProseParagraph.ItemNumber(next) == item + 1)
        {
            return false;
        }

        if (Language.Headings.IsNumbered(text))
        {
            return !Language.Headings.IsNumbered(next) || TextMetrics.CountWords(next) > 12;
        }

        // "Did it pay?" over "So, the big question. Did it pay?": the heading, then the script asking it again.
        var asksAgain = next.Contains(text, StringComparison.OrdinalIgnoreCase);
        var repeats = i > 0 && text.Contains(paragraphs[i - 1].Text, StringComparison.OrdinalIgnoreCase);
        return (TitleLike(text) || IsQuestion(text)) && !repeats && (asksAgain || !TitleLike(next) && !IsQuestion(next));

        static bool TitleLike(string t) =>
            t.Length > 0 && TextMetrics.CountWords(t) <= 10 && char.IsUpper(t[0]) && !Language.QuotationMarks.Opens(t)
            && !".,;:!?…”’\")]".Contains(t[^1], StringComparison.Ordinal);

        static bool IsQuestion(string t) => t.EndsWith('?') && char.IsUpper(t[0]) && TextMetrics.CountWords(t) <= 12;
    }

    /// <summary>A heading as a title: capitals set in title case ("THE VILLAGE AND ITS FIELDS" → "The Village and Its Fields"); numbering kept.</summary>
    internal static string HeadingText(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        if (letters.Count < 4 || letters.Any(char.IsLower))
        {
            return text;
        }

        var words = text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select((w, k) => k > 0 && Language.Phrases.TitleCaseSmallWords.Contains(w) ? w : Language.Phrases.Capitalise(w)));
    }

    private static SourceLocation At(string path, ProseParagraph p) => new(path, p.Line);
}
