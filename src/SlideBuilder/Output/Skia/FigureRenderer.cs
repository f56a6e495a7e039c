using SkiaSharp;
using SlideBuilder.Layout;
using SlideBuilder.Model;
using SlideBuilder.Figures;
using SlideBuilder.Templates;

namespace SlideBuilder.Output.Skia;

/// <summary>
/// Draws a <see cref="FigureSpec"/> on any <see cref="SKCanvas"/> (PNG, SVG, PDF) in points.
/// Income comparisons are horizontal bars: labels left, values right, so long labels never
/// overlap; every text is measured before it is placed. Colours are the Okabe–Ito palette
/// (safe for colour-blind readers); fonts and text colours are the template's.
/// </summary>
public sealed class FigureRenderer(TextPainter painter, Theme theme)
{
    private readonly FontSet fonts = painter.Fonts;

    /// <summary>The fonts figures are drawn with; the deck writer asks them which faces draw other scripts.</summary>
    public FontSet Fonts => fonts;

    /// <summary>Okabe–Ito: distinguishable with every common colour-vision deficiency.</summary>
    public static readonly SKColor[] Palette =
    [
        new(0x00, 0x72, 0xB2), new(0xE6, 0x9F, 0x00), new(0x00, 0x9E, 0x73), new(0xCC, 0x79, 0xA7),
        new(0x56, 0xB4, 0xE9), new(0xD5, 0x5E, 0x00), new(0xF0, 0xE4, 0x42),
    ];

    private const float Pad = 8;
    private const float CaptionSize = 16;
    private const float TickSize = 15;
    private const float FootSize = 14;
    private const float ValueSize = 19;

    /// <summary>
    /// The colour of a figure with one series: the template's accent where it stands out from the slide (a contrast of
    /// 3:1 or more), so the figure belongs to the deck; else the first of the colour-blind-safe palette.
    /// </summary>
    public SKColor SingleSeries
    {
        get
        {
            var accent = SKColor.Parse(theme.Color("accent1"));
            return Contrast(accent, SKColor.Parse(theme.Color("lt1"))) >= 3 ? accent : Palette[0];
        }
    }

    /// <summary>WCAG's contrast ratio of two colours (1 to 21).</summary>
    private static double Contrast(SKColor a, SKColor b)
    {
        static double Channel(byte c) => c / 255.0 <= 0.03928 ? c / 255.0 / 12.92 : Math.Pow((c / 255.0 + 0.055) / 1.055, 2.4);
        static double Luminance(SKColor c) => 0.2126 * Channel(c.Red) + 0.7152 * Channel(c.Green) + 0.0722 * Channel(c.Blue);
        var (l1, l2) = (Luminance(a), Luminance(b));
        return (Math.Max(l1, l2) + 0.05) / (Math.Min(l1, l2) + 0.05);
    }

    private SKColor Text => SKColor.Parse(theme.Color("dk1"));
    private SKColor Muted => SKColor.Parse(theme.Color("dk2")).WithAlpha(210);
    /// <summary>Light grey grid lines on a light slide; on a dark one, a quarter of the way from the background to the text.</summary>
    private SKColor Grid
    {
        get
        {
            var (back, text) = (SKColor.Parse(theme.Color("lt1")), SKColor.Parse(theme.Color("dk1")));
            if (0.299 * back.Red + 0.587 * back.Green + 0.114 * back.Blue > 128)
            {
                return new SKColor(0xD5, 0xDB, 0xE1);
            }

            byte Mix(byte b, byte t) => (byte)(b + (t - b) / 4);
            return new SKColor(Mix(back.Red, text.Red), Mix(back.Green, text.Green), Mix(back.Blue, text.Blue));
        }
    }

