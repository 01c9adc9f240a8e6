using System.Runtime.InteropServices;

namespace StaticSite.Site.Building;

/// <summary>Hard links: a second name for a file's bytes, on the same file system. A published file whose bytes did not change gets one in the new site instead of a copy.</summary>
internal static class HardLink
{
    /// <summary>Creates <paramref name="link"/> as a hard link to <paramref name="existing"/>; false when the system or file system cannot (then the caller writes the file).</summary>
    public static bool TryCreate(string existing, string link)
    {
        try
        {
            return OperatingSystem.IsWindows() ? CreateHardLink(link, existing, IntPtr.Zero) : Link(existing, link) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

#pragma warning disable SYSLIB1054 // DllImport keeps the project free of unsafe code (as SwapStage's renameat2).
    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string oldpath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newpath);

    [DllImport("kernel32.dll", EntryPoint = "CreateHardLinkW", SetLastError = true, CharSet = CharSet.Unicode)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool CreateHardLink(string fileName, string existingFileName, IntPtr securityAttributes);
#pragma warning restore SYSLIB1054
}
