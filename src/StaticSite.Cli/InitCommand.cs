using System.CommandLine;

namespace StaticSite.Cli;

/// <summary>
/// <c>staticsite init [DIR] [--force]</c>: starts a new site — <c>content/</c> with one example document, a
/// <c>site.config.json</c> with its schema, a <c>.gitignore</c> for the output and a README for the office. Refuses a
/// folder that is not empty unless <c>--force</c> (which overwrites only these files); exit 0 made, 2 refused.
/// </summary>
internal static class InitCommand
{
    /// <summary>What a new site holds: the file written, and the resource (<c>Init/</c> of this project) it comes from.</summary>
    public static readonly (string File, string Resource)[] Files =
    [
        ("content/ke-hoach-mau.txt", "init/ke-hoach-mau.txt"),
        ("site.config.json", "init/site.config.json"),
        ("site.config.schema.json", "init/site.config.schema.json"),
        (".gitignore", "init/gitignore"),
        ("README.md", "init/README.md"),
    ];

    public static Command Create()
    {
        var dir = new Argument<string?>("DIR") { Description = "Thư mục của trang mới (mặc định: thư mục hiện tại)", Arity = ArgumentArity.ZeroOrOne };
        var force = new Option<bool>("--force") { Description = "Tạo cả khi thư mục đã có tệp (chỉ ghi đè các tệp của trang mới)" };
        var command = new Command("init", "Tạo trang mới: thư mục content/ có văn bản mẫu, site.config.json, .gitignore, README") { dir, force };
        command.SetAction(parse =>
        {
            Cli.Utf8Console();
            var target = Path.GetFullPath(parse.GetValue(dir) ?? ".");
            if (File.Exists(target)) return Cli.Fail($"{target}: đã có tệp trùng tên, không tạo được thư mục.");
            if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !parse.GetValue(force))
                return Cli.Fail($"{target}: thư mục đã có tệp; chọn thư mục trống, hoặc thêm --force để vẫn tạo (ghi đè {string.Join(", ", Files.Select(f => f.File))}).");
            try
            {
                foreach (var (file, resource) in Files)
                {
                    var path = Path.Combine(target, file);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    using var source = typeof(InitCommand).Assembly.GetManifestResourceStream(resource)!;
                    using var written = File.Create(path);
                    source.CopyTo(written);
                    Console.WriteLine($"  {file}");
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Cli.Fail($"{target}: không ghi được: {e.Message}");
            }
            Console.WriteLine($"Đã tạo trang mới tại {target}.");
            Console.WriteLine("Tiếp theo: chép văn bản vào content/, rồi chạy \"staticsite build\" tại thư mục đó (xem README.md).");
            return 0;
        });
        return command;
    }
}