    public void Draw(SKCanvas canvas, FigureSpec spec, float width, float height)
    {
        canvas.Save();
        using var caption = Font(RunStyle.Bold, CaptionSize);
        using var foot = Font(RunStyle.None, FootSize);

        // Header: what the axis measures; a legend for series on the right.
        var axisCaption = CaptionText(spec);
        var y = Pad + caption.Size;
        DrawText(canvas, axisCaption, Pad, y, caption, Muted);
        if (spec.Kind == FigureKind.Grouped)
        {
            DrawLegend(canvas, spec.SeriesNames, width - Pad, y, caption);
        }

        // Footer: annotations, note and source, wrapped to the width, from the bottom up.
        var footLines = spec.Annotations.Concat(new[] { spec.Note, spec.Source is null ? null : "Source: " + spec.Source }.OfType<string>())
            .SelectMany(l => Wrap(l, foot, width - 2 * Pad)).ToList();
        var footTop = height - Pad - footLines.Count * FootSize * 1.25f;
        for (var i = 0; i < footLines.Count; i++)
        {
            DrawText(canvas, footLines[i], Pad, footTop + (i + 1) * FootSize * 1.25f - 3, foot, Muted);
        }

        // A log scale is said in large type: it changes how every bar reads.
        if (spec.UsesLogScale && spec.Kind != FigureKind.Ratio)
        {
            using var big = Font(RunStyle.Bold, ValueSize);
            y += big.Size + 8;
            DrawText(canvas, LogScaleNotice, Pad, y, big, SKColor.Parse(theme.Color("accent2")));
        }

        var plot = new SKRect(Pad, y + 12, width - Pad, footTop - (footLines.Count > 0 ? 10 : 0));
        DrawBars(canvas, spec, plot);
        canvas.Restore();
    }

    /// <summary>The statement a log-scale figure carries in large type.</summary>
    public const string LogScaleNotice = "Log scale: each gridline step multiplies, so long gaps look short";

    /// <summary>"Roubles per year · log scale" or, for ratios, "Times the first".</summary>
    public static string CaptionText(FigureSpec spec)
    {
        var unit = spec.Kind == FigureKind.Ratio ? $"multiples of {spec.Items[0].Label.ToLowerInvariant()}" : spec.UnitWithPeriod;
        var text = unit.Length == 0 ? "" : char.ToUpperInvariant(unit[0]) + unit[1..];
        return spec.UsesLogScale && spec.Kind != FigureKind.Ratio ? $"{text} · log scale" : text;
    }

