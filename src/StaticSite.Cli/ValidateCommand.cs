using System.CommandLine;
using StaticSite.Validation;

namespace StaticSite.Cli;

/// <summary><c>staticsite validate [PATH...]</c>: checks documents against the rules of the genre; exit 0 clean, 1 errors, 2 could not run.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Tệp hoặc thư mục cần kiểm tra (mặc định: thư mục nội dung trong cấu hình)", Arity = ArgumentArity.ZeroOrMore };
        var config = new Option<string?>("--config") { Description = "Tệp cấu hình (mặc định: site.config.json trong thư mục hiện tại)" };
        var format = new Option<string>("--format") { Description = "Định dạng kết quả: human, json, sarif", DefaultValueFactory = _ => "human" };
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Coi mọi cảnh báo là lỗi" };
        var ocr = new Option<bool>("--ocr") { Description = "Đọc PDF bản quét bằng nhận dạng chữ (cần tesseract và gói tiếng Việt tesseract-ocr-vie)" };
        var command = new Command("validate", "Kiểm tra văn bản theo các quy tắc của thể loại") { paths, config, format, warningsAsErrors, ocr };
        command.SetAction(parse =>
        {
            var request = new ValidateRequest(
                parse.GetValue(paths) ?? [],
                parse.GetValue(config),
                parse.GetValue(format) ?? "human",
                parse.GetValue(warningsAsErrors),
                Color: !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null,
                Ocr: parse.GetValue(ocr));
            Cli.Utf8Console();
            Cli.AnnounceConfig(request.ConfigPath);
            return ValidateRunner.Run(request, Console.Out, Console.Error, Directory.GetCurrentDirectory());
        });
        return command;
    }
}
