using System.Diagnostics;
using System.Globalization;

/// <summary>
/// The command as users run it, a process per run, side by side with pandoc (issue 12): a cold
/// build of the seed written as Markdown (all three outputs) against pandoc's pptx of the same
/// file; a no-op rebuild of notes/; sixteen decks at once (CPU time over wall time).
/// Run: dotnet run -c Release --project tests/SlideBuilder.Benchmarks -- cli [runs [NATIVE]], where NATIVE is
/// the native-AOT binary (dotnet publish … -p:PublishAot=true) to time instead of the JIT-compiled command.
/// </summary>
internal static class CommandLineBenchmark
{
    /// <param name="largeOnly">Only the large decks (the <c>large</c> command).</param>
    public static void Run(string root, int runs, string? native, bool largeOnly = false)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "slidebuilder.dll");
        // The command: "dotnet slidebuilder.dll …", or the native binary itself.
        (string File, string[] Args) Command(params string[] args) => native is null ? ("dotnet", [cli, .. args]) : (native, args);
        Console.WriteLine(native is null ? "slidebuilder: JIT-compiled (dotnet slidebuilder.dll)" : $"slidebuilder: native ({native})");
        var scratch = Directory.CreateTempSubdirectory("sb-cli-bench-").FullName;
        var seed = Path.GetFullPath(Path.Combine(root, "..", "shared", "seeds", "000_c9394f5bdbfdb1ed.txt"));
        var markdown = Path.Combine(scratch, "seed.md");
        if (File.Exists(seed))
        {
            var (file, args) = Command("import", seed, "-o", markdown);
            Exec(file, args);
        }
        else
        {
            File.Copy(Path.Combine(root, "notes", "revolution-betrayed-ch6.md"), markdown);
        }

        Console.WriteLine($"{"case",-52} {"mean ms",8} {"min ms",8} {"cpu/wall",9}");
        if (largeOnly)
        {
            Large(scratch, runs, Command);
            Directory.Delete(scratch, recursive: true);
            return;
        }

        Row("slidebuilder build seed.md, all three outputs (cold)", runs, k => Command("build", markdown, "-o", Path.Combine(scratch, $"cold{k}"), "-q"));
        var pandocMs = Row("pandoc seed.md -o seed.pptx", runs, k => ("pandoc", [markdown, "-o", Path.Combine(scratch, $"pandoc{k}.pptx")]));
        Row("slidebuilder build seed.md --format pptx (cold)", runs, k => Command("build", markdown, "-o", Path.Combine(scratch, $"pptx{k}"), "-f", "pptx", "-q"));

        var notesOut = Path.Combine(scratch, "notes-out");
        var first = Command("build", Path.Combine(root, "notes"), "-o", notesOut, "-q");
        Exec(first.File, first.Args);
        Row("slidebuilder build notes/, nothing changed (no-op)", runs, _ => Command("build", Path.Combine(root, "notes"), "-o", notesOut, "-q"));

        var many = Path.Combine(scratch, "sixteen");
        Directory.CreateDirectory(many);
        for (var i = 0; i < 16; i++)
        {
            File.Copy(Path.Combine(root, "notes", "revolution-betrayed-ch6.md"), Path.Combine(many, $"talk{i:00}.md"));
        }

        Row("slidebuilder build of 16 decks, all outputs (--force)", Math.Max(1, runs / 2), _ => Command("build", many, "-o", Path.Combine(scratch, "sixteen-out"), "--force", "-q"));

        Large(scratch, runs, Command);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"(pandoc's pptx-only mean is the yardstick: {pandocMs:0} ms)"));
        Directory.Delete(scratch, recursive: true);
    }

    private static void Large(string scratch, int runs, Func<string[], (string File, string[] Args)> command)
    {
        (string File, string[] Args) Command(params string[] args) => command(args);

        // Large decks (issue 12: 2,000 slides, all outputs, <= 3 s and <= 250 MB, time linear in slides). Smallest
        // first, so the children's peak resident size (getrusage keeps the largest so far) is the deck just built.
        foreach (var slides in new[] { 500, 1000, 2000 })
        {
            var big = Path.Combine(scratch, $"big{slides}.md");
            File.WriteAllText(big, Synthetic(slides));
            Row($"slidebuilder build of a {slides}-slide deck, all outputs", Math.Max(1, runs / 2), k => Command("build", big, "-o", Path.Combine(scratch, $"big{slides}-{k}"), "-q"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"",-52} peak resident {PeakChildMb(),6:0} MB"));
        }
    }

    /// <summary>A talk of <paramref name="slides"/> slides: a section every 50, three bullets each, speaker notes on every tenth.</summary>
    private static string Synthetic(int slides)
    {
        var text = new System.Text.StringBuilder("---\ntitle: A long synthetic talk\nagenda: false\n---\n\n");
        for (var n = 1; n <= slides; n++)
        {
            if (n % 50 == 1)
            {
                text.Append(CultureInfo.InvariantCulture, $"# Part {n / 50 + 1}\n\n");
                n++;
            }

            text.Append(CultureInfo.InvariantCulture, $"## Slide {n}: harvest figures for district {n % 37}\n\n");
            text.Append(CultureInfo.InvariantCulture, $"- Yields rose by {n % 9 + 2} per cent on the irrigated plots\n- Labour days fell from {200 + n % 40} to {150 + n % 30}\n- The cooperative kept {n % 5 + 10} per cent for seed\n\n");
            if (n % 10 == 0)
            {
                text.Append("::: notes\nSay where these figures come from and how they were checked against the ledgers.\n:::\n\n");
            }
        }

        return text.ToString();
    }

    private static double PeakChildMb() => OperatingSystem.IsLinux() && GetRUsage(-1, out var usage) == 0 ? usage.MaxRss / 1024.0 : double.NaN;

    private static double Row(string name, int runs, Func<int, (string File, string[] Args)> command)
    {
        var walls = new List<double>();
        var ratios = new List<double>();
        for (var k = 0; k < runs; k++)
        {
            var (file, args) = command(k);
            var (wall, cpu) = Exec(file, args);
            walls.Add(wall);
            ratios.Add(cpu / wall);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-52} {walls.Average(),8:0} {walls.Min(),8:0} {ratios.Average(),9:0.00}"));
        return walls.Average();
    }

    private static (double WallMs, double CpuMs) Exec(string file, string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        var cpuBefore = ChildrenCpuMs();
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(psi)!;
        process.StandardOutput.ReadToEnd();
        var err = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var wall = watch.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {process.ExitCode}: {err}");
        }

        return (wall, ChildrenCpuMs() - cpuBefore);
    }

    /// <summary>User and system time of every finished child process (getrusage(RUSAGE_CHILDREN)): a process's own times are gone once it exits.</summary>
    private static double ChildrenCpuMs()
    {
        if (!OperatingSystem.IsLinux() || GetRUsage(-1, out var usage) != 0)
        {
            return double.NaN;
        }

        return (usage.UserSeconds + usage.SystemSeconds) * 1000.0 + (usage.UserMicroseconds + usage.SystemMicroseconds) / 1000.0;
    }

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
        public long MaxRss, IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NvCsw, NivCsw;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRUsage(int who, out RUsage usage);
}
