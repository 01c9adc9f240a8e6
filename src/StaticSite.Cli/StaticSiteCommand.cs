using System.CommandLine;

namespace StaticSite.Cli;

/// <summary>The root command <c>staticsite</c> and its commands; each lives in its own file and only binds options to the library.</summary>
internal static class StaticSiteCommand
{
    /// <summary>The root command with every command under it (help and <c>--version</c> come with the root).</summary>
    public static RootCommand Create()
    {
        var root = new RootCommand("staticsite — xuất bản, kiểm tra và so sánh chương trình, kế hoạch");
        foreach (var command in All()) root.Subcommands.Add(command);
        NameValues(root);
        return root;
    }

    // Help shows "--config <TỆP>", not the option's own name in angle brackets: what kind of value it takes, in Vietnamese.
    private static void NameValues(Command command)
    {
        foreach (var option in command.Options.Where(o => o.HelpName is null && o.ValueType != typeof(bool)))
            option.HelpName = (Nullable.GetUnderlyingType(option.ValueType) ?? option.ValueType) switch
            {
                var t when t == typeof(FileInfo) => "TỆP",
                var t when t == typeof(DirectoryInfo) => "THƯ_MỤC",
                var t when t == typeof(int) => "SỐ",
                _ => option.Name switch
                {
                    "--config" or "--output" or "--browser" => "TỆP",
                    "--format" => "ĐỊNH_DẠNG",
                    "--base-url" => "URL",
                    "--host" => "ĐỊA_CHỈ",
                    _ => null,
                },
            };
        foreach (var sub in command.Subcommands) NameValues(sub);
    }

    private static IEnumerable<Command> All() =>
    [
        InitCommand.Create(),
        BuildCommand.Create(),
        ValidateCommand.Create(),
        ServeCommand.Create(),
        PdfCommand.Create(),
        ExportCommand.Create(),
        CompareCommand.Create(),
        ThemeCommand.Create(),
    ];
}
