using System.CommandLine;

namespace StaticSite.Cli;

/// <summary>The commands of <c>staticsite</c>; each lives in its own file and only binds options to the library.</summary>
internal static class Commands
{
    public static IEnumerable<Command> All() =>
    [
        ExportCommand.Create(),
        BuildCommand.Create(),
        CompareCommand.Create(),
        ValidateCommand.Create(),
        ServeCommand.Create(),
        PdfCommand.Create(),
    ];
}
