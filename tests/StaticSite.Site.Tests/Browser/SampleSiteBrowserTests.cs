using Microsoft.Playwright;
using StaticSite.Site.Serve;
using Xunit.Abstractions;

namespace StaticSite.Site.Tests.Browser;

/// <summary>What a person sees on the built sample site, from <c>file://</c> and from the preview server.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SampleSiteBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    public enum Origin { File, Serve }

    [Theory]
    [InlineData(Origin.File, "to chuc thuc hien")]
    [InlineData(Origin.File, "nghi quyet 28")]
    [InlineData(Origin.Serve, "to chuc thuc hien")]
    [InlineData(Origin.Serve, "nghi quyet 28")]
    public async Task Search_without_diacritics_finds_programs_and_a_click_reaches_a_program_page(Origin origin, string query)
    {
        var site = SampleSite.Instance;
        await using var server = origin == Origin.Serve ? StartServer(site) : null;
        var page = await browser.NewPageAsync();
        var home = server is null ? site.FileUrl("index.html") : server.Address.AbsoluteUri;

        // Type into the search box of the home page, as a person would, and submit.
        await page.GotoAsync(home);
        await page.FillAsync("input[type=search]", query);
        await page.PressAsync("input[type=search]", "Enter");
        await page.WaitForSelectorAsync("[data-search-results] a");

        var links = await page.EvalOnSelectorAllAsync<string[]>("[data-search-results] a", "as => as.map(a => a.getAttribute('href'))");
        var programLinks = links.Where(IsProgramLink).ToList();
        output.WriteLine($"{origin} “{query}”: {links.Length} results, programs: " + string.Join(", ", programLinks.Select(h => h.Split('#')[0]).Distinct()));
        Assert.NotEmpty(programLinks);
        var found = programLinks.Select(h => h.Split('#')[0]).ToHashSet(StringComparer.Ordinal);
        // Every program names its organization section (tổ chức thực hiện); the ones that cite Resolution 28 must come up for it.
        var expected = query.StartsWith("to chuc", StringComparison.Ordinal)
            ? site.ProgramPages()
            : site.ProgramPages().Where(p => DocumentText(Path.Combine(site.Directory, p)).Contains("28-NQ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(expected);
        Assert.All(expected, p => Assert.Contains(p, found));
        await BrowserFixture.ScreenshotAsync(page, $"search-{origin.ToString().ToLowerInvariant()}-{StaticSite.Text.Slug.From(query)}");

        await page.Locator($"[data-search-results] a[href=\"{programLinks[0]}\"]").First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Matches(@"/programs/[^/]+\.html", new Uri(page.Url).AbsolutePath);
        Assert.False(string.IsNullOrWhiteSpace(await page.TextContentAsync("h1")));
        if (server is not null) Assert.Equal(1, await page.Locator($"script[{LiveReload.MarkerAttribute}]").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, $"program-{origin.ToString().ToLowerInvariant()}-{StaticSite.Text.Slug.From(query)}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Searching_with_and_without_diacritics_finds_the_same_programs()
    {
        var site = SampleSite.Instance;
        var page = await browser.NewPageAsync();
        async Task<string[]> Programs(string q)
        {
            await page.GotoAsync(site.FileUrl("search.html") + "?q=" + Uri.EscapeDataString(q));
            await page.WaitForSelectorAsync("[data-search-results] a");
            var hrefs = await page.EvalOnSelectorAllAsync<string[]>("[data-search-results] a", "as => as.map(a => a.getAttribute('href'))");
            return [.. hrefs.Where(IsProgramLink).Select(h => h.Split('#')[0]).Distinct().Order(StringComparer.Ordinal)];
        }
        var accented = await Programs("tổ chức thực hiện");
        var folded = await Programs("to chuc thuc hien");
        Assert.NotEmpty(accented);
        Assert.Equal(accented, folded);
        await page.Context.CloseAsync();
    }

    // The text of the document itself: the page's main part without navigation (pager, table of contents) and related links.
    private static string DocumentText(string htmlPath)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(htmlPath));
        var main = document.QuerySelector("main") ?? throw new InvalidOperationException($"no <main> in {htmlPath}");
        foreach (var element in main.QuerySelectorAll("nav, .related").ToList()) element.Remove();
        return main.TextContent;
    }

    private static bool IsProgramLink(string href) => href.Contains("programs/", StringComparison.Ordinal) && !href.Contains("programs/index.html", StringComparison.Ordinal);

    private static PreviewServer StartServer(SampleSite site)
    {
        var server = new PreviewServer(site.Directory, "127.0.0.1", 0);
        server.Start();
        return server;
    }
}
