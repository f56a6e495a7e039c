using SlideBuilder.Language;

namespace SlideBuilder.Notes.Prose;

/// <summary>
/// A long quotation that ends its paragraph after a lead-in ("As the treasurer, Sri Wahyuni, put it,
/// “The money is not the hard part. …”") is split off as a paragraph of its own: it then gets a
/// quotation slide like one set apart, and the lead-in names its author. A short quotation inside a
/// sentence ("she said it was “like resenting the weather”") stays where it is.
/// </summary>
internal static class InlineQuotations
{
    /// <summary>A quotation of at least this many words is worth a slide of its own.</summary>
    public const int MinWords = 25;

    /// <summary>The paragraphs with every long closing quotation split from its lead-in, and the lead-ins so split.</summary>
    public static (List<ProseParagraph> Paragraphs, HashSet<ProseParagraph> LeadIns) Split(IReadOnlyList<ProseParagraph> paragraphs)
    {
        var result = new List<ProseParagraph>(paragraphs.Count);
        var leadIns = new HashSet<ProseParagraph>();
        foreach (var p in paragraphs)
        {
            var at = LongQuotationAtEnd(p.Text);
            if (at < 0)
            {
                result.Add(p);
                continue;
            }

            var lead = p with { Text = p.Text[..at].TrimEnd() };
            leadIns.Add(lead);
            result.Add(lead);
            result.Add(p with { Text = p.Text[at..] });
        }

        return (result, leadIns);
    }

    /// <summary>Where a quotation opens after ", " or ": " and runs, unclosed until then, to the paragraph's end; -1 when none does.</summary>
    private static int LongQuotationAtEnd(string text)
    {
        if (QuotationMarks.Opens(text))
        {
            return -1;
        }

        for (var i = 2; i < text.Length - 1; i++)
        {
            var mark = text[i];
            if (Array.IndexOf(QuotationMarks.Opening, mark) < 0 || text[i - 1] != ' ' || text[i - 2] is not (',' or ':'))
            {
                continue;
            }

            var quote = text[i..];
            if (QuotationMarks.ClosesAtEnd(quote, mark) && !QuotationMarks.ClosesInside(quote, mark)
                && TextMetrics.CountWords(quote) >= MinWords && TextMetrics.CountWords(text[..i]) >= 3)
            {
                return i;
            }
        }

        return -1;
    }
}
