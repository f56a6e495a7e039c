using SkiaSharp;

namespace SlideBuilder.Tests.Support;

/// <summary>Two renderings of one deck compared: the words at the same places, and the pages alike in colour.</summary>
public static class PdfAgreement
{
    /// <summary>
    /// At least <paramref name="minimumShare"/> of the words LibreOffice shows are on our page too, their centres within
    /// 3 % of the page's width and height of each other, and at least half on every page. (Counted from LibreOffice's
    /// side: it shows a figure as a picture, where our PDF has the figure's words as text. A line that fills its box to
    /// within a few tenths of a percent may break one word earlier in one renderer than in the other.)
    /// </summary>
    public static void AssertWordsAgree(string ours, string theirs, double minimumShare)
    {
        var a = PdfText.Pages(ours);
        var b = PdfText.Pages(theirs);
        Assert.Equal(b.Count, a.Count);
        var problems = new List<string>();
        int all = 0, agreeing = 0;
        for (var i = 0; i < a.Count; i++)
        {
            var (pa, pb) = (b[i], a[i]);
            if (pa.Words.Count == 0)
            {
                continue;
            }

            var matched = pa.Words.Count(w => pb.Words.Any(o => o.Text == w.Text
                && Math.Abs((w.XMin + w.XMax) / 2 / pa.Width - (o.XMin + o.XMax) / 2 / pb.Width) < 0.03
                && Math.Abs((w.YMin + w.YMax) / 2 / pa.Height - (o.YMin + o.YMax) / 2 / pb.Height) < 0.03));
            var share = matched / (double)pa.Words.Count;
            all += pa.Words.Count;
            agreeing += matched;
            if (share < 0.5)
            {
                var missing = pa.Words.Where(w => !pb.Words.Any(o => o.Text == w.Text)).Select(w => w.Text).Take(8);
                problems.Add($"page {i + 1}: {matched} of LibreOffice's {pa.Words.Count} words where we have them (not ours at all: {string.Join(" ", missing)})");
            }
        }

        Assert.True(agreeing >= minimumShare * all, $"{agreeing} of LibreOffice's {all} words are where we put them");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The page rendered small from both PDFs: on average within 15 of 255 of each other (a slide without the template's background and art is 25 to 95 away).</summary>
    public static void AssertPagesLookAlike(string ours, string theirs, int page)
    {
        using var a = Render(ours, page);
        using var b = Render(theirs, page);
        using var bScaled = b.Resize(a.Info, new SKSamplingOptions(SKFilterMode.Linear));
        double total = 0;
        for (var y = 0; y < a.Height; y++)
        {
            for (var x = 0; x < a.Width; x++)
            {
                var (p, q) = (a.GetPixel(x, y), bScaled.GetPixel(x, y));
                total += Math.Abs(p.Red - q.Red) + Math.Abs(p.Green - q.Green) + Math.Abs(p.Blue - q.Blue);
            }
        }

        var mean = total / (3.0 * a.Width * a.Height);
        Assert.True(mean < 15, $"page {page} differs from LibreOffice's rendering by {mean:F1} of 255 on average");
    }

    /// <summary>The mean luminance (0 to 255) of a page rendered small.</summary>
    public static double MeanLuminance(string pdf, int page)
    {
        using var bitmap = Render(pdf, page);
        double total = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                total += 0.299 * c.Red + 0.587 * c.Green + 0.114 * c.Blue;
            }
        }

        return total / (bitmap.Width * bitmap.Height);
    }

    public static SKBitmap Render(string pdf, int page)
    {
        var stem = Path.Combine(Path.GetDirectoryName(pdf)!, "look-" + Guid.NewGuid().ToString("N")[..8]);
        var (code, _, stderr) = ExternalTools.Run("pdftoppm", ["-png", "-r", "20", "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-singlefile", pdf, stem], TimeSpan.FromMinutes(1));
        Assert.True(code == 0, stderr);
        return SKBitmap.Decode(stem + ".png");
    }
}
