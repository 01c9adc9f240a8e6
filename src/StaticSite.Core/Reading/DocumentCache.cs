using System.Globalization;
using System.IO.Hashing;
using System.Text;
using System.Text.Json;
using StaticSite.Model;

namespace StaticSite.Reading;

/// <summary>
/// The documents a build has read before, kept across runs in a folder (the build cache's <c>documents/</c>): each model as
/// JSON under a key made of everything the reader reads — the file's bytes, its name as shown, the metadata given for it,
/// the bodies the config adds to the registry, <c>--ocr</c>, and this build of the reader itself. An unchanged document is
/// loaded, not read again; anything that could change the model changes the key. A damaged or unreadable entry is read
/// anew, never trusted.
/// </summary>
public sealed class DocumentCache
{
    private static readonly string ReaderVersion = typeof(ProgramDocument).Assembly.ManifestModule.ModuleVersionId.ToString("N");
    // Deep enough for any document the genre writes; a deeper one (a thousand nested levels) is read, not cached.
    private static readonly JsonSerializerOptions Json = new() { MaxDepth = 512 };
    private readonly Caching.CacheFolder _entries;

    /// <summary>A cache in <paramref name="folder"/> (created when the first model is stored).</summary>
    public DocumentCache(string folder) => _entries = new(folder, ".json");

    /// <summary>How many documents were loaded from the cache.</summary>
    public int Hits { get; private set; }

    /// <summary>How many documents were read and stored.</summary>
    public int Misses { get; private set; }

    /// <summary>The model of <paramref name="file"/> read with <paramref name="options"/> (spans carry <paramref name="path"/>): from the cache when it holds it, else read by <paramref name="read"/> and stored.</summary>
    public ProgramDocument Read(string file, string path, ReaderOptions options, string registryKey, Func<ProgramDocument> read)
    {
        string key;
        try
        {
            key = Key(File.ReadAllBytes(file), path, options, registryKey);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return read(); // the reader reports what cannot be read
        }
        try
        {
            if (_entries.Read(key) is { } bytes && JsonSerializer.Deserialize<ProgramDocument>(bytes, Json) is { } cached)
            {
                Hits++;
                return cached;
            }
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            // Damaged (a killed write cannot leave one: entries are renamed into place): read the document.
        }
        var document = read();
        Misses++;
        try
        {
            _entries.Write(key, JsonSerializer.SerializeToUtf8Bytes(document, Json));
        }
        catch (JsonException)
        {
            // Too deep to write as JSON: read again next time.
        }
        return document;
    }

    /// <summary>Deletes the entries this cache did not use since it was made: documents deleted, edited or renamed since. Call after reading the whole content folder.</summary>
    public void Prune() => _entries.Prune();

    /// <summary>The key of everything the reader reads for one document.</summary>
    public static string Key(byte[] bytes, string path, ReaderOptions options, string registryKey)
    {
        var hash = new XxHash128();
        hash.Append(bytes);
        var rest = string.Join('\u0000', ReaderVersion, path, JsonSerializer.Serialize(options.Metadata, Json), registryKey, options.Ocr ? "ocr" : "");
        hash.Append(Encoding.UTF8.GetBytes(rest));
        return hash.GetCurrentHashAsUInt128().ToString("x32", CultureInfo.InvariantCulture);
    }
}
