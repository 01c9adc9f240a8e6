using System.Collections.Immutable;

namespace StaticSite.Site.Theming;

/// <summary>
/// The files of a theme (giao diện): the default theme embedded in the tool (the repository's <c>theme/</c> folder, built
/// into this assembly), overridden file by file by a site's own theme folder. A site that changes only
/// <c>checklist.cshtml</c> keeps every other template and asset of the tool. Paths are theme-relative and <c>/</c>-separated.
/// </summary>
public sealed class ThemeFiles
{
    /// <summary>The prefix of the embedded theme's resource names (<c>theme/assets/site.css</c>).</summary>
    public const string ResourcePrefix = "theme/";

    private static readonly Lazy<ImmutableSortedDictionary<string, string>> Embedded = new(ListEmbedded);
    private readonly ImmutableSortedDictionary<string, string> _own;

    /// <summary>The embedded theme overridden by the files of <paramref name="folder"/>; a null or missing folder means the embedded theme alone.</summary>
    public ThemeFiles(string? folder)
    {
        var full = folder is null ? null : Path.GetFullPath(folder);
        Folder = full is not null && Directory.Exists(full) ? full : null;
        _own = Folder is null
            ? ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal)
            : Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories)
                .ToImmutableSortedDictionary(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'), f => f, StringComparer.Ordinal);
    }

    /// <summary>The embedded theme alone.</summary>
    public static ThemeFiles Default { get; } = new(null);

    /// <summary>The site's theme folder (absolute) when it exists, else null.</summary>
    public string? Folder { get; }

    /// <summary>Every file of the embedded theme, ordinal order.</summary>
    public static IEnumerable<string> EmbeddedFiles => Embedded.Value.Keys;

    /// <summary>The files of the site's folder, which replace or add to the embedded ones, ordinal order.</summary>
    public IEnumerable<string> Overrides => _own.Keys;

    /// <summary>Every file of the theme (the site's and the embedded ones), ordinal order.</summary>
    public IEnumerable<string> All => _own.Keys.Union(Embedded.Value.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal);

    /// <summary>True when the theme has <paramref name="path"/> (in the site's folder or embedded).</summary>
    public bool Has(string path) => _own.ContainsKey(Normal(path)) || Embedded.Value.ContainsKey(Normal(path));

    /// <summary>True when <paramref name="path"/> comes from the site's folder rather than the tool.</summary>
    public bool IsOverridden(string path) => _own.ContainsKey(Normal(path));

    /// <summary>The bytes of <paramref name="path"/>: the site's file when it has one, else the embedded one.</summary>
    /// <exception cref="FileNotFoundException">Neither has it.</exception>
    public byte[] Read(string path)
    {
        using var stream = Open(path);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Opens <paramref name="path"/>: the site's file when it has one, else the embedded one.</summary>
    /// <exception cref="FileNotFoundException">Neither has it.</exception>
    public Stream Open(string path)
    {
        var key = Normal(path);
        if (_own.TryGetValue(key, out var file)) return File.OpenRead(file);
        if (Embedded.Value.TryGetValue(key, out var resource))
            return typeof(ThemeFiles).Assembly.GetManifestResourceStream(resource) ?? throw new FileNotFoundException(key);
        throw new FileNotFoundException($"{Describe(key)}: thiếu tệp giao diện.", key);
    }

    /// <summary>Where <paramref name="path"/> is, for a message: the site's file, or the tool's default theme.</summary>
    public string Describe(string path)
    {
        var key = Normal(path);
        return _own.TryGetValue(key, out var file) ? file
            : Folder is not null ? $"{Path.Combine(Folder, key)} (giao diện mặc định của công cụ)"
            : $"{key} (giao diện mặc định của công cụ)";
    }

    /// <summary>
    /// Copies the embedded theme into <paramref name="target"/> (<c>staticsite theme eject</c>) and returns the files written.
    /// An existing file is kept unless <paramref name="overwrite"/>; the files kept are listed in <paramref name="skipped"/>.
    /// </summary>
    public static ImmutableArray<string> Eject(string target, bool overwrite, out ImmutableArray<string> skipped)
    {
        var written = ImmutableArray.CreateBuilder<string>();
        var kept = ImmutableArray.CreateBuilder<string>();
        foreach (var path in EmbeddedFiles)
        {
            var file = Path.Combine(target, path.Replace('/', Path.DirectorySeparatorChar));
            if (File.Exists(file) && !overwrite) { kept.Add(path); continue; }
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, Default.Read(path));
            written.Add(path);
        }
        skipped = kept.ToImmutable();
        return written.ToImmutable();
    }

    // A Razor key ("/_Layout.cshtml") or a path with either separator, as the theme-relative key.
    private static string Normal(string path) => path.Replace('\\', '/').TrimStart('/');

    private static ImmutableSortedDictionary<string, string> ListEmbedded() =>
        typeof(ThemeFiles).Assembly.GetManifestResourceNames()
            // The build names resources after their path under theme/; on Windows MSBuild writes that path with '\'.
            .Where(n => n.Replace('\\', '/').StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .ToImmutableSortedDictionary(n => n.Replace('\\', '/')[ResourcePrefix.Length..], n => n, StringComparer.Ordinal);
}
