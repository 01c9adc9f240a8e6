using Microsoft.Playwright;
using StaticSite.Site.Building;
using StaticSite.Text;

namespace StaticSite.Site.Tests.Browser;

/// <summary>
/// The theme's <c>search.js</c> over an index written for the test (counts past a thousand, hostile text, a match far
/// into a long text, text not in NFC): what the sample site does not hold.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchScriptTests(BrowserFixture browser)
{
    [Fact]
    public async Task Counts_are_written_the_Vietnamese_way_and_Xem_them_shows_the_rest()
    {
        var entries = Enumerable.Range(1, 1234).Select(i => Entry($"programs/p.html#i-{i}", "", $"Nhiệm vụ {i} — 01-CTr/TU", "Nhiệm vụ", $"Tổ chức thực hiện nhiệm vụ số {i}. — Thời hạn: quý {i % 4 + 1}")).ToList();
        var page = await OpenAsync(entries, "thoi han");
        Assert.Equal("Tìm thấy 1.234 kết quả cho “thoi han”.", await page.TextContentAsync("[data-search-status]"));
        Assert.Equal("Nhiệm vụ (1.234)", await page.TextContentAsync("[data-search-group] h2"));
        Assert.Equal(50, await page.Locator(".search-hit").CountAsync());
        Assert.Equal("Xem thêm 1.184 kết quả", await page.TextContentAsync(".search-more"));
        await page.ClickAsync(".search-more");
        await SearchResultsSnapshotTests.WaitForResultsAsync(page);
        Assert.Equal(1234, await page.Locator(".search-hit").CountAsync());
        Assert.Equal(0, await page.Locator(".search-more").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Index_text_stays_text_in_titles_and_snippets()
    {
        var hostile = "<img src=x onerror=\"window.PWNED=1\"> thời hạn <b>đậm</b> <script>window.PWNED=2</script>";
        var page = await OpenAsync([Entry("programs/p.html#i-1", "", "Nhiệm vụ 1 — <i>x</i>", "Nhiệm vụ", hostile), Entry("bodies/b.html", "<b>Thời</b> hạn", "<b>Thời</b> hạn", "Cơ quan", "")], "thoi han");
        Assert.Equal(2, await page.Locator(".search-hit").CountAsync());
        Assert.Equal(hostile, await page.TextContentAsync(".search-snippet"));
        // Inside the titles and snippets nothing but <mark>.
        var tags = await page.EvalOnSelectorAllAsync<string[]>(".search-hit > a *, .search-snippet *", "es => es.map(e => e.tagName)");
        Assert.NotEmpty(tags);
        Assert.All(tags, t => Assert.Equal("MARK", t));
        Assert.Equal(0, await page.Locator("[data-search-results] img, [data-search-results] script, [data-search-results] b, [data-search-results] i").CountAsync());
        Assert.Equal("Nhiệm vụ 1 — <i>x</i>", await page.TextContentAsync(".search-hit > a[href='programs/p.html#i-1']"));
        // Symbols glued to a word part it from the word: "<b>Thời</b> hạn" is found by "thoi han", "Thời" marked.
        Assert.Equal(["Thời", "hạn"], await page.EvalOnSelectorAllAsync<string[]>(".search-hit > a[href='bodies/b.html'] mark", "ms => ms.map(m => m.textContent)"));
        Assert.True(await page.EvaluateAsync<bool>("window.PWNED === undefined"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_snippet_is_cut_around_a_match_far_into_a_long_text_and_marks_text_not_in_NFC()
    {
        var before = string.Join(" ", Enumerable.Repeat("Tăng cường công tác tuyên truyền, phổ biến, giáo dục.", 12));
        var longText = before + " Rà soát định kỳ. — Thời hạn: hằng năm. " + string.Join(" ", Enumerable.Repeat("Sơ kết, tổng kết.", 20));
        var decomposed = "Báo cáo kết quả. — Thời hạn: quý IV".Normalize(System.Text.NormalizationForm.FormD);
        var page = await OpenAsync([Entry("programs/p.html#i-1", "", "Nhiệm vụ 1 — X", "Nhiệm vụ", longText), Entry("programs/p.html#i-2", "", "Nhiệm vụ 2 — X", "Nhiệm vụ", decomposed)], "thoi han");
        var snippets = await page.EvalOnSelectorAllAsync<string[]>(".search-snippet", "ps => ps.map(p => p.textContent)");
        var marks = await page.EvalOnSelectorAllAsync<string[]>(".search-snippet mark", "ms => ms.map(m => m.textContent.normalize('NFC'))");
        var far = Assert.Single(snippets, s => s.Contains("Rà soát", StringComparison.Ordinal));
        Assert.StartsWith("… ", far);
        Assert.EndsWith(" …", far);
        Assert.True(far.Length <= 244, far);
        Assert.Contains("Thời hạn: hằng năm", far);
        // The decomposed letters are marked whole: the mark ends after the tone of "hạn", not before it.
        Assert.Equal(["Thời", "hạn", "Thời", "hạn"], marks);
        var decomposedMarks = await page.EvalOnSelectorAllAsync<string[]>(".search-snippet",
            "ps => ps.filter(p => p.textContent.normalize('NFC').includes('Báo cáo')).flatMap(p => [...p.querySelectorAll('mark')].map(m => m.textContent))");
        Assert.Equal(["Thời".Normalize(System.Text.NormalizationForm.FormD), "hạn".Normalize(System.Text.NormalizationForm.FormD)], decomposedMarks);
        await page.Context.CloseAsync();
    }

    private static SearchEntry Entry(string url, string title, string label, string kind, string text) =>
        new(0, url, title, label, kind, text, "Chương trình thử", VietnameseText.Fold(title), VietnameseText.Fold(text));

    // A page with the elements search.js looks for, the theme's scripts and the given index, opened at ?q=query.
    private async Task<IPage> OpenAsync(IReadOnlyList<SearchEntry> entries, string query)
    {
        var dir = StaticSite.Tests.TestPaths.NewTempDir("search-script");
        var assets = Path.Combine(StaticSite.Tests.TestPaths.Root, "theme", "assets");
        File.Copy(Path.Combine(assets, "search.js"), Path.Combine(dir, "search.js"));
        foreach (var (path, text) in SearchShards.Write([.. entries.Select((e, i) => e with { Id = i })]))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(dir, path))!);
            File.WriteAllText(Path.Combine(dir, path), text);
        }
        File.WriteAllText(Path.Combine(dir, "search.html"), """
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"><title>Tìm kiếm</title></head>
            <body data-root="">
            <form><input type="search" name="q" id="search-query"></form>
            <p data-search-status></p>
            <div data-search-results></div>
            <script src="search/manifest.js"></script><script src="search.js"></script>
            </body></html>
            """);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(dir, "search.html")).AbsoluteUri + "?q=" + Uri.EscapeDataString(query));
        await SearchResultsSnapshotTests.WaitForResultsAsync(page);
        return page;
    }
}
