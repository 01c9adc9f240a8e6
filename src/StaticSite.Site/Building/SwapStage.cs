using System.Globalization;

namespace StaticSite.Site.Building;

/// <summary>
/// Swap: writes the site into a staging folder beside the output (same file system), then swaps it in — the old site
/// renamed away, the new one renamed in, the old one deleted. Until the rename the previous site stays exactly as it was,
/// whether the build fails or is killed.
/// </summary>
public sealed class SwapStage : IBuildStage
{
    /// <summary>The file that marks a folder as a site this tool wrote (so it may be replaced).</summary>
    public const string Marker = ".staticsite";

    /// <summary>Test hook: while writing, after half the files, sleep this many milliseconds (so a test can kill the build midway).</summary>
    public const string DelayVariable = "STATICSITE_TEST_SWAP_DELAY_MS";

    /// <inheritdoc />
    public string Name => "Swap";

    /// <inheritdoc />
    public string Label => "Ghi và thay trang";

    /// <inheritdoc />
    public void Run(BuildContext context)
    {
        var output = context.OutputDir;
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        Directory.CreateDirectory(parent);
        RemoveStale(parent, name);
        var staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}");
        var old = Path.Combine(parent, $".{name}.old-{Environment.ProcessId}");
        if (Directory.Exists(staging)) Directory.Delete(staging, true);
        Directory.CreateDirectory(staging);
        try
        {
            File.WriteAllText(Path.Combine(staging, Marker), "staticsite\n");
            var delay = int.TryParse(Environment.GetEnvironmentVariable(DelayVariable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms) ? ms : 0;
            var n = 0;
            foreach (var (path, content) in context.Files)
            {
                var file = SitePaths.Under(staging, path);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllBytes(file, content);
                if (delay > 0 && ++n == context.Files.Count / 2) Thread.Sleep(delay);
            }
            if (Directory.Exists(output)) Directory.Move(output, old);
            Directory.Move(staging, output);
        }
        catch
        {
            if (!Directory.Exists(output) && Directory.Exists(old)) Directory.Move(old, output);
            if (Directory.Exists(staging)) Directory.Delete(staging, true);
            throw;
        }
        if (Directory.Exists(old)) Directory.Delete(old, true);
    }

    // Left over by a killed build: staging and old folders of processes that no longer run.
    private static void RemoveStale(string parent, string name)
    {
        foreach (var dir in Directory.EnumerateDirectories(parent, $".{name}.*-*"))
        {
            var suffix = Path.GetFileName(dir)[(name.Length + 2)..];
            var dash = suffix.LastIndexOf('-');
            if (dash < 0 || !int.TryParse(suffix[(dash + 1)..], NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid) || !(suffix.StartsWith("staging-", StringComparison.Ordinal) || suffix.StartsWith("old-", StringComparison.Ordinal))) continue;
            if (pid != Environment.ProcessId && IsRunning(pid)) continue;
            if (!File.Exists(Path.Combine(dir, Marker))) continue;
            var output = Path.Combine(parent, name);
            // Killed between the two renames: the old site is the one to keep.
            if (suffix.StartsWith("old-", StringComparison.Ordinal) && !Directory.Exists(output)) Directory.Move(dir, output);
            else Directory.Delete(dir, true);
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
