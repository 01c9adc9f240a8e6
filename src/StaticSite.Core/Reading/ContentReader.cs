using System.Collections.Immutable;
using System.Globalization;
using StaticSite.Bodies;
using StaticSite.Config;
using StaticSite.Model;

namespace StaticSite.Reading;

/// <summary>Reads the documents of a content folder (or a list of files) into a <see cref="Corpus"/>.</summary>
public static class ContentReader
{
    /// <summary>The file endings read as program documents (text; Word and PDF originals are in <see cref="OriginalReader.Extensions"/>).</summary>
    public static readonly ImmutableArray<string> Extensions = [".txt", ".md", ".markdown"];

    /// <summary>Reads every document under <paramref name="contentDir"/> (recursively, ordinal path order).</summary>
    public static Corpus Load(SiteConfig config, string contentDir) => LoadFiles(config, ListFiles(contentDir), contentDir);

    /// <summary>Reads the documents listed by <paramref name="listing"/>; spans carry paths relative to <paramref name="contentDir"/>. With <paramref name="cache"/>, an unchanged document is loaded from it instead of read.</summary>
    public static Corpus Load(SiteConfig config, ContentListing listing, string contentDir, DocumentCache? cache = null) => LoadFiles(config, listing.Files, contentDir, cache: cache);

    /// <summary>The documents under <paramref name="folder"/>, recursively, in ordinal path order; none when it does not exist. Only regular files inside the folder (see <see cref="ContentListing.Walk"/>, which also says what was skipped).</summary>
    public static IReadOnlyList<string> ListFiles(string folder) => ContentListing.Walk(folder).Files;

    /// <summary>Reads <paramref name="files"/>; spans carry paths relative to <paramref name="baseDir"/>. <paramref name="ocr"/>: read scanned PDFs through tesseract. <paramref name="cache"/>: documents read before.</summary>
    public static Corpus LoadFiles(SiteConfig config, IEnumerable<string> files, string baseDir, bool ocr = false, DocumentCache? cache = null)
    {
        var list = files as IReadOnlyList<string> ?? [.. files]; // listed once: read below, dated by BuildDates
        var registry = RegistryFor(config);
        var registryKey = RegistryKey(config);
        var slugs = new Text.SlugSet();
        var documents = ImmutableArray.CreateBuilder<ProgramDocument>();
        foreach (var file in list)
        {
            // File names are text read in, too: in NFC, so a name stored decomposed (NFD, as some systems and archives keep
            // it) shows, sorts and matches the config's "documents" keys like the same name typed on Windows.
            var display = Path.GetRelativePath(baseDir, file).Replace('\\', '/').Normalize(System.Text.NormalizationForm.FormC);
            if (display.StartsWith("..", StringComparison.Ordinal)) display = file.Replace('\\', '/').Normalize(System.Text.NormalizationForm.FormC);
            config.Documents.TryGetValue(Path.GetFileName(file).Normalize(System.Text.NormalizationForm.FormC), out var metadata);
            var document = Read(file, display, new ReaderOptions(registry, metadata, ocr), cache, registryKey);
            documents.Add(document with { Slug = slugs.For(display, Path.GetFileNameWithoutExtension(file)) });
        }
        return new Corpus(documents.ToImmutable(), registry, config, BuildDates.Resolve(config, list));
    }

    /// <summary>Reads <paramref name="file"/> (spans carry <paramref name="path"/>), from <paramref name="cache"/> when it holds it; <paramref name="registryKey"/> is <see cref="RegistryKey"/> of the config the registry came from.</summary>
    public static ProgramDocument Read(string file, string path, ReaderOptions options, DocumentCache? cache, string registryKey) =>
        cache is null ? ProgramReader.ReadFile(file, path, options) : cache.Read(file, path, options, registryKey, () => ProgramReader.ReadFile(file, path, options));

    /// <summary>What of the config the registry is made of (the bodies it adds), as a key for <see cref="DocumentCache"/>.</summary>
    public static string RegistryKey(SiteConfig config) => System.Text.Json.JsonSerializer.Serialize(config.Bodies);

    /// <summary>The shipped registry extended with the config's bodies.</summary>
    public static BodyRegistry RegistryFor(SiteConfig config) =>
        config.Bodies.IsEmpty
            ? BodyRegistry.Default
            : BodyRegistry.Default.With(config.Bodies.Select(b => new BodyDefinition(
                b.Name, b.Function ?? Text.Slug.From(b.Name.Replace("{committee}", "")), b.Aliases, b.Members)));
}

/// <summary>The date a build is stamped with: from the config, else <c>SOURCE_DATE_EPOCH</c>, else the newest input file's date — never the wall clock, so that builds repeat.</summary>
public static class BuildDates
{
    /// <summary>The build date for <paramref name="config"/> and <paramref name="files"/>.</summary>
    public static DateOnly Resolve(SiteConfig config, IEnumerable<string> files)
    {
        if (config.BuildDate is not null && DateOnly.TryParseExact(config.BuildDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var configured)) return configured;
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (long.TryParse(epoch, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)) return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
        var newest = files.Select(f => File.Exists(f) ? File.GetLastWriteTimeUtc(f) : DateTime.MinValue).DefaultIfEmpty(DateTime.UnixEpoch).Max();
        return DateOnly.FromDateTime(newest == DateTime.MinValue ? DateTime.UnixEpoch : newest);
    }
}
