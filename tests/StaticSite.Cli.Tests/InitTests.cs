using StaticSite.Tests;

namespace StaticSite.Cli.Tests;

/// <summary><c>staticsite init</c>: what a new site holds, and that it refuses a folder that is not empty unless told.</summary>
public sealed class InitTests
{
    [Fact]
    public void Init_makes_a_site_that_validates_clean_and_builds_with_a_base_url_for_the_sitemap()
    {
        using var dir = new TempDir();
        var site = Path.Combine(dir.Path, "trang");
        var init = CliRun.Staticsite(dir.Path, "init", "trang");
        Assert.True(init.Code == 0, init.Err);
        foreach (var (file, _) in InitCommand.Files) Assert.True(File.Exists(Path.Combine(site, file)), file);
        Assert.Equal(["ke-hoach-mau.txt"], Directory.GetFiles(Path.Combine(site, "content")).Select(Path.GetFileName));
        Assert.Contains("\"$schema\": \"./site.config.schema.json\"", File.ReadAllText(Path.Combine(site, "site.config.json")));
        Assert.Equal(File.ReadAllText(Path.Combine(TestPaths.Root, "site.config.schema.json")), File.ReadAllText(Path.Combine(site, "site.config.schema.json")));
        Assert.Contains("_site/", File.ReadAllLines(Path.Combine(site, ".gitignore")));
        Assert.Contains(".staticsite-cache/", File.ReadAllLines(Path.Combine(site, ".gitignore")));
        var readme = File.ReadAllText(Path.Combine(site, "README.md"));
        foreach (var command in new[] { "staticsite build", "staticsite serve", "staticsite pdf", "content/" }) Assert.Contains(command, readme);

        var validate = CliRun.Staticsite(site, "validate", "--warnings-as-errors");
        Assert.True(validate.Code == 0, validate.Out + validate.Err);
        Assert.Contains("0 lỗi, 0 cảnh báo, 0 thông tin", validate.Out);

        var build = CliRun.Staticsite(site, "build", "--base-url", "https://intranet.example/chuong-trinh/");
        Assert.True(build.Code == 0, build.Out + build.Err);
        Assert.Contains("<loc>https://intranet.example/chuong-trinh/programs/ke-hoach-mau.html</loc>", File.ReadAllText(Path.Combine(site, "_site", "sitemap.xml")));
    }

    [Fact]
    public void Init_refuses_a_folder_that_is_not_empty_unless_forced_and_then_keeps_the_other_files()
    {
        using var dir = new TempDir();
        File.WriteAllText(Path.Combine(dir.Path, "ghi-chu.txt"), "giữ lại");
        var refused = CliRun.Staticsite(dir.Path, "init");
        Assert.Equal(2, refused.Code);
        Assert.Contains("thư mục đã có tệp", refused.Err);
        Assert.Contains("--force", refused.Err);
        Assert.Equal(["ghi-chu.txt"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName));

        var forced = CliRun.Staticsite(dir.Path, "init", "--force");
        Assert.True(forced.Code == 0, forced.Err);
        Assert.True(File.Exists(Path.Combine(dir.Path, "site.config.json")));
        Assert.Equal("giữ lại", File.ReadAllText(Path.Combine(dir.Path, "ghi-chu.txt")));
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("build")]
    [InlineData("export", "content/ke-hoach-mau.txt")]
    [InlineData("compare", "content/ke-hoach-mau.txt", "content/ke-hoach-mau.txt")]
    [InlineData("pdf")]
    public void Every_command_says_which_config_file_it_used(params string[] args)
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Staticsite(dir.Path, "init").Code);
        var (_, _, stderr) = CliRun.Staticsite(dir.Path, args);
        Assert.Contains($"Cấu hình: {Path.Combine(dir.Path, "site.config.json")}", stderr);

        File.Delete(Path.Combine(dir.Path, "site.config.json"));
        var without = CliRun.Staticsite(dir.Path, args);
        Assert.Contains($"Cấu hình: không có {Path.Combine(dir.Path, "site.config.json")}, dùng cấu hình mặc định.", without.Err);
    }
}
