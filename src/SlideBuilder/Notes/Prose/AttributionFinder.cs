using System.Text.RegularExpressions;

namespace SlideBuilder.Notes.Prose;

/// <summary>
/// Finds who a quotation is by from the prose around it: the lead-in ("Trotsky cites…", "as Tanaka
/// put it", "Sato, who drove the night train, told me:", "An old weaver, Martha Keane, remembered:")
/// or a line after it ("— that is Joaquim Rosa, skipper of…"). The name nearest the quotation wins.
/// </summary>
public static partial class AttributionFinder
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "He", "She", "It", "They", "This", "That", "We", "I", "You", "One", "Which", "Who", "The", "And", "But", "As", "Also",
        "So", "Then", "Thus", "First", "Here", "There", "Later", "Finally", "Likewise", "Yet", "Now", "When", "If", "Or", "A", "An",
        "Our", "My", "His", "Her", "Their", "In", "On", "At", "For", "With", "After", "Before", "Once",
    };

    /// <summary>The name a lead-in gives for the quotation that follows it, or null.</summary>
    public static string? Find(string prose)
    {
        var best = (Index: -1, Name: (string?)null);
        foreach (var pattern in new[] { Relative(), Appositive(), AsNamePutIt(), NameAndVerb() })
        {
            foreach (Match m in pattern.Matches(prose))
            {
                if (Clean(m.Groups["name"].Value) is { } name && m.Index >= best.Index)
                {
                    best = (m.Index, name);
                }
            }
        }

        return best.Name;
    }

    /// <summary>The name a line after a quotation gives ("— that is Joaquim Rosa, skipper…", "— Ines Vanderhoeven"), or null.</summary>
    public static string? FindAfter(string prose) =>
        DashLine().Match(prose) is { Success: true } m ? Clean(m.Groups["name"].Value) : null;

    private static string? Clean(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && NotNames.Contains(words[0]))
        {
            words.RemoveAt(0); // "And Trotsky concludes": the sentence's first word is not part of the name
        }

        return words.Count == 0 || !char.IsUpper(words[0][0]) ? null : string.Join(' ', words);
    }

    private const string Name = @"(?<![\p{L}’'\-])(?<name>\p{Lu}[\p{L}’'\-]{1,40}(?:\s+(?:(?:da|de|do|dos|das|van|von|der|den|del|la|le|bin|ibn)\s+)?\p{Lu}[\p{L}’'\-]{1,40}){0,3})";

    private const string Verbs = @"(?:also\s+|then\s+|further\s+|once\s+)?(?:cites|notes|noted|concludes|concluded|writes|wrote|says|said|argues|argued|explains|explained|adds|added|observes|observed|points out|pointed out|continues|continued|remarks|remarked|quotes|quoted|states|stated|puts it|put it|describes|described|insists|insisted|warns|warned|told|tells|remembered|remembers|recalled|recalls|replied|answered|admitted|complained|reported|reports|wrote down)\b";

    // "Sato, who drove the night train for thirty years, told me:", "Jan Ludwiczak, a face worker, remembered the first night:"
    [GeneratedRegex(Name + @"\s*,\s*(?:who|whose|a|an|the|then|now|once|still|by then|my|our|his|her|their)\b[^,:;“”«»""]{1,160},\s*" + Verbs)]
    private static partial Regex Relative();

    // "An old weaver, Martha Keane, remembered:", "a docker's wife called Truus Bakker, put it"
    [GeneratedRegex(@"(?:,|\b(?:called|named))\s*" + Name + @"\s*,\s*(?:[\p{Ll}]+\s+){0,2}?" + Verbs)]
    private static partial Regex Appositive();

    // "as Tanaka put it," / "as Marx wrote"
    [GeneratedRegex(@"\b[Aa]s\s+" + Name + @"\s+(?:put it|puts it|said|says|wrote|writes|told me|recalled|remembered)\b")]
    private static partial Regex AsNamePutIt();

    // "Trotsky cites", "And Trotsky concludes"
    [GeneratedRegex(@"\b" + Name + @"\s+" + Verbs)]
    private static partial Regex NameAndVerb();

    // "— that is Joaquim Rosa, skipper of the Boa Esperança"
    [GeneratedRegex(@"^\s*(?:—|–|―|--)\s*(?:that is|that was|this is|this was|so said|said)?\s*" + Name)]
    private static partial Regex DashLine();
}
