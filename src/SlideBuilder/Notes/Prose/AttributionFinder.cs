using System.Text.RegularExpressions;

namespace SlideBuilder.Notes.Prose;

/// <summary>Finds who a quotation is by from the prose around it: "Trotsky cites…", "Trotsky concludes…".</summary>
public static partial class AttributionFinder
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "He", "She", "It", "They", "This", "That", "We", "I", "You", "One", "Which", "Who", "The", "And", "But", "As", "Also",
        "So", "Then", "Thus", "First", "Here", "There", "Later", "Finally", "Likewise", "Yet", "Now", "When", "If",
    };

    public static string? Find(string prose)
    {
        foreach (Match m in NameAndVerb().Matches(prose))
        {
            var name = m.Groups["name"].Value;
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 2 && NotNames.Contains(words[0]))
            {
                name = words[1]; // "And Trotsky concludes": the sentence's first word is not part of the name
            }

            if (!NotNames.Contains(name))
            {
                return name;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?<name>\p{Lu}[\p{L}’'\-]+(?:\s+\p{Lu}[\p{L}’'\-]+)?)\s+(?:also\s+|then\s+|further\s+)?(?:cites|notes|noted|concludes|concluded|writes|wrote|says|said|argues|argued|explains|explained|adds|added|observes|observed|points out|pointed out|continues|continued|remarks|remarked|quotes|quoted|states|stated|puts it|describes|described|insists|insisted|warns|warned)\b")]
    private static partial Regex NameAndVerb();
}
