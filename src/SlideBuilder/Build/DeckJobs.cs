using SlideBuilder.Diagnostics;

namespace SlideBuilder.Build;

/// <summary>What the command line said of the settings a folder's slidebuilder.yml may also give; null where it said nothing.</summary>
public sealed record CommandSettings(string? Out = null, IReadOnlySet<OutputFormat>? Formats = null, bool? Strict = null);

/// <summary>One notes file to build with its options, or the reason it is refused before it is read.</summary>
public sealed record DeckJob(NotesInput Input, BuildOptions Options, DeckResult? Refused)
{
    public DeckResult Run() => Refused ?? DeckBuilder.Build(Input.Path, Options);
}

/// <summary>
/// The decks a command line names: each notes file with its options (command line, else its folder's
/// slidebuilder.yml, else the defaults), and two notes files whose decks would land on one path refused.
/// Shared by <c>build</c>, <c>check</c> and <c>watch</c>.
/// </summary>
public static class DeckJobs
{
    public static IReadOnlyList<DeckJob> Resolve(IEnumerable<string> inputs, CommandSettings given, BuildOptions common, DiagnosticBag diagnostics)
    {
        var files = NotesInputs.Expand(inputs, diagnostics);

        // Each config file is read and reported once.
        var configs = new Dictionary<string, FolderConfig?>(StringComparer.Ordinal);
        var jobs = new List<DeckJob>(files.Count);
        // (Talk.md and talk.txt share one deck where file names ignore case.)
        var claimed = new Dictionary<string, string>(OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            var config = FolderConfig.Find(file.Path, file.Root, configs, diagnostics);
            var options = common with
            {
                OutputDirectory = given.Out ?? config?.Out ?? "out",
                Formats = given.Formats ?? config?.Formats,
                Strict = given.Strict ?? config?.Strict ?? false,
                Config = config,
            };
            if (file.Subfolder.Length > 0)
            {
                options = options with { OutputDirectory = Path.Combine(options.OutputDirectory, file.Subfolder) };
            }

            var target = FullPathOrAsGiven(DeckBuilder.OutputPath(file.Path, options));
            DeckResult? refused = null;
            if (config is { Unreadable: true } broken)
            {
                refused = new DeckResult(file.Path, [], 0, 0, [new Diagnostic(new SourceLocation(file.Path, 1), Severity.Error, DiagnosticCodes.InvalidFrontMatter,
                    $"not built: its folder's {FolderConfig.FileName} ({broken.Path}) cannot be read")]);
            }
            else if (!claimed.TryAdd(target, file.Path))
            {
                // Two notes files whose decks would land on one path (talk.txt and talk.md): the second is not built.
                refused = new DeckResult(file.Path, [], 0, 0, [new Diagnostic(new SourceLocation(file.Path, 1), Severity.Error, DiagnosticCodes.OutputError,
                    $"its deck would overwrite {target}, built from {claimed[target]} in this run; build them into different folders")]);
            }

            jobs.Add(new DeckJob(file, options, refused));
        }

        return jobs;
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
}
