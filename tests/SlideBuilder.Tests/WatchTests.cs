using System.Net;
using SlideBuilder.Build;
using SlideBuilder.Diagnostics;
using SlideBuilder.Preview;
using SlideBuilder.Tests.Support;

namespace SlideBuilder.Tests;

/// <summary>
/// <c>watch</c>: a change rebuilds exactly the decks built from the changed file, writes only what changed,
/// survives notes that do not build, and notices new talks; the preview board and server show it.
/// </summary>
public sealed class WatchTests : IDisposable
{
    private readonly Workspace _ws = new();
    private static readonly IReadOnlySet<OutputFormat> Pptx = Workspace.PptxOnly;

    private BuildOptions Options => new(_ws.Out, Formats: Pptx);

    [Fact]
    public void A_change_rebuilds_only_the_deck_built_from_the_changed_file()
    {
        _ws.Write("talks/a.md", "# Alpha\n\n## First\n\n- one point\n");
        _ws.Write("talks/b.md", "# Beta\n\n## Chart\n\n![Hull](hull.png)\n");
        File.WriteAllBytes(Path.Combine(_ws.Root, "talks", "hull.png"), Png(40, 30));
        using var watch = new Watching([Path.Combine(_ws.Root, "talks")], Options);

        var first = watch.Next();
        Assert.Equal(2, first.Built.Count);
        Assert.All(first.Built, d => Assert.True(d.Succeeded, string.Join("\n", d.Diagnostics)));
        var bDeck = Path.Combine(_ws.Out, "b.pptx");
        var bWritten = File.GetLastWriteTimeUtc(bDeck);

        _ws.Write("talks/a.md", "# Alpha\n\n## First\n\n- one point, changed\n");
        var second = watch.Next();
        Assert.Equal(["a.md"], second.Built.Select(d => Path.GetFileName(d.Source)));
        Assert.Equal(2, second.All.Count);
        Assert.Equal(bWritten, File.GetLastWriteTimeUtc(bDeck));
        Assert.Contains("changed", AllText(Path.Combine(_ws.Out, "a.pptx")));

        // A picture only b.md shows: b is rebuilt, a is not.
        File.WriteAllBytes(Path.Combine(_ws.Root, "talks", "hull.png"), Png(80, 30));
        var third = watch.Next();
        Assert.Equal(["b.md"], third.Built.Select(d => Path.GetFileName(d.Source)));
    }

    [Fact]
    public void Notes_that_stop_building_are_reported_and_their_deck_is_left_as_it_was()
    {
        var notes = _ws.Write("talk.md", "# Talk\n\n## One\n\n- fine\n");
        using var watch = new Watching([notes], Options);
        Assert.True(watch.Next().Built.Single().Succeeded);
        var deck = File.ReadAllBytes(Path.Combine(_ws.Out, "talk.pptx"));

        _ws.Write("talk.md", "---\ntitle: [unclosed\n---\n# Talk\n");
        var broken = watch.Next().Built.Single();
        Assert.False(broken.Succeeded);
        var error = broken.Diagnostics.First(d => d.Severity == Severity.Error);
        Assert.EndsWith("talk.md", error.Location.Path, StringComparison.Ordinal);
        Assert.True(error.Location.Line >= 1);
        Assert.Equal(deck, File.ReadAllBytes(Path.Combine(_ws.Out, "talk.pptx")));

        _ws.Write("talk.md", "# Talk\n\n## One\n\n- fixed again\n");
        Assert.True(watch.Next().Built.Single().Succeeded);
        Assert.Contains("fixed again", AllText(Path.Combine(_ws.Out, "talk.pptx")));
    }

