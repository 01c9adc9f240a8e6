using System.Collections.Immutable;
using StaticSite.Config;
using StaticSite.Reading;
using StaticSite.Site.Building;

namespace StaticSite.Site;

/// <summary>
/// The library entry point of <c>staticsite build</c>: reads <c>site.config.json</c> and the content folder and publishes
/// the site through a short list of named stages — Read → Validate → WriteMarkdown → RenderHtml → IndexSearch →
/// CheckLinks → Sitemap → Swap (the index is written before the link check, so the check covers the search page's scripts too). A build that fails at any stage leaves the previous site exactly as it was.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Builds the site described by <paramref name="options"/>. Never throws for bad input: problems are in the result.</summary>
    public static BuildResult Build(BuildOptions options)
    {
        BuildInputs inputs;
        try
        {
            inputs = options.Resolve();
        }
        catch (ConfigException e)
        {
            return Failed(2, "", e.Message);
        }
        // What the build needs is checked before any document is read: a theme folder asked for by --theme, the content folder.
        if (options.Theme is not null && !Directory.Exists(inputs.Theme))
            return Failed(2, inputs.Output, $"{inputs.Theme}: không tìm thấy thư mục giao diện (theme).");
        if (!Directory.Exists(inputs.Content))
            return Failed(2, inputs.Output, $"{inputs.Content}: không tìm thấy thư mục văn bản (content).");
        var unsafeOutput = OutputGuard.Check(inputs.Output, inputs.Root, inputs.Content, inputs.Theme);
        if (unsafeOutput is not null) return Failed(2, inputs.Output, unsafeOutput);

        var context = new BuildContext
        {
            // --base-url replaces the config's baseUrl for every stage (sitemap, the 404 page's links).
            Config = options.BaseUrl is null ? inputs.Config : inputs.Config with { BaseUrl = options.BaseUrl }, ContentDir = inputs.Content, OutputDir = inputs.Output, ThemeDir = inputs.Theme, Progress = options.Progress,
            Cache = BuildCache.In(inputs.Root),
            Validator = options.Validator ?? DefaultValidator(),
            Pdf = options.Pdf || inputs.Config.Pdf ? new Pdf.PdfOptions { ChromiumPath = options.Browser ?? Pdf.PdfOptions.DefaultChromiumPath() } : null,
        };
        return Run(context, Stages(options.MarkdownWriter ?? DefaultMarkdownWriter()));
    }

    /// <summary>The stages of a build, in order.</summary>
    public static ImmutableArray<IBuildStage> Stages(MarkdownWriter markdownWriter) =>
    [
        new ReadStage(),
        new ValidateStage(),
        new WriteMarkdownStage(markdownWriter),
        new RenderHtmlStage(),
        new IndexSearchStage(),
        new CheckLinksStage(),
        new SitemapStage(),
        new SwapStage(),
    ];

    /// <summary>Runs <paramref name="stages"/> over <paramref name="context"/>, stopping at the first stage that records an error.</summary>
    public static BuildResult Run(BuildContext context, IEnumerable<IBuildStage> stages)
    {
        try
        {
            foreach (var stage in stages)
            {
                context.Progress?.StageStarted(stage.Name, stage.Label);
                try
                {
                    stage.Run(context);
                }
                catch (Exception e) when (e is UnsafePathException or IOException or UnauthorizedAccessException or Theming.ThemeException)
                {
                    context.Errors.Add($"{stage.Label}: {e.Message}");
                }
                if (context.Errors.Count > 0)
                {
                    // Nothing of a build that does not publish is left behind: its staging folder goes.
                    context.Output.Discard();
                    return new BuildResult(context.CouldNotRun ? 2 : 1, context.OutputDir, [.. context.Errors], [.. context.Diagnostics], []) { Config = context.Config, Notices = [.. context.Output.Notices, .. context.Notices] };
                }
            }
        }
        catch
        {
            context.Output.Discard();
            throw;
        }
        return new BuildResult(0, context.OutputDir, [], [.. context.Diagnostics], [.. context.HtmlPages])
        {
            Config = context.Config, Notices = [.. context.Output.Notices, .. context.Notices],
            FilesWritten = context.Output.Written, FilesUnchanged = context.Output.Linked, DocumentsCached = context.DocumentsCached, PagesCached = context.PagesCached,
        };
    }

    private static IDocumentValidator DefaultValidator() => new GenreValidator();

    private static MarkdownWriter DefaultMarkdownWriter() => PagesMarkdownWriter.Write;

    private static BuildResult Failed(int code, string output, string message) => new(code, output, [message], [], []);
}
