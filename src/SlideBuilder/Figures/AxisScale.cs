namespace SlideBuilder.Figures;

/// <summary>A value axis, linear from zero or logarithmic over whole decades, with readable ticks.</summary>
public sealed class AxisScale
{
    private AxisScale(bool log, double min, double max, IReadOnlyList<double> ticks)
    {
        IsLog = log;
        Min = min;
        Max = max;
        Ticks = ticks;
    }

    public bool IsLog { get; }
    public double Min { get; }
    public double Max { get; }
    public IReadOnlyList<double> Ticks { get; }

    /// <summary>Where a value lies along the axis, from 0 (start) to 1 (end).</summary>
    public double Fraction(double value) => IsLog
        ? (Math.Log10(Math.Max(value, Min)) - Math.Log10(Min)) / (Math.Log10(Max) - Math.Log10(Min))
        : (value - Min) / (Max - Min);

    public static AxisScale Linear(double max)
    {
        max = Math.Max(max, 1e-9);
        var raw = max / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * magnitude).First(s => s >= raw);
        var top = Math.Ceiling(max / step - 1e-9) * step;
        var ticks = new List<double>();
        for (var t = 0.0; t <= top + step / 2; t += step)
        {
            ticks.Add(Math.Round(t, 10));
        }

        return new AxisScale(false, 0, top, ticks);
    }

    /// <param name="decadesOnly">Only 1, 10, 100…: when the 2 and 5 ticks would crowd their labels.</param>
    public static AxisScale Log(double min, double max, bool decadesOnly)
    {
        var lo = Math.Pow(10, Math.Floor(Math.Log10(min)));
        var hi = Math.Pow(10, Math.Ceiling(Math.Log10(max)));
        if (hi <= lo)
        {
            hi = lo * 10;
        }

        var ticks = new List<double>();
        for (var decade = lo; decade <= hi * 1.0001; decade *= 10)
        {
            foreach (var f in decadesOnly ? [1.0] : new[] { 1.0, 2, 5 })
            {
                var t = decade * f;
                if (t <= hi * 1.0001)
                {
                    ticks.Add(t);
                }
            }
        }

        return new AxisScale(true, lo, hi, ticks);
    }
}
