using System.Globalization;
using System.IO.Hashing;
using AngleSharp.Html.Parser;

namespace StaticSite.Site.Building;

/// <summary>A file of the site: its length and content hash (XxHash128).</summary>
public readonly record struct OutputFile(long Length, UInt128 Hash);

/// <summary>
/// The files of the site being built. Each is written to a staging folder beside the output as soon as it is added, so a
/// build holds no page in memory (only its length, its hash and, for an HTML page, the <see cref="PageScan"/> the link
/// check and the search index read); <see cref="SwapStage"/> then swaps the staging folder in. A file whose bytes the
/// previous build already published (<see cref="OutputManifest"/>) is hard-linked from the published site instead of
/// written again: a rebuild writes only the files whose bytes changed.
/// </summary>
public sealed class SiteOutput
{
    private readonly SortedDictionary<string, OutputFile> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PageScan> _pages = new(StringComparer.Ordinal);
    private readonly HtmlParser _parser = new();
    private readonly string _output;
    private readonly OutputManifest? _previous;
    private readonly int _delay = int.TryParse(Environment.GetEnvironmentVariable(SwapStage.DelayVariable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms) ? ms : 0;
    private string? _root;
    private bool _published;

    /// <summary>The files of a site to be published at <paramref name="outputDir"/>; <paramref name="previous"/> lists what the site there holds now (null: write every file).</summary>
    public SiteOutput(string outputDir, OutputManifest? previous = null)
    {
        _output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDir));
        _previous = previous;
    }

    /// <summary>Where the files are: the staging folder while building (null before the first file), the output folder once published.</summary>
    public string? Root => _root;

    /// <summary>How many files were written (their bytes changed or are new).</summary>
    public int Written { get; private set; }

    /// <summary>How many files were linked from the published site (their bytes did not change).</summary>
    public int Linked { get; private set; }

    /// <summary>The site-relative paths, ordinal order.</summary>
    public IEnumerable<string> Paths => _files.Keys;

    /// <summary>The files with their lengths and hashes, ordinal order.</summary>
    public IEnumerable<KeyValuePair<string, OutputFile>> Files => _files;

    /// <summary>How many files the site has.</summary>
    public int Count => _files.Count;

    /// <summary>The site-relative paths of the HTML pages, ordinal order.</summary>
    public IEnumerable<string> HtmlPages => _files.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal));

    /// <summary>True when the site has <paramref name="path"/>.</summary>
    public bool Contains(string path) => _files.ContainsKey(path);

    /// <summary>What the later stages need of HTML page <paramref name="path"/>.</summary>
    public PageScan Page(string path) => _pages[path];

    /// <summary>Adds a UTF-8 text file (LF line ends as given).</summary>
    /// <exception cref="UnsafePathException">The path would leave the output folder.</exception>
    public void AddText(string path, string text) => Add(path, new System.Text.UTF8Encoding(false).GetBytes(text), text);

    /// <summary>Adds a file (a later file of the same path replaces it); an HTML page is read once for <see cref="Page"/>.</summary>
    /// <exception cref="UnsafePathException">The path would leave the output folder.</exception>
    public void Add(string path, byte[] content) => Add(path, content, null);

    private void Add(string path, byte[] content, string? text)
    {
        var file = SitePaths.Under(Staging(), path);
        var entry = new OutputFile(content.LongLength, XxHash128.HashToUInt128(content));
        // Never write through a link: a file added twice, or one linked from the published site, is replaced, not changed.
        if (_files.ContainsKey(path)) File.Delete(file);
        else Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        if (_previous?.Unchanged(path, entry, _output) is { } published && HardLink.TryCreate(published, file)) Linked++;
        else
        {
            File.WriteAllBytes(file, content);
            Written++;
        }
        _files[path] = entry;
        if (path.EndsWith(".html", StringComparison.Ordinal))
            _pages[path] = PageScan.Of(text ?? System.Text.Encoding.UTF8.GetString(content), _parser);
        if (_delay > 0 && _files.Count == 10) Thread.Sleep(_delay);
    }

    /// <summary>The bytes of file <paramref name="path"/>.</summary>
    public byte[] Read(string path) => File.ReadAllBytes(SitePaths.Under(_root ?? throw new KeyNotFoundException(path), path));

    /// <summary>The text of file <paramref name="path"/>.</summary>
    public string Text(string path) => System.Text.Encoding.UTF8.GetString(Read(path));

    /// <summary>The staging folder, created on first use beside the output (leftovers of killed builds are cleaned first).</summary>
    public string Staging()
    {
        if (_root is not null) return _root;
        var parent = Path.GetDirectoryName(_output)!;
        var name = Path.GetFileName(_output);
        Directory.CreateDirectory(parent);
        SwapStage.RemoveStale(parent, name, Notices);
        var staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, SwapStage.Marker), "staticsite\n");
        return _root = staging;
    }

    /// <summary>What cleaning the leftovers of earlier builds could not do (Vietnamese, one line each).</summary>
    public List<string> Notices { get; } = [];

    /// <summary>The staging folder was swapped in: the files are now in <paramref name="output"/>.</summary>
    internal void Published(string output)
    {
        _root = output;
        _published = true;
    }

    /// <summary>Deletes the staging folder of a build that does not publish (nothing when it was published or never created).</summary>
    public void Discard()
    {
        if (_published || _root is null) return;
        SwapStage.TryDelete(_root);
        _root = null;
        _files.Clear();
        _pages.Clear();
    }
}
