using System.Security.Cryptography;
using System.Text;
using StaticSite.Site;
using StaticSite.Site.Pdf;

namespace StaticSite.Cli.Tests;

/// <summary>What a site made on Windows brings to Linux: CRLF line ends, backslashes in the config's folders, file names with decomposed (NFD) Vietnamese letters.</summary>
public sealed class WindowsInputTests
{
    private const string Name = "Kế hoạch số hóa.txt";

    [Fact]
    public void A_site_written_on_Windows_builds_the_same_site_as_its_Linux_twin()
    {
        using var linux = Site(lineEnd: "\n", separator: '/', NormalizationForm.FormC);
        using var windows = Site(lineEnd: "\r\n", separator: '\\', NormalizationForm.FormD);
        Assert.True(Directory.GetFiles(Path.Combine(windows.Path, "van-ban", "2025")).Single().Contains('\u0302', StringComparison.Ordinal)); // really NFD

        var a = SiteBuilder.Build(new BuildOptions { ConfigPath = Path.Combine(linux.Path, "site.config.json") });
        var b = SiteBuilder.Build(new BuildOptions { ConfigPath = Path.Combine(windows.Path, "site.config.json") });
        Assert.True(a.Success, string.Join("\n", a.Errors));
        Assert.True(b.Success, string.Join("\n", b.Errors));
        Assert.Equal(Path.Combine(windows.Path, "ket-qua", "_site"), b.OutputDir);
        Assert.Contains("07-KH/TU", File.ReadAllText(Path.Combine(b.OutputDir, "programs", "ke-hoach-so-hoa.html"))); // the config's metadata found under the NFD name
        var (ha, hb) = (Hashes(a.OutputDir), Hashes(b.OutputDir));
        Assert.Equal(ha.Keys, hb.Keys);
        Assert.Equal([], ha.Keys.Where(k => ha[k] != hb[k]));
        Assert.Equal(a.Diagnostics.Select(d => (d.Rule, d.Span.Line)), b.Diagnostics.Select(d => (d.Rule, d.Span.Line)));

        var validate = CliRun.Staticsite(windows.Path, "validate", "--warnings-as-errors");
        Assert.True(validate.Code == 0, validate.Out + validate.Err);
    }

    [Fact]
    public void Printing_finds_Chrome_or_Edge_on_Windows_and_Chromium_on_Linux()
    {
        var env = new Dictionary<string, string>
        {
            ["ProgramFiles"] = @"C:\Program Files", ["ProgramFiles(x86)"] = @"C:\Program Files (x86)", ["LOCALAPPDATA"] = @"C:\Users\vanthu\AppData\Local",
            ["PATH"] = @"C:\Windows\system32;C:\Tools\",
        };
        var windows = PdfOptions.BrowserCandidates(true, k => env.GetValueOrDefault(k));
        Assert.Equal(@"C:\Program Files\Google\Chrome\Application\chrome.exe", windows[0]);
        Assert.Contains(@"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe", windows);
        Assert.Contains(@"C:\Users\vanthu\AppData\Local\Google\Chrome\Application\chrome.exe", windows);
        Assert.Contains(@"C:\Tools\msedge.exe", windows);
        Assert.True(windows.ToList().FindLastIndex(p => p.EndsWith(@"Chrome\Application\chrome.exe", StringComparison.Ordinal))
            < windows.ToList().FindIndex(p => p.EndsWith("msedge.exe", StringComparison.Ordinal)));

        var linux = PdfOptions.BrowserCandidates(false, k => k == "PATH" ? "/opt/bin" : null);
        Assert.Equal("/usr/bin/chromium", linux[0]);
        Assert.Contains("/opt/bin/google-chrome", linux);
    }

    [Fact]
    public void Pdf_takes_a_browser_path_and_names_it_when_it_is_missing()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Staticsite(dir.Path, "init").Code);
        Assert.Equal(0, CliRun.Staticsite(dir.Path, "build").Code);
        var missing = Path.Combine(dir.Path, "khong-co", "chrome");
        var (code, _, stderr) = CliRun.Staticsite(dir.Path, "pdf", "--browser", missing);
        Assert.Equal(2, code);
        Assert.Contains(missing, stderr);
        Assert.Contains("--browser", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    private static TempDir Site(string lineEnd, char separator, NormalizationForm form)
    {
        var dir = new TempDir("staticsite-windows");
        var config = string.Join(lineEnd,
            "{",
            $"  \"content\": \"van-ban{(separator == '\\' ? "\\\\" : "/")}2025\",",
            $"  \"output\": \"ket-qua{(separator == '\\' ? "\\\\" : "/")}_site\",",
            "  \"buildDate\": \"2025-06-01\",",
            $"  \"documents\": {{ \"{Name}\": {{ \"number\": \"07-KH/TU\" }} }}",
            "}", "");
        File.WriteAllText(Path.Combine(dir.Path, "site.config.json"), config);
        var content = Path.Combine(dir.Path, "van-ban", "2025");
        Directory.CreateDirectory(content);
        using var sample = typeof(InitCommand).Assembly.GetManifestResourceStream("init/ke-hoach-mau.txt")!;
        var text = new StreamReader(sample).ReadToEnd().ReplaceLineEndings(lineEnd);
        File.WriteAllText(Path.Combine(content, Name.Normalize(form)), text.Normalize(form), new UTF8Encoding(false));
        return dir;
    }

    private static SortedDictionary<string, string> Hashes(string dir)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            result[Path.GetRelativePath(dir, file).Replace('\\', '/')] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        return result;
    }
}