    private void DrawBars(SKCanvas canvas, FigureSpec spec, SKRect plot)
    {
        var labels = spec.Labels;
        IReadOnlyList<string?> series = spec.Kind == FigureKind.Grouped ? spec.SeriesNames.ToList<string?>() : new string?[] { null };
        var baseValue = spec.Items[0].High;
        double V(double v) => spec.Kind == FigureKind.Ratio ? v / baseValue : v;
        string ValueText(FigureItem item) => spec.Kind == FigureKind.Ratio
            ? "×" + (item.IsRange ? $"{AmountText.Format(Math.Round(V(item.Low), 1))}–{AmountText.Format(Math.Round(V(item.High), 1))}" : AmountText.Format(Math.Round(V(item.High), 1)))
            : AmountText.Format(item);

        using var valueFont = Font(RunStyle.Bold, ValueSize);
        using var tickFont = Font(RunStyle.None, TickSize);
        var ratios = spec.RatioAnnotations();
        var valueWidth = spec.Items.Max(i => Measure(valueFont, ValueText(i) + string.Concat(ratios.Where(r => ReferenceEquals(r.Item, i)).Select(r => "  " + r.Ratio)))
            + (i.Stated is null ? 0 : Measure(tickFont, $"({i.Stated})") + 10)) + 10;

        // Label column: as wide as the widest label on up to two lines, at most 40 % of the width.
        var tickStrip = TickSize + 10;
        var rowHeight = (plot.Height - tickStrip) / labels.Count;
        var (labelFont, labelLines, labelWidth) = FitLabels(labels, plot.Width * 0.4f, rowHeight);
        using var _ = labelFont;
        var x0 = plot.Left + labelWidth + 14;
        var x1 = plot.Right - valueWidth;

        var useLog = spec.UsesLogScale && spec.Kind != FigureKind.Ratio;
        var min = spec.Items.Min(i => V(i.Low));
        var max = spec.Items.Max(i => V(i.High));
        var axis = useLog ? AxisScale.Log(min, max, decadesOnly: false) : AxisScale.Linear(max);
        if (useLog && TicksCrowd(axis, tickFont, x1 - x0))
        {
            axis = AxisScale.Log(min, max, decadesOnly: true);
        }

        float X(double v) => x0 + (float)axis.Fraction(v) * (x1 - x0);

        // Grid and tick labels; a tick label that would collide with the previous one is left out.
        using (var grid = new SKPaint { Color = Grid, StrokeWidth = 1, IsAntialias = true })
        {
            var lastRight = float.NegativeInfinity;
            foreach (var t in axis.Ticks)
            {
                var x = X(t);
                canvas.DrawLine(x, plot.Top, x, plot.Bottom - tickStrip, grid);
                var label = spec.Kind == FigureKind.Ratio && t > 0 ? "×" + AmountText.Format(t) : AmountText.Format(t);
                var w = Measure(tickFont, label);
                var left = Math.Clamp(x - w / 2, plot.Left, plot.Right - w);
                if (left > lastRight + 6)
                {
                    DrawText(canvas, label, left, plot.Bottom - 2, tickFont, Muted);
                    lastRight = left + w;
                }
            }
        }

        var thickness = Math.Min(rowHeight * 0.62f, 46f) / Math.Max(1, series.Count);
        for (var r = 0; r < labels.Count; r++)
        {
            var rowTop = plot.Top + r * rowHeight;
            var lines = labelLines[r];
            var lineHeight = labelFont.Size * 1.15f;
            var textTop = rowTop + (rowHeight - lines.Count * lineHeight) / 2;
            for (var l = 0; l < lines.Count; l++)
            {
                var w = Measure(labelFont, lines[l]);
                DrawText(canvas, lines[l], plot.Left + labelWidth - w, textTop + (l + 1) * lineHeight - labelFont.Size * 0.22f, labelFont, Text);
            }

            for (var s = 0; s < series.Count; s++)
            {
                var item = spec.Items.FirstOrDefault(i => i.Label == labels[r] && i.Series == series[s]);
                if (item is null)
                {
                    continue;
                }

                var color = spec.Kind == FigureKind.Grouped ? Palette[s % Palette.Length] : SingleSeries;
                var top = rowTop + (rowHeight - thickness * series.Count) / 2 + s * thickness;
                var bar = new SKRect(x0, top, x0, top + thickness * 0.9f);
                var end = DrawItem(canvas, spec.Kind, item, bar, X, V, color);
                DrawText(canvas, ValueText(item), end + 8, bar.MidY + valueFont.Size * 0.35f, valueFont, Text);
                // What the talk said, before conversion: "(22 a week)".
                var after = end + 8 + Measure(valueFont, ValueText(item)) + 10;
                if (item.Stated is { } stated)
                {
                    DrawText(canvas, $"({stated})", after, bar.MidY + tickFont.Size * 0.35f, tickFont, Muted);
                    after += Measure(tickFont, $"({stated})") + 10;
                }

                // A stated ratio beside the item it compares: "×10–15".
                var ratio = string.Join(" ", ratios.Where(r => ReferenceEquals(r.Item, item)).Select(r => r.Ratio));
                if (ratio.Length > 0)
                {
                    DrawText(canvas, ratio, after, bar.MidY + valueFont.Size * 0.35f, valueFont, SKColor.Parse(theme.Color("accent2")));
                }
            }
        }
    }

