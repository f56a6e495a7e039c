using Microsoft.Extensions.FileSystemGlobbing;
using SlideBuilder.Diagnostics;

namespace SlideBuilder.Build;

/// <summary>
/// One notes file to build, and the folder under the output folder where its outputs go: a talk
/// found in <c>notes/spring/</c> when <c>notes</c> was named is built into <c>out/spring/</c>, so two
/// talks of one name in different folders never overwrite each other.
/// </summary>
/// <param name="Root">The folder named (or the file's own folder): a <c>slidebuilder.yml</c> above it does not apply.</param>
public sealed record NotesInput(string Path, string Subfolder, string Root);

/// <summary>The notes files a command line names: files, folders searched recursively, and glob patterns.</summary>
public static class NotesInputs
{
    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        // ".git", ".cache" and dot-files on Unix; symbolic links, which may loop ("ln -s . here") or lead out of the folder.
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        MatchType = MatchType.Simple,
    };

    /// <summary>
    /// Every notes file named, in a stable order: a file as it is (whatever its extension); a folder for
    /// every notes file (.md, .markdown, .txt) in it and its subfolders, README files apart; a pattern
    /// (<c>talks/*.md</c>, <c>notes/**/*.txt</c>) for the files it matches, each in its subfolder below the pattern's
    /// first wildcard. Hidden folders and symbolic links are not followed. A name that matches nothing is an error.
    /// </summary>
    public static IReadOnlyList<NotesInput> Expand(IEnumerable<string> inputs, DiagnosticBag diagnostics)
    {
        var files = new List<NotesInput>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string path, string subfolder, string root)
        {
            if (seen.Add(Inputs.FileFacts.Resolved(path)))
            {
                files.Add(new NotesInput(path, subfolder, root));
            }
        }

        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                var found = Directory.EnumerateFiles(input, "*", Recursive).Where(IsNotesFile).Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0)
                {
                    diagnostics.Error(new SourceLocation(input, 1), DiagnosticCodes.UnreadableInput, "the folder holds no notes files (.md, .markdown, .txt), in it or below it");
                }

                foreach (var f in found)
                {
                    Add(f, System.IO.Path.GetRelativePath(input, System.IO.Path.GetDirectoryName(f)!) is var sub && sub != "." ? sub : "", input);
                }
            }
            else if (File.Exists(input))
            {
                Add(input, "", System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(input)) ?? ".");
            }
            else if (IsPattern(input))
            {
                var (root, pattern) = SplitPattern(input);
                var matcher = new Matcher(StringComparison.Ordinal);
                matcher.AddInclude(pattern);
                matcher.AddExclude("**/.*/**");
                matcher.AddExclude("**/.*");
                var found = Directory.Exists(root)
                    ? matcher.GetResultsInFullPath(root).Where(IsNotesFile).Select(f => System.IO.Path.Combine(root, System.IO.Path.GetRelativePath(root, f))).Order(StringComparer.Ordinal).ToList()
                    : [];
                if (found.Count == 0)
                {
                    diagnostics.Error(new SourceLocation(input, 1), DiagnosticCodes.UnreadableInput, "the pattern matches no notes files (.md, .markdown, .txt)");
                }

                foreach (var f in found)
                {
                    Add(f, System.IO.Path.GetRelativePath(root, System.IO.Path.GetDirectoryName(f)!) is var sub && sub != "." ? sub : "", root);
                }
            }
            else
            {
                diagnostics.Error(new SourceLocation(input, 1), DiagnosticCodes.UnreadableInput, "no such file or folder");
            }
        }

        return files;
    }

    private static bool IsNotesFile(string path) =>
        NotesFileReader.Extensions.Contains(System.IO.Path.GetExtension(path)) && !System.IO.Path.GetFileName(path).StartsWith("README", StringComparison.OrdinalIgnoreCase);

    // The globbing library knows "*" and "**" only; "?" and "[" are written as they are.
    private static bool IsPattern(string input) => input.Contains('*', StringComparison.Ordinal);

    /// <summary>"notes/**/*.md" → ("notes", "**/*.md"): the folder before the first wildcard, and the pattern under it.</summary>
    private static (string Root, string Pattern) SplitPattern(string input)
    {
        var parts = input.Replace('\\', '/').Split('/');
        var k = Array.FindIndex(parts, p => p.Contains('*', StringComparison.Ordinal));
        var root = string.Join('/', parts.Take(k));
        return (root.Length == 0 ? (input.StartsWith('/') ? "/" : ".") : root, string.Join('/', parts.Skip(k)));
    }
}
