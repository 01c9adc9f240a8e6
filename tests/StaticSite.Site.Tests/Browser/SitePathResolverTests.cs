using StaticSite.Site.Serve;

namespace StaticSite.Site.Tests.Browser;

public sealed class SitePathResolverTests
{
    private readonly string _site = HandMadeSite.Create();

    [Theory]
    [InlineData("/index.html", "index.html")]
    [InlineData("/", "index.html")]
    [InlineData("/programs/", "programs/index.html")]
    [InlineData("/assets/app.js", "assets/app.js")]
    [InlineData("//assets//app.js", "assets/app.js")]
    public void Files_inside_the_site_resolve(string url, string expected)
    {
        var resolution = new SitePathResolver(_site).Resolve(url);
        Assert.Equal(SitePathResolver.Kind.File, resolution.Kind);
        Assert.Equal(Path.Combine(_site, expected), resolution.FullPath);
    }

    [Theory]
    [InlineData("/../passwd")]
    [InlineData("/%2e%2e/passwd")]
    [InlineData("/programs/../../passwd")]
    [InlineData("/..")]
    [InlineData("/./index.html")]
    [InlineData("/etc/passwd")]
    [InlineData("/assets\\..\\..\\etc\\passwd")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("/index.html\0.txt")]
    [InlineData("/.git/config")]
    [InlineData("/missing.html")]
    public void Paths_outside_or_missing_are_not_found(string url)
    {
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(_site)!, "passwd"), "secret");
        Assert.Equal(SitePathResolver.Kind.NotFound, new SitePathResolver(_site).Resolve(url).Kind);
    }

    [Fact]
    public void A_folder_without_slash_redirects_so_relative_links_work()
    {
        var resolution = new SitePathResolver(_site).Resolve("/programs");
        Assert.Equal(SitePathResolver.Kind.Redirect, resolution.Kind);
        Assert.Equal("/programs/", resolution.RedirectTo);
    }

    [Fact]
    public void Symbolic_links_out_of_the_site_are_not_followed()
    {
        var outside = StaticSite.Tests.TestPaths.NewTempDir("staticsite-outside");
        File.WriteAllText(Path.Combine(outside, "secret.txt"), "secret");
        File.CreateSymbolicLink(Path.Combine(_site, "leak.txt"), Path.Combine(outside, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(_site, "leakdir"), outside);
        var resolver = new SitePathResolver(_site);
        Assert.Equal(SitePathResolver.Kind.NotFound, resolver.Resolve("/leak.txt").Kind);
        Assert.Equal(SitePathResolver.Kind.NotFound, resolver.Resolve("/leakdir/secret.txt").Kind);
        Assert.Equal(SitePathResolver.Kind.NotFound, resolver.Resolve("/leakdir/").Kind);
    }

    [Fact]
    public void Symbolic_links_inside_the_site_are_followed()
    {
        File.CreateSymbolicLink(Path.Combine(_site, "alias.js"), Path.Combine(_site, "assets", "app.js"));
        var resolution = new SitePathResolver(_site).Resolve("/alias.js");
        Assert.Equal(SitePathResolver.Kind.File, resolution.Kind);
        Assert.Equal(Path.Combine(_site, "assets", "app.js"), resolution.FullPath);
    }

    [Fact]
    public void A_site_folder_reached_through_a_link_still_serves()
    {
        var link = Path.Combine(StaticSite.Tests.TestPaths.NewTempDir("staticsite-link"), "site");
        Directory.CreateSymbolicLink(link, _site);
        Assert.Equal(SitePathResolver.Kind.File, new SitePathResolver(link).Resolve("/index.html").Kind);
    }
}
