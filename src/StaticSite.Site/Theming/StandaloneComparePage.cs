using StaticSite.Compare;
using StaticSite.Config;

namespace StaticSite.Site.Theming;

/// <summary>The comparison page <c>staticsite compare --output FILE.html</c> writes outside a built site.</summary>
public static class StandaloneComparePage
{
    /// <summary>
    /// Renders <paramref name="comparison"/> through the theme's <c>compare.cshtml</c> when the theme of
    /// <paramref name="site"/> has it, else as the self-contained <see cref="ComparisonHtmlWriter"/> page.
    /// <paramref name="output"/> (relative to <paramref name="workingDir"/>; null for <c>compare.html</c>) is where the page goes.
    /// </summary>
    public static string Render(Comparison comparison, SiteConfig site, string workingDir, string? output)
    {
        // The page stands alone, so its path is the file name: the layout's links then point beside it (assets/ is not
        // copied); the program links lead to the source files.
        var outputDir = Path.GetDirectoryName(Path.GetFullPath(Path.Combine(workingDir, output ?? "compare.html")))!;
        string Source(string path) => Path.GetRelativePath(outputDir, Path.Combine(workingDir, path)).Replace('\\', '/');
        var themeDir = Path.Combine(workingDir, site.Theme);
        if (!File.Exists(Path.Combine(themeDir, "compare.cshtml"))) return ComparisonHtmlWriter.Write(comparison);
        var title = $"So sánh: {comparison.A.Label} — {comparison.B.Label}";
        var renderer = new ThemeRenderer(themeDir);
        // The styles of the comparison live in the theme's site.css: inlined, the page needs no assets folder beside it.
        var css = System.Text.Encoding.UTF8.GetString(renderer.Files.Read("assets/site.css")).Replace("</style", "<\\/style", StringComparison.OrdinalIgnoreCase);
        return renderer.Render("compare.cshtml", new ComparePageModel
        {
            Standalone = new StandaloneHead(css, null),
            SiteTitle = site.Title, Title = title, Description = title, BodyClass = "page-compare",
            PagePath = Path.GetFileName(output ?? "compare.html"),
            Comparison = comparison, ProgramA = Source(comparison.A.Path), ProgramB = Source(comparison.B.Path),
        });
    }
}
