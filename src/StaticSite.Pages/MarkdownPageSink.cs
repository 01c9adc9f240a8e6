using System.Text;

namespace StaticSite.Pages;

/// <summary>Writes Markdown pages to a folder.</summary>
public static class MarkdownPageSink
{
    /// <summary>
    /// Writes every page to <c>dir/page.Path</c> (UTF-8 without BOM, <c>\n</c> line ends) and returns the full paths
    /// written. A page path that is absolute or climbs out of <paramref name="dir"/> is refused.
    /// </summary>
    public static IReadOnlyList<string> WriteAll(IEnumerable<MarkdownPage> pages, string dir)
    {
        var root = Path.GetFullPath(dir);
        var written = new List<string>();
        foreach (var page in pages)
        {
            if (Path.IsPathRooted(page.Path) || page.Path.Split('/').Any(s => s is "" or "." or ".."))
                throw new ArgumentException($"Đường dẫn trang không hợp lệ: {page.Path}", nameof(pages));
            var full = Path.GetFullPath(Path.Combine(root, page.Path));
            if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                throw new ArgumentException($"Đường dẫn trang nằm ngoài thư mục đích: {page.Path}", nameof(pages));
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, page.FileText, new UTF8Encoding(false));
            written.Add(full);
        }
        return written;
    }
}
