using SlideBuilder.Tests.Support;

namespace SlideBuilder.Tests;

/// <summary>slidebuilder.yml: a folder's settings, below the command line and the front matter, checked like front matter.</summary>
public sealed class FolderConfigTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private static (int Code, string Out, string Err) Run(params string[] args) => Support.Cli.Run(args);

    private string Talks => Path.Combine(_ws.Root, "talks");

    [Fact]
    public void The_config_chooses_formats_out_and_handout_and_the_command_line_overrides_it()
    {
        _ws.Write("talks/slidebuilder.yml", "formats: [pptx, handout]\nout: ../decks\nhandout: 6up\n");
        _ws.Write("talks/talk.md", "# T\n\n## A\n\nText.\n");
        var (code, _, stderr) = Run("build", Talks);
        Assert.True(code == 0, stderr);
        var decks = Path.Combine(_ws.Root, "decks");
        Assert.Equal(["talk.handout.pdf", "talk.pptx"], Directory.GetFiles(decks).Select(Path.GetFileName).Where(f => !f!.StartsWith('.')).Order(StringComparer.Ordinal));
        var sixUp = File.ReadAllBytes(Path.Combine(decks, "talk.handout.pdf"));

        // The command line wins over the config: another folder, another format.
        Assert.Equal(0, Run("build", Talks, "-o", _ws.Out, "--format", "slides", "--handout", "notes").Code);
        Assert.Equal(["talk.slides.pdf"], Directory.GetFiles(_ws.Out).Select(Path.GetFileName).Where(f => !f!.StartsWith('.')));

        // The front matter wins over the config: its handout is the notes layout, not the config's 6up.
        _ws.Write("talks/talk.md", "---\nhandout: notes\n---\n# T\n\n## A\n\nText.\n");
        Assert.Equal(0, Run("build", Talks).Code);
        Assert.NotEqual(sixUp, File.ReadAllBytes(Path.Combine(decks, "talk.handout.pdf")));
    }

    [Fact]
    public void A_config_that_says_strict_fails_warnings_unless_the_command_line_says_otherwise()
    {
        _ws.Write("talks/slidebuilder.yml", "strict: true\n");
        _ws.Write("talks/talk.md", "# T\n\n## A\n\n![gone](gone.png)\n");
        Assert.Equal(1, Run("check", Talks).Code);
        Assert.Equal(0, Run("check", Talks, "--strict", "false").Code);
    }

    [Fact]
    public void Unknown_keys_and_bad_values_are_warnings_at_their_line_and_unreadable_yaml_builds_nothing_under_it()
    {
        var config = _ws.Write("talks/slidebuilder.yml", "template: default\ncolour: red\npaper: a3\nformats: pptx, odp\n");
        _ws.Write("talks/talk.md", "# T\n\n## A\n\nText.\n");
        var (code, _, stderr) = Run("build", Talks, "-o", _ws.Out);
        Assert.Equal(0, code);
        Assert.Contains($"{config}:2:1: warning SB003: unknown key 'colour'", stderr);
        Assert.Contains($"{config}:3:1: warning SB004: 'paper' must be one of a4, letter, not 'a3'", stderr);
        Assert.Contains($"{config}:4:1: warning SB004: 'formats' has 'odp'", stderr);
        Assert.True(File.Exists(Path.Combine(_ws.Out, "talk.pptx")));
        Assert.Single(stderr.Split('\n'), l => l.Contains("SB003", StringComparison.Ordinal)); // reported once, not per deck

        File.WriteAllText(config, "formats: [pptx\n");
        var broken = Run("build", Talks, "-o", Path.Combine(_ws.Root, "other"));
        Assert.Equal(1, broken.Code);
        Assert.Contains($"{config}:", broken.Err);
        Assert.Contains("error SB002: the config file is not valid YAML", broken.Err);
        Assert.False(Directory.Exists(Path.Combine(_ws.Root, "other")));
    }

    [Fact]
    public void A_config_above_the_folder_named_does_not_apply()
    {
        _ws.Write("slidebuilder.yml", "formats: [slides]\n");
        _ws.Write("talks/talk.md", "# T\n\n## A\n\nText.\n");
        Assert.Equal(0, Run("build", Talks, "-o", _ws.Out).Code);
        Assert.True(File.Exists(Path.Combine(_ws.Out, "talk.pptx")));
    }
}
