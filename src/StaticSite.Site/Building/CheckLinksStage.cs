using AngleSharp.Html.Parser;
using StaticSite.Site.Rendering;

namespace StaticSite.Site.Building;

/// <summary>
/// CheckLinks: every internal link and anchor of every HTML page must resolve to a file of the site and an id in it;
/// nothing may be loaded from another host or by a root-absolute path. A broken link names the page and the link.
/// </summary>
public sealed partial class CheckLinksStage : IBuildStage
{
    /// <inheritdoc />
    public string Name => "CheckLinks";

    /// <inheritdoc />
    public string Label => "Kiểm tra liên kết";

    /// <inheritdoc />
    public void Run(BuildContext context)
    {
        var output = context.Output;
        foreach (var problem in Check(output.Paths, output.Contains, output.Page, output.Text, context.Promised)) context.Errors.Add(problem);
    }

    /// <summary>
    /// The problems of the site <paramref name="files"/> (site-relative path → content), ordinal page order; links to
    /// <paramref name="promised"/> files (written later, at the swap) count as whole.
    /// </summary>
    public static IReadOnlyList<string> Check(IReadOnlyDictionary<string, byte[]> files, IReadOnlySet<string>? promised = null)
    {
        var parser = new HtmlParser();
        var scans = files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(f => f.Key, f => PageScan.Of(System.Text.Encoding.UTF8.GetString(f.Value), parser), StringComparer.Ordinal);
        return Check(files.Keys.Order(StringComparer.Ordinal), files.ContainsKey, p => scans[p], p => System.Text.Encoding.UTF8.GetString(files[p]), promised);
    }

    /// <summary>
    /// The problems of a site of <paramref name="paths"/> (ordinal order), whose HTML pages <paramref name="pageOf"/> reads
    /// (<see cref="PageScan"/>: each page was parsed once, when it was written) and whose style sheets <paramref name="textOf"/> reads.
    /// </summary>
    public static IReadOnlyList<string> Check(IEnumerable<string> paths, Func<string, bool> exists, Func<string, PageScan> pageOf, Func<string, string> textOf, IReadOnlySet<string>? promised = null)
    {
        bool IsPage(string path) => path.EndsWith(".html", StringComparison.Ordinal) && exists(path);
        var problems = new List<string>();
        var sheets = new List<string>();
        foreach (var page in paths)
        {
            if (page.EndsWith(".css", StringComparison.Ordinal)) sheets.Add(page);
            if (!page.EndsWith(".html", StringComparison.Ordinal)) continue;
            foreach (var link in pageOf(page).Links)
            {
                var url = link.Url;
                if (HtmlPostProcessor.HasScheme(url) || url.StartsWith("//", StringComparison.Ordinal))
                {
                    var lower = url.Trim().ToLowerInvariant();
                    if (link.Loads) problems.Add($"{page}: tải tài nguyên từ máy khác \"{url}\" — mọi tệp phải nằm trong giao diện (theme/assets).");
                    else if (!(lower.StartsWith("http:", StringComparison.Ordinal) || lower.StartsWith("https:", StringComparison.Ordinal) || lower.StartsWith("mailto:", StringComparison.Ordinal)))
                        problems.Add($"{page}: liên kết không an toàn \"{url}\".");
                    continue;
                }
                if (url.StartsWith('/'))
                {
                    problems.Add($"{page}: liên kết tuyệt đối \"{url}\" — dùng đường dẫn tương đối để trang chạy ở mọi thư mục và từ file://.");
                    continue;
                }
                var problem = CheckRelative(page, url, p => exists(p) || promised?.Contains(p) == true, IsPage, p => pageOf(p).Ids);
                // The source line of the nearest marked ancestor leads back to the document text.
                if (problem is not null) problems.Add($"{page}{(link.SourceLine is null ? "" : $" (dòng nguồn {link.SourceLine})")}: liên kết hỏng \"{url}\": {problem}.");
            }
        }
        foreach (var css in sheets)
        {
            foreach (System.Text.RegularExpressions.Match m in CssUrl().Matches(textOf(css)))
            {
                var url = m.Groups["url"].Value.Trim();
                if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase)) continue;
                if (HtmlPostProcessor.HasScheme(url) || url.StartsWith('/'))
                    problems.Add($"{css}: tải tài nguyên từ máy khác hoặc đường dẫn tuyệt đối \"{url}\".");
                else if (SitePaths.Resolve(css, url.Split('?', '#')[0]) is not { } target || !exists(target))
                    problems.Add($"{css}: liên kết hỏng \"{url}\".");
            }
        }
        return problems;
    }

    [System.Text.RegularExpressions.GeneratedRegex("""url\(\s*["']?(?<url>[^"')]+)["']?\s*\)""")]
    private static partial System.Text.RegularExpressions.Regex CssUrl();

    private static string? CheckRelative(string page, string url, Func<string, bool> exists, Func<string, bool> isPage, Func<string, IReadOnlySet<string>> idsOf)
    {
        var hash = url.IndexOf('#');
        var anchor = hash < 0 ? null : Uri.UnescapeDataString(url[(hash + 1)..]);
        var path = hash < 0 ? url : url[..hash];
        var query = path.IndexOf('?');
        if (query >= 0) path = path[..query];
        var target = path.Length == 0 ? page : SitePaths.Resolve(page, path);
        if (target is null) return "ra ngoài thư mục trang";
        if (!exists(target)) return $"không có tệp {target}";
        if (string.IsNullOrEmpty(anchor) || !isPage(target)) return null;
        return idsOf(target).Contains(anchor) ? null : $"không có neo #{anchor} trong {target}";
    }
}
