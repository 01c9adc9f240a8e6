using System.Net;
using System.Net.Sockets;
using System.Text;
using StaticSite.Site.Serve;

namespace StaticSite.Site.Tests.Browser;

public sealed class PreviewServerTests : IAsyncLifetime
{
    private readonly string _site = HandMadeSite.Create();
    private PreviewServer _server = null!;
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false });

    public Task InitializeAsync()
    {
        _server = new PreviewServer(_site, "127.0.0.1", 0);
        _server.Start();
        _http.BaseAddress = _server.Address;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Theory]
    [InlineData("index.html", "text/html; charset=utf-8")]
    [InlineData("assets/site.css", "text/css; charset=utf-8")]
    [InlineData("assets/app.js", "text/javascript; charset=utf-8")]
    [InlineData("assets/logo.svg", "image/svg+xml; charset=utf-8")]
    [InlineData("sitemap.xml", "application/xml; charset=utf-8")]
    [InlineData("checklists/ban-tuyen-giao.ics", "text/calendar; charset=utf-8")]
    [InlineData("checklists/ban-tuyen-giao.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    public async Task Files_are_served_with_their_content_type(string path, string type)
    {
        using var response = await _http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task Html_responses_get_the_live_reload_script_but_the_file_on_disk_does_not()
    {
        var html = await _http.GetStringAsync("index.html");
        Assert.Contains(LiveReload.MarkerAttribute, html);
        Assert.Contains("Chương trình hành động", html);
        Assert.True(html.IndexOf(LiveReload.MarkerAttribute, StringComparison.Ordinal) < html.LastIndexOf("</body>", StringComparison.Ordinal));
        Assert.DoesNotContain(LiveReload.MarkerAttribute, File.ReadAllText(Path.Combine(_site, "index.html")));
        Assert.DoesNotContain(LiveReload.MarkerAttribute, await _http.GetStringAsync("assets/app.js"));
    }

    [Fact]
    public async Task The_site_root_serves_index_html_and_a_folder_without_slash_redirects()
    {
        Assert.Contains("Chương trình hành động", await _http.GetStringAsync(""));
        using var redirect = await _http.GetAsync("programs");
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal("/programs/", redirect.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_missing_page_gets_404_with_the_site_404_page()
    {
        using var response = await _http.GetAsync("khong-co.html");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("404 riêng", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_404_page_served_deep_in_the_site_resolves_its_links_from_the_root()
    {
        using var response = await _http.GetAsync("programs/a/b/khong-co.html");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<head><base href=\"/\">", html);
        Assert.DoesNotContain("<base", File.ReadAllText(Path.Combine(_site, "404.html")));
    }

    [Fact]
    public async Task A_404_page_built_for_a_published_sub_path_gets_the_preview_root_as_its_base()
    {
        var page = Path.Combine(_site, "404.html");
        File.WriteAllText(page, File.ReadAllText(page).Replace("<head>", "<head><base href=\"/chuong-trinh/\">", StringComparison.Ordinal));
        using var response = await _http.GetAsync("programs/a/khong-co.html");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<head><base href=\"/\">", html);
        Assert.DoesNotContain("/chuong-trinh/", html);
    }

    [Fact]
    public async Task Without_a_404_page_the_built_in_Vietnamese_one_is_used()
    {
        File.Delete(Path.Combine(_site, "404.html"));
        using var response = await _http.GetAsync("khong-co.html");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/../passwd")]
    [InlineData("/%2e%2e/passwd")]
    [InlineData("/%2E%2E%2Fpasswd")]
    [InlineData("/programs/..%2f..%2fpasswd")]
    [InlineData("/..%5c..%5cpasswd")]
    [InlineData("/%00")]
    public async Task Raw_traversal_requests_never_leave_the_site(string target)
    {
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(_site)!, "passwd"), "BI-MAT");
        var (status, body) = await RawGetAsync(target);
        Assert.DoesNotContain("BI-MAT", body);
        Assert.True(status is 400 or 404, $"status {status} for {target}");
    }

    [Fact]
    public async Task The_live_reload_endpoint_reports_the_generation()
    {
        var before = await _http.GetStringAsync(LiveReload.Endpoint);
        Assert.Equal($"{{\"generation\":{_server.Generation}}}", before);
        _server.NotifyRebuilt();
        var after = await _http.GetStringAsync(LiveReload.Endpoint);
        Assert.NotEqual(before, after);
    }

    [Fact]
    public async Task Only_get_and_head_are_answered()
    {
        using var post = await _http.PostAsync("index.html", new StringContent("x"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        using var head = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "index.html"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }

    [Fact]
    public void It_listens_on_loopback_by_default()
    {
        Assert.Equal("127.0.0.1", _server.Address.Host);
        Assert.Equal("127.0.0.1", new PreviewServer(_site).Host);
    }

    [Fact]
    public void A_taken_port_gives_a_Vietnamese_error()
    {
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var second = new PreviewServer(_site, "127.0.0.1", ((IPEndPoint)taken.LocalEndpoint).Port);
            var error = Assert.Throws<ServeException>(second.Start);
            Assert.Contains("Cổng", error.Message);
        }
        finally
        {
            taken.Stop();
        }
    }

    [Fact]
    public void Port_zero_picks_a_free_port()
    {
        Assert.NotEqual(0, _server.Port);
        Assert.Equal(_server.Port, _server.Address.Port);
    }

    private async Task<(int Status, string Body)> RawGetAsync(string target)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _server.Port);
        await using var stream = client.GetStream();
        var request = Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{_server.Port}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        var status = int.Parse(text.Split(' ', 3)[1]);
        return (status, text);
    }
}
