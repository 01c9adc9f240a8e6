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
        Assert.True(await page.Locator("table.compare mark.only-a, table.compare mark.only-b").CountAsync() > 0);

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

    private static readonly string[] Committees = ["Thành ủy Cần Thơ", "Tỉnh ủy Quảng Ngãi"];

    private async Task<IPage> OpenAsync(int width, string relative)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "vi-VN", ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(SampleSite.Instance.FileUrl(relative));
        Assert.Empty(errors);
        return page;
    }

    // Rows a person sees: laid out (not display: none, nor inside a hidden group).
    private static Task<int> VisibleAsync(IPage page, string selector) =>
        page.EvaluateAsync<int>("s => [...document.querySelectorAll(s)].filter(e => e.getClientRects().length > 0).length", selector);

    private static async Task AssertNoPageScrollAsync(IPage page) =>
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            $"the page scrolls sideways: {await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")} px in {page.ViewportSize!.Width} px");

    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task Only_the_differences_hides_the_identical_rows_and_shows_them_again(int width)
    {
        var page = await OpenAsync(width, SampleSite.Instance.ComparisonPages()[0]);
        var same = await page.Locator("table.compare tr.row.same").CountAsync();
        var rows = await page.Locator("table.compare tr.row").CountAsync();
        output.WriteLine($"{rows} rows, {same} identical");
        Assert.True(same > 0 && rows > same);
        Assert.Equal(rows, await VisibleAsync(page, "table.compare tr.row"));

        var toggle = page.GetByLabel("Chỉ hiện khác biệt");
        await toggle.CheckAsync();
        Assert.Equal(0, await VisibleAsync(page, "table.compare tr.row.same"));
        Assert.Equal(rows - same, await VisibleAsync(page, "table.compare tr.row"));
        Assert.Equal($"Đã ẩn {same} cặp nhiệm vụ giống hệt.", await page.Locator("[data-compare-status]").TextContentAsync());
        await AssertNoPageScrollAsync(page);
        await BrowserFixture.ScreenshotAsync(page, $"compare-differences-{width}");

        // Remembered: the page opened again keeps the choice.
        await page.ReloadAsync();
        Assert.True(await page.GetByLabel("Chỉ hiện khác biệt").IsCheckedAsync());
        Assert.Equal(0, await VisibleAsync(page, "table.compare tr.row.same"));

        await page.GetByLabel("Chỉ hiện khác biệt").UncheckAsync();
        Assert.Equal(rows, await VisibleAsync(page, "table.compare tr.row"));
        Assert.Equal("", await page.Locator("[data-compare-status]").TextContentAsync());
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task Each_side_is_named_A_or_B_with_its_committee_and_numbers_are_written_the_Vietnamese_way(int width)
    {
        var page = await OpenAsync(width, SampleSite.Instance.ComparisonPages()[0]);

        Assert.Equal(["A: Thành ủy Cần Thơ", "Mức giống", "B: Tỉnh ủy Quảng Ngãi"], await page.Locator("table.compare thead th").AllTextContentsAsync());
        // A row only A has says so in B's column, and the other way round; nothing is struck through.
        Assert.Equal("Chỉ có ở A (Thành ủy Cần Thơ)", await page.Locator("tr.row.only-a td.side-b.missing .only").First.TextContentAsync());
        Assert.Equal("Chỉ có ở B (Tỉnh ủy Quảng Ngãi)", await page.Locator("tr.row.only-b td.side-a.missing .only").First.TextContentAsync());
        Assert.Equal(0, await page.Locator("main del, main ins, main s, main strike").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('main *')].every(e => !getComputedStyle(e).textDecorationLine.includes('line-through'))"));

        var bands = (await page.Locator("table.compare td.score .band").AllTextContentsAsync()).Distinct().Order().ToList();
        Assert.Equal(["gần giống", "giống hệt", "khác nhiều"], bands);
        Assert.All(await page.Locator("table.compare td.score .pct").AllTextContentsAsync(), p => Assert.Matches(@"^\d{1,3}\u00A0%$", p));
        var text = await page.InnerTextAsync("main");
        Assert.DoesNotMatch(@"(?<![\d.])(0\.\d\d|1\.00)(?![\d.])", text);
        Assert.Contains("35\u00A0%", await page.Locator("#tom-tat").TextContentAsync() ?? "");

        // Wide, A and B stand side by side; on a phone they stack, each cell naming its side.
        var row = page.Locator("tr.row.pair").First;
        var a = (await row.Locator("td.side-a").BoundingBoxAsync())!;
        var b = (await row.Locator("td.side-b").BoundingBoxAsync())!;
        if (width >= 768) Assert.True(b.X > a.X + a.Width - 1 && Math.Abs(b.Y - a.Y) < 1, $"A at {a.X},{a.Y}; B at {b.X},{b.Y}");
        else
        {
            Assert.True(b.Y >= a.Y + a.Height - 1, $"A at {a.X},{a.Y}; B at {b.X},{b.Y}");
            Assert.Equal("\"A\"", await row.Locator("td.side-a").EvaluateAsync<string>("e => getComputedStyle(e, '::before').content"));
        }
        await AssertNoPageScrollAsync(page);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task The_index_lists_every_comparison_page_and_the_breadcrumb_leads_to_it(int width)
    {
        var site = SampleSite.Instance;
        var page = await OpenAsync(width, site.ComparisonPages()[0]);

        var crumb = page.Locator("nav.breadcrumbs a", new PageLocatorOptions { HasTextString = "So sánh" });
        await crumb.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.EndsWith("/compare/index.html", new Uri(page.Url).AbsolutePath);

        var listed = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.compare-pages a')].map(a => a.href)");
        Assert.Equal(site.ComparisonPages().Select(p => site.FileUrl(p)).Order(), listed.Order());
        Assert.Equal(site.ComparisonPages().Count, listed.Length);
        Assert.Contains("28-NQ/TW", await page.Locator(".compare-resolution h2").AllTextContentsAsync());
        await AssertNoPageScrollAsync(page);

        // Reached from the home page's indexes and from the resolution's page.
        await page.GotoAsync(site.FileUrl("index.html"));
        Assert.Equal(1, await page.Locator(".indexes a[href='compare/index.html']").CountAsync());
        await page.GotoAsync(site.FileUrl("references/28-nq-tw.html"));
        Assert.Equal(1, await page.Locator(".related a[href='../compare/index.html']").CountAsync());
        Assert.Equal(1, await page.Locator(".related a[href='../compare/chon.html?r=28-NQ%2FTW']").CountAsync());
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task The_on_demand_page_compares_two_programs_in_the_browser_from_file_URLs(int width)
    {
        var site = SampleSite.Instance;
        var (a, b) = SampleSite.PairOf(site.ComparisonPages()[0]);
        // B against A: no page is made in this order, so everything on screen is computed by the script.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var page = await OpenAsync(width, $"compare/chon.html?a={b}&b={a}");
        await page.Locator("table.compare tr.row.pair").First.WaitForAsync();
        output.WriteLine($"opened and compared in the browser in {clock.ElapsedMilliseconds} ms");

        Assert.Equal(b, await page.Locator("select[name=a]").InputValueAsync());
        Assert.Equal(a, await page.Locator("select[name=b]").InputValueAsync());
        Assert.Equal(["A: Tỉnh ủy Quảng Ngãi", "Mức giống", "B: Thành ủy Cần Thơ"], await page.Locator("table.compare thead th").AllTextContentsAsync());
        var pairs = await page.Locator("table.compare tr.row.pair").CountAsync();
        var onlyA = await page.Locator("table.compare tr.row.only-a").CountAsync();
        var onlyB = await page.Locator("table.compare tr.row.only-b").CountAsync();
        output.WriteLine($"in the browser: pairs {pairs}, only A {onlyA}, only B {onlyB}");
        Assert.True(pairs >= 10 && onlyA > 0 && onlyB > 0);
        Assert.Equal("Chỉ có ở A (Tỉnh ủy Quảng Ngãi)", await page.Locator("tr.row.only-a td.side-b.missing .only").First.TextContentAsync());
        Assert.Equal("Chỉ có ở B (Thành ủy Cần Thơ)", await page.Locator("tr.row.only-b td.side-a.missing .only").First.TextContentAsync());
        Assert.True(await page.Locator("table.compare mark.only-a").CountAsync() > 0 && await page.Locator("table.compare mark.only-b").CountAsync() > 0);
        // The Ban Tổ chức blocks of the two committees stand against each other.
        var head = await page.Locator("tr.group-head", new PageLocatorOptions { HasTextString = "Ban Tổ chức Tỉnh ủy" }).First.TextContentAsync() ?? "";
        Assert.Contains("Ban Tổ chức Thành ủy", head);
        Assert.DoesNotMatch(@"(?<![\d.])(0\.\d\d|1\.00)(?![\d.])", await page.InnerTextAsync("main"));
        // The pair has a page made at build: the page says so.
        Assert.True(await page.Locator("[data-compare-made] a").IsVisibleAsync());
        Assert.EndsWith(site.ComparisonPages()[0], await page.Locator("[data-compare-made] a").EvaluateAsync<string>("a => a.href"));

        var same = await page.Locator("table.compare tr.row.same").CountAsync();
        var rows = await page.Locator("table.compare tr.row").CountAsync();
        Assert.True(same > 0);
        await page.GetByLabel("Chỉ hiện khác biệt").CheckAsync();
        Assert.Equal(rows - same, await VisibleAsync(page, "table.compare tr.row"));
        await page.GetByLabel("Chỉ hiện khác biệt").UncheckAsync();
        Assert.Equal(rows, await VisibleAsync(page, "table.compare tr.row"));
        await AssertNoPageScrollAsync(page);
        await BrowserFixture.ScreenshotAsync(page, $"compare-on-demand-{width}");

        // Picking the other order in the form compares again, the URL saying which two.
        await page.Locator("select[name=a]").SelectOptionAsync(a);
        await page.Locator("select[name=b]").SelectOptionAsync(b);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "So sánh" }).ClickAsync();
        await page.WaitForURLAsync($"**/compare/chon.html?a={a}&b={b}");
        await page.Locator("table.compare tr.row.pair").First.WaitForAsync();
        Assert.Equal("A: Thành ủy Cần Thơ", await page.Locator("table.compare thead th").First.TextContentAsync());

        // A query naming no listed program loads no script.
        await page.GotoAsync(site.FileUrl($"compare/chon.html?a=..%2F..%2Fassets%2Fsite&b={a}"));
        Assert.Equal("Chọn hai chương trình rồi bấm “So sánh”.", await page.Locator("[data-compare-status-load]").TextContentAsync());
        Assert.True(await page.Locator("[data-compare-result]").IsHiddenAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_pair_without_a_page_is_linked_from_the_program_page_and_compared_in_the_browser()
    {
        // Three programs of 28-NQ/TW, each compared on a page with its closest one only: one pair has no page.
        var project = StaticSite.Tests.TestPaths.NewTempDir("staticsite-compare");
        var content = Directory.CreateDirectory(Path.Combine(project, "content")).FullName;
        foreach (var name in new[] { "000_3a5651ff20a9df67.txt", "002_a7de56b83dec73d2.txt" })
            File.Copy(Path.Combine(StaticSite.Tests.TestPaths.Content, name), Path.Combine(content, name));
        File.Copy(Path.Combine(StaticSite.Tests.TestPaths.Content, "002_a7de56b83dec73d2.txt"), Path.Combine(content, "005_ban-sao.txt"));
        File.WriteAllText(Path.Combine(project, "site.config.json"), $$"""
            { "title": "Thử so sánh", "content": "content", "output": "_site", "theme": {{System.Text.Json.JsonSerializer.Serialize(Path.Combine(StaticSite.Tests.TestPaths.Root, "theme"))}},
              "buildDate": "2026-11-24", "pdf": false, "compare": { "closest": 1 } }
            """);
        var output = Path.Combine(project, "_site");
        var result = SiteBuilder.Build(new BuildOptions { ConfigPath = Path.Combine(project, "site.config.json"), Output = output });
        Assert.True(result.Success, string.Join("\n", result.Errors));
        var made = result.Pages.Where(p => p.StartsWith("compare/", StringComparison.Ordinal) && p.Contains("--", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, made.Count);
        Assert.Equal(3, Directory.GetFiles(Path.Combine(output, "compare", "data"), "*.js").Length);

        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "vi-VN", ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        var program = new[] { "000-3a5651ff20a9df67", "002-a7de56b83dec73d2", "005-ban-sao" }
            .First(slug => made.Count(m => m.Contains(slug, StringComparison.Ordinal)) == 1);
        await page.GotoAsync(new Uri(Path.Combine(output, "programs", program + ".html")).AbsoluteUri);
        var onDemand = page.Locator(".related a[href*='chon.html']");
        Assert.Equal(1, await onDemand.CountAsync());
        Assert.EndsWith("(tính trên trình duyệt)", await onDemand.TextContentAsync());
        await onDemand.ClickAsync();
        await page.Locator("table.compare tr.row.pair").First.WaitForAsync();

        Assert.Equal(program, await page.Locator("select[name=a]").InputValueAsync());
        Assert.True(await page.Locator("[data-compare-made]").IsHiddenAsync());
        Assert.True(await page.Locator("table.compare tr.row.pair").CountAsync() > 0);
        Assert.True(await page.Locator("table.compare tr.row.only-a").CountAsync() + await page.Locator("table.compare tr.row.only-b").CountAsync() > 0);

        // A program and its copy: one committee, so each side is named with its number too; every row is identical,
        // and "only the differences" leaves none.
        await page.GotoAsync(new Uri(Path.Combine(output, "compare", "chon.html")).AbsoluteUri + "?a=002-a7de56b83dec73d2&b=005-ban-sao");
        await page.Locator("table.compare tr.row").First.WaitForAsync();
        var heads = await page.Locator("table.compare thead th").AllTextContentsAsync();
        Assert.NotEqual(heads[0][3..], heads[2][3..]);
        Assert.Matches(@"^A: .+ \(.+\)$", heads[0]);
        var rows = await page.Locator("table.compare tr.row").CountAsync();
        Assert.Equal(rows, await page.Locator("table.compare tr.row.same").CountAsync());
        Assert.Equal(["giống hệt"], (await page.Locator("table.compare .band").AllTextContentsAsync()).Distinct());
        await page.GetByLabel("Chỉ hiện khác biệt").CheckAsync();
        Assert.Equal(0, await VisibleAsync(page, "table.compare tr.row"));
        await context.CloseAsync();
    }
}
