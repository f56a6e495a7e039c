using System.CommandLine;
using System.Globalization;
using System.Reflection;

namespace SlideBuilder.Cli;

/// <summary>
/// The <c>slidebuilder</c> command: its commands and options (System.CommandLine: <c>--help</c> on
/// every command, <c>--opt=value</c>, <c>--version</c>, shell completion through dotnet-suggest),
/// each command's work in its own file. The library does the work; this only parses and prints.
/// </summary>
public static class CommandLine
{
    public const int Ok = 0;
    public const int BuildFailed = 1;
    public const int UsageError = 2;

    private const string Description = """
        Builds speaker's notes (Markdown or plain prose) into an editable PowerPoint deck and PDF handouts.

        exit codes: 0 built (warnings allowed, unless --strict), 1 an input could not be built
        (or had warnings under --strict), 2 usage error
        """;

    /// <summary>The package's version, as <c>--version</c> prints it.</summary>
    public static string Version { get; } =
        typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <param name="terminal">The terminal standard output is, when it is one (a build of several decks shows its progress
    /// there); null when the output goes to a file, a pipe or a test.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Spectre.Console.IAnsiConsole? terminal = null)
    {
        try
        {
            var root = new RootCommand(Description)
            {
                BuildCommand.Create(check: false, stdout, stderr, terminal),
                BuildCommand.Create(check: true, stdout, stderr, terminal),
                WatchCommand.Create(stdout, stderr),
                ImportCommand.Create(stdout, stderr),
                TemplateCommands.List(stdout),
                TemplateCommands.Export(stdout, stderr),
            };
            // Our own --version: the built-in one prints the entry assembly's version, which is a test host's in the tests.
            root.Options.Remove(root.Options.OfType<VersionOption>().Single());
            var version = new Option<bool>("--version") { Description = "Show the version" };
            root.Options.Add(version);
            root.SetAction(r =>
            {
                if (r.GetValue(version))
                {
                    stdout.WriteLine(Version);
                    return Ok;
                }

                stderr.WriteLine("slidebuilder: no command given");
                stderr.WriteLine("run 'slidebuilder --help' for usage");
                return UsageError;
            });
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors)
                {
                    // One line per error: the library lists allowed values on lines of their own.
                    stderr.WriteLine($"slidebuilder: {string.Join(' ', error.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))}");
                }

                var path = new List<string>();
                for (System.CommandLine.Parsing.SymbolResult? r = parsed.CommandResult; r is System.CommandLine.Parsing.CommandResult c && c.Command != root; r = r.Parent)
                {
                    path.Insert(0, c.Command.Name + " ");
                }

                stderr.WriteLine($"run 'slidebuilder {string.Concat(path)}--help' for usage");
                return UsageError;
            }

            // watch handles Ctrl-C and SIGTERM itself, to stop cleanly; the other commands stop at once (their writes are atomic).
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
        }
        catch (Exception ex) when (Environment.GetEnvironmentVariable("SLIDEBUILDER_DEBUG") is null)
        {
            // Never a stack trace for the user; SLIDEBUILDER_DEBUG=1 shows it for us.
            stderr.WriteLine($"slidebuilder: internal error: {ex.Message} (set SLIDEBUILDER_DEBUG=1 for details; please report it)");
            return BuildFailed;
        }
    }

    /// <summary>"-o, --out FILE" and "--force", as import and template export take them.</summary>
    internal static (Option<string> Out, Option<bool> Force) OutAndForce(string what) =>
        (new Option<string>("--out", "-o") { Description = $"where to write {what}", HelpName = "FILE" },
         new Option<bool>("--force") { Description = "replace the file if it exists" });

    internal static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");
}
