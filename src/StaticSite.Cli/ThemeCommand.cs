using System.CommandLine;
using StaticSite.Site.Theming;

namespace StaticSite.Cli;

/// <summary><c>staticsite theme eject [DIR] [--force]</c>: copies the theme embedded in the tool out to customize; exit 0 copied, 2 could not write.</summary>
internal static class ThemeCommand
{
    public static Command Create()
    {
        var dir = new Argument<string?>("DIR") { Description = "Thư mục nhận giao diện (mặc định: theme)", Arity = ArgumentArity.ZeroOrOne };
        var force = new Option<bool>("--force") { Description = "Ghi đè các tệp đã có" };
        var eject = new Command("eject", "Chép giao diện mặc định ra thư mục để sửa; tệp nào sửa thì tệp đó thay cho giao diện mặc định") { dir, force };
        eject.SetAction(parse =>
        {
            Cli.Utf8Console();
            var target = Path.GetFullPath(parse.GetValue(dir) ?? "theme");
            try
            {
                var written = ThemeFiles.Eject(target, parse.GetValue(force), out var kept);
                Console.WriteLine($"Đã chép {written.Length} tệp giao diện vào {target}.");
                if (kept.Length > 0)
                    Console.WriteLine($"Giữ nguyên {kept.Length} tệp đã có; dùng --force để ghi đè.");
                Console.WriteLine("Chỉ cần giữ lại những tệp bạn sửa: tệp nào không có trong thư mục này thì lấy từ giao diện mặc định.");
                return 0;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Cli.Fail($"{target}: không ghi được giao diện: {e.Message}");
            }
        });
        return new Command("theme", "Giao diện (theme) của trang") { eject };
    }
}
