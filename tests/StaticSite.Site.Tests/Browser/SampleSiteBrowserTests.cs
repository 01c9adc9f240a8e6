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

    [Fact]
    public async Task Thoi_han_matches_whole_syllables_deadline_items_and_never_thi_hanh_an()
    {
        var site = SampleSite.Instance;
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.FileUrl("search.html") + "?q=" + Uri.EscapeDataString("thoi han"));
        var entries = await HitEntriesAsync(page, site);
        output.WriteLine($"“thoi han”: {entries.Count} hits");
        // Before, fuzzy matching took "thoi" for "thi" and every word for a prefix: Cục Thi hành án came up.
        Assert.DoesNotContain(entries, e => e.U.Contains("cuc-thi-hanh-an", StringComparison.Ordinal));
        // Every hit has both syllables themselves, not words they start or resemble ("thi", "hành").
        Assert.All(entries, e => Assert.Matches(@"(^|[^\p{L}\p{N}])thoi($|[^\p{L}\p{N}])", e.Tf + " " + e.Xf));
        Assert.All(entries, e => Assert.Matches(@"(^|[^\p{L}\p{N}])han($|[^\p{L}\p{N}])", e.Tf + " " + e.Xf));
        // The items with a deadline (… — Thời hạn: …) are found.
        Assert.Contains(entries, e => e.K == "Nhiệm vụ" && e.X.Contains("Thời hạn", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_word_being_typed_may_start_a_longer_one_only_when_whole_syllables_find_nothing()
    {
        var site = SampleSite.Instance;
        var page = await browser.NewPageAsync();
        async Task<string[]> Links(string q)
        {
            await page.GotoAsync(site.FileUrl("search.html") + "?q=" + Uri.EscapeDataString(q));
            await ExpandAsync(page);
            return await page.EvalOnSelectorAllAsync<string[]>("[data-search-results] .search-hit > a", "as => as.map(a => a.getAttribute('href'))");
        }
        // "cuc thi h" as whole syllables finds nothing; "h" still being typed is the start of "hành" (and of "Hà").
        var typing = await Links("cuc thi h");
        Assert.Contains("bodies/cuc-thi-hanh-an-dan-su-thanh-pho-ha-noi.html", typing);
        // The word typed so far marks the whole word it starts.
        var marks = await page.EvalOnSelectorAllAsync<string[]>("[data-search-results] .search-hit > a[href='bodies/cuc-thi-hanh-an-dan-su-thanh-pho-ha-noi.html'] mark", "ms => ms.map(m => m.textContent)");
        Assert.Equal(["Cục", "Thi", "hành", "Hà"], marks);
        // With a space after it the word is finished: "h" is no syllable of the body's name.
        Assert.DoesNotContain("bodies/cuc-thi-hanh-an-dan-su-thanh-pho-ha-noi.html", await Links("cuc thi h "));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_address_follows_the_query_as_it_is_typed()
    {
        var site = SampleSite.Instance;
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.FileUrl("search.html"));
        Assert.Equal("", await page.EvaluateAsync<string>("location.search"));
        var history = await page.EvaluateAsync<int>("history.length");
        await page.Locator("#search-query").PressSequentiallyAsync("thoi h");
        // Results come with the typing, no Enter: "h" is the start of a word still being typed.
        await page.WaitForSelectorAsync("[data-search-results] .search-hit a");
        Assert.Equal("thoi h", await page.EvaluateAsync<string>("new URLSearchParams(location.search).get('q')"));
        await page.Locator("#search-query").PressSequentiallyAsync("an");
        Assert.Equal("thoi han", await page.EvaluateAsync<string>("new URLSearchParams(location.search).get('q')"));
        Assert.StartsWith("Tìm thấy ", await page.TextContentAsync("[data-search-status]"));
        // No page was loaded: the address was replaced in place (one history entry).
        Assert.Equal(history, await page.EvaluateAsync<int>("history.length"));
        await page.Locator("#search-query").FillAsync("");
        Assert.Equal("", await page.EvaluateAsync<string>("location.search"));
        Assert.Equal(0, await page.Locator("[data-search-results] .search-hit").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Slash_focuses_the_search_box_unless_one_is_typing_in_a_field()
    {
        var site = SampleSite.Instance;
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.FileUrl(site.ProgramPages()[0]));
        Assert.False(await page.EvaluateAsync<bool>("document.activeElement.matches('input[type=search]')"));
        // The box says its shortcut to assistive technology.
        Assert.Equal("/", await page.GetAttributeAsync(".site-header input[type=search]", "aria-keyshortcuts"));
        await page.Keyboard.PressAsync("/");
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.matches('.site-header input[type=search]')"));
        // The slash was not typed into the box; typed in the box, it is text.
        Assert.Equal("", await page.InputValueAsync(".site-header input[type=search]"));
        await page.Keyboard.TypeAsync("a/b");
        Assert.Equal("a/b", await page.InputValueAsync(".site-header input[type=search]"));

        // On the search page "/" goes to the page's own box, not the header's.
        await page.GotoAsync(site.FileUrl("search.html"));
        await page.EvaluateAsync("document.activeElement.blur()");
        await page.Keyboard.PressAsync("/");
        Assert.Equal("search-query", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Results_are_grouped_by_kind_each_with_its_real_count()
    {
        var site = SampleSite.Instance;
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.FileUrl("search.html") + "?q=" + Uri.EscapeDataString("thanh uy"));
        await SearchResultsSnapshotTests.WaitForResultsAsync(page);
        var kinds = await page.EvalOnSelectorAllAsync<string[]>("[data-search-group]", "gs => gs.map(g => g.dataset.searchGroup)");
        output.WriteLine("groups: " + string.Join(", ", kinds));
        Assert.True(kinds.Length >= 3, string.Join(", ", kinds));
        Assert.Equal(kinds.Distinct().Count(), kinds.Length);
        var before = await GroupsAsync(page);
        // A group over 50 shows 50 and a button for the rest; its count is all of them, not what is shown.
        var big = before.Where(g => g.Count > 50).ToList();
        Assert.NotEmpty(big);
        Assert.All(big, g => Assert.Equal(50, g.Shown));
        await ExpandAsync(page);
        var groups = await GroupsAsync(page);
        var entries = await HitEntriesAsync(page, site);
        Assert.All(groups, g =>
        {
            Assert.Equal(g.Count, g.Shown);
            Assert.Equal($"{g.Kind} ({Vietnamese(g.Count)})", g.Heading);
        });
        // The line of links above the groups names each with its count, in the same order.
        var jump = await page.EvalOnSelectorAllAsync<string[]>(".search-jump a", "as => as.map(a => a.textContent)");
        Assert.Equal(groups.Select(g => $"{g.Kind} ({Vietnamese(g.Count)})"), jump);
        var total = groups.Sum(g => g.Count);
        Assert.Equal(total, entries.Count);
        Assert.Equal($"Tìm thấy {Vietnamese(total)} kết quả cho “thanh uy”.", await page.TextContentAsync("[data-search-status]"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_item_hit_is_titled_by_its_number_and_its_program()
    {
        var site = SampleSite.Instance;
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.FileUrl("search.html") + "?q=" + Uri.EscapeDataString("thoi han"));
        await ExpandAsync(page);
        var hits = await page.EvalOnSelectorAllAsync<string[][]>("[data-search-group='Nhiệm vụ'] .search-hit > a", "as => as.map(a => [a.getAttribute('href'), a.textContent])");
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Matches(@"^Nhiệm vụ [0-9]+(\.[0-9]+)* — .+", h[1]));
        // The program with a number is named by it (01-CTr/TU); one without, by its short title (its breadcrumb).
        var numbered = hits.Where(h => h[0].StartsWith("programs/003-", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(numbered);
        Assert.All(numbered, h => Assert.EndsWith(" — 01-CTr/TU", h[1]));
        var other = hits.First(h => !h[0].StartsWith("programs/003-", StringComparison.Ordinal));
        var breadcrumb = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Directory, other[0].Split('#')[0])))
            .QuerySelector(".breadcrumbs [aria-current=page]")!.TextContent;
        Assert.EndsWith(" — " + breadcrumb, other[1]);
        // s2-1-i2-2: the second item under the second item of section 2.1.
        Assert.Contains(hits, h => h[0].EndsWith("#s2-1-i2-2", StringComparison.Ordinal) && h[1] == "Nhiệm vụ 2.1.2.2 — 01-CTr/TU");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Snippets_stand_around_the_first_match_with_the_folded_match_marked()
    {
        var site = SampleSite.Instance;
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.FileUrl("search.html") + "?q=" + Uri.EscapeDataString("thoi han "));
        await ExpandAsync(page);
        var snippets = await page.EvalOnSelectorAllAsync<Snippet[]>("[data-search-group='Nhiệm vụ'] .search-snippet",
            "ps => ps.map(p => ({ text: p.textContent, marks: [...p.querySelectorAll('mark')].map(m => m.textContent), tags: [...p.querySelectorAll('*')].map(e => e.tagName) }))");
        Assert.NotEmpty(snippets);
        // Every item was found by its text, so every snippet shows a match, wherever it stands in a long text.
        Assert.All(snippets, s => Assert.NotEmpty(s.Marks));
        // The query had no diacritics; the words as written are marked, whole (the query ended with a space: no prefix).
        Assert.All(snippets.SelectMany(s => s.Marks), m => Assert.Contains(StaticSite.Text.VietnameseText.Fold(m), new[] { "thoi", "han" }));
        Assert.Contains(snippets, s => s.Marks.Contains("Thời") && s.Marks.Contains("hạn"));
        // Nothing but text and <mark>: index text never becomes markup.
        Assert.All(snippets.SelectMany(s => s.Tags), t => Assert.Equal("MARK", t));
        Assert.All(snippets, s => Assert.True(s.Text.Length <= 240 + 4, s.Text));
        // A match past the first 240 characters of a long item is shown, with … before it.
        Assert.Contains(snippets, s => s.Text.StartsWith("… ", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Arriving_at_an_item_anchor_scrolls_to_it_and_marks_it()
    {
        var site = SampleSite.Instance;
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.FileUrl("search.html") + "?q=" + Uri.EscapeDataString("thoi han"));
        var link = page.Locator("[data-search-group='Nhiệm vụ'] .search-hit > a").Last;
        var href = await link.GetAttributeAsync("href");
        var anchor = href!.Split('#')[1];
        await link.ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/" + href, StringComparison.Ordinal));
        await page.WaitForLoadStateAsync(LoadState.Load);
        var item = page.Locator($"[data-source-line]:has(> a[id='{anchor}'])");
        Assert.Equal(1, await item.CountAsync());
        Assert.Contains("is-target", await item.GetAttributeAsync("class") ?? "");
        Assert.Equal(1, await page.Locator(".is-target").CountAsync());
        Assert.True(await item.IsVisibleAsync());
        var where = await item.EvaluateAsync<string>("el => { const r = el.getBoundingClientRect(); return r.top + ' ' + r.height + ' ' + scrollY + ' ' + innerHeight + ' ' + document.documentElement.scrollHeight; }");
        output.WriteLine($"{href}: top, height, scrollY, innerHeight, scrollHeight = {where}");
        Assert.True(await item.EvaluateAsync<bool>("el => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }"), "the item is not in view: " + where);
        // Marked after the fade, too: a tint stays.
        await item.EvaluateAsync("el => el.getAnimations().forEach(a => a.finish())");
        Assert.NotEqual("rgba(0, 0, 0, 0)", await item.EvaluateAsync<string>("el => getComputedStyle(el).backgroundColor"));
        await BrowserFixture.ScreenshotAsync(page, "search-target-item");
        // Printed, it looks like every other item.
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.Equal("rgba(0, 0, 0, 0)", await item.EvaluateAsync<string>("el => getComputedStyle(el).backgroundColor"));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });

        // Following another anchor on the same page moves the mark.
        var other = await page.EvalOnSelectorAsync<string>($"li[data-source-line] > a[id]:not([id='{anchor}'])", "a => a.id");
        await page.EvaluateAsync($"location.hash = '#{other}'");
        await page.WaitForSelectorAsync($"[data-source-line].is-target:has(> a[id='{other}'])");
        Assert.Equal(1, await page.Locator(".is-target").CountAsync());
        await page.Context.CloseAsync();
    }

    // Filled by Playwright from the page's JSON: settable properties.
    private sealed class Snippet
    {
        public string Text { get; set; } = "";
        public string[] Marks { get; set; } = [];
        public string[] Tags { get; set; } = [];
    }

    private sealed class Group
    {
        public string Kind { get; set; } = "";
        public int Count { get; set; }
        public int Shown { get; set; }
        public string Heading { get; set; } = "";
    }

    private static Task<Group[]> GroupsAsync(IPage page) => page.EvalOnSelectorAllAsync<Group[]>("[data-search-group]",
        "gs => gs.map(g => ({ kind: g.dataset.searchGroup, count: +g.querySelector('[data-search-count]').dataset.searchCount, shown: g.querySelectorAll('.search-hit').length, heading: g.querySelector('h2').textContent }))");

    // Clicks every "Xem thêm" until all hits are shown.
    private static async Task ExpandAsync(IPage page)
    {
        await SearchResultsSnapshotTests.WaitForResultsAsync(page);
        while (await page.Locator(".search-more").CountAsync() > 0)
        {
            await page.Locator(".search-more").First.ClickAsync();
            await SearchResultsSnapshotTests.WaitForResultsAsync(page);
        }
    }

    // The index entries of the hits shown, by their links; the group each hit stands in is checked against the entry's kind.
    private static async Task<List<SearchRecord>> HitEntriesAsync(IPage page, SampleSite site)
    {
        await ExpandAsync(page);
        var index = SearchIndex(site).ToLookup(e => e.U, StringComparer.Ordinal);
        var hits = await page.EvalOnSelectorAllAsync<string[][]>("[data-search-group] .search-hit > a",
            "as => as.map(a => [a.closest('[data-search-group]').dataset.searchGroup, a.getAttribute('href')])");
        var entries = new List<SearchRecord>();
        foreach (var hit in hits)
        {
            var entry = Assert.Single(index[hit[1]]);
            Assert.Equal(entry.K, hit[0]);
            entries.Add(entry);
        }
        return entries;
    }

    private static IReadOnlyList<SearchRecord> SearchIndex(SampleSite site) => SearchIndexFiles.Read(site.Directory);

    private static string Vietnamese(int n) => n.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.');

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
