using StaticSite.Config;
using StaticSite.Reading;

namespace StaticSite.Compare;

/// <summary>What <c>staticsite compare A B</c> was asked.</summary>
/// <param name="A">Path of the left program.</param>
/// <param name="B">Path of the right program.</param>
/// <param name="Output">HTML file to write; null to print.</param>
/// <param name="Format"><c>json</c> or <c>html</c>; null: html with <paramref name="Output"/>, else json.</param>
/// <param name="Config">Config file; null for <c>site.config.json</c> in the working folder (optional).</param>
public sealed record CompareRequest(string A, string B, string? Output, string? Format, string? Config);

/// <summary>Runs a comparison for the command line: reads both documents, aligns them, prints JSON or writes the page.</summary>
public static class CompareRunner
{
    /// <summary>
    /// Runs <paramref name="request"/>; exit code 0 done, 2 could not run (missing file, bad config, unknown format).
    /// <paramref name="renderHtml"/> renders the page (the theme's <c>compare.cshtml</c>); null for the self-contained
    /// <see cref="ComparisonHtmlWriter"/>.
    /// </summary>
    public static int Run(CompareRequest request, TextWriter stdout, TextWriter stderr, string workingDir, Func<Comparison, SiteConfig, string>? renderHtml = null)
    {
        var format = (request.Format ?? (request.Output is null ? "json" : "html")).ToLowerInvariant();
        if (format is not ("json" or "html"))
        {
            stderr.WriteLine($"Định dạng \"{request.Format}\" không được hỗ trợ: dùng json hoặc html.");
            return 2;
        }
        foreach (var path in new[] { request.A, request.B })
            if (!File.Exists(Path.Combine(workingDir, path)))
            {
                stderr.WriteLine($"{path}: không tìm thấy tệp văn bản.");
                return 2;
            }

        SiteConfig config;
        try
        {
            config = SiteConfigLoader.Load(Path.Combine(workingDir, request.Config ?? SiteConfigLoader.FileName), required: request.Config is not null);
        }
        catch (ConfigException e)
        {
            stderr.WriteLine(e.Message);
            return 2;
        }

        var corpus = ContentReader.LoadFiles(config, [Path.Combine(workingDir, request.A), Path.Combine(workingDir, request.B)], workingDir);
        var comparison = ProgramComparer.Compare(corpus.Documents[0], corpus.Documents[1]);
        var text = format == "json" ? ComparisonJsonWriter.Write(comparison) : (renderHtml ?? ((c, _) => ComparisonHtmlWriter.Write(c)))(comparison, config);
        if (request.Output is null)
        {
            stdout.Write(text);
            return 0;
        }
        var output = Path.Combine(workingDir, request.Output);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.WriteAllText(output, text);
        stderr.WriteLine($"Đã ghi {request.Output}: {comparison.Summary.PairedItems} cặp nhiệm vụ, {comparison.Summary.OnlyAItems} chỉ có trong {comparison.A.Label}, {comparison.Summary.OnlyBItems} chỉ có trong {comparison.B.Label}.");
        return 0;
    }
}
