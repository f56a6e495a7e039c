using SlideBuilder.Diagnostics;

namespace SlideBuilder.Notes.Prose;

public enum ProseSpanKind { Prose, Quotation, Heading }

/// <summary>A run of paragraphs that are one thing: a prose paragraph, a heading line, or a whole quotation.</summary>
public sealed record ProseSpan(ProseSpanKind Kind, IReadOnlyList<ProseParagraph> Paragraphs)
{
    public int Line => Paragraphs[0].Line;
}

/// <summary>
/// Finds block quotations in prose the way a careful reader does. A paragraph that opens with a
/// quotation mark starts one; it runs until a paragraph that ends with the closing mark. Following
/// the typographic convention, every paragraph of a multi-paragraph quotation opens with a mark
/// again; only the paragraph that closes it may lack one. A quotation that never closes ends at
/// the next clearly non-quoted point (a paragraph that neither opens nor closes a mark, a heading
/// line, a line ending in a colon, the end of the file) with a warning; it never swallows the
/// rest of the file. A quotation closed inside its paragraph, with prose after it, stays prose.
/// </summary>
public static class QuotationFinder
{
    public static List<ProseSpan> Find(IReadOnlyList<ProseParagraph> paragraphs, Func<int, bool> isHeading, string path, DiagnosticBag diagnostics)
    {
        var spans = new List<ProseSpan>();
        var i = 0;
        while (i < paragraphs.Count)
        {
            var text = paragraphs[i].Text;
            if (isHeading(i))
            {
                spans.Add(new ProseSpan(ProseSpanKind.Heading, [paragraphs[i]]));
                i++;
                continue;
            }

            if (!Language.QuotationMarks.Opens(text))
            {
                spans.Add(new ProseSpan(ProseSpanKind.Prose, [paragraphs[i]]));
                i++;
                continue;
            }

            var opener = text[0];
            if (Language.QuotationMarks.ClosesAtEnd(text, opener))
            {
                spans.Add(new ProseSpan(ProseSpanKind.Quotation, [paragraphs[i]]));
                i++;
                continue;
            }

            if (Language.QuotationMarks.ClosesInside(text, opener))
            {
                spans.Add(new ProseSpan(ProseSpanKind.Prose, [paragraphs[i]]));
                i++;
                continue;
            }

            var end = i;
            var closed = false;
            for (var k = i + 1; k < paragraphs.Count; k++)
            {
                var next = paragraphs[k].Text;
                if (isHeading(k) || next.TrimEnd().EndsWith(':'))
                {
                    break;
                }

                if (Language.QuotationMarks.ClosesAtEnd(next, opener))
                {
                    end = k;
                    closed = true;
                    break;
                }

                if (!Language.QuotationMarks.Opens(next))
                {
                    break; // neither continues (no opening mark) nor closes: the speaker's own words again
                }

                end = k;
            }

            if (!closed)
            {
                diagnostics.Warn(new SourceLocation(path, paragraphs[i].Line), DiagnosticCodes.UnclosedQuotation,
                    $"this quotation is never closed; it is taken to end with the paragraph at line {paragraphs[end].Line} (add the closing mark where it ends)");
            }

            spans.Add(new ProseSpan(ProseSpanKind.Quotation, paragraphs.Skip(i).Take(end - i + 1).ToList()));
            i = end + 1;
        }

        return spans;
    }
}
