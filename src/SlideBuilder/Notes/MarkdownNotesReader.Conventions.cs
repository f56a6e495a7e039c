using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Mathematics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SlideBuilder.Inputs;
using SlideBuilder.Model;
using SlideBuilder.Notes.Conventions;
using CodeBlock = SlideBuilder.Model.CodeBlock;
using MdCode = Markdig.Syntax.CodeBlock;
using MdQuote = Markdig.Syntax.QuoteBlock;
using MdTable = Markdig.Extensions.Tables.Table;
using SlideBuilder.Diagnostics;
using SlideBuilder.Language;

namespace SlideBuilder.Notes;

/// <summary>
/// The parts of Markdown that other slide tools and pandoc give a meaning: pictures inside text and their
/// sizes, footnotes, math, raw HTML, comments that are directives, pauses and columns.
/// </summary>
public static partial class MarkdownNotesReader
{
    /// <summary>One file's reading state: the blocks so far, footnotes waiting for their slide's end, pictures to place.</summary>
    private sealed class Reading(string path, InputPolicy policy, DiagnosticBag diagnostics, IReadOnlyDictionary<int, List<Run>> footnotes)
    {
        private readonly List<int> _footnotes = [];
        private readonly HashSet<int> _footnotesPlaced = [];
        private readonly List<(LinkInline Image, PandocAttributes? Attributes, SourceLocation At)> _pictures = [];
        private readonly List<(IReadOnlyDictionary<string, string> Attributes, SourceLocation At)> _htmlPictures = [];
        private readonly HashSet<string> _warned = new(StringComparer.Ordinal);

        public string Path => path;
        public InputPolicy Policy => policy;
        public DiagnosticBag Diagnostics => diagnostics;
        public List<NotesBlock> Blocks { get; } = [];
        public TalkSettings Settings { get; set; } = new();

        /// <summary>A paragraph's runs; its footnotes wait for the slide's end, its pictures for <see cref="PlacePictures"/>.</summary>
        public List<Run> Runs(LeafBlock paragraph, SourceLocation at, bool placePictures)
        {
            var report = new InlineReport { TakePictures = placePictures };
            var runs = InlineRuns.From(paragraph.Inline, report);
            _footnotes.AddRange(report.Footnotes.Where(n => !_footnotes.Contains(n)));
            _pictures.AddRange(report.Pictures.Select(p => (p.Image, p.Attributes, at)));
            _htmlPictures.AddRange(report.HtmlPictures.Select(a => (a, at)));
            if (report.HadMath)
            {
                MathAsSource(at);
            }

            foreach (var tag in report.DroppedHtml)
            {
                WarnOnce("html:" + tag, at, $"HTML <{tag}> has no slide equivalent; the tag is dropped and its text kept");
            }

            return runs;
        }

        /// <summary>Puts the pictures found inside the last paragraph on the slide, beside its text.</summary>
        public void PlacePictures()
        {
            foreach (var (image, attributes, where) in _pictures)
            {
                Blocks.Add(new ContentBlock(Picture(image.Url ?? "", InlineRuns.PlainText(image), attributes, where)));
            }

            _pictures.Clear();
            foreach (var (attributes, where) in _htmlPictures)
            {
                Blocks.Add(new ContentBlock(HtmlPicture(attributes, where)));
            }

            _htmlPictures.Clear();
        }

        private PictureBlock HtmlPicture(IReadOnlyDictionary<string, string> attributes, SourceLocation at)
        {
            var size = attributes.Where(a => a.Key is "width" or "height").ToDictionary(a => a.Key, a => a.Value, StringComparer.OrdinalIgnoreCase);
            return Picture(attributes["src"], attributes.GetValueOrDefault("alt") ?? "", new PandocAttributes(null, [], size), at);
        }

        public PictureBlock Picture(string url, string alt, PandocAttributes? attributes, SourceLocation at) =>
            ImageResolver.Resolve(url, alt, at, policy, diagnostics) with { Requested = SizeOf(attributes, at) };

