using SlideBuilder.Build;

namespace SlideBuilder.Notes;

/// <summary>Reads prose notes (see issue 3). For now: read as Markdown, which keeps every paragraph.</summary>
public static class PlainTextNotesReader
{
    public static NotesDocument Read(string path, string text, DiagnosticBag diagnostics) =>
        MarkdownNotesReader.Read(path, text, diagnostics);
}
