using SlideBuilder.Tests.Support;

namespace SlideBuilder.Tests;

/// <summary>Decks opened by a real program: LibreOffice renders every slide with its text on the page.</summary>
public sealed class InteropTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    [InteropFact]
    public void LibreOffice_renders_every_construct_deck_with_every_word_on_its_page()
    {
        DeckOnPaper.AssertEveryWordLandsOnItsPage(_ws.Build(Fixtures.EveryConstruct(_ws)).Pptx);
    }

    [InteropFact]
    public void LibreOffice_renders_split_content_without_overflow()
    {
        var bullets = string.Join("\n", Enumerable.Range(1, 30).Select(i => $"- Point number {i} makes an argument that runs long enough to wrap onto a second line of the slide"));
        var prose = string.Join("\n\n", Enumerable.Range(1, 6).Select(i => $"Paragraph {i}. " + string.Concat(Enumerable.Repeat("The bureaucracy grew out of the contradiction between socialised property and a backward economy. ", 5))));
        var (_, pptx) = _ws.BuildMarkdown($"---\ntitle: Long\n---\n\n## Many bullets\n\n{bullets}\n\n## Long prose\n\n{prose}\n");
        DeckOnPaper.AssertEveryWordLandsOnItsPage(pptx);
    }
}
