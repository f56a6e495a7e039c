using System.Text.RegularExpressions;

namespace SlideBuilder.Notes.Conventions;

/// <summary>
/// The per-slide settings other slide tools put in the notes: Marp's directives in HTML comments
/// (<c>&lt;!-- _class: lead --&gt;</c>, <c>&lt;!-- paginate: true --&gt;</c>) and Slidev's front matter
/// between two <c>---</c> lines at the start of a slide (<c>layout: center</c>). The README maps each.
/// </summary>
public static partial class SlideDirectives
{
    /// <summary>Marp's directives (global and local); a leading underscore limits a local one to its slide.</summary>
    private static readonly HashSet<string> Marp = new(StringComparer.Ordinal)
    {
        "theme", "style", "headingDivider", "lang", "size", "math", "title", "author", "description", "image", "keywords", "url", "marp",
        "paginate", "header", "footer", "class", "backgroundColor", "backgroundImage", "backgroundPosition", "backgroundRepeat",
        "backgroundSize", "color", "transition",
    };

    /// <summary>Slidev's per-slide front matter keys.</summary>
    private static readonly HashSet<string> Slidev = new(StringComparer.Ordinal)
    {
        "layout", "class", "background", "transition", "clicks", "clicksStart", "hideInToc", "level", "routeAlias", "src", "title",
        "preload", "image", "zoom", "dragPos", "disabled", "hide", "theme", "info", "drawings", "hideSlideNumber", "backgroundSize",
        "layoutClass", "name", "url", "left", "right", "imageLeft", "imageRight", "highlighter", "lineNumbers", "colorSchema",
    };

    /// <summary>remark's slide properties: <c>key: value</c> lines that open a slide, with no fences.</summary>
    private static readonly HashSet<string> Remark = new(StringComparer.Ordinal)
    {
        "class", "name", "layout", "template", "background-image", "count", "exclude", "seq",
    };

    /// <summary>The directives in an HTML comment when the comment holds nothing else; otherwise null (it is a note).</summary>
    public static IReadOnlyList<(string Key, string Value, bool ThisSlide)>? InComment(string inner)
    {
        var lines = inner.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0)
        {
            return null;
        }

        var found = new List<(string, string, bool)>();
        foreach (var line in lines)
        {
            var m = KeyValue().Match(line);
            if (!m.Success)
            {
                return null;
            }

            var key = m.Groups["key"].Value;
            var local = key.StartsWith('_');
            if (!Marp.Contains(local ? key[1..] : key))
            {
                return null;
            }

            found.Add((local ? key[1..] : key, Unquote(m.Groups["value"].Value), local));
        }

        return found;
    }

    /// <summary>
    /// Finds Slidev's per-slide front matter (a <c>---</c> line, <c>key: value</c> lines, a <c>---</c> line) and blanks
    /// it out of the text, line for line, so Markdown does not read the block as a heading and positions stay right.
    /// The opening <c>---</c> stays: it is the slide break.
    /// </summary>
    public static string TakeSlideFrontMatter(string text, out List<(int Line, string Key, string Value)> found)
    {
        found = [];
        var lines = text.Split('\n');
        var start = FirstLineAfterFrontMatter(lines);
        var code = new CodeFences();
        var changed = false;
        for (var i = start; i < lines.Length; i++)
        {
            var trimmed = lines[i].Trim();
            if (code.Inside(lines[i]))
            {
                continue;
            }

            // remark's class macro on a line of its own, ".footer[Our Company]": the text is kept, the wrapper goes.
            if (RemarkMacro().Match(lines[i]) is { Success: true } macro)
            {
                lines[i] = macro.Groups["text"].Value;
                changed = true;
            }

            if (i == start || trimmed == "---" && i + 1 < lines.Length && lines[i + 1].Trim() != "---")
            {
                // remark: property lines right at a slide's start ("class: center, middle"), then a blank line.
                var first = i == start && trimmed != "---" ? i : i + 1;
                var end0 = first;
                var props = new List<(int, string, string)>();
                while (end0 < lines.Length && RemarkProperty().Match(lines[end0].TrimEnd()) is { Success: true } rm && Remark.Contains(rm.Groups["key"].Value))
                {
                    props.Add((end0 + 1, rm.Groups["key"].Value, Unquote(rm.Groups["value"].Value)));
                    end0++;
                }

                if (props.Count > 0 && (end0 == lines.Length || lines[end0].Trim().Length == 0 || lines[end0].TrimStart().StartsWith('#')))
                {
                    found.AddRange(props);
                    for (var j = first; j < end0; j++)
                    {
                        lines[j] = "";
                    }

                    i = end0 - 1;
                    continue;
                }
            }

            if (trimmed != "---")
            {
                continue;
            }

            var end = i + 1;
            var block = new List<(int, string, string)>();
            while (end < lines.Length && KeyValue().Match(lines[end].TrimEnd()) is { Success: true } m && Slidev.Contains(m.Groups["key"].Value))
            {
                block.Add((end + 1, m.Groups["key"].Value, Unquote(m.Groups["value"].Value)));
                end++;
            }

            if (block.Count == 0 || end >= lines.Length || lines[end].Trim() != "---")
            {
                continue;
            }

            found.AddRange(block);
            for (var j = i + 1; j <= end; j++)
            {
                lines[j] = "";
            }

            i = end;
        }

        return found.Count == 0 && !changed ? text : string.Join('\n', lines);
    }

    private static int FirstLineAfterFrontMatter(string[] lines)
    {
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            return 0;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                return i + 1;
            }
        }

        return lines.Length;
    }

    private static string Unquote(string value)
    {
        var v = value.Trim();
        return v.Length >= 2 && v[0] is '"' or '\'' && v[^1] == v[0] ? v[1..^1] : v;
    }

    [GeneratedRegex(@"^\.[a-z][\w-]*\[(?<text>.*)\]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RemarkMacro();

    [GeneratedRegex(@"^(?<key>[a-z][a-z-]*):\s*(?<value>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex RemarkProperty();

    [GeneratedRegex(@"^(?<key>_?[A-Za-z][A-Za-z0-9]*)\s*:\s*(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyValue();
}
