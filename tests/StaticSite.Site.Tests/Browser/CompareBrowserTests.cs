using Microsoft.Playwright;
using Xunit.Abstractions;

namespace StaticSite.Site.Tests.Browser;

/// <summary>A reviewer opens the comparison of the two programs that implement 28-NQ/TW (issue: side-by-side comparison).</summary>
[Collection(BrowserCollection.Name)]
public sealed class CompareBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task From_a_program_page_a_click_opens_the_aligned_comparison()
    {
        var site = SampleSite.Instance;
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.FileUrl("programs/000-3a5651ff20a9df67.html"));

        await page.Locator("a[href*='compare/']").First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.EndsWith("/compare/000-3a5651ff20a9df67--002-a7de56b83dec73d2.html", new Uri(page.Url).AbsolutePath);

        // Both committees head the columns; aligned rows, rows only in one program, and word-level marks are shown.
        var text = await page.TextContentAsync("main") ?? "";
        Assert.Contains("Thành ủy Cần Thơ", text);
        Assert.Contains("Tỉnh ủy Quảng Ngãi", text);
        var pairs = await page.Locator("table.compare tr.pair").CountAsync();
        var onlyA = await page.Locator("table.compare tr.only-a").CountAsync();
        var onlyB = await page.Locator("table.compare tr.only-b").CountAsync();
        output.WriteLine($"pairs {pairs}, only A {onlyA}, only B {onlyB}");
        Assert.True(pairs > 0 && onlyA > 0 && onlyB > 0);
        Assert.True(await page.Locator("table.compare ins, table.compare del").CountAsync() > 0);

        // The Ban Tổ chức block of one committee stands against the other's, each in its own column.
        var block = page.Locator("tbody#g-ban-to-chuc");
        Assert.Equal(1, await block.CountAsync());
        var head = await block.Locator("tr").First.TextContentAsync() ?? "";
        Assert.True(head.IndexOf("Ban Tổ chức Thành ủy", StringComparison.Ordinal) is var a && a >= 0
            && head.IndexOf("Ban Tổ chức Tỉnh ủy", StringComparison.Ordinal) > a, head);
        Assert.True(await block.Locator("tr.pair, tr.only-a, tr.only-b").CountAsync() >= 10);

        // Printed, the navigation goes away.
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.Locator("header nav").First.IsVisibleAsync());
        await BrowserFixture.ScreenshotAsync(page, "compare-28-nq-tw", fullPage: false);
        await page.Context.CloseAsync();
    }
}
