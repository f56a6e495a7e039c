using System.Text.RegularExpressions;

namespace SlideBuilder.Notes.Conventions;

/// <summary>
/// Pandoc's attribute blocks, <c>{#id .class key=value key="a value" -}</c>, on headings, pictures and divs.
/// Only text that is wholly made of attributes is taken as one: "the set {x}" stays text.
/// </summary>
public sealed partial record PandocAttributes(string? Id, IReadOnlyList<string> Classes, IReadOnlyDictionary<string, string> Values)
{
    public static readonly PandocAttributes None = new(null, [], new Dictionary<string, string>());

    public bool HasClass(string name) => Classes.Contains(name, StringComparer.OrdinalIgnoreCase);

    public string? Value(string key) => Values.TryGetValue(key, out var v) ? v : null;

    /// <summary>Reads <paramref name="text"/> ("{.column width=40%}") when it is one attribute block; otherwise null.</summary>
    public static PandocAttributes? Parse(string text)
    {
        var t = text.Trim();
        if (t.Length < 2 || t[0] != '{' || t[^1] != '}')
        {
            return null;
        }

        var inner = t[1..^1];
        if (inner.Trim().Length == 0)
        {
            return null;
        }

        string? id = null;
        var classes = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var at = 0;
        foreach (Match m in Token().Matches(inner))
        {
            if (inner[at..m.Index].Trim().Length > 0)
            {
                return null; // something between tokens that is not an attribute: prose in braces
            }

            at = m.Index + m.Length;
            var token = m.Value;
            if (token.StartsWith('#'))
            {
                id = token[1..];
            }
            else if (token.StartsWith('.'))
            {
                classes.Add(token[1..]);
            }
            else if (token == "-")
            {
                classes.Add("unnumbered");
            }
            else
            {
                var eq = token.IndexOf('=');
                var value = token[(eq + 1)..];
                if (value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0])
                {
                    value = value[1..^1];
                }

                values[token[..eq]] = value;
            }
        }

        return inner[at..].Trim().Length == 0 ? new PandocAttributes(id, classes, values) : null;
    }

    /// <summary>Splits a trailing attribute block off a line ("Results {.smaller}"): the text and the attributes.</summary>
    public static (string Text, PandocAttributes? Attributes) SplitTrailing(string text)
    {
        var trimmed = text.TrimEnd();
        if (!trimmed.EndsWith('}'))
        {
            return (text, null);
        }

        var open = trimmed.LastIndexOf('{');
        if (open < 0 || Parse(trimmed[open..]) is not { } attributes)
        {
            return (text, null);
        }

        return (trimmed[..open].TrimEnd(), attributes);
    }

    /// <summary>The length of an attribute block at the start of <paramref name="text"/> ("{width=30%} more"), or 0.</summary>
    public static int LeadingLength(string text, out PandocAttributes? attributes)
    {
        attributes = null;
        if (!text.StartsWith('{'))
        {
            return 0;
        }

        var close = text.IndexOf('}');
        if (close < 0 || Parse(text[..(close + 1)]) is not { } parsed)
        {
            return 0;
        }

        attributes = parsed;
        return close + 1;
    }

    [GeneratedRegex("""#[\w:-]+|\.[\w-]+|[\w:-]+=(?:"[^"]*"|'[^']*'|[^\s"'}]+)|(?<=^|\s)-(?=\s|$)""", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
