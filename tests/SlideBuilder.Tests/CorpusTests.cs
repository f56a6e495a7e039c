using SlideBuilder.Build;
using SlideBuilder.Tests.Support;
using SlideBuilder.Diagnostics;

namespace SlideBuilder.Tests;

/// <summary>
/// Our own corpus (tests/corpus): Markdown in the styles of Marp, Slidev, reveal.js, remark, pandoc,
/// Quarto and CommonMark's edge cases, and prose talks in other domains and currencies. Every deck
/// builds, opens, validates and follows the structural rules; every word of the notes is kept.
/// </summary>
public sealed class CorpusTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private static string CorpusRoot => Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(SampleTalkTests.SampleNotes))!, "tests", "corpus");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "markdown", "prose" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(CorpusRoot, folder)).Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(CorpusRoot, file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_corpus_deck_opens_validates_and_keeps_its_text(string relative)
    {
        var source = Path.Combine(CorpusRoot, relative);
        var notes = _ws.Write(Path.GetFileName(relative), File.ReadAllText(source));
        var result = DeckBuilder.Build(notes, new BuildOptions(_ws.Out));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(3, result.Outputs.Count);
        using var deck = new PptxInspector(result.Outputs.Single(o => o.EndsWith(".pptx", StringComparison.Ordinal)));
        Assert.Empty(deck.ValidationErrors());
        Assert.Empty(StructureChecks.Problems(deck));
    }

    [Theory]
    // Talks in which a paragraph with no cue once made a slide named by a detail of it ("Bowl of kitsune udon", "Last sentence").
    [InlineData("blind/hospital-laundry-yen.txt")]
    [InlineData("blind/village-school-euros.txt")]
    public void A_content_slide_always_shows_something_beneath_its_title(string relative)
    {
        var notes = _ws.Write(Path.GetFileName(relative), File.ReadAllText(Path.Combine(CorpusRoot, relative)));
        using var deck = new PptxInspector(DeckBuilder.Build(notes, new BuildOptions(_ws.Out)).Outputs.Single(o => o.EndsWith(".pptx", StringComparison.Ordinal)));
        var bare = Enumerable.Range(1, deck.Slides.Count - 1).Where(i => deck.LayoutName(i) == "Title and Content")
            .Where(i => deck.SlideText(i).Split('\n').Skip(1).All(l => l.Trim().Length == 0 || l.Trim().All(char.IsDigit)))
            .Select(i => deck.Titles[i]).ToList();
        Assert.Empty(bare);
    }
}
