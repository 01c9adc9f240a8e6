using System.CommandLine;
using StaticSite.Site.Pdf;

namespace StaticSite.Cli;

/// <summary><c>staticsite pdf [--output DIR]</c>: prints each checklist of the built site to PDF with headless Chromium; exit 0 written, 2 could not run.</summary>
internal static class PdfCommand
{
    public static Command Create()
    {
        var config = new Option<FileInfo?>("--config") { Description = "Tệp cấu hình (mặc định site.config.json)" };
        var site = new Option<DirectoryInfo?>("--site") { Description = "Thư mục trang đã dựng (mặc định output trong cấu hình)" };
        var output = new Option<DirectoryInfo?>("--output") { Description = "Thư mục ghi PDF (mặc định pdf/ trong trang đã dựng)" };
        var browser = new Option<string?>("--browser") { Description = "Trình duyệt dùng để in (Chrome, Edge hoặc Chromium; mặc định: tự tìm)" };
        var command = new Command("pdf", "In các danh sách kiểm tra của trang đã dựng ra PDF (A4)") { config, site, output, browser };
        command.SetAction(async (parse, cancellation) =>
        {
            Cli.Utf8Console();
            var loaded = Cli.LoadConfig(parse.GetValue(config), out var baseDir);
            if (loaded is null) return 2;
            var siteDir = parse.GetValue(site)?.FullName ?? Path.GetFullPath(Path.Combine(baseDir, loaded.Output));
            if (!File.Exists(Path.Combine(siteDir, "index.html")))
                return Cli.Fail($"chưa có trang đã dựng tại {siteDir}; chạy staticsite build trước.");
            return await WriteChecklistsAsync(siteDir, parse.GetValue(output)?.FullName, parse.GetValue(browser), cancellation);
        });
        return command;
    }

    /// <summary>
    /// Prints the checklists of the site at <paramref name="siteDir"/> to PDF with <paramref name="browser"/> (null: the one
    /// found on this machine) and lists them; also used by <c>staticsite build --pdf</c>. Returns the exit code.
    /// </summary>
    public static async Task<int> WriteChecklistsAsync(string siteDir, string? outputDir, string? browser, CancellationToken cancellation = default)
    {
        try
        {
            var options = new PdfOptions { OutputDirectory = outputDir };
            if (browser is not null) options = options with { ChromiumPath = Path.GetFullPath(browser) };
            var written = await ChecklistPdfWriter.WriteAsync(siteDir, options, cancellation);
            foreach (var pdf in written) Console.WriteLine(pdf);
            Console.WriteLine(written.IsEmpty
                ? $"Không có danh sách kiểm tra nào trong {Path.Combine(siteDir, ChecklistPdfWriter.ChecklistFolder)}."
                : $"Đã in {written.Length} danh sách kiểm tra ra PDF.");
            return 0;
        }
        catch (PdfException e)
        {
            return Cli.Fail(e.Message);
        }
    }
}
