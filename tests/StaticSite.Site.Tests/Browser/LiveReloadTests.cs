using StaticSite.Site.Serve;
using Xunit.Abstractions;

namespace StaticSite.Site.Tests.Browser;

/// <summary>The preview session end to end with a stand-in build: change → rebuild → the open page reloads; a failed build keeps the last good site.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveReloadTests(BrowserFixture browser, ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_change_rebuilds_and_reloads_the_open_page_and_a_failed_build_keeps_the_last_good_site()
    {
        var root = StaticSite.Tests.TestPaths.NewTempDir("staticsite-live");
        var content = Directory.CreateDirectory(Path.Combine(root, "content")).FullName;
        var site = Path.Combine(root, "_site");
        var source = Path.Combine(content, "trang.txt");
        File.WriteAllText(source, "Phiên bản một");
        var log = new StringWriter();
        var host = new PreviewHost(new PreviewOptions
        {
            SiteDirectory = site,
            Rebuild = () => StandInBuild(source, site),
            WatchPaths = [content, Path.Combine(root, "site.config.json")],
            Port = 0,
            Debounce = TimeSpan.FromMilliseconds(100),
            Log = TextWriter.Synchronized(log),
        });
        using var stop = new CancellationTokenSource();
        var run = host.RunAsync(stop.Token);
        await host.Started;
        var server = host.Server ?? throw new InvalidOperationException("server did not start: " + log);

        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.Address.AbsoluteUri);
        Assert.Equal("Phiên bản một", await page.TextContentAsync("h1"));

        File.WriteAllText(source, "Phiên bản hai");
        // The page reloads by itself: no navigation from the test.
        await page.WaitForSelectorAsync("h1:text-is('Phiên bản hai')", new() { Timeout = (float)Patience.TotalMilliseconds });
        Assert.Equal(1, host.Rebuilds);
        Assert.DoesNotContain(LiveReload.MarkerAttribute, File.ReadAllText(Path.Combine(site, "index.html")));

        File.WriteAllText(source, "LỖI cú pháp");
        await TestSites.WaitUntil(() => host.FailedRebuilds == 1, Patience, () => log.ToString());
        using (var http = new HttpClient())
            Assert.Contains("Phiên bản hai", await http.GetStringAsync(server.Address));
        Assert.Contains("Dựng lại thất bại", log.ToString());
        Assert.Contains("trang.txt:1: văn bản có lỗi", log.ToString());

        await stop.CancelAsync();
        Assert.Equal(0, await run.WaitAsync(Patience));
        Assert.Contains("Đã dừng máy chủ xem trước", log.ToString());
        output.WriteLine(log.ToString());
        await page.Context.CloseAsync();
        using var after = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => after.GetAsync(server.Address));
    }

    [Fact]
    public async Task Without_any_site_a_failed_first_build_ends_the_session_with_exit_1()
    {
        _ = browser;
        var root = StaticSite.Tests.TestPaths.NewTempDir("staticsite-live");
        var log = new StringWriter();
        var host = new PreviewHost(new PreviewOptions
        {
            SiteDirectory = Path.Combine(root, "_site"),
            Rebuild = () => new RebuildOutcome(false, "cấu hình sai"),
            Port = 0,
            Log = log,
        });
        Assert.Equal(1, await host.RunAsync(CancellationToken.None));
        Assert.Contains("cấu hình sai", log.ToString());
        Assert.Null(host.Server);
    }

    // Writes the source text as the page heading; text with "LỖI" fails like a build with errors, writing nothing.
    private static RebuildOutcome StandInBuild(string source, string site)
    {
        var text = File.ReadAllText(source).Trim();
        if (text.Contains("LỖI", StringComparison.Ordinal))
            return new RebuildOutcome(false, $"{Path.GetFileName(source)}:1: văn bản có lỗi");
        Directory.CreateDirectory(site);
        var temp = Path.Combine(site, "index.html.tmp");
        File.WriteAllText(temp, $"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>t</title></head><body><h1>{text}</h1></body></html>");
        File.Move(temp, Path.Combine(site, "index.html"), overwrite: true);
        return new RebuildOutcome(true);
    }
}
