using System.Text.RegularExpressions;

namespace SlideBuilder.Notes.Conventions;

/// <summary>
/// pandoc's fenced divs nest by pairing: <c>::: columns</c>, <c>::: column</c>, <c>:::</c>, <c>:::</c>.
/// Markdig closes every open div at the first bare <c>:::</c> of the same length, so the fences are
/// lengthened here, outer ones longer than inner ones, before Markdown reads them. Lines stay where they are.
/// </summary>
public static partial class FencedDivs
{
    public static string Nest(string text)
    {
        if (!text.Contains(":::", StringComparison.Ordinal))
        {
            return text;
        }

        var lines = text.Split('\n');
        var stack = new Stack<(int Line, List<int> Children)>();
        var pairs = new List<(int Open, int Close, int Height)>();
        var height = new Dictionary<int, int>(); // opening line → depth of divs inside it
        var code = new CodeFences();
        for (var i = 0; i < lines.Length; i++)
        {
            if (code.Inside(lines[i]) || Fence().Match(lines[i]) is not { Success: true } m)
            {
                continue;
            }

            if (m.Groups["info"].Value.Trim().Length > 0)
            {
                stack.Push((i, []));
            }
            else if (stack.Count > 0)
            {
                var (open, children) = stack.Pop();
                var h = children.Count == 0 ? 0 : children.Max(c => height[c]) + 1;
                height[open] = h;
                pairs.Add((open, i, h));
                if (stack.Count > 0)
                {
                    stack.Peek().Children.Add(open);
                }
            }
        }

        if (pairs.All(p => p.Height == 0))
        {
            return text;
        }

        foreach (var (open, close, h) in pairs)
        {
            var colons = new string(':', 3 + h);
            lines[open] = Fence().Replace(lines[open], x => x.Groups["indent"].Value + colons + x.Groups["info"].Value);
            lines[close] = Fence().Replace(lines[close], x => x.Groups["indent"].Value + colons + x.Groups["info"].Value);
        }

        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"^(?<indent>[ ]{0,3}):{3,}(?<info>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Fence();
}