        /// <summary>At a slide's end: its footnotes, numbered, at the foot of the slide in small type, and in its notes.</summary>
        public void FlushFootnotes(SourceLocation at, bool all = false)
        {
            var numbers = all ? footnotes.Keys.Where(n => !_footnotesPlaced.Contains(n)).Union(_footnotes).Order().ToList() : [.. _footnotes];
            var paragraphs = numbers.Where(footnotes.ContainsKey)
                .Select(n => new Paragraph([new Run((n < 10_000 ? RaisedText.Superscript(n) : "*") + " "), .. footnotes[n]], ParagraphKind.Footnote))
                .ToList();
            _footnotesPlaced.UnionWith(numbers);
            _footnotes.Clear();
            if (paragraphs.Count == 0)
            {
                return;
            }

            // After a quotation (which has a slide of its own) a footnote goes to the notes only, never to a slide of its own.
            if (Blocks.LastOrDefault(b => b is not SpeakerNoteBlock) is not QuotationBlock)
            {
                AddText(Blocks, paragraphs, at);
            }

            AddNotes(Blocks, [.. paragraphs.Select(p => p with { Kind = ParagraphKind.Plain })], at);
        }

        public void MathAsSource(SourceLocation at) =>
            WarnOnce("math", at, "math is shown as its TeX source in the code face: no math renderer is available");

        public void WarnOnce(string key, SourceLocation at, string message)
        {
            if (_warned.Add(key))
            {
                diagnostics.Warn(at, DiagnosticCodes.NotKept, message);
            }
        }

        /// <summary>Raw HTML as text: tags dropped (one warning each), &lt;br&gt; kept as a line break, scripts and styles left out.</summary>
        public List<Paragraph> HtmlText(HtmlBlock html, SourceLocation at)
        {
            var raw = ScriptOrStyle().Replace(html.Lines.ToString(), m =>
            {
                WarnOnce("html:" + m.Groups[1].Value.ToLowerInvariant(), at, $"HTML <{m.Groups[1].Value.ToLowerInvariant()}> has no slide equivalent and is left out");
                return "";
            });
            var text = Tag().Replace(raw, m =>
            {
                if (!m.Groups["name"].Success)
                {
                    // A comment inside HTML is a note, like any other comment.
                    AddNotes(Blocks, CommentParagraphs(m.Value), at);
                    return " ";
                }

                var name = m.Groups["name"].Value.ToLowerInvariant();
                if (name == "br")
                {
                    return InlineRuns.LineBreak.ToString();
                }

                if (name == "img")
                {
                    return ""; // placed as a picture by the caller
                }

                if (name is not ("p" or "div" or "span" or "section" or "article" or "a" or "b" or "strong" or "i" or "em" or "code" or "kbd"
                    or "small" or "sub" or "sup" or "ul" or "ol" or "li" or "td" or "th" or "tr" or "table" or "tbody" or "thead"))
                {
                    WarnOnce("html:" + name, at, $"HTML <{name}> has no slide equivalent; the tag is dropped and its text kept");
                }

                // Cells and items apart: "Cell A Cell B", one item a paragraph.
                return BlockTags.Contains(name) ? "\n\n" : name is "td" or "th" ? " " : "";
            });
            // Entities can name characters a deck cannot hold (&#0;): cleaned like any other text.
            return XmlText.Clean(System.Net.WebUtility.HtmlDecode(text))
                .Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
                .Select(t => string.Join(InlineRuns.LineBreak, t.Split(InlineRuns.LineBreak).Select(TextMetrics.Squash)).Trim(InlineRuns.LineBreak, ' '))
                .Where(t => t.Trim().Length > 0)
                .Select(Paragraph.Plain)
                .ToList();
        }

        /// <summary>The &lt;img&gt; tags of raw HTML, as pictures.</summary>
        public IEnumerable<PictureBlock> HtmlPictures(HtmlBlock html, SourceLocation at)
        {
            foreach (Match m in ImgTag().Matches(html.Lines.ToString()))
            {
                var attributes = InlineRuns.HtmlAttributes(m.Value);
                if (attributes.ContainsKey("src"))
                {
                    yield return HtmlPicture(attributes, at);
                }
            }
        }

