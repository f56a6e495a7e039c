using System.Text.RegularExpressions;

namespace SlideBuilder.Notes.Prose;

/// <summary>Splits a paragraph into sentences: at . ! ? … (and closing marks after them) before a capital or an opening mark.</summary>
public static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g.", "i.e.", "cf.", "etc.", "mr.", "mrs.", "ms.", "dr.", "st.", "vs.", "no.", "vol.", "ch.", "p.", "pp.",
    };

    public static List<string> Split(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        foreach (Match m in Boundary().Matches(paragraph))
        {
            var candidate = paragraph[start..m.Index].Trim();
            var lastWord = candidate.Split(' ')[^1];
            if (Abbreviations.Contains(lastWord) || (lastWord.Length == 2 && char.IsUpper(lastWord[0]) && lastWord[1] == '.'))
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

    // The white space after a sentence end, when what follows starts like a sentence.
    [GeneratedRegex(@"(?<=[.!?…][”’""')\]]*)\s+(?=[“‘""'(\[]?[\p{Lu}\d])")]
    private static partial Regex Boundary();
}
