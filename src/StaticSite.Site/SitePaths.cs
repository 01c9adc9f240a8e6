namespace StaticSite.Site;

/// <summary>A site-relative path that would leave the output folder or cannot be a file name; the message is Vietnamese.</summary>
public sealed class UnsafePathException(string message) : Exception(message);

/// <summary>Site-relative paths (<c>programs/x.html</c>, always <c>/</c>-separated): relative links between pages and the check that every written path stays inside the output.</summary>
public static class SitePaths
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    /// <summary><c>"../"</c> once per folder level of <paramref name="pagePath"/>: the way from the page back to the site root.</summary>
    public static string RootPrefix(string pagePath) => string.Concat(Enumerable.Repeat("../", pagePath.Count(c => c == '/')));

    /// <summary>The link from page <paramref name="fromPage"/> to <paramref name="target"/> (both site-relative; the target may carry <c>#anchor</c>).</summary>
    public static string Relative(string fromPage, string target)
    {
        var hash = target.IndexOf('#');
        var (path, anchor) = hash < 0 ? (target, "") : (target[..hash], target[hash..]);
        if (path.Length == 0) return anchor.Length == 0 ? "" : anchor;
        var from = fromPage.Split('/')[..^1];
        var to = path.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common]) common++;
        var up = string.Concat(Enumerable.Repeat("../", from.Length - common));
        return up + string.Join('/', to[common..]) + anchor;
    }

    /// <summary>Resolves <paramref name="href"/> (relative, without query or anchor) against page <paramref name="fromPage"/>; null when it leaves the site.</summary>
    public static string? Resolve(string fromPage, string href)
    {
        var parts = new List<string>(fromPage.Split('/')[..^1]);
        foreach (var segment in href.Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else parts.Add(Uri.UnescapeDataString(segment));
        }
        var resolved = string.Join('/', parts);
        return href.EndsWith('/') || href.Length == 0 ? (resolved.Length == 0 ? "index.html" : resolved + "/index.html") : resolved;
    }

    /// <summary>Checks that <paramref name="path"/> is a safe site-relative file path: not empty, not absolute, no <c>..</c>, no reserved device names, no control characters or characters that are not portable in file names.</summary>
    /// <exception cref="UnsafePathException">It is not.</exception>
    public static string Check(string path)
    {
        if (string.IsNullOrEmpty(path) || path.StartsWith('/') || path.StartsWith('\\') || Path.IsPathRooted(path) || path.Contains(':'))
            throw new UnsafePathException($"đường dẫn \"{path}\" không hợp lệ: phải là đường dẫn tương đối trong thư mục đầu ra.");
        foreach (var segment in path.Split('/'))
        {
            var stem = segment.Split('.')[0];
            if (segment is "" or "." or ".." || Reserved.Contains(stem) || segment.EndsWith('.') || segment.EndsWith(' ')
                || segment.Any(c => char.IsControl(c) || c is '\\' or '<' or '>' or '"' or '|' or '?' or '*'))
                throw new UnsafePathException($"đường dẫn \"{path}\" không hợp lệ: đoạn \"{segment}\" không được phép (.., tên dành riêng hoặc ký tự đặc biệt).");
        }
        return path;
    }

    /// <summary>The absolute file for site-relative <paramref name="path"/> under <paramref name="root"/>, checked to stay inside it.</summary>
    /// <exception cref="UnsafePathException">The path is unsafe or resolves outside <paramref name="root"/>.</exception>
    public static string Under(string root, string path)
    {
        Check(path);
        var full = Path.GetFullPath(Path.Combine(root, path));
        var rootFull = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (!full.StartsWith(rootFull, StringComparison.Ordinal))
            throw new UnsafePathException($"đường dẫn \"{path}\" ra ngoài thư mục đầu ra.");
        return full;
    }
}
