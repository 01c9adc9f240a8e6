using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace StaticSite.Site.Building;

/// <summary>
/// The build cache: <c>.staticsite-cache/</c> in the project root (beside <c>site.config.json</c>), which the next build
/// of the same project reads — the models of the documents read before (<see cref="Documents"/>), costly files made
/// before (<see cref="Pages"/>) and, for each output folder, what the published site holds (<see cref="OutputManifest"/>).
/// It is never published; deleting it only makes the next build write every file again.
/// </summary>
/// <param name="Folder">The cache folder.</param>
public sealed record BuildCache(string Folder)
{
    /// <summary>The cache folder's name in the project root.</summary>
    public const string FolderName = ".staticsite-cache";

    /// <summary>The documents read before (<see cref="Reading.DocumentCache"/>): their models, by the key of what the reader read.</summary>
    public string Documents => Path.Combine(Folder, "documents");

    /// <summary>Costly files made before (<see cref="PageCache"/>: comparison pages, checklist spreadsheets), by the key of what they are made of.</summary>
    public string Pages => Path.Combine(Folder, "pages");

    /// <summary>The cache of the project whose root is <paramref name="root"/>.</summary>
    public static BuildCache In(string root) => new(Path.Combine(root, FolderName));

    /// <summary>The manifest file of the site published at <paramref name="outputDir"/>: one per output folder, named after its full path.</summary>
    public string ManifestOf(string outputDir)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDir));
        var key = XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(output)).ToString("x16", CultureInfo.InvariantCulture);
        return Path.Combine(Folder, "outputs", $"{Path.GetFileName(output)}-{key}.tsv");
    }
}
