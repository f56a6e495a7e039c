using System.CommandLine;
using System.Globalization;
using SlideBuilder.Build;
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
    public static Command Create(bool check, TextWriter stdout, TextWriter stderr, Spectre.Console.IAnsiConsole? terminal = null)
    {
        var o = new DeckOptions();
        var diagnosticsFormat = new Option<DiagnosticsFormat>("--diagnostics-format") { Description = "how to print diagnostics: text (standard error), json or sarif (standard output)", HelpName = "text|json|sarif" };
        var command = check
            ? new Command("check", "Read, plan, lay out and render every deck as build does, report every diagnostic, and write nothing.")
            : new Command("build", "Build each notes file into DIR/<stem>.pptx, DIR/<stem>.handout.pdf and DIR/<stem>.slides.pdf (png: DIR/<stem>/slide-NN.png).");
        command.Arguments.Add(o.Inputs);
        if (!check)
        {
            command.Options.Add(o.Output);
            command.Options.Add(o.Formats);
            command.Options.Add(o.Force);
        }

        foreach (var option in (Option[])[o.Template, o.Handout, o.Paper, o.Outside, o.Strict, diagnosticsFormat, o.Quiet, o.Verbose])
        {
            command.Options.Add(option);
        }

        command.SetAction(r =>
        {
            var printing = new Printing(r.GetValue(diagnosticsFormat), r.GetValue(o.Quiet), r.GetValue(o.Verbose), check);
            return Run(r.GetValue(o.Inputs)!, o.Given(r, !check), o.Common(r, !check), printing, stdout, stderr, terminal);
        });
        return command;
    }

    internal sealed record Printing(DiagnosticsFormat Format, bool Quiet, bool Verbose, bool Check);

    private static int Run(string[] inputs, CommandSettings given, BuildOptions common, Printing printing, TextWriter stdout, TextWriter stderr, Spectre.Console.IAnsiConsole? terminal)
    {
        var expansion = new DiagnosticBag();
        var jobs = DeckJobs.Resolve(inputs, given, common, expansion);
        var all = new List<Diagnostic>(expansion.Items);
        if (printing.Format == DiagnosticsFormat.Text)
        {
            foreach (var d in expansion.Items)
            {
                stderr.WriteLine(d);
            }
        }

        // Decks are built in parallel; each is reported as soon as it and every deck before it are done. On a terminal
        // a build of several decks shows its progress instead, and the decks' lines follow it.
        var results = new DeckResult?[jobs.Count];
        var printed = 0;
        var gate = new object();
        var progress = terminal is not null && printing.Format == DiagnosticsFormat.Text && !printing.Quiet && jobs.Count > 1;
        void BuildAll(Action<int>? done) => Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) }, k =>
        {
            results[k] = jobs[k].Run();
            done?.Invoke(k);
            lock (gate)
            {
                while (!progress && printed < jobs.Count && results[printed] is { } finished)
                {
                    Report(finished, printing, stdout, stderr);
                    printed++;
                }
            }
        });

        if (progress)
        {
            BuildProgress.Show(terminal!, $"{(printing.Check ? "Checking" : "Building")} {CommandLine.Count(jobs.Count, "deck")}", jobs.Count, BuildAll);
            foreach (var result in results)
            {
                Report(result!, printing, stdout, stderr);
            }
        }
        else
        {
            BuildAll(null);
        }

        var decks = results.Select(r => r!).ToList();
        all.AddRange(decks.SelectMany(d => d.Diagnostics));
        var warnings = all.Count(d => d.Severity == Severity.Warning);
        var strictWarnings = expansion.Items.Any(d => d.Severity == Severity.Warning) && (given.Strict ?? jobs.Any(j => j.Options.Strict));
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
                    var rewritten = decks.Sum(d => d.Rewritten);
                    var unchanged = decks.Where(d => !d.UpToDate).Sum(d => d.Outputs.Count) - rewritten;
                    var written = printing.Check ? "" : $"{(upToDate > 0 ? $" ({upToDate} up to date)" : "")}, {CommandLine.Count(rewritten, "file")} written{(unchanged > 0 ? $" ({unchanged} unchanged)" : "")}";
                    stdout.WriteLine($"{decks.Count(d => d.Succeeded)} of {CommandLine.Count(decks.Count, "deck")} {verb}{written}; {CommandLine.Count(errors, "error")}, {CommandLine.Count(warnings, "warning")}");
                }

                break;
        }

        return failed ? CommandLine.BuildFailed : CommandLine.Ok;
    }

    internal static void Report(DeckResult result, Printing printing, TextWriter stdout, TextWriter stderr)
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

    private static string Spoken(double minutes) => minutes > 0 ? $"{SlideBuilder.Language.Durations.About(minutes)} to speak, " : "";
}
