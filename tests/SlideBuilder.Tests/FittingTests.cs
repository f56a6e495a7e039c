using SlideBuilder.Tests.Support;

namespace SlideBuilder.Tests;

public sealed class FittingTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    [Fact]
    public void Content_that_does_not_fit_continues_on_numbered_slides_split_between_items()
    {
        var bullets = string.Join("\n", Enumerable.Range(1, 24).Select(i => $"- Item {i:00} has enough words in it to take up most of a line"));
        var (result, pptx) = _ws.BuildMarkdown($"# Deck\n\n## Many points\n\n{bullets}\n\n## After\n\nDone.\n");
        using var deck = new PptxInspector(pptx);

        var continued = deck.Titles.Where(t => t!.StartsWith("Many points", StringComparison.Ordinal)).ToList();
        Assert.True(continued.Count >= 2, string.Join(", ", deck.Titles));
        Assert.Equal(Enumerable.Range(1, continued.Count).Select(i => $"Many points ({i}/{continued.Count})"), continued);
        Assert.Equal("After", deck.Titles[^1]);

        // Every item appears exactly once, whole, and in order across the continuation slides.
        var text = string.Join("\n", Enumerable.Range(1, continued.Count).Select(deck.SlideText));
        var positions = Enumerable.Range(1, 24).Select(i => text.IndexOf($"Item {i:00} has enough words in it to take up most of a line", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains(result.Diagnostics, d => d.Code == "SB012");
    }

    [Fact]
    public void A_paragraph_longer_than_a_slide_is_split_at_a_sentence_end()
    {
        var sentences = Enumerable.Range(1, 40).Select(i => $"Sentence {i} says something about the growth of inequality.").ToList();
        // slides: full sets the paragraph as written (by default it would be script, with cues on the slide).
        var (_, pptx) = _ws.BuildMarkdown($"---\nslides: full\n---\n# Deck\n\n## Wall of text\n\n{string.Join(" ", sentences)}\n");
        using var deck = new PptxInspector(pptx);
        Assert.True(deck.Slides.Count >= 3);
        for (var i = 1; i < deck.Slides.Count; i++)
        {
            var body = deck.SlideText(i).Split('\n').Skip(1).Where(l => l.StartsWith("Sentence", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(body);
            Assert.All(body, b => Assert.EndsWith(".", b));
        }
    }

    [Fact]
    public void A_little_too_much_text_is_shrunk_within_the_template_minimum_instead_of_split()
    {
        var bullets = string.Join("\n", Enumerable.Range(1, 9).Select(i => $"- Point {i} is a short line"));
        var (_, pptx) = _ws.BuildMarkdown($"# Deck\n\n## Nine points\n\n{bullets}\n");
        using var deck = new PptxInspector(pptx);
        Assert.Equal(["Deck", "Nine points"], deck.Titles);
        var sizes = deck.Slides[1].Slide.Descendants<DocumentFormat.OpenXml.Drawing.RunProperties>()
            .Where(r => r.Parent!.InnerText.StartsWith("Point", StringComparison.Ordinal)).Select(r => r.FontSize!.Value).Distinct().ToList();
        var size = Assert.Single(sizes);
        Assert.InRange(size, 1800, 2600);
    }

    [Fact]
    public void A_title_too_long_for_its_box_warns_at_its_line()
    {
        var heading = string.Join(" ", Enumerable.Repeat("an extraordinarily long heading", 20));
        var (result, _) = _ws.BuildMarkdown($"# Deck\n\n## {heading}\n\nText.\n");
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "SB013");
        Assert.Equal(3, warning.Location.Line);
        Assert.EndsWith("talk.md", warning.Location.Path);
    }
}
