using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using StaticSite.Site.Building;
using StaticSite.Site.Pdf;
using StaticSite.Text;

/// <summary>
/// Issue 13's search goal: what one query costs in a real Chromium (Debian's <c>/usr/bin/chromium</c>) on a built site
/// opened from <c>file://</c>. For each query, in a fresh browser context (nothing cached): the page opened at
/// <c>search.html?q=…</c>, then the bytes of every file it loaded (the scripts the search injected stay in the page;
/// with the page, its styles and fonts from the Resource Timing entries) read from disk, the search's own files apart,
/// and the milliseconds from navigation start to the results all shown; then the same query typed into the box of a
/// page already open: from the input event to the first hits shown, and to the first 50 of every group shown.
/// </summary>
internal static class SearchPayload
{
    /// <summary>The three queries measured: a deadline, a topic with diacritics, a broad one (two very common words).</summary>
    public static readonly string[] Queries = ["thoi han", "chuyển đổi số", "thanh uy"];

    /// <summary>Measures <paramref name="site"/> (a built site folder) and prints one table row per query.</summary>
    public static async Task RunAsync(string site, string label)
    {
        var searchBytes = Directory.EnumerateFiles(Path.Combine(site, SearchShards.Folder), "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"{label}: search files on disk {searchBytes / 1e6:F1} MB in {Directory.EnumerateFiles(Path.Combine(site, SearchShards.Folder), "*", SearchOption.AllDirectories).Count():N0} files");
        Console.WriteLine("| query | hits | search files loaded | search kB (terms + shown) | page total kB | opened at ?q=, to all shown | typed: first results | typed: all shown |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        var (playwright, browser) = await ChecklistPdfWriter.LaunchChromiumAsync(new PdfOptions().ChromiumPath);
        try
        {
            var url = new Uri(Path.Combine(site, "search.html")).AbsoluteUri;
            foreach (var query in Queries)
            {
                var context = await browser.NewContextAsync();
                var page = await context.NewPageAsync();
                await page.GotoAsync(url + "?q=" + Uri.EscapeDataString(query));
                await page.WaitForFunctionAsync(Ready, null, new PageWaitForFunctionOptions { Timeout = 120_000 });
                var opened = await page.EvaluateAsync<double>("performance.now()");
                var files = await page.EvaluateAsync<string[]>("[...new Set([...document.scripts].map(s => s.src).concat(performance.getEntriesByType('resource').map(r => r.name), [location.href.split('?')[0]]))].filter(Boolean)");
                var local = files.Select(f => new Uri(f).LocalPath).Where(File.Exists).Distinct(StringComparer.Ordinal).ToList();
                var search = local.Where(f => f.Contains($"{Path.DirectorySeparatorChar}{SearchShards.Folder}{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).ToList();
                var hits = await page.TextContentAsync("[data-search-status]");
                await context.CloseAsync();

                // Typed: the page open without a query, then the whole query put in the box at once.
                context = await browser.NewContextAsync();
                page = await context.NewPageAsync();
                await page.GotoAsync(url);
                await page.WaitForFunctionAsync(Ready);
                var typed = await page.EvaluateAsync<double[]>("""
                    q => new Promise(resolve => {
                      const results = document.querySelector('[data-search-results]');
                      const input = document.getElementById('search-query');
                      const start = performance.now();
                      let first = null;
                      const observer = new MutationObserver(() => {
                        if (first === null && results.querySelector('.search-hit')) first = performance.now() - start;
                        if (!results.hasAttribute('aria-busy') && document.querySelector('[data-search-status]').textContent.includes('kết quả')) { observer.disconnect(); resolve([first, performance.now() - start]); }
                      });
                      observer.observe(results, { attributes: true, childList: true });
                      input.value = q;
                      input.dispatchEvent(new Event('input'));
                    })
                    """, query);
                await context.CloseAsync();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {query} | {Count(hits)} | {search.Count} | {search.Sum(f => new FileInfo(f).Length) / 1e3:F0} ({Kb(search.Where(f => !IsDisplay(f)))} + {Kb(search.Where(IsDisplay))}) | {local.Sum(f => new FileInfo(f).Length) / 1e3:F0} | {opened:F0} ms | {typed[0]:F0} ms | {typed[1]:F0} ms |"));
            }
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }

    /// <summary>
    /// A site of <paramref name="copies"/> × the programs of <paramref name="site"/> as far as search goes: its entries
    /// (read back from the display chunks) repeated, each copy's provinces renamed the way <see cref="Scale"/> names them
    /// (copy c turns province i into province c × <paramref name="provinces"/> + i) and its URLs put in a folder of its own;
    /// written with <see cref="SearchShards"/> beside the site's search page and assets (<c>search.js</c> from the theme of
/// <paramref name="root"/>), into <paramref name="output"/>.
    /// For the search payload at sizes the build cannot reach yet.
    /// </summary>
    public static void Multiply(string root, string site, int provinces, int copies, string output, int chunkSize = SearchShards.ChunkSize, int shardTarget = SearchShards.ShardTarget)
    {
        var clock = Stopwatch.StartNew();
        var entries = ReadEntries(site);
        var all = new List<SearchEntry>(entries.Count * copies);
        for (var c = 0; c < copies; c++)
        {
            var renames = Enumerable.Range(0, provinces).Select(i => (From: Scale.Province(i), To: Scale.Province(c * provinces + i)))
                .OrderByDescending(r => r.From.Length).ToList();
            string Rename(string s)
            {
                if (c == 0) return s;
                foreach (var (from, to) in renames) s = s.Replace(from, to, StringComparison.Ordinal);
                return s;
            }
            foreach (var e in entries)
            {
                var t = Rename(e.T);
                var x = Rename(e.X);
                all.Add(new SearchEntry(all.Count, c == 0 ? e.U : $"c{c}/{e.U}", t, Rename(e.L), e.K, x, Rename(e.P), VietnameseText.Fold(t), VietnameseText.Fold(x)));
            }
        }
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        Directory.CreateDirectory(output);
        File.Copy(Path.Combine(site, "search.html"), Path.Combine(output, "search.html"));
        CopyDirectory(Path.Combine(site, "assets"), Path.Combine(output, "assets"));
        // The index is written by this build of SearchShards: read by this theme's search.js, whatever the site was built with.
        File.Copy(Path.Combine(root, "theme", "assets", "search.js"), Path.Combine(output, "assets", "search.js"), overwrite: true);
        var renamed = clock.Elapsed.TotalSeconds;
        var files = SearchShards.Write(all, chunkSize, shardTarget);
        var written = clock.Elapsed.TotalSeconds - renamed;
        foreach (var (path, text) in files)
        {
            var file = Path.Combine(output, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }
        Console.WriteLine($"{all.Count:N0} entries ({copies} × {entries.Count:N0}), display chunks of {chunkSize}, shards split above {shardTarget / 1024} kB, made in {renamed:F1} s, SearchShards.Write {written:F1} s, all on disk at {clock.Elapsed.TotalSeconds:F1} s");
    }

    // The entries of a built site, from its display chunks (the folded fields computed again).
    private static List<SearchEntry> ReadEntries(string site)
    {
        var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(site, IndexSearchStage.ManifestFile))["window.SEARCH_MANIFEST = ".Length..^2]).RootElement;
        var kinds = manifest.GetProperty("kinds").EnumerateArray().Select(k => k.GetString()!).ToList();
        var list = new List<SearchEntry>();
        for (var n = 0; File.Exists(Path.Combine(site, SearchShards.Folder, "d", $"{n}.js")); n++)
        {
            var text = File.ReadAllText(Path.Combine(site, SearchShards.Folder, "d", $"{n}.js"));
            var chunk = System.Text.Json.JsonDocument.Parse(text[$"window.searchChunk({n},".Length..^3]).RootElement;
            var pages = chunk.GetProperty("p").EnumerateArray().Select(p => p.GetString()!).ToList();
            foreach (var e in chunk.GetProperty("e").EnumerateArray())
            {
                var t = e[1].GetString()!;
                var l = e[2].GetString()!;
                var x = e[3].GetString()!;
                list.Add(new SearchEntry(list.Count, e[0].GetString()!, t, l.Length == 0 ? t : l, kinds[e[5].GetInt32()], x, pages[e[4].GetInt32()], VietnameseText.Fold(t), VietnameseText.Fold(x)));
            }
        }
        return list;
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static bool IsDisplay(string file) => file.Contains($"{Path.DirectorySeparatorChar}d{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    private static string Kb(IEnumerable<string> files) => (files.Sum(f => new FileInfo(f).Length) / 1e3).ToString("F0", CultureInfo.InvariantCulture);

    private const string Ready = "() => document.querySelector('[data-search-status]').textContent !== '' && !document.querySelector('[data-search-results][aria-busy=true]')";

    private static string Count(string? status) => status is null ? "?" : new string(status.SkipWhile(c => !char.IsDigit(c)).TakeWhile(c => char.IsDigit(c) || c == '.').ToArray()) is { Length: > 0 } n ? n : "0";
}
