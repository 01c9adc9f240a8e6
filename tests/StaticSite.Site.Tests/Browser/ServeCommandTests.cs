using System.Diagnostics;
using System.Text.RegularExpressions;
using StaticSite.Site.Serve;

namespace StaticSite.Site.Tests.Browser;

/// <summary><c>staticsite serve</c> as a person runs it: a child process that builds, serves, and stops cleanly on Ctrl+C (SIGINT).</summary>
public sealed partial class ServeCommandTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Serve_builds_serves_on_loopback_and_stops_cleanly_on_ctrl_c()
    {
        var config = WriteConfig("""{ "serve": { "port": 5080 } }""");
        using var process = TestSites.StartCli(Path.GetDirectoryName(config)!, null, "serve", "--config", config, "--port", "0");
        try
        {
            await ServeThenStop(process);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    private static async Task ServeThenStop(Process process)
    {
        var lines = new List<string>();
        string? address = null;
        using (var timeout = new CancellationTokenSource(Patience))
        {
            while (address is null)
            {
                var line = await process.StandardOutput.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("serve ended early:\n" + string.Join("\n", lines) + process.StandardError.ReadToEnd());
                lines.Add(line);
                address = ServingAt().Match(line) is { Success: true } m ? m.Groups[1].Value : null;
            }
        }
        Assert.StartsWith("http://127.0.0.1:", address);

        using (var http = new HttpClient())
        {
            var home = await http.GetStringAsync(address);
            Assert.Contains(LiveReload.MarkerAttribute, home);
            Assert.Contains("lang=\"vi\"", home);
        }

        using (var kill = Process.Start("kill", [StopSignal(), process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync();
        var rest = await process.StandardOutput.ReadToEndAsync().WaitAsync(Patience);
        await process.WaitForExitAsync().WaitAsync(Patience);
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("Đã dừng máy chủ xem trước.", rest);
    }

    [Fact]
    public async Task A_bad_config_is_a_Vietnamese_error_with_its_line_and_exit_2()
    {
        var config = WriteConfig("{\n  \"serve\": { \"port\": 5080 },\n  \"khongCo\": 1\n}");
        using var process = TestSites.StartCli(Path.GetDirectoryName(config)!, null, "serve", "--config", config);
        var errors = await process.StandardError.ReadToEndAsync().WaitAsync(Patience);
        await process.WaitForExitAsync().WaitAsync(Patience);
        Assert.Equal(2, process.ExitCode);
        Assert.Contains("khongCo", errors);
        Assert.Contains(":3:", errors);
        Assert.DoesNotContain("   at ", errors);
    }

    // Ctrl+C is SIGINT. A shell without job control starts background commands with SIGINT ignored, and the child
    // inherits that (the test run itself may be such a command: `.ci/run &`); then the same clean stop is asked by SIGTERM,
    // which serve handles by the same path.
    private static string StopSignal()
    {
        var ignored = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        var mask = ignored is null ? 0UL : Convert.ToUInt64(ignored["SigIgn:".Length..].Trim(), 16);
        const int sigint = 2;
        return (mask & (1UL << (sigint - 1))) != 0 ? "-TERM" : "-INT";
    }

    // A config in a temp folder that uses the repository's content and theme and writes the site next to itself.
    private static string WriteConfig(string json)
    {
        var dir = StaticSite.Tests.TestPaths.NewTempDir("staticsite-serve");
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        node["content"] = StaticSite.Tests.TestPaths.Content;
        node["theme"] = Path.Combine(StaticSite.Tests.TestPaths.Root, "theme");
        node["output"] = Path.Combine(dir, "_site");
        var path = Path.Combine(dir, "site.config.json");
        // Keep the original line layout for the line-number test: only add keys when the JSON is valid as given.
        File.WriteAllText(path, json.Contains("khongCo", StringComparison.Ordinal) ? json : node.ToJsonString());
        return path;
    }

    [GeneratedRegex(@"tại (http://\S+/)")]
    private static partial Regex ServingAt();
}
