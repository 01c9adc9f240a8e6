using System.Reflection;
using StaticSite.Tests;

namespace StaticSite.Cli.Tests;

/// <summary>The tool as a new user gets it: packed, installed from the package, a site started and built where no repository is around.</summary>
public sealed class ToolPackageTests
{
    private const string Document = """
        KẾ HOẠCH
        tổ chức hội nghị sơ kết việc số hóa tài liệu

        Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:

        I. MỤC ĐÍCH, YÊU CẦU
        1. Đánh giá kết quả số hóa sau sáu tháng.

        II. NHIỆM VỤ VÀ GIẢI PHÁP
        1. Văn phòng Tỉnh ủy chủ trì chuẩn bị hội nghị (*hoàn thành trong quý III/2025*).

        III. TỔ CHỨC THỰC HIỆN
        Văn phòng Tỉnh ủy theo dõi, báo cáo.

        Nơi nhận:
        - Các ban xây dựng Đảng của Tỉnh ủy,
        - Lưu Văn phòng Tỉnh ủy.

        T/M BAN THƯỜNG VỤ
        PHÓ BÍ THƯ
        Trần Văn B
        """;

    [Fact]
    public void The_packed_tool_installs_from_its_package_starts_a_site_and_builds_and_validates_it_without_a_theme_folder()
    {
        using var temp = new TempDir("staticsite-tool");
        var packages = Path.Combine(temp.Path, "packages");
        var tools = Path.Combine(temp.Path, "tools");
        // Offline and isolated: only the package folder as source, and a NuGet cache of its own (deleted with the folder),
        // so the test installs this build's package, never one cached from an earlier run.
        File.WriteAllText(Path.Combine(temp.Path, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><clear /><add key="local" value="{packages}" /></packageSources></configuration>
            """);
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(temp.Path, "nuget-cache"), ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" };
        var configuration = typeof(ToolPackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;

        // The tests run after the solution is built, so the pack only packs what is built (the test run holds the build lock).
        var pack = CliRun.Run("dotnet", TestPaths.Root, environment,
            "pack", Path.Combine(TestPaths.Root, "src", "StaticSite.Cli", "StaticSite.Cli.csproj"), "--no-build", "-c", configuration, "-o", packages, "-nologo");
        Assert.True(pack.Code == 0, pack.Out + pack.Err);
        Assert.Single(Directory.GetFiles(packages, "StaticSite.*.nupkg"));

        var install = CliRun.Run("dotnet", temp.Path, environment,
            "tool", "install", "--tool-path", tools, "--add-source", packages, "--configfile", Path.Combine(temp.Path, "nuget.config"), "StaticSite");
        Assert.True(install.Code == 0, install.Out + install.Err);
        var staticsite = Path.Combine(tools, OperatingSystem.IsWindows() ? "staticsite.exe" : "staticsite");

        var version = CliRun.Run(staticsite, temp.Path, null, "--version");
        Assert.Equal(typeof(CommandLineText).Assembly.GetName().Version!.ToString(3), version.Out.Trim());

        var site = Path.Combine(temp.Path, "trang-moi");
        var init = CliRun.Run(staticsite, temp.Path, null, "init", site);
        Assert.True(init.Code == 0, init.Out + init.Err);
        File.WriteAllText(Path.Combine(site, "content", "hoi-nghi-so-ket.txt"), Document);
        Assert.False(Directory.Exists(Path.Combine(site, "theme")));

        var build = CliRun.Run(staticsite, site, null, "build");
        Assert.True(build.Code == 0, build.Out + build.Err);
        Assert.Contains($"Cấu hình: {Path.Combine(site, "site.config.json")}", build.Err);
        Assert.True(File.Exists(Path.Combine(site, "_site", "programs", "hoi-nghi-so-ket.html")));
        Assert.True(File.Exists(Path.Combine(site, "_site", "programs", "ke-hoach-mau.html")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(TestPaths.Root, "theme", "assets", "site.css")), File.ReadAllBytes(Path.Combine(site, "_site", "assets", "site.css")));

        var validate = CliRun.Run(staticsite, site, null, "validate", "--warnings-as-errors");
        Assert.True(validate.Code == 0, validate.Out + validate.Err);
        Assert.Contains("trong 2 tệp", validate.Out);
    }
}
