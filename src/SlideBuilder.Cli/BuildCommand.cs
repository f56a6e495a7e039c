using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using SlideBuilder.Build;
using SlideBuilder.Output.Pdf.Handout;
using SlideBuilder.Diagnostics;

namespace SlideBuilder.Cli;

/// <summary>
/// <c>slidebuilder build</c> and <c>slidebuilder check</c>: the same reading, planning, layout and
/// rendering of every deck named (decks in parallel, one line per deck in the order named), where
/// <c>check</c> writes nothing. Diagnostics go to standard error as <c>path:line:col: severity CODE:
/// message</c>, or to standard output as one JSON or SARIF document.
/// </summary>
internal static class BuildCommand
{
    private static readonly string[] FormatNames = [.. Enum.GetNames<OutputFormat>().Select(n => n.ToLowerInvariant())];

    public static Command Create(bool check, TextWriter stdout, TextWriter stderr)
    {
        var inputs = new Argument<string[]>("notes")
        {
            Description = "notes files (.md, .markdown, .txt), folders (searched recursively) or patterns such as 'talks/**/*.md'",
            Arity = ArgumentArity.OneOrMore,
        };
        // "--colour" is not a notes file: an unknown option is a usage error (a file named so is "./--colour").
        inputs.Validators.Add(r =>
        {
            foreach (var token in r.Tokens.Where(t => t.Value.Length > 1 && t.Value[0] == '-'))
            {
                r.AddError($"unknown option '{token.Value}'");
            }
        });
        var output = new Option<string>("--out", "-o") { Description = "the output folder (default: slidebuilder.yml's 'out', else out); a talk in a subfolder of a named folder goes to the same subfolder of it", HelpName = "DIR" };
        var template = new Option<string>("--template") { Description = "a built-in template's name, a template.json folder, or a .pptx/.potx file", HelpName = "NAME|DIR|FILE" };
        var formats = new Option<string[]>("--format", "-f")
        {
            Description = "what to write, repeatable or comma-separated: " + string.Join(", ", FormatNames) + " (default: pptx,handout,slides)",
            HelpName = "LIST",
            Arity = ArgumentArity.OneOrMore,
        };
        formats.Validators.Add(r => Formats(r.Tokens.Select(t => t.Value), r));
        var handout = new Option<string>("--handout") { Description = "the handout's layout", HelpName = "notes|3up|6up" };
        handout.AcceptOnlyFromAmong("notes", "3up", "6up");
        var paper = new Option<string>("--paper") { Description = "the handout's paper", HelpName = "a4|letter" };
        paper.AcceptOnlyFromAmong("a4", "letter");
        var outside = new Option<bool>("--allow-outside") { Description = "read pictures, data and template files from outside the notes' folder tree" };
        var strict = new Option<bool?>("--strict") { Description = "warnings fail: exit code 1, and a deck with warnings is not written (--strict false overrides slidebuilder.yml)" };
        var diagnosticsFormat = new Option<DiagnosticsFormat>("--diagnostics-format") { Description = "how to print diagnostics: text (standard error), json or sarif (standard output)", HelpName = "text|json|sarif" };
        var force = new Option<bool>("--force") { Description = "build every deck, even one the output folder's manifest says is up to date" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "print only diagnostics" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "also print every file written" };

        var command = check
            ? new Command("check", "Read, plan, lay out and render every deck as build does, report every diagnostic, and write nothing.")
            : new Command("build", "Build each notes file into DIR/<stem>.pptx, DIR/<stem>.handout.pdf and DIR/<stem>.slides.pdf (png: DIR/<stem>/slide-NN.png).");
        command.Arguments.Add(inputs);
        if (!check)
        {
            command.Options.Add(output);
            command.Options.Add(formats);
            command.Options.Add(force);
        }

        foreach (var option in (Option[])[template, handout, paper, outside, strict, diagnosticsFormat, quiet, verbose])
        {
            command.Options.Add(option);
        }

        command.SetAction(r =>
        {
            var given = new Given(
                check ? null : r.GetValue(output), // check writes nothing, but looks at the outputs' paths a build would use
                check ? null : Formats(r.GetValue(formats) ?? [], null),
                r.GetValue(strict));
            var options = new BuildOptions(
                "out",
                r.GetValue(template),
                null,
                r.GetValue(handout) is { } h ? HandoutOptions.ParseLayout(h) : null,
                r.GetValue(paper) is { } p ? Paper.Parse(p) : null,
                r.GetValue(outside),
                WriteNothing: check,
                Force: !check && r.GetValue(force));
            var printing = new Printing(r.GetValue(diagnosticsFormat), r.GetValue(quiet), r.GetValue(verbose), check);
            return Run(r.GetValue(inputs)!, given, options, printing, stdout, stderr);
        });
        return command;
    }

