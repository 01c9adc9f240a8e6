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
/// Uses <see cref="HttpListener"/>, so it needs nothing beyond the base runtime. Files are streamed from disk (a large
/// page costs a small buffer per request, not its size); a request whose handling fails gets a 500 page in Vietnamese and
/// a log line, never an empty 200; a client that stops reading is cut off after <see cref="IdleTimeout"/>.
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

    /// <summary>How long one write to a client may wait for it to read before the connection is closed.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Where failures of a request are logged, one line each.</summary>
    public TextWriter Log { get; init; } = Console.Error;

    /// <summary>Test hook: runs before a request is answered, with the request path (a test makes it throw).</summary>
    internal Action<string>? BeforeAnswer { get; init; }

    /// <summary>The size of the buffer a file is streamed through.</summary>
    internal const int ChunkSize = 64 * 1024;

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
        var answer = new Answer(response, IdleTimeout);
        var path = "?";
        try
        {
            response.Headers["Cache-Control"] = "no-store";
            response.Headers["X-Content-Type-Options"] = "nosniff";
            var request = context.Request;
            path = Uri.UnescapeDataString(request.Url?.AbsolutePath ?? "/");
            BeforeAnswer?.Invoke(path);
            if (request.HttpMethod is not ("GET" or "HEAD"))
            {
                response.Headers["Allow"] = "GET, HEAD";
                await answer.WriteAsync(405, "text/plain; charset=utf-8", "Phương thức không được hỗ trợ."u8.ToArray(), request.HttpMethod == "HEAD").ConfigureAwait(false);
                return;
            }
            var head = request.HttpMethod == "HEAD";
            if (path == LiveReload.Endpoint)
            {
                await answer.WriteAsync(200, "application/json; charset=utf-8", Encoding.UTF8.GetBytes($"{{\"generation\":{Generation}}}"), head).ConfigureAwait(false);
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
                    await ServeFileAsync(answer, 200, resolution.FullPath!, head).ConfigureAwait(false);
                    return;
                default:
                    await ServeNotFoundAsync(answer, head).ConfigureAwait(false);
                    return;
            }
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException || (e is IOException && answer.ClientGone))
        {
            // The client went away mid-answer; nothing to tell it.
        }
        catch (TimeoutException)
        {
            Log.WriteLine($"staticsite serve: đóng kết nối tới {path}: trình duyệt không nhận dữ liệu trong {IdleTimeout.TotalSeconds:0} giây.");
            answer.Abort();
        }
        catch (Exception e)
        {
            // Never an empty 200: before the first byte the browser gets a 500 page; after it, the connection is cut so the
            // answer is visibly incomplete.
            Log.WriteLine($"staticsite serve: lỗi khi trả lời {path}: {e.GetType().Name}: {e.Message}");
            if (!answer.Started)
            {
                try
                {
                    await answer.WriteAsync(500, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(ErrorPage(path)), context.Request.HttpMethod == "HEAD").ConfigureAwait(false);
                }
                catch (Exception inner) when (inner is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException or TimeoutException)
                {
                    answer.Abort();
                }
            }
            else answer.Abort();
        }
        finally
        {
            if (!answer.Aborted)
                try { response.Close(); } catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException or IOException) { }
        }
    }

    private static string ErrorPage(string path) => $"""
        <!DOCTYPE html>
        <html lang="vi"><head><meta charset="utf-8"><title>Lỗi máy chủ xem trước</title></head>
        <body><h1>Lỗi máy chủ xem trước</h1><p>Không trả lời được {System.Net.WebUtility.HtmlEncode(path)}. Chi tiết ở cửa sổ đang chạy <code>staticsite serve</code>; tải lại trang để thử lại.</p></body></html>
        """;

    private async Task ServeFileAsync(Answer answer, int status, string fullPath, bool head, bool rootBase = false)
    {
        await using var file = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var type = ContentTypes.For(fullPath);
        if (!file.CanSeek) throw new IOException($"{fullPath} không phải tệp thường.");
        if (!ContentTypes.IsHtml(fullPath))
        {
            await answer.StreamAsync(status, type, file, file.Length, [], head).ConfigureAwait(false);
            return;
        }
        if (rootBase && file.Length <= 1 << 20)
        {
            // The 404 page is small: read whole to give it <base href="/">.
            var html = await new StreamReader(file, Encoding.UTF8).ReadToEndAsync().ConfigureAwait(false);
            await answer.WriteAsync(status, type, Encoding.UTF8.GetBytes(LiveReload.Inject(WithRootBase(html), Generation)), head).ConfigureAwait(false);
            return;
        }
        // The live-reload script goes before the last </body>, found in the tail of the file; the rest is streamed as it is.
        var script = Encoding.UTF8.GetBytes(LiveReload.Script(Generation));
        var at = await BodyEndAsync(file).ConfigureAwait(false);
        file.Position = 0;
        await answer.StreamAsync(status, type, file, file.Length, script, head, at).ConfigureAwait(false);
    }

    // The offset of the last "</body" in the last 64 KB of the file (case-insensitive), or the file's length.
    private static async Task<long> BodyEndAsync(FileStream file)
    {
        var tail = (int)Math.Min(file.Length, ChunkSize);
        var buffer = new byte[tail];
        file.Position = file.Length - tail;
        await file.ReadExactlyAsync(buffer).ConfigureAwait(false);
        var needle = "</body"u8;
        for (var i = tail - needle.Length; i >= 0; i--)
        {
            var match = true;
            for (var j = 0; j < needle.Length && match; j++) match = char.ToLowerInvariant((char)buffer[i + j]) == needle[j];
            if (match) return file.Length - tail + i;
        }
        return file.Length;
    }

    private async Task ServeNotFoundAsync(Answer answer, bool head)
    {
        var page = _resolver.Resolve("/404.html");
        if (page.Kind == SitePathResolver.Kind.File)
        {
            try
            {
                await ServeFileAsync(answer, 404, page.FullPath!, head, rootBase: true).ConfigureAwait(false);
                return;
            }
            catch (IOException) when (!answer.Started)
            {
                // Fall through to the built-in page.
            }
        }
        var html = LiveReload.Inject("""
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"><title>Không tìm thấy trang</title></head>
            <body><h1>Không tìm thấy trang</h1><p>Địa chỉ này không có trong trang đã dựng. <a href="/">Về trang chủ</a>.</p></body></html>
            """, Generation);
        await answer.WriteAsync(404, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html), head).ConfigureAwait(false);
    }

    // The site's 404 page is written for the site root; served in place of a missing page deeper down, its relative
    // links and styles would point nowhere, so it gets <base href="/"> (only in the response, not on disk). The preview
    // serves the site at "/": a base the build gave it for the published sub-path (baseUrl) is replaced.
    private static string WithRootBase(string html)
    {
        var existing = html.IndexOf("<base", StringComparison.OrdinalIgnoreCase);
        if (existing >= 0)
        {
            var close = html.IndexOf('>', existing);
            return close < 0 ? html : string.Concat(html.AsSpan(0, existing), "<base href=\"/\">", html.AsSpan(close + 1));
        }
        var head = html.IndexOf("<head", StringComparison.OrdinalIgnoreCase);
        var end = head < 0 ? -1 : html.IndexOf('>', head);
        return end < 0 ? html : html.Insert(end + 1, "<base href=\"/\">");
    }

    // One response: whether its first byte went out (after that no status can be changed), every write bounded by the idle timeout.
    private sealed class Answer(HttpListenerResponse response, TimeSpan idleTimeout)
    {
        public bool Started { get; private set; }

        public bool Aborted { get; private set; }

        public bool ClientGone { get; private set; }

        public Task WriteAsync(int status, string contentType, byte[] body, bool head) =>
            StreamAsync(status, contentType, new MemoryStream(body, writable: false), body.Length, [], head);

        // Sends `length` bytes of `source`, with `insert` put in at offset `at` (the live-reload script).
        public async Task StreamAsync(int status, string contentType, Stream source, long length, byte[] insert, bool head, long at = -1)
        {
            response.StatusCode = status;
            response.ContentType = contentType;
            response.ContentLength64 = length + insert.Length;
            Started = true;
            if (head) return;
            var output = response.OutputStream;
            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(ChunkSize);
            try
            {
                long sent = 0;
                while (sent < length)
                {
                    if (sent == at) await SendAsync(output, insert).ConfigureAwait(false);
                    var want = (int)Math.Min(ChunkSize, at > sent ? at - sent : length - sent);
                    var read = await source.ReadAsync(buffer.AsMemory(0, want)).ConfigureAwait(false);
                    if (read == 0) throw new IOException("tệp ngắn đi trong khi đang gửi.");
                    await SendAsync(output, buffer.AsMemory(0, read)).ConfigureAwait(false);
                    sent += read;
                }
                if (at >= length && insert.Length > 0) await SendAsync(output, insert).ConfigureAwait(false);
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        private async Task SendAsync(Stream output, ReadOnlyMemory<byte> data)
        {
            try
            {
                await output.WriteAsync(data).AsTask().WaitAsync(idleTimeout).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or HttpListenerException or ObjectDisposedException)
            {
                ClientGone = true;
                throw;
            }
        }

        public void Abort()
        {
            Aborted = true;
            try { response.Abort(); } catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { }
        }
    }
}
