using System.Text.Json;
using StaticSite.Site.Building;
using StaticSite.Text;

namespace StaticSite.Site.Tests;

/// <summary>An entry of the search index as its display chunk holds it, with the folded title and text computed again.</summary>
public sealed record SearchRecord(int Id, string U, string T, string L, string K, string X, string P)
{
    /// <summary>The title folded.</summary>
    public string Tf => VietnameseText.Fold(T);

    /// <summary>The text folded.</summary>
    public string Xf => VietnameseText.Fold(X);
}

/// <summary>Reads the entries back from the display chunks a build wrote under <c>search/</c>.</summary>
public static class SearchIndexFiles
{
    /// <summary>The entries of the index in the site folder <paramref name="site"/>, in id order.</summary>
    public static IReadOnlyList<SearchRecord> Read(string site) => Read(
        Directory.EnumerateFiles(Path.Combine(site, SearchShards.Folder), "*.js", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal));

    /// <summary>The entries of the index among <paramref name="files"/> (site-relative path → text), in id order.</summary>
    public static IReadOnlyList<SearchRecord> Read(IReadOnlyDictionary<string, string> files)
    {
        var manifest = files[IndexSearchStage.ManifestFile];
        const string prefix = "window.SEARCH_MANIFEST = ";
        Assert.StartsWith(prefix, manifest);
        var kinds = JsonDocument.Parse(manifest[prefix.Length..^2]).RootElement.GetProperty("kinds").EnumerateArray().Select(k => k.GetString()!).ToList();
        var size = JsonDocument.Parse(manifest[prefix.Length..^2]).RootElement.GetProperty("chunk").GetInt32();
        var records = new List<SearchRecord>();
        foreach (var (path, text) in files.Where(f => f.Key.StartsWith(SearchShards.Folder + "/d/", StringComparison.Ordinal)).OrderBy(f => int.Parse(Path.GetFileNameWithoutExtension(f.Key), System.Globalization.CultureInfo.InvariantCulture)))
        {
            var n = int.Parse(Path.GetFileNameWithoutExtension(path), System.Globalization.CultureInfo.InvariantCulture);
            Assert.StartsWith($"window.searchChunk({n},", text);
            var chunk = JsonDocument.Parse(text[$"window.searchChunk({n},".Length..^3]).RootElement;
            var pages = chunk.GetProperty("p").EnumerateArray().Select(p => p.GetString()!).ToList();
            var i = 0;
            foreach (var e in chunk.GetProperty("e").EnumerateArray())
            {
                var t = e[1].GetString()!;
                var l = e[2].GetString()!;
                records.Add(new SearchRecord(n * size + i++, e[0].GetString()!, t, l.Length == 0 ? t : l, kinds[e[5].GetInt32()], e[3].GetString()!, pages[e[4].GetInt32()]));
            }
        }
        Assert.Equal(Enumerable.Range(0, records.Count), records.Select(r => r.Id));
        return records;
    }
}
