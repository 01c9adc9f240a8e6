using System.Runtime.CompilerServices;

namespace StaticSite.Tests;

/// <summary>Paths of the repository, found from the test assembly's location.</summary>
public static class TestPaths
{
    /// <summary>The repository root (the folder with <c>StaticSite.sln</c>).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The sample <c>content/</c> folder.</summary>
    public static string Content => Path.Combine(Root, "content");

    /// <summary>The real documents with hand-read truth, <c>../shared/corpus</c> beside the repository.</summary>
    public static string Corpus => Path.Combine(Root, "..", "shared", "corpus");

    /// <summary><c>tests/Fixtures</c>.</summary>
    public static string Fixtures => Path.Combine(Root, "tests", "Fixtures");

    /// <summary>The five sample documents, by file name.</summary>
    public static IReadOnlyList<string> Samples => Directory.GetFiles(Content, "*.txt").Order(StringComparer.Ordinal).ToList();

    /// <summary>A fresh empty folder under the system temp folder.</summary>
    public static string NewTempDir(string prefix = "staticsite-test")
    {
        var dir = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    // From this source file's compile-time path, so that builds with any --artifacts-path find the repo.
    private static string FindRoot([CallerFilePath] string thisFile = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(thisFile)!); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "StaticSite.sln"))) return dir.FullName;
        throw new InvalidOperationException("StaticSite.sln not found above " + thisFile);
    }
}
