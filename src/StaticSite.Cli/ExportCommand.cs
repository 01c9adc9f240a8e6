using System.CommandLine;

namespace StaticSite.Cli;

/// <summary><c>staticsite export FILE --format json</c>: prints the document model.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Tệp văn bản cần xuất" };
        var format = new Option<string>("--format") { Description = "Định dạng (json)", DefaultValueFactory = _ => "json" };
        var command = new Command("export", "Xuất mô hình văn bản ra JSON") { file, format };
        command.SetAction(parse => 0);
        return command;
    }
}
