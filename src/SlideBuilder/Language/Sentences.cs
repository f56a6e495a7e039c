using System.Text.RegularExpressions;

namespace SlideBuilder.Language;

/// <summary>
/// Sentences: where one ends (. ! ? … and the closing marks after them, German „…“ too) and the next begins (a
/// capital, a digit or an opening mark). The one sentence rule the reader, the planner, the
/// excerpt and the figure finder share.
/// </summary>
public static partial class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g.", "i.e.", "cf.", "etc.", "mr.", "mrs.", "ms.", "dr.", "st.", "vs.", "no.", "vol.", "ch.", "p.", "pp.", "approx.",
        "jr.", "sr.", "prof.", "rev.", "gen.", "col.", "capt.", "lt.", "sgt.", "fig.", "nos.", "ca.", "c.",
    };

    /// <summary>The sentence asks: it ends with a question mark, inside or outside its closing quotation mark.</summary>
    public static bool Asks(string sentence) => sentence.TrimEnd('”', '"', '’', ' ').EndsWith('?');

    public static List<string> Split(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        foreach (Match m in Boundary().Matches(paragraph))
        {
            var candidate = paragraph[start..m.Index].Trim();
            var lastWord = candidate.Split(' ')[^1];
            // "earned Rs. 700 a day", "Tk. 500", "Nr. 5": a capitalised word of two or three letters with a point before a number
            // is an abbreviation ("…1,200 men. 300 of them were boys" and "in 1990. 1991 was worse." still end there).
            var next = paragraph.AsSpan(m.Index).TrimStart();
            var beforeNumber = next.Length > 0 && char.IsDigit(next[0]) && lastWord.Length is 3 or 4 && lastWord[^1] == '.' && char.IsUpper(lastWord[0])
                && lastWord[1..^1].All(char.IsLower) && candidate.Split(' ').Length > 1;
            if (Abbreviations.Contains(lastWord) || (lastWord.Length == 2 && char.IsUpper(lastWord[0]) && lastWord[1] == '.') || beforeNumber)
            {
                continue;
            }

            if (candidate.Length > 0)
            {
                sentences.Add(candidate);
            }

            start = m.Index;
        }

        var rest = paragraph[start..].Trim();
        if (rest.Length > 0)
        {
            sentences.Add(rest);
        }

        return sentences;
    }

    /// <summary>True when the text ends a sentence: . ! ? … possibly followed by closing marks.</summary>
    public static bool Ends(string text) => End().IsMatch(text);

    // The white space after a sentence end, when what follows starts like a sentence.
    [GeneratedRegex(@"(?<=[.!?…。！？][”’""'»›」』“‘)\]]*)\s+(?=[“‘""'«‹„‚「(\[]?[\p{Lu}\d])")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"[.!?…。！？][”’""'»›」』“‘)\]]*$")]
    private static partial Regex End();
}
