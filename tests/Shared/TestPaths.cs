using System.Runtime.CompilerServices;

namespace StaticSite.Tests;

/// <summary>Paths of the repository, found from the test assembly's location, and the one temp folder of a test run.</summary>
public static class TestPaths
{
    /// <summary>The prefix of the temp folder of each test process: <c>staticsite-tests-&lt;pid&gt;</c> in the system temp folder.</summary>
    public const string TempPrefix = "staticsite-tests-";

    static TestPaths()
    {
        SweepStaleTempRoots();
        // Every temp folder of this process lives under TempRoot, and TempRoot goes when the process ends, whatever the tests did.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteTree(TempRoot);
    }

    /// <summary>The repository root (the folder with <c>StaticSite.sln</c>).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The real documents with hand-read truth, <c>../shared/corpus</c> beside the repository.</summary>
    public static string Corpus => Path.Combine(Root, "..", "shared", "corpus");

    /// <summary><c>tests/Fixtures</c>.</summary>
    public static string Fixtures => Path.Combine(Root, "tests", "Fixtures");

    /// <summary>The tests' own copy of the sample documents, <c>tests/Fixtures/samples/content</c> — never the user's <c>content/</c>.</summary>
    public static string Content => Path.Combine(Fixtures, "samples", "content");

    /// <summary>The config of the sample site as the tests build it (<c>tests/Fixtures/samples/site.config.json</c>: the samples' metadata, the repository's theme).</summary>
    public static string SampleConfig => Path.Combine(Fixtures, "samples", "site.config.json");

    /// <summary>The five sample documents, by file name.</summary>
    public static IReadOnlyList<string> Samples => Directory.GetFiles(Content, "*.txt").Order(StringComparer.Ordinal).ToList();

    /// <summary>The temp folder of this test process; deleted when the process exits (and by the next run if it was killed).</summary>
    public static string TempRoot { get; } = Path.Combine(Path.GetTempPath(), $"{TempPrefix}{Environment.ProcessId}");

    /// <summary>A fresh empty folder under <see cref="TempRoot"/>.</summary>
    public static string NewTempDir(string prefix = "staticsite-test")
    {
        var dir = Path.Combine(TempRoot, $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Deletes <paramref name="dir"/> and everything under it, also what a test left read-only; symbolic links are removed, never followed.</summary>
    public static void DeleteTree(string dir)
    {
        try
        {
            if (!Directory.Exists(dir)) return;
            if (new DirectoryInfo(dir).LinkTarget is not null) { Directory.Delete(dir); return; }
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            foreach (var entry in new DirectoryInfo(dir).EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0 }))
            {
                if (entry is DirectoryInfo sub && sub.LinkTarget is null) DeleteTree(sub.FullName);
                else entry.Delete();
            }
            Directory.Delete(dir, false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort at exit; the next run sweeps what is left.
        }
    }

    // Temp roots of test processes that no longer run (killed, or crashed before ProcessExit).
    private static void SweepStaleTempRoots()
    {
        foreach (var dir in Directory.EnumerateDirectories(Path.GetTempPath(), TempPrefix + "*"))
        {
            if (!int.TryParse(Path.GetFileName(dir)[TempPrefix.Length..], out var pid) || pid == Environment.ProcessId) continue;
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(pid);
                if (!process.HasExited) continue;
            }
            catch (ArgumentException)
            {
            }
            DeleteTree(dir);
        }
    }

    // From this source file's compile-time path, so that builds with any --artifacts-path find the repo.
    private static string FindRoot([CallerFilePath] string thisFile = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(thisFile)!); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "StaticSite.sln"))) return dir.FullName;
        throw new InvalidOperationException("StaticSite.sln not found above " + thisFile);
    }
}
