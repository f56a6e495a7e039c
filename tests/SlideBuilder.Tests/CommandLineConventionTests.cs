using Spectre.Console.Testing;
using System.Xml.Linq;
using SlideBuilder.Tests.Support;

namespace SlideBuilder.Tests;

/// <summary>The command line as users of other tools expect it: help everywhere, --opt=value, lists, -q/-v, the version, folders and patterns.</summary>
public sealed class CommandLineConventionTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private static (int Code, string Out, string Err) Run(params string[] args) => Support.Cli.Run(args);

    private static string RepositoryRoot => Path.GetDirectoryName(Path.GetDirectoryName(SampleTalkTests.SampleNotes))!;

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("import")]
    [InlineData("templates")]
    [InlineData("template export")]
    public void Every_command_has_help(string command)
    {
        var (code, stdout, _) = Run([.. command.Split(' '), "--help"]);
        Assert.Equal(0, code);
        // "slidebuilder build <notes>... [options]" (in the tests the program's name is the test host's).
        Assert.Matches($@"Usage:\s+\S+ {command}\b", stdout);
        Assert.Contains("Options:", stdout);
    }

    [Fact]
    public void The_version_is_the_package_version()
    {
        var project = XDocument.Load(Path.Combine(RepositoryRoot, "src", "SlideBuilder.Cli", "SlideBuilder.Cli.csproj"));
        var version = project.Descendants("Version").Single().Value;
        var (code, stdout, _) = Run("--version");
        Assert.Equal(0, code);
        Assert.Equal(version, stdout.Trim());
    }

    [Fact]
    public void Options_take_their_value_after_an_equals_sign_and_formats_are_repeatable_or_comma_separated()
    {
        var notes = _ws.Write("talk.md", "# T\n\n## A\n\nText.\n");
        Assert.Equal(0, Run("build", notes, $"--out={_ws.Out}", "--format=pptx").Code);
        Assert.Equal(["talk.pptx"], Directory.GetFiles(_ws.Out).Select(Path.GetFileName).Where(f => !f!.StartsWith('.')));

        var both = Path.Combine(_ws.Root, "both");
        Assert.Equal(0, Run("build", notes, "-o", both, "--format", "pptx", "--format", "slides").Code);
        var listed = Path.Combine(_ws.Root, "listed");
        Assert.Equal(0, Run("build", notes, "-o", listed, "-f", "pptx,slides").Code);
        foreach (var dir in new[] { both, listed })
        {
            Assert.Equal(["talk.pptx", "talk.slides.pdf"], Directory.GetFiles(dir).Select(Path.GetFileName).Where(f => !f!.StartsWith('.')).Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [InlineData("--format", "pptx,odp")]
    [InlineData("--handout", "9up")]
    [InlineData("--diagnostics-format", "xml")]
    public void A_value_the_option_does_not_take_is_a_usage_error(string option, string value)
    {
        var notes = _ws.Write("talk.md", "# T\n\n## A\n\nText.\n");
        var (code, _, stderr) = Run("build", notes, "-o", _ws.Out, option, value);
        Assert.Equal(2, code);
        Assert.Contains("slidebuilder", stderr);
        Assert.False(Directory.Exists(_ws.Out));
    }

    [Fact]
    public void Quiet_prints_only_diagnostics_and_pictures_are_counted_not_listed_unless_verbose()
    {
        var notes = _ws.Write("talk.md", "# T\n\n## A\n\nText.\n\n## B\n\nMore.\n");
        var quiet = Run("build", notes, "-o", _ws.Out, "-q");
        Assert.Equal((0, "", ""), quiet);

        var counted = Run("build", notes, "-o", Path.Combine(_ws.Root, "png"), "--format", "png");
        Assert.Contains("(3 PNG files)", counted.Out);
        Assert.DoesNotContain("slide-01.png", counted.Out);

        var listed = Run("build", notes, "-o", Path.Combine(_ws.Root, "png2"), "--format", "png", "-v");
        Assert.Contains("slide-01.png", listed.Out);
        Assert.Contains("slide-03.png", listed.Out);
    }

    [Fact]
    public void A_folder_is_searched_recursively_and_each_talk_keeps_its_subfolder()
    {
        _ws.Write("talks/spring/intro.md", "# Spring\n\n## A\n\nText.\n");
        _ws.Write("talks/autumn/intro.md", "# Autumn\n\n## A\n\nText.\n");
        _ws.Write("talks/top.txt", "Top\n\nA paragraph of prose about the harbour and its ferries.\n");
        _ws.Write("talks/spring/README.md", "not a talk");
        var (code, stdout, stderr) = Run("build", Path.Combine(_ws.Root, "talks"), "-o", _ws.Out, "--format", "pptx");

        Assert.True(code == 0, stderr);
        using (var autumn = new PptxInspector(Path.Combine(_ws.Out, "autumn", "intro.pptx")))
        using (var spring = new PptxInspector(Path.Combine(_ws.Out, "spring", "intro.pptx")))
        {
            Assert.Equal("Autumn", autumn.Titles[0]);
            Assert.Equal("Spring", spring.Titles[0]);
        }

        Assert.True(File.Exists(Path.Combine(_ws.Out, "top.pptx")));
        Assert.DoesNotContain("README", stdout);
        Assert.Contains("3 of 3 decks built, 3 files written", stdout);
    }

    [Fact]
    public void A_glob_pattern_names_the_files_it_matches()
    {
        _ws.Write("talks/a/one.md", "# One\n\n## A\n\nText.\n");
        _ws.Write("talks/b/two.md", "# Two\n\n## B\n\nText.\n");
        _ws.Write("talks/b/three.txt", "Three\n\nProse.\n");
        var (code, _, stderr) = Run("build", Path.Combine(_ws.Root, "talks", "**", "*.md"), "-o", _ws.Out, "--format", "pptx");

        Assert.True(code == 0, stderr);
        Assert.True(File.Exists(Path.Combine(_ws.Out, "a", "one.pptx")));
        Assert.True(File.Exists(Path.Combine(_ws.Out, "b", "two.pptx")));
        Assert.False(File.Exists(Path.Combine(_ws.Out, "b", "three.pptx")));

        var none = Run("build", Path.Combine(_ws.Root, "talks", "*.odp"), "-o", _ws.Out);
        Assert.Equal(1, none.Code);
        Assert.Contains("error SB001: the pattern matches no notes files", none.Err);
    }

    [Fact]
    public void Decks_built_in_parallel_are_the_decks_built_one_at_a_time()
    {
        var names = new[] { "a", "b", "c", "d" };
        foreach (var n in names)
        {
            _ws.Write($"talks/{n}.md", $"# Talk {n}\n\n## First\n\nText of {n}.\n\n## Second\n\n- one\n- two\n");
        }

        Assert.Equal(0, Run("build", Path.Combine(_ws.Root, "talks"), "-o", _ws.Out).Code);
        foreach (var n in names)
        {
            var alone = Path.Combine(_ws.Root, "alone-" + n);
            Assert.Equal(0, Run("build", Path.Combine(_ws.Root, "talks", n + ".md"), "-o", alone).Code);
            foreach (var suffix in new[] { ".pptx", ".handout.pdf", ".slides.pdf" })
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(alone, n + suffix)), File.ReadAllBytes(Path.Combine(_ws.Out, n + suffix)));
            }
        }

        // One manifest, every deck in it: parallel writers did not lose each other's records.
        var manifest = File.ReadAllText(Path.Combine(_ws.Out, SlideBuilder.Build.OutputSet.ManifestName));
        Assert.All(names, n => Assert.Contains($"\"{n}\"", manifest));
    }

    [Fact]
    public void A_glob_keeps_each_talk_in_its_subfolder_and_a_folder_does_not_follow_links()
    {
        _ws.Write("talks/spring/intro.md", "# Spring\n\n## A\n\nText.\n");
        _ws.Write("talks/autumn/intro.md", "# Autumn\n\n## A\n\nText.\n");
        var (code, _, stderr) = Run("build", Path.Combine(_ws.Root, "talks", "**", "*.md"), "-o", _ws.Out, "--format", "pptx");
        Assert.True(code == 0, stderr);
        Assert.True(File.Exists(Path.Combine(_ws.Out, "spring", "intro.pptx")));
        Assert.True(File.Exists(Path.Combine(_ws.Out, "autumn", "intro.pptx")));

        // "ln -s . again": a loop of links is not walked; the two talks are built once each.
        Directory.CreateSymbolicLink(Path.Combine(_ws.Root, "talks", "again"), ".");
        var looped = Run("build", Path.Combine(_ws.Root, "talks"), "-o", Path.Combine(_ws.Root, "looped"), "--format", "pptx");
        Assert.True(looped.Code == 0, looped.Err);
        Assert.Contains("2 of 2 decks built", looped.Out);
    }

    [Fact]
    public void Import_never_writes_over_the_notes_it_reads()
    {
        var notes = _ws.Write("talk.md", "Harbour Pay\n\nThe boatmen were paid by the trip.\n");
        var before = File.ReadAllText(notes);
        var (code, _, stderr) = Run("import", notes, "-o", notes, "--force");
        Assert.Equal(1, code);
        Assert.Contains("error SB040", stderr);
        Assert.Equal(before, File.ReadAllText(notes));
    }

    [Fact]
    public void A_build_of_several_decks_shows_its_progress_on_a_terminal_and_one_line_per_deck_after_it()
    {
        var folder = Path.Combine(_ws.Root, "talks");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "one.md"), "# One\n\n## A\n\nText.\n");
        File.WriteAllText(Path.Combine(folder, "two.md"), "# Two\n\n## B\n\nMore text.\n");

        var terminal = new Spectre.Console.Testing.TestConsole().Interactive();
        var stdout = new StringWriter();
        Assert.Equal(0, SlideBuilder.Cli.CommandLine.Run(["build", folder, "-o", _ws.Out], stdout, new StringWriter(), terminal));
        Assert.Contains("Building 2 decks", terminal.Output, StringComparison.Ordinal);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length); // one line per deck, in the order named, then the summary
        Assert.Contains("one.md", lines[0], StringComparison.Ordinal);
        Assert.Contains("two.md", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2 of 2 decks built", lines[2], StringComparison.Ordinal);

        // Not on a terminal (a file, a pipe, CI's log): no progress, only the lines.
        var (code, plain, _) = Run("build", folder, "-o", _ws.Out, "--force");
        Assert.Equal(0, code);
        Assert.DoesNotContain("Building", plain, StringComparison.Ordinal);
        Assert.Equal(3, plain.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        // Nor with -q, nor for one deck.
        var quiet = new Spectre.Console.Testing.TestConsole().Interactive();
        Assert.Equal(0, SlideBuilder.Cli.CommandLine.Run(["build", folder, "-o", _ws.Out, "--force", "-q"], new StringWriter(), new StringWriter(), quiet));
        Assert.DoesNotContain("Building", quiet.Output, StringComparison.Ordinal);
        var single = new Spectre.Console.Testing.TestConsole().Interactive();
        Assert.Equal(0, SlideBuilder.Cli.CommandLine.Run(["build", Path.Combine(folder, "one.md"), "-o", _ws.Out, "--force"], new StringWriter(), new StringWriter(), single));
        Assert.DoesNotContain("Building", single.Output, StringComparison.Ordinal);
    }
}
