using System.Text.Json;
using SlideBuilder.Inputs;
using SlideBuilder.Diagnostics;
using SlideBuilder.Model;

namespace SlideBuilder.Templates;

/// <summary>
/// Finds a template by name (built-in) or folder path, reads and checks its <c>template.json</c>
/// (every mistake is SB030 at its line), and reads its font files from inside its own folder.
/// </summary>
public static class TemplateLoader
{
    public const string DefaultName = "default";


    /// <summary>Where the built-in templates are: next to the library, where the build copies them.</summary>
    public static string BuiltInDirectory => Path.Combine(AppContext.BaseDirectory, "templates");

    public static Theme Load(string? nameOrPath, SourceLocation relativeTo) =>
        Load(nameOrPath, relativeTo, InputPolicy.For(relativeTo.Path, allowOutside: false), fromCommandLine: false);

    /// <param name="nameOrPath">A built-in name such as <c>default</c>, or a folder holding template.json.</param>
    /// <param name="relativeTo">The notes file, for paths written relative to it.</param>
    /// <param name="policy">The notes' input policy: a template named in front matter must be built in or inside the notes' folder tree.</param>
    /// <param name="fromCommandLine">Named on the command line by the user: any folder is allowed.</param>
    /// <param name="warnings">Where template warnings (unknown keys) go; errors are thrown.</param>
    public static Theme Load(string? nameOrPath, SourceLocation relativeTo, InputPolicy policy, bool fromCommandLine, DiagnosticBag? warnings = null)
    {
        var name = string.IsNullOrWhiteSpace(nameOrPath) ? DefaultName : nameOrPath.Trim();
        var notesDir = Path.GetDirectoryName(Path.GetFullPath(relativeTo.Path)) ?? ".";
        if (Path.GetExtension(name).ToLowerInvariant() is ".pptx" or ".potx" or ".pptm" or ".potm")
        {
            return LoadPowerPoint(name, notesDir, relativeTo, policy, fromCommandLine, warnings);
        }

        string[] candidates;
        try
        {
            candidates = [Path.GetFullPath(Path.Combine(notesDir, name)), Path.GetFullPath(Path.Combine(BuiltInDirectory, name))];
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw Error(relativeTo, $"template '{name}' is not a usable folder name");
        }

        var dir = candidates.FirstOrDefault(d => FileFacts.KindOf(Path.Combine(d, "template.json")) == FileKind.Regular)
            ?? throw Error(relativeTo, $"template '{name}' not found (looked in {string.Join(" and ", candidates)}); built-in templates: {string.Join(", ", BuiltInNames())}");

        var realDir = FileFacts.RealPath(dir) ?? dir;
        var builtIn = FileFacts.IsInside(realDir, FileFacts.RealPath(BuiltInDirectory) ?? BuiltInDirectory);
        if (!builtIn && !fromCommandLine && !policy.AllowOutside && !policy.Roots.Any(root => FileFacts.IsInside(realDir, root)))
        {
            throw Error(relativeTo, $"template '{name}' is outside the notes folder; name it on the command line (--template) or pass --allow-outside");
        }

        var file = Path.Combine(dir, "template.json");
        // The template's files (template.json, fonts) are read from inside its own folder only (unless the user lifts that).
        // Built-in templates share the default's font files.
        var templatePolicy = builtIn ? policy.WithRoots(dir, FileFacts.RealPath(BuiltInDirectory) ?? BuiltInDirectory) : policy.WithRoots(dir);
        var read = templatePolicy.Read(file, InputLimits.TemplateFileBytes);
        if (read.Bytes is null)
        {
            throw Error(new SourceLocation(file, 1), $"template.json cannot be read: {read.Reason}");
        }

        Theme theme;
        try
        {
            theme = JsonSerializer.Deserialize(read.Bytes, ThemeJson.Default.Theme) ?? throw new JsonException("the file holds null, not a template");
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            throw Error(new SourceLocation(file, line), $"template.json is not valid: {ex.Message.Split(" Path:")[0]}");
        }

        var diagnostics = new DiagnosticBag();
        TemplateValidator.Check(theme, read.Bytes, file, diagnostics);
        if (diagnostics.Items.FirstOrDefault(d => d.Severity == Severity.Error) is { } first)
        {
            throw new BuildException(first);
        }

        foreach (var warning in diagnostics.Items)
        {
            warnings?.Warn(warning.Location, warning.Code, warning.Message);
        }

        var fonts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (role, spec) in theme.Fonts)
        {
            foreach (var relative in new[] { spec.Regular, spec.Bold, spec.Italic, spec.BoldItalic }.OfType<string>().Distinct(StringComparer.Ordinal))
            {
                if (fonts.ContainsKey(relative))
                {
                    continue;
                }

                var fontRead = templatePolicy.Read(Path.Combine(dir, relative), InputLimits.TemplateFileBytes);
                fonts[relative] = fontRead.Bytes ?? throw new BuildException(new Diagnostic(
                    new SourceLocation(file, TemplateValidator.LineOf(read.Bytes, $"fonts.{role}")), Severity.Error, DiagnosticCodes.FontMissing,
                    fontRead.Failure == ReadFailure.Missing
                        ? $"font file for '{spec.Name}' not found: {Path.Combine(dir, relative)}"
                        : $"font file '{relative}' for '{spec.Name}' cannot be used: {fontRead.Reason}"));
            }
        }

