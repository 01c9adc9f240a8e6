using System.CommandLine;
using StaticSite.Site;

namespace StaticSite.Cli;

/// <summary><c>staticsite build</c>: publishes the site (see <see cref="SiteBuilder"/>); exit 0 published, 1 not published, 2 config or output path unusable.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var config = new Option<FileInfo?>("--config") { Description = "Tệp cấu hình (mặc định site.config.json)" };
        var content = new Option<DirectoryInfo?>("--content") { Description = "Thư mục văn bản" };
        var output = new Option<DirectoryInfo?>("--output") { Description = "Thư mục đầu ra" };
        var theme = new Option<DirectoryInfo?>("--theme") { Description = "Thư mục giao diện" };
        var pdf = new Option<bool>("--pdf") { Description = "In thêm các danh sách kiểm tra ra PDF" };
        var browser = new Option<string?>("--browser") { Description = "Trình duyệt dùng để in PDF (Chrome, Edge hoặc Chromium; mặc định: tự tìm)" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Địa chỉ công khai của trang (https://...), cho sitemap.xml; thay baseUrl trong cấu hình" };
        var command = new Command("build", "Dựng trang HTML từ các văn bản") { config, content, output, theme, pdf, browser, baseUrl };
        command.SetAction(parse =>
        {
            var terminal = !Console.IsOutputRedirected;
            Cli.Utf8Console();
            var url = parse.GetValue(baseUrl);
            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"))
                return Cli.Fail($"--base-url \"{url}\" phải là địa chỉ tuyệt đối http:// hoặc https://.");
            Cli.AnnounceConfig(parse.GetValue(config)?.FullName);
            var options = new BuildOptions
            {
                BaseUrl = url,
                ConfigPath = parse.GetValue(config)?.FullName,
                Content = parse.GetValue(content)?.FullName,
                Output = parse.GetValue(output)?.FullName,
                Theme = parse.GetValue(theme)?.FullName,
                Pdf = parse.GetValue(pdf),
                Browser = parse.GetValue(browser),
            };
            var result = BuildProgress.Build(options, terminal);
            // Errors in full (they block publishing); warnings and infos as a count — `staticsite validate` lists them.
            foreach (var line in result.ErrorLines()) Console.Error.WriteLine(line);
            var warnings = result.Diagnostics.Count(d => d.Severity == StaticSite.Diagnostics.Severity.Warning);
            var infos = result.Diagnostics.Count(d => d.Severity == StaticSite.Diagnostics.Severity.Info);
            if (warnings + infos > 0)
                Console.Error.WriteLine($"Văn bản có {warnings} cảnh báo, {infos} thông tin; chạy \"staticsite validate\" để xem chi tiết.");
            foreach (var error in result.Errors) Console.Error.WriteLine($"staticsite: lỗi: {error}");
            foreach (var notice in result.Notices) Console.Error.WriteLine($"staticsite: lưu ý: {notice}");
            if (!result.Success) return result.ExitCode;
            Console.WriteLine($"Đã xuất bản {result.Pages.Length} trang vào {result.OutputDir}"
                + (result.FilesUnchanged > 0 ? $" (ghi {result.FilesWritten} tệp mới hoặc đổi, giữ {result.FilesUnchanged} tệp không đổi)." : "."));
            return 0;
        });
        return command;
    }
}
