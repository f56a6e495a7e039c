using SlideBuilder.Tests.Support;

namespace SlideBuilder.Tests;

/// <summary>The manifest in the output folder: unchanged decks are skipped, changed inputs rebuild exactly their decks, unchanged bytes are not rewritten.</summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private static readonly DateTime Long_ago = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private static (int Code, string Out, string Err) Run(params string[] args) => Support.Cli.Run(args);

    private void MarkOld()
    {
        foreach (var f in Directory.GetFiles(_ws.Out, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(f, Long_ago);
        }
    }

    private bool Rewritten(string name) => File.GetLastWriteTimeUtc(Path.Combine(_ws.Out, name)) != Long_ago;

    [Fact]
    public void An_unchanged_deck_is_up_to_date_and_a_changed_picture_rebuilds_only_the_deck_that_shows_it()
    {
        _ws.Write("talks/with-picture.md", "# Map\n\n## Harbour\n\n![The harbour](map.bmp)\n");
        File.WriteAllBytes(Path.Combine(_ws.Root, "talks", "map.bmp"), HandMadeImages.Bmp(40, 30, (0x22, 0x66, 0xAA)));
        _ws.Write("talks/words.md", "# Words\n\n## A\n\nText.\n");
        var talks = Path.Combine(_ws.Root, "talks");
        Assert.Equal(0, Run("build", talks, "-o", _ws.Out).Code);
        MarkOld();

        var again = Run("build", talks, "-o", _ws.Out);
        Assert.Equal(0, again.Code);
        Assert.Contains("with-picture.md: up to date", again.Out);
        Assert.Contains("words.md: up to date", again.Out);
        Assert.Contains("2 of 2 decks built (2 up to date), 0 files written", again.Out);
        Assert.False(Rewritten("with-picture.pptx"));

        File.WriteAllBytes(Path.Combine(talks, "map.bmp"), HandMadeImages.Bmp(40, 30, (0xAA, 0x22, 0x22)));
        var changed = Run("build", talks, "-o", _ws.Out);
        Assert.Contains("with-picture.md -> ", changed.Out);
        Assert.Contains("words.md: up to date", changed.Out);
        Assert.True(Rewritten("with-picture.pptx"));
        Assert.False(Rewritten("words.pptx"));

        // The count says what was written: --force builds both decks and writes nothing new.
        var forced = Run("build", talks, "-o", _ws.Out, "--force");
        Assert.Contains("2 of 2 decks built, 0 files written (6 unchanged)", forced.Out);

        // A picture changed: the deck that shows it (and its PDFs) is written, the other deck is up to date.
        File.WriteAllBytes(Path.Combine(talks, "map.bmp"), HandMadeImages.Bmp(40, 30, (0x22, 0xAA, 0x22)));
        Assert.Contains("2 of 2 decks built (1 up to date), 3 files written;", Run("build", talks, "-o", _ws.Out).Out);
    }

    [Fact]
    public void Changed_notes_or_options_rebuild_and_force_rebuilds_without_rewriting_unchanged_bytes()
    {
        var notes = _ws.Write("talk.md", "# T\n\n## A\n\nText.\n");
        Assert.Equal(0, Run("build", notes, "-o", _ws.Out).Code);
        MarkOld();

        // --force builds again; every byte is the same, so no file is touched.
        var forced = Run("build", notes, "-o", _ws.Out, "--force");
        Assert.Contains("talk.md -> ", forced.Out);
        Assert.False(Rewritten("talk.pptx"));
        Assert.False(Rewritten("talk.slides.pdf"));

        // Another handout layout is another build; only the handout's bytes change.
        var sixUp = Run("build", notes, "-o", _ws.Out, "--handout", "6up");
        Assert.Contains("talk.md -> ", sixUp.Out);
        Assert.True(Rewritten("talk.handout.pdf"));
        Assert.False(Rewritten("talk.pptx"));

        File.WriteAllText(notes, "# T\n\n## A\n\nOther text.\n");
        Assert.Contains("talk.md -> ", Run("build", notes, "-o", _ws.Out, "--handout", "6up").Out);
        Assert.True(Rewritten("talk.pptx"));
    }

    [Fact]
    public void A_deck_with_warnings_is_always_built_so_its_warnings_are_always_shown()
    {
        var notes = _ws.Write("talk.md", "# T\n\n## A\n\n![gone](gone.bmp)\n");
        Assert.Contains("warning SB010", Run("build", notes, "-o", _ws.Out).Err);
        var again = Run("build", notes, "-o", _ws.Out);
        Assert.Contains("warning SB010", again.Err);
        Assert.DoesNotContain("up to date", again.Out);

        // The picture the warning asked for arrives: the deck now shows it.
        File.WriteAllBytes(Path.Combine(_ws.Root, "gone.bmp"), HandMadeImages.Bmp(20, 20, (0x00, 0xAA, 0x00)));
        var fixedUp = Run("build", notes, "-o", _ws.Out);
        Assert.Equal("", fixedUp.Err);
        using var deck = new PptxInspector(Path.Combine(_ws.Out, "talk.pptx"));
        Assert.Contains(deck.Slides, s => s.ImageParts.Any());
    }

    [Fact]
    public void A_deleted_or_edited_output_is_written_again()
    {
        var notes = _ws.Write("talk.md", "# T\n\n## A\n\nText.\n");
        Assert.Equal(0, Run("build", notes, "-o", _ws.Out).Code);
        var pptx = Path.Combine(_ws.Out, "talk.pptx");
        var bytes = File.ReadAllBytes(pptx);

        File.Delete(Path.Combine(_ws.Out, "talk.slides.pdf"));
        Assert.Contains("talk.md -> ", Run("build", notes, "-o", _ws.Out).Out);
        Assert.True(File.Exists(Path.Combine(_ws.Out, "talk.slides.pdf")));

        File.WriteAllText(pptx, "edited by hand");
        Assert.Contains("talk.md -> ", Run("build", notes, "-o", _ws.Out).Out);
        Assert.Equal(bytes, File.ReadAllBytes(pptx));
    }

    [Fact]
    public void A_deck_written_with_a_figure_error_is_built_again_and_fails_again()
    {
        var notes = _ws.Write("talk.md", "# T\n\n## S\n\n```figure\ntitle: F\nitems:\n  - label: a\n    value: 1e308\n  - label: b\n    value: 3\n```\n");
        var first = Run("build", notes, "-o", _ws.Out);
        Assert.Equal(1, first.Code);
        Assert.True(File.Exists(Path.Combine(_ws.Out, "talk.pptx"))); // written with a placeholder, as SB050 allows
        var second = Run("build", notes, "-o", _ws.Out);
        Assert.Equal(1, second.Code);
        Assert.Contains("error SB050", second.Err);
        Assert.DoesNotContain("up to date", second.Out);
    }
}
