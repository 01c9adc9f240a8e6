using System.Runtime.InteropServices;
using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticSite.Site.Building;

/// <summary>
/// Swap: writes the site into a staging folder beside the output (same file system), then swaps it in with one atomic
/// exchange of the two folders (Linux <c>renameat2(RENAME_EXCHANGE)</c>; two renames where the system has no exchange),
/// and deletes the old site. At every instant the output folder holds either the whole old site or the whole new one,
/// whether the build fails or is killed. Leftovers of killed builds are cleaned by the next build and never block it;
/// an old site that cannot be deleted (read-only, immutable) is left beside the output with a notice, not an error.
/// </summary>
public sealed partial class SwapStage : IBuildStage
{
    /// <summary>The file that marks a folder as a site this tool wrote (so it may be replaced).</summary>
    public const string Marker = ".staticsite";

    /// <summary>Test hook: while writing, after the tenth file, sleep this many milliseconds (so a test can kill the build midway).</summary>
    public const string DelayVariable = "STATICSITE_TEST_SWAP_DELAY_MS";

    /// <summary>Test hook: right after the swap, before the old site is deleted, sleep this many milliseconds (so a test can kill the build there).</summary>
    public const string AfterSwapDelayVariable = "STATICSITE_TEST_AFTER_SWAP_DELAY_MS";

    /// <summary>Folders carried from the old site into the new one when the build did not produce them: what other commands wrote into the site (<c>staticsite pdf</c>).</summary>
    public static readonly IReadOnlyList<string> CarriedFolders = [Pdf.ChecklistPdfWriter.PdfFolder];

    /// <inheritdoc />
    public string Name => "Swap";

    /// <inheritdoc />
    public string Label => "Ghi và thay trang";

    /// <inheritdoc />
    public void Run(BuildContext context)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(context.OutputDir));
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        // The files are in the staging folder already (SiteOutput writes each as it is added).
        var staging = context.Output.Staging();
        string? old = null;
        try
        {
            if (context.Pdf is { } pdf) PrintChecklists(staging, pdf);
            Carry(output, staging, context);
            // The old site is kept under the staging folder's token: ._site.staging-<pid>-<id> → ._site.old-<pid>-<id>.
            old = Replace(staging, output, Path.Combine(parent, $".{name}.old-{Path.GetFileName(staging)[$".{name}.staging-".Length..]}"));
            context.Output.Published(output);
        }
        catch (Pdf.PdfException e)
        {
            // No browser, or a page that cannot be printed: nothing is published, the old site stays whole.
            context.Output.Discard();
            context.CouldNotRun = true;
            context.Errors.Add($"{e.Message} Trang cũ giữ nguyên; dựng lại không có --pdf để xuất bản không kèm PDF.");
            return;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Output.Discard();
            throw new IOException($"không thay được thư mục đầu ra {output} ({e.Message}); trang cũ giữ nguyên. Kiểm tra quyền ghi vào {parent}.", e);
        }
        if (int.TryParse(Environment.GetEnvironmentVariable(AfterSwapDelayVariable), out var after) && after > 0) Thread.Sleep(after);
        if (old is not null && !TryDelete(old))
            context.Notices.Add($"đã xuất bản trang mới nhưng không xóa được bản cũ {old} (chỉ đọc?); lần dựng sau sẽ thử xóa lại.");
        SaveManifest(context, output);
    }

    // What the site now holds, for the next build to link what it does not change. Best effort: without it the next build
    // writes every file, as a first build does.
    private static void SaveManifest(BuildContext context, string output)
    {
        if (context.Cache is not { } cache) return;
        try
        {
            OutputManifest.Save(cache.ManifestOf(output), output, context.Output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Notices.Add($"không ghi được bộ nhớ đệm {cache.Folder} ({e.Message}); lần dựng sau sẽ ghi lại mọi tệp.");
        }
    }

    /// <summary>
    /// Puts <paramref name="staging"/> in place of <paramref name="output"/>; returns the folder now holding the old site
    /// (null when there was none). One atomic exchange where the system has one; else the old site is renamed to
    /// <paramref name="oldName"/> first, and a build killed between the two renames is repaired by the next build
    /// (<see cref="RemoveStale"/> puts the old site back).
    /// </summary>
    public static string? Replace(string staging, string output, string oldName)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return null;
        }
        if (Exchange(staging, output)) return staging;
        Directory.Move(output, oldName);
        try
        {
            Directory.Move(staging, output);
        }
        catch
        {
            if (!Directory.Exists(output)) Directory.Move(oldName, output);
            throw;
        }
        return oldName;
    }

    /// <summary>Exchanges the folders <paramref name="a"/> and <paramref name="b"/> in one atomic step; false when the system cannot (not Linux, an old kernel, a file system without it).</summary>
    public static bool Exchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            if (RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0) return true;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
        var errno = Marshal.GetLastPInvokeError();
        // ENOSYS (no such call), EINVAL (flag unknown to the file system): fall back to two renames. Anything else is a real failure.
        if (errno is 38 or 22) return false;
        throw new IOException($"renameat2 {a} ↔ {b}: errno {errno} ({Marshal.GetPInvokeErrorMessage(errno)})");
    }

    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

