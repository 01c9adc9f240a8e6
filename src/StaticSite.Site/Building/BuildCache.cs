namespace StaticSite.Site.Building;

/// <summary>
/// The build cache: a folder beside the output (<c>._site.cache</c> for <c>_site</c>) that the next build of the same
/// site reads — what the published site holds (<see cref="OutputManifest"/>). It is never published, and deleting it only
/// makes the next build write every file again.
/// </summary>
public static class BuildCache
{
    /// <summary>The cache folder of the site published at <paramref name="outputDir"/>.</summary>
    public static string FolderFor(string outputDir)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDir));
        return Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.cache");
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="file"/> through a temporary file and one rename, so a reader sees the old file or the new one, never half of one.</summary>
    public static void WriteAtomically(string file, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var temporary = $"{file}.{Environment.ProcessId}.tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, file, overwrite: true);
    }
}
