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

    /// <summary>The validator; null for the default.</summary>
    public Building.IDocumentValidator? Validator { get; init; }

    /// <summary>The Markdown writer; null for the default.</summary>
    public Building.MarkdownWriter? MarkdownWriter { get; init; }

    /// <summary>Receives progress as stages run; null for none.</summary>
    public IBuildProgress? Progress { get; init; }
}

/// <summary>Receives the progress of a build (a terminal display, plain lines, or nothing).</summary>
public interface IBuildProgress
{
    /// <summary>Stage <paramref name="stage"/> (Vietnamese label <paramref name="label"/>) starts.</summary>
    void StageStarted(string stage, string label);

    /// <summary>One unit of work of the current stage is done, <paramref name="done"/> of <paramref name="total"/>.</summary>
    void Advance(int done, int total);
}
