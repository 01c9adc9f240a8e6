using System.Globalization;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using StaticSite.Model;
using StaticSite.Site.Theming;

namespace StaticSite.Site.Building;

/// <summary>
/// Files that cost much to make and depend on few inputs — a comparison page (the aligner over two programs), a checklist's
/// spreadsheet — kept across runs in the build cache's <c>pages/</c> under a key of everything they are made of: the
/// inputs given (a program by the hash of its whole model), the theme's files and this build of the tool. A rebuild that
/// changes none of them takes the bytes from the cache; anything else makes them anew. Entries no build used are pruned.
/// </summary>
public sealed class PageCache
{
    private static readonly string ToolVersion = string.Join(',', new[]
    {
        typeof(PageCache), typeof(ProgramDocument), typeof(Compare.ProgramComparer), typeof(Pages.Checklist), typeof(MiniExcelLibs.MiniExcel),
    }.Select(t => t.Assembly.ManifestModule.ModuleVersionId.ToString("N")));

    // Deep enough for any document the genre writes; a deeper one (a thousand nested levels) is made anew each build.
    private static readonly JsonSerializerOptions Json = new() { MaxDepth = 512 };
    private readonly Caching.CacheFolder _entries;
    private readonly string _fingerprint;
    private readonly ConditionalWeakTable<ProgramDocument, string> _documents = [];

    /// <summary>A cache in <paramref name="folder"/> for pages rendered with <paramref name="theme"/>.</summary>
    public PageCache(string folder, ThemeFiles theme)
    {
        _entries = new(folder);
        var hash = new XxHash128();
        hash.Append(Encoding.UTF8.GetBytes(ToolVersion));
        foreach (var path in theme.All)
        {
            hash.Append(Encoding.UTF8.GetBytes(path));
            hash.Append(theme.Read(path));
        }
        _fingerprint = hash.GetCurrentHashAsUInt128().ToString("x32", CultureInfo.InvariantCulture);
    }

    /// <summary>How many files were taken from the cache.</summary>
    public int Hits { get; private set; }

    /// <summary>The identity of <paramref name="document"/> for a key: the hash of its whole model (computed once per build); null when it cannot be written as JSON.</summary>
    public string? Of(ProgramDocument document) => _documents.GetValue(document, Identity) is { Length: > 0 } key ? key : null;

    // Empty for a model too deep to write as JSON (a thousand nested levels).
    private static string Identity(ProgramDocument document)
    {
        try
        {
            return XxHash128.HashToUInt128(JsonSerializer.SerializeToUtf8Bytes(document, Json)).ToString("x32", CultureInfo.InvariantCulture);
        }
        catch (JsonException)
        {
            return "";
        }
    }

    /// <summary>The bytes <paramref name="make"/> makes of <paramref name="inputs"/> (a file of kind <paramref name="kind"/>): from the cache when made before with the same inputs, theme and tool.</summary>
    public byte[] Get(string kind, object?[] inputs, Func<byte[]> make)
    {
        if (Key(kind, inputs) is not { } key) return make();
        if (_entries.Read(key) is { } cached)
        {
            Hits++;
            return cached;
        }
        var made = make();
        _entries.Write(key, made);
        return made;
    }

    /// <summary>Deletes the entries this build did not use.</summary>
    public void Prune() => _entries.Prune();

    // Null when an input cannot be written as JSON (then the file is made, not cached).
    private string? Key(string kind, object?[] inputs)
    {
        var hash = new XxHash128();
        hash.Append(Encoding.UTF8.GetBytes(_fingerprint + "\u0000" + kind));
        try
        {
            foreach (var input in inputs)
            {
                hash.Append("\u0000"u8);
                if (input is not ProgramDocument document) hash.Append(JsonSerializer.SerializeToUtf8Bytes(input, Json));
                else if (Of(document) is { } identity) hash.Append(Encoding.UTF8.GetBytes(identity));
                else return null;
            }
        }
        catch (JsonException)
        {
            return null;
        }
        return hash.GetCurrentHashAsUInt128().ToString("x32", CultureInfo.InvariantCulture);
    }
}
