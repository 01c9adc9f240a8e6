using System.Text.Json;
using StaticSite.Site.Building;
using StaticSite.Text;

namespace StaticSite.Site.Tests;

/// <summary>The search index split into shards: where the terms land, that every entry can be reached, same bytes each time.</summary>
public sealed class SearchShardsTests
{
    // Enough entries, with enough words, that the shards split past their first letter.
    private static readonly IReadOnlyList<SearchEntry> Entries = [.. Enumerable.Range(0, 1500).Select(i =>
    {
        var title = i % 5 == 0 ? $"Cơ quan số {i}" : "";
        var text = i % 5 == 0 ? "" : $"Thời hạn: quý {i % 4 + 1}. Thực hiện nhiệm vụ {i} của Ủy ban nhân dân tỉnh, mã NV{i * 7919 % 10007}; đ{i % 13}";
        var kind = i % 5 == 0 ? "Cơ quan" : "Nhiệm vụ";
        return new SearchEntry(i, $"p/{i / 100}.html#i{i}", title, title.Length > 0 ? title : $"Nhiệm vụ {i}", kind, text, $"Trang {i / 100}", VietnameseText.Fold(title), VietnameseText.Fold(text));
    })];

    [Fact]
    public void Every_term_lands_in_the_shard_of_the_longest_key_it_starts_with_and_finds_every_entry_that_holds_it()
    {
        var files = SearchShards.Write(Entries);
        var manifest = JsonDocument.Parse(files["search/manifest.js"]["window.SEARCH_MANIFEST = ".Length..^2]).RootElement;
        Assert.Equal(Entries.Count, manifest.GetProperty("n").GetInt32());
        foreach (var (space, fields) in new[] { ("f", new Func<SearchEntry, string>[] { e => e.Tf, e => e.Xf }), ("o", [e => e.T, e => e.X]) })
        {
            var keys = manifest.GetProperty(space).EnumerateArray().Select(k => k.GetString()!).ToList();
            Assert.True(keys.Count > 20, $"{space}: {keys.Count} shards");
            Assert.Contains(keys, k => k.Length >= 2);
            Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
            // Every file of the namespace is named in the manifest, and holds only terms that start with its key.
            var shards = files.Where(f => f.Key.StartsWith($"search/{space}/", StringComparison.Ordinal)).ToDictionary(f => f.Key, f => Shard(f.Value));
            Assert.Equal(keys.Select(k => $"search/{space}/{SearchShards.FileName(k)}.js").Order(StringComparer.Ordinal), shards.Keys.Order(StringComparer.Ordinal));
            foreach (var key in keys)
                Assert.All(shards[$"search/{space}/{SearchShards.FileName(key)}.js"].Keys, t => Assert.Equal(key, SearchShards.KeyOf(t, keys)));
            // Every word of every entry is found in its shard, with the entry among its postings, in the right field.
            var expected = new Dictionary<string, SortedSet<(int, int)>>(StringComparer.Ordinal);
            foreach (var e in Entries)
                for (var f = 0; f < 2; f++)
                    foreach (var word in SearchShards.Tokenize(fields[f](e)).Select(w => w.ToLowerInvariant()))
                    {
                        if (!expected.TryGetValue(word, out var set)) expected[word] = set = [];
                        set.Add((e.Id, f));
                    }
            var found = shards.Values.SelectMany(s => s).ToDictionary(p => p.Key, p => Postings(p.Value), StringComparer.Ordinal);
            Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), found.Keys.Order(StringComparer.Ordinal));
            foreach (var (term, postings) in expected) Assert.Equal(postings, found[term]);
        }
        Assert.Contains("thoi", Shard(files[$"search/f/{SearchShards.FileName(SearchShards.KeyOf("thoi", Keys(files, "f"))!)}.js"]).Keys);
        Assert.Contains("thời", Shard(files[$"search/o/{SearchShards.FileName(SearchShards.KeyOf("thời", Keys(files, "o"))!)}.js"]).Keys);
    }

    [Fact]
    public void Every_entry_is_shown_from_its_display_chunk()
    {
        var dir = StaticSite.Tests.TestPaths.NewTempDir("search-shards");
        foreach (var (path, text) in SearchShards.Write(Entries))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(dir, path))!);
            File.WriteAllText(Path.Combine(dir, path), text);
        }
        var records = SearchIndexFiles.Read(dir);
        Directory.Delete(dir, recursive: true);
        Assert.Equal(Entries.Select(e => (e.Id, e.U, e.T, e.L, e.K, e.X, e.P)), records.Select(r => (r.Id, r.U, r.T, r.L, r.K, r.X, r.P)));
    }

    [Fact]
    public void The_same_entries_give_the_same_bytes()
    {
        var first = SearchShards.Write(Entries);
        var second = SearchShards.Write([.. Entries]);
        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, f => Assert.Equal(f.Value, second[f.Key]));
    }

    [Fact]
    public void Postings_are_written_as_they_are_with_no_escape()
    {
        foreach (var text in SearchShards.Write(Entries).Where(f => !f.Key.Contains("/d/", StringComparison.Ordinal)).Select(f => f.Value))
        {
            Assert.DoesNotContain("\\u00", text);
            Assert.DoesNotContain("\\\"", text);
        }
        Assert.All(SearchShards.Digits, c => Assert.Equal($"\"{c}\"", JsonSerializer.Serialize(c.ToString(), new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) })));
        Assert.Equal(86, SearchShards.Digits.Distinct().Count());
    }

    [Theory]
    [InlineData("thoi", "_thoi")]
    [InlineData("con", "_con")]
    [InlineData("thờ", "u74-68-1edd")]
    public void A_shard_file_is_named_by_its_key(string key, string name) => Assert.Equal(name, SearchShards.FileName(key));

    private static List<string> Keys(IDictionary<string, string> files, string space) =>
        [.. JsonDocument.Parse(files["search/manifest.js"]["window.SEARCH_MANIFEST = ".Length..^2]).RootElement.GetProperty(space).EnumerateArray().Select(k => k.GetString()!)];

    private static Dictionary<string, string> Shard(string text)
    {
        Assert.StartsWith("window.searchShard(", text);
        var json = text[(text.IndexOf(",{", StringComparison.Ordinal) + 1)..^3];
        return JsonSerializer.Deserialize<Dictionary<string, string>>(json)!;
    }

    // (entry id, field) of a posting string: groups of [fields and kind, (tf, length) per field, count, id differences].
    private static SortedSet<(int, int)> Postings(string code)
    {
        var numbers = new List<int>();
        var value = 0;
        foreach (var c in code)
        {
            var d = SearchShards.Digits.IndexOf(c, StringComparison.Ordinal);
            if (d >= 43) { numbers.Add(value * 43 + d - 43); value = 0; }
            else value = value * 43 + d;
        }
        var set = new SortedSet<(int, int)>();
        for (var p = 0; p < numbers.Count;)
        {
            var head = numbers[p++];
            var inFields = Enumerable.Range(0, 2).Where(f => (head & 1 << f) != 0).ToList();
            foreach (var f in inFields)
            {
                Assert.True(numbers[p] > 0 && numbers[p + 1] > 0, $"field {f}: term frequency {numbers[p]}, length {numbers[p + 1]}");
                p += 2;
            }
            var count = numbers[p++];
            var id = 0;
            for (var i = 0; i < count; i++)
            {
                id += numbers[p++];
                foreach (var f in inFields) set.Add((id, f));
            }
        }
        return set;
    }
}
