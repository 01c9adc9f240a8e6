using System.CommandLine;
using StaticSite.Compare;
using StaticSite.Site.Theming;

namespace StaticSite.Cli;

/// <summary><c>staticsite compare A B [--output FILE.html] [--format json|html] [--standalone]</c>: two programs side by side; exit 0 done, 2 could not run.</summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var a = new Argument<string>("A") { Description = "Chương trình thứ nhất (cột trái)" };
        var b = new Argument<string>("B") { Description = "Chương trình thứ hai (cột phải)" };
        var output = new Option<string?>("--output") { Description = "Ghi trang so sánh (HTML) vào tệp này" };
        var format = new Option<string?>("--format") { Description = "json: in bảng đối chiếu; html: trang so sánh (mặc định: html khi có --output, nếu không thì json)" };
        var config = new Option<string?>("--config") { Description = "Tệp cấu hình (mặc định: site.config.json trong thư mục hiện tại)" };
        var standalone = new Option<bool>("--standalone") { Description = "Trang HTML độc lập (kiểu trình bày nằm trong trang), không dùng giao diện (theme)" };
        var command = new Command("compare", "So sánh hai chương trình, kế hoạch: nhiệm vụ, cơ quan, thời hạn") { a, b, output, format, config, standalone };
        command.SetAction(parse =>
        {
            Cli.Utf8Console();
            Cli.AnnounceConfig(parse.GetValue(config));
            var request = new CompareRequest(parse.GetValue(a)!, parse.GetValue(b)!, parse.GetValue(output), parse.GetValue(format), parse.GetValue(config));
            var cwd = Directory.GetCurrentDirectory();
            return CompareRunner.Run(request, Console.Out, Console.Error, cwd,
                parse.GetValue(standalone) ? null : (comparison, site) => StandaloneComparePage.Render(comparison, site, cwd, request.Output));
        });
        return command;
    }
}
