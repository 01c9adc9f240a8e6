using StaticSite.Config;
using StaticSite.Site.Building;

namespace StaticSite.Site.Tests;

public sealed class SitemapTests
{
    [Theory]
    [InlineData(null, "<loc>programs/a%20b.html</loc>")]
    [InlineData("https://intranet.example/chuong-trinh", "<loc>https://intranet.example/chuong-trinh/programs/a%20b.html</loc>")]
    public void Sitemap_lists_pages_relative_or_under_the_configured_base_url(string? baseUrl, string expected)
    {
        var context = Stage.Context([], new SiteConfig { BaseUrl = baseUrl });
        context.AddText("programs/a b.html", "<html></html>");
        context.AddText("404.html", "<html></html>");
        Stage.Run(context, new SitemapStage());
        var sitemap = context.Text("sitemap.xml");
        Assert.Contains(expected, sitemap);
        Assert.DoesNotContain("404.html", sitemap);
    }
}
