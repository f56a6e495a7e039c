using System.Diagnostics;
using PuppeteerSharp;
using SlideBuilder.Tests.Support;

namespace SlideBuilder.Tests;

/// <summary>
/// The live preview as a presenter meets it: <c>slidebuilder watch notes --serve</c> run as a process, its page
/// opened in a real headless Chromium, the notes edited, and the page seen to show the edit without reloading;
/// then Ctrl-C stops the watch cleanly.
/// </summary>
public sealed class PreviewBrowserTests : IDisposable
{
    private readonly Workspace _ws = new();

    [ChromiumFact]
    public async Task The_page_shows_an_edit_to_the_notes_without_a_reload_and_ctrl_c_stops_the_watch()
    {
        var notes = Path.Combine(_ws.Root, "notes");
        Directory.CreateDirectory(notes);
        var talk = Path.Combine(notes, "talk.md");
        File.Copy(SampleTalkTests.SampleNotes, talk);
        var text = File.ReadAllText(talk);

        using var watch = StartWatch(notes);
        var url = await watch.LineAsync(l => l.StartsWith("preview: ", StringComparison.Ordinal));
        url = url["preview: ".Length..];
        await watch.LineAsync(l => l.Contains("watching 1 deck", StringComparison.Ordinal));

        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-proxy-server"],
        });
        await using var page = await browser.NewPageAsync();
        await page.GoToAsync(url, WaitUntilNavigation.Load);

        // Every slide is a picture the browser decoded, at the deck's proportions, with its notes beside it.
        var sizes = await page.EvaluateExpressionAsync<int[][]>("[...document.querySelectorAll('article.slide img')].map(i => [i.naturalWidth, i.naturalHeight])");
        Assert.True(sizes.Length >= 20, $"{sizes.Length} slides on the page");
        Assert.All(sizes, s => Assert.Equal(new[] { 1280, 720 }, s));
        var before = await page.EvaluateExpressionAsync<string>("document.body.textContent");
        Assert.Contains("These notes are also the script for the podcast version of the talk.", before, StringComparison.Ordinal);
        Assert.Contains("No errors or warnings.", before, StringComparison.Ordinal);
        var firstPictures = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('article.slide img')].map(i => i.getAttribute('src'))");
        await page.EvaluateExpressionAsync("window.notReloaded = true");

        // The presenter edits a title and a line of the script, and saves.
        File.WriteAllText(talk, text
            .Replace("## Purpose of the chapter", "## What the chapter is for", StringComparison.Ordinal)
            .Replace("Keep the introduction short;", "Keep the opening to two minutes;", StringComparison.Ordinal));
        await page.WaitForFunctionAsync("() => document.body.textContent.includes('Keep the opening to two minutes;')", new WaitForFunctionOptions { Timeout = 20000 });

        Assert.True(await page.EvaluateExpressionAsync<bool>("window.notReloaded === true"), "the page reloaded instead of updating in place");
        var after = await page.EvaluateExpressionAsync<string>("document.body.textContent");
        Assert.Matches(@"Slide \d+: What the chapter is for", after);
        Assert.DoesNotContain("Purpose of the chapter", after, StringComparison.Ordinal);
        var pictures = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('article.slide img')].map(i => i.getAttribute('src'))");
        var changed = pictures.Where((p, k) => k >= firstPictures.Length || firstPictures[k] != p).ToList();
        Assert.True(changed.Count >= 1 && changed.Count <= 3, $"{changed.Count} slide pictures changed for an edit to one slide's title (an agenda may name it too)");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('article.slide img')].every(i => i.complete && i.naturalWidth === 1280)", new WaitForFunctionOptions { Timeout = 10000 });

        // A mistake in the notes shows at the top of the page, with the file and line.
        File.WriteAllText(talk, "---\ntitle: [unclosed\n---\n" + text);
        await page.WaitForFunctionAsync("() => document.querySelector('.diagnostics .error') !== null", new WaitForFunctionOptions { Timeout = 20000 });
        var error = await page.EvaluateExpressionAsync<string>("document.querySelector('.diagnostics .error').innerText");
        Assert.Contains("talk.md:", error, StringComparison.Ordinal);

        var (code, output) = await watch.InterruptAsync();
        Assert.Equal(0, code);
        Assert.Contains("stopped watching", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_ws.Root, "out", "talk.pptx")));
    }

    private WatchProcess StartWatch(string notes)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _ws.Root,
        };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "slidebuilder.dll"), "watch", notes, "-o", Path.Combine(_ws.Root, "out"), "--serve", "--port", "0"])
        {
            psi.ArgumentList.Add(arg);
        }

        return new WatchProcess(Process.Start(psi)!);
    }

    /// <summary>The watch process: its standard output line by line, and a Ctrl-C (SIGINT) to end it.</summary>
    private sealed class WatchProcess : IDisposable
    {
        private readonly Process _process;
        private readonly List<string> _lines = [];
        private readonly SemaphoreSlim _more = new(0);

        public WatchProcess(Process process)
        {
            _process = process;
            _process.OutputDataReceived += (_, e) =>
            {
                if (e.Data is not null)
                {
                    lock (_lines)
                    {
                        _lines.Add(e.Data);
                    }

                    _more.Release();
                }
            };
            _process.BeginOutputReadLine();
            _process.ErrorDataReceived += (_, _) => { };
            _process.BeginErrorReadLine();
        }

        public async Task<string> LineAsync(Func<string, bool> wanted)
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline)
            {
                lock (_lines)
                {
                    if (_lines.FirstOrDefault(wanted) is { } line)
                    {
                        return line;
                    }
                }

                Assert.False(_process.HasExited, $"watch exited early: {Output}");
                await _more.WaitAsync(TimeSpan.FromSeconds(1));
            }

            throw new TimeoutException($"watch did not print the line; it printed: {Output}");
        }

        private string Output
        {
            get
            {
                lock (_lines)
                {
                    return string.Join('\n', _lines);
                }
            }
        }

        /// <summary>
        /// Ctrl-C (SIGINT); or SIGTERM when this test runs with SIGINT ignored (a shell's background job), which the watch
        /// then inherits: .NET leaves an ignored SIGINT ignored, as "nohup" expects.
        /// </summary>
        public async Task<(int Code, string Output)> InterruptAsync()
        {
            var ignored = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal)) is { } line
                && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & 0x2) != 0;
            using (var kill = Process.Start("kill", [ignored ? "-TERM" : "-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await _process.WaitForExitAsync(timeout.Token);
            return (_process.ExitCode, Output);
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.Dispose();
            _more.Dispose();
        }
    }

    public void Dispose() => _ws.Dispose();
}

/// <summary>A test that needs Debian's chromium: skipped with a reason on a machine without it, never in CI, which installs it.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public static string Chromium => Environment.GetEnvironmentVariable("SLIDEBUILDER_CHROMIUM") ?? "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!ExternalTools.InCi && !File.Exists(Chromium))
        {
            Skip = $"chromium is not installed ({Chromium}; apt-get install chromium); CI installs it and runs this test";
        }
    }
}
