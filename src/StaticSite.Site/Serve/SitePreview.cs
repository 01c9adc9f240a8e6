using StaticSite.Config;

namespace StaticSite.Site.Serve;

/// <summary>Connects the preview session to <see cref="SiteBuilder"/>: what to build, what to watch, where to listen.</summary>
public static class SitePreview
{
    /// <summary>
    /// The preview settings for the site that <paramref name="build"/> describes: the config's output folder is served,
    /// its content and theme folders and the config file are watched, each rebuild runs <see cref="SiteBuilder.Build"/>.
    /// <paramref name="host"/> and <paramref name="port"/> override the config's <c>serve</c> settings.
    /// </summary>
    /// <exception cref="ConfigException">The config file is unusable.</exception>
    public static PreviewOptions Options(BuildOptions build, string? host, int? port, TextWriter log)
    {
        var inputs = build.Resolve();
        return new PreviewOptions
        {
            SiteDirectory = inputs.Output,
            WatchPaths = [inputs.Content, inputs.Theme, inputs.ConfigPath],
            Host = host ?? inputs.Config.Serve.Host,
            Port = port ?? inputs.Config.Serve.Port,
            Log = log,
            Rebuild = () => Outcome(SiteBuilder.Build(build)),
        };
    }

    /// <summary>A build result as the preview prints it: on failure the findings that block publishing (file:line:col) and then the errors, one per line; on success the page count and the number of findings.</summary>
    public static RebuildOutcome Outcome(BuildResult result)
    {
        var findings = result.Diagnostics.Length > 0
            ? $" ({result.Diagnostics.Length} ghi nhận khi kiểm tra văn bản; xem bằng staticsite validate)"
            : "";
        var notices = result.Notices.Select(n => "lưu ý: " + n);
        return result.Success
            ? new RebuildOutcome(true, string.Join(Environment.NewLine, notices.Prepend($"Đã xuất bản {result.Pages.Length} trang{findings}.")))
            : new RebuildOutcome(false, string.Join(Environment.NewLine, result.ErrorLines().Concat(result.Errors.Select(e => "lỗi: " + e)).Concat(notices)));
    }
}
