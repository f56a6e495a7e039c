using SkiaSharp;
using SlideBuilder.Tests.Support;

namespace SlideBuilder.Tests;

/// <summary>
/// One slide per script family, drawn by our slides PDF and by LibreOffice from our deck: the same lines,
/// starting and ending in the same places (right-to-left lines at the right in both).
/// </summary>
public sealed class ScriptRenderingComparisonTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private const string Notes = """
        # Scripts

        ## Chinese, Japanese, Korean

        - 日本語の文章です
        - 你好世界
        - 안녕하세요

        ## Right to left

        - שלום עולם
        - مرحبا بالعالم

        ## Shaped

        - नमस्ते दुनिया
        - สวัสดีชาวโลก

        ## Greek and Cyrillic

        - Γειά σου κόσμε
        - Привет мир
        """;

    [ScriptFontsFact]
    public void Our_pdf_and_libreoffice_draw_each_script_family_on_the_same_lines_in_the_same_places()
    {
        if (!ExternalTools.InteropAvailable || !ExternalTools.Has("pdftoppm"))
        {
            Assert.False(ExternalTools.InCi, "LibreOffice and poppler are needed in CI");
            return;
        }

        var result = _ws.BuildAll(_ws.Write("scripts.md", Notes));
        var ours = result.Outputs.Single(o => o.EndsWith(".slides.pdf", StringComparison.Ordinal));
        var theirs = ExternalTools.ConvertToPdf(result.Outputs.Single(o => o.EndsWith(".pptx", StringComparison.Ordinal)));
        for (var page = 2; page <= 5; page++)
        {
            var a = Lines(Render(ours, page));
            var b = Lines(Render(theirs, page));
            Assert.True(a.Count == b.Count, $"page {page}: {a.Count} lines drawn by us, {b.Count} by LibreOffice");
            for (var i = 0; i < a.Count; i++)
            {
                Assert.True(Math.Abs(a[i].Left - b[i].Left) < 0.03 && Math.Abs(a[i].Right - b[i].Right) < 0.03 && Math.Abs(a[i].Top - b[i].Top) < 0.03,
                    $"page {page}, line {i + 1}: ours {a[i]}, LibreOffice's {b[i]}");
            }
        }
    }

    private string Render(string pdf, int page)
    {
        var prefix = Path.Combine(_ws.Root, Path.GetFileNameWithoutExtension(pdf) + "-p" + page);
        var (code, _, stderr) = ExternalTools.Run("pdftoppm", ["-r", "40", "-f", $"{page}", "-l", $"{page}", "-singlefile", "-png", pdf, prefix], TimeSpan.FromSeconds(60));
        Assert.True(code == 0, stderr);
        return prefix + ".png";
    }

    /// <summary>The body's lines of ink, as fractions of the page: top, leftmost and rightmost inked column.</summary>
    private static List<(double Top, double Left, double Right)> Lines(string png)
    {
        using var bitmap = SKBitmap.Decode(png);
        var (w, h) = (bitmap.Width, bitmap.Height);
        bool Ink(int x, int y)
        {
            var c = bitmap.GetPixel(x, y);
            return c.Red + c.Green + c.Blue < 3 * 200;
        }

        // The body: below the title and its rule, above the slide number.
        var top = (int)(h * 0.26);
        var bottom = (int)(h * 0.88);
        var lines = new List<(double, double, double)>();
        var y = top;
        while (y < bottom)
        {
            if (!Enumerable.Range(0, w).Any(x => Ink(x, y)))
            {
                y++;
                continue;
            }

            var start = y;
            var left = w;
            var right = 0;
            while (y < bottom && Enumerable.Range(0, w).Any(x => Ink(x, y)))
            {
                for (var x = 0; x < w; x++)
                {
                    if (Ink(x, y))
                    {
                        left = Math.Min(left, x);
                        right = Math.Max(right, x);
                    }
                }

                y++;
            }

            if (y - start >= 3)
            {
                lines.Add((start / (double)h, left / (double)w, right / (double)w));
            }
        }

        return lines;
    }
}
