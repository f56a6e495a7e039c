using SlideBuilder.Tests.Support;

namespace SlideBuilder.Tests;

/// <summary>Text the template's fonts cannot draw is reported where it is written, never left as silent boxes.</summary>
public sealed class ScriptCoverageTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    [Fact]
    public void Characters_no_font_of_the_template_has_are_named_in_a_warning_at_their_slide()
    {
        var (result, _) = _ws.BuildMarkdown("# Scripts\n\n## Latin, Greek, Cyrillic\n\n- Γειά σου κόσμε\n- Привет, мир\n\n## Japanese\n\n- こんにちは\n- and a smile 🙂\n");
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "SB015");
        Assert.Equal(8, warning.Location.Line); // the "## Japanese" heading
        Assert.Contains("こ (U+3053)", warning.Message);
        Assert.Contains("🙂 (U+1F642)", warning.Message);
        Assert.DoesNotContain("Γ", warning.Message);
        Assert.DoesNotContain("П", warning.Message);
    }

    [Fact]
    public void A_character_is_reported_once_however_often_it_comes()
    {
        var (result, _) = _ws.BuildMarkdown("# T\n\n## One\n\n漢字\n\n## Two\n\n漢字 again\n");
        Assert.Single(result.Diagnostics, d => d.Code == "SB015");
    }
}
