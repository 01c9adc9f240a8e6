namespace StaticSite.Site;

/// <summary>What <see cref="SiteBuilder.Build"/> builds: the config file and optional overrides of its folders.</summary>
public sealed record BuildOptions
{
    /// <summary>Path of <c>site.config.json</c>; when null, <c>site.config.json</c> in the current folder (optional).</summary>
    public string? ConfigPath { get; init; }

    /// <summary>Content folder; overrides the config's <c>content</c>.</summary>
    public string? Content { get; init; }

    /// <summary>Output folder; overrides the config's <c>output</c>.</summary>
    public string? Output { get; init; }

    /// <summary>Theme folder; overrides the config's <c>theme</c>.</summary>
    public string? Theme { get; init; }

    /// <summary>The public address of the site root for <c>sitemap.xml</c>; overrides the config's <c>baseUrl</c>.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Print every checklist to PDF inside the build (<c>--pdf</c>; also when the config's <c>pdf</c> is true).</summary>
    public bool Pdf { get; init; }

    /// <summary>The browser that prints the PDFs; null to find one (<see cref="Pdf.PdfOptions.DefaultChromiumPath"/>).</summary>
    public string? Browser { get; init; }

    /// <summary>The validator; null for the default.</summary>
    public Building.IDocumentValidator? Validator { get; init; }

    /// <summary>The Markdown writer; null for the default.</summary>
    public Building.MarkdownWriter? MarkdownWriter { get; init; }

    /// <summary>Receives progress as stages run; null for none.</summary>
    public IBuildProgress? Progress { get; init; }

    /// <summary>Loads the config and makes every folder absolute: an override as given, else the config's folder relative to the config file.</summary>
    /// <exception cref="StaticSite.Config.ConfigException">The config file is unusable.</exception>
    public BuildInputs Resolve()
    {
        var configPath = Path.GetFullPath(ConfigPath ?? StaticSite.Config.SiteConfigLoader.FileName);
        var config = StaticSite.Config.SiteConfigLoader.Load(configPath, required: ConfigPath is not null);
        var root = Path.GetDirectoryName(configPath)!;
        return new BuildInputs(configPath, config, root,
            Folder(Content ?? Path.Combine(root, config.Content)),
            Folder(Output ?? Path.Combine(root, config.Output)),
            Folder(Theme ?? Path.Combine(root, config.Theme)));
    }

    // Absolute, without a trailing separator: "_site/" and "_site" are the same folder, and the swap renames it by name.
    private static string Folder(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}

/// <summary>What a build reads and writes, resolved from <see cref="BuildOptions"/>: absolute paths and the loaded config.</summary>
/// <param name="ConfigPath">The config file (it need not exist when none was asked for).</param>
/// <param name="Config">The config.</param>
/// <param name="Root">The folder of the config file, the project root.</param>
/// <param name="Content">The content folder.</param>
/// <param name="Output">The output folder.</param>
/// <param name="Theme">The theme folder.</param>
public sealed record BuildInputs(string ConfigPath, StaticSite.Config.SiteConfig Config, string Root, string Content, string Output, string Theme);

/// <summary>Receives the progress of a build (a terminal display, plain lines, or nothing).</summary>
public interface IBuildProgress
{
    /// <summary>Stage <paramref name="stage"/> (Vietnamese label <paramref name="label"/>) starts.</summary>
    void StageStarted(string stage, string label);

    /// <summary>One unit of work of the current stage is done, <paramref name="done"/> of <paramref name="total"/>.</summary>
    void Advance(int done, int total);
}
