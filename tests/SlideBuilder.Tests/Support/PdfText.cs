using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace SlideBuilder.Tests.Support;

public sealed record PdfWord(string Text, double XMin, double YMin, double XMax, double YMax);

public sealed record PdfPage(double Width, double Height, IReadOnlyList<PdfWord> Words);

/// <summary>Reads a PDF back with poppler: page count, and every word with its box (pdftotext -bbox).</summary>
public static partial class PdfText
{
    public static int PageCount(string pdf)
    {
        var (code, stdout, stderr) = ExternalTools.Run("pdfinfo", [pdf], TimeSpan.FromMinutes(1));
        Assert.True(code == 0, stderr);
        var m = Regex.Match(stdout, @"^Pages:\s+(\d+)", RegexOptions.Multiline);
        return int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    public static IReadOnlyList<PdfPage> Pages(string pdf)
    {
        var html = Path.ChangeExtension(pdf, ".bbox.html");
        var (code, _, stderr) = ExternalTools.Run("pdftotext", ["-bbox", pdf, html], TimeSpan.FromMinutes(1));
        Assert.True(code == 0, stderr);
        var pages = new List<PdfPage>();
        foreach (Match page in PageRegex().Matches(File.ReadAllText(html)))
        {
            var words = WordRegex().Matches(page.Groups["body"].Value).Select(w => new PdfWord(
                Normalize(WebUtility.HtmlDecode(w.Groups["t"].Value)),
                D(w.Groups["x0"].Value), D(w.Groups["y0"].Value), D(w.Groups["x1"].Value), D(w.Groups["y1"].Value))).ToList();
            pages.Add(new PdfPage(D(page.Groups["w"].Value), D(page.Groups["h"].Value), words));
        }

        return pages;
    }

    public static string AllText(string pdf)
    {
        var (code, stdout, stderr) = ExternalTools.Run("pdftotext", ["-layout", pdf, "-"], TimeSpan.FromMinutes(1));
        Assert.True(code == 0, stderr);
        return stdout;
    }

    /// <summary>Unicode compatibility form, so ligatures and typographic variants compare equal.</summary>
    public static string Normalize(string s) => s.Normalize(NormalizationForm.FormKC);

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"<page width=""(?<w>[\d.]+)"" height=""(?<h>[\d.]+)"">(?<body>.*?)</page>", RegexOptions.Singleline)]
    private static partial Regex PageRegex();

    [GeneratedRegex(@"<word xMin=""(?<x0>[\d.]+)"" yMin=""(?<y0>[\d.]+)"" xMax=""(?<x1>[\d.]+)"" yMax=""(?<y1>[\d.]+)"">(?<t>.*?)</word>", RegexOptions.Singleline)]
    private static partial Regex WordRegex();
}
