using System.Text.Json;
using System.Text.RegularExpressions;
using SlideBuilder.Tests.Support;

namespace SlideBuilder.Tests;

/// <summary><c>check</c>, <c>--strict</c>, and diagnostics for machines: JSON, SARIF, GitHub's problem matcher.</summary>
public sealed class CheckAndDiagnosticsTests : IDisposable
{
    private const string MissingPicture = "# T\n\n## A\n\n![gone](gone.png)\n";

    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private static (int Code, string Out, string Err) Run(params string[] args) => Support.Cli.Run(args);

    private static string RepositoryRoot => Path.GetDirectoryName(Path.GetDirectoryName(SampleTalkTests.SampleNotes))!;

    [Fact]
    public void Check_reports_what_build_reports_and_writes_nothing()
    {
        var notes = _ws.Write("talk.md", MissingPicture);
        var check = Run("check", notes);
        var build = Run("build", notes, "-o", _ws.Out);

        Assert.Equal(0, check.Code);
        Assert.Equal(build.Err, check.Err);
        Assert.Contains("warning SB010", check.Err);
        Assert.Contains("talk.md: 2 slides", check.Out);
        Assert.Equal([notes], Directory.GetFiles(_ws.Root)); // check wrote nothing beside the notes
        Assert.False(Directory.Exists(Path.Combine(Environment.CurrentDirectory, "out", "talk.pptx")));
    }

    [Fact]
    public void Strict_makes_warnings_fail_and_a_deck_with_warnings_is_not_written()
    {
        var notes = _ws.Write("talk.md", MissingPicture);
        Assert.Equal(1, Run("check", notes, "--strict").Code);

        var (code, stdout, stderr) = Run("build", notes, "-o", _ws.Out, "--strict");
        Assert.Equal(1, code);
        Assert.Contains("warning SB010", stderr);
        Assert.Contains("not built (--strict: 1 warning)", stdout);
        Assert.False(File.Exists(Path.Combine(_ws.Out, "talk.pptx")));

        var clean = _ws.Write("clean.md", "# T\n\n## A\n\nText.\n");
        Assert.Equal(0, Run("check", clean, "--strict").Code);
        Assert.Equal(0, Run("build", clean, "-o", _ws.Out, "--strict").Code);
    }

    [Fact]
    public void Json_diagnostics_name_file_line_column_severity_and_code()
    {
        var notes = _ws.Write("talk.md", MissingPicture);
        var (code, stdout, stderr) = Run("check", notes, "--diagnostics-format", "json");
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        using var doc = JsonDocument.Parse(stdout);
        var d = doc.RootElement.GetProperty("diagnostics").EnumerateArray().Single();
        Assert.Equal(notes, d.GetProperty("file").GetString());
        Assert.Equal(5, d.GetProperty("line").GetInt32());
        Assert.Equal("warning", d.GetProperty("severity").GetString());
        Assert.Equal("SB010", d.GetProperty("code").GetString());
        Assert.Equal(notes, doc.RootElement.GetProperty("files")[0].GetProperty("notes").GetString());
    }

    [Fact]
    public void Sarif_is_a_2_1_0_log_whose_results_point_at_their_rules_and_lines()
    {
        var notes = _ws.Write("talk.md", MissingPicture);
        var broken = _ws.Write("broken.md", "---\ntitle: [unclosed\n---\n\n## A\n");
        var (code, stdout, _) = Run("check", notes, broken, "--diagnostics-format=sarif");
        Assert.Equal(1, code);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        var run = doc.RootElement.GetProperty("runs").EnumerateArray().Single();
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        foreach (var r in results)
        {
            Assert.Equal(r.GetProperty("ruleId").GetString(), rules[r.GetProperty("ruleIndex").GetInt32()]);
            Assert.True(r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
        }

        var warning = results.Single(r => r.GetProperty("ruleId").GetString() == "SB010");
        Assert.Equal("warning", warning.GetProperty("level").GetString());
        Assert.Equal(5, warning.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.EndsWith("talk.md", warning.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("error", results.Single(r => r.GetProperty("ruleId").GetString() == "SB002").GetProperty("level").GetString());
    }

    [Fact]
    public void The_problem_matcher_reads_the_lines_the_build_prints()
    {
        using var matcher = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot, ".github", "slidebuilder-problem-matcher.json")));
        var pattern = matcher.RootElement.GetProperty("problemMatcher")[0].GetProperty("pattern")[0];
        var regex = new Regex(pattern.GetProperty("regexp").GetString()!);
        string Group(Match m, string name) => m.Groups[pattern.GetProperty(name).GetInt32()].Value;

        var notes = _ws.Write("talk.md", MissingPicture);
        var (_, _, stderr) = Run("build", notes, "-o", _ws.Out);
        var m = regex.Match(stderr.Split('\n')[0].TrimEnd('\r'));
        Assert.True(m.Success, stderr);
        Assert.Equal(notes, Group(m, "file"));
        Assert.Equal("5", Group(m, "line"));
        Assert.Equal("1", Group(m, "column"));
        Assert.Equal("warning", Group(m, "severity"));
        Assert.Equal("SB010", Group(m, "code"));
        Assert.StartsWith("image 'gone.png' not found", Group(m, "message"));
    }

    [Fact]
    public void Check_reports_two_talks_that_would_share_a_deck_as_build_does()
    {
        var md = _ws.Write("talk.md", "# One\n\n## A\n\nText.\n");
        var txt = _ws.Write("talk.txt", "Two\n\nProse about the harbour.\n");
        var (code, _, stderr) = Run("check", md, txt);
        Assert.Equal(1, code);
        Assert.Contains("talk.txt:1:1: error SB040: its deck would overwrite", stderr);
    }
}
