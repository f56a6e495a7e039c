using SlideBuilder.Layout;
using SlideBuilder.Output.Skia;
using SlideBuilder.Output.Pdf;
using SlideBuilder.Output.Pdf.Handout;
using SlideBuilder.Output.Png;
using SlideBuilder.Output.Pptx;
using SlideBuilder.Planning;
using SlideBuilder.Templates;
using SlideBuilder.Diagnostics;

namespace SlideBuilder.Build;

public enum OutputFormat { Pptx, Handout, Slides, Png }

/// <summary>The outcome of building one notes file.</summary>
/// <param name="InternalError">A fault of ours while building this file (reported as SB090), for the command to show with SLIDEBUILDER_DEBUG.</param>
public sealed record DeckResult(
    string Source,
    IReadOnlyList<string> Outputs,
    int Slides,
    int NotesPages,
    IReadOnlyList<Diagnostic> Diagnostics,
    Exception? InternalError = null)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error) && !FailedOnWarnings;

    /// <summary>Skipped: nothing it is built from changed since its outputs were written (they are listed as they are).</summary>
    public bool UpToDate { get; init; }

    /// <summary>Built under <see cref="BuildOptions.Strict"/> with warnings: nothing written, a failure.</summary>
    public bool FailedOnWarnings { get; init; }
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>The talk's expected length: its script at the speaker's pace.</summary>
    public double Minutes { get; init; }

    /// <summary>How many of <see cref="Outputs"/> this build wrote; the others already held the same bytes and were left alone.</summary>
    public int Rewritten { get; init; }

    /// <summary>The real paths of the files the deck was built from (notes, pictures, data, template files): what <c>watch</c> watches.</summary>
    public IReadOnlyList<string> FilesRead { get; init; } = [];
}

/// <param name="Formats">What to write; null means the default: pptx, handout and slides.</param>
/// <param name="Handout">Handout layout; null means the front matter's, else notes.</param>
/// <param name="Paper">Handout paper; null means the front matter's, else A4.</param>
/// <param name="AllowOutside">Read pictures, data and template files from anywhere, not only the notes' folder tree (see <see cref="Inputs.InputPolicy"/>).</param>
/// <param name="Strict">Warnings fail the deck: nothing of it is written and it counts as failed.</param>
/// <param name="WriteNothing">Check only: every diagnostic of a full build, no file written.</param>
/// <param name="Force">Build even when the manifest says the deck is up to date.</param>
/// <param name="Config">The folder's <c>slidebuilder.yml</c>: its template, handout and paper apply where the front matter says nothing.</param>
public sealed record BuildOptions(
    string OutputDirectory = "out",
    string? Template = null,
    IReadOnlySet<OutputFormat>? Formats = null,
    HandoutLayout? Handout = null,
    Paper? Paper = null,
    bool AllowOutside = false,
    bool Strict = false,
    bool WriteNothing = false,
    bool Force = false,
    FolderConfig? Config = null)
{
    public static readonly IReadOnlySet<OutputFormat> DefaultFormats = new HashSet<OutputFormat> { OutputFormat.Pptx, OutputFormat.Handout, OutputFormat.Slides };

    public IReadOnlySet<OutputFormat> EffectiveFormats => Formats ?? DefaultFormats;
}

/// <summary>
/// The pipeline from notes to files. <see cref="Compile"/> is a pure function of its inputs (same
/// notes, same bytes); <see cref="Build"/> adds the file system: atomic writes, nothing written on error.
/// </summary>
public static class DeckBuilder
{
    /// <summary>Where the deck of a notes file goes: <c>DIR/&lt;stem&gt;.pptx</c> (the other outputs sit beside it).</summary>
    public static string OutputPath(string notesPath, BuildOptions options) =>
        Path.Combine(options.OutputDirectory, Path.GetFileNameWithoutExtension(notesPath) + ".pptx");

