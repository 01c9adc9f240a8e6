using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace StaticSite.Site.Tests.Browser;

/// <summary>WCAG 2.1 A and AA on every page type of the sample site, checked by axe-core, in light and dark colours, wide and narrow.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser, ITestOutputHelper output)
{
    private static readonly AxeRunOptions Wcag21 = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Theory]
    [InlineData(ColorScheme.Light, 1366)]
    [InlineData(ColorScheme.Dark, 1366)]
    [InlineData(ColorScheme.Light, 390)]
    public async Task Every_page_type_has_no_WCAG_21_AA_violation(ColorScheme scheme, int width)
    {
        var site = SampleSite.Instance;
        var failures = new List<string>();
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "vi-VN", ColorScheme = scheme, ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        foreach (var (name, path) in site.PageTypes())
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(site.FileUrl(path));
            // The search page loads its results by scripts: checked once they are all shown.
            if (path.StartsWith("search.html", StringComparison.Ordinal)) await SearchResultsSnapshotTests.WaitForResultsAsync(page);
            var results = await page.RunAxe(Wcag21);
            foreach (var violation in results.Violations)
                failures.Add($"{name} ({path}, {scheme}, {width}px): {violation.Id} — {violation.Help}\n    "
                    + string.Join("\n    ", violation.Nodes.Take(5).Select(n => $"{n.Target} {n.Html[..Math.Min(n.Html.Length, 160)]}")));
            await page.CloseAsync();
        }
        output.WriteLine(string.Join("\n", failures));
        Assert.True(failures.Count == 0, $"{failures.Count} violation(s):\n" + string.Join("\n", failures));
    }
}
