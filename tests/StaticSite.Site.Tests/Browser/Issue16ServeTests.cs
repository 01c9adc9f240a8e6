using System.Net;
using System.Net.Sockets;
using System.Text;
using StaticSite.Site.Serve;

namespace StaticSite.Site.Tests.Browser;

/// <summary>Issue #16 point 14: the preview server under bad luck — streamed files, a 500 page for a failure, idle clients cut off.</summary>
public sealed class Issue16ServeTests
{
    private static async Task<(PreviewServer Server, StringWriter Log)> StartAsync(string site, TimeSpan? idle = null, Action<string>? beforeAnswer = null)
    {
        var log = new StringWriter();
        var server = new PreviewServer(site, "127.0.0.1", 0) { Log = TextWriter.Synchronized(log), IdleTimeout = idle ?? TimeSpan.FromSeconds(30), BeforeAnswer = beforeAnswer };
        server.Start();
        await Task.Yield();
        return (server, log);
    }

    [Fact]
    public async Task Point14_large_files_are_streamed_whole_and_html_keeps_the_live_reload_script_before_body_end()
    {
        var site = HandMadeSite.Create();
        var big = new byte[3 * PreviewServer.ChunkSize + 123];
        new Random(16).NextBytes(big);
        File.WriteAllBytes(Path.Combine(site, "assets", "big.bin"), big);
        var page = "<!DOCTYPE html><html><head><title>x</title></head><body>" + string.Concat(Enumerable.Repeat("<p>Nội dung dài.</p>\n", 20_000)) + "</body></html>\n";
        File.WriteAllText(Path.Combine(site, "long.html"), page);
        var (server, _) = await StartAsync(site);
        await using var _s = server;
        using var http = new HttpClient { BaseAddress = server.Address };

        Assert.Equal(big, await http.GetByteArrayAsync("assets/big.bin"));
        using var response = await http.GetAsync("long.html");
        var served = await response.Content.ReadAsStringAsync();
        Assert.Equal(Encoding.UTF8.GetByteCount(served), response.Content.Headers.ContentLength);
        Assert.Equal(LiveReload.Inject(page, server.Generation), served);
        Assert.Equal(page, File.ReadAllText(Path.Combine(site, "long.html")));
    }

    [Fact]
    public async Task Point14_a_request_whose_handler_throws_gets_a_500_vietnamese_page_and_a_log_line()
    {
        var site = HandMadeSite.Create();
        var (server, log) = await StartAsync(site, beforeAnswer: path => { if (path == "/index.html") throw new InvalidOperationException("hỏng thử"); });
        await using var _s = server;
        using var http = new HttpClient { BaseAddress = server.Address };

        using var response = await http.GetAsync("index.html");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Lỗi máy chủ xem trước", body);
        Assert.Contains("lang=\"vi\"", body);
        Assert.Contains("lỗi khi trả lời /index.html: InvalidOperationException: hỏng thử", log.ToString());
        // The server goes on answering.
        using var other = await http.GetAsync("assets/site.css");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Point14_a_client_that_stops_reading_is_cut_off_after_the_idle_timeout()
    {
        var site = HandMadeSite.Create();
        File.WriteAllBytes(Path.Combine(site, "assets", "huge.bin"), new byte[64 * 1024 * 1024]);
        var (server, log) = await StartAsync(site, idle: TimeSpan.FromSeconds(1));
        await using var _s = server;

        using var client = new TcpClient();
        client.ReceiveBufferSize = 4096;
        await client.ConnectAsync(IPAddress.Loopback, server.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET /assets/huge.bin HTTP/1.1\r\nHost: 127.0.0.1:{server.Port}\r\n\r\n"));
        // Never read: the server's writes fill the socket buffers and stall; after the idle timeout it closes the connection.
        await TestSites.WaitUntil(() => log.ToString().Contains("đóng kết nối tới /assets/huge.bin"), TimeSpan.FromSeconds(60), log.ToString);
        var buffer = new byte[1 << 16];
        long total = 0;
        try
        {
            int n;
            using var reading = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            while ((n = await stream.ReadAsync(buffer, reading.Token)) > 0) total += n;
        }
        catch (IOException)
        {
            // Reset by the server: also closed.
        }
        Assert.True(total < 64L * 1024 * 1024, "the whole file arrived although the client stopped reading");
    }
}
