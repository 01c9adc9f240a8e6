using StaticSite.Site;
using StaticSite.Site.Theming;
using StaticSite.Tests;

namespace StaticSite.Cli.Tests;

/// <summary>The default theme embedded in the tool, a site's theme/ folder over it file by file, and <c>theme eject</c>.</summary>
public sealed class ThemeTests
{
    private static string RepoTheme => Path.Combine(TestPaths.Root, "theme");

    [Fact]
    public void The_embedded_theme_is_the_repository_theme_folder_byte_for_byte()
    {
        var repo = Directory.EnumerateFiles(RepoTheme, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoTheme, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(repo, ThemeFiles.EmbeddedFiles);
        foreach (var file in repo) Assert.Equal(File.ReadAllBytes(Path.Combine(RepoTheme, file)), ThemeFiles.Default.Read(file));
    }

    [Fact]
    public void A_site_that_overrides_one_template_keeps_every_other_template_and_asset_from_the_embedded_theme()
    {
        using var site = NewSite();
        var checklist = File.ReadAllText(Path.Combine(RepoTheme, "checklist.cshtml")) + "\n<p class=\"mau-rieng-cua-don-vi\">Mẫu riêng của đơn vị</p>\n";
        Directory.CreateDirectory(Path.Combine(site.Path, "theme"));
        File.WriteAllText(Path.Combine(site.Path, "theme", "checklist.cshtml"), checklist);

        var result = SiteBuilder.Build(new BuildOptions { ConfigPath = Path.Combine(site.Path, "site.config.json") });
        Assert.True(result.Success, string.Join("\n", result.Errors));
        var output = Path.Combine(site.Path, "_site");
        var checklists = Directory.GetFiles(Path.Combine(output, "checklists"), "*.html").Where(f => !f.EndsWith("index.html", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(checklists);
        Assert.All(checklists, f => Assert.Contains("mau-rieng-cua-don-vi", File.ReadAllText(f)));
        // Every other page comes from the embedded templates, in the embedded layout.
        var program = File.ReadAllText(Path.Combine(output, "programs", "ke-hoach-mau.html"));
        Assert.DoesNotContain("mau-rieng-cua-don-vi", program);
        Assert.Contains("assets/site.css", program);
        foreach (var asset in ThemeFiles.EmbeddedFiles.Where(f => f.StartsWith("assets/", StringComparison.Ordinal)))
            Assert.Equal(ThemeFiles.Default.Read(asset), File.ReadAllBytes(Path.Combine(output, asset)));
        Assert.Equal(["checklist.cshtml"], new ThemeFiles(Path.Combine(site.Path, "theme")).Overrides);
    }

    [Fact]
    public void A_site_asset_replaces_the_embedded_one_and_an_added_asset_is_published()
    {
        using var site = NewSite();
        Directory.CreateDirectory(Path.Combine(site.Path, "theme", "assets"));
        File.WriteAllText(Path.Combine(site.Path, "theme", "assets", "site.css"), "body { color: navy; }\n");
        File.WriteAllText(Path.Combine(site.Path, "theme", "assets", "logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        var result = SiteBuilder.Build(new BuildOptions { ConfigPath = Path.Combine(site.Path, "site.config.json") });
        Assert.True(result.Success, string.Join("\n", result.Errors));
        Assert.Equal("body { color: navy; }\n", File.ReadAllText(Path.Combine(site.Path, "_site", "assets", "site.css")));
        Assert.True(File.Exists(Path.Combine(site.Path, "_site", "assets", "logo.svg")));
        Assert.Equal(ThemeFiles.Default.Read("assets/search.js"), File.ReadAllBytes(Path.Combine(site.Path, "_site", "assets", "search.js")));
    }

    [Fact]
    public void A_theme_folder_asked_for_with_theme_that_is_missing_stops_the_build_before_any_document_is_read()
    {
        using var site = NewSite();
        var result = SiteBuilder.Build(new BuildOptions { ConfigPath = Path.Combine(site.Path, "site.config.json"), Theme = Path.Combine(site.Path, "khong-co") });
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("không tìm thấy thư mục giao diện", result.Errors.Single());
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("--config", "khong-co.json", "không tìm thấy tệp cấu hình")]
    [InlineData("--content", "khong-co", "không tìm thấy thư mục văn bản")]
    [InlineData("--theme", "khong-co", "không tìm thấy thư mục giao diện")]
    public void What_a_build_needs_is_checked_before_any_document_is_read(string option, string value, string message)
    {
        using var site = NewSite();
        var (code, stdout, stderr) = CliRun.Staticsite(site.Path, "build", option, value);
        Assert.Equal(2, code);
        Assert.Contains(message, stderr);
        Assert.DoesNotContain("[Read]", stdout);
        Assert.False(Directory.Exists(Path.Combine(site.Path, "_site")));
    }

    [Fact]
    public void Eject_copies_the_embedded_theme_and_keeps_files_already_there_unless_forced()
    {
        using var dir = new TempDir();
        var (code, stdout, stderr) = CliRun.Staticsite(dir.Path, "theme", "eject");
        Assert.True(code == 0, stderr);
        var theme = Path.Combine(dir.Path, "theme");
        foreach (var file in ThemeFiles.EmbeddedFiles) Assert.Equal(ThemeFiles.Default.Read(file), File.ReadAllBytes(Path.Combine(theme, file)));
        Assert.Contains($"Đã chép {ThemeFiles.EmbeddedFiles.Count()} tệp", stdout);

        File.WriteAllText(Path.Combine(theme, "home.cshtml"), "đã sửa");
        var again = CliRun.Staticsite(dir.Path, "theme", "eject", "theme");
        Assert.Equal(0, again.Code);
        Assert.Contains($"Đã chép 0 tệp", again.Out);
        Assert.Contains($"Giữ nguyên {ThemeFiles.EmbeddedFiles.Count()} tệp đã có", again.Out);
        Assert.Equal("đã sửa", File.ReadAllText(Path.Combine(theme, "home.cshtml")));

        Assert.Equal(0, CliRun.Staticsite(dir.Path, "theme", "eject", "--force").Code);
        Assert.Equal(ThemeFiles.Default.Read("home.cshtml"), File.ReadAllBytes(Path.Combine(theme, "home.cshtml")));
    }

    // A site as `staticsite init` makes it: no theme folder.
    internal static TempDir NewSite()
    {
        var site = new TempDir("staticsite-theme");
        var result = CliRun.Staticsite(site.Path, "init");
        Assert.True(result.Code == 0, result.Err);
        return site;
    }
}
