using System.CommandLine;
using Spectre.Console;
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
        var pdf = new Option<bool>("--pdf") { Description = "In thêm các danh sách kiểm tra ra PDF (thư mục pdf/ của trang)" };
        var command = new Command("build", "Dựng trang HTML từ các văn bản") { config, content, output, theme, pdf };
        command.SetAction(parse =>
        {
            var options = new BuildOptions
            {
                ConfigPath = parse.GetValue(config)?.FullName,
                Content = parse.GetValue(content)?.FullName,
                Output = parse.GetValue(output)?.FullName,
                Theme = parse.GetValue(theme)?.FullName,
                Progress = Console.IsOutputRedirected ? new PlainProgress() : new TerminalProgress(),
            };
            var result = SiteBuilder.Build(options);
            foreach (var d in result.Diagnostics)
                Console.Error.WriteLine($"{d.Span}: {Severity(d.Severity)} [{d.Rule}] {d.Message}");
            foreach (var error in result.Errors) Console.Error.WriteLine($"lỗi: {error}");
            if (result.Success) Console.WriteLine($"Đã xuất bản {result.Pages.Length} trang vào {result.OutputDir}.");
            if (result.Success && parse.GetValue(pdf)) return PdfCommand.WriteChecklistsAsync(result.OutputDir).GetAwaiter().GetResult();
            return result.ExitCode;
        });
        return command;
    }

    private static string Severity(StaticSite.Diagnostics.Severity s) => s switch
    {
        StaticSite.Diagnostics.Severity.Error => "lỗi",
        StaticSite.Diagnostics.Severity.Warning => "cảnh báo",
        _ => "thông tin",
    };

    /// <summary>One plain line per stage, for logs and pipes.</summary>
    private sealed class PlainProgress : IBuildProgress
    {
        public void StageStarted(string stage, string label) => Console.WriteLine($"[{stage}] {label}");

        public void Advance(int done, int total) { }
    }

    /// <summary>A status line on a terminal: the stage and, for long stages, how far it is.</summary>
    private sealed class TerminalProgress : IBuildProgress
    {
        private string _label = "";

        public void StageStarted(string stage, string label)
        {
            _label = label;
            AnsiConsole.MarkupLine($"[grey]•[/] {Markup.Escape(label)}");
        }

        public void Advance(int done, int total)
        {
            if (total < 20 || done % 10 != 0 && done != total) return;
            AnsiConsole.MarkupLine($"  [grey]{Markup.Escape(_label)}: {done}/{total}[/]");
        }
    }
}
