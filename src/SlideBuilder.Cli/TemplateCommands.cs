using System.CommandLine;
using SlideBuilder.Build;
using SlideBuilder.Diagnostics;
using SlideBuilder.Templates;

namespace SlideBuilder.Cli;

/// <summary><c>slidebuilder templates</c> and <c>slidebuilder template export NAME [-o F.potx] [--force]</c>.</summary>
internal static class TemplateCommands
{
    public static Command List(TextWriter stdout)
    {
        var command = new Command("templates", "List the built-in templates.");
        command.SetAction(_ =>
        {
            var builtIns = TemplateExport.BuiltIns();
            var width = builtIns.Max(t => t.Name.Length);
            foreach (var (name, description) in builtIns)
            {
                stdout.WriteLine($"{name.PadRight(width)}  {description}");
            }

            return CommandLine.Ok;
        });
        return command;
    }

    public static Command Export(TextWriter stdout, TextWriter stderr)
    {
        // The names only: loading every template (fonts and all) here would slow every command's start.
        var names = TemplateLoader.BuiltInNames().ToArray();
        var name = new Argument<string>("name") { Description = "the built-in template: " + string.Join(", ", names) };
        name.AcceptOnlyFromAmong(names);
        var (output, force) = CommandLine.OutAndForce("the template (default: NAME.potx)");
        var export = new Command("export", "Write a built-in template as a PowerPoint template (.potx) to restyle in PowerPoint or Impress and build with --template FILE.potx.")
        {
            name, output, force,
        };
        export.SetAction(r => Run(r.GetValue(name)!, r.GetValue(output), r.GetValue(force), stdout, stderr));
        return new Command("template", "Work with a built-in template.") { export };
    }

    private static int Run(string name, string? output, bool force, TextWriter stdout, TextWriter stderr)
    {
        output ??= name + ".potx";
        if (File.Exists(output) && !force)
        {
            stderr.WriteLine(new Diagnostic(new SourceLocation(output, 1), Severity.Error, DiagnosticCodes.OutputError, "the file exists; pass --force to replace it"));
            return CommandLine.BuildFailed;
        }

        try
        {
            AtomicFile.Write(output, TemplateExport.Potx(name));
        }
        catch (BuildException ex)
        {
            stderr.WriteLine(ex.Diagnostic);
            return CommandLine.BuildFailed;
        }

        stdout.WriteLine($"{name} -> {output}");
        return CommandLine.Ok;
    }
}
