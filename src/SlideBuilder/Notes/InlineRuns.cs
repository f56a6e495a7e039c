using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Mathematics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SlideBuilder.Model;
using SlideBuilder.Notes.Conventions;
using SlideBuilder.Language;

namespace SlideBuilder.Notes;

/// <summary>What reading a paragraph's inlines found that the reader must place or report.</summary>
internal sealed class InlineReport
{
    /// <summary>Pictures written inside running text, with their pandoc attributes; the reader places them beside the text.</summary>
    public List<(LinkInline Image, PandocAttributes? Attributes)> Pictures { get; } = [];

    /// <summary>HTML &lt;img&gt; tags in running text: their src, alt, width and height as written.</summary>
    public List<IReadOnlyDictionary<string, string>> HtmlPictures { get; } = [];

    /// <summary>Footnotes referred to, by number.</summary>
    public List<int> Footnotes { get; } = [];

    /// <summary>HTML tags that have no slide equivalent and were dropped (their text is kept).</summary>
    public SortedSet<string> DroppedHtml { get; } = new(StringComparer.Ordinal);

    public bool HadMath { get; set; }

    /// <summary>Whether pictures in the text are taken out to be placed (else their alt text stays in the text).</summary>
    public bool TakePictures { get; init; }
}

/// <summary>
/// Turns Markdig inlines into formatted runs (bold, italic, code, hyperlinks). A hard line break is
/// kept as <see cref="LineBreak"/> inside a run's text; writers turn it into a line break of their own.
/// </summary>
internal static class InlineRuns
{
    /// <summary>The character a hard line break ("two spaces", "\", &lt;br&gt;) is kept as: Unicode's LINE SEPARATOR.</summary>
    public const char LineBreak = Model.Run.LineBreak;

    public static List<Run> From(ContainerInline? inlines, InlineReport? report = null)
    {
        var runs = new List<Run>();
        Add(inlines, RunStyle.None, null, runs, report ?? new InlineReport(), takePictures: report?.TakePictures ?? false);
        return Merge(runs);
    }

    public static List<Run> From(LeafBlock block, InlineReport? report = null) => From(block.Inline, report);

    public static string PlainText(ContainerInline? inlines) => string.Concat(From(inlines).Select(r => r.Text)).Replace(LineBreak, ' ').Trim();