    /// <summary>
    /// Builds one notes file into its outputs. Never throws: whatever goes wrong, even a fault of ours,
    /// becomes a diagnostic on this file, nothing of its outputs is replaced, and the caller goes on
    /// to the next file.
    /// </summary>
    public static DeckResult Build(string notesPath, BuildOptions options)
    {
        Inputs.InputPolicy? policy = null;
        var result = BuildNoted(notesPath, options, ref policy);
        return result.FilesRead.Count > 0 || policy is null ? result : result with { FilesRead = [.. policy.FilesRead] };
    }

    private static DeckResult BuildNoted(string notesPath, BuildOptions options, ref Inputs.InputPolicy? policy)
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            var stem = Path.GetFileNameWithoutExtension(notesPath);
            var key = Key(notesPath, options);
            if (!options.Force && !options.WriteNothing && OutputSet.UpToDate(options.OutputDirectory, stem, key) is { } record)
            {
                return new DeckResult(notesPath, [.. record.Outputs.Keys.Select(o => Path.Combine(options.OutputDirectory, o))], record.Slides, record.NotesPages, [])
                    { Minutes = record.Minutes, UpToDate = true, FilesRead = [.. record.Inputs.Keys] };
            }

            // The notes' hash is taken before they are read: saved again during the build, they differ from it next time.
            var notesReal = Inputs.FileFacts.Resolved(notesPath);
            var notesHash = Inputs.FileFacts.KindOf(notesReal) == Inputs.FileKind.Regular ? OutputSet.HashFile(notesReal) : null; // never opens a FIFO
            policy = Inputs.InputPolicy.For(notesPath, options.AllowOutside);
            var (deck, files) = Compile(notesPath, options, diagnostics, policy);

            // An error confined to one figure still gives the outputs (with a placeholder there); any other error gives nothing.
            if (diagnostics.Items.Any(d => d.Severity == Severity.Error && d.Code != DiagnosticCodes.FigureError))
            {
                return new DeckResult(notesPath, [], 0, 0, diagnostics.Items);
            }

            // The build never writes over a file it read: the notes, a picture, a CSV file, a template file.
            var inputs = policy.FilesRead.Append(notesReal).ToHashSet(StringComparer.Ordinal);
            foreach (var (relative, _) in files)
            {
                var target = Path.GetFullPath(Path.Combine(options.OutputDirectory, relative));
                if (inputs.Contains(Inputs.FileFacts.RealPath(target) ?? target))
                {
                    diagnostics.Error(new SourceLocation(notesPath, 1), DiagnosticCodes.OutputError,
                        $"the output {target} would overwrite a file this deck is built from; choose another output folder (-o)");
                    return new DeckResult(notesPath, [], 0, 0, diagnostics.Items);
                }
            }

            // check and --strict stop here, having looked at everything a build would, the outputs' paths included.
            if (options.Strict && diagnostics.WarningCount > 0)
            {
                return new DeckResult(notesPath, [], 0, 0, diagnostics.Items) { FailedOnWarnings = true };
            }

            if (options.WriteNothing)
            {
                return new DeckResult(notesPath, [], deck.Slides.Count, deck.Slides.Count(s => s.Notes.Count > 0), diagnostics.Items) { Minutes = deck.Minutes };
            }

