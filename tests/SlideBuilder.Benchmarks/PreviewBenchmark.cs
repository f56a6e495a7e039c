using System.Diagnostics;
using System.Globalization;
using PuppeteerSharp;
using SlideBuilder.Build;
using SlideBuilder.Preview;
using SlideBuilder.Watch;

/// <summary>
/// Edit → preview updated (issue 12: ≤ 300 ms on the sample talk): a watch with its preview runs on a copy of
/// <c>notes/</c>; each edit saves the notes with one slide's bullet and one line of the script changed, and the
/// clock stops when the page in Debian's headless Chromium shows the new script line (or, without Chromium,
/// when the server has announced the rebuild and the page's new board and pictures have been fetched).
/// </summary>
internal static class PreviewBenchmark
{
    public static async Task RunAsync(string root, int edits)
    {
        var scratch = Directory.CreateTempSubdirectory("sb-preview-bench-");
        try
        {
            var notes = Path.Combine(scratch.FullName, "notes");
            Directory.CreateDirectory(notes);
            var talk = Path.Combine(notes, "talk.md");
            File.Copy(Path.Combine(root, "notes", "revolution-betrayed-ch6.md"), talk);
            var original = File.ReadAllText(talk);
            const string Line = "Keep the introduction short;";
            const string Bullet = "- Read in one sitting";
            if (!original.Contains(Line, StringComparison.Ordinal) || !original.Contains(Bullet, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("the sample talk no longer has the lines this benchmark edits");
            }

            var board = new PreviewBoard();
            await using var server = PreviewServer.Start(board, 0);
            var options = new BuildOptions(Path.Combine(scratch.FullName, "out"));
            using var session = new WatchSession([notes], new CommandSettings(), options, board);
            var rounds = new List<WatchRound>();
            var roundDone = new SemaphoreSlim(0);
            session.Rebuilt += r =>
            {
                lock (rounds)
                {
                    rounds.Add(r);
                }

                roundDone.Release();
            };
            using var stop = new CancellationTokenSource();
            var running = session.RunAsync(stop.Token);
            await roundDone.WaitAsync();

            var chromium = Environment.GetEnvironmentVariable("SLIDEBUILDER_CHROMIUM") ?? "/usr/bin/chromium";
            var browser = File.Exists(chromium)
                ? await Puppeteer.LaunchAsync(new LaunchOptions { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-proxy-server"] })
                : null;
            var page = browser is null ? null : await browser.NewPageAsync();
            if (page is not null)
            {
                await page.GoToAsync(server.Url, WaitUntilNavigation.Load);
            }

            using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }); // never through HTTP_PROXY, even for 127.0.0.1
            var times = new List<double>();
            for (var i = 1; i <= edits + 2; i++)
            {
                var marker = string.Create(CultureInfo.InvariantCulture, $"Keep the introduction short (edit {i});");
                var edited = original.Replace(Line, marker, StringComparison.Ordinal).Replace(Bullet, string.Create(CultureInfo.InvariantCulture, $"- Read in one sitting, edit {i}"), StringComparison.Ordinal);
                var version = board.State.Version;
                var clock = Stopwatch.StartNew();
                File.WriteAllText(talk, edited);
                if (page is not null)
                {
                    await page.WaitForFunctionAsync($"() => document.body.textContent.includes('{marker}')", new WaitForFunctionOptions { Timeout = 20000, Polling = WaitForFunctionPollingOption.Raf });
                }
                else
                {
                    await board.WaitAfterAsync(version, CancellationToken.None);
                    var html = await http.GetStringAsync(server.Url + "board");
                    foreach (var src in html.Split("src=\"")[1..].Select(s => s[..s.IndexOf('"', StringComparison.Ordinal)]).Distinct())
                    {
                        await http.GetByteArrayAsync(server.Url + src.TrimStart('/'));
                    }
                }

                var ms = clock.Elapsed.TotalMilliseconds;
                if (i > 2)
                {
                    times.Add(ms); // the first two edits warm the JIT
                }

                // Let the round write its files before the next edit, as a presenter's next save would.
                while (true)
                {
                    await roundDone.WaitAsync();
                    lock (rounds)
                    {
                        if (rounds[^1].All.Count > 0 && board.State.Version > version)
                        {
                            break;
                        }
                    }
                }
            }

            await stop.CancelAsync();
            await running;
            if (browser is not null)
            {
                await browser.DisposeAsync();
            }

            times.Sort();
            WatchRound last;
            lock (rounds)
            {
                last = rounds[^1];
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"edit -> preview updated ({(page is null ? "HTTP: event, board and pictures fetched" : "headless Chromium shows the edit")}), sample talk, {times.Count} edits: median {times[times.Count / 2]:0} ms, max {times[^1]:0} ms, min {times[0]:0} ms"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"last rebuild: preview drawn {last.ToPreview.TotalMilliseconds:0} ms after the change was seen, all outputs written after {last.Elapsed.TotalMilliseconds:0} ms"));
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }
}
