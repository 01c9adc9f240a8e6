namespace StaticSite.Site.Serve;

/// <summary>
/// Maps a request path to a file inside the site folder, and to nothing else: no <c>..</c> segments, no absolute or
/// drive paths, no NUL, no hidden dot-files, and no symbolic link whose target lies outside the folder.
/// </summary>
public sealed class SitePathResolver
{
    private readonly string _root;

    /// <summary>Creates a resolver for the site folder <paramref name="siteRoot"/> (its links are resolved once).</summary>
    public SitePathResolver(string siteRoot)
    {
        _root = RealPath(Path.GetFullPath(siteRoot));
    }

    /// <summary>The fully resolved site folder.</summary>
    public string Root => _root;

    /// <summary>What a request path names.</summary>
    public enum Kind
    {
        /// <summary>Outside the folder, malformed, or missing.</summary>
        NotFound,

        /// <summary>A file inside the folder; <see cref="Resolution.FullPath"/> is its real path.</summary>
        File,

        /// <summary>A folder without a trailing slash: redirect to <see cref="Resolution.RedirectTo"/> so relative links work.</summary>
        Redirect,
    }

    /// <summary>The outcome of <see cref="Resolve"/>.</summary>
    public readonly record struct Resolution(Kind Kind, string? FullPath = null, string? RedirectTo = null);

    /// <summary>Resolves an unescaped URL path such as <c>/programs/a.html</c>; folders give their <c>index.html</c>.</summary>
    public Resolution Resolve(string urlPath)
    {
        if (urlPath.Length == 0 || urlPath[0] != '/') urlPath = "/" + urlPath;
        if (urlPath.Contains('\0') || urlPath.Contains('\\') || urlPath.Contains(':')) return default;
        var segments = urlPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        foreach (var segment in segments)
            if (segment is "." or ".." || segment.StartsWith('.') || segment.Trim().Length == 0) return default;

        string? current = _root;
        foreach (var segment in segments)
        {
            current = Follow(Path.Combine(current, segment));
            if (current is null) return default;
        }

        if (Directory.Exists(current))
        {
            if (!urlPath.EndsWith('/')) return new Resolution(Kind.Redirect, RedirectTo: urlPath + "/");
            var index = Follow(Path.Combine(current, "index.html"));
            return File.Exists(index) ? new Resolution(Kind.File, index) : default;
        }
        return File.Exists(current) && IsInside(current) ? new Resolution(Kind.File, current) : default;
    }

    // The path itself when something is there, a symbolic link's final target when that lies inside the folder; else null.
    private string? Follow(string path)
    {
        if (new FileInfo(path).LinkTarget is null && new DirectoryInfo(path).LinkTarget is null)
            return File.Exists(path) || Directory.Exists(path) ? path : null;
        var target = File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName;
        return target is not null && IsInside(target) ? target : null;
    }

    private bool IsInside(string fullPath)
    {
        var full = Path.GetFullPath(fullPath);
        return full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    // The path with every symbolic link along it resolved, so that a site folder reached through a link still works.
    private static string RealPath(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath)!;
        var current = root;
        foreach (var part in fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            if (new DirectoryInfo(current).LinkTarget is not null)
                current = Directory.ResolveLinkTarget(current, returnFinalTarget: true)?.FullName ?? current;
        }
        return current.TrimEnd(Path.DirectorySeparatorChar) is { Length: > 0 } trimmed ? trimmed : current;
    }
}
