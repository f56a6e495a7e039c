using System.Text.RegularExpressions;

namespace SlideBuilder.Tests.Support;

/// <summary>pdfinfo, pdffonts, qpdf: what a PDF says about itself.</summary>
public static partial class PdfTools
{
    public static Dictionary<string, string> Info(string pdf)
    {
        var (code, stdout, stderr) = ExternalTools.Run("pdfinfo", [pdf], TimeSpan.FromMinutes(1));
        Assert.True(code == 0, stderr);
        return stdout.Split('\n').Select(l => l.Split(':', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.Ordinal);
    }

    /// <summary>Each font's name and whether it is embedded.</summary>
    public static List<(string Name, bool Embedded)> Fonts(string pdf)
    {
        var (code, stdout, stderr) = ExternalTools.Run("pdffonts", [pdf], TimeSpan.FromMinutes(1));
        Assert.True(code == 0, stderr);
        return stdout.Split('\n').Skip(2).Where(l => l.Trim().Length > 0)
            .Select(l => FontLine().Match(l)).Where(m => m.Success)
            .Select(m => (m.Groups["name"].Value, m.Groups["emb"].Value == "yes")).ToList();
    }

    /// <summary>The unpacked size in bytes of each TrueType font program a PDF embeds (its FontFile2 streams' Length1).</summary>
    public static List<int> TrueTypeProgramSizes(string pdf)
    {
        var (code, stdout, stderr) = ExternalTools.Run("qpdf", ["--json", "--json-stream-data=none", pdf], TimeSpan.FromMinutes(1));
        Assert.True(code == 0, stderr);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        var objects = json.RootElement.GetProperty("qpdf")[1];
        var programs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var o in objects.EnumerateObject())
        {
            if (o.Value.TryGetProperty("value", out var value) && value.ValueKind == System.Text.Json.JsonValueKind.Object
                && value.TryGetProperty("/FontFile2", out var file))
            {
                programs.Add("obj:" + file.GetString());
            }
        }

        return programs.Select(p => objects.GetProperty(p).GetProperty("stream").GetProperty("dict").GetProperty("/Length1").GetInt32()).ToList();
    }

    public static (int Code, string Output) QpdfCheck(string pdf)
    {
        var (code, stdout, stderr) = ExternalTools.Run("qpdf", ["--check", pdf], TimeSpan.FromMinutes(1));
        return (code, stdout + stderr);
    }

    /// <summary>The text of the whole PDF with runs of white space made single spaces.</summary>
    public static string FlatText(string pdf, params string[] dropLinesMatching)
    {
        var text = PdfText.AllText(pdf).Replace("\f", "\n", StringComparison.Ordinal);
        var lines = text.Split('\n').Where(l => !dropLinesMatching.Any(p => Regex.IsMatch(l, p)));
        return Regex.Replace(PdfText.Normalize(string.Join(" ", lines)), @"\s+", " ");
    }

    [GeneratedRegex(@"^(?<name>\S+)\s+.*?\s(?<emb>yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$")]
    private static partial Regex FontLine();
}
