using System.Text;
using Microsoft.Playwright;
using StaticSite.Tests;

namespace StaticSite.Site.Tests.Browser;

/// <summary>
/// What the search page shows on the sample site for a fixed set of queries — the status, the groups with their counts,
/// every hit's link in order (all "Xem thêm" opened) and the first hits' snippets with their marks — against
/// <c>tests/Fixtures/search/sample-results.approved.txt</c>, recorded from the single-index MiniSearch search before
/// the index was split into shards, so the split keeps the same results in the same order.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchResultsSnapshotTests(BrowserFixture browser)
{
    private static readonly string[] Queries =
    [
        "thoi han", "thời hạn", "Thời Hạn", "to chuc thuc hien", "tổ chức thực hiện", "nghi quyet 28", "28-NQ/TW",
        "thanh uy", "cuc thi h", "cuc thi h ", "chuyen doi s", "chuyển đổi số", "cải cách hành chính", "ha noi",
        "ubnd", "quý IV", "ke hoach 2025", "xyzzy khong co",
    ];

    [Fact]
    public async Task The_sample_site_answers_the_recorded_queries_with_the_recorded_results()
    {
        var site = SampleSite.Instance;
        var page = await browser.NewPageAsync();
        var text = new StringBuilder();
        foreach (var query in Queries)
        {
            await page.GotoAsync(site.FileUrl("search.html") + "?q=" + Uri.EscapeDataString(query));
            await WaitForResultsAsync(page);
            while (await page.Locator(".search-more").CountAsync() > 0)
            {
                await page.Locator(".search-more").First.ClickAsync();
                await WaitForResultsAsync(page);
            }
            text.Append("## «").Append(query).Append("»\n");
            text.Append(await page.TextContentAsync("[data-search-status]")).Append('\n');
            var groups = await page.EvalOnSelectorAllAsync<string[][]>("[data-search-group]", """
                gs => gs.map(g => [g.querySelector('h2').textContent].concat([...g.querySelectorAll('.search-hit')].map((h, i) => {
                  const a = h.querySelector(':scope > a');
                  const show = e => e ? [...e.childNodes].map(n => n.nodeName === 'MARK' ? '[' + n.textContent + ']' : n.textContent).join('') : '';
                  const link = a.getAttribute('href');
                  return i < 3 ? link + ' | ' + show(a) + ' | ' + show(h.querySelector('.search-snippet')) + ' | ' + show(h.querySelector('.search-page-title')) : link;
                })))
                """);
            foreach (var group in groups)
            {
                text.Append("### ").Append(group[0]).Append('\n');
                foreach (var hit in group.Skip(1)) text.Append(hit).Append('\n');
            }
            text.Append('\n');
        }
        await page.Context.CloseAsync();
        Snapshot.Verify("search", "sample-results", text.ToString());
    }

    // The page has answered: a status is written and no shard is still loading.
    internal static Task WaitForResultsAsync(IPage page) => page.WaitForFunctionAsync(
        "() => document.querySelector('[data-search-status]').textContent !== '' && !document.querySelector('[data-search-results][aria-busy=true]')");
}