    [Fact]
    public void A_new_talk_in_a_watched_folder_is_built_and_changes_to_the_outputs_are_ignored()
    {
        _ws.Write("talks/a.md", "# Alpha\n\n## First\n\n- one\n");
        using var watch = new Watching([Path.Combine(_ws.Root, "talks")], Options with { OutputDirectory = Path.Combine(_ws.Root, "talks", "out") }, given: new CommandSettings(Out: Path.Combine(_ws.Root, "talks", "out")));
        Assert.Single(watch.Next().Built);

        _ws.Write("talks/sub/c.md", "# Gamma\n\n## Third\n\n- three\n");
        var round = watch.Next();
        Assert.Equal(["c.md"], round.Built.Select(d => Path.GetFileName(d.Source)));
        Assert.True(File.Exists(Path.Combine(_ws.Root, "talks", "out", "sub", "c.pptx")));

        // Writing the outputs (inside the watched folder here) must not start another round, nor must a stray file.
        _ws.Write("talks/notes.log", "not a talk");
        Assert.True(watch.Quiet(1.5));
    }

    [Fact]
    public void The_preview_board_shows_each_slide_with_its_notes_and_encodes_only_changed_slides()
    {
        var notes = _ws.Write("talk.md", "# Talk\n\n## One\n\n- first slide\n\n::: notes\nSay hello.\n:::\n\n## Two\n\n- second slide\n");
        var board = new PreviewBoard();
        using var watch = new Watching([notes], Options, board);
        watch.Next();
        var state = board.State;
        var deck = state.Decks.Single();
        Assert.Equal(["Talk", "One", "Two"], deck.Slides.Select(s => s.Title));
        Assert.Equal(["Say hello."], deck.Slides[1].Notes);
        Assert.All(deck.Slides, s => Assert.Equal(0x89, board.Picture(s.Picture)![0]));

        _ws.Write("talk.md", "# Talk\n\n## One\n\n- first slide\n\n::: notes\nSay goodbye.\n:::\n\n## Two\n\n- second slide, edited\n");
        watch.Next();
        var after = board.State.Decks.Single();
        Assert.True(board.State.Version > state.Version);
        Assert.Equal(["Say goodbye."], after.Slides[1].Notes);
        Assert.Equal(deck.Slides[0].Picture, after.Slides[0].Picture);
        Assert.Equal(deck.Slides[1].Picture, after.Slides[1].Picture); // notes changed, the slide did not
        Assert.NotEqual(deck.Slides[2].Picture, after.Slides[2].Picture);
        Assert.Null(board.Picture(deck.Slides[2].Picture)); // no longer shown, no longer kept
    }

