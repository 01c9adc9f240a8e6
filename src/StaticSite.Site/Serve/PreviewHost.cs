using System.Diagnostics;
using System.Threading.Channels;

namespace StaticSite.Site.Serve;

/// <summary>The outcome of one build for the preview: success, or a Vietnamese message saying what went wrong.</summary>
/// <param name="Succeeded">Whether a new site is in place.</param>
/// <param name="Message">What to print (errors on failure; may be empty on success).</param>
public sealed record RebuildOutcome(bool Succeeded, string Message = "");

/// <summary>Settings of a preview session (<c>staticsite serve</c>).</summary>
public sealed record PreviewOptions
{
    /// <summary>The built site folder that is served.</summary>
    public required string SiteDirectory { get; init; }

    /// <summary>Builds the site into <see cref="SiteDirectory"/>; a failed build must leave the previous site in place.</summary>
    public required Func<RebuildOutcome> Rebuild { get; init; }

    /// <summary>Folders and files whose changes trigger a rebuild (content, theme, config).</summary>
    public IReadOnlyList<string> WatchPaths { get; init; } = [];

    /// <summary>Address to listen on.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>Port to listen on.</summary>
    public int Port { get; init; } = 5080;

    /// <summary>Quiet time after the last change before rebuilding.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Where progress and errors are printed.</summary>
    public TextWriter Log { get; init; } = Console.Out;
}

/// <summary>
/// A preview session: builds once, serves the site, rebuilds on every change of the watched inputs and makes open
/// pages reload. A failed rebuild prints its message and keeps serving the last good site.
/// </summary>
public sealed class PreviewHost
{
    private readonly PreviewOptions _options;
    private readonly Channel<string> _changes = Channel.CreateBounded<string>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Creates a session with <paramref name="options"/>; <see cref="RunAsync"/> runs it.</summary>
    public PreviewHost(PreviewOptions options) => _options = options;

    /// <summary>The running server, once <see cref="RunAsync"/> has started it.</summary>
    public PreviewServer? Server { get; private set; }

    /// <summary>Completes when the server is listening (or the session ended before that).</summary>
    public Task Started => _started.Task;

    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Number of rebuilds that succeeded after the first build.</summary>
    public int Rebuilds { get; private set; }

    /// <summary>Number of rebuilds that failed.</summary>
    public int FailedRebuilds { get; private set; }

    /// <summary>Runs until <paramref name="cancellation"/> fires (Ctrl+C). Returns 0, or 1 when there is no site to serve.</summary>
    /// <exception cref="ServeException">The server cannot listen.</exception>
    public async Task<int> RunAsync(CancellationToken cancellation)
    {
        var log = _options.Log;
        try
        {
            var first = RunBuild();
            if (!first.Succeeded)
            {
                log.WriteLine("Dựng trang thất bại:");
                log.WriteLine(first.Message);
                if (!File.Exists(Path.Combine(_options.SiteDirectory, "index.html")))
                {
                    log.WriteLine("Chưa có bản dựng nào để phục vụ; sửa lỗi rồi chạy lại.");
                    return 1;
                }
                log.WriteLine("Phục vụ bản dựng trước đó; trang sẽ được dựng lại khi có thay đổi.");
            }

            await using var server = new PreviewServer(_options.SiteDirectory, _options.Host, _options.Port) { Log = log };
            server.Start();
            Server = server;
            using var watcher = new SiteWatcher(_options.WatchPaths, _options.Debounce, path => _changes.Writer.TryWrite(path), [_options.SiteDirectory]);
            log.WriteLine($"Đang phục vụ {_options.SiteDirectory} tại {server.Address} — nhấn Ctrl+C để dừng.");
            if (_options.Host is not ("127.0.0.1" or "localhost" or "::1"))
                log.WriteLine($"Lưu ý: máy chủ nghe trên {_options.Host}, các máy khác trong mạng có thể truy cập.");
            log.WriteLine($"Theo dõi thay đổi: {string.Join(", ", watcher.WatchedPaths)}");
            _started.TrySetResult();

            try
            {
                await foreach (var path in _changes.Reader.ReadAllAsync(cancellation).ConfigureAwait(false))
                {
                    log.WriteLine($"Thay đổi: {path} — đang dựng lại…");
                    var outcome = RunBuild();
                    if (outcome.Succeeded)
                    {
                        Rebuilds++;
                        server.NotifyRebuilt();
                        log.WriteLine($"Đã dựng lại (lần {server.Generation}); các trang đang mở sẽ tự tải lại.");
                    }
                    else
                    {
                        FailedRebuilds++;
                        log.WriteLine("Dựng lại thất bại; vẫn phục vụ bản dựng tốt gần nhất:");
                        log.WriteLine(outcome.Message);
                    }
                }
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
            }
            log.WriteLine("Đã dừng máy chủ xem trước.");
            return 0;
        }
        finally
        {
            _started.TrySetResult();
        }
    }

    private RebuildOutcome RunBuild()
    {
        var clock = Stopwatch.StartNew();
        RebuildOutcome outcome;
        try
        {
            outcome = _options.Rebuild();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug in a build stage must not take the preview down; the person sees it and can fix the input or report it.
            outcome = new RebuildOutcome(false, $"Lỗi không mong đợi khi dựng trang: {e.Message}");
        }
        if (outcome.Succeeded && outcome.Message.Length > 0) _options.Log.WriteLine(outcome.Message);
        _options.Log.WriteLine($"Thời gian dựng: {clock.ElapsedMilliseconds} ms.");
        return outcome;
    }
}
