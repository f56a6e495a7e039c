using System.Text.Json;
using SlideBuilder.Build;

namespace SlideBuilder.Templates;

/// <summary>Finds a template by name (built-in) or folder path and reads its <c>template.json</c>.</summary>
public static class TemplateLoader
{
    public const string DefaultName = "default";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Where the built-in templates are: next to the library, where the build copies them.</summary>
    public static string BuiltInDirectory => Path.Combine(AppContext.BaseDirectory, "templates");

    /// <param name="nameOrPath">A built-in name such as <c>default</c>, or a folder holding template.json.</param>
    /// <param name="relativeTo">The notes file, for paths written relative to it.</param>
    public static Theme Load(string? nameOrPath, SourceLocation relativeTo)
    {
        var name = string.IsNullOrWhiteSpace(nameOrPath) ? DefaultName : nameOrPath.Trim();
        var notesDir = Path.GetDirectoryName(Path.GetFullPath(relativeTo.Path)) ?? ".";
        var candidates = new[]
        {
            Path.Combine(notesDir, name),
            Path.Combine(BuiltInDirectory, name),
        };
        var dir = candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "template.json")))
            ?? throw new BuildException(new Diagnostic(relativeTo, Severity.Error, DiagnosticCodes.TemplateError,
                $"template '{name}' not found (looked in {string.Join(" and ", candidates)}); built-in templates: {string.Join(", ", BuiltInNames())}"));

        var file = Path.Combine(dir, "template.json");
        try
        {
            var theme = JsonSerializer.Deserialize<Theme>(File.ReadAllText(file), Json)
                ?? throw new JsonException("the file is empty");
            return theme with { Directory = dir };
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            throw new BuildException(new Diagnostic(new SourceLocation(file, line), Severity.Error, DiagnosticCodes.TemplateError,
                $"template.json is not valid: {ex.Message.Split(" Path:")[0]}"));
        }
    }

    public static IEnumerable<string> BuiltInNames() =>
        Directory.Exists(BuiltInDirectory)
            ? Directory.GetDirectories(BuiltInDirectory).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)
            : [];
}