    /// <summary>What the command line said of the settings a folder's slidebuilder.yml may also give; null where it said nothing.</summary>
    private sealed record Given(string? Out, HashSet<OutputFormat>? Formats, bool? Strict);

    private sealed record Printing(DiagnosticsFormat Format, bool Quiet, bool Verbose, bool Check);

    /// <summary>The formats named, each list split at commas; an unknown name is a usage error on <paramref name="result"/>.</summary>
    private static HashSet<OutputFormat>? Formats(IEnumerable<string> values, OptionResult? result)
    {
        var set = new HashSet<OutputFormat>();
        foreach (var name in values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!FormatNames.Contains(name.ToLowerInvariant()))
            {
                result?.AddError($"unknown format '{name}' (formats: {string.Join(", ", FormatNames)})");
                continue;
            }

            set.Add(Enum.Parse<OutputFormat>(name, ignoreCase: true));
        }

        return set.Count == 0 ? null : set;
    }

    private static int Run(string[] inputs, Given given, BuildOptions common, Printing printing, TextWriter stdout, TextWriter stderr)
    {
        var expansion = new DiagnosticBag();
        var files = NotesInputs.Expand(inputs, expansion);

        // Each deck's options: the command line, else its folder's slidebuilder.yml (each file read and reported once), else the defaults.
        var configs = new Dictionary<string, FolderConfig?>(StringComparer.Ordinal);
        var deckOptions = files.Select(f =>
        {
            var config = FolderConfig.Find(f.Path, f.Root, configs, expansion);
            var options = common with
            {
                OutputDirectory = given.Out ?? config?.Out ?? "out",
                Formats = given.Formats ?? config?.Formats,
                Strict = given.Strict ?? config?.Strict ?? false,
                Config = config,
            };
            return f.Subfolder.Length == 0 ? options : options with { OutputDirectory = Path.Combine(options.OutputDirectory, f.Subfolder) };
        }).ToList();

        var all = new List<Diagnostic>(expansion.Items);
        if (printing.Format == DiagnosticsFormat.Text)
        {
            foreach (var d in expansion.Items)
            {
                stderr.WriteLine(d);
            }
        }

        // Two notes files whose decks would land on one path (talk.txt and talk.md): the second is not built.
        var results = new DeckResult?[files.Count];
        // (Talk.md and talk.txt share one deck where file names ignore case.)
        var claimed = new Dictionary<string, string>(OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
        for (var k = 0; k < files.Count; k++)
        {
            var target = FullPathOrAsGiven(DeckBuilder.OutputPath(files[k].Path, deckOptions[k]));
            if (deckOptions[k].Config is { Unreadable: true } broken)
            {
                results[k] = new DeckResult(files[k].Path, [], 0, 0, [new Diagnostic(new SourceLocation(files[k].Path, 1), Severity.Error, DiagnosticCodes.InvalidFrontMatter,
                    $"not built: its folder's {FolderConfig.FileName} ({broken.Path}) cannot be read")]);
            }
            else if (!claimed.TryAdd(target, files[k].Path))
            {
                results[k] = new DeckResult(files[k].Path, [], 0, 0, [new Diagnostic(new SourceLocation(files[k].Path, 1), Severity.Error, DiagnosticCodes.OutputError,
                    $"its deck would overwrite {target}, built from {claimed[target]} in this run; build them into different folders")]);
            }
        }

        // Decks are built in parallel; each is reported as soon as it and every deck before it are done.
        var printed = 0;
        var gate = new object();
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) }, k =>
        {
            results[k] ??= DeckBuilder.Build(files[k].Path, deckOptions[k]);
            lock (gate)
            {
                while (printed < files.Count && results[printed] is { } done)
                {
                    Report(done, printing, stdout, stderr);
                    printed++;
                }
            }
        });

        var decks = results.Select(r => r!).ToList();
        all.AddRange(decks.SelectMany(d => d.Diagnostics));
        var warnings = all.Count(d => d.Severity == Severity.Warning);
        var strictWarnings = expansion.Items.Any(d => d.Severity == Severity.Warning) && (given.Strict ?? deckOptions.Any(o => o.Strict));
        var failed = expansion.HasErrors || decks.Any(d => !d.Succeeded) || strictWarnings;
        switch (printing.Format)
        {
            case DiagnosticsFormat.Json:
                stdout.WriteLine(DiagnosticReport.Json(decks, all, CommandLine.Version));
                break;
            case DiagnosticsFormat.Sarif:
                stdout.WriteLine(DiagnosticReport.Sarif(all, CommandLine.Version));
                break;
            default:
                if (!printing.Quiet && decks.Count > 1)
                {
                    var errors = all.Count(d => d.Severity == Severity.Error);
                    var verb = printing.Check ? "checked" : "built";
                    var upToDate = decks.Count(d => d.UpToDate);
                    var written = printing.Check ? "" : $"{(upToDate > 0 ? $" ({upToDate} up to date)" : "")}, {CommandLine.Count(decks.Where(d => !d.UpToDate).Sum(d => d.Outputs.Count), "file")} written";
                    stdout.WriteLine($"{decks.Count(d => d.Succeeded)} of {CommandLine.Count(decks.Count, "deck")} {verb}{written}; {CommandLine.Count(errors, "error")}, {CommandLine.Count(warnings, "warning")}");
                }

                break;
        }

        return failed ? CommandLine.BuildFailed : CommandLine.Ok;
    }

    private static void Report(DeckResult result, Printing printing, TextWriter stdout, TextWriter stderr)
    {
        if (printing.Format != DiagnosticsFormat.Text)
        {
            return; // the document printed at the end holds it all
        }

        foreach (var d in result.Diagnostics)
        {
            stderr.WriteLine(d);
        }

        if (result.InternalError is { } fault && Environment.GetEnvironmentVariable("SLIDEBUILDER_DEBUG") is not null)
        {
            stderr.WriteLine(fault);
        }

        if (printing.Quiet)
        {
            return;
        }

        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        var facts = string.Create(CultureInfo.InvariantCulture,
            $"{CommandLine.Count(result.Slides, "slide")}, {result.NotesPages} with notes, {Spoken(result.Minutes)}{CommandLine.Count(result.Warnings, "warning")}{(errors > 0 ? ", " + CommandLine.Count(errors, "error") : "")}");
        if (result.UpToDate)
        {
            stdout.WriteLine($"{result.Source}: up to date{(printing.Verbose ? " (" + Written(result.Outputs, true) + ")" : "")}: {facts}");
        }
        else if (result.FailedOnWarnings)
        {
            stdout.WriteLine($"{result.Source}: not {(printing.Check ? "clean" : "built")} (--strict: {CommandLine.Count(result.Warnings, "warning")})");
        }
        else if (printing.Check && result.Succeeded)
        {
            stdout.WriteLine($"{result.Source}: {facts}");
        }
        else if (result.Outputs.Count > 0)
        {
            // Written, possibly with an error confined to one figure (still exit code 1).
            stdout.WriteLine($"{result.Source} -> {Written(result.Outputs, printing.Verbose)}: {facts}");
        }
        else
        {
            stdout.WriteLine($"{result.Source}: not {(printing.Check ? "clean" : "built")}");
        }
    }

    /// <summary>The files written: the deck and PDFs by name, pictures counted by folder ("out/talk/ (26 PNG files)") unless verbose.</summary>
    private static string Written(IReadOnlyList<string> outputs, bool verbose)
    {
        if (verbose)
        {
            return string.Join(", ", outputs);
        }

        var pictures = outputs.Where(o => o.EndsWith(".png", StringComparison.OrdinalIgnoreCase)).ToList();
        var named = outputs.Except(pictures).ToList();
        if (pictures.Count > 0)
        {
            named.Add($"{Path.GetDirectoryName(pictures[0])}{Path.DirectorySeparatorChar} ({CommandLine.Count(pictures.Count, "PNG file")})");
        }

        return string.Join(", ", named);
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

    private static string Spoken(double minutes) => minutes > 0 ? $"{SlideBuilder.Language.Durations.About(minutes)} to speak, " : "";
}
