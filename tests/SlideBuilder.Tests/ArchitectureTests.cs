using System.Text.RegularExpressions;

namespace SlideBuilder.Tests;

/// <summary>
/// The library's folders depend on each other in one direction only (reader → planner → layout → writers, with the
/// shared model, language, templates and diagnostics beneath them): no folder reaches, directly or through others,
/// back to itself. Read from the sources: every <c>using SlideBuilder.X</c> and every name qualified as <c>X.Type</c>.
/// </summary>
public sealed partial class ArchitectureTests
{
    private static string Library => Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(SampleTalkTests.SampleNotes))!, "src", "SlideBuilder");

    /// <summary>Each folder (Output's subfolders apart) and the folders its files name.</summary>
    private static Dictionary<string, Dictionary<string, string>> Dependencies()
    {
        var result = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Library, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Library, file).Split(Path.DirectorySeparatorChar);
            if (relative.Length < 2 || relative[0] is "obj" or "bin")
            {
                continue;
            }

            var folder = relative[0] == "Output" && relative.Length > 2 ? $"Output/{relative[1]}" : relative[0];
            var text = Comment().Replace(File.ReadAllText(file), "");
            var named = result.TryGetValue(folder, out var found) ? found : result[folder] = new(StringComparer.Ordinal);
            foreach (Match m in Reference().Matches(text))
            {
                var (top, below) = m.Groups[1].Success ? (m.Groups[1], m.Groups[2]) : (m.Groups[3], m.Groups[4]);
                var target = top.Value == "Output" && below.Success ? $"Output/{below.Value}" : top.Value;
                if (target != folder && target != "Output")
                {
                    named.TryAdd(target, Path.GetFileName(file));
                }
            }
        }

        return result;
    }

    [Fact]
    public void No_folder_of_the_library_depends_on_itself_through_others()
    {
        var dependencies = Dependencies();
        Assert.True(dependencies.Count >= 12, $"only {dependencies.Count} folders found under {Library}");
        var cycles = new List<string>();
        foreach (var (folder, targets) in dependencies)
        {
            foreach (var (target, file) in targets)
            {
                if (Chain(target, folder, dependencies) is { } back)
                {
                    cycles.Add($"{folder} -> {target} ({file}), and back: {string.Join(" -> ", back)}");
                }
            }
        }

        Assert.True(cycles.Count == 0, string.Join("\n", cycles));
    }

    [Fact]
    public void The_shared_bottom_of_the_library_depends_on_nothing_above_it()
    {
        var dependencies = Dependencies();
        Assert.Empty(dependencies["Diagnostics"].Keys);
        // The model and the language knowledge stand on diagnostics and each other only.
        Assert.Empty(dependencies["Model"].Keys.Except(["Diagnostics", "Language"]));
        Assert.Empty(dependencies["Language"].Keys.Except(["Diagnostics", "Model"]));
        // Writers read the laid-out deck, never the planner.
        Assert.All(dependencies.Where(d => d.Key.StartsWith("Output/", StringComparison.Ordinal)), d => Assert.DoesNotContain("Planning", d.Value.Keys));
    }

    /// <summary>A chain of folders from <paramref name="from"/> to <paramref name="to"/>, or null.</summary>
    private static List<string>? Chain(string from, string to, Dictionary<string, Dictionary<string, string>> dependencies)
    {
        var previous = new Dictionary<string, string> { [from] = "" };
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var folder))
        {
            if (folder == to)
            {
                var chain = new List<string> { to };
                while (chain[^1] != from)
                {
                    chain.Add(previous[chain[^1]]);
                }

                chain.Reverse();
                return chain;
            }

            foreach (var next in dependencies.TryGetValue(folder, out var targets) ? targets.Keys.ToList() : [])
            {
                if (previous.TryAdd(next, folder))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex Comment();

    /// <summary><c>SlideBuilder.X</c> or <c>SlideBuilder.X.Y</c> (usings, full names), or a name qualified as <c>X.Type</c>.</summary>
    [GeneratedRegex(@"(?<![\w.])(?:SlideBuilder\.(Build|Diagnostics|Figures|FontFiles|Inputs|Language|Layout|Model|Notes|Planning|Templates|Output)(?:\.([A-Z]\w*))?|(Build|Diagnostics|Figures|FontFiles|Inputs|Language|Layout|Model|Notes|Planning|Templates|Output)\.([A-Z]\w*))")]
    private static partial Regex Reference();
}
