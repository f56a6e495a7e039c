using SlideBuilder.Tests.Support;

namespace SlideBuilder.Tests;

public sealed class PptxValidityTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    [Fact]
    public void Every_construct_deck_has_no_validator_errors()
    {
        using var deck = new PptxInspector(_ws.Build(Fixtures.EveryConstruct(_ws)).Pptx);
        Assert.Empty(deck.ValidationErrors());
    }

    [Fact]
    public void Every_construct_deck_follows_the_structural_rules_PowerPoint_repairs_without()
    {
        using var deck = new PptxInspector(_ws.Build(Fixtures.EveryConstruct(_ws)).Pptx);
        Assert.Empty(StructureChecks.Problems(deck));
    }

    [Fact]
    public void The_default_template_provides_every_layout_by_name()
    {
        using var deck = new PptxInspector(_ws.Build(Fixtures.EveryConstruct(_ws)).Pptx);
        var master = deck.Document.PresentationPart!.SlideMasterParts.Single();
        var names = master.SlideLayoutParts.Select(l => l.SlideLayout.CommonSlideData!.Name!.Value).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Blank", "Picture/Figure", "Quotation", "Section Header", "Title", "Title and Content", "Two Content"], names);
    }

    [Fact]
    public void Rebuilding_the_same_notes_gives_byte_identical_decks()
    {
        var notes = Fixtures.EveryConstruct(_ws);
        var first = File.ReadAllBytes(_ws.Build(notes).Pptx);
        var second = File.ReadAllBytes(_ws.Build(notes).Pptx);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Zip_entries_carry_the_fixed_1980_timestamp()
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(_ws.Build(Fixtures.EveryConstruct(_ws)).Pptx);
        Assert.All(zip.Entries, e => Assert.Equal(1980, e.LastWriteTime.Year));
        Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
    }
}
