using SlideBuilder.Model;
using SlideBuilder.Diagnostics;
using SlideBuilder.Language;

namespace SlideBuilder.Notes;

/// <summary>
/// Link targets as a deck can hold them. An empty target is no link; a target that is not a valid
/// address (<c>http://a&amp;b.com</c>, <c>https://../</c>) or whose scheme a deck should not carry
/// (<c>javascript:</c>) keeps its text, without the link, and is a warning.
/// </summary>
internal static class LinkTargets
{
    private static readonly HashSet<string> Schemes = new(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "ftp", "tel" };

    /// <summary>The target to write, or null for none; <paramref name="problem"/> says why a non-empty one was refused.</summary>
    public static string? Usable(string? target, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(target))
        {
            return null;
        }

        if (!XmlText.IsValid(target))
        {
            problem = "it holds characters a deck cannot store";
            return null;
        }

        if (Uri.TryCreate(target, UriKind.Absolute, out var absolute) && !absolute.IsFile)
        {
            if (Schemes.Contains(absolute.Scheme))
            {
                return target;
            }

            problem = $"links of the '{absolute.Scheme}:' kind are not written into decks";
            return null;
        }

        if (!target.Contains(':', StringComparison.Ordinal) && Uri.TryCreate(target, UriKind.Relative, out _))
        {
            return target;
        }

        problem = "it is not a valid web address";
        return null;
    }

    /// <summary>Every link of the document's slide text, notes and tables checked; refused ones become plain text.</summary>
    public static NotesDocument Check(NotesDocument doc, DiagnosticBag diagnostics)
    {
        var blocks = doc.Blocks.Select(block => block switch
        {
            ContentBlock { Block: TextBlock text } => new ContentBlock(text with { Paragraphs = Paragraphs(text.Paragraphs, text.Source) }),
            ContentBlock { Block: TableBlock table } => new ContentBlock(table with
            {
                Header = [.. table.Header.Select(cell => Runs(cell, table.Source))],
                Rows = [.. table.Rows.Select(row => (IReadOnlyList<IReadOnlyList<Run>>)[.. row.Select(cell => Runs(cell, table.Source))])],
            }),
            SpeakerNoteBlock notes => notes with { Paragraphs = Paragraphs(notes.Paragraphs, notes.Source) },
            HeadingBlock { Runs: { } runs } heading => heading with { Runs = Runs(runs, heading.Source) },
            ContentBlock { Block: ColumnsBlock columns } => new ContentBlock(columns with
            {
                Columns = [.. columns.Columns.Select(c => c with
                {
                    Blocks = [.. c.Blocks.Select(b => b is TextBlock t ? t with { Paragraphs = Paragraphs(t.Paragraphs, t.Source) } : b)],
                })],
            }),
            _ => block,
        }).ToList();
        return doc with { Blocks = blocks };

        IReadOnlyList<Paragraph> Paragraphs(IReadOnlyList<Paragraph> paragraphs, SourceLocation at) =>
            [.. paragraphs.Select(p => p with { Runs = Runs(p.Runs, at) })];

        IReadOnlyList<Run> Runs(IReadOnlyList<Run> runs, SourceLocation at) => [.. runs.Select(run =>
        {
            if (run.Link is null)
            {
                return run;
            }

            var usable = Usable(run.Link, out var problem);
            if (problem is not null)
            {
                diagnostics.Warn(at, DiagnosticCodes.InvalidLink, $"link '{Diagnostic.Shorten(run.Link)}' is kept as text without its link: {problem}");
            }

            return run with { Link = usable };
        })];
    }
}
