using System.CommandLine;
using StaticSite.Config;
using StaticSite.Export;
using StaticSite.Reading;

namespace StaticSite.Cli;

/// <summary><c>staticsite export FILE --format json</c>: prints the document model.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Tệp văn bản cần xuất" };
        var format = new Option<string>("--format") { Description = "Định dạng: json", DefaultValueFactory = _ => "json" };
        var configPath = new Option<FileInfo?>("--config") { Description = "Tệp cấu hình (mặc định: site.config.json ở thư mục hiện tại)" };
        var ocr = new Option<bool>("--ocr") { Description = "Đọc PDF bản quét bằng nhận dạng chữ (cần tesseract và gói tiếng Việt tesseract-ocr-vie)" };
        var command = new Command("export", "Xuất mô hình văn bản ra JSON") { file, format, configPath, ocr };
        command.SetAction(parse =>
        {
            var input = parse.GetValue(file)!;
            if (parse.GetValue(format) != "json") return Cli.Fail("định dạng không hỗ trợ; chỉ có: json");
            if (!input.Exists) return Cli.Fail($"{input.FullName}: không tìm thấy tệp.");
            var config = Cli.LoadConfig(parse.GetValue(configPath), out var configDir);
            if (config is null) return 2;
            var corpus = ContentReader.LoadFiles(config, [input.FullName], Path.Combine(configDir, config.Content), parse.GetValue(ocr));
            var document = corpus.Documents[0];
            // What the reader could not read (unreadable, binary, legacy or broken encoding) is an error, not an empty model.
            foreach (var d in document.Diagnostics)
                Console.Error.WriteLine($"{d.Span.File}:{d.Span.Line}:{d.Span.Column}: {StaticSite.Validation.Severities.Word(d.Severity)} {d.Rule}: {d.Message}");
            if (document.Diagnostics.Any(d => d.Severity == Diagnostics.Severity.Error)) return 1;
            Console.Out.Write(JsonExporter.Export(document));
            return 0;
        });
        return command;
    }
}
