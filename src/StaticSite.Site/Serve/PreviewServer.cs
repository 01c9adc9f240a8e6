using System.Net;
using System.Net.Sockets;
using System.Text;

namespace StaticSite.Site.Serve;

/// <summary>A preview server cannot start; <see cref="Exception.Message"/> is Vietnamese.</summary>
public sealed class ServeException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Serves a built site folder over HTTP for preview (máy chủ xem trước), on <c>127.0.0.1</c> unless another host is
/// asked for. Answers only files inside the folder (<see cref="SitePathResolver"/>), a 404 page otherwise, and
/// <see cref="LiveReload.Endpoint"/> with the build generation; HTML responses get the live-reload script.
/// Uses <see cref="HttpListener"/>, so it needs nothing beyond the base runtime.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly SitePathResolver _resolver;
    private readonly HttpListener _listener = new();
    private Task? _loop;
    private long _generation = 1;

    /// <summary>Creates a server for <paramref name="siteDirectory"/> on <paramref name="host"/>:<paramref name="port"/>; call <see cref="Start"/>. Port 0 picks a free port.</summary>
    public PreviewServer(string siteDirectory, string host = "127.0.0.1", int port = 5080)
    {
        SiteDirectory = Path.GetFullPath(siteDirectory);
        _resolver = new SitePathResolver(SiteDirectory);
        Host = host;
        Port = port;
        _listener.IgnoreWriteExceptions = true;
    }

    /// <summary>The folder served.</summary>
    public string SiteDirectory { get; }

    /// <summary>The address listened on.</summary>
    public string Host { get; }

    /// <summary>The port listened on (the one picked, after <see cref="Start"/> with port 0).</summary>
    public int Port { get; private set; }

    /// <summary>The URL of the site root, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri Address => new(Prefix(Host is "0.0.0.0" or "*" or "+" ? "127.0.0.1" : Host, Port));

    /// <summary>The build generation; pages reload when it changes.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Tells open pages that a new build is in place (they reload).</summary>
    public void NotifyRebuilt() => Interlocked.Increment(ref _generation);

    /// <summary>Starts listening.</summary>
    /// <exception cref="ServeException">The port is taken or the address cannot be used.</exception>
    public void Start()
    {
        var pick = Port == 0;
        for (var attempt = 1; ; attempt++)
        {
            if (pick) Port = FreeLoopbackPort();
            _listener.Prefixes.Clear();
            _listener.Prefixes.Add(Prefix(Host, Port));
            try
            {
                _listener.Start();
                break;
            }
            catch (Exception e) when (e is HttpListenerException or SocketException)
            {
                // A picked port can be taken between the probe and the bind; try another one a few times.
                if (pick && attempt < 5) continue;
                throw new ServeException($"Không mở được máy chủ xem trước tại {Host}:{Port} ({e.Message}). Cổng có thể đang được dùng; chọn cổng khác với --port.", e);
            }
        }
        _loop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>A loopback port that is free now (for tests and <c>--port 0</c>).</summary>
    public static int FreeLoopbackPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    /// <summary>Stops listening and waits for the accept loop to end.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_listener.IsListening) _listener.Stop();
            _listener.Close();
        }
        catch (HttpListenerException)
        {
            // Shutting down anyway; the socket is released with the process at the latest.
        }
        if (_loop is not null) await _loop.ConfigureAwait(false);
    }

    private static string Prefix(string host, int port) => host switch
    {
        "0.0.0.0" or "*" or "+" => $"http://+:{port}/",
        _ when host.Contains(':') && !host.StartsWith('[') => $"http://[{host}]:{port}/",
        _ => $"http://{host}:{port}/",
    };

    private async Task AcceptLoopAsync()
    {
        while (true)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            response.Headers["Cache-Control"] = "no-store";
            response.Headers["X-Content-Type-Options"] = "nosniff";
            var request = context.Request;
            if (request.HttpMethod is not ("GET" or "HEAD"))
            {
                response.Headers["Allow"] = "GET, HEAD";
                await WriteAsync(response, 405, "text/plain; charset=utf-8", "Phương thức không được hỗ trợ."u8.ToArray(), request.HttpMethod == "HEAD").ConfigureAwait(false);
                return;
            }
            var head = request.HttpMethod == "HEAD";
            var path = Uri.UnescapeDataString(request.Url?.AbsolutePath ?? "/");
            if (path == LiveReload.Endpoint)
            {
                await WriteAsync(response, 200, "application/json; charset=utf-8", Encoding.UTF8.GetBytes($"{{\"generation\":{Generation}}}"), head).ConfigureAwait(false);
                return;
            }
            var resolution = _resolver.Resolve(path);
            switch (resolution.Kind)
            {
                case SitePathResolver.Kind.Redirect:
                    response.StatusCode = 301;
                    response.RedirectLocation = string.Join('/', resolution.RedirectTo!.Split('/').Select(Uri.EscapeDataString)) + request.Url?.Query;
                    return;
                case SitePathResolver.Kind.File:
                    await ServeFileAsync(response, 200, resolution.FullPath!, head).ConfigureAwait(false);
                    return;
                default:
                    await ServeNotFoundAsync(response, head).ConfigureAwait(false);
                    return;
            }
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The client went away, or the site folder was swapped under us mid-read; the next request sees the new build.
        }
        finally
        {
            try { response.Close(); } catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { }
        }
    }

    private async Task ServeFileAsync(HttpListenerResponse response, int status, string fullPath, bool head, bool rootBase = false)
    {
        var bytes = await File.ReadAllBytesAsync(fullPath).ConfigureAwait(false);
        var type = ContentTypes.For(fullPath);
        if (ContentTypes.IsHtml(fullPath))
        {
            var html = Encoding.UTF8.GetString(bytes);
            if (rootBase) html = WithRootBase(html);
            bytes = Encoding.UTF8.GetBytes(LiveReload.Inject(html, Generation));
        }
        await WriteAsync(response, status, type, bytes, head).ConfigureAwait(false);
    }

    private async Task ServeNotFoundAsync(HttpListenerResponse response, bool head)
    {
        var page = _resolver.Resolve("/404.html");
        if (page.Kind == SitePathResolver.Kind.File)
        {
            try
            {
                await ServeFileAsync(response, 404, page.FullPath!, head, rootBase: true).ConfigureAwait(false);
                return;
            }
            catch (IOException)
            {
                // Fall through to the built-in page.
            }
        }
        var html = LiveReload.Inject("""
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"><title>Không tìm thấy trang</title></head>
            <body><h1>Không tìm thấy trang</h1><p>Địa chỉ này không có trong trang đã dựng. <a href="/">Về trang chủ</a>.</p></body></html>
            """, Generation);
        await WriteAsync(response, 404, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html), head).ConfigureAwait(false);
    }

    // The site's 404 page is written for the site root; served in place of a missing page deeper down, its relative
    // links and styles would point nowhere, so it gets <base href="/"> (only in the response, not on disk).
    private static string WithRootBase(string html)
    {
        if (html.Contains("<base", StringComparison.OrdinalIgnoreCase)) return html;
        var head = html.IndexOf("<head", StringComparison.OrdinalIgnoreCase);
        var end = head < 0 ? -1 : html.IndexOf('>', head);
        return end < 0 ? html : html.Insert(end + 1, "<base href=\"/\">");
    }

    private static async Task WriteAsync(HttpListenerResponse response, int status, string contentType, byte[] body, bool head)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength64 = body.Length;
        if (!head) await response.OutputStream.WriteAsync(body).ConfigureAwait(false);
    }
}
