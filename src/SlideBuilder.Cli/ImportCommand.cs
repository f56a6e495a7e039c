using System.CommandLine;
using SlideBuilder.Build;
using SlideBuilder.Diagnostics;

namespace SlideBuilder.Cli;

/// <summary><c>slidebuilder import NOTES.txt [-o FILE.md] [--force]</c>: prose notes as SlideBuilder Markdown, to edit from then on.</summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("notes") { Description = "the prose notes file to import" };
        var (output, force) = CommandLine.OutAndForce("the Markdown (default: <stem>.md beside the input)");
        var command = new Command("import", "Write prose notes as SlideBuilder Markdown (section headings, cue bullets, the script as speaker notes) to edit from then on; an existing file needs --force.")
        {
            input, output, force,
        };
        command.SetAction(r => Run(r.GetValue(input)!, r.GetValue(output), r.GetValue(force), stdout, stderr));
        return command;
    }

    private static int Run(string input, string? output, bool force, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(input))
        {
            stderr.WriteLine(new Diagnostic(new SourceLocation(input, 1), Severity.Error, DiagnosticCodes.UnreadableInput, "no such file"));
            return CommandLine.BuildFailed;
        }

        output ??= Path.ChangeExtension(input, ".md");
        if (string.Equals(Path.GetFullPath(output), Path.GetFullPath(input), StringComparison.Ordinal))
        {
            stderr.WriteLine(new Diagnostic(new SourceLocation(input, 1), Severity.Error, DiagnosticCodes.OutputError, "the Markdown would replace the notes it is made from; choose another file (-o)"));
            return CommandLine.BuildFailed;
        }

        var diagnostics = DeckBuilder.Import(input, output, force);
        foreach (var d in diagnostics)
        {
            stderr.WriteLine(d);
        }

        if (diagnostics.Any(d => d.Severity == Severity.Error))
        {
            stdout.WriteLine($"{input}: not imported");
            return CommandLine.BuildFailed;
        }

        stdout.WriteLine($"{input} -> {output}");
        return CommandLine.Ok;
    }
}
