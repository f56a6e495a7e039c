using SlideBuilder.Layout;
using SlideBuilder.Model;
using SlideBuilder.Output.Pptx;
using SlideBuilder.Output.Skia;
using SlideBuilder.Templates;
using SlideBuilder.Diagnostics;

namespace SlideBuilder.Build;

/// <summary>
/// A built-in template written out as a PowerPoint template (.potx): its theme, master and every layout
/// with their placeholders, and no slides, for the user to restyle in PowerPoint or Impress and build
/// with again (<c>--template my.potx</c>). pandoc's <c>--print-default-data-file reference.pptx</c>, for us.
/// </summary>
public static class TemplateExport
{
    public static IReadOnlyList<(string Name, string Description)> BuiltIns() =>
        [.. TemplateLoader.BuiltInNames().Select(name => (name, TemplateLoader.Load(name, new SourceLocation(Path.Combine(TemplateLoader.BuiltInDirectory, name, "template.json"), 1)).Description))];

    /// <summary>The .potx bytes of a built-in template; a name that is not built in is SB030.</summary>
    public static byte[] Potx(string name)
    {
        if (!TemplateLoader.BuiltInNames().Contains(name, StringComparer.Ordinal))
        {
            throw new BuildException(new Diagnostic(new SourceLocation(name, 1), Severity.Error, DiagnosticCodes.TemplateError,
                $"'{name}' is not a built-in template; built-in templates: {string.Join(", ", TemplateLoader.BuiltInNames())}"));
        }

        var theme = TemplateLoader.Load(name, new SourceLocation(Path.Combine(TemplateLoader.BuiltInDirectory, name, "template.json"), 1));
        using var fonts = new FontSet(theme);
        using var measurer = new TextMeasurer(fonts);
        var empty = new SlideLayouter(theme, measurer, new DiagnosticBag()).Layout(new Deck(new DeckInfo(theme.Name, theme.Description, null, null, null, "en"), []));
        return PptxWriter.Write(empty, theme, new FigureRenderer(new TextPainter(fonts), theme), asTemplate: true);
    }
}
