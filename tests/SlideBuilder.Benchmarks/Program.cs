using System.Diagnostics;
using System.Globalization;
using SlideBuilder.Build;
using SlideBuilder.Diagnostics;

// Times the whole pipeline in memory (no disk writes) on the sample talk and the seed notes.
// Run: dotnet run -c Release --project tests/SlideBuilder.Benchmarks [-- iterations]
// The command as a process, beside pandoc: dotnet run -c Release --project tests/SlideBuilder.Benchmarks -- cli [runs]
// Only the 500-, 1,000- and 2,000-slide decks: ... -- large [runs [NATIVE]]
// Edit -> live preview updated: dotnet run -c Release --project tests/SlideBuilder.Benchmarks -- preview [edits]
var root = FindRoot();
if (args is ["preview", ..])
{
    await PreviewBenchmark.RunAsync(root, args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10);
    return;
}

if (args is ["cli" or "large", ..])
{
    CommandLineBenchmark.Run(root, args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5, args.Length > 2 ? Path.GetFullPath(args[2]) : null, largeOnly: args[0] == "large");
    return;
}

var iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
var inputs = new[]
{
    Path.Combine(root, "notes", "revolution-betrayed-ch6.md"),
    Path.GetFullPath(Path.Combine(root, "..", "shared", "seeds", "000_c9394f5bdbfdb1ed.txt")),
}.Where(File.Exists).ToList();

var cases = new (string Name, HashSet<OutputFormat> Formats)[]
{
    ("pptx", [OutputFormat.Pptx]),
    ("handout", [OutputFormat.Handout]),
    ("slides", [OutputFormat.Slides]),
    ("all three", [OutputFormat.Pptx, OutputFormat.Handout, OutputFormat.Slides]),
};

Console.WriteLine($"{"input",-32} {"outputs",-10} {"slides",6} {"mean ms",8} {"min ms",8} {"alloc MB",9} {"bytes out",10}");
foreach (var input in inputs)
{
    foreach (var (name, formats) in cases)
    {
        var options = new BuildOptions("unused", Formats: formats);
        var (deck, files) = DeckBuilder.Compile(input, options, new DiagnosticBag()); // warm-up (JIT, font loading)
        var times = new List<double>();
        long allocated = 0;
        for (var i = 0; i < iterations; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            DeckBuilder.Compile(input, options, new DiagnosticBag());
            times.Add(watch.Elapsed.TotalMilliseconds);
            allocated += GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Path.GetFileName(input),-32} {name,-10} {deck.Slides.Count,6} {times.Average(),8:0.0} {times.Min(),8:0.0} {allocated / (double)iterations / 1e6,9:0.0} {files.Sum(f => (long)f.Bytes.Length),10:N0}"));
    }
}

// Reading and planning alone (issue 9: planning the seed stays under 50 ms): tagger, cues, titles, figures.
Console.WriteLine();
Console.WriteLine($"{"input",-32} {"read + plan mean ms",20} {"min ms",8}");
foreach (var input in inputs)
{
    SlideBuilder.Planning.DeckPlanner.Plan(SlideBuilder.Build.NotesFileReader.Read(input, new DiagnosticBag())); // warm-up
    var times = new List<double>();
    for (var i = 0; i < iterations; i++)
    {
        var watch = Stopwatch.StartNew();
        SlideBuilder.Planning.DeckPlanner.Plan(SlideBuilder.Build.NotesFileReader.Read(input, new DiagnosticBag()));
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(input),-32} {times.Average(),20:0.0} {times.Min(),8:0.0}"));
}

// Hostile sizes (issue 8): a long paragraph and a long title at doubling sizes; time should double too.
var scratch = Directory.CreateTempSubdirectory("sb-bench-");
Console.WriteLine();
Console.WriteLine($"{"growth case",-32} {"size KB",8} {"slides",6} {"ms (pptx)",10} {"ms (all)",10}");
foreach (var (name, make) in new (string, Func<int, string>)[]
{
    ("long paragraph", kb => "# T\n\n## S\n\n" + string.Join(" ", Enumerable.Range(0, kb * 1024 / 9).Select(i => $"word{i % 1000:000}."))  + "\n"),
    ("long title", kb => "# " + string.Concat(Enumerable.Repeat("title ", kb * 1024 / 6)) + "\n\n## S\n\nText.\n"),
})
{
    foreach (var kb in new[] { 128, 256, 512, 1024 })
    {
        var file = Path.Combine(scratch.FullName, $"{name.Replace(' ', '-')}-{kb}.md");
        File.WriteAllText(file, make(kb));
        var pptxOnly = Stopwatch.StartNew();
        var (laid, _) = DeckBuilder.Compile(file, new BuildOptions("unused", Formats: new HashSet<OutputFormat> { OutputFormat.Pptx }), new DiagnosticBag());
        var pptxMs = pptxOnly.Elapsed.TotalMilliseconds;
        var all = Stopwatch.StartNew();
        DeckBuilder.Compile(file, new BuildOptions("unused", Formats: new HashSet<OutputFormat> { OutputFormat.Pptx, OutputFormat.Handout, OutputFormat.Slides }), new DiagnosticBag());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-32} {kb,8} {laid.Slides.Count,6} {pptxMs,10:0} {all.Elapsed.TotalMilliseconds,10:0}"));
    }
}

scratch.Delete(recursive: true);
using var process = Process.GetCurrentProcess();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {process.PeakWorkingSet64 / 1e6:0} MB over {iterations} iterations per row"));

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SlideBuilder.sln")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? throw new DirectoryNotFoundException("run from inside the repository");
}
