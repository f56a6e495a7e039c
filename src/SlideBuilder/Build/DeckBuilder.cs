using SlideBuilder.Layout;
using SlideBuilder.Model;
using SlideBuilder.Notes;
using SlideBuilder.Output.Pptx;
using SlideBuilder.Planning;
using SlideBuilder.Templates;

namespace SlideBuilder.Build;

/// <summary>The outcome of building one notes file.</summary>
public sealed record DeckResult(
    string Source,
    IReadOnlyList<string> Outputs,
    int Slides,
    int NotesPages,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}

public sealed record BuildOptions(string OutputDirectory = "out", string? Template = null);

/// <summary>
/// The pipeline from notes to files. <see cref="Compile"/> is a pure function of its inputs (same
/// notes, same bytes); <see cref="Build"/> adds the file system: atomic writes, nothing written on error.
/// </summary>
public static class DeckBuilder
{
    /// <summary>Every notes file named: files as they are, folders for the notes files directly in them.</summary>
    public static IReadOnlyList<string> ExpandInputs(IEnumerable<string> inputs, DiagnosticBag diagnostics)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                var found = Directory.GetFiles(input)
                    .Where(f => NotesFileReader.Extensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith("README", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    diagnostics.Error(new SourceLocation(input, 1), DiagnosticCodes.UnreadableInput, "the folder holds no notes files (.md, .markdown, .txt)");
                }

                files.AddRange(found);
            }
            else if (File.Exists(input))
            {
                files.Add(input);
            }
            else
            {
                diagnostics.Error(new SourceLocation(input, 1), DiagnosticCodes.UnreadableInput, "no such file or folder");
            }
        }

        return files;
    }

    /// <summary>Where the deck of a notes file goes: <c>DIR/&lt;stem&gt;.pptx</c>.</summary>
    public static string OutputPath(string notesPath, BuildOptions options) =>
        Path.Combine(options.OutputDirectory, Path.GetFileNameWithoutExtension(notesPath) + ".pptx");

    public static DeckResult Build(string notesPath, BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            var (deck, pptx) = Compile(notesPath, options.Template, diagnostics);

            // An error confined to one figure still gives the deck (with a placeholder there); any other error gives nothing.
            if (diagnostics.Items.Any(d => d.Severity == Severity.Error && d.Code != DiagnosticCodes.FigureError))
            {
                return new DeckResult(notesPath, [], 0, 0, diagnostics.Items);
            }

            var output = OutputPath(notesPath, options);
            try
            {
                AtomicFile.Write(output, pptx);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(new SourceLocation(output, 1), DiagnosticCodes.OutputError, $"cannot write the deck: {ex.Message}");
                return new DeckResult(notesPath, [], 0, 0, diagnostics.Items);
            }

            return new DeckResult(notesPath, [output], deck.Slides.Count, deck.Slides.Count(s => s.Notes.Count > 0), diagnostics.Items);
        }
        catch (BuildException ex)
        {
            return new DeckResult(notesPath, [], 0, 0, [.. diagnostics.Items, ex.Diagnostic]);
        }
    }

    /// <summary>
    /// Reads prose notes and writes their Markdown equivalent to <paramref name="output"/> (never
    /// over an existing file unless <paramref name="overwrite"/>); returns the diagnostics.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Import(string notesPath, string output, bool overwrite)
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            if (File.Exists(output) && !overwrite)
            {
                diagnostics.Error(new SourceLocation(output, 1), DiagnosticCodes.OutputError,
                    "the file exists and may hold your edits; choose another -o or pass --force");
                return diagnostics.Items;
            }

            var doc = NotesFileReader.Read(notesPath, diagnostics);
            AtomicFile.Write(output, System.Text.Encoding.UTF8.GetBytes(Output.Markdown.NotesMarkdownWriter.Write(doc)));
        }
        catch (BuildException ex)
        {
            diagnostics.Error(ex.Diagnostic.Location, ex.Diagnostic.Code, ex.Diagnostic.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(new SourceLocation(output, 1), DiagnosticCodes.OutputError, $"cannot write the Markdown: {ex.Message}");
        }

        return diagnostics.Items;
    }

    /// <summary>Notes file to laid-out deck and .pptx bytes, without touching the output folder.</summary>
    public static (LaidOutDeck Deck, byte[] Pptx) Compile(string notesPath, string? templateOverride, DiagnosticBag diagnostics)
    {
        var doc = NotesFileReader.Read(notesPath, diagnostics);
        var deck = DeckPlanner.Plan(doc);
        return Render(deck, doc, templateOverride, diagnostics);
    }

    public static (LaidOutDeck Deck, byte[] Pptx) Render(Deck deck, NotesDocument doc, string? templateOverride, DiagnosticBag diagnostics)
    {
        var theme = TemplateLoader.Load(templateOverride ?? doc.Settings.Template, new SourceLocation(doc.SourcePath, 1));
        using var fonts = new FontSet(theme);
        using var measurer = new TextMeasurer(fonts);
        var laidOut = new SlideLayouter(theme, measurer, diagnostics).Layout(deck);
        return (laidOut, PptxWriter.Write(laidOut, theme, new Figures.FigureRenderer(fonts, theme)));
    }
}
