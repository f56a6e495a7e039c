using System.Diagnostics;
using System.Text;
using SlideBuilder.Build;
using SlideBuilder.Tests.Support;
using Xunit.Abstractions;

namespace SlideBuilder.Tests;

/// <summary>
/// A seeded fuzzer of notes: <c>SLIDEBUILDER_FUZZ_INPUTS</c> inputs (100 by default, 1,200 in CI)
/// from a fixed seed, within <c>SLIDEBUILDER_FUZZ_SECONDS</c> at most: it generates notes from Markdown and prose constructs, Unicode of every
/// category, control characters and huge or nested structures, and mutates the corpus. It fails on
/// an internal error (SB090), a build slower than 30 s, or a deck the Open XML SDK cannot open or the
/// validator rejects. A failing input is kept with its seed so it can be minimised into a test here.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output) : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private static readonly string[] Constructs =
    [
        "# Heading\n", "## Slide\n", "### Sub\n", "---\n", "- item\n", "  - nested\n", "1. one\n", "0. zero\n", "99999. big\n",
        "> quote\n", "> — Author\n", "— Someone\n", "```\ncode\n```\n", "```figure\ntitle: F\nitems:\n  - label: a\n    value: 1\n```\n",
        "```figure\nitems: [1, 2\n```\n", "| a | b |\n|---|---|\n| 1 | 2 |\n", "![alt](missing.png)\n", "![x](p.png){width=30%}\n",
        "[link](http://a&b.com)\n", "[e]()\n", "<https://../>\n", "::: notes\nspeaker\n:::\n", ":::: columns\n::: column\nx\n:::\n::::\n",
        "<!-- comment -->\n", "<div>html</div>\n", "Note: notes\n", "***bold italic***", "`code`", "[^1]\n\n[^1]: foot\n",
        "$E=mc^2$", "\\\n", "  \n", "\t", "&amp; &#0; &#xFFFF;", "“Quoted paragraph that opens", "and closes.”\n", "«guillemets»",
        "„low“", "The workers earned 1,200 roubles a year.", "between $9 and $11 a week", "about 4.000 euros", "ten to fifteen times",
        "First, ", "Second, ", "Questions for discussion\n", "PART ONE\n", "1. The mill\n", "Why did it matter?\n",
        "---\ntitle: x\nlang: de-DE\n---\n", "---\n[a]: b\n---\n", "---\nx: [a\n---\n",
    ];

    private static readonly string[] Alphabet =
    [
        "a", "Z", " ", "\n", "\n\n", ".", ",", ":", "—", "–", "\"", "'", "*", "_", "[", "]", "(", ")", "<", ">", "|", "#", "-", "!", "`",
        "\0", "\u0001", "\u001F", "\u007F", "\u0085", "\u00A0", "\u200B", "\u200F", "\u202E", "\uFEFF", "\uFFFD", "\uFFFE", "\uFFFF",
        "\uD800", "\uDC00", "😀", "👩‍👩‍👧", "日本語", "中文", "한국어", "العربية", "עברית", "हिन्दी", "ไทย", "Ελληνικά", "Кириллица", "e\u0301",
    ];

    [Fact]
    public void Seeded_fuzz_inputs_never_crash_hang_or_write_an_invalid_deck()
    {
        // A fixed number of inputs from a fixed seed, so every machine tries the same ones; the time is
        // only a cap (a slow machine tries fewer, and says so).
        var inputs = int.TryParse(Environment.GetEnvironmentVariable("SLIDEBUILDER_FUZZ_INPUTS"), out var n) ? n : 100;
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("SLIDEBUILDER_FUZZ_SECONDS"), out var s) ? s : 60;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("SLIDEBUILDER_FUZZ_SEED"), out var given) ? given : 20261127;
        var corpus = CorpusFiles().Select(File.ReadAllText).ToList();
        Fixtures.WriteSquarePng(Path.Combine(_ws.Root, "p.png"), 40, 30);

        var clock = Stopwatch.StartNew();
        var failures = new List<string>();
        var tried = 0;
        while (tried < inputs && clock.Elapsed < TimeSpan.FromSeconds(seconds) && failures.Count < 5)
        {
            var inputSeed = seed + tried;
            var random = new Random(inputSeed);
            var text = random.Next(3) == 0 || corpus.Count == 0 ? Generate(random) : Mutate(random, corpus[random.Next(corpus.Count)]);
            var name = random.Next(4) == 0 ? $"in{tried}.txt" : $"in{tried}.md";
            var notes = Path.Combine(_ws.Root, name);
            var bytes = new UTF8Encoding(false, throwOnInvalidBytes: false).GetBytes(text);
            if (random.Next(8) == 0 && bytes.Length > 0)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(0x80, 0x100); // invalid UTF-8: the Windows-1252 path
            }

            File.WriteAllBytes(notes, bytes);
            var formats = tried % 10 == 0 ? null : Workspace.PptxOnly;
            var problem = Check(notes, formats);
            if (problem is not null)
            {
                var kept = Path.Combine(Path.GetTempPath(), "sb-fuzz-failures", $"{inputSeed}{Path.GetExtension(name)}");
                Directory.CreateDirectory(Path.GetDirectoryName(kept)!);
                File.Copy(notes, kept, overwrite: true);
                failures.Add($"seed {inputSeed} ({kept}): {problem}");
            }

            File.Delete(notes);
            tried++;
        }

        var summary = $"fuzz: {tried} of {inputs} inputs in {clock.Elapsed.TotalSeconds:0} s (seed {seed}), {failures.Count} failures";
        output.WriteLine(summary);
        if (Environment.GetEnvironmentVariable("SLIDEBUILDER_FUZZ_REPORT") is { Length: > 0 } report)
        {
            File.WriteAllText(report, summary + "\n" + string.Join("\n", failures) + "\n");
        }

        Assert.True(tried > 0);
        Assert.True(failures.Count == 0, summary + "\n" + string.Join("\n", failures));
    }

    private string? Check(string notes, IReadOnlySet<OutputFormat>? formats)
    {
        var build = Task.Run(() => DeckBuilder.Build(notes, new BuildOptions(_ws.Out, Formats: formats)));
        if (!build.Wait(TimeSpan.FromSeconds(30)))
        {
            return "the build took longer than 30 s";
        }

        var result = build.Result;
        if (result.Diagnostics.FirstOrDefault(d => d.Code == "SB090") is { } fault)
        {
            return fault.ToString() + "\n" + result.InternalError;
        }

        foreach (var pptx in result.Outputs.Where(o => o.EndsWith(".pptx", StringComparison.Ordinal)))
        {
            try
            {
                using var deck = new PptxInspector(pptx);
                if (deck.ValidationErrors().FirstOrDefault() is { } error)
                {
                    return "validator: " + error;
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                return "the Open XML SDK cannot open the deck: " + ex.Message;
            }
        }

        return null;
    }

    private static string Generate(Random random)
    {
        var sb = new StringBuilder();
        var pieces = random.Next(5, 80);
        for (var i = 0; i < pieces; i++)
        {
            switch (random.Next(10))
            {
                case < 5:
                    sb.Append(Constructs[random.Next(Constructs.Length)]);
                    break;
                case < 8:
                    for (var k = random.Next(1, 30); k > 0; k--)
                    {
                        sb.Append(Alphabet[random.Next(Alphabet.Length)]);
                    }

                    break;
                case 8:
                    // Something huge or deeply nested.
                    sb.Append(random.Next(4) switch
                    {
                        0 => new string('>', random.Next(1, 200)) + " deep\n",
                        1 => string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(d => new string(' ', d * 2) + "- level\n")),
                        2 => string.Join(" ", Enumerable.Repeat("word", random.Next(100, 3000))) + "\n",
                        _ => new string('x', random.Next(100, 20_000)) + "\n",
                    });
                    break;
                default:
                    sb.Append('\n');
                    break;
            }
        }

        return sb.ToString();
    }

    private static string Mutate(Random random, string text)
    {
        var chars = new StringBuilder(text);
        for (var m = random.Next(1, 12); m > 0 && chars.Length > 0; m--)
        {
            var at = random.Next(chars.Length);
            switch (random.Next(5))
            {
                case 0:
                    chars.Insert(at, Constructs[random.Next(Constructs.Length)]);
                    break;
                case 1:
                    chars.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    break;
                case 2:
                    chars.Remove(at, Math.Min(random.Next(1, 200), chars.Length - at));
                    break;
                case 3:
                    var length = Math.Min(random.Next(1, 400), chars.Length - at);
                    chars.Insert(random.Next(chars.Length), chars.ToString(at, length));
                    break;
                default:
                    chars[at] = (char)random.Next(0, 0x3000);
                    break;
            }
        }

        return chars.ToString();
    }

    private static IEnumerable<string> CorpusFiles()
    {
        var root = Path.GetDirectoryName(Path.GetDirectoryName(SampleTalkTests.SampleNotes))!;
        var corpus = Path.Combine(root, "tests", "corpus");
        return Directory.Exists(corpus)
            ? Directory.GetFiles(corpus, "*.*", SearchOption.AllDirectories)
                .Where(f => (f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal)) && !f.Contains("holdout", StringComparison.Ordinal) && !f.EndsWith("README.md", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
            : [.. Directory.GetFiles(Path.GetDirectoryName(SampleTalkTests.SampleNotes)!)];
    }
}