        return theme with { Directory = dir, FontData = fonts };
    }

    /// <summary>A .pptx or .potx: checked as a stranger's zip, then read for its theme, layouts and placeholders.</summary>
    private static Theme LoadPowerPoint(string name, string notesDir, SourceLocation relativeTo, InputPolicy policy, bool fromCommandLine, DiagnosticBag? warnings)
    {
        string file;
        try
        {
            file = Path.GetFullPath(Path.Combine(notesDir, name));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw Error(relativeTo, $"template '{name}' is not a usable file name");
        }

        if (Path.GetExtension(file).ToLowerInvariant() is ".pptm" or ".potm")
        {
            throw Error(relativeTo, $"template '{name}' is macro-enabled; SlideBuilder never opens macro files: save it as .pptx or .potx without macros");
        }

        var read = (fromCommandLine ? policy.WithRoots(Path.GetDirectoryName(file) ?? notesDir) : policy).Read(file, InputLimits.TemplateFileBytes);
        if (read.Bytes is null)
        {
            throw Error(relativeTo, read.Failure == ReadFailure.Missing
                ? $"template '{name}' not found (looked for {file})"
                : $"template '{name}' cannot be used: {read.Reason}");
        }

        var at = new SourceLocation(file, 1);
        if (PackageSafety.Problem(read.Bytes) is { } problem)
        {
            throw Error(at, $"template '{name}' is refused: {problem}");
        }

        try
        {
            var template = PptxTemplate.Read(read.Bytes);
            if (template.Width < Emu.FromInches(1) || template.Height < Emu.FromInches(1) || template.Width > Emu.FromInches(56) || template.Height > Emu.FromInches(56))
            {
                throw Error(at, $"template '{name}' has a slide size of {template.Width} × {template.Height} EMU, outside what PowerPoint allows (1 to 56 inches a side)");
            }

            if (template.Layouts.Count == 0)
            {
                throw Error(at, $"template '{name}' has no slide layouts");
            }

            return PptxTheme.From(template, Path.GetFileNameWithoutExtension(file), file, warnings);
        }
        catch (Exception ex) when (ex is not (BuildException or OutOfMemoryException))
        {
            // A stranger's file: whatever the package reader or the SDK throws on it is a reason to refuse it, never a crash.
            throw Error(at, $"template '{name}' is not a PowerPoint presentation we can read: {ex.Message}");
        }
    }

    public static IEnumerable<string> BuiltInNames() =>
        Directory.Exists(BuiltInDirectory)
            ? Directory.GetDirectories(BuiltInDirectory).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)
            : [];

    private static BuildException Error(SourceLocation at, string message) =>
        new(new Diagnostic(at, Severity.Error, DiagnosticCodes.TemplateError, message));
}

/// <summary>template.json read by generated code (no reflection): the native-AOT build of the command needs it.</summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[System.Text.Json.Serialization.JsonSerializable(typeof(Theme))]
internal sealed partial class ThemeJson : System.Text.Json.Serialization.JsonSerializerContext;
