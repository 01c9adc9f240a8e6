using StaticSite.Config;

namespace StaticSite.Cli;

/// <summary>What every command does the same way: load the config, fail with a Vietnamese message and exit code 2.</summary>
internal static class Cli
{
    /// <summary>Prints <c>staticsite: lỗi: MESSAGE</c> to stderr; returns exit code 2 (could not run).</summary>
    public static int Fail(string message)
    {
        Console.Error.WriteLine($"staticsite: lỗi: {message}");
        return 2;
    }

    /// <summary>
    /// Loads <paramref name="file"/> (or <c>site.config.json</c> in the current folder, when present); prints the error and
    /// returns null when it is unusable. <paramref name="baseDir"/> is the folder relative paths of the config start from.
    /// </summary>
    public static SiteConfig? LoadConfig(FileInfo? file, out string baseDir)
    {
        var path = file?.FullName ?? Path.Combine(Directory.GetCurrentDirectory(), SiteConfigLoader.FileName);
        baseDir = Path.GetDirectoryName(path)!;
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
}
