using System.Globalization;
using System.Text;

namespace StaticSite.Site.Building;

/// <summary>
/// What the published site holds, as the last build wrote it: each file's hash and length, and the time the file system
/// gave it. Kept in the build cache (<see cref="BuildCache"/>), not in the site. A file still at that length and time is
/// taken to hold those bytes, so the next build links it instead of writing it again; a file changed by hand (another
/// time) is written anew.
/// </summary>
public sealed class OutputManifest
{
    private readonly Dictionary<string, (OutputFile File, long Ticks)> _entries;

    private OutputManifest(Dictionary<string, (OutputFile, long)> entries) => _entries = entries;

    /// <summary>How many files it lists.</summary>
    public int Count => _entries.Count;

    /// <summary>The published file under <paramref name="output"/> that holds <paramref name="file"/>'s bytes at <paramref name="path"/>; null when there is none.</summary>
    public string? Unchanged(string path, OutputFile file, string output)
    {
        if (!_entries.TryGetValue(path, out var entry) || entry.File != file) return null;
        var published = new FileInfo(Path.Combine(output, path));
        return published.Exists && published.LinkTarget is null && published.Length == file.Length && published.LastWriteTimeUtc.Ticks == entry.Ticks
            ? published.FullName : null;
    }

    /// <summary>The manifest <paramref name="file"/>; null when there is none or it cannot be read (then every file is written).</summary>
    public static OutputManifest? Load(string file)
    {
        try
        {
            if (!File.Exists(file)) return null;
            var entries = new Dictionary<string, (OutputFile, long)>(StringComparer.Ordinal);
            foreach (var line in File.ReadLines(file, Encoding.UTF8))
            {
                if (line.StartsWith(Header, StringComparison.Ordinal)) continue;
                var parts = line.Split('\t');
                if (parts.Length != 4 || !UInt128.TryParse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hash)
                    || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                    || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)) return null;
                entries[parts[3]] = (new OutputFile(length, hash), ticks);
            }
            return new OutputManifest(entries);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Writes the manifest of <paramref name="output"/>'s files, as published in <paramref name="outputDir"/>, to <paramref name="file"/> (replacing the old one in one rename).</summary>
    public static void Save(string file, string outputDir, SiteOutput output)
    {
        var sb = new StringBuilder(Header).Append(outputDir).Append('\n');
        foreach (var (path, entry) in output.Files)
        {
            var info = new FileInfo(Path.Combine(outputDir, path));
            if (!info.Exists) continue;
            sb.Append(entry.Hash.ToString("x32", CultureInfo.InvariantCulture)).Append('\t')
              .Append(entry.Length.ToString(CultureInfo.InvariantCulture)).Append('\t')
              .Append(info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(path).Append('\n');
        }
        Caching.CacheFolder.WriteAtomically(file, Encoding.UTF8.GetBytes(sb.ToString()));
        // The manifests of output folders that are gone (a test's temporary site, an output renamed in the config) go too.
        foreach (var other in Directory.EnumerateFiles(Path.GetDirectoryName(file)!, "*.tsv"))
        {
            try
            {
                if (File.ReadLines(other, Encoding.UTF8).FirstOrDefault() is { } first && first.StartsWith(Header, StringComparison.Ordinal) && !Directory.Exists(first[Header.Length..]))
                    File.Delete(other);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another build's, being written: left for later.
            }
        }
    }

    // The first line names the output folder the manifest describes.
    private const string Header = "# output\t";
}
