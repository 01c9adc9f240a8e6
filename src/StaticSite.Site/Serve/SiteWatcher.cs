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
    private readonly string[] _ignored;

    /// <summary>Watches each of <paramref name="paths"/> (a folder with its subfolders, or one file); missing paths are skipped.</summary>
    /// <param name="paths">Folders and files to watch.</param>
    /// <param name="debounce">Quiet time after the last change before <paramref name="changed"/> is called.</param>
    /// <param name="changed">Called with the last changed path, on a pool thread.</param>
    /// <param name="ignoreUnder">Folders whose changes are ignored, such as the output folder, so that writing the site never triggers another build.</param>
    public SiteWatcher(IEnumerable<string> paths, TimeSpan debounce, Action<string> changed, IEnumerable<string>? ignoreUnder = null)
    {
        _ignored = [.. (ignoreUnder ?? []).Select(p => Path.GetFullPath(p).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar)];
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

    /// <summary>Whether <paramref name="path"/> is inside <paramref name="outputDir"/> or a sibling the build stages in before swapping (<c>.&lt;name&gt;.staging-…</c>, <c>.&lt;name&gt;.old-…</c>).</summary>
    public static bool IsBuildOutput(string path, string outputDir)
    {
        outputDir = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if ((path + Path.DirectorySeparatorChar).StartsWith(outputDir, StringComparison.Ordinal)) return true;
        var output = outputDir.TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) + Path.DirectorySeparatorChar;
        if (!path.StartsWith(parent, StringComparison.Ordinal)) return false;
        var top = path[parent.Length..].Split(Path.DirectorySeparatorChar)[0];
        var name = Path.GetFileName(output);
        return top.StartsWith(name + ".", StringComparison.Ordinal) || top.StartsWith("." + name + ".", StringComparison.Ordinal);
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        if (!IsRelevant(e.FullPath)) return;
        if (_ignored.Any(dir => IsBuildOutput(e.FullPath, dir))) return;
        Volatile.Write(ref _lastPath, e.FullPath);
        _timer.Change(_debounce, Timeout.InfiniteTimeSpan);
    }
}
