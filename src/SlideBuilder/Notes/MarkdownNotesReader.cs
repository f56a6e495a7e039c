using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Mathematics;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SlideBuilder.Inputs;
using SlideBuilder.Model;
using SlideBuilder.Notes.Conventions;
using MdTable = Markdig.Extensions.Tables.Table;
using MdHeading = Markdig.Syntax.HeadingBlock;
using MdQuote = Markdig.Syntax.QuoteBlock;
using MdCode = Markdig.Syntax.CodeBlock;
using CodeBlock = SlideBuilder.Model.CodeBlock;
using SlideBuilder.Diagnostics;

namespace SlideBuilder.Notes;

/// <summary>
/// Reads Markdown talk notes with Markdig into a <see cref="NotesDocument"/>: front matter, headings,
/// text, quotations with attribution, tables, pictures, code, and speaker notes in the three
/// conventions people use (<c>::: notes</c>, HTML comments, a paragraph starting <c>Note:</c>).
/// </summary>
public static partial class MarkdownNotesReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseCustomContainers()
        .UseAutoLinks()
        .UseFootnotes()
        .UseMathematics()
        .Build();

    private static readonly string[] AttributionDashes = ["—", "―", "–", "--"];

    /// <summary>Words a slide shows before the paragraphs on it are taken as the speaker's script.</summary>
    public const int SlideWords = 40;

    /// <summary>
    /// The paragraphs that are script rather than slide text: any of more than <see cref="TalkSettings.LongParagraphWords"/>
    /// words, and, on a slide whose text comes to more than <see cref="SlideWords"/> words, every paragraph that is a
    /// sentence (eight words or more). The author's lists stay as written.
    /// </summary>
    private static HashSet<ParagraphBlock> ScriptParagraphs(MarkdownDocument markdown)
    {
        var script = new HashSet<ParagraphBlock>();
        var slide = new List<(ParagraphBlock? Paragraph, int Words)>();
        void Close()
        {
            var total = slide.Sum(s => s.Words);
            foreach (var (p, words) in slide)
            {
                if (p is not null && (words > TalkSettings.LongParagraphWords || total > SlideWords && words >= 8))
                {
                    script.Add(p);
                }
            }

            slide.Clear();
        }

        var notes = false; // after "Note:" or "???" the rest of the slide is notes and counts for nothing on it
        foreach (var block in markdown)
        {
            switch (block)
            {
                case MdHeading or ThematicBreakBlock:
                    Close();
                    notes = false;
                    break;
                case var _ when notes:
                    break;
                case ParagraphBlock p when StartsNotes(p, out _):
                    notes = true;
                    break;
                case ParagraphBlock p when OnlyImage(p) is null:
                    slide.Add((p, TextMetrics.CountWords(InlineRuns.PlainText(p.Inline))));
                    break;
                case ListBlock list:
                    slide.Add((null, TextMetrics.CountWords(string.Concat(list.Descendants<ParagraphBlock>().Select(x => InlineRuns.PlainText(x.Inline) + " ")))));
                    break;
            }
        }

        Close();
        return script;
    }

    public static NotesDocument Read(string path, string text, DiagnosticBag diagnostics, InputPolicy? policy = null)
    {
        policy ??= InputPolicy.For(path, allowOutside: false);
        text = FencedDivs.Nest(SlideDirectives.TakeSlideFrontMatter(text, out var slidev));
        var markdown = Parse(path, text);
        var reading = new Reading(path, policy, diagnostics, Footnotes(markdown));
        var blocks = reading.Blocks;
        var notesTail = false; // reveal.js and remark: after "Note:" or "???" the rest of the slide is notes
        var script = ScriptParagraphs(markdown);
        var cueWords = 0; // words of cues the slide shows so far: several long paragraphs under one heading share its forty

        string? leadIn = null; // the paragraph just before: "Marek Zieliński put it like this:" names who a quotation after it is by
        foreach (var block in markdown)
        {
            var at = new SourceLocation(path, block.Line + 1, block.Column + 1);
            if (block is MdHeading or ThematicBreakBlock)
            {
                cueWords = 0;
            }

            var before = leadIn;
            leadIn = block is ParagraphBlock lead ? InlineRuns.PlainText(lead.Inline) : null;

            switch (block)
            {
                case YamlFrontMatterBlock yaml:
                    reading.Settings = FrontMatterReader.Read(yaml.Lines.ToString(), path, block.Line + 2, diagnostics);
                    // Marp's global directives in the front matter apply from the first slide on.
                    blocks.AddRange(reading.Settings.Directives.Select(d => Directive(d.Key, d.Value, false, new SourceLocation(path, d.Line), reading)));
                    break;
                case MdHeading heading when PandocAttributes.SplitTrailing(InlineRuns.PlainText(heading.Inline)).Text.Length == 0:
                    // "## {#intro .smaller}": a heading with no words starts a slide without a title.
                    notesTail = false;
                    reading.FlushFootnotes(at);
                    blocks.Add(new SlideBreakBlock(at));
                    break;
                case MdHeading heading:
                    notesTail = false;
                    if (heading.Level <= (reading.Settings.SlideLevel ?? TalkSettings.DefaultSlideLevel))
                    {
                        reading.FlushFootnotes(at); // a subheading stays on its slide, and so do the footnotes above it
                    }

                    reading.Runs(heading, at, placePictures: false); // registers the heading's footnotes
                    // "## Results {.smaller}": the attributes are pandoc's, not words of the title.
                    blocks.Add(new HeadingBlock(heading.Level, PandocAttributes.SplitTrailing(InlineRuns.PlainText(heading.Inline)).Text, at)
                    {
                        Runs = FormattedHeading(heading),
                    });
                    break;
                case ThematicBreakBlock:
                    notesTail = false;
                    reading.FlushFootnotes(at);
                    blocks.Add(new SlideBreakBlock(at));
                    break;
                case FootnoteGroup or LinkReferenceDefinitionGroup:
                    break; // footnotes were gathered before reading; they go where they are referred to
                case var _ when notesTail:
                    AddNotes(blocks, ParagraphsOf(block, reading), at);
                    break;
                case CustomContainer notes when ContainerName(notes) == "notes":
                    AddNotes(blocks, NotesOf(notes, reading), at);
                    break;
                case HtmlBlock html:
                    ReadHtml(html, at, reading);
                    break;
                case ParagraphBlock paragraph when IsPause(paragraph):
                    blocks.Add(new PauseBlock(at));
                    break;
                case ParagraphBlock paragraph when NotesMarkerInside(paragraph, text) is { } split:
                    // remark's "???" on a line of its own inside a paragraph: the lines before are slide text, after it notes.
                    foreach (var p in Markdig.Markdown.Parse(split.Before, Pipeline).OfType<ParagraphBlock>())
                    {
                        AddText(blocks, [new Paragraph(reading.Runs(p, at, placePictures: false))], at);
                    }

                    notesTail = true;
                    AddNotes(blocks, [.. Markdig.Markdown.Parse(split.After, Pipeline).OfType<ParagraphBlock>().Select(p => new Paragraph(reading.Runs(p, at, placePictures: false)))], at);
                    break;
                case ParagraphBlock paragraph when StartsNotes(paragraph, out var rest):
                    notesTail = true;
                    AddNotes(blocks, rest, at);
                    break;
                case ParagraphBlock paragraph when AttributionOf(paragraph) is { } attribution
                                                   && blocks.Count > 0 && blocks[^1] is QuotationBlock { Attribution: null } quote:
                    blocks[^1] = quote with { Attribution = attribution };
                    break;
                case ParagraphBlock paragraph when reading.Settings.Cues && WholeQuotation(InlineRuns.PlainText(paragraph.Inline)) is { } quoted:
                    // A paragraph that is all one quotation („People think I work for the app…“) is a quotation, said by whom the
                    // paragraph before names.
                    blocks.Add(new QuotationBlock([quoted], before is null ? null : Prose.AttributionFinder.Find(before), at));
                    break;
                case ParagraphBlock paragraph when reading.Settings.Cues && script.Contains(paragraph):
                    // Script, not slide text: its cues on the slide, the paragraph itself in the notes.
                    var said = InlineRuns.PlainText(paragraph.Inline);
                    var fitting = new List<string>();
                    foreach (var cue in Prose.PlainTextNotesReader.Cues(new Prose.ProseParagraph(said, at.Line)))
                    {
                        var words = Language.Vocabulary.CountReadWords(cue);
                        if (cueWords + words <= Prose.PlainTextNotesReader.CueWordsPerSlide)
                        {
                            fitting.Add(cue);
                            cueWords += words;
                        }
                    }

                    AddText(blocks, [.. fitting.Select(Paragraph.Bullet)], at);
                    AddNotes(blocks, [new Paragraph(reading.Runs(paragraph, at, placePictures: true))], at);
                    reading.PlacePictures();
                    break;
                case ParagraphBlock paragraph:
                    var runs = reading.Runs(paragraph, at, placePictures: true);
                    if (runs.Count > 0)
                    {
                        AddText(blocks, [new Paragraph(runs)], at);
                    }

                    reading.PlacePictures();
                    break;
                case ListBlock list:
                    var items = new List<Paragraph>();
                    FlattenList(list, 0, items, reading);
                    if (reading.Settings.Cues)
                    {
                        // The author's list stays as written and counts against the slide's forty words: no cue joins it after
                        // when it has filled them.
                        var listWords = items.Sum(i => Language.Vocabulary.CountReadWords(i.Text));
                        cueWords += listWords;
                    }

                    AddText(blocks, reading.Settings.Incremental ? OneByOne(items) : items, at);
                    break;
                case MdQuote { Count: 1 } quote when quote[0] is ListBlock list:
                    // pandoc's ">- item": a list shown one item at a time, not a quotation.
                    var listed = new List<Paragraph>();
                    FlattenList(list, 0, listed, reading);
                    AddText(blocks, OneByOne(listed), at);
                    break;
                case MdQuote quote when quote.Descendants<ListBlock>().Any() || quote.Descendants<MdCode>().Any():
                    // A quoted block with a list or code in it keeps that structure on the slide: its prose in italics,
                    // its lists as lists, its code in the code face.
                    AddText(blocks, [.. ParagraphsOf(quote, reading).Select(p => p.Kind == ParagraphKind.Plain && p.Runs.All(r => !r.Style.HasFlag(RunStyle.Code))
                        ? p with { Runs = [.. p.Runs.Select(r => r with { Style = r.Style | RunStyle.Italic })] } : p)], at);
                    break;
                case MdQuote quote:
                    var read = ReadQuotation(quote, at, reading);
                    blocks.Add(read.Attribution is null && before is not null && Prose.AttributionFinder.Find(before) is { } by ? read with { Attribution = by } : read);
                    break;
                case MathBlock math:
                    reading.MathAsSource(at);
                    blocks.Add(new ContentBlock(new CodeBlock(CodeLinesOf(math), "tex", at)));
                    break;
                case FencedCodeBlock { Info: "figure" } figure:
                    var settings = reading.Settings;
                    var spec = Figures.FigureBlockParser.Parse(string.Join("\n", CodeLinesOf(figure)), path, block.Line + 2, diagnostics, policy, settings.LanguageGiven ? settings.Language : null);
                    blocks.Add(new ContentBlock(new FigureBlock(spec, spec is null ? "the figure has errors (see the build output)" : null, at)));
                    break;
                case FencedCodeBlock fenced:
                    blocks.Add(new ContentBlock(new CodeBlock(CodeLinesOf(fenced), CodeLanguage(fenced), at)));
                    break;
                case MdCode code:
                    blocks.Add(new ContentBlock(new CodeBlock(CodeLinesOf(code), null, at)));
                    break;
                case MdTable table:
                    blocks.Add(new ContentBlock(ReadTable(table, at, reading)));
                    break;
                case CustomContainer container when ContainerName(container) == "columns":
                    blocks.Add(new ContentBlock(ReadColumns(container, at, reading)));
                    break;
                case CustomContainer container when ContainerName(container) is "incremental" or "nonincremental":
                    var inside = ParagraphsOf(container, reading);
                    AddText(blocks, ContainerName(container) == "incremental" ? OneByOne(inside) : inside, at);
                    break;
                case ContainerBlock container:
                    // Any other ::: container (a callout, a class): its text belongs on the slide.
                    AddText(blocks, ParagraphsOf(container, reading), at);
                    break;
            }
        }

        reading.FlushFootnotes(new SourceLocation(path, Math.Max(1, (markdown.LastChild?.Line ?? 0) + 1)), all: true);
        InsertSlideFrontMatter(blocks, slidev, path);
        return LinkTargets.Check(new NotesDocument(path, reading.Settings, blocks), diagnostics);
    }

    /// <summary>A heading's runs when it has emphasis, code or a link (its pandoc attributes taken off); null when plain.</summary>
    private static List<Run>? FormattedHeading(MdHeading heading)
    {
        var runs = InlineRuns.From(heading.Inline);
        if (!runs.Any(r => r.Style != RunStyle.None || r.Link is not null))
        {
            return null;
        }

        var (text, attributes) = PandocAttributes.SplitTrailing(runs[^1].Text);
        if (attributes is not null)
        {
            runs[^1] = runs[^1] with { Text = text };
            runs.RemoveAll(r => r.Text.Length == 0);
        }

        return [.. runs.Select(r => r with { Text = r.Text.Replace(InlineRuns.LineBreak, ' ') })];
    }

    /// <summary>The paragraphs of a <c>::: notes</c> div.</summary>
    private static List<Paragraph> NotesOf(CustomContainer notes, Reading reading) => [.. notes.SelectMany(child => ParagraphsOf(child, reading))];

    /// <summary>An incremental list: each item appears on a click of its own.</summary>
    private static List<Paragraph> OneByOne(List<Paragraph> items) =>
        [.. items.Select(p => p.Kind is ParagraphKind.Bullet or ParagraphKind.Numbered ? p with { Incremental = true } : p)];

    /// <summary>Block quotations nested deeper than this are refused: no talk needs them, and they exhaust parsers.</summary>
    public const int MaxQuoteDepth = 32;

    private const int MaxListNumber = 32_767;
    private const int MaxListLevel = 8;

    private static MarkdownDocument Parse(string path, string text)
    {
        var lineNumber = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var depth = 0;
            foreach (var c in line)
            {
                if (c == '>')
                {
                    depth++;
                }
                else if (c is not (' ' or '\t'))
                {
                    break;
                }
            }

            if (depth > MaxQuoteDepth)
            {
                throw TooDeep(new SourceLocation(path, lineNumber), $"block quotations are nested {depth} deep here; at most {MaxQuoteDepth} are read");
            }
        }

        try
        {
            return Markdown.Parse(text, Pipeline);
        }
        catch (Exception ex) when (ex.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
        {
            throw TooDeep(new SourceLocation(path, 1), "the Markdown nests lists or quotations too deeply to be read; flatten it");
        }

        static BuildException TooDeep(SourceLocation at, string message) =>
            new(new Diagnostic(at, Severity.Error, DiagnosticCodes.TooDeep, message));
    }

    private static void AddText(List<NotesBlock> blocks, IReadOnlyList<Paragraph> paragraphs, SourceLocation at)
    {
        if (paragraphs.Count == 0)
        {
            return;
        }

        // Consecutive paragraphs and lists share one text block, so a slide gets one text box.
        if (blocks.Count > 0 && blocks[^1] is ContentBlock { Block: TextBlock previous })
        {
            blocks[^1] = new ContentBlock(previous with { Paragraphs = [.. previous.Paragraphs, .. paragraphs] });
        }
        else
        {
            blocks.Add(new ContentBlock(new TextBlock(paragraphs, at)));
        }
    }

    private static void AddNotes(List<NotesBlock> blocks, IReadOnlyList<Paragraph> paragraphs, SourceLocation at)
    {
        if (paragraphs.Count > 0)
        {
            blocks.Add(new SpeakerNoteBlock(paragraphs, at));
        }
    }

    private static bool StartsNotes(ParagraphBlock paragraph, out IReadOnlyList<Paragraph> rest)
    {
        rest = [];
        var runs = InlineRuns.From(paragraph);
        if (runs.Count == 0)
        {
            return false;
        }

        var first = runs[0].Text;
        foreach (var marker in new[] { "Notes:", "Note:", "???" })
        {
            if (first.StartsWith(marker, StringComparison.OrdinalIgnoreCase))
            {
                runs[0] = runs[0] with { Text = first[marker.Length..].TrimStart() };
                runs.RemoveAll(r => r.Text.Length == 0);
                rest = runs.Count > 0 ? [new Paragraph(runs)] : [];
                return true;
            }
        }

        return false;
    }

    private static LinkInline? OnlyImage(ParagraphBlock paragraph)
    {
        LinkInline? image = null;
        foreach (var inline in paragraph.Inline ?? [])
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } link when image is null:
                    image = link;
                    break;
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                case LineBreakInline:
                    break;
                default:
                    return null;
            }
        }

        return image;
    }

    /// <summary>The words of a paragraph that is one quotation from its first mark to its last, long enough to be one; else null.</summary>
    private static string? WholeQuotation(string text)
    {
        var t = text.Trim();
        return Language.QuotationMarks.Opens(t) && Language.QuotationMarks.ClosesAtEnd(t, t[0]) && !Language.QuotationMarks.ClosesInside(t, t[0])
            && TextMetrics.CountWords(t) >= 20 ? Language.QuotationMarks.Strip(t) : null;
    }

    private static string? AttributionOf(ParagraphBlock paragraph)
    {
        var text = InlineRuns.PlainText(paragraph.Inline);
        foreach (var dash in AttributionDashes)
        {
            if (text.StartsWith(dash, StringComparison.Ordinal))
            {
                var rest = text[dash.Length..].Trim();
                return rest.Length > 0 ? rest : null;
            }
        }

        return null;
    }

    private static QuotationBlock ReadQuotation(MdQuote quote, SourceLocation at, Reading reading)
    {
        var paragraphs = new List<string>();
        string? attribution = null;
        foreach (var child in quote)
        {
            var last = ReferenceEquals(child, quote.LastChild);
            if (last && child is ParagraphBlock p && AttributionOf(p) is { } whole)
            {
                attribution = whole;
                continue;
            }

            var texts = ParagraphsOf(child, reading).Select(x => x.Text.Replace(InlineRuns.LineBreak, ' ')).ToList();
            if (last && child is ParagraphBlock lastParagraph && texts.Count > 0 && TrailingAttribution(lastParagraph) is { } trailing)
            {
                // "> quoted text\n> — Author" in one paragraph: the last source line is the attribution.
                var cut = texts[^1].LastIndexOf(trailing.Line, StringComparison.Ordinal);
                if (cut > 0)
                {
                    texts[^1] = texts[^1][..cut].TrimEnd();
                    attribution = trailing.Attribution;
                }
            }

            paragraphs.AddRange(texts);
        }

        return new QuotationBlock(paragraphs, attribution, at);
    }

    /// <summary>The text after a paragraph's last line break, when it reads as "— Author".</summary>
    private static (string Line, string Attribution)? TrailingAttribution(ParagraphBlock paragraph)
    {
        var lastBreak = paragraph.Inline?.OfType<LineBreakInline>().LastOrDefault();
        if (lastBreak is null)
        {
            return null;
        }

        var after = new List<Inline>();
        for (var inline = lastBreak.NextSibling; inline is not null; inline = inline.NextSibling)
        {
            after.Add(inline);
        }

        var line = TextMetrics.Squash(string.Concat(after.Select(i => i is LiteralInline l ? l.Content.ToString() : i.ToString())));
        foreach (var dash in AttributionDashes)
        {
            if (line.StartsWith(dash, StringComparison.Ordinal) && line[dash.Length..].Trim() is { Length: > 0 } rest)
            {
                return (line, rest);
            }
        }

        return null;
    }

    /// <summary>The text of any block as paragraphs (used for notes, quotations, list items and other containers).</summary>
    private static List<Paragraph> ParagraphsOf(Block block, Reading reading)
    {
        var result = new List<Paragraph>();
        var at = new SourceLocation(reading.Path, block.Line + 1, block.Column + 1);
        switch (block)
        {
            case ParagraphBlock p when IsPause(p):
                break;
            case ParagraphBlock p:
                var runs = reading.Runs(p, at, placePictures: false);
                if (runs.Count > 0)
                {
                    result.Add(new Paragraph(runs));
                }

                break;
            case MdHeading h:
                result.Add(Paragraph.Plain(PandocAttributes.SplitTrailing(InlineRuns.PlainText(h.Inline)).Text));
                break;
            case ListBlock list:
                FlattenList(list, 0, result, reading);
                break;
            case HtmlBlock { Type: HtmlBlockType.Comment } comment:
                result.AddRange(CommentParagraphs(comment.Lines.ToString()));
                break;
            case HtmlBlock html:
                result.AddRange(reading.HtmlText(html, at));
                break;
            case MathBlock math:
                reading.MathAsSource(at);
                result.AddRange(CodeLinesOf(math).Where(l => l.Trim().Length > 0).Select(l => new Paragraph([new Run(l, RunStyle.Code)])));
                break;
            case FootnoteGroup or LinkReferenceDefinitionGroup:
                break;
            case LeafBlock leaf when leaf.Lines.Count > 0:
                // Code inside a list item or a container keeps its monospace face, line by line.
                result.AddRange(CodeLinesOf(leaf).Where(l => l.Trim().Length > 0).Select(l => new Paragraph([new Run(l, RunStyle.Code)])));
                break;
            case CustomContainer notes when ContainerName(notes) == "notes":
                // ::: notes inside another div (a fragment, a callout) is still the speaker's.
                AddNotes(reading.Blocks, NotesOf(notes, reading), at);
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    result.AddRange(ParagraphsOf(child, reading));
                }

                break;
        }

        return result;
    }

    private static List<Paragraph> CommentParagraphs(string html)
    {
        var inner = html.Trim();
        if (inner.StartsWith("<!--", StringComparison.Ordinal))
        {
            inner = inner[4..];
        }

        if (inner.EndsWith("-->", StringComparison.Ordinal))
        {
            inner = inner[..^3];
        }

        return inner.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(TextMetrics.Squash)
            .Where(t => t.Length > 0)
            .Select(Paragraph.Plain)
            .ToList();
    }

    private static void FlattenList(ListBlock list, int level, List<Paragraph> into, Reading reading)
    {
        // A deck numbers lists from 1 to 32,767 (the schema's bounds); "0." or "99999." start within them.
        var number = int.TryParse(list.OrderedStart, out var start) ? Math.Clamp(start, 1, MaxListNumber) : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var first = true;
            foreach (var child in item)
            {
                switch (child)
                {
                    case ListBlock nested:
                        // A deck has nine list levels (0–8); deeper ones stay at the deepest.
                        FlattenList(nested, Math.Min(level + 1, MaxListLevel), into, reading);
                        break;
                    case ParagraphBlock p:
                        var kind = first ? (list.IsOrdered ? ParagraphKind.Numbered : ParagraphKind.Bullet) : ParagraphKind.Plain;
                        into.Add(new Paragraph(reading.Runs(p, new SourceLocation(reading.Path, p.Line + 1, p.Column + 1), placePictures: false), kind, level, list.IsOrdered ? number : 0));
                        first = false;
                        break;
                    default:
                        into.AddRange(ParagraphsOf(child, reading).Select(x => x with { Level = level }));
                        break;
                }
            }

            number = Math.Min(number + 1, MaxListNumber);
        }
    }

    private static List<string> CodeLinesOf(LeafBlock code)
    {
        var lines = new List<string>();
        for (var i = 0; i < code.Lines.Count; i++)
        {
            lines.Add(code.Lines.Lines[i].Slice.ToString().Replace("\t", "    ", StringComparison.Ordinal).TrimEnd());
        }

        return lines;
    }

    private static TableBlock ReadTable(MdTable table, SourceLocation at, Reading reading)
    {
        var header = new List<IReadOnlyList<Run>>();
        var rows = new List<IReadOnlyList<IReadOnlyList<Run>>>();
        var columns = table.ColumnDefinitions.Count;
        foreach (var row in table.OfType<TableRow>())
        {
            var cells = row.OfType<TableCell>()
                .Select(cell => (IReadOnlyList<Run>)cell.OfType<ParagraphBlock>().SelectMany(p => reading.Runs(p, at, placePictures: false)).ToList())
                .ToList();
            columns = Math.Max(columns, cells.Count);
            if (row.IsHeader && rows.Count == 0 && header.Count == 0)
            {
                header.AddRange(cells);
            }
            else
            {
                rows.Add(cells);
            }
        }

        // Pad ragged rows so every row has every column.
        Pad(header);
        foreach (var row in rows)
        {
            Pad((List<IReadOnlyList<Run>>)row);
        }

        var alignments = Enumerable.Range(0, columns).Select(i =>
            i < table.ColumnDefinitions.Count
                ? table.ColumnDefinitions[i].Alignment switch
                {
                    TableColumnAlign.Center => CellAlignment.Center,
                    TableColumnAlign.Right => CellAlignment.Right,
                    _ => CellAlignment.Left,
                }
                : CellAlignment.Left).ToList();
        return new TableBlock(header, rows, alignments, at);

        void Pad(List<IReadOnlyList<Run>> cells)
        {
            while (cells.Count < columns)
            {
                cells.Add([]);
            }
        }
    }
}