#pragma warning disable SYSLIB1054 // DllImport keeps the project free of unsafe code; the call is made once per build.
    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int olddirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldpath, int newdirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string newpath, uint flags);
#pragma warning restore SYSLIB1054

    // What other commands wrote into the old site and this build does not write (the PDFs of `staticsite pdf`) is copied
    // into the new one, so a plain build never deletes work the person asked for; a build that writes the folder replaces it.
    // The PDFs are printed from the staging folder, before the swap: the site and its PDFs are published together.
    private static void PrintChecklists(string staging, Pdf.PdfOptions pdf) =>
        Pdf.ChecklistPdfWriter.WriteAsync(staging, pdf with { OutputDirectory = null }).GetAwaiter().GetResult();

    private static void Carry(string output, string staging, BuildContext context)
    {
        foreach (var folder in CarriedFolders)
        {
            var from = Path.Combine(output, folder);
            if (!Directory.Exists(from) || Directory.Exists(Path.Combine(staging, folder))
                || context.Output.Paths.Any(k => k.StartsWith(folder + "/", StringComparison.Ordinal))) continue;
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                if (new FileInfo(file).LinkTarget is not null) continue;
                var target = Path.Combine(staging, folder, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }

    [GeneratedRegex(@"^(?<kind>staging|old)-(?<pid>\d+)(-[0-9a-f]+)?$")]
    private static partial Regex LeftoverSuffix();

    // Left over by a killed build (or an old site that could not be deleted): staging and old folders of processes that
    // no longer run. Cleaning is best effort: what cannot be deleted now is reported and tried again next time.
    internal static void RemoveStale(string parent, string name, List<string> notices)
    {
        var output = Path.Combine(parent, name);
        foreach (var dir in Directory.EnumerateDirectories(parent, $".{name}.*-*").Order(StringComparer.Ordinal))
        {
            var match = LeftoverSuffix().Match(Path.GetFileName(dir)[(name.Length + 2)..]);
            if (!match.Success || !int.TryParse(match.Groups["pid"].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid)) continue;
            if (pid != Environment.ProcessId && IsRunning(pid)) continue;
            if (!File.Exists(Path.Combine(dir, Marker))) continue;
            try
            {
                // Killed between the two renames of the fallback swap: the old site is the one to keep.
                if (match.Groups["kind"].Value == "old" && !Directory.Exists(output))
                {
                    Directory.Move(dir, output);
                    continue;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                notices.Add($"không khôi phục được {dir} thành {output}: {e.Message}");
                continue;
            }
            if (!TryDelete(dir)) notices.Add($"không xóa được thư mục còn sót {dir} (chỉ đọc?); bản dựng vẫn tiếp tục.");
        }
    }

    // Deletes a folder this tool wrote; a read-only one (chmod a-w) is made writable first. False when it stays. The marker
    // goes last, so a folder only partly deleted is still known as ours and the next build finishes the job.
    internal static bool TryDelete(string dir)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                if (!Directory.Exists(dir)) return true;
                foreach (var entry in new DirectoryInfo(dir).EnumerateFileSystemInfos())
                {
                    if (entry.Name == Marker) continue;
                    if (entry is DirectoryInfo sub && sub.LinkTarget is null) sub.Delete(true);
                    else entry.Delete();
                }
                Directory.Delete(dir, true);
                return true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                if (attempt == 0) MakeWritable(dir);
            }
        }
        return !Directory.Exists(dir);
    }

    private static void MakeWritable(string dir)
    {
        if (OperatingSystem.IsWindows()) return;
        try
        {
            var info = new DirectoryInfo(dir);
            if (info.LinkTarget is not null) return;
            File.SetUnixFileMode(dir, info.UnixFileMode | UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            foreach (var sub in Directory.EnumerateDirectories(dir)) MakeWritable(sub);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not ours to change (another owner, an immutable folder): the caller reports that the folder stays.
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
