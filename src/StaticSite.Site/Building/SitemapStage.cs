using System.Security;
using System.Text;

namespace StaticSite.Site.Building;

/// <summary>
/// Sitemap: <c>sitemap.xml</c> listing every HTML page except <c>404.html</c>. With the config's <c>baseUrl</c> the
/// locations are absolute (as the sitemap protocol wants); without it they are relative to the sitemap itself, which keeps
/// the site movable to any sub-path (crawlers resolve them against the sitemap's own URL). No dates: output repeats.
/// </summary>
public sealed class SitemapStage : IBuildStage
{
    /// <inheritdoc />
    public string Name => "Sitemap";

    /// <inheritdoc />
    public string Label => "Viết sitemap.xml";

    /// <inheritdoc />
    public void Run(BuildContext context)
    {
        var url = context.Config.BaseUrl;
        var root = string.IsNullOrWhiteSpace(url) ? "" : url.TrimEnd('/') + "/";
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var page in context.HtmlPages.Where(p => p is not "404.html" && !p.StartsWith("md/", StringComparison.Ordinal)))
            sb.Append("  <url><loc>").Append(SecurityElement.Escape(root + string.Join('/', page.Split('/').Select(Uri.EscapeDataString)))).Append("</loc></url>\n");
        sb.Append("</urlset>\n");
        context.AddText("sitemap.xml", sb.ToString());
    }
}
