using System.Globalization;
using SlideBuilder.Build;

namespace SlideBuilder.Cli;

/// <summary>The <c>slidebuilder</c> command: parses arguments, calls the library, prints results.</summary>
public static class CommandLine
{
    public const int Ok = 0;
    public const int BuildFailed = 1;
    public const int UsageError = 2;

    private const string Usage = """
        usage: slidebuilder build <notes-file-or-folder>... [-o|--out DIR] [--template NAME|DIR]
                                 [--format pptx,handout,slides,png] [--handout notes|3up|6up] [--paper a4|letter]
                                 [--allow-outside]
               slidebuilder import <notes.txt> [-o|--out FILE.md] [--force]
               slidebuilder templates
               slidebuilder template export <NAME> [-o|--out FILE.potx] [--force]
               slidebuilder --help | --version

        build     writes DIR/<stem>.pptx, DIR/<stem>.handout.pdf and DIR/<stem>.slides.pdf
                  (--format chooses; png writes DIR/<stem>/slide-NN.png) for every notes
                  file (.md, .markdown, .txt); a folder means every notes file in it.
                  DIR defaults to 'out'. Pictures, data and template files are read only
                  from the notes' folder tree unless --allow-outside is given.
        import    writes prose notes as SlideBuilder Markdown (default: <stem>.md beside
                  the input) to edit from then on; an existing file needs --force.
        templates lists the built-in templates.
        template export
                  writes a built-in template as a PowerPoint template (default: NAME.potx)
                  to restyle in PowerPoint or Impress and build with (--template FILE.potx).

        exit codes: 0 built (warnings allowed), 1 an input could not be built, 2 usage error
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            return Dispatch(args, stdout, stderr);
        }
        catch (Exception ex) when (Environment.GetEnvironmentVariable("SLIDEBUILDER_DEBUG") is null)
        {
            // Never a stack trace for the user; SLIDEBUILDER_DEBUG=1 shows it for us.
            stderr.WriteLine($"slidebuilder: internal error: {ex.Message} (set SLIDEBUILDER_DEBUG=1 for details; please report it)");
            return BuildFailed;
        }
    }

    private static int Dispatch(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? stderr : stdout).WriteLine(Usage);
            return args.Length == 0 ? UsageError : Ok;
        }

        if (args[0] is "--version")
        {
            stdout.WriteLine(typeof(DeckBuilder).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
            return Ok;
        }

        return args[0] switch
        {
            "build" => BuildCommand(args[1..], stdout, stderr),
            "import" => ImportCommand(args[1..], stdout, stderr),
            "templates" when args.Length == 1 => TemplatesCommand(stdout),
            "template" when args.Length > 1 && args[1] == "export" => ExportCommand(args[2..], stdout, stderr),
            "templates" or "template" => Fail(stderr, "usage: slidebuilder templates | slidebuilder template export <NAME> [-o FILE.potx] [--force]"),
            _ => Fail(stderr, $"unknown command '{args[0]}'"),
        };
    }

    private static int BuildCommand(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var inputs = new List<string>();
        var outDir = "out";
        string? template = null;
        HashSet<OutputFormat>? formats = null;
        SlideBuilder.Output.Pdf.Handout.HandoutLayout? handout = null;
        SlideBuilder.Output.Pdf.Handout.Paper? paper = null;
        var allowOutside = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--allow-outside":
                    allowOutside = true;
                    break;
                case "-o" or "--out":
                    if (ValueAfter(args, ref i) is not { } dir)
                    {
                        return Fail(stderr, $"{args[^1]} needs a folder"); // the option is the last argument
                    }

                    outDir = dir;
                    break;
                case "--template":
                    if (ValueAfter(args, ref i) is not { } templateName)
                    {
                        return Fail(stderr, "--template needs a name or folder");
                    }

                    template = templateName;
                    break;
                case "--format":
                    if (ValueAfter(args, ref i) is not { } list)
                    {
                        return Fail(stderr, "--format needs a list such as pptx,handout,slides,png");
                    }

                    formats = [];
                    foreach (var name in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        if (!Enum.TryParse<OutputFormat>(name, ignoreCase: true, out var format) || !Enum.IsDefined(format) || int.TryParse(name, out _))
                        {
                            return Fail(stderr, $"unknown format '{name}' (formats: pptx, handout, slides, png)");
                        }

                        formats.Add(format);
                    }

                    break;
                case "--handout":
                    if (ValueAfter(args, ref i) is not { } layoutName || SlideBuilder.Output.Pdf.Handout.HandoutOptions.ParseLayout(layoutName) is not { } layout)
                    {
                        return Fail(stderr, "--handout needs notes, 3up or 6up");
                    }

                    handout = layout;
                    break;
                case "--paper":
                    if (ValueAfter(args, ref i) is not { } paperName || SlideBuilder.Output.Pdf.Handout.Paper.Parse(paperName) is not { } size)
                    {
                        return Fail(stderr, "--paper needs a4 or letter");
                    }

                    paper = size;
                    break;
                case var option when option.StartsWith('-') && option.Length > 1:
                    return Fail(stderr, $"unknown option '{option}'");
                default:
                    inputs.Add(args[i]);
                    break;
            }
        }

        if (inputs.Count == 0)
        {
            return Fail(stderr, "build needs at least one notes file or folder");
        }

        var expansion = new DiagnosticBag();
        var files = DeckBuilder.ExpandInputs(inputs, expansion);
        foreach (var d in expansion.Items)
        {
            stderr.WriteLine(d);
        }

        var failed = expansion.HasErrors;
        var options = new BuildOptions(outDir, template, formats, handout, paper, allowOutside);
        var built = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var output = FullPathOrAsGiven(DeckBuilder.OutputPath(file, options));
            if (built.TryGetValue(output, out var first))
            {
                // talk.txt and talk.md in one build: the second deck would silently replace the first.
                stderr.WriteLine(new Diagnostic(new SourceLocation(file, 1), Severity.Error, DiagnosticCodes.OutputError,
                    $"its deck would overwrite {output}, built from {first} in this run; build them into different folders"));
                stdout.WriteLine($"{file}: not built");
                failed = true;
                continue;
            }

            built[output] = file;
            var result = DeckBuilder.Build(file, options);
            foreach (var d in result.Diagnostics)
            {
                stderr.WriteLine(d);
            }

            if (result.InternalError is { } fault && Environment.GetEnvironmentVariable("SLIDEBUILDER_DEBUG") is not null)
            {
                stderr.WriteLine(fault);
            }

            var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
            if (result.Outputs.Count > 0)
            {
                // Written, possibly with an error confined to one figure (still exit code 1).
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{file} -> {string.Join(", ", result.Outputs)}: {Count(result.Slides, "slide")}, {result.NotesPages} with notes, {Spoken(result.Minutes)}{Count(result.Warnings, "warning")}{(errors > 0 ? ", " + Count(errors, "error") : "")}"));
            }
            else
            {
                stdout.WriteLine($"{file}: not built");
            }

            failed |= !result.Succeeded;
        }

        return failed ? BuildFailed : Ok;
    }

    /// <summary>
    /// The arguments of a command that takes one input, <c>-o|--out FILE</c> and <c>--force</c>; null (the usage
    /// error printed) when they are wrong. The input is null when none was given.
    /// </summary>
    private static (string? Input, string? Output, bool Force)? OneInput(string[] args, string command, string what, TextWriter stderr)
    {
        string? input = null;
        string? output = null;
        var force = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-o" or "--out":
                    if (ValueAfter(args, ref i) is not { } file)
                    {
                        Fail(stderr, $"{args[^1]} needs a file name"); // the option is the last argument
                        return null;
                    }

                    output = file;
                    break;
                case "--force":
                    force = true;
                    break;
                case var option when option.StartsWith('-') && option.Length > 1:
                    Fail(stderr, $"unknown option '{option}'");
                    return null;
                case var value when input is null:
                    input = value;
                    break;
                default:
                    Fail(stderr, $"{command} takes {what}");
                    return null;
            }
        }

        return (input, output, force);
    }

    private static int TemplatesCommand(TextWriter stdout)
    {
        var builtIns = TemplateExport.BuiltIns();
        var width = builtIns.Max(t => t.Name.Length);
        foreach (var (name, description) in builtIns)
        {
            stdout.WriteLine($"{name.PadRight(width)}  {description}");
        }

        return Ok;
    }

    private static int ExportCommand(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (OneInput(args, "template export", "one template name", stderr) is not var (name, output, force))
        {
            return UsageError;
        }

        if (name is null)
        {
            return Fail(stderr, $"template export needs a template name ({string.Join(", ", TemplateExport.BuiltIns().Select(t => t.Name))})");
        }

        output ??= name + ".potx";
        if (File.Exists(output) && !force)
        {
            stderr.WriteLine(new Diagnostic(new SourceLocation(output, 1), Severity.Error, DiagnosticCodes.OutputError, "the file exists; pass --force to replace it"));
            return BuildFailed;
        }

        try
        {
            AtomicFile.Write(output, TemplateExport.Potx(name));
        }
        catch (BuildException ex)
        {
            stderr.WriteLine(ex.Diagnostic);
            return BuildFailed;
        }

        stdout.WriteLine($"{name} -> {output}");
        return Ok;
    }

    private static int ImportCommand(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (OneInput(args, "import", "one notes file", stderr) is not var (input, output, force))
        {
            return UsageError;
        }

        if (input is null)
        {
            return Fail(stderr, "import needs a notes file");
        }

        if (!File.Exists(input))
        {
            stderr.WriteLine(new Diagnostic(new SourceLocation(input, 1), Severity.Error, DiagnosticCodes.UnreadableInput, "no such file"));
            return BuildFailed;
        }

        output ??= Path.ChangeExtension(input, ".md");
        var diagnostics = DeckBuilder.Import(input, output, force);
        foreach (var d in diagnostics)
        {
            stderr.WriteLine(d);
        }

        if (diagnostics.Any(d => d.Severity == Severity.Error))
        {
            stdout.WriteLine($"{input}: not imported");
            return BuildFailed;
        }

        stdout.WriteLine($"{input} -> {output}");
        return Ok;
    }

    /// <summary>For telling two decks' outputs apart; a path .NET cannot resolve is left to the build to report.</summary>
    private static string FullPathOrAsGiven(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }

    /// <summary>The value that follows an option (moving past it), or null when the option is last.</summary>
    private static string? ValueAfter(string[] args, ref int i) => ++i < args.Length ? args[i] : null;

    private static string Spoken(double minutes) => minutes > 0 ? $"{SlideBuilder.Planning.TalkTiming.Format(minutes)} to speak, " : "";

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"slidebuilder: {message}");
        stderr.WriteLine("run 'slidebuilder --help' for usage");
        return UsageError;
    }
}
