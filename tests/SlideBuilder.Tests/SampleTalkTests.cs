using SlideBuilder.Build;
using SlideBuilder.Tests.Support;

namespace SlideBuilder.Tests;

/// <summary>The talk in notes/ that the README's first command builds.</summary>
public sealed class SampleTalkTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    public static string SampleNotes
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SlideBuilder.sln")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("repository root"), "notes", "revolution-betrayed-ch6.md");
        }
    }

    private (DeckResult Result, string Pptx) BuildSample() => _ws.Build(SampleNotes);

    [Fact]
    public void The_sample_talk_builds_without_warnings_into_a_valid_deck()
    {
        var (result, pptx) = BuildSample();
        Assert.Empty(result.Diagnostics);
        using var deck = new PptxInspector(pptx);
        Assert.Empty(deck.ValidationErrors());
        Assert.Empty(StructureChecks.Problems(deck));
        Assert.Equal("The Growth of Inequality and Social Antagonisms", deck.Titles[0]);
        Assert.Contains("The mass of the workers", deck.Titles);
    }

    [Fact]
    public void Every_long_quotation_of_the_sample_is_in_the_notes_in_full_and_not_on_a_slide()
    {
        using var deck = new PptxInspector(BuildSample().Pptx);
        var text = File.ReadAllText(SampleNotes);
        var quotations = text.Split("\n\n").Where(b => b.StartsWith("> ", StringComparison.Ordinal))
            .Select(b => b[2..].Split('\n')[0]).Where(q => q.Split(' ').Length > 40).ToList();
        Assert.True(quotations.Count >= 6, $"found {quotations.Count}");

        foreach (var quotation in quotations)
        {
            var index = Enumerable.Range(0, deck.Slides.Count).Single(i => deck.NotesText(i).Contains(quotation, StringComparison.Ordinal));
            Assert.DoesNotContain(quotation, deck.SlideText(index));
            Assert.Contains("…", deck.SlideText(index));
            Assert.Contains("— Leon Trotsky", deck.SlideText(index));
        }
    }

    [InteropFact]
    public void LibreOffice_renders_the_sample_talk_with_every_word_on_its_page()
    {
        DeckOnPaper.AssertEveryWordLandsOnItsPage(BuildSample().Pptx);
    }
}
