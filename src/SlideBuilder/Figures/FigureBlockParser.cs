using System.Globalization;
using SlideBuilder.Inputs;
using SlideBuilder.Language;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using SlideBuilder.Diagnostics;
using SlideBuilder.Model;

namespace SlideBuilder.Figures;

/// <summary>
/// Reads a <c>```figure</c> block (YAML) into a <see cref="FigureSpec"/>. Every mistake is an error
/// at the line of the field it is about, naming the field, so the speaker can fix it in one go.
/// </summary>
public static class FigureBlockParser
{
    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal)
    {
        "title", "kind", "unit", "currency", "period", "scale", "source", "note", "annotations", "items", "data", "columns", "native",
    };

    /// <param name="firstLine">The notes-file line of the block's first YAML line.</param>
    /// <returns>The spec, or null when an error was reported.</returns>
    /// <param name="language">The notes' language tag: it decides how numbers are written (1.200 in German is twelve hundred).</param>
    public static FigureSpec? Parse(string yaml, string path, int firstLine, DiagnosticBag diagnostics, InputPolicy? policy = null, string? language = null)
    {
        policy ??= InputPolicy.For(path, allowOutside: false);
        var numbers = NumberStyle.For(language);
        var errors = diagnostics.Items.Count(d => d.Severity == Severity.Error);
        SourceLocation At(YamlNode? node) => node is null ? new(path, firstLine) : new(path, firstLine + (int)node.Start.Line - 1, (int)node.Start.Column);
        void Error(YamlNode? node, string message) => diagnostics.Error(At(node), DiagnosticCodes.FigureError, message);

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            diagnostics.Error(new SourceLocation(path, firstLine + Math.Max(0, (int)ex.Start.Line - 1), Math.Max(1, (int)ex.Start.Column)), DiagnosticCodes.FigureError,
                $"figure block is not valid YAML: {(ex.InnerException?.Message ?? ex.Message).Split(". ")[0]}");
            return null;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            diagnostics.Error(new SourceLocation(path, firstLine), DiagnosticCodes.FigureError, $"figure block is not valid YAML: {ex.Message.Split(". ")[0]}");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            Error(null, "figure block must be a mapping: title, kind, unit, items (or data)");
            return null;
        }

        string? Text(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var n) && n is YamlScalarNode s ? s.Value?.Trim() : null;
        YamlNode? Node(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var n) ? n : null;

        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>().Where(k => !Keys.Contains(k.Value ?? "")))
        {
            diagnostics.Warn(At(key), DiagnosticCodes.FigureWarning, $"unknown figure field '{key.Value}' is ignored (fields: {string.Join(", ", Keys.Order(StringComparer.Ordinal))})");
        }

        var kind = Text("kind") switch
        {
            null or "bar" => FigureKind.Bar,
            "range" => FigureKind.Range,
            "grouped" => FigureKind.Grouped,
            "ratio" => FigureKind.Ratio,
            var other => Invalid(FigureKind.Bar, Node("kind"), $"'kind' must be bar, range, grouped or ratio, not '{other}'"),
        };
        var scale = Text("scale") switch
        {
            null or "auto" => FigureScale.Auto,
            "linear" => FigureScale.Linear,
            "log" => FigureScale.Log,
            var other => Invalid(FigureScale.Auto, Node("scale"), $"'scale' must be linear, log or auto, not '{other}'"),
        };
        var native = Text("native") switch
        {
            null or "false" or "no" => false,
            "true" or "yes" => true,
            var other => Invalid(false, Node("native"), $"'native' must be true or false, not '{other}'"),
        };

        var items = new List<FigureItem>();
        if (Node("data") is YamlScalarNode dataNode)
        {
            items.AddRange(ReadCsv(dataNode, Node("columns") as YamlMappingNode, path, policy, numbers, At, Error));
        }
        else if (Node("items") is YamlSequenceNode sequence)
        {
            var n = 0;
            foreach (var entry in sequence)
            {
                n++;
                if (entry is not YamlMappingNode item)
                {
                    Error(entry, $"figure item {n} must have 'label' and 'value' or 'range'");
                    continue;
                }

                if (ReadItem(item, n, numbers, language is null ? WarnAmbiguous : null, At, Error) is { } parsed)
                {
                    items.Add(parsed);
                }
            }
        }
        else if (Node("items") is { } badItems)
        {
            Error(badItems, "'items' must be a list of '- label: …' entries");
        }

        if (items.Count == 0 && diagnostics.Items.Count(d => d.Severity == Severity.Error) == errors)
        {
            Error(Node("items") ?? Node("data"), "the figure has no data: give 'items' (label and value or range) or 'data: file.csv'");
        }

        var spec = new FigureSpec(
            Text("title") ?? "",
            kind,
            Text("unit") ?? Text("currency") ?? "",
            Text("period"),
            scale,
            Text("source"),
            Text("note"),
            items,
            Node("annotations") switch
            {
                YamlSequenceNode list => list.OfType<YamlScalarNode>().Select(a => a.Value ?? "").Where(a => a.Length > 0).ToList(),
                YamlScalarNode { Value: { Length: > 0 } one } => [one],
                _ => [],
            },
            native,
            At(null));

        if (scale == FigureScale.Log && items.FirstOrDefault(i => i.Low <= 0) is { } bad)
        {
            diagnostics.Error(bad.Source, DiagnosticCodes.FigureError,
                $"'scale: log' needs values above zero, but '{bad.Label}' is {bad.Low.ToString("#,##0.##", CultureInfo.InvariantCulture)}; use 'scale: linear'");
        }

        if (kind == FigureKind.Grouped && items.Any(i => i.Series is null))
        {
            Error(Node("items") ?? Node("data"), "'kind: grouped' needs a 'series' for every item (for example the year)");
        }

        return diagnostics.Items.Count(d => d.Severity == Severity.Error) == errors ? spec : null;

        void WarnAmbiguous(YamlNode node, string text) =>
            diagnostics.Warn(At(node), DiagnosticCodes.FigureWarning,
                $"'{text}' is read as {text} (a decimal point, as in English); if you mean {text.Replace(".", "", StringComparison.Ordinal)}, write it without the point or set 'lang' in the front matter");

        T Invalid<T>(T fallback, YamlNode? node, string message)
        {
            Error(node, message);
            return fallback;
        }
    }

    private static FigureItem? ReadItem(YamlMappingNode item, int n, NumberStyle numbers, Action<YamlNode, string>? ambiguous, Func<YamlNode?, SourceLocation> at, Action<YamlNode?, string> error)
    {
        YamlNode? Node(string key) => item.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;
        var label = (Node("label") as YamlScalarNode)?.Value?.Trim();
        if (string.IsNullOrEmpty(label))
        {
            error(item, $"figure item {n} has no 'label'");
            return null;
        }

        var approx = (Node("approx") as YamlScalarNode)?.Value is "true" or "yes";
        var series = (Node("series") as YamlScalarNode)?.Value?.Trim();
        var stated = (Node("stated") as YamlScalarNode)?.Value?.Trim() is { Length: > 0 } said ? said : null;
        if (Node("range") is YamlSequenceNode { Children.Count: 2 } range)
        {
            var low = Number(range[0], $"'range' of '{label}'", numbers, ambiguous, error);
            var high = Number(range[1], $"'range' of '{label}'", numbers, ambiguous, error);
            if (low is null || high is null)
            {
                return null;
            }

            if (high < low)
            {
                error(range, $"'range' of '{label}' must be [low, high], low first");
                return null;
            }

            return new FigureItem(label, low.Value, high.Value, approx, series, at(item)) { Stated = stated };
        }

        if (Node("range") is { } badRange)
        {
            error(badRange, $"'range' of '{label}' must be two numbers: [low, high]");
            return null;
        }

        if (Node("value") is not { } valueNode)
        {
            error(item, $"figure item '{label}' needs 'value' or 'range'");
            return null;
        }

        return Number(valueNode, $"'value' of '{label}'", numbers, ambiguous, error) is { } value ? new FigureItem(label, value, value, approx, series, at(item)) { Stated = stated } : null;
    }

    private static double? Number(YamlNode node, string what, NumberStyle numbers, Action<YamlNode, string>? ambiguous, Action<YamlNode?, string> error)
    {
        var text = (node as YamlScalarNode)?.Value?.Trim() ?? "";
        if (AmountText.TryParseNumber(text, out var value, numbers))
        {
            if (!AmountText.IsDrawable(value))
            {
                error(node, $"{what} is {text}: a figure can draw values up to 10^15 and, other than zero, no smaller than 10^-9");
                return null;
            }

            if (NumberStyle.IsAmbiguousThousands(text))
            {
                ambiguous?.Invoke(node, text);
            }

            return value;
        }

        error(node, $"{what} must be a number, not '{text}'");
        return null;
    }

    private static IEnumerable<FigureItem> ReadCsv(YamlScalarNode dataNode, YamlMappingNode? columns, string notesPath, InputPolicy policy, NumberStyle numbers, Func<YamlNode?, SourceLocation> at, Action<YamlNode?, string> error)
    {
        string file;
        try
        {
            file = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(notesPath)) ?? ".", dataNode.Value ?? ""));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            error(dataNode, $"'data' is not a usable file name: '{dataNode.Value}'");
            return [];
        }

        // Never quote a file's contents in a message: the file may not be the speaker's to publish.
        var read = policy.Read(file, InputLimits.CsvBytes);
        if (read.Bytes is null)
        {
            error(dataNode, read.Failure == ReadFailure.Missing ? $"'data' file not found: {file}" : $"'data' file {dataNode.Value} cannot be used: {read.Reason}");
            return [];
        }

        string Column(string role) =>
            columns?.Children.TryGetValue(new YamlScalarNode(role), out var c) == true && c is YamlScalarNode s && s.Value is { } v ? v : role;
        YamlNode? ColumnNode(string role) => columns?.Children.TryGetValue(new YamlScalarNode(role), out var c) == true ? c : dataNode;

        var table = CsvTable.Read(Language.XmlText.Clean(System.Text.Encoding.UTF8.GetString(read.Bytes)));
        if (table.Header.Count == 0)
        {
            error(dataNode, $"'data' file {file} is empty");
            return [];
        }

        var header = table.Header;
        var has = header.ToHashSet(StringComparer.Ordinal);
        var missing = new[] { "label" }.Concat(has.Contains(Column("low")) || has.Contains(Column("high")) ? ["low", "high"] : new[] { "value" })
            .Where(role => !has.Contains(Column(role))).ToList();
        foreach (var role in missing)
        {
            error(ColumnNode(role), $"CSV column '{Column(role)}' (for {role}) does not exist in {Path.GetFileName(file)}; its columns are: {Diagnostic.Shorten(string.Join(", ", header), 60)}");
        }

        if (missing.Count > 0)
        {
            return [];
        }

        var items = new List<FigureItem>();
        foreach (var (row, line) in table.Rows)
        {
            string Field(string role) => has.Contains(Column(role)) ? row.GetValueOrDefault(Column(role), "").Trim() : "";
            double low, high;
            if (has.Contains(Column("low")))
            {
                if (!AmountText.TryParseNumber(Field("low"), out low, numbers) | !AmountText.TryParseNumber(Field("high"), out high, numbers) || !AmountText.IsDrawable(low) || !AmountText.IsDrawable(high))
                {
                    error(dataNode, $"{Path.GetFileName(file)} line {line}: columns '{Column("low")}' and '{Column("high")}' must be numbers");
                    continue;
                }
            }
            else if (!AmountText.TryParseNumber(Field("value"), out low, numbers) || !AmountText.IsDrawable(low))
            {
                error(dataNode, $"{Path.GetFileName(file)} line {line}: column '{Column("value")}' must be a number (at most 10^15), not '{Diagnostic.Shorten(Field("value"), 60)}'");
                continue;
            }
            else
            {
                high = low;
            }

            var series = Field("series");
            items.Add(new FigureItem(Field("label"), low, high, Field("approx") is "true" or "yes" or "1", series.Length == 0 ? null : series, at(dataNode)));
        }

        if (items.Count == 0 && missing.Count == 0)
        {
            error(dataNode, $"'data' file {file} has no rows");
        }

        return items;
    }
}