            try
            {
                // Every input by the hash of the bytes the build read; a deck with any diagnostic (a warning, a figure
                // error) is recorded as such and built again next time, so its diagnostics are never hidden.
                var read = new SortedDictionary<string, string>(policy.HashesRead.ToDictionary(h => h.Key, h => h.Value), StringComparer.Ordinal);
                if (notesHash is not null)
                {
                    read[notesReal] = notesHash;
                }

                var stamp = new DeckStamp(key, read, deck.Slides.Count, deck.Slides.Count(s => s.Notes.Count > 0), deck.Minutes, diagnostics.Items.Count);
                var (written, rewritten) = OutputSet.Write(options.OutputDirectory, stem, files, stamp);
                return new DeckResult(notesPath, written, deck.Slides.Count, deck.Slides.Count(s => s.Notes.Count > 0), diagnostics.Items) { Minutes = deck.Minutes, Rewritten = rewritten };
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(new SourceLocation(Path.GetFullPath(options.OutputDirectory), 1), DiagnosticCodes.OutputError,
                    $"cannot write the deck ({ex.Message}); the previous outputs, if any, are unchanged");
                return new DeckResult(notesPath, [], 0, 0, diagnostics.Items);
            }
        }
        catch (BuildException ex)
        {
            return new DeckResult(notesPath, [], 0, 0, [.. diagnostics.Items, ex.Diagnostic]);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var internalError = new Diagnostic(new SourceLocation(notesPath, 1), Severity.Error, DiagnosticCodes.InternalError,
                $"internal error while building this file ({ex.GetType().Name}: {Diagnostic.Shorten(ex.Message.Split('\n')[0].Trim(), 200)}); nothing was written for it. " +
                "This is a fault of SlideBuilder, not of your notes: please report it with the notes file (SLIDEBUILDER_DEBUG=1 shows the details)");
            return new DeckResult(notesPath, [], 0, 0, [.. diagnostics.Items, internalError], ex);
        }
    }

    /// <summary>
    /// What a deck's outputs depend on besides the files it reads: this build of the tool, the notes' path and
    /// every option that changes a byte. The manifest keeps it; a different key means the deck is built again.
    /// </summary>
    private static string Key(string notesPath, BuildOptions options)
    {
        var facts = string.Join('\n',
            typeof(DeckBuilder).Assembly.ManifestModule.ModuleVersionId.ToString(),
            Path.GetFullPath(notesPath),
            options.Template ?? "",
            string.Join(',', options.EffectiveFormats.Order()),
            options.Handout?.ToString() ?? "",
            options.Paper?.ToString() ?? "",
            options.AllowOutside.ToString(),
            options.Config is { } c ? $"{c.Path}|{c.Template}|{c.Handout}|{c.Paper}" : "");
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(facts)));
    }

    /// <summary>
    /// Notes file to laid-out deck and the bytes of every requested output, as paths relative to the
    /// output folder, without touching the file system beyond reading the notes, images and template.
    /// </summary>
    /// <param name="pictures">Slide pictures encoded by an earlier call, reused where a slide's pixels are the same (the live preview).</param>
    public static (LaidOutDeck Deck, IReadOnlyList<(string Path, byte[] Bytes)> Files) Compile(string notesPath, BuildOptions options, DiagnosticBag diagnostics, Inputs.InputPolicy? policy = null, SlidePictureCache? pictures = null)
    {
        policy ??= Inputs.InputPolicy.For(notesPath, options.AllowOutside);
        var doc = NotesFileReader.Read(notesPath, diagnostics, policy);
        var deck = DeckPlanner.Plan(doc, diagnostics);
        TalkTiming.Check(deck, doc.SourcePath, diagnostics);
        // Command line, then front matter, then the folder's slidebuilder.yml (its paths relative to it, inside its folder tree).
        var theme = options.Template is { } chosen
            ? TemplateLoader.Load(chosen, new SourceLocation(doc.SourcePath, 1), policy, fromCommandLine: true, diagnostics)
            : doc.Settings.Template is null && options.Config?.Template is { } folderTemplate
            ? TemplateLoader.Load(folderTemplate, new SourceLocation(options.Config.Path, options.Config.TemplateLine), policy.WithRoots([.. policy.Roots, options.Config.Folder]), fromCommandLine: false, diagnostics)
            : TemplateLoader.Load(doc.Settings.Template, new SourceLocation(doc.SourcePath, 1), policy, fromCommandLine: false, diagnostics);
        using var fonts = new FontSet(theme);
        using var measurer = new TextMeasurer(fonts);
        fonts.Fallback.Language = deck.Info.Language;
        GlyphCoverage.Report(deck, fonts, diagnostics);
        var laidOut = new SlideLayouter(theme, measurer, diagnostics).Layout(deck);
        var formats = options.EffectiveFormats;
        var painter = new TextPainter(fonts);
        var figures = new FigureRenderer(painter, theme);
        var handout = !formats.Contains(OutputFormat.Handout) ? null : new HandoutOptions(
            options.Handout ?? ((doc.Settings.Handout ?? options.Config?.Handout) is { } h ? HandoutOptions.ParseLayout(h) : null) ?? HandoutLayout.Notes,
            options.Paper ?? ((doc.Settings.Paper ?? options.Config?.Paper) is { } p ? Paper.Parse(p) : null) ?? Paper.A4);

        var stem = Path.GetFileNameWithoutExtension(notesPath);
        var files = new List<(string, byte[])>();

        // The deck is written on a thread of its own, with fonts of its own (shaping and fallback objects are not shared
        // between threads; the laid-out deck is only read), from the moment the slides are laid out, while the PDFs' fonts
        // are cut down and the PDFs and pictures drawn here: on two cores a deck takes the time of its slowest output.
        var language = deck.Info.Language;
        var pptx = !formats.Contains(OutputFormat.Pptx) ? null : Task.Run(() =>
        {
            var said = new DiagnosticBag();
            using var own = new FontSet(theme);
            own.Fallback.Language = language;
            var carried = FontEmbedding.Plan(laidOut, theme, own, said, new SourceLocation(doc.SourcePath, 1));
            return (Bytes: PptxWriter.Write(laidOut, theme, new FigureRenderer(new TextPainter(own), theme), fonts: carried), Said: said);
        });

        // PDFs embed their fonts cut down to the glyphs their pages draw: a dry run of both writers notes them.
        using var pdfFaces = formats.Contains(OutputFormat.Handout) || formats.Contains(OutputFormat.Slides) ? PdfFaces(laidOut, theme, fonts, formats, handout) : null;
        var pdfPainter = new TextPainter(fonts) { Subsets = pdfFaces };
        var pdfRenderer = new SlideRenderer(pdfPainter, theme, new FigureRenderer(pdfPainter, theme));
        if (formats.Contains(OutputFormat.Handout))
        {
            files.Add((stem + ".handout.pdf", HandoutWriter.Write(laidOut, pdfRenderer, handout!)));
        }

        if (formats.Contains(OutputFormat.Slides))
        {
            files.Add((stem + ".slides.pdf", SlidesPdfWriter.Write(laidOut, pdfRenderer)));
        }

        if (formats.Contains(OutputFormat.Png))
        {
            files.AddRange(SlidePngWriter.Write(laidOut, new SlideRenderer(painter, theme, figures), pictures).Select(png => (Path.Combine(stem, png.Name), png.Png)));
        }

        if (pptx is not null)
        {
            // (The PDFs and pictures report nothing, so the deck's diagnostics keep their place in the list.)
            var (bytes, said) = pptx.GetAwaiter().GetResult();
            diagnostics.AddFrom(said);
            files.Insert(0, (stem + ".pptx", bytes));
        }

        return (laidOut, files);
    }

    /// <summary>The faces the PDFs draw, each cut down to the glyphs a dry run of their writers drew.</summary>
    private static SubsetFaces PdfFaces(LaidOutDeck deck, Theme theme, FontSet fonts, IReadOnlySet<OutputFormat> formats, HandoutOptions? handout)
    {
        var ledger = new GlyphLedger();
        var painter = new TextPainter(fonts) { Ledger = ledger };
        var renderer = new SlideRenderer(painter, theme, new FigureRenderer(painter, theme));
        var nowhere = new NoPages();
        if (handout is not null)
        {
            HandoutWriter.Draw(deck, renderer, handout, nowhere);
        }

        if (formats.Contains(OutputFormat.Slides))
        {
            SlidesPdfWriter.Draw(deck, renderer, nowhere);
        }

        return SubsetFaces.Of(ledger);
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
}
