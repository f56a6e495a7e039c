using System.Text.Json;
using System.Text.RegularExpressions;
using SlideBuilder.Diagnostics;

namespace SlideBuilder.Templates;

/// <summary>
/// Checks every field of a template.json: twelve theme colours in hex, fonts for the four roles
/// with a regular file each, sizes above zero and within reason, a slide size PowerPoint allows.
/// Mistakes are SB030 errors at their line; unknown keys are warnings.
/// </summary>
internal static partial class TemplateValidator
{
    public static readonly string[] ColorNames = ["dk1", "lt1", "dk2", "lt2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink"];

    private static readonly HashSet<string> KnownKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "name", "description", "slide", "colors", "fonts", "roles", "sizes", "levels", "boxes",
        "slide.widthInches", "slide.heightInches",
        "roles.heading", "roles.body", "roles.quote", "roles.code",
        "sizes.title", "sizes.titleSlide", "sizes.section", "sizes.subtitle", "sizes.body", "sizes.minBody", "sizes.quote",
        "sizes.minQuote", "sizes.attribution", "sizes.code", "sizes.table", "sizes.minTable", "sizes.notes",
    };

    private static readonly HashSet<string> BoxKeys = new(StringComparer.OrdinalIgnoreCase) { "x", "y", "width", "height" };

    private static readonly HashSet<string> FontKeys = new(StringComparer.OrdinalIgnoreCase) { "name", "regular", "bold", "italic", "boldItalic" };

    public static void Check(Theme theme, byte[] json, string file, DiagnosticBag diagnostics)
    {
        var lines = PropertyLines(json);
        SourceLocation At(string path) => new(file, lines.GetValueOrDefault(path.ToLowerInvariant(), 1));
        void Error(string path, string message) => diagnostics.Error(At(path), DiagnosticCodes.TemplateError, message);

        foreach (var path in lines.Keys)
        {
            var parts = path.Split('.');
            var known = KnownKeys.Contains(path)
                || (parts[0] == "colors" && parts.Length == 2)
                || (parts[0] == "fonts" && (parts.Length == 2 || (parts.Length == 3 && FontKeys.Contains(parts[2]))))
                || (parts[0] == "sizes" && parts.Length == 3 && parts[1] == "body")
                || (parts[0] == "boxes" && new SlideBoxes().All.Any(b => string.Equals(b.Name, parts[1], StringComparison.OrdinalIgnoreCase))
                    && (parts.Length == 2 || (parts.Length == 3 && BoxKeys.Contains(parts[2]))));
            if (!known)
            {
                diagnostics.Warn(At(path), DiagnosticCodes.InvalidSetting, $"unknown key '{path}' in template.json is ignored");
            }
        }

        if (string.IsNullOrWhiteSpace(theme.Name))
        {
            Error("name", "'name' must be a non-empty string");
        }

        if (theme.Colors is null)
        {
            Error("colors", $"'colors' is missing: it needs the twelve theme colours ({string.Join(", ", ColorNames)})");
        }
        else
        {
            foreach (var name in ColorNames)
            {
                if (!theme.Colors.TryGetValue(name, out var value))
                {
                    Error("colors", $"colour '{name}' is missing (the twelve: {string.Join(", ", ColorNames)})");
                }
                else if (value is null || !HexColor().IsMatch(value))
                {
                    Error($"colors.{name}", $"colour '{name}' must be six hex digits such as 1F5F8B, not '{value}'");
                }
            }
        }

        if (theme.Fonts is null || theme.Fonts.Count == 0)
        {
            Error("fonts", "'fonts' is missing: it names font families (such as sans, serif, mono) with their files");
        }
        else
        {
            foreach (var (family, spec) in theme.Fonts)
            {
                if (spec is null || string.IsNullOrWhiteSpace(spec.Name) || string.IsNullOrWhiteSpace(spec.Regular))
                {
                    Error($"fonts.{family}", $"font family '{family}' needs 'name' and 'regular' (a font file)");
                }
            }

            var roles = theme.Roles ?? new FontRoles();
            foreach (var (role, family) in new[] { ("heading", roles.Heading), ("body", roles.Body), ("quote", roles.Quote), ("code", roles.Code) })
            {
                if (family is null || !theme.Fonts.ContainsKey(family))
                {
                    Error($"roles.{role}", $"role '{role}' names font family '{family}', which 'fonts' does not have (it has: {string.Join(", ", theme.Fonts.Keys)})");
                }
            }
        }

        var slide = theme.Slide ?? new SlideSize();
        // PowerPoint's limits: 1 to 56 inches a side.
        foreach (var (key, value) in new[] { ("widthInches", slide.WidthInches), ("heightInches", slide.HeightInches) })
        {
            if (!(value >= 1 && value <= 56))
            {
                Error($"slide.{key}", $"slide '{key}' must be between 1 and 56 inches, not {value}");
            }
        }

        var sizes = theme.Sizes ?? new TextSizes();
        foreach (var (key, value) in new[]
                 {
                     ("title", sizes.Title), ("titleSlide", sizes.TitleSlide), ("section", sizes.Section), ("subtitle", sizes.Subtitle),
                     ("minBody", sizes.MinBody), ("quote", sizes.Quote), ("minQuote", sizes.MinQuote), ("attribution", sizes.Attribution),
                     ("code", sizes.Code), ("table", sizes.Table), ("minTable", sizes.MinTable), ("notes", sizes.Notes),
                 })
        {
            CheckSize($"sizes.{key}", value);
        }

        if (sizes.Body is null || sizes.Body.Count == 0)
        {
            Error("sizes.body", "'sizes.body' must list at least one size in points, such as [26, 22, 20]");
        }
        else
        {
            foreach (var size in sizes.Body)
            {
                CheckSize("sizes.body", size);
            }
        }

        CheckLevels(theme, Error);
        CheckBoxes(theme.Boxes, slide, Error);

        void CheckSize(string path, double value)
        {
            if (!(value >= 4 && value <= 400))
            {
                Error(path, $"'{path}' must be a size in points between 4 and 400, not {value}");
            }
        }
    }

    private static void CheckLevels(Theme theme, Action<string, string> error)
    {
        if (theme.Levels is null)
        {
            return; // not given: the built-in bullets
        }

        if (theme.Levels.Count == 0)
        {
            error("levels", "'levels' must list at least one list level, such as [{ \"bullet\": \"•\" }]");
            return;
        }

        for (var i = 0; i < theme.Levels.Count; i++)
        {
            var level = theme.Levels[i];
            var at = $"level {i + 1} of 'levels'";
            if (level is null)
            {
                error("levels", $"{at} is null");
                continue;
            }

            if (level.Bullet is { } bullet && bullet.EnumerateRunes().Count() > 2)
            {
                error("levels", $"{at}: 'bullet' must be one character (or two, or \"\" for none), not '{level.Bullet}'");
            }

            if (level.BulletColor is { } color && color != ListLevel.TextColor && !ColorNames.Contains(color) && !HexColor().IsMatch(color))
            {
                error("levels", $"{at}: 'bulletColor' must be a theme colour ({string.Join(", ", ColorNames)}), six hex digits or \"text\", not '{color}'");
            }

            foreach (var (key, value, low, high) in new[]
                     {
                         ("marginLeftPoints", level.MarginLeftPoints, 0.0, 400.0), ("indentPoints", level.IndentPoints, -400.0, 400.0),
                         ("lineSpacing", level.LineSpacing, 0.5, 3.0), ("spaceBefore", level.SpaceBefore, 0.0, 3.0),
                     })
            {
                if (value is { } v && !(v >= low && v <= high))
                {
                    error("levels", $"{at}: '{key}' must be between {low} and {high}, not {v}");
                }
            }
        }
    }

    private static void CheckBoxes(SlideBoxes? boxes, SlideSize slide, Action<string, string> error)
    {
        foreach (var (name, box) in boxes?.All ?? [])
        {
            if (box is null)
            {
                continue;
            }

            // A box must have room and lie on the slide (a hundredth of an inch of rounding allowed).
            if (!(box.Width > 0 && box.Height > 0 && box.X >= 0 && box.Y >= 0
                  && box.X + box.Width <= slide.WidthInches + 0.01 && box.Y + box.Height <= slide.HeightInches + 0.01))
            {
                error($"boxes.{name}", $"box '{name}' ({box.X}, {box.Y}, {box.Width} × {box.Height} inches) must have a width and height and lie on the {slide.WidthInches} × {slide.HeightInches} inch slide");
            }
        }
    }

    /// <summary>The line of a property such as <c>fonts.sans</c> (1 when it is not in the file).</summary>
    public static int LineOf(byte[] json, string path) => PropertyLines(json).GetValueOrDefault(path.ToLowerInvariant(), 1);

    /// <summary>Every property path in the JSON (lower case, dotted) with the line it starts on.</summary>
    private static Dictionary<string, int> PropertyLines(byte[] json)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var stack = new List<string>();
        string? pending = null;
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pending = reader.GetString()!;
                        var path = string.Join('.', stack.Append(pending)).ToLowerInvariant();
                        var index = lineStarts.BinarySearch((int)reader.TokenStartIndex);
                        lines.TryAdd(path, (index >= 0 ? index : ~index - 1) + 1);
                        break;
                    case JsonTokenType.StartObject:
                        if (pending is not null)
                        {
                            stack.Add(pending);
                        }

                        pending = null;
                        break;
                    case JsonTokenType.EndObject:
                        if (stack.Count > 0 && reader.CurrentDepth > 0)
                        {
                            stack.RemoveAt(stack.Count - 1);
                        }

                        break;
                    case JsonTokenType.StartArray:
                        reader.Skip();
                        pending = null;
                        break;
                    default:
                        pending = null;
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Already reported by the deserializer.
        }

        return lines;
    }

    [GeneratedRegex("^[0-9A-Fa-f]{6}$")]
    private static partial Regex HexColor();
}
