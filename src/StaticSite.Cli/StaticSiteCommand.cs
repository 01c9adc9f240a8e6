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
        return root;
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
