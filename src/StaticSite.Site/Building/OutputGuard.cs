namespace StaticSite.Site.Building;

/// <summary>Refuses output folders a build must never replace: the project root, the content or theme folder, a folder that contains one of them, and a non-empty folder this tool did not write.</summary>
public static class OutputGuard
{
    /// <summary>Null when <paramref name="output"/> is safe; otherwise why not (Vietnamese).</summary>
    public static string? Check(string output, string projectRoot, string content, string theme)
    {
        var o = Normal(output);
        if (Path.GetPathRoot(o) == o) return $"{output}: thư mục đầu ra không được là thư mục gốc của ổ đĩa.";
        foreach (var (dir, what) in new[] { (projectRoot, "thư mục dự án"), (content, "thư mục văn bản (content)"), (theme, "thư mục giao diện (theme)") })
        {
            var d = Normal(dir);
            if (o == d) return $"{output}: thư mục đầu ra không được là {what}.";
            if (Inside(d, o)) return $"{output}: thư mục đầu ra không được chứa {what} ({dir}).";
            if (dir != projectRoot && Inside(o, d)) return $"{output}: thư mục đầu ra không được nằm trong {what} ({dir}).";
        }
        if (Directory.Exists(o) && Directory.EnumerateFileSystemEntries(o).Any() && !File.Exists(Path.Combine(o, SwapStage.Marker)))
            return $"{output}: thư mục đầu ra đã có tệp khác không do staticsite tạo; chọn thư mục trống hoặc xóa nó trước.";
        return null;
    }

    private static string Normal(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static bool Inside(string child, string parent) =>
        child.StartsWith(parent.EndsWith(Path.DirectorySeparatorChar) ? parent : parent + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