    [Fact]
    public void The_preview_of_notes_that_stop_building_keeps_the_last_slides_under_the_error()
    {
        var notes = _ws.Write("talk.md", "# Talk\n\n## One\n\n- fine\n");
        var board = new PreviewBoard();
        using var watch = new Watching([notes], Options, board);
        watch.Next();
        _ws.Write("talk.md", "---\ntitle: [unclosed\n---\n# Talk\n");
        watch.Next();
        var deck = board.State.Decks.Single();
        Assert.True(deck.Stale);
        Assert.Equal(2, deck.Slides.Count);
        var page = PreviewPage.Board(board.State);
        Assert.Contains("class=\"error\"", page, StringComparison.Ordinal);
        Assert.Contains("talk.md:", page, StringComparison.Ordinal);
        Assert.Contains("do not build now", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_server_answers_only_loopback_names_and_only_reads()
    {
        var board = new PreviewBoard();
        board.Publish([new PreviewDeck("x.md", 1280, 720, [new PreviewSlide(1, "A <b>title</b>", "abc", ["notes & more"])], [])], new Dictionary<string, byte[]> { ["abc"] = [0x89, 1, 2] }, []);
        await using var server = PreviewServer.Start(board, 0);
        using var http = Loopback.Client();

        var page = await http.GetStringAsync(server.Url);
        Assert.Contains("A &lt;b&gt;title&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.Contains("notes &amp; more", page, StringComparison.Ordinal);
        Assert.Equal([0x89, 1, 2], await http.GetByteArrayAsync(server.Url + "slides/abc.png"));
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(server.Url + "slides/def.png")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(server.Url + "slides/..%2F..%2Fetc%2Fpasswd.png")).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await http.PostAsync(server.Url, new StringContent(""))).StatusCode);

        using var rebound = new HttpRequestMessage(HttpMethod.Get, server.Url);
        rebound.Headers.Host = "attacker.example";
        using var refused = await http.SendAsync(rebound);
        Assert.False(refused.IsSuccessStatusCode);
        Assert.DoesNotContain("notes &amp; more", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A name without the port reaches the server itself, which answers only its own address. (On a fresh connection:
        // after HttpListener has itself refused a request with an unknown Host (404), the next request on that kept-alive
        // connection sometimes gets an empty 200 from the listener, never reaching the server — about 1 in 12 runs here.
        // It carries nothing of the preview, which the check above asserts for the refused request.)
        using var fresh = Loopback.Client();
        using var portless = new HttpRequestMessage(HttpMethod.Get, server.Url);
        portless.Headers.Host = "127.0.0.1";
        using var misdirected = await fresh.SendAsync(portless);
        Assert.Equal((HttpStatusCode)421, misdirected.StatusCode);
        Assert.DoesNotContain("notes &amp; more", await misdirected.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The page is never framed by another site.
        using var framed = await http.GetAsync(server.Url);
        Assert.Equal("DENY", framed.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task The_event_stream_announces_each_new_version()
    {
        var board = new PreviewBoard();
        await using var server = PreviewServer.Start(board, 0);
        using var http = Loopback.Client();
        using var response = await http.GetAsync(server.Url + "events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal("retry: 500", await reader.ReadLineAsync());
        board.Publish([], new Dictionary<string, byte[]>(), []);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        string? line;
        do
        {
            line = await reader.ReadLineAsync(timeout.Token);
        }
        while (line is not null && !line.StartsWith("data:", StringComparison.Ordinal));
        Assert.Equal("data: 1", line);
    }

    [Fact]
    public async Task A_page_that_connects_after_a_rebuild_is_told_of_it_at_once()
    {
        var board = new PreviewBoard();
        await using var server = PreviewServer.Start(board, 0);
        board.Publish([], new Dictionary<string, byte[]>(), []); // version 1, after the page (version 0) was served
        using var http = Loopback.Client();
        using var response = await http.GetAsync(server.Url + "events?after=0", HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var lines = new List<string>();
        while (lines.LastOrDefault()?.StartsWith("data:", StringComparison.Ordinal) != true)
        {
            lines.Add(await reader.ReadLineAsync(timeout.Token) ?? throw new EndOfStreamException());
        }

        Assert.Contains("id: 1", lines);
        Assert.Equal("data: 1", lines[^1]);
        using var board1 = await http.GetAsync(server.Url + "board");
        Assert.Equal("1", board1.Headers.GetValues("X-Preview-Version").Single());
    }

    [Fact]
    public void Slides_whose_pixels_did_not_change_are_not_encoded_again()
    {
        var notes = _ws.Write("talk.md", "# Talk\n\n## One\n\n- first\n\n## Two\n\n- second\n");
        var cache = new Output.Png.SlidePictureCache();
        var pictures = new BuildOptions(_ws.Out, Formats: new HashSet<OutputFormat> { OutputFormat.Png });
        var (_, first) = DeckBuilder.Compile(notes, pictures, new DiagnosticBag(), pictures: cache);
        Assert.Equal((3, 0), (cache.Encoded, cache.Reused));

        var (_, same) = DeckBuilder.Compile(notes, pictures, new DiagnosticBag(), pictures: cache);
        Assert.Equal((3, 3), (cache.Encoded, cache.Reused));
        Assert.Equal(first.Select(f => f.Bytes), same.Select(f => f.Bytes));

        _ws.Write("talk.md", "# Talk\n\n## One\n\n- first\n\n## Two\n\n- second, edited\n");
        var (_, edited) = DeckBuilder.Compile(notes, pictures, new DiagnosticBag(), pictures: cache);
        Assert.Equal((4, 5), (cache.Encoded, cache.Reused));
        Assert.NotEqual(first[2].Bytes, edited[2].Bytes);

        // Without the cache the bytes are the same: it only saves the encoding.
        var (_, uncached) = DeckBuilder.Compile(notes, pictures, new DiagnosticBag());
        Assert.Equal(edited.Select(f => f.Bytes), uncached.Select(f => f.Bytes));
    }

    [Fact]
    public void A_notes_folder_deleted_and_made_again_is_still_watched()
    {
        _ws.Write("talks/a.md", "# Alpha\n\n## First\n\n- one\n");
        var talks = Path.Combine(_ws.Root, "talks");
        using var watch = new Watching([talks], Options);
        watch.Next();

        // As a checkout or "rm -r talks; cp -r backup talks" does it.
        var backup = Path.Combine(_ws.Root, "backup");
        Directory.CreateDirectory(backup);
        File.WriteAllText(Path.Combine(backup, "a.md"), "# Alpha\n\n## First\n\n- restored from the backup\n");
        Directory.Delete(talks, recursive: true);
        Directory.Move(backup, talks);
        Assert.Contains("restored from the backup", AllText(Path.Combine(_ws.Out, WaitFor(watch, "a.md"))));

        // The new folder is watched in its turn.
        _ws.Write("talks/a.md", "# Alpha\n\n## First\n\n- edited after the swap\n");
        Assert.Contains("edited after the swap", AllText(Path.Combine(_ws.Out, WaitFor(watch, "a.md"))));
    }

    [Fact]
    public void A_missing_picture_that_appears_rebuilds_the_deck_that_wanted_it()
    {
        var notes = _ws.Write("talk.md", "# Talk\n\n## Chart\n\n![Hull](hull.png)\n");
        using var watch = new Watching([notes], Options);
        Assert.Contains(watch.Next().Built.Single().Diagnostics, d => d.Code == DiagnosticCodes.MissingImage);

        File.WriteAllBytes(Path.Combine(_ws.Root, "hull.png"), Png(40, 30));
        var round = watch.Next();
        Assert.DoesNotContain(round.Built.Single().Diagnostics, d => d.Code == DiagnosticCodes.MissingImage);
    }

    /// <summary>The deck of <paramref name="notes"/> from the next round that built it.</summary>
    private static string WaitFor(Watching watch, string notes)
    {
        for (var k = 0; k < 5; k++)
        {
            if (watch.Next().Built.FirstOrDefault(d => Path.GetFileName(d.Source) == notes && d.Succeeded) is { } built)
            {
                return Path.GetFileName(built.Outputs.Single(o => o.EndsWith(".pptx", StringComparison.Ordinal)));
            }
        }

        Assert.Fail($"{notes} was not rebuilt");
        return "";
    }

    [Fact]
    public void The_watch_command_rejects_a_bad_port_and_a_port_in_use()
    {
        var notes = _ws.Write("talk.md", "# Talk\n");
        var (code, _, err) = Support.Cli.Run("watch", notes, "--serve", "--port", "70000");
        Assert.Equal(2, code);
        Assert.Contains("0 to 65535", err, StringComparison.Ordinal);
        (code, _, err) = Support.Cli.Run("watch", notes, "--port", "9000");
        Assert.Equal(2, code);
        Assert.Contains("give --serve too", err, StringComparison.Ordinal);

        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        (code, _, err) = Support.Cli.Run("watch", notes, "--serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1, code);
        Assert.Contains($"port {port}", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_ws.Root, "out", "talk.pptx")));
    }

    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SkiaSharp.SKBitmap(width, height);
        bitmap.Erase(new SkiaSharp.SKColor(30, 90, 160));
        using var data = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static string AllText(string pptx)
    {
        using var deck = new PptxInspector(pptx);
        return string.Join("\n", Enumerable.Range(0, deck.Titles.Count).Select(deck.SlideText));
    }

    public void Dispose() => _ws.Dispose();
}