        private PictureSize? SizeOf(PandocAttributes? attributes, SourceLocation at)
        {
            if (attributes is null)
            {
                return null;
            }

            var (wf, wp) = Length(attributes.Value("width"), "width");
            var (hf, hp) = Length(attributes.Value("height"), "height");
            return wf is null && wp is null && hf is null && hp is null ? null : new PictureSize(wf, wp, hf, hp);

            (double? Fraction, double? Points) Length(string? value, string what)
            {
                if (value is null)
                {
                    return (null, null);
                }

                var m = LengthPattern().Match(value.Trim());
                if (!m.Success || !double.TryParse(m.Groups["n"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || n <= 0)
                {
                    WarnOnce("size:" + value, at, $"picture {what} '{value}' is not a length such as 50%, 300px, 2in or 5cm; the picture is fitted to the slide");
                    return (null, null);
                }

                return m.Groups["unit"].Value.ToLowerInvariant() switch
                {
                    "%" => (Math.Min(n, 100) / 100, null),
                    "in" => (null, n * 72),
                    "cm" => (null, n * 72 / 2.54),
                    "mm" => (null, n * 72 / 25.4),
                    "pt" => (null, n),
                    "em" => (null, n * 24),
                    _ => (null, n * 0.75), // px, or a bare number (pixels, as in HTML and pandoc)
                };
            }
        }
    }

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "li", "ul", "ol", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "center", "figure", "figcaption", "header", "footer",
    };

    /// <summary>An HTML block: a comment is notes (or Marp directives) and text after it stays on the slide; other HTML keeps its text.</summary>
    private static void ReadHtml(HtmlBlock html, SourceLocation at, Reading reading)
    {
        if (html.Type != HtmlBlockType.Comment)
        {
            AddText(reading.Blocks, reading.HtmlText(html, at), at);
            foreach (var picture in reading.HtmlPictures(html, at))
            {
                reading.Blocks.Add(new ContentBlock(picture));
            }

            return;
        }

        var raw = html.Lines.ToString();
        var close = raw.LastIndexOf("-->", StringComparison.Ordinal);
        var comment = close >= 0 ? raw[..(close + 3)] : raw;
        var tail = close >= 0 ? raw[(close + 3)..].Trim() : "";
        var inner = comment.Trim();
        inner = inner.StartsWith("<!--", StringComparison.Ordinal) ? inner[4..] : inner;
        inner = inner.EndsWith("-->", StringComparison.Ordinal) ? inner[..^3] : inner;
        if (SlideDirectives.InComment(inner) is { } directives)
        {
            reading.Blocks.AddRange(directives.Select(d => Directive(d.Key, d.Value, d.ThisSlide, at, reading)));
        }
        else
        {
            AddNotes(reading.Blocks, CommentParagraphs(comment), at);
        }

        if (tail.Length > 0)
        {
            // "<!-- c --> the rest": the comment is a note, the rest of the line is slide text.
            var parsed = Markdig.Markdown.Parse(tail, Pipeline);
            foreach (var p in parsed.OfType<ParagraphBlock>())
            {
                var runs = reading.Runs(p, at, placePictures: true);
                if (runs.Count > 0)
                {
                    AddText(reading.Blocks, [new Paragraph(runs)], at);
                }

                reading.PlacePictures();
            }
        }
    }

    /// <summary>A paragraph with remark's "???" on a line of its own after its first line: the text before and after that line.</summary>
    private static (string Before, string After)? NotesMarkerInside(ParagraphBlock paragraph, string source)
    {
        if (paragraph.Span.Start < 0 || paragraph.Span.End >= source.Length || paragraph.Span.Length <= 0)
        {
            return null;
        }

        var lines = source.Substring(paragraph.Span.Start, paragraph.Span.Length).Split('\n').ToList();
        var at = lines.Count < 2 ? -1 : lines.FindIndex(1, l => l.Trim() == "???");
        return at < 1 ? null : (string.Join("\n", lines.Take(at)), string.Join("\n", lines.Skip(at + 1)));
    }

    /// <summary>A Marp directive; a background picture is read now, with the notes' other pictures.</summary>
    private static DirectiveBlock Directive(string key, string value, bool thisSlide, SourceLocation at, Reading reading) =>
        new(key, value, thisSlide, at)
        {
            Picture = key == "backgroundImage" && CssUrl(value) is { } url ? reading.Picture(url, "", null, at) : null,
        };

    /// <summary>The address in a CSS <c>url(…)</c>, as Marp's <c>backgroundImage</c> writes it.</summary>
    private static string? CssUrl(string value)
    {
        var m = Regex.Match(value, @"url\(\s*['""]?(?<u>[^'"")]+)['""]?\s*\)", RegexOptions.CultureInvariant);
        return m.Success ? m.Groups["u"].Value.Trim() : null;
    }

