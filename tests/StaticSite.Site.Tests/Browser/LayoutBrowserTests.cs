using Microsoft.Playwright;
using Xunit.Abstractions;

namespace StaticSite.Site.Tests.Browser;

/// <summary>
/// Issue 14, layout and navigation, on the sample site at 1366 and 390 px: dark colours (system and toggle, remembered),
/// the menu button on a phone, no sideways page scroll (wide tables scroll in their own box), a nested table of contents
/// that marks the section being read, heading permalinks, back to top, and the home filter over cards and table rows.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string DarkPaper = "rgb(20, 24, 28)";
    private const string LightPaper = "rgb(255, 255, 255)";

    private async Task<IBrowserContext> ContextAsync(int width, ColorScheme scheme = ColorScheme.Light) =>
        await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "vi-VN", ColorScheme = scheme, ViewportSize = new ViewportSize { Width = width, Height = width < 768 ? 844 : 900 },
        });

    private static Task<string> PaperAsync(IPage page) => page.EvaluateAsync<string>("getComputedStyle(document.documentElement).backgroundColor");

    [Fact]
    public async Task Dark_colours_follow_the_system_and_the_toggle_and_the_choice_survives_a_reload()
    {
        var site = SampleSite.Instance;
        await using (var dark = await ContextAsync(1366, ColorScheme.Dark))
        {
            var page = await dark.NewPageAsync();
            await page.GotoAsync(site.FileUrl(site.ProgramPages()[0]));
            Assert.Equal(DarkPaper, await PaperAsync(page));
            Assert.Equal("true", await page.GetAttributeAsync("[data-theme-toggle]", "aria-pressed"));
        }

        await using var light = await ContextAsync(1366, ColorScheme.Light);
        var home = await light.NewPageAsync();
        await home.GotoAsync(site.FileUrl("index.html"));
        Assert.Equal(LightPaper, await PaperAsync(home));
        var toggle = home.Locator("[data-theme-toggle]");
        Assert.True(await toggle.IsVisibleAsync());
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-pressed"));
        await toggle.ClickAsync();
        Assert.Equal(DarkPaper, await PaperAsync(home));
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-pressed"));

        // Remembered: another page of the site, and a reload, open dark although the system is light; the choice is
        // applied from <head>, before the body is drawn.
        await home.GotoAsync(site.FileUrl("deadlines.html"));
        Assert.Equal(DarkPaper, await PaperAsync(home));
        await home.ReloadAsync();
        Assert.Equal(DarkPaper, await PaperAsync(home));
        Assert.Equal(1, await home.Locator("head script[src$='assets/theme.js']").CountAsync());

        // And back to light.
        await home.ClickAsync("[data-theme-toggle]");
        await home.ReloadAsync();
        Assert.Equal(LightPaper, await PaperAsync(home));

        // Printing from dark mode prints light.
        await home.ClickAsync("[data-theme-toggle]");
        await home.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.Equal(LightPaper, await PaperAsync(home));
    }

    [Fact]
    public async Task On_a_phone_the_menu_button_opens_and_closes_the_navigation_and_on_a_wide_screen_there_is_none()
    {
        var site = SampleSite.Instance;
        await using (var phone = await ContextAsync(390))
        {
            var page = await phone.NewPageAsync();
            await page.GotoAsync(site.FileUrl(site.ProgramPages()[0]));
            var button = page.Locator("[data-menu-toggle]");
            var nav = page.Locator("#site-nav");
            Assert.True(await button.IsVisibleAsync());
            Assert.Equal("site-nav", await button.GetAttributeAsync("aria-controls"));
            Assert.Equal("false", await button.GetAttributeAsync("aria-expanded"));
            Assert.False(await nav.IsVisibleAsync());
            // The header no longer takes a quarter of the screen.
            var header = await page.Locator(".site-header").BoundingBoxAsync();
            output.WriteLine($"header at 390 px: {header!.Height} px of 844");
            Assert.True(header.Height < 844 / 4.0, $"header is {header.Height} px high");

            await button.ClickAsync();
            Assert.Equal("true", await button.GetAttributeAsync("aria-expanded"));
            Assert.True(await nav.IsVisibleAsync());
            Assert.True(await nav.Locator("a[href$='deadlines.html']").IsVisibleAsync());
            await button.ClickAsync();
            Assert.Equal("false", await button.GetAttributeAsync("aria-expanded"));
            Assert.False(await nav.IsVisibleAsync());
        }

        await using var wide = await ContextAsync(1366);
        var desk = await wide.NewPageAsync();
        await desk.GotoAsync(site.FileUrl(site.ProgramPages()[0]));
        Assert.False(await desk.Locator("[data-menu-toggle]").IsVisibleAsync());
        Assert.True(await desk.Locator("#site-nav").IsVisibleAsync());
    }

    [Fact]
    public async Task At_390_px_no_page_type_scrolls_sideways_and_wide_tables_scroll_in_their_own_box()
    {
        var site = SampleSite.Instance;
        await using var phone = await ContextAsync(390);
        var failures = new List<string>();
        var scrollingBoxes = 0;
        foreach (var (name, path) in site.PageTypes())
        {
            var page = await phone.NewPageAsync();
            await page.GotoAsync(site.FileUrl(path));
            var widths = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            var (scroll, client) = (widths[0], widths[1]);
            if (scroll > client) failures.Add($"{name} ({path}): the page is {scroll} px wide in a {client} px window");
            // Every table of the page sits in a box no wider than the window; a table wider than its box scrolls there.
            var boxes = await page.EvalOnSelectorAllAsync<int[][]>(".table-scroll", "bs => bs.map(b => [b.getBoundingClientRect().right, b.scrollWidth, b.clientWidth, getComputedStyle(b).overflowX === 'auto' ? 1 : 0, b.tabIndex])");
            foreach (var box in boxes)
            {
                if (box[0] > client) failures.Add($"{name}: a table box ends at {box[0]} px");
                if (box[3] != 1) failures.Add($"{name}: a table box does not scroll");
                if (box[1] > box[2]) { scrollingBoxes++; if (box[4] != 0) failures.Add($"{name}: a scrolling table box takes no focus"); }
            }
            if (name == "checklist")
            {
                // The task column reads as lines of text, not a word or two a line.
                var task = await page.Locator(".checklist-table th.col-task").First.BoundingBoxAsync();
                output.WriteLine($"checklist task column at 390 px: {task!.Width} px");
                if (task.Width < 240) failures.Add($"checklist: the task column is {task.Width} px wide");
                await page.Locator(".checklist-table tbody tr:not(.group-row)").First.ScrollIntoViewIfNeededAsync();
                await BrowserFixture.ScreenshotAsync(page, "layout-checklist-390");
            }
            var bare = await page.EvalOnSelectorAllAsync<int>("main table", "ts => ts.filter(t => !t.closest('.table-scroll') && !t.closest('.compare-wrap')).length");
            if (bare > 0 && name != "compare") failures.Add($"{name}: {bare} table(s) outside a scroll box");
            await page.CloseAsync();
        }
        output.WriteLine($"{scrollingBoxes} table boxes scroll sideways at 390 px");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        // The home table, the checklist and the deadlines are wider than a phone: at least those scroll in their box.
        Assert.True(scrollingBoxes >= 3, $"only {scrollingBoxes} table boxes scroll");
    }

    [Fact]
    public async Task Document_numbers_stay_on_one_line_at_390_px()
    {
        var site = SampleSite.Instance;
        await using var phone = await ContextAsync(390);
        var page = await phone.NewPageAsync();
        await page.GotoAsync(site.FileUrl("index.html"));
        var ids = page.Locator(".doc-id");
        Assert.True(await ids.CountAsync() > 0);
        Assert.Contains("28-NQ/TW", await ids.AllTextContentsAsync());
        // One line each: the box of a number is one line high.
        var heights = await page.EvalOnSelectorAllAsync<double[]>(".doc-id", "es => es.filter(e => e.offsetParent).map(e => e.getClientRects().length)");
        Assert.All(heights, h => Assert.Equal(1, h));
    }

    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task The_table_of_contents_is_nested_and_marks_the_section_being_read(int width)
    {
        var site = SampleSite.Instance;
        await using var context = await ContextAsync(width);
        var page = await context.NewPageAsync();
        // Program 003 has headings on three levels.
        var program = site.ProgramPages().Single(p => p.Contains("003-", StringComparison.Ordinal));
        await page.GotoAsync(site.FileUrl(program));
        var toc = page.Locator("nav.toc");
        Assert.True(await toc.Locator(":scope > ol > li > ol > li").CountAsync() > 0, "no nested entry");
        Assert.Equal(0, await toc.Locator(":scope > ol > li.toc-level-3").CountAsync());
        // The nesting follows the headings: each nested entry's heading is deeper than its parent's.
        var pairs = await toc.EvaluateAsync<string[][]>("t => [...t.querySelectorAll('ol ol > li > a')].map(a => [a.closest('ol').closest('li').querySelector('a').getAttribute('href').slice(1), a.getAttribute('href').slice(1)])");
        foreach (var pair in pairs)
        {
            var levels = await page.EvaluateAsync<int[]>("ids => ids.map(id => +document.getElementById(id).localName[1])", pair);
            Assert.True(levels[1] > levels[0], $"{pair[1]} (h{levels[1]}) under {pair[0]} (h{levels[0]})");
        }

        // Scroll a section near the top: its entry is marked, and only it.
        var links = await toc.Locator("a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href').slice(1))");
        var target = links[links.Length / 2];
        await page.EvaluateAsync("id => window.scrollTo(0, document.getElementById(id).getBoundingClientRect().top + window.scrollY - 40)", target);
        await page.WaitForFunctionAsync("id => document.querySelector('.toc a[aria-current=\"true\"]')?.getAttribute('href') === '#' + id", target);
        Assert.Equal(1, await toc.Locator("a[aria-current='true']").CountAsync());
        if (width >= 1200)
        {
            // Beside the text and still in sight 1000s of pixels down.
            var box = await toc.BoundingBoxAsync();
            var text = await page.Locator(".doc-layout > .content").BoundingBoxAsync();
            Assert.True(box!.Y >= 0 && box.Y < 100, $"table of contents at y={box.Y}");
            Assert.True(box.X + box.Width <= text!.X, "the table of contents is not beside the text");
            Assert.True(await toc.Locator("a[aria-current='true']").IsVisibleAsync());
            await BrowserFixture.ScreenshotAsync(page, "layout-toc-1366");
        }
    }

    [Fact]
    public async Task Every_heading_with_an_id_has_a_named_permalink_and_back_to_top_returns_to_the_top()
    {
        var site = SampleSite.Instance;
        await using var context = await ContextAsync(1366);
        var page = await context.NewPageAsync();
        foreach (var path in new[] { site.ProgramPages()[0], "index.html" }.Concat(site.PageTypes().Where(t => t.Name is "body" or "reference").Select(t => t.Path)))
        {
            await page.GotoAsync(site.FileUrl(path));
            var missing = await page.EvalOnSelectorAllAsync<string[]>(".content h2[id], .content h3[id], .content h4[id]",
                "hs => hs.filter(h => { const a = h.querySelector(':scope > a.permalink'); return !a || a.getAttribute('href') !== '#' + h.id || a.getAttribute('aria-label') !== 'Liên kết đến mục này'; }).map(h => h.id)");
            Assert.True(missing.Length == 0, $"{path}: no permalink on " + string.Join(", ", missing));
            Assert.True(await page.Locator(".content a.permalink").CountAsync() > 0, $"{path}: no heading with a permalink");
        }

        // Following a permalink puts its heading's address in the location bar.
        await page.GotoAsync(site.FileUrl(site.ProgramPages()[0]));
        var first = page.Locator(".content h2[id] > a.permalink").First;
        var id = await first.EvaluateAsync<string>("a => a.parentElement.id");
        await first.ClickAsync();
        Assert.EndsWith("#" + id, page.Url, StringComparison.Ordinal);

        // Về đầu trang: hidden at the top, shown far down, and it returns to the top.
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.WaitForFunctionAsync("document.querySelector('[data-back-to-top]').hidden");
        await page.EvaluateAsync("window.scrollTo(0, document.body.scrollHeight)");
        var back = page.Locator("[data-back-to-top]");
        await back.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        await back.ClickAsync();
        await page.WaitForFunctionAsync("window.scrollY === 0");
    }

    [Fact]
    public async Task The_home_filter_hides_the_cards_and_the_table_rows_of_the_programs_it_leaves_out()
    {
        var site = SampleSite.Instance;
        await using var context = await ContextAsync(1366);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.FileUrl("index.html"));
        var rows = page.Locator(".content table tbody tr:has(a[href^='programs/'])");
        Assert.Equal(5, await rows.CountAsync());
        Assert.Equal("Hiển thị 5/5 chương trình.", await page.TextContentAsync("[data-filter-count]"));

        await page.SelectOptionAsync("[data-filter-field=issuer]", "Thành ủy Hà Nội");
        Assert.Equal("Hiển thị 2/5 chương trình.", await page.TextContentAsync("[data-filter-count]"));
        Assert.Equal(2, await page.Locator(".program-card:visible").CountAsync());
        var shownRows = await rows.Filter(new LocatorFilterOptions { Visible = true }).EvaluateAllAsync<string[]>("rs => rs.map(r => r.querySelector('a').getAttribute('href'))");
        var shownCards = await page.Locator(".program-card:visible .program-title").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
        Assert.Equal(shownCards, shownRows);

        await page.SelectOptionAsync("[data-filter-field=resolution]", "28-NQ/TW");
        Assert.Equal("Hiển thị 0/5 chương trình.", await page.TextContentAsync("[data-filter-count]"));
        Assert.Equal(0, await rows.Filter(new LocatorFilterOptions { Visible = true }).CountAsync());

        await page.SelectOptionAsync("[data-filter-field=issuer]", "");
        Assert.Equal(await page.Locator(".program-card:visible").CountAsync(), await rows.Filter(new LocatorFilterOptions { Visible = true }).CountAsync());
        Assert.Equal(2, await rows.Filter(new LocatorFilterOptions { Visible = true }).CountAsync());
    }

    [Fact]
    public async Task Screenshots_of_every_page_type_wide_and_narrow_light_and_dark()
    {
        var site = SampleSite.Instance;
        var saved = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        foreach (var width in new[] { 1366, 390 })
        {
            await using var context = await ContextAsync(width, scheme);
            foreach (var (name, path) in site.PageTypes())
            {
                var page = await context.NewPageAsync();
                await page.GotoAsync(site.FileUrl(path));
                var file = await BrowserFixture.ScreenshotAsync(page, $"page-{name}-{width}-{scheme.ToString().ToLowerInvariant()}");
                Assert.True(new FileInfo(file).Length > 5_000, $"{file} is nearly empty");
                saved.Add(file);
                await page.CloseAsync();
            }
        }
        output.WriteLine(string.Join("\n", saved));
        Assert.Equal(site.PageTypes().Count * 4, saved.Distinct(StringComparer.Ordinal).Count());
    }
}
