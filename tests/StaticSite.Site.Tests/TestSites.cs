using System.Diagnostics;
using System.Security.Cryptography;
using StaticSite.Site;
using StaticSite.Tests;

namespace StaticSite.Site.Tests;

/// <summary>Helpers shared by the site tests: build options over the repo, small content folders, the CLI as a child process, folder hashes.</summary>
internal static class TestSites
{
    /// <summary>Build options for the sample site (repo config, content and theme) into <paramref name="output"/>.</summary>
    public static BuildOptions Sample(string output) => new()
    {
        ConfigPath = TestPaths.SampleConfig,
        Output = output,
    };

    /// <summary>A project folder with <paramref name="documents"/> in <c>content/</c>, a config and a copy of the repo's theme.</summary>
    public static string Project(IReadOnlyDictionary<string, string> documents, string config = """{ "title": "Thử nghiệm", "buildDate": "2026-01-01" }""")
    {
        var dir = TestPaths.NewTempDir("site");
        Directory.CreateDirectory(Path.Combine(dir, "content"));
        foreach (var (name, text) in documents) File.WriteAllText(Path.Combine(dir, "content", name), text);
        File.WriteAllText(Path.Combine(dir, "site.config.json"), config);
        CopyDir(Path.Combine(TestPaths.Root, "theme"), Path.Combine(dir, "theme"));
        return dir;
    }

    /// <summary>A small program document in the genre.</summary>
    public const string SmallProgram = """
        KẾ HOẠCH
        thực hiện Nghị quyết số 28-NQ/TW ngày 17/11/2022

        Thực hiện Nghị quyết số 28-NQ/TW ngày 17/11/2022 của Ban Chấp hành Trung ương, Tỉnh ủy ban hành Kế hoạch như sau:

        I. MỤC ĐÍCH, YÊU CẦU
        1. Quán triệt đầy đủ nội dung Nghị quyết.

        II. NHIỆM VỤ VÀ GIẢI PHÁP
        1. Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền (*thực hiện thường xuyên*).

        III. TỔ CHỨC THỰC HIỆN
        Văn phòng Tỉnh ủy theo dõi, đôn đốc.

        Nơi nhận:
        - Ban Bí thư (để báo cáo),
        - Lưu Văn phòng Tỉnh ủy.

        T/M TỈNH ỦY
        BÍ THƯ
        Nguyễn Văn A
        """;

    public static void CopyDir(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Every file under <paramref name="dir"/> with its SHA-256, ordinal by relative path.</summary>
    public static SortedDictionary<string, string> Hashes(string dir)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            result[Path.GetRelativePath(dir, file).Replace('\\', '/')] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        return result;
    }

    /// <summary>The CLI assembly copied beside the tests.</summary>
    public static string CliDll => Path.Combine(AppContext.BaseDirectory, "staticsite.dll");

    /// <summary>Starts <c>staticsite</c> with <paramref name="args"/> in <paramref name="workingDir"/>.</summary>
    public static Process StartCli(string workingDir, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8, StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        info.ArgumentList.Add(CliDll);
        foreach (var a in args) info.ArgumentList.Add(a);
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) info.Environment[k] = v;
        return Process.Start(info)!;
    }

    /// <summary>Polls <paramref name="condition"/> every 50 ms; after <paramref name="patience"/> fails with <paramref name="describe"/> (a log) in the message.</summary>
    public static async Task WaitUntil(Func<bool> condition, TimeSpan patience, Func<string> describe)
    {
        var deadline = DateTime.UtcNow + patience;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("condition not met; log:\n" + describe());
            await Task.Delay(50);
        }
    }

    /// <summary>Runs <c>staticsite</c> to the end: exit code, stdout, stderr.</summary>
    public static (int Code, string Out, string Err) RunCli(string workingDir, params string[] args)
    {
        using var process = StartCli(workingDir, null, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000)) { process.Kill(true); throw new TimeoutException("staticsite did not finish"); }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
