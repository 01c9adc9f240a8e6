using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace StaticSite.Config;

/// <summary>The settings of <c>site.config.json</c> (cấu hình trang). Paths are relative to the folder of the config file.</summary>
public sealed record SiteConfig
{
    /// <summary>The JSON schema the file refers to, for editors.</summary>
    [JsonPropertyName("$schema")] public string? Schema { get; init; }

    /// <summary>Tên trang: the site title.</summary>
    public string Title { get; init; } = "Chương trình, kế hoạch";

    /// <summary>Folder of the program documents.</summary>
    public string Content { get; init; } = "content";

    /// <summary>Folder the site is written to.</summary>
    public string Output { get; init; } = "_site";

    /// <summary>Folder of the Razor theme.</summary>
    public string Theme { get; init; } = "theme";

    /// <summary>Date the build is stamped with (checklist headers, overdue marks), <c>yyyy-MM-dd</c>. When absent, <c>SOURCE_DATE_EPOCH</c>, else the newest content file's date, so that builds stay repeatable.</summary>
    public string? BuildDate { get; init; }

    /// <summary>The public address of the site root (<c>https://intranet.example/chuong-trinh/</c>), used only for absolute
    /// locations in <c>sitemap.xml</c>; without it the sitemap lists locations relative to itself. Pages never use it: their links stay relative.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Metadata per document, by file name: what the text does not carry.</summary>
    public ImmutableDictionary<string, DocumentMetadata> Documents { get; init; } = ImmutableDictionary<string, DocumentMetadata>.Empty;

    /// <summary>Bodies added to the registry that ships with the tool.</summary>
    public ImmutableArray<BodyConfig> Bodies { get; init; } = [];

    /// <summary>Severity per rule: <c>error</c>, <c>warning</c>, <c>info</c> or <c>off</c>.</summary>
    public ImmutableDictionary<string, string> Rules { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Comparison pages (<c>compare/</c>).</summary>
public sealed record CompareConfig
{
    /// <summary>How many of the programs that implement the same resolution each program gets a comparison page with, the closest first; the resolution's page lists them all.</summary>
    public int Closest { get; init; } = 3;
}

/// <summary>Preview server settings.</summary>
    public ServeConfig Serve { get; init; } = new();

    /// <summary>Also write each checklist as PDF.</summary>
    public bool Pdf { get; init; }

    /// <summary>Comparison pages: how many of its closest programs each program is compared with.</summary>
    public CompareConfig Compare { get; init; } = new();

    /// <summary>The file this config was read from and the line of each <c>documents</c> key, for messages; null for the defaults. Not a key of the file.</summary>
    [JsonIgnore] public ConfigOrigin? Origin { get; init; }
}

/// <summary>Where a config came from.</summary>
/// <param name="Path">The config file.</param>
/// <param name="DocumentLines">The 1-based line of each key of <c>documents</c>.</param>
public sealed record ConfigOrigin(string Path, ImmutableDictionary<string, int> DocumentLines)
{
    /// <summary><c>file:line</c> of the <c>documents</c> entry <paramref name="key"/> (the file alone when unknown).</summary>
    public string At(string key) => DocumentLines.TryGetValue(key, out var line) ? $"{Path}:{line}" : Path;
}

/// <summary>Metadata of one document, given without editing the document. Overrides what is read from the text.</summary>
public sealed record DocumentMetadata
{
    /// <summary>Cơ quan ban hành, e.g. <c>Tỉnh ủy Quảng Ngãi</c>.</summary>
    public string? Issuer { get; init; }

    /// <summary>Trích yếu.</summary>
    public string? Title { get; init; }

    /// <summary>Số ký hiệu, e.g. <c>09/KH-BTNMT</c>.</summary>
    public string? Number { get; init; }

    /// <summary>Ngày ban hành, <c>yyyy-MM-dd</c>.</summary>
    public string? Date { get; init; }
}

/// <summary>A body added in the config.</summary>
public sealed record BodyConfig
{
    /// <summary>Canonical name; may use <c>{committee}</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Function key, the same across committees; defaults to the slug of the name.</summary>
    public string? Function { get; init; }

    /// <summary>Other spellings and abbreviations.</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>For a group: the function keys it covers.</summary>
    public ImmutableArray<string> Members { get; init; } = [];
}

/// <summary>Comparison pages (<c>compare/</c>).</summary>
public sealed record CompareConfig
{
    /// <summary>How many of the programs that implement the same resolution each program gets a comparison page with, the closest first; the resolution's page lists them all.</summary>
    public int Closest { get; init; } = 3;
}

/// <summary>Preview server settings.</summary>
public sealed record ServeConfig
{
    /// <summary>Address to listen on; <c>127.0.0.1</c> unless told otherwise.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>Port.</summary>
    public int Port { get; init; } = 5080;
}
