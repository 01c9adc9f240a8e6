using StaticSite.Config;

namespace StaticSite.Cli;

/// <summary>What every command does the same way: find and load the config and say which one, fail with a Vietnamese message and exit code 2.</summary>
internal static class Cli
{
    /// <summary>Prints <c>staticsite: lỗi: MESSAGE</c> to stderr; returns exit code 2 (could not run).</summary>
    public static int Fail(string message)
    {
        Console.Error.WriteLine($"staticsite: lỗi: {message}");
        return 2;
    }

    /// <summary>The config file a command uses: <paramref name="given"/> (<c>--config</c>), else <c>site.config.json</c> in the current folder.</summary>
    public static string ConfigFile(string? given) => Path.GetFullPath(given ?? SiteConfigLoader.FileName);

    /// <summary>Says on stderr which config file the command uses (stdout stays the command's output: JSON, SARIF, pages).</summary>
    public static void AnnounceConfig(string? given)
    {
        var path = ConfigFile(given);
        Console.Error.WriteLine(File.Exists(path) || given is not null
            ? $"Cấu hình: {path}"
            : $"Cấu hình: không có {path}, dùng cấu hình mặc định.");
    }

    /// <summary>
    /// Loads <paramref name="file"/> (or <c>site.config.json</c> in the current folder, when present) and says which; prints the
    /// error and returns null when it is unusable. <paramref name="baseDir"/> is the folder relative paths of the config start from.
    /// </summary>
    public static SiteConfig? LoadConfig(FileInfo? file, out string baseDir)
    {
        var path = ConfigFile(file?.FullName);
        baseDir = Path.GetDirectoryName(path)!;
        AnnounceConfig(file?.FullName);
        try
        {
            return SiteConfigLoader.Load(path, required: file is not null);
        }
        catch (ConfigException e)
        {
            Fail(e.Message);
            return null;
        }
    }

    /// <summary>Console output in UTF-8 on a terminal (Windows consoles otherwise show Vietnamese letters as '?').</summary>
    public static void Utf8Console()
    {
        if (!Console.IsOutputRedirected || !Console.IsErrorRedirected) Console.OutputEncoding = System.Text.Encoding.UTF8;
    }
}