    /// <summary>A pause: pandoc's paragraph of three spaced dots, or remark's "--" on a line of its own.</summary>
    private static bool IsPause(ParagraphBlock paragraph) => InlineRuns.PlainText(paragraph.Inline) is ". . ." or "--" or "–";

    /// <summary>A fenced div's name: <c>::: notes</c>, <c>::: {.column width="40%"}</c> → "notes", "column".</summary>
    private static string ContainerName(CustomContainer container) =>
        Attributes(container) is { } attributes ? attributes.Classes.FirstOrDefault()?.ToLowerInvariant() ?? ""
            : (container.Info ?? "").Trim().ToLowerInvariant();

    private static PandocAttributes? Attributes(CustomContainer container)
    {
        var raw = ((container.Info ?? "") + " " + (container.Arguments ?? "")).Trim();
        return raw.StartsWith('{') ? PandocAttributes.Parse(raw) : null;
    }

    /// <summary>The language of a fenced code block: <c>```python</c> or <c>```{.python .numberLines}</c>.</summary>
    private static string? CodeLanguage(FencedCodeBlock fenced)
    {
        var raw = ((fenced.Info ?? "") + " " + (fenced.Arguments ?? "")).Trim();
        if (raw.Length == 0)
        {
            return null;
        }

        return raw.StartsWith('{') ? PandocAttributes.Parse(raw)?.Classes.FirstOrDefault() : raw.Split(' ')[0];
    }

    /// <summary>Footnote texts by number, read before the notes so each can go to the slide that refers to it.</summary>
    private static Dictionary<int, List<Run>> Footnotes(MarkdownDocument markdown)
    {
        var result = new Dictionary<int, List<Run>>();
        // Markdig leaves a footnote no text refers to out of its footnote group; its definition still holds it.
        var all = markdown.Descendants<Footnote>()
            .Concat(markdown.Descendants<FootnoteLinkReferenceDefinition>().Select(d => d.Footnote).OfType<Footnote>())
            .Distinct();
        foreach (var footnote in all)
        {
            var runs = new List<Run>();
            foreach (var leaf in footnote.Descendants<LeafBlock>())
            {
                if (runs.Count > 0)
                {
                    runs.Add(new Run(" "));
                }

                // A footnote's paragraphs, and its code in the code face.
                runs.AddRange(leaf switch
                {
                    ParagraphBlock p => InlineRuns.From(p.Inline),
                    MdCode code => CodeLinesOf(code).Select(l => new Run(l, RunStyle.Code)),
                    _ => [],
                });
            }

            // A footnote never referred to has no number of its own: it gets one after the rest, and goes to the last slide.
            result[footnote.Order > 0 ? footnote.Order : 10_000 + result.Count] = runs;
        }

        return result;
    }

