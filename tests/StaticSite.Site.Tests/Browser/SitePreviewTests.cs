using StaticSite.Site.Serve;

namespace StaticSite.Site.Tests.Browser;

/// <summary>The preview session over the real build: a broken config fails the rebuild, the last good site stays served, fixing it rebuilds.</summary>
public sealed class SitePreviewTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_broken_config_keeps_the_last_good_site_and_fixing_it_rebuilds()
    {
        var root = StaticSite.Tests.TestPaths.NewTempDir("staticsite-preview");
        var config = Path.Combine(root, "site.config.json");
        var good = $$"""
            {
              "content": {{System.Text.Json.JsonSerializer.Serialize(StaticSite.Tests.TestPaths.Content)}},
              "theme": {{System.Text.Json.JsonSerializer.Serialize(Path.Combine(StaticSite.Tests.TestPaths.Root, "theme"))}},
              "output": "_site"
            }
            """;
        File.WriteAllText(config, good);
        var log = new StringWriter();
        var options = SitePreview.Options(new BuildOptions { ConfigPath = config }, host: null, port: 0, TextWriter.Synchronized(log)) with
        {
            Debounce = TimeSpan.FromMilliseconds(100),
        };
        Assert.Equal(Path.Combine(root, "_site"), options.SiteDirectory);
        Assert.Contains(config, options.WatchPaths);
        Assert.Equal("127.0.0.1", options.Host);

        var host = new PreviewHost(options);
        using var stop = new CancellationTokenSource();
        var run = host.RunAsync(stop.Token);
        await host.Started.WaitAsync(Patience);
        var server = host.Server ?? throw new InvalidOperationException("no server: " + log);
        using var http = new HttpClient();
        var before = await http.GetStringAsync(server.Address);

        Replace(config, good.Replace("\"output\"", "\"khongCo\": 1,\n  \"output\"", StringComparison.Ordinal));
        await TestSites.WaitUntil(() => log.ToString().Contains("khóa không được hỗ trợ", StringComparison.Ordinal), Patience, log.ToString);
        Assert.True(host.FailedRebuilds >= 1);
        Assert.Equal(0, host.Rebuilds);
        Assert.Equal(before, await http.GetStringAsync(server.Address));

        Replace(config, good);
        await TestSites.WaitUntil(() => host.Rebuilds == 1, Patience, log.ToString);
        Assert.Equal(2, server.Generation);

        await stop.CancelAsync();
        Assert.Equal(0, await run.WaitAsync(Patience));
    }

    // As editors save: write a temp file, then rename it over the old one, so no build sees a half-written file.
    private static void Replace(string path, string text)
    {
        File.WriteAllText(path + ".tmp~", text);
        File.Move(path + ".tmp~", path, overwrite: true);
    }
}
