using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SlideBuilder.Preview;

/// <summary>
/// Serves the preview on 127.0.0.1 only: <c>/</c> the page, <c>/board</c> the part a rebuild replaces,
/// <c>/events</c> server-sent events (one <c>rebuilt</c> event per new version), <c>/slides/HASH.png</c>
/// the pictures. Requests whose Host is not this address are refused, so a web page elsewhere cannot
/// read the notes through a name that resolves here (DNS rebinding).
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly PreviewBoard _board;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _serving;
    private readonly HashSet<string> _hosts;

    private PreviewServer(PreviewBoard board, int port)
    {
        _board = board;
        Port = port;
        _hosts = new(StringComparer.OrdinalIgnoreCase) { $"127.0.0.1:{port}", $"localhost:{port}" };
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add($"http://localhost:{port}/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/";

    /// <summary>
    /// Starts serving <paramref name="board"/> on <paramref name="port"/> (0: a free port). A port in use is an
    /// <see cref="IOException"/> with a message for the user.
    /// </summary>
    public static PreviewServer Start(PreviewBoard board, int port)
    {
        if (port is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(port), port, "a port is 0 to 65535");
        }

        try
        {
            return new PreviewServer(board, port == 0 ? FreePort() : port);
        }
        catch (HttpListenerException ex)
        {
            throw new IOException($"cannot serve the preview on port {port} ({ex.Message}); choose another with --port, or --port 0 for any free one", ex);
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // stopped
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var request = context.Request;
            if (!_hosts.Contains(request.Headers["Host"] ?? ""))
            {
                await SendAsync(response, 421, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("This preview answers only on 127.0.0.1.\n")).ConfigureAwait(false);
                return;
            }

            if (request.HttpMethod is not ("GET" or "HEAD"))
            {
                response.AddHeader("Allow", "GET, HEAD");
                await SendAsync(response, 405, "text/plain; charset=utf-8", []).ConfigureAwait(false);
                return;
            }

            var path = request.Url?.AbsolutePath ?? "/";
            var state = _board.State;
            switch (path)
            {
                case "/":
                    await SendAsync(response, 200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(PreviewPage.Page(state))).ConfigureAwait(false);
                    break;
                case "/board":
                    // The version the board shows: a page applies a reply only if it is newer than what it shows.
                    response.AddHeader("X-Preview-Version", state.Version.ToString(CultureInfo.InvariantCulture));
                    await SendAsync(response, 200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(PreviewPage.Board(state))).ConfigureAwait(false);
                    break;
                case "/events":
                    // From the version the page shows (on a reconnect, the last event it had): a rebuild it missed is sent at once.
                    var after = long.TryParse(request.Headers["Last-Event-ID"] ?? request.QueryString["after"], NumberStyles.None, CultureInfo.InvariantCulture, out var shown) ? shown : state.Version;
                    await EventsAsync(response, after).ConfigureAwait(false);
                    break;
                default:
                    if (path.StartsWith("/slides/", StringComparison.Ordinal) && path.EndsWith(".png", StringComparison.Ordinal)
                        && _board.Picture(path["/slides/".Length..^".png".Length]) is { } png)
                    {
                        // Named by content: the same name is always the same picture.
                        response.AddHeader("Cache-Control", "public, max-age=31536000, immutable");
                        await SendAsync(response, 200, "image/png", png).ConfigureAwait(false);
                    }
                    else
                    {
                        await SendAsync(response, 404, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("not found\n")).ConfigureAwait(false);
                    }

                    break;
            }
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            // The browser went away, or we are stopping.
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
            {
                // already gone
            }
        }
    }

    private static async Task SendAsync(HttpListenerResponse response, int status, string type, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.AddHeader("X-Content-Type-Options", "nosniff");
        if (type.StartsWith("text/", StringComparison.Ordinal))
        {
            response.AddHeader("Cache-Control", "no-store");
            // Never inside another site's frame; scripts and styles only the page's own.
            response.AddHeader("X-Frame-Options", "DENY");
            response.AddHeader("Content-Security-Policy", "frame-ancestors 'none'; default-src 'self'; script-src 'unsafe-inline' 'self'; style-src 'unsafe-inline' 'self'");
        }

        response.ContentLength64 = body.Length;
        await response.OutputStream.WriteAsync(body).ConfigureAwait(false);
    }

    /// <summary>
    /// One <c>rebuilt</c> event (with the version as its id) each time the board passes <paramref name="version"/>, and a
    /// comment every 15 s to keep the line open.
    /// </summary>
    private async Task EventsAsync(HttpListenerResponse response, long version)
    {
        response.StatusCode = 200;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.AddHeader("Cache-Control", "no-store");
        response.SendChunked = true;
        var stream = response.OutputStream;
        await WriteAsync(stream, "retry: 500\n\n").ConfigureAwait(false);
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        var changed = _board.WaitAfterAsync(version, waiting.Token);
        while (!_stopping.IsCancellationRequested)
        {
            if (await Task.WhenAny(changed, Task.Delay(TimeSpan.FromSeconds(15), _stopping.Token)).ConfigureAwait(false) == changed)
            {
                await changed.ConfigureAwait(false);
                version = _board.State.Version;
                await WriteAsync(stream, string.Create(CultureInfo.InvariantCulture, $"id: {version}\nevent: rebuilt\ndata: {version}\n\n")).ConfigureAwait(false);
                changed = _board.WaitAfterAsync(version, waiting.Token);
            }
            else
            {
                await WriteAsync(stream, ": still here\n\n").ConfigureAwait(false);
            }
        }
    }

    private static async Task WriteAsync(Stream stream, string text)
    {
        await stream.WriteAsync(Encoding.UTF8.GetBytes(text)).ConfigureAwait(false);
        await stream.FlushAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        try
        {
            await _serving.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
        {
            // stopped
        }

        _listener.Close();
        _stopping.Dispose();
    }
}
