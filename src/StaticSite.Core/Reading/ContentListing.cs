using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using StaticSite.Diagnostics;
using StaticSite.Model;

namespace StaticSite.Reading;

/// <summary>The documents found in a content folder, and the entries that were not read with why (a finding each).</summary>
/// <param name="Files">Regular files inside the folder with a document ending, ordinal path order.</param>
/// <param name="Findings">One warning (<c>unreadable-input</c>) per entry skipped: a symbolic link (it may leave the folder, loop back into it or name a device), a FIFO, a device or socket, a folder that cannot be opened or lies too deep.</param>
public sealed record ContentListing(ImmutableArray<string> Files, ImmutableArray<Diagnostic> Findings)
{
    /// <summary>Folders deeper than this under the content folder are not walked (a bind mount can loop without a link).</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// Walks <paramref name="folder"/>: only regular files inside it are listed, symbolic links are never followed (so
    /// nothing outside is read, and <c>ln -s . content/x</c> neither loops nor multiplies the documents), FIFOs and devices
    /// are never opened for reading (nothing hangs). Spans of findings carry paths relative to <paramref name="baseDir"/>.
    /// </summary>
    public static ContentListing Walk(string folder, string? baseDir = null)
    {
        if (!Directory.Exists(folder)) return new([], []);
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var files = ImmutableArray.CreateBuilder<string>();
        var findings = ImmutableArray.CreateBuilder<Diagnostic>();
        void Skip(string path, string why) =>
            findings.Add(new Diagnostic("unreadable-input", Severity.Warning, why, SourceSpan.At(Display(path, baseDir ?? root), 1)));

        var pending = new Stack<(string Dir, int Depth)>();
        pending.Push((root, 0));
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false, ReturnSpecialDirectories = false };
        while (pending.Count > 0)
        {
            var (dir, depth) = pending.Pop();
            List<FileSystemInfo> entries;
            try
            {
                entries = [.. new DirectoryInfo(dir).EnumerateFileSystemInfos("*", options)];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Skip(dir, $"Không mở được thư mục {Display(dir, baseDir ?? root)} ({e.Message}); các văn bản trong đó không được đọc.");
                continue;
            }
            foreach (var entry in entries)
            {
                var isDocument = ContentReader.Extensions.Contains(Path.GetExtension(entry.Name).ToLowerInvariant()) || OriginalReader.Handles(entry.Name);
                if (entry.LinkTarget is { } target)
                {
                    if (isDocument || entry is DirectoryInfo || Directory.Exists(entry.FullName))
                        Skip(entry.FullName, $"{Display(entry.FullName, baseDir ?? root)} là liên kết (symlink) đến “{target}”; liên kết không được theo: văn bản phải là tệp thật nằm trong thư mục văn bản (liên kết có thể ra ngoài thư mục, tự lặp lại hoặc trỏ đến thiết bị). Hãy chép tệp vào thư mục thay vì tạo liên kết.");
                    continue;
                }
                if (entry is DirectoryInfo)
                {
                    if (depth + 1 > MaxDepth) Skip(entry.FullName, $"Thư mục {Display(entry.FullName, baseDir ?? root)} nằm sâu quá {MaxDepth} cấp; không được đọc.");
                    else pending.Push((entry.FullName, depth + 1));
                    continue;
                }
                if (!isDocument) continue;
                if (entry is FileInfo { Length: 0 } && !IsRegularFile(entry.FullName))
                {
                    Skip(entry.FullName, $"{Display(entry.FullName, baseDir ?? root)} không phải tệp thường (FIFO, thiết bị hoặc socket); không được đọc.");
                    continue;
                }
                files.Add(entry.FullName);
            }
        }
        files.Sort(StringComparer.Ordinal);
        return new(files.ToImmutable(), [.. findings.OrderBy(f => f.Span.File, StringComparer.Ordinal)]);
    }

    private static string Display(string path, string baseDir)
    {
        var relative = Path.GetRelativePath(baseDir, path).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) ? path.Replace('\\', '/') : relative;
    }

    // A FIFO, a character device or a socket has length 0 like an empty file, and opening a FIFO for reading blocks until a
    // writer comes. Opened without blocking (O_NONBLOCK), only a regular file is seekable. Elsewhere than Linux an empty
    // entry is taken as a regular file (the reader then reports it as empty).
    private static bool IsRegularFile(string path)
    {
        if (!OperatingSystem.IsLinux()) return true;
        const int ReadOnlyNonBlocking = 0x800 | 0x80000; // O_RDONLY | O_NONBLOCK | O_CLOEXEC
        var fd = Open(path, ReadOnlyNonBlocking);
        if (fd < 0) return false;
        using var handle = new SafeFileHandle(fd, ownsHandle: true);
        try
        {
            using var stream = new FileStream(handle, FileAccess.Read, 1);
            return stream.CanSeek;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }

#pragma warning disable SYSLIB1054 // DllImport keeps the project free of unsafe code; called only for empty entries.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
#pragma warning restore SYSLIB1054
}