    /// <summary>Draws one item; returns where its drawing ends on the right.</summary>
    private static float DrawItem(SKCanvas canvas, FigureKind kind, FigureItem item, SKRect bar, Func<double, float> x, Func<double, double> v, SKColor color)
    {
        using var fill = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };
        using var light = new SKPaint { Color = color.WithAlpha(110), IsAntialias = true, Style = SKPaintStyle.Fill };
        using var edge = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 2 };
        if (item.Approx)
        {
            edge.PathEffect = SKPathEffect.CreateDash([6, 4], 0);
        }

        var low = x(v(item.Low));
        var high = x(v(item.High));
        if (kind == FigureKind.Range)
        {
            // A range floats from low to high; a single value is a dot.
            if (item.IsRange)
            {
                var r = new SKRect(low, bar.Top, Math.Max(high, low + 6), bar.Bottom);
                canvas.DrawRect(r, fill);
                return r.Right;
            }

            canvas.DrawCircle(low, bar.MidY, bar.Height / 2.5f, fill);
            return low + bar.Height / 2.5f;
        }

        var solid = new SKRect(bar.Left, bar.Top, Math.Max(low, bar.Left + 2), bar.Bottom);
        canvas.DrawRect(solid, item.Approx ? light : fill);
        if (item.Approx)
        {
            canvas.DrawRect(solid, edge);
        }

        if (!item.IsRange)
        {
            return solid.Right;
        }

        // The range part: lighter, with a cap at each end, so it reads as "from … to …".
        var span = new SKRect(low, bar.Top + bar.Height * 0.15f, Math.Max(high, low + 4), bar.Bottom - bar.Height * 0.15f);
        canvas.DrawRect(span, light);
        using var cap = new SKPaint { Color = color, IsAntialias = true, StrokeWidth = 3, Style = SKPaintStyle.Stroke };
        canvas.DrawLine(span.Right, bar.Top, span.Right, bar.Bottom, cap);
        canvas.DrawLine(span.Left, bar.Top, span.Left, bar.Bottom, cap);
        return span.Right;
    }

    private (SKFont Font, List<List<string>> Lines, float Width) FitLabels(IReadOnlyList<string> labels, float maxWidth, float rowHeight)
    {
        for (var size = 22f; ; size -= 2)
        {
            var font = Font(RunStyle.None, size);
            var lines = labels.Select(l => Wrap(l, font, maxWidth)).ToList();
            var fits = lines.All(l => l.Count <= 2 && l.Count * size * 1.15f <= rowHeight) || size <= 12;
            if (fits)
            {
                var width = lines.SelectMany(l => l).Max(l => Measure(font, l));
                return (font, lines.Select(l => l.Take(Math.Max(1, (int)(rowHeight / (size * 1.15f)))).ToList()).ToList(), Math.Min(width, maxWidth));
            }

            font.Dispose();
        }
    }

    private bool TicksCrowd(AxisScale axis, SKFont font, float width)
    {
        float? lastRight = null;
        foreach (var t in axis.Ticks)
        {
            var center = (float)axis.Fraction(t) * width;
            var w = Measure(font, AmountText.Format(t));
            if (lastRight is { } right && center - w / 2 < right + 6)
            {
                return true;
            }

            lastRight = center + w / 2;
        }

        return false;
    }

    private void DrawLegend(SKCanvas canvas, IReadOnlyList<string> series, float right, float baseline, SKFont font)
    {
        var x = right;
        for (var i = series.Count - 1; i >= 0; i--)
        {
            var w = Measure(font, series[i]);
            x -= w;
            DrawText(canvas, series[i], x, baseline, font, Text);
            x -= 20;
            using var swatch = new SKPaint { Color = Palette[i % Palette.Length], IsAntialias = true };
            canvas.DrawRect(new SKRect(x, baseline - font.Size * 0.75f, x + 14, baseline), swatch);
            x -= 18;
        }
    }

    private List<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Measure(font, candidate) > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    private SKFont Font(RunStyle style, float size) =>
        new(fonts.Face("body", style), size) { Subpixel = true, LinearMetrics = true, Edging = SKFontEdging.Antialias };

    private void DrawText(SKCanvas canvas, string text, float x, float baseline, SKFont font, SKColor color)
    {
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        painter.Draw(canvas, text, x, baseline, font, paint);
    }

    private float Measure(SKFont font, string text) => painter.Measure(text, font);
}
