namespace StaticSite.Caching;

/// <summary>
/// A folder of build-cache entries, one file per key (<c>ab/abcd….ext</c>): read back when present, written through a
/// temporary file and one rename (a killed write never leaves half an entry), and the entries no build of this run used
/// pruned at the end. Best effort throughout: an entry that cannot be read or written only costs the work it would have
/// saved. The one way the document cache and the page cache keep their files.
/// </summary>
/// <param name="folder">The folder (created with the first entry).</param>
/// <param name="extension">The entries' file extension (<c>.json</c>), or empty.</param>
public sealed class CacheFolder(string folder, string extension = "")
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>The bytes of entry <paramref name="key"/>, which this run now uses; null when there is none or it cannot be read.</summary>
    public byte[]? Read(string key)
    {
        _used.Add(key);
        try
        {
            var entry = PathOf(key);
            return File.Exists(entry) ? File.ReadAllBytes(entry) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Stores <paramref name="bytes"/> as entry <paramref name="key"/> (nothing when the folder cannot be written).</summary>
    public void Write(string key, byte[] bytes)
    {
        _used.Add(key);
        try
        {
            WriteAtomically(PathOf(key), bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only costs the next build this work.
        }
    }

    /// <summary>Deletes the entries this run did not use (what was edited, renamed or deleted since).</summary>
    public void Prune()
    {
        if (!Directory.Exists(folder)) return;
        foreach (var entry in Directory.EnumerateFiles(folder, "*" + extension, SearchOption.AllDirectories))
        {
            if (_used.Contains(Path.GetFileName(entry)[..^extension.Length])) continue;
            try
            {
                File.Delete(entry);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left for the next build.
            }
        }
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="file"/> through a temporary file and one rename, so a reader sees the old file or the new one, never half of one.</summary>
    public static void WriteAtomically(string file, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var temporary = $"{file}.{Environment.ProcessId}.tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, file, overwrite: true);
    }

    private string PathOf(string key) => Path.Combine(folder, key[..2], key + extension);
}
