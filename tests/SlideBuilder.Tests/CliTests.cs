using SlideBuilder.Tests.Support;

namespace SlideBuilder.Tests;

public sealed class CliTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private static (int Code, string Out, string Err) Run(params string[] args) => Support.Cli.Run(args);

    [Fact]
    public void Build_writes_one_deck_per_notes_file_in_a_folder_and_prints_a_line_for_each()
    {
        _ws.Write("talks/one.md", "# One\n\n## A\n\nText.\n");
        _ws.Write("talks/two.markdown", "# Two\n\n## B\n\nText.\n");
        _ws.Write("talks/ignored.pdf", "not notes");
        var (code, stdout, stderr) = Run("build", Path.Combine(_ws.Root, "talks"), "-o", _ws.Out);

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.True(File.Exists(Path.Combine(_ws.Out, "one.pptx")));
        Assert.True(File.Exists(Path.Combine(_ws.Out, "two.pptx")));
        var lines = stdout.Trim().Split('\n');
        Assert.Equal(3, lines.Length); // a line per deck, then the count of decks and files
        Assert.Matches(@"one\.md -> .*one\.pptx, .*one\.handout\.pdf, .*one\.slides\.pdf: 2 slides, 0 with notes, under a minute to speak, 0 warnings$", lines[0]);
        Assert.Equal("2 of 2 decks built, 6 files written; 0 errors, 0 warnings", lines[2]);
    }

    [Fact]
    public void Warnings_are_printed_as_path_line_col_and_the_build_still_succeeds()
    {
        var notes = _ws.Write("talk.md", "# T\n\n## A\n\n![gone](gone.png)\n");
        var (code, _, stderr) = Run("build", notes, "--out", _ws.Out);
        Assert.Equal(0, code);
        Assert.StartsWith($"{notes}:5:1: warning SB010: image 'gone.png' not found", stderr);
    }

    [Theory]
    [InlineData("")]
    [InlineData("frobnicate")]
    [InlineData("build")]
    [InlineData("build x.md --out")]
    [InlineData("build x.md --colour")]
    public void Usage_errors_exit_with_2_and_say_what_is_wrong(string commandLine)
    {
        var (code, _, stderr) = Run(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2, code);
        Assert.Contains("slidebuilder", stderr);
    }

    [Fact]
    public void Help_exits_with_0_and_lists_the_exit_codes()
    {
        var (code, stdout, _) = Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("exit codes", stdout);
    }

    [Fact]
    public void A_missing_input_is_an_error_with_exit_code_1()
    {
        var (code, _, stderr) = Run("build", Path.Combine(_ws.Root, "nope.md"), "-o", _ws.Out);
        Assert.Equal(1, code);
        Assert.Contains("nope.md:1:1: error SB001: no such file or folder", stderr);
    }

    [Fact]
    public void A_failed_build_reports_file_and_line_and_keeps_the_last_good_deck()
    {
        var notes = _ws.Write("talk.md", "---\ntitle: Good\n---\n\n## A\n\nText.\n");
        Assert.Equal(0, Run("build", notes, "-o", _ws.Out).Code);
        var deck = Path.Combine(_ws.Out, "talk.pptx");
        var before = File.ReadAllBytes(deck);

        File.WriteAllText(notes, "---\ntitle: Good\nauthor: [unclosed\n---\n\n## A\n\nText.\n");
        var (code, stdout, stderr) = Run("build", notes, "-o", _ws.Out);

        Assert.Equal(1, code);
        Assert.Matches(@"talk\.md:\d+:\d+: error SB002: front matter is not valid YAML", stderr);
        Assert.DoesNotContain("   at ", stderr); // no stack trace
        Assert.Contains("not built", stdout);
        Assert.Equal(before, File.ReadAllBytes(deck));
        Assert.Empty(Directory.GetFiles(_ws.Out, "*.tmp"));
    }

    [Fact]
    public void Two_notes_files_with_the_same_stem_do_not_overwrite_each_others_deck()
    {
        var txt = _ws.Write("talk.txt", "Prose title\n\nSome prose.\n");
        var md = _ws.Write("talk.md", "# Markdown title\n\n## A\n\nText.\n");
        var (code, _, stderr) = Run("build", md, txt, "-o", _ws.Out);
        Assert.Equal(1, code);
        Assert.Contains("talk.txt:1:1: error SB040: its deck would overwrite", stderr);
        using var deck = new PptxInspector(Path.Combine(_ws.Out, "talk.pptx"));
        Assert.Equal("Markdown title", deck.Titles[0]);
    }

    [Fact]
    public void An_output_folder_that_cannot_be_written_is_an_error_not_a_crash()
    {
        var notes = _ws.Write("talk.md", "# T\n\n## A\n\nText.\n");
        var blocker = _ws.Write("blocker", "a file where the output folder should be");
        var (code, _, stderr) = Run("build", notes, "-o", blocker);
        Assert.Equal(1, code);
        Assert.Contains("error SB040: cannot write the deck", stderr);
    }
}
