using StaticSite.Config;
using StaticSite.Reading;
using StaticSite.Validation.Formatting;

namespace StaticSite.Validation;

/// <summary>What <c>staticsite validate</c> was asked to do.</summary>
/// <param name="Paths">Files or folders; empty for the config's content folder.</param>
/// <param name="ConfigPath">The config file (<c>--config</c>); null for <c>site.config.json</c> in the working folder, if any.</param>
/// <param name="Format"><c>human</c>, <c>json</c> or <c>sarif</c>.</param>
/// <param name="WarningsAsErrors">Treat warnings as errors.</param>
/// <param name="Color">Colour the human output (a terminal).</param>
/// <param name="Ocr">Read scanned PDFs through tesseract (<c>--ocr</c>).</param>
public sealed record ValidateRequest(IReadOnlyList<string> Paths, string? ConfigPath = null, string Format = "human", bool WarningsAsErrors = false, bool Color = false, bool Ocr = false);

/// <summary>Runs a validation for the command line: resolves the config and paths, validates, writes the report, returns the exit code.</summary>
public static class ValidateRunner
{
    /// <summary>No errors.</summary>
    public const int Ok = 0;

    /// <summary>At least one error.</summary>
    public const int Failed = 1;

    /// <summary>Could not run: a missing path, a bad config, an unknown format.</summary>
    public const int CouldNotRun = 2;

    /// <summary>Runs <paramref name="request"/> with <paramref name="workingDir"/> as the current folder; file names in the output are relative to it.</summary>
    public static int Run(ValidateRequest request, TextWriter stdout, TextWriter stderr, string workingDir)
    {
        var formatter = ReportFormatters.For(request.Format, request.Color);
        if (formatter is null)
            return Fail(stderr, $"Định dạng “{request.Format}” không được hỗ trợ; dùng {string.Join(", ", ReportFormatters.Names)}.");
        try
        {
            var configPath = Path.GetFullPath(request.ConfigPath ?? SiteConfigLoader.FileName, workingDir);
            var config = SiteConfigLoader.Load(configPath, required: request.ConfigPath is not null);
            var configDir = Path.GetDirectoryName(configPath)!;
            var paths = request.Paths.Count > 0
                ? request.Paths.Select(p => Path.GetFullPath(p, workingDir)).ToList()
                : [Path.GetFullPath(config.Content, configDir)];
            var files = new List<string>();
            var skipped = new List<Diagnostics.Diagnostic>();
            foreach (var path in paths)
            {
                if (File.Exists(path)) files.Add(path);
                else if (Directory.Exists(path))
                {
                    var listing = ContentListing.Walk(path, workingDir);
                    files.AddRange(listing.Files);
                    skipped.AddRange(listing.Findings);
                }
                else return Fail(stderr, $"Không tìm thấy tệp hoặc thư mục “{Path.GetRelativePath(workingDir, path)}”.");
            }
            if (files.Count == 0)
                return Fail(stderr, $"Không có văn bản nào ({string.Join(", ", ContentReader.Extensions.Concat(OriginalReader.Extensions))}) trong {string.Join(", ", paths.Select(p => $"“{Path.GetRelativePath(workingDir, p)}”"))}.");
            // A documents key naming no file of the content folder is a typo that would silently drop its metadata.
            if (request.Paths.Count == 0 && DocumentsCheck.UnknownKeys(config, [.. files.Select(Path.GetFileName).OfType<string>()], paths[0]) is { Count: > 0 } unknown)
                return Fail(stderr, string.Join(Environment.NewLine, unknown));

            var corpus = ContentReader.LoadFiles(config, files.Distinct(StringComparer.Ordinal), workingDir, request.Ocr);
            var report = Validator.Validate(corpus, new ValidationOptions(request.WarningsAsErrors));
            if (skipped.Count > 0) report = report with { Diagnostics = [.. skipped.Select(d => request.WarningsAsErrors ? d with { Severity = Diagnostics.Severity.Error } : d), .. report.Diagnostics] };
            formatter.Write(report, stdout);
            return report.HasErrors ? Failed : Ok;
        }
        catch (ConfigException e)
        {
            return Fail(stderr, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(stderr, $"Không đọc được tệp: {e.Message}");
        }
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"staticsite validate: {message}");
        return CouldNotRun;
    }
}
