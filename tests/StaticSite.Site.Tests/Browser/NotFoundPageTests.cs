using System.Diagnostics;
using Microsoft.Playwright;

namespace StaticSite.Site.Tests.Browser;

/// <summary>
/// The 404 page as an ordinary static server shows it: the site published under a sub-path, the server answering any
/// missing address with <c>404.html</c> (nginx <c>error_page 404</c>, here Python's <c>http.server</c> set up that way).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NotFoundPageTests(BrowserFixture browser)
{
    // Serves the folder given as argv[1] on 127.0.0.1; a miss gets <root>/chuong-trinh/404.html with status 404.
    private const string Server = """
        import http.server, os, sys
        root = sys.argv[1]
        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *a, **k): super().__init__(*a, directory=root, **k)
            def log_message(self, *a): pass
            def send_error(self, code, message=None, explain=None):
                page = os.path.join(root, "chuong-trinh", "404.html")
                if code != 404 or not os.path.exists(page): return super().send_error(code, message, explain)
                body = open(page, "rb").read()
                self.send_response(404); self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body))); self.end_headers(); self.wfile.write(body)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        print(server.server_address[1], flush=True)
        server.serve_forever()
        """;

    [Fact]
    public async Task A_missing_page_deep_in_the_site_shows_the_styled_404_whose_links_reach_the_site()
    {
        var project = TestSites.Project(new Dictionary<string, string> { ["ke-hoach.txt"] = TestSites.SmallProgram },
            """{ "title": "Thử nghiệm", "buildDate": "2026-01-01", "baseUrl": "https://intranet.example/chuong-trinh/" }""");
        var published = Path.Combine(project, "www");
        var result = SiteBuilder.Build(new BuildOptions { ConfigPath = Path.Combine(project, "site.config.json"), Output = Path.Combine(published, "chuong-trinh") });
        Assert.True(result.Success, string.Join("\n", result.Errors));
        var script = Path.Combine(project, "server.py");
        File.WriteAllText(script, Server);

        using var server = Process.Start(new ProcessStartInfo("python3", [script, published]) { RedirectStandardOutput = true, UseShellExecute = false })!;
        try
        {
            var port = (await server.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)))!.Trim();
            var page = await browser.NewPageAsync();
            var response = await page.GotoAsync($"http://127.0.0.1:{port}/chuong-trinh/programs/khong/co/trang.html");
            Assert.Equal(404, response!.Status);
            Assert.Equal("Không tìm thấy trang", await page.InnerTextAsync("h1"));

            // Styled: the site's style sheet applies (the header's layout and the site's font), not the browser's defaults.
            var font = await page.EvaluateAsync<string>("getComputedStyle(document.body).fontFamily");
            Assert.Contains("Noto Sans", font, StringComparison.Ordinal);
            Assert.Equal("flex", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.site-header')).display"));
            await BrowserFixture.ScreenshotAsync(page, "404-nested");

            // Its links resolve against the site root, not against the missing address.
            var home = page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Về trang chủ", Exact = true });
            Assert.Equal($"http://127.0.0.1:{port}/chuong-trinh/index.html", await home.EvaluateAsync<string>("a => a.href"));
            await home.ClickAsync();
            await page.WaitForURLAsync($"http://127.0.0.1:{port}/chuong-trinh/index.html", new PageWaitForURLOptions { Timeout = 10_000 });
            Assert.Equal($"http://127.0.0.1:{port}/chuong-trinh/index.html", page.Url);
            Assert.Contains("Thử nghiệm", await page.TitleAsync(), StringComparison.Ordinal);
            await page.Context.CloseAsync();
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    [Fact]
    public void Without_baseUrl_the_404_page_keeps_relative_links_and_carries_its_style()
    {
        var project = TestSites.Project(new Dictionary<string, string> { ["ke-hoach.txt"] = TestSites.SmallProgram });
        var output = Path.Combine(project, "_site");
        Assert.True(SiteBuilder.Build(new BuildOptions { ConfigPath = Path.Combine(project, "site.config.json"), Output = output }).Success);
        var html = File.ReadAllText(Path.Combine(output, "404.html"));
        Assert.DoesNotContain("<base", html, StringComparison.Ordinal);
        Assert.DoesNotContain("assets/site.css\"", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.Contains("url(\"assets/fonts/NotoSans-Regular.ttf\")", html, StringComparison.Ordinal);
        // Every other page links the style sheet as before.
        Assert.Contains("href=\"assets/site.css\"", File.ReadAllText(Path.Combine(output, "index.html")), StringComparison.Ordinal);
    }
}
