using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using SlideBuilder.Diagnostics;

namespace SlideBuilder.Notes;

/// <summary>Reads the YAML front matter of a notes file into <see cref="TalkSettings"/>.</summary>
internal static class FrontMatterReader
{
    /// <param name="yaml">The YAML text without its <c>---</c> fences.</param>
    /// <param name="firstLine">The 1-based line of the first YAML line in the notes file.</param>
    public static TalkSettings Read(string yaml, string path, int firstLine, DiagnosticBag diagnostics)
    {
        var settings = new TalkSettings();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new BuildException(new Diagnostic(
                new SourceLocation(path, firstLine + Math.Max(0, (int)ex.Start.Line - 1), Math.Max(1, (int)ex.Start.Column)),
                Severity.Error, DiagnosticCodes.InvalidFrontMatter, $"front matter is not valid YAML: {FirstSentence(ex.InnerException?.Message ?? ex.Message)}"));
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            // YamlDotNet reports a repeated key, and some malformed scalars, this way.
            throw new BuildException(new Diagnostic(new SourceLocation(path, firstLine), Severity.Error,
                DiagnosticCodes.InvalidFrontMatter, ex is InvalidOperationException
                    ? "front matter is not valid YAML: a value could not be read (look for an unfinished quote, bracket or block)"
                    : $"front matter is not valid YAML: {FirstSentence(ex.Message)}"));
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return settings;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            throw new BuildException(new Diagnostic(new SourceLocation(path, firstLine), Severity.Error,
                DiagnosticCodes.InvalidFrontMatter, "front matter must be a mapping of 'key: value' lines"));
        }

        foreach (var (keyNode, valueNode) in map.Children)
        {
            var at = new SourceLocation(path, firstLine + (int)keyNode.Start.Line - 1, (int)keyNode.Start.Column);
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                throw new BuildException(new Diagnostic(at, Severity.Error, DiagnosticCodes.InvalidFrontMatter,
                    "a front matter key must be a plain word such as 'title', not a list or a mapping"));
            }

            if (TalkSettings.DirectiveKeys.Contains(key) && valueNode is YamlScalarNode { Value: { Length: > 0 } directive })
            {
                settings = settings with { Directives = [.. settings.Directives, (key, directive.Trim(), at.Line)] };
                continue;
            }

            if (TalkSettings.OtherToolsKeys.Contains(key))
            {
                diagnostics.Warn(at, DiagnosticCodes.Directive, $"'{key}' is another slide tool's setting with no equivalent here; ignored (see the README's mapping)");
                continue;
            }

            if (!TalkSettings.KnownKeys.Contains(key))
            {
                diagnostics.Warn(at, DiagnosticCodes.UnknownFrontMatterKey,
                    $"unknown front matter key '{key}' is ignored (known keys: {string.Join(", ", TalkSettings.KnownKeys.Order(StringComparer.Ordinal))})");
                continue;
            }

            if (valueNode is not YamlScalarNode scalar)
            {
                diagnostics.Warn(at, DiagnosticCodes.InvalidSetting, $"'{key}' must be a single value; ignored");
                continue;
            }

            var value = scalar.Value?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            settings = key switch
            {
                "title" => settings with { Title = value },
                "subtitle" => settings with { Subtitle = value },
                "author" => settings with { Author = value },
                "date" => settings with { Date = value },
                "event" => settings with { Event = value },
                "template" => settings with { Template = value },
                "handout" => settings with { Handout = OneOf(value, ["notes", "3up", "6up"], at, key, diagnostics) },
                "paper" => settings with { Paper = OneOf(value, ["a4", "letter"], at, key, diagnostics) },
                "figures" => settings with { FiguresAuto = ReadFigures(value, at, diagnostics) },
                "lang" => settings with { Language = value, LanguageGiven = true },
                "slide-level" => settings with { SlideLevel = ReadInt(value, 1, 6, at, key, diagnostics) ?? settings.SlideLevel },
                "slides" => settings with { Cues = OneOf(value, ["cues", "full"], at, key, diagnostics) != "full" },
                "pace" => settings with { Pace = ReadInt(value.Replace("wpm", "", StringComparison.OrdinalIgnoreCase).Trim(), 60, 250, at, key, diagnostics) ?? settings.Pace },
                "duration" => settings with { Duration = ReadDuration(value, at, diagnostics) ?? settings.Duration },
                "agenda" => settings with { Agenda = OneOf(value, ["true", "false", "yes", "no"], at, key, diagnostics) is not ("false" or "no") },
                "footer" => settings with { Footer = value },
                "paginate" => settings with { Paginate = OneOf(value, ["true", "false", "yes", "no"], at, key, diagnostics) is not ("false" or "no") },
                "incremental" => settings with { Incremental = OneOf(value, ["true", "false", "yes", "no"], at, key, diagnostics) is "true" or "yes" },
                "quote-threshold" => settings with { QuoteThreshold = ReadInt(value, 1, 10_000, at, key, diagnostics) ?? settings.QuoteThreshold },
                _ => settings,
            };
        }

        return settings;
    }

    private static double? ReadDuration(string value, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (Language.Durations.Minutes(value) is { } minutes && minutes is > 0 and <= 24 * 60)
        {
            return minutes;
        }

        diagnostics.Warn(at, DiagnosticCodes.InvalidSetting, $"'duration' must be a length such as 40min, 45 minutes or 1h15, not '{value}'; ignored");
        return null;
    }

    private static int? ReadInt(string value, int min, int max, SourceLocation at, string key, DiagnosticBag diagnostics)
    {
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        diagnostics.Warn(at, DiagnosticCodes.InvalidSetting,
            string.Create(CultureInfo.InvariantCulture, $"'{key}' must be a whole number from {min} to {max}, not '{value}'; the default is used"));
        return null;
    }

    /// <summary>The value in lower case when it is one of <paramref name="allowed"/>, else null and an SB004 warning saying what follows (the front matter's default is used; slidebuilder.yml's value is ignored).</summary>
    internal static string? OneOf(string value, string[] allowed, SourceLocation at, string key, DiagnosticBag diagnostics, string otherwise = "the default is used")
    {
        var lower = value.ToLowerInvariant();
        if (allowed.Contains(lower))
        {
            return lower;
        }

        diagnostics.Warn(at, DiagnosticCodes.InvalidSetting, $"'{key}' must be one of {string.Join(", ", allowed)}, not '{value}'; {otherwise}");
        return null;
    }

    private static bool ReadFigures(string value, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (value is "auto" or "none")
        {
            return value == "auto";
        }

        diagnostics.Warn(at, DiagnosticCodes.InvalidSetting, $"'figures' must be 'auto' or 'none', not '{value}'; 'none' is used");
        return false;
    }

    private static string FirstSentence(string message)
    {
        var i = message.IndexOf(". ", StringComparison.Ordinal);
        return i > 0 ? message[..(i + 1)] : message;
    }
}
