namespace SlideBuilder.Figures;

/// <summary>
/// A small RFC 4180 reader for figure data: a header row, then rows; fields may be quoted (with
/// doubled quotes inside); the delimiter is the first of comma, semicolon or tab found in the header.
/// </summary>
public sealed record CsvTable(IReadOnlyList<string> Header, IReadOnlyList<(IReadOnlyDictionary<string, string> Fields, int Line)> Rows)
{
    public static CsvTable Read(string text)
    {
        text = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);
        var firstLine = text.Split('\n')[0];
        var delimiter = firstLine.Contains(',', StringComparison.Ordinal) ? ','
            : firstLine.Contains(';', StringComparison.Ordinal) ? ';'
            : firstLine.Contains('\t', StringComparison.Ordinal) ? '\t' : ',';

        var records = Records(text, delimiter).Where(r => r.Fields.Count > 1 || r.Fields[0].Length > 0).ToList();
        if (records.Count == 0)
        {
            return new CsvTable([], []);
        }

        var header = records[0].Fields.Select(h => h.Trim()).ToList();
        var rows = records.Skip(1).Select(r => ((IReadOnlyDictionary<string, string>)header
            .Select((h, i) => (h, v: i < r.Fields.Count ? r.Fields[i] : ""))
            .GroupBy(x => x.h, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().v, StringComparer.Ordinal), r.Line)).ToList();
        return new CsvTable(header, rows);
    }

    private static IEnumerable<(List<string> Fields, int Line)> Records(string text, char delimiter)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        var line = 1;
        var start = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                yield return (fields, start);
                fields = [];
                line++;
                start = line;
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return (fields, start);
        }
    }
}
