using System.Text.Json;
using StaticSite.Bodies;
using StaticSite.Config;
using StaticSite.Export;
using StaticSite.Model;
using StaticSite.Reading;
using StaticSite.Tests;

namespace StaticSite.Core.Tests.Reading;

/// <summary>
/// Issue 13: a document read before is loaded from the build cache, and what is loaded is the model the reader gives —
/// for every sample, every real document of the corpus and every Word original, with and without metadata.
/// </summary>
public sealed class DocumentCacheTests
{
    public static TheoryData<string> Documents => [.. TestPaths.Samples
        .Concat(Directory.GetFiles(TestPaths.Corpus, "*.txt"))
        .Concat(Directory.GetFiles(Path.Combine(TestPaths.Corpus, "originals"), "*.docx"))
        .Order(StringComparer.Ordinal)];

    private static readonly ReaderOptions WithMetadata = new(BodyRegistry.Default, new DocumentMetadata { Issuer = "Tỉnh ủy Lào Cai", Number = "01-CTr/TU" });

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_cached_document_is_the_model_the_reader_gives(string file)
    {
        var cache = new DocumentCache(TestPaths.NewTempDir("documents"));
        foreach (var options in new[] { ReaderOptions.Default, WithMetadata })
        {
            var path = Path.GetFileName(file);
            var fresh = ProgramReader.ReadFile(file, path, options);
            var stored = cache.Read(file, path, options, "", () => ProgramReader.ReadFile(file, path, options));
            var loaded = cache.Read(file, path, options, "", () => throw new InvalidOperationException("read again: the cache missed"));
            Assert.Equal(JsonSerializer.Serialize(fresh), JsonSerializer.Serialize(stored));
            Assert.Equal(JsonSerializer.Serialize(fresh), JsonSerializer.Serialize(loaded));
            Assert.Equal(JsonExporter.Export(fresh), JsonExporter.Export(loaded));
            // What the writers walk: the same items, assignments and tables in the same order.
            Assert.Equal(fresh.AllItems().Select(i => i.Item.Id), loaded.AllItems().Select(i => i.Item.Id));
            Assert.Equal(fresh.TaskCount, loaded.TaskCount);
        }
        Assert.Equal(2, cache.Hits);
        Assert.Equal(2, cache.Misses);
    }

    [Fact]
    public void Anything_the_reader_reads_changes_the_key()
    {
        var file = TestPaths.Samples[0];
        var bytes = File.ReadAllBytes(file);
        var key = DocumentCache.Key(bytes, "a.txt", ReaderOptions.Default, "");
        Assert.Equal(key, DocumentCache.Key([.. bytes], "a.txt", ReaderOptions.Default, ""));
        var edited = bytes.ToArray();
        edited[^2] ^= 1;
        Assert.NotEqual(key, DocumentCache.Key(edited, "a.txt", ReaderOptions.Default, ""));
        Assert.NotEqual(key, DocumentCache.Key(bytes, "b.txt", ReaderOptions.Default, ""));
        Assert.NotEqual(key, DocumentCache.Key(bytes, "a.txt", WithMetadata, ""));
        Assert.NotEqual(key, DocumentCache.Key(bytes, "a.txt", ReaderOptions.Default with { Ocr = true }, ""));
        Assert.NotEqual(key, DocumentCache.Key(bytes, "a.txt", ReaderOptions.Default, "[{\"name\":\"Sở Mới\"}]"));
    }

    [Fact]
    public void A_damaged_entry_is_read_anew_and_unused_entries_are_pruned()
    {
        var folder = TestPaths.NewTempDir("documents");
        var file = TestPaths.Samples[4];
        var first = new DocumentCache(folder);
        var fresh = first.Read(file, "x.txt", ReaderOptions.Default, "", () => ProgramReader.ReadFile(file, "x.txt", ReaderOptions.Default));
        var entry = Assert.Single(Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories));
        File.WriteAllText(entry, "{ \"Path\": ");

        var second = new DocumentCache(folder);
        var again = second.Read(file, "x.txt", ReaderOptions.Default, "", () => ProgramReader.ReadFile(file, "x.txt", ReaderOptions.Default));
        Assert.Equal(1, second.Misses);
        Assert.Equal(JsonSerializer.Serialize(fresh), JsonSerializer.Serialize(again));

        // A build that no longer reads x.txt (edited, renamed or deleted) drops its entry.
        var third = new DocumentCache(folder);
        third.Read(TestPaths.Samples[3], "y.txt", ReaderOptions.Default, "", () => ProgramReader.ReadFile(TestPaths.Samples[3], "y.txt", ReaderOptions.Default));
        third.Prune();
        var left = Assert.Single(Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories));
        Assert.NotEqual(entry, left);
    }
}
