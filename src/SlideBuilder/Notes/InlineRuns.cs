using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SlideBuilder.Model;

namespace SlideBuilder.Notes;

/// <summary>Turns Markdig inlines into formatted runs (bold, italic, code, hyperlinks).</summary>
internal static class InlineRuns
{
    public static List<Run> From(ContainerInline? inlines)
    {
        var runs = new List<Run>();
        Add(inlines, RunStyle.None, null, runs);
        return Merge(runs);
    }

    public static List<Run> From(LeafBlock block) => From(block.Inline);

    public static string PlainText(ContainerInline? inlines) => string.Concat(From(inlines).Select(r => r.Text)).Trim();

    private static void Add(ContainerInline? container, RunStyle style, string? link, List<Run> runs)
    {
        if (container is null)
        {
            return;
        }

        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    runs.Add(new Run(literal.Content.ToString(), style, link));
                    break;
                case EmphasisInline emphasis:
                    var added = emphasis.DelimiterChar is '*' or '_'
                        ? emphasis.DelimiterCount >= 3 ? RunStyle.Bold | RunStyle.Italic
                        : emphasis.DelimiterCount == 2 ? RunStyle.Bold : RunStyle.Italic
                        : RunStyle.None;
                    Add(emphasis, style | added, link, runs);
                    break;
                case CodeInline code:
                    runs.Add(new Run(code.Content, style | RunStyle.Code, link));
                    break;
                case LinkInline { IsImage: true } image:
                    // An image inside running text cannot be a picture; keep its alt text readable.
                    var alt = PlainText(image);
                    if (alt.Length > 0)
                    {
                        runs.Add(new Run(alt, style, link));
                    }

                    break;
                case LinkInline linkInline:
                    var before = runs.Count;
                    Add(linkInline, style, linkInline.Url, runs);
                    if (runs.Count == before && !string.IsNullOrEmpty(linkInline.Url))
                    {
                        runs.Add(new Run(linkInline.Url, style, linkInline.Url));
                    }

                    break;
                case AutolinkInline auto:
                    runs.Add(new Run(auto.Url, style, auto.IsEmail ? "mailto:" + auto.Url : auto.Url));
                    break;
                case LineBreakInline:
                    runs.Add(new Run(" ", style, link));
                    break;
                case HtmlEntityInline entity:
                    runs.Add(new Run(entity.Transcoded.ToString(), style, link));
                    break;
                case HtmlInline:
                    break; // raw inline HTML (<br>, comments) has no slide equivalent
                case ContainerInline nested:
                    Add(nested, style, link, runs);
                    break;
            }
        }
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
