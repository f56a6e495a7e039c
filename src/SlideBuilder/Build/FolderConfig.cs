using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using SlideBuilder.Diagnostics;

namespace SlideBuilder.Build;

/// <summary>
/// <c>slidebuilder.yml</c>: settings for a folder of talks (template, formats, handout, paper, out,
/// strict). The nearest one at or above a notes file, up to the folder named on the command line,
/// applies to it. Precedence: command line, then the notes' front matter, then this file, then the
/// defaults. Checked like front matter: an unknown key is SB003, a value it cannot use SB004 (the
/// value is ignored), YAML that cannot be read SB002 (the talks under it are not built).
/// </summary>
/// <param name="Path">The file's path.</param>
/// <param name="Template">A built-in name or a path relative to the file's folder.</param>
/// <param name="Out">The output folder, resolved against the file's folder.</param>
public sealed record FolderConfig(
    string Path,
    string? Template = null,
    int TemplateLine = 1,
    IReadOnlySet<OutputFormat>? Formats = null,
    string? Handout = null,
    string? Paper = null,
    string? Out = null,
    bool? Strict = null,
    bool Unreadable = false)
{
    public const string FileName = "slidebuilder.yml";

    /// <summary>The file's folder: where its relative paths start.</summary>
    public string Folder => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path)) ?? ".";

    private static readonly string[] Keys = ["template", "formats", "handout", "paper", "out", "strict"];

    /// <summary>
    /// The config that applies to <paramref name="notesPath"/>: the nearest <see cref="FileName"/> in its folder or a folder
    /// above it, no higher than <paramref name="root"/>. Each file is read once per run (<paramref name="cache"/>).
    /// </summary>
    public static FolderConfig? Find(string notesPath, string root, Dictionary<string, FolderConfig?> cache, DiagnosticBag diagnostics)
    {
        var top = System.IO.Path.GetFullPath(root);
        for (var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(notesPath)); dir is not null; dir = System.IO.Path.GetDirectoryName(dir))
        {
            var file = System.IO.Path.Combine(dir, FileName);
            if (!cache.TryGetValue(file, out var config))
            {
                config = File.Exists(file) ? Read(file, diagnostics) : null;
                cache[file] = config;
            }

            if (config is not null || !Inputs.FileFacts.IsInside(dir, top) || string.Equals(dir.TrimEnd('/'), top.TrimEnd('/'), StringComparison.Ordinal))
            {
                return config;
            }
        }

        return null;
    }

    /// <summary>
    /// Reads and checks one config file. One that cannot be read at all is an SB002 error in <paramref name="diagnostics"/>
    /// and comes back <see cref="Unreadable"/>: the talks under it are not built rather than built without it.
    /// </summary>
    public static FolderConfig Read(string path, DiagnosticBag diagnostics) => ReadOrNull(path, diagnostics) ?? new FolderConfig(path, Unreadable: true);

    private static FolderConfig? ReadOrNull(string path, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            if (new FileInfo(path).Length > 64 * 1024)
            {
                diagnostics.Error(new SourceLocation(path, 1), DiagnosticCodes.InvalidFrontMatter, "the config file is larger than 64 KB; it holds six settings");
                return null;
            }

            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            diagnostics.Error(new SourceLocation(path, Math.Max(1, (int)ex.Start.Line), Math.Max(1, (int)ex.Start.Column)), DiagnosticCodes.InvalidFrontMatter,
                $"the config file is not valid YAML: {(ex.InnerException?.Message ?? ex.Message).Split(". ")[0].TrimEnd('.')}");
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            diagnostics.Error(new SourceLocation(path, 1), DiagnosticCodes.InvalidFrontMatter, $"the config file cannot be read: {ex.Message.Split(". ")[0].TrimEnd('.')}");
            return null;
        }

        var config = new FolderConfig(path);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return config;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            diagnostics.Error(new SourceLocation(path, 1), DiagnosticCodes.InvalidFrontMatter, "the config file must be a mapping of 'key: value' lines");
            return null;
        }

        foreach (var (keyNode, valueNode) in map.Children)
        {
            var at = new SourceLocation(path, (int)keyNode.Start.Line, (int)keyNode.Start.Column);
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!Keys.Contains(key))
            {
                diagnostics.Warn(at, DiagnosticCodes.UnknownFrontMatterKey, $"unknown key '{key}' is ignored (known keys: {string.Join(", ", Keys)})");
                continue;
            }

            if (key == "formats")
            {
                config = config with { Formats = ReadFormats(valueNode, at, diagnostics) };
                continue;
            }

            if (valueNode is not YamlScalarNode { Value: { } raw } || raw.Trim().Length == 0)
            {
                diagnostics.Warn(at, DiagnosticCodes.InvalidSetting, $"'{key}' must be a single value; ignored");
                continue;
            }

            var value = raw.Trim();
            config = key switch
            {
                "template" => config with { Template = value, TemplateLine = at.Line },
                "handout" => config with { Handout = OneOf(value, ["notes", "3up", "6up"], at, key, diagnostics) },
                "paper" => config with { Paper = OneOf(value, ["a4", "letter"], at, key, diagnostics) },
                "out" => config with { Out = System.IO.Path.GetFullPath(System.IO.Path.Combine(config.Folder, value)) },
                "strict" => config with { Strict = OneOf(value, ["true", "false", "yes", "no"], at, key, diagnostics) is { } b ? b is "true" or "yes" : null },
                _ => config,
            };
        }

        return config;
    }

    private static HashSet<OutputFormat>? ReadFormats(YamlNode node, SourceLocation at, DiagnosticBag diagnostics)
    {
        var names = node switch
        {
            YamlScalarNode { Value: { } list } => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            YamlSequenceNode seq when seq.All(n => n is YamlScalarNode) => seq.Select(n => ((YamlScalarNode)n).Value ?? "").ToArray(),
            _ => [],
        };
        var formats = new HashSet<OutputFormat>();
        foreach (var name in names)
        {
            if (name.All(char.IsLetter) && Enum.TryParse<OutputFormat>(name, ignoreCase: true, out var format))
            {
                formats.Add(format);
            }
            else
            {
                diagnostics.Warn(at, DiagnosticCodes.InvalidSetting, $"'formats' has '{name}', which is not one of pptx, handout, slides, png; it is ignored");
            }
        }

        if (names.Length == 0)
        {
            diagnostics.Warn(at, DiagnosticCodes.InvalidSetting, "'formats' must be a list such as [pptx, handout] or 'pptx, slides'; ignored");
        }

        return formats.Count == 0 ? null : formats;
    }

    private static string? OneOf(string value, string[] allowed, SourceLocation at, string key, DiagnosticBag diagnostics) =>
        Notes.FrontMatterReader.OneOf(value, allowed, at, key, diagnostics, otherwise: "ignored");
}
