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
        foreach (var problem in Check(context.Files, context.Promised)) context.Errors.Add(problem);
    }

    /// <summary>
    /// The problems of the site <paramref name="files"/> (site-relative path → content), ordinal page order; links to
    /// <paramref name="promised"/> files (written later, at the swap) count as whole.
    /// </summary>
    public static IReadOnlyList<string> Check(IReadOnlyDictionary<string, byte[]> files, IReadOnlySet<string>? promised = null)
    {
        var parser = new HtmlParser();
        var documents = files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(f => f.Key, f => parser.ParseDocument(System.Text.Encoding.UTF8.GetString(f.Value)), StringComparer.Ordinal);
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> IdsOf(string page) => ids.TryGetValue(page, out var set) ? set
            : ids[page] = new HashSet<string>(documents[page].QuerySelectorAll("[id]").Select(e => e.Id!), StringComparer.Ordinal);

        var problems = new List<string>();
        foreach (var (page, document) in documents.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            foreach (var element in document.QuerySelectorAll("a[href], link[href], script[src], img[src], iframe[src], source[src], video[src], audio[src], embed[src], object[data]"))
            {
                var attribute = element.HasAttribute("href") ? "href" : element.HasAttribute("src") ? "src" : "data";
                var url = element.GetAttribute(attribute)!;
                var loads = element.LocalName != "a";
                if (HtmlPostProcessor.HasScheme(url) || url.StartsWith("//", StringComparison.Ordinal))
                {
                    var lower = url.Trim().ToLowerInvariant();
                    if (loads) problems.Add($"{page}: tải tài nguyên từ máy khác \"{url}\" — mọi tệp phải nằm trong giao diện (theme/assets).");
                    else if (!(lower.StartsWith("http:", StringComparison.Ordinal) || lower.StartsWith("https:", StringComparison.Ordinal) || lower.StartsWith("mailto:", StringComparison.Ordinal)))
                        problems.Add($"{page}: liên kết không an toàn \"{url}\".");
                    continue;
                }
                if (url.StartsWith('/'))
                {
                    problems.Add($"{page}: liên kết tuyệt đối \"{url}\" — dùng đường dẫn tương đối để trang chạy ở mọi thư mục và từ file://.");
                    continue;
                }
                var problem = CheckRelative(page, url, p => files.ContainsKey(p) || promised?.Contains(p) == true, documents.ContainsKey, IdsOf);
                // The source line of the nearest marked ancestor leads back to the document text.
                var line = element.Closest("[data-source-line]")?.GetAttribute("data-source-line");
                if (problem is not null) problems.Add($"{page}{(line is null ? "" : $" (dòng nguồn {line})")}: liên kết hỏng \"{url}\": {problem}.");
            }
        }
        foreach (var (css, content) in files.Where(f => f.Key.EndsWith(".css", StringComparison.Ordinal)).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            foreach (System.Text.RegularExpressions.Match m in CssUrl().Matches(System.Text.Encoding.UTF8.GetString(content)))
            {
                var url = m.Groups["url"].Value.Trim();
                if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase)) continue;
                if (HtmlPostProcessor.HasScheme(url) || url.StartsWith('/'))
                    problems.Add($"{css}: tải tài nguyên từ máy khác hoặc đường dẫn tuyệt đối \"{url}\".");
                else if (SitePaths.Resolve(css, url.Split('?', '#')[0]) is not { } target || !files.ContainsKey(target))
                    problems.Add($"{css}: liên kết hỏng \"{url}\".");
            }
        }
        return problems;
    }

    [System.Text.RegularExpressions.GeneratedRegex("""url\(\s*["']?(?<url>[^"')]+)["']?\s*\)""")]
    private static partial System.Text.RegularExpressions.Regex CssUrl();

    private static string? CheckRelative(string page, string url, Func<string, bool> exists, Func<string, bool> isPage, Func<string, HashSet<string>> idsOf)
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
