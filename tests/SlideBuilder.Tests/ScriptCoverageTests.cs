using SlideBuilder.Tests.Support;

namespace SlideBuilder.Tests;

/// <summary>Text the template's fonts cannot draw is reported where it is written, never left as silent boxes.</summary>
public sealed class ScriptCoverageTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    [Fact]
    public void Characters_no_available_font_has_are_named_in_a_warning_at_their_slide()
    {
        var (result, _) = _ws.BuildMarkdown("# Scripts\n\n## Latin, Greek, Cyrillic\n\n- Γειά σου κόσμε\n- Привет, мир\n\n## Japanese\n\n- こんにちは and \U000F0041\n- and a private sign \U000F0042\n");
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "SB015");
        Assert.Equal(8, warning.Location.Line); // the "## Japanese" heading
        // Private-use characters no font has; the Japanese is drawn with a machine font where one is installed.
        Assert.Contains("(U+F0041)", warning.Message);
        Assert.Contains("(U+F0042)", warning.Message);
        Assert.DoesNotContain("Γ", warning.Message);
        Assert.DoesNotContain("П", warning.Message);
    }

    [Fact]
    public void A_character_is_reported_once_however_often_it_comes()
    {
        var (result, _) = _ws.BuildMarkdown("# T\n\n## One\n\n\U000F0041\n\n## Two\n\n\U000F0041 again\n");
        Assert.Single(result.Diagnostics, d => d.Code == "SB015");
    }
}