    private static readonly Dictionary<string, RunStyle> HtmlStyles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["b"] = RunStyle.Bold, ["strong"] = RunStyle.Bold, ["i"] = RunStyle.Italic, ["em"] = RunStyle.Italic, ["cite"] = RunStyle.Italic,
        ["code"] = RunStyle.Code, ["kbd"] = RunStyle.Code, ["samp"] = RunStyle.Code, ["tt"] = RunStyle.Code,
        ["span"] = RunStyle.None, ["sub"] = RunStyle.None, ["sup"] = RunStyle.None, ["small"] = RunStyle.None, ["mark"] = RunStyle.None,
        ["abbr"] = RunStyle.None, ["u"] = RunStyle.None, ["ins"] = RunStyle.None, ["q"] = RunStyle.None, ["font"] = RunStyle.None,
        ["a"] = RunStyle.None,
    };

    private static void Add(ContainerInline? container, RunStyle style, string? link, List<Run> runs, InlineReport report, bool takePictures)
    {
        if (container is null)
        {
            return;
        }

        var html = new List<(string Tag, RunStyle Added)>(); // inline HTML tags open in this container
        string? script = null;                                  // "sub" or "sup" while inside one
        var skipAttributes = false;
        foreach (var inline in container)
        {
            var current = style | html.Aggregate(RunStyle.None, (s, h) => s | h.Added);
            switch (inline)
            {
                case LiteralInline literal:
                    var text = literal.Content.ToString();
                    if (skipAttributes && PandocAttributes.LeadingLength(text, out _) is > 0 and var length)
                    {
                        text = text[length..]; // "{width=30%}" after a picture is its size, read with it
                    }

                    skipAttributes = false;
                    runs.Add(new Run(script is null ? text : RaisedText.Shift(text, script), current, link));
                    break;
                case EmphasisInline emphasis:
                    var added = emphasis.DelimiterChar is '*' or '_'
                        ? emphasis.DelimiterCount >= 3 ? RunStyle.Bold | RunStyle.Italic
                        : emphasis.DelimiterCount == 2 ? RunStyle.Bold : RunStyle.Italic
                        : RunStyle.None;
                    Add(emphasis, current | added, link, runs, report, takePictures);
                    break;
                case CodeInline code:
                    runs.Add(new Run(code.Content, current | RunStyle.Code, link));
                    break;
                case MathInline math:
                    // No math renderer ships with the tool: the TeX stays readable, in the code face.
                    report.HadMath = true;
                    runs.Add(new Run(math.Content.ToString(), current | RunStyle.Code, link));
                    break;
                case FootnoteLink { IsBackLink: false } footnote:
                    report.Footnotes.Add(footnote.Footnote.Order);
                    runs.Add(new Run(RaisedText.Superscript(footnote.Footnote.Order), current, link));
                    break;
                case FootnoteLink:
                    break; // the back-link inside a footnote's own text
                case LinkInline { IsImage: true } image when takePictures:
                    // A picture inside running text goes beside the text; its alt text goes with it.
                    var attributes = image.NextSibling is LiteralInline after && PandocAttributes.LeadingLength(after.Content.ToString(), out var a) > 0 ? a : null;
                    report.Pictures.Add((image, attributes));
                    skipAttributes = attributes is not null;
                    continue;
                case LinkInline { IsImage: true } image:
                    // Where a picture cannot go (a table cell, a note), its alt text stays readable; its {width=…} goes.
                    var alt = PlainText(image);
                    if (alt.Length > 0)
                    {
                        runs.Add(new Run(alt, current, link));
                    }

                    skipAttributes = image.NextSibling is LiteralInline next && PandocAttributes.LeadingLength(next.Content.ToString(), out _) > 0;
                    continue;
                case LinkInline linkInline:
                    var before = runs.Count;
                    Add(linkInline, current, linkInline.Url, runs, report, takePictures);
                    if (runs.Count == before && !string.IsNullOrEmpty(linkInline.Url))
                    {
                        runs.Add(new Run(linkInline.Url, current, linkInline.Url));
                    }

                    break;
                case AutolinkInline auto:
                    runs.Add(new Run(auto.Url, current, auto.IsEmail ? "mailto:" + auto.Url : auto.Url));
                    break;
                case LineBreakInline { IsHard: true }:
                    runs.Add(new Run(LineBreak.ToString(), current, link));
                    break;
                case LineBreakInline:
                    runs.Add(new Run(" ", current, link));
                    break;
                case HtmlEntityInline entity:
                    runs.Add(new Run(entity.Transcoded.ToString(), current, link));
                    break;
                case HtmlInline tag:
                    var (name, closing, selfClosing) = HtmlTag(tag.Tag);
                    if (name is null)
                    {
                        break; // a comment: dropped, the text around it stays where it was
                    }

                    if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
                    {
                        runs.Add(new Run(LineBreak.ToString(), current, link));
                    }
                    else if (name.Equals("img", StringComparison.OrdinalIgnoreCase))
                    {
                        // <img src alt width>: placed beside the text like a Markdown picture; where it cannot be, its alt text stays.
                        var imgAttributes = HtmlAttributes(tag.Tag);
                        if (takePictures && imgAttributes.ContainsKey("src"))
                        {
                            report.HtmlPictures.Add(imgAttributes);
                        }
                        else if (imgAttributes.TryGetValue("alt", out var imgAlt) && imgAlt.Length > 0)
                        {
                            runs.Add(new Run(imgAlt, current, link));
                        }
                    }
                    else if (HtmlStyles.TryGetValue(name, out var htmlStyle))
                    {
                        if (closing)
                        {
                            var open = html.FindLastIndex(h => h.Tag.Equals(name, StringComparison.OrdinalIgnoreCase));
                            if (open >= 0)
                            {
                                html.RemoveAt(open);
                            }

                            script = name.ToLowerInvariant() is "sub" or "sup" ? null : script;
                        }
                        else if (!selfClosing)
                        {
                            html.Add((name, htmlStyle));
                            script = name.ToLowerInvariant() is "sub" or "sup" ? name.ToLowerInvariant() : script;
                        }
                    }
                    else
                    {
                        report.DroppedHtml.Add(name.ToLowerInvariant());
                    }

                    break;
                case LinkDelimiterInline delimiter:
                    // A bracket that opened no link ("Interval [0, 1)") is text.
                    runs.Add(new Run(delimiter.IsImage ? "![" : "[", current, link));
                    Add(delimiter, current, link, runs, report, takePictures);
                    break;
                case ContainerInline nested:
                    Add(nested, current, link, runs, report, takePictures);
                    break;
            }

            skipAttributes = false;
        }
    }

    /// <summary>An HTML tag's attributes by lower-case name.</summary>
    public static Dictionary<string, string> HtmlAttributes(string tag) =>
        System.Text.RegularExpressions.Regex.Matches(tag, @"(?<k>[A-Za-z-]+)\s*=\s*(?:""(?<v>[^""]*)""|'(?<v>[^']*)'|(?<v>[^\s>]+))")
            .GroupBy(m => m.Groups["k"].Value.ToLowerInvariant())
            .ToDictionary(g => g.Key, g => XmlText.Clean(System.Net.WebUtility.HtmlDecode(g.First().Groups["v"].Value)), StringComparer.Ordinal);

    /// <summary>The tag's name, whether it closes, and whether it closes itself; a null name for a comment or declaration.</summary>
    private static (string? Name, bool Closing, bool SelfClosing) HtmlTag(string tag)
    {
        if (tag.StartsWith("<!", StringComparison.Ordinal) || tag.StartsWith("<?", StringComparison.Ordinal))
        {
            return (null, false, false);
        }

        var closing = tag.StartsWith("</", StringComparison.Ordinal);
        var start = closing ? 2 : 1;
        var end = start;
        while (end < tag.Length && (char.IsAsciiLetterOrDigit(tag[end]) || tag[end] == '-'))
        {
            end++;
        }

        return (tag[start..end], closing, tag.EndsWith("/>", StringComparison.Ordinal));
    }

    /// <summary>Joins neighbouring runs of the same style and link, and collapses white space.</summary>
    private static List<Run> Merge(List<Run> runs)
    {
        // Runs of the same style and link are joined in one builder: linear in the text however many pieces it has.
        var merged = new List<Run>();
        var text = new System.Text.StringBuilder();
        Run? current = null;
        foreach (var run in runs)
        {
            if (current is not null && (current.Style != run.Style || current.Link != run.Link))
            {
                Flush();
            }

            current ??= run;
            text.Append(run.Text);
        }

        Flush();
        if (merged.Count > 0)
        {
            merged[0] = merged[0] with { Text = merged[0].Text.TrimStart() };
            merged[^1] = merged[^1] with { Text = merged[^1].Text.TrimEnd() };
            merged.RemoveAll(r => r.Text.Length == 0);
        }

        return merged;

        void Flush()
        {
            if (current is not null)
            {
                // Entities (&#xFFFF;, &#0;) can name characters a deck cannot hold, even in clean text.
                var collapsed = XmlText.Clean(CollapseSpaces(text.ToString()));
                collapsed = collapsed.Replace(" " + LineBreak, LineBreak.ToString(), StringComparison.Ordinal)
                    .Replace(LineBreak + " ", LineBreak.ToString(), StringComparison.Ordinal);
                if (collapsed.Length > 0)
                {
                    merged.Add(current with { Text = collapsed });
                }
            }

            current = null;
            text.Clear();
        }
    }

    private static string CollapseSpaces(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        var lastSpace = false;
        foreach (var c in text)
        {
            var space = Array.IndexOf(TextMetrics.BreakingSpace, c) >= 0;
            if (!space || !lastSpace)
            {
                sb.Append(space ? ' ' : c);
            }

            lastSpace = space;
        }

        return sb.ToString();
    }
}
