using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SlideBuilder.Build;
using SlideBuilder.Inputs;
using SlideBuilder.Model;
using MdTable = Markdig.Extensions.Tables.Table;
using MdHeading = Markdig.Syntax.HeadingBlock;
using MdQuote = Markdig.Syntax.QuoteBlock;
using MdCode = Markdig.Syntax.CodeBlock;
using CodeBlock = SlideBuilder.Model.CodeBlock;

namespace SlideBuilder.Notes;

/// <summary>
/// Reads Markdown talk notes with Markdig into a <see cref="NotesDocument"/>: front matter, headings,
/// text, quotations with attribution, tables, pictures, code, and speaker notes in the three
/// conventions people use (<c>::: notes</c>, HTML comments, a paragraph starting <c>Note:</c>).
/// </summary>
public static class MarkdownNotesReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseCustomContainers()
        .UseAutoLinks()
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

        foreach (var block in markdown)
        {
            switch (block)
            {
                case MdHeading or ThematicBreakBlock:
                    Close();
                    break;
                case ParagraphBlock p when !StartsNotes(p, out _) && OnlyImage(p) is null:
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
        var markdown = Parse(path, text);
        var settings = new TalkSettings();
        var blocks = new List<NotesBlock>();
        var notesTail = false; // reveal.js: after a "Note:" paragraph the rest of the slide is notes
        var script = ScriptParagraphs(markdown);

        foreach (var block in markdown)
        {
            var at = new SourceLocation(path, block.Line + 1, block.Column + 1);
            switch (block)
            {
                case YamlFrontMatterBlock yaml:
                    settings = FrontMatterReader.Read(yaml.Lines.ToString(), path, block.Line + 2, diagnostics);
                    break;
                case MdHeading heading:
                    notesTail = false;
                    blocks.Add(new HeadingBlock(heading.Level, InlineRuns.PlainText(heading.Inline), at));
                    break;
                case ThematicBreakBlock:
                    notesTail = false;
                    blocks.Add(new SlideBreakBlock(at));
                    break;
                case var _ when notesTail:
                    AddNotes(blocks, ParagraphsOf(block), at);
                    break;
                case CustomContainer { Info: "notes" } notes:
                    AddNotes(blocks, ParagraphsOf(notes), at);
                    break;
                case HtmlBlock { Type: HtmlBlockType.Comment } comment:
                    AddNotes(blocks, CommentParagraphs(comment.Lines.ToString()), at);
                    break;
                case HtmlBlock:
                    diagnostics.Warn(at, DiagnosticCodes.InvalidSetting, "raw HTML has no slide equivalent and is ignored");
                    break;
                case ParagraphBlock paragraph when StartsNotes(paragraph, out var rest):
                    notesTail = true;
                    AddNotes(blocks, rest, at);
                    break;
                case ParagraphBlock paragraph when OnlyImage(paragraph) is { } image:
                    blocks.Add(new ContentBlock(ImageResolver.Resolve(image.Url ?? "", InlineRuns.PlainText(image), at, policy, diagnostics)));
                    break;
                case ParagraphBlock paragraph when AttributionOf(paragraph) is { } attribution
                                                   && blocks.Count > 0 && blocks[^1] is QuotationBlock { Attribution: null } quote:
                    blocks[^1] = quote with { Attribution = attribution };
                    break;
                case ParagraphBlock paragraph when settings.Cues && script.Contains(paragraph):
                    // Script, not slide text: its cues on the slide, the paragraph itself in the notes.
                    var said = InlineRuns.PlainText(paragraph.Inline);
                    AddText(blocks, [.. Prose.PlainTextNotesReader.Cues(new Prose.ProseParagraph(said, at.Line)).Select(c => new Paragraph([new Run(c)], ParagraphKind.Bullet))], at);
                    AddNotes(blocks, [new Paragraph(InlineRuns.From(paragraph))], at);
                    break;
                case ParagraphBlock paragraph:
                    AddText(blocks, [new Paragraph(InlineRuns.From(paragraph))], at);
                    break;
                case ListBlock list:
                    var items = new List<Paragraph>();
                    FlattenList(list, 0, items);
                    AddText(blocks, items, at);
                    break;
                case MdQuote quote:
                    blocks.Add(ReadQuotation(quote, at));
                    break;
                case FencedCodeBlock { Info: "figure" } figure:
                    var spec = Figures.FigureBlockParser.Parse(string.Join("\n", CodeLinesOf(figure)), path, block.Line + 2, diagnostics, policy, settings.LanguageGiven ? settings.Language : null);
                    blocks.Add(new ContentBlock(new FigureBlock(spec, spec is null ? "the figure has errors (see the build output)" : null, at)));
                    break;
                case FencedCodeBlock fenced:
                    blocks.Add(new ContentBlock(new CodeBlock(CodeLinesOf(fenced), fenced.Info, at)));
                    break;
                case MdCode code:
                    blocks.Add(new ContentBlock(new CodeBlock(CodeLinesOf(code), null, at)));
                    break;
                case MdTable table:
                    blocks.Add(new ContentBlock(ReadTable(table, at)));
                    break;
                case ContainerBlock container:
                    // An unknown ::: container: its text belongs on the slide.
                    AddText(blocks, ParagraphsOf(container), at);
                    break;
            }
        }

        return LinkTargets.Check(new NotesDocument(path, settings, blocks), diagnostics);
    }

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
        foreach (var marker in new[] { "Notes:", "Note:" })
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

    private static QuotationBlock ReadQuotation(MdQuote quote, SourceLocation at)
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

            var texts = ParagraphsOf(child).Select(x => x.Text).ToList();
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

    /// <summary>The text of any block as plain paragraphs (used for notes, quotations and unknown containers).</summary>
    private static List<Paragraph> ParagraphsOf(Block block)
    {
        var result = new List<Paragraph>();
        switch (block)
        {
            case ParagraphBlock p:
                var runs = InlineRuns.From(p);
                if (runs.Count > 0)
                {
                    result.Add(new Paragraph(runs));
                }

                break;
            case MdHeading h:
                result.Add(Paragraph.Plain(InlineRuns.PlainText(h.Inline)));
                break;
            case ListBlock list:
                FlattenList(list, 0, result);
                break;
            case HtmlBlock { Type: HtmlBlockType.Comment } comment:
                result.AddRange(CommentParagraphs(comment.Lines.ToString()));
                break;
            case LeafBlock leaf when leaf.Lines.Count > 0:
                result.AddRange(CodeLinesOf(leaf).Where(l => l.Trim().Length > 0).Select(Paragraph.Plain));
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    result.AddRange(ParagraphsOf(child));
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

    private static void FlattenList(ListBlock list, int level, List<Paragraph> into)
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
                        FlattenList(nested, Math.Min(level + 1, MaxListLevel), into);
                        break;
                    case ParagraphBlock p:
                        var kind = first ? (list.IsOrdered ? ParagraphKind.Numbered : ParagraphKind.Bullet) : ParagraphKind.Plain;
                        into.Add(new Paragraph(InlineRuns.From(p), kind, level, list.IsOrdered ? number : 0));
                        first = false;
                        break;
                    default:
                        into.AddRange(ParagraphsOf(child).Select(x => x with { Level = level }));
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

    private static TableBlock ReadTable(MdTable table, SourceLocation at)
    {
        var header = new List<IReadOnlyList<Run>>();
        var rows = new List<IReadOnlyList<IReadOnlyList<Run>>>();
        var columns = table.ColumnDefinitions.Count;
        foreach (var row in table.OfType<TableRow>())
        {
            var cells = row.OfType<TableCell>()
                .Select(cell => (IReadOnlyList<Run>)cell.OfType<ParagraphBlock>().SelectMany(InlineRuns.From).ToList())
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