    /// <summary>pandoc/Quarto columns: each <c>::: column</c> beside the others, widths as written.</summary>
    private static ColumnsBlock ReadColumns(CustomContainer container, SourceLocation at, Reading reading)
    {
        var columns = new List<Column>();
        var loose = new List<Block>();
        foreach (var child in container)
        {
            if (child is CustomContainer column && ContainerName(column) == "column")
            {
                var width = Attributes(column)?.Value("width") is { } w && w.EndsWith('%')
                    && double.TryParse(w[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var percent) && percent is > 0 and <= 100
                    ? percent / 100 : (double?)null;
                columns.Add(new Column(width, ColumnContent(column, reading)));
            }
            else
            {
                loose.Add(child);
            }
        }

        if (loose.Count > 0)
        {
            // Text inside ":::: columns" but outside any column is its own column, never lost.
            var holder = new List<SlideBlock>();
            foreach (var block in loose)
            {
                holder.AddRange(ColumnContent(block, reading));
            }

            columns.Add(new Column(null, holder));
        }

        return new ColumnsBlock(columns, at);
    }

    private static List<SlideBlock> ColumnContent(Block block, Reading reading)
    {
        var result = new List<SlideBlock>();
        var at = new SourceLocation(reading.Path, block.Line + 1, block.Column + 1);
        void Text(IReadOnlyList<Paragraph> paragraphs)
        {
            if (paragraphs.Count == 0)
            {
                return;
            }

            if (result.Count > 0 && result[^1] is TextBlock previous)
            {
                result[^1] = previous with { Paragraphs = [.. previous.Paragraphs, .. paragraphs] };
            }
            else
            {
                result.Add(new TextBlock(paragraphs, at));
            }
        }

        switch (block)
        {
            case CustomContainer notes when ContainerName(notes) == "notes":
                AddNotes(reading.Blocks, NotesOf(notes, reading), at);
                break;
            case ParagraphBlock p when IsPause(p):
                break; // a column is shown whole: a pause inside one is not a build step, and never text
            case ParagraphBlock p:
                var report = reading.Runs(p, at, placePictures: true);
                if (report.Count > 0)
                {
                    Text([new Paragraph(report)]);
                }

                var before = reading.Blocks.Count;
                reading.PlacePictures();
                result.AddRange(reading.Blocks.Skip(before).OfType<ContentBlock>().Select(c => c.Block));
                reading.Blocks.RemoveRange(before, reading.Blocks.Count - before);
                break;
            case ListBlock list:
                var items = new List<Paragraph>();
                FlattenList(list, 0, items, reading);
                Text(reading.Settings.Incremental ? OneByOne(items) : items);
                break;
            case MdQuote { Count: 1 } quote when quote[0] is ListBlock list:
                var listed = new List<Paragraph>(); // ">- item" in a column, as outside one
                FlattenList(list, 0, listed, reading);
                Text(OneByOne(listed));
                break;
            case CustomContainer container when ContainerName(container) is "incremental" or "nonincremental":
                var inside = ParagraphsOf(container, reading);
                Text(ContainerName(container) == "incremental" ? OneByOne(inside) : inside);
                break;
            case MathBlock math:
                reading.MathAsSource(at);
                result.Add(new CodeBlock(CodeLinesOf(math), "tex", at));
                break;
            case FencedCodeBlock { Info: "figure" } figure:
                var settings = reading.Settings;
                var spec = Figures.FigureBlockParser.Parse(string.Join("\n", CodeLinesOf(figure)), reading.Path, block.Line + 2, reading.Diagnostics, reading.Policy, settings.LanguageGiven ? settings.Language : null);
                result.Add(new FigureBlock(spec, spec is null ? "the figure has errors (see the build output)" : null, at));
                break;
            case FencedCodeBlock fenced:
                result.Add(new CodeBlock(CodeLinesOf(fenced), CodeLanguage(fenced), at));
                break;
            case MdCode code:
                result.Add(new CodeBlock(CodeLinesOf(code), null, at));
                break;
            case MdTable table:
                result.Add(ReadTable(table, at, reading));
                break;
            case MdQuote quote:
                var q = ReadQuotation(quote, at, reading);
                result.Add(new Model.QuoteBlock(string.Join(" ", q.Paragraphs), q.Attribution, false, at));
                break;
            case HtmlBlock { Type: HtmlBlockType.Comment } comment:
                AddNotes(reading.Blocks, CommentParagraphs(comment.Lines.ToString()), at);
                break;
            case HtmlBlock html:
                Text(reading.HtmlText(html, at));
                result.AddRange(reading.HtmlPictures(html, at));
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    foreach (var inner in ColumnContent(child, reading))
                    {
                        if (inner is TextBlock t)
                        {
                            Text(t.Paragraphs);
                        }
                        else
                        {
                            result.Add(inner);
                        }
                    }
                }

                break;
            default:
                Text(ParagraphsOf(block, reading));
                break;
        }

        return result;
    }

    /// <summary>Slidev's per-slide front matter, read before Markdown, goes back in at its place among the blocks.</summary>
    private static void InsertSlideFrontMatter(List<NotesBlock> blocks, List<(int Line, string Key, string Value)> found, string path)
    {
        foreach (var (line, key, value) in found)
        {
            var index = blocks.FindIndex(b => b.Source.Line > line);
            var directive = new DirectiveBlock(key, value, true, new SourceLocation(path, line));
            if (index < 0)
            {
                blocks.Add(directive);
            }
            else
            {
                blocks.Insert(index, directive);
            }
        }
    }

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"</?(?<name>[A-Za-z][A-Za-z0-9-]*)\b[^>]*>|<!--.*?-->", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"<img\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImgTag();

    [GeneratedRegex(@"^(?<n>\d+(?:\.\d+)?)\s*(?<unit>%|px|in|cm|mm|pt|em)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LengthPattern();
}
