namespace SlideBuilder.Tests.Support;

/// <summary>
/// An HTTP client for the preview server on this machine. It never goes through a proxy: .NET sends even
/// 127.0.0.1 through HTTP_PROXY when one is set (as on a CI host), and a proxy rewrites the Host header the
/// tests are checking.
/// </summary>
public static class Loopback
{
    public static HttpClient Client() => new(new SocketsHttpHandler { UseProxy = false });
}
