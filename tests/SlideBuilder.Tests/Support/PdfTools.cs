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
