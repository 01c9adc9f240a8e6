namespace StaticSite.Site.Serve;

/// <summary>
/// Watches the inputs of a build (content and theme folders, the config file) and calls back once after a burst of
/// changes has been quiet for the debounce interval. Editor swap and backup files are ignored.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly TimeSpan _debounce;
    private readonly Action<string> _changed;
    private string _lastPath = "";

    /// <summary>Watches each of <paramref name="paths"/> (a folder with its subfolders, or one file); missing paths are skipped.</summary>
    /// <param name="paths">Folders and files to watch.</param>
    /// <param name="debounce">Quiet time after the last change before <paramref name="changed"/> is called.</param>
    /// <param name="changed">Called with the last changed path, on a pool thread.</param>
    public SiteWatcher(IEnumerable<string> paths, TimeSpan debounce, Action<string> changed)
    {
        _debounce = debounce;
        _changed = changed;
        _timer = new Timer(_ => _changed(Volatile.Read(ref _lastPath)));
        foreach (var path in paths.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
        {
            FileSystemWatcher watcher;
            if (Directory.Exists(path))
                watcher = new FileSystemWatcher(path) { IncludeSubdirectories = true };
            else if (Directory.Exists(Path.GetDirectoryName(path)))
                watcher = new FileSystemWatcher(Path.GetDirectoryName(path)!, Path.GetFileName(path));
            else
                continue;
            watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size;
            watcher.Changed += OnEvent;
            watcher.Created += OnEvent;
            watcher.Deleted += OnEvent;
            watcher.Renamed += OnEvent;
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
            WatchedPaths.Add(path);
        }
    }

    /// <summary>The paths actually watched (those that existed).</summary>
    public List<string> WatchedPaths { get; } = [];

    /// <summary>Whether a change of <paramref name="path"/> should trigger a rebuild (not an editor's swap or backup file).</summary>
    public static bool IsRelevant(string path)
    {
        var name = Path.GetFileName(path);
        return name.Length > 0
            && !name.EndsWith('~')
            && !name.StartsWith(".#", StringComparison.Ordinal)
            && !(name.StartsWith('.') && (name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal)))
            && name != "4913";
    }

    /// <summary>Stops watching.</summary>
    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        if (!IsRelevant(e.FullPath)) return;
        Volatile.Write(ref _lastPath, e.FullPath);
        _timer.Change(_debounce, Timeout.InfiniteTimeSpan);
    }
}
