using System.Diagnostics;
using StaticSite.Tests;

namespace StaticSite.Cli.Tests;

/// <summary>Runs a program to the end in a folder and returns its exit code and output; temp folders that clean themselves up.</summary>
internal static class CliRun
{
    /// <summary>The CLI assembly copied beside the tests.</summary>
    public static string CliDll => Path.Combine(AppContext.BaseDirectory, "staticsite.dll");

    /// <summary>Runs <c>staticsite</c> (the build beside the tests) with <paramref name="args"/> in <paramref name="workingDir"/>.</summary>
    public static (int Code, string Out, string Err) Staticsite(string workingDir, params string[] args) =>
        Run("dotnet", workingDir, null, [CliDll, .. args]);

    /// <summary>Runs <paramref name="program"/> with <paramref name="args"/>; <paramref name="environment"/> is added to the child's.</summary>
    public static (int Code, string Out, string Err) Run(string program, string workingDir, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8, StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var a in args) info.ArgumentList.Add(a);
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) info.Environment[k] = v;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(600_000)) { process.Kill(true); throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish"); }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}

/// <summary>A fresh folder under the system temp folder, deleted on dispose.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir(string prefix = "staticsite-cli") => Path = TestPaths.NewTempDir(prefix);

    public string Path { get; }

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
