using System.CommandLine;
using System.Runtime.InteropServices;
using StaticSite.Config;
using StaticSite.Site;
using StaticSite.Site.Serve;

namespace StaticSite.Cli;

/// <summary><c>staticsite serve</c>: builds, serves the site on 127.0.0.1 for preview, rebuilds and reloads the page on every change; Ctrl+C stops.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var config = new Option<FileInfo?>("--config") { Description = "Tệp cấu hình (mặc định site.config.json)" };
        var port = new Option<int?>("--port") { Description = "Cổng (mặc định serve.port trong cấu hình; 0 = cổng trống bất kỳ)" };
        var host = new Option<string?>("--host") { Description = "Địa chỉ nghe (mặc định 127.0.0.1, chỉ máy này truy cập được)" };
        var command = new Command("serve", "Dựng trang và phục vụ để xem trước; tự dựng lại và tải lại trang khi có thay đổi") { config, port, host };
        command.SetAction(async (parse, cancellation) =>
        {
            Cli.Utf8Console();
            Cli.AnnounceConfig(parse.GetValue(config)?.FullName);
            var build = new BuildOptions { ConfigPath = parse.GetValue(config)?.FullName };
            // Ctrl+C and SIGTERM stop the session cleanly whether or not the invocation has termination handling configured.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            void Stop(PosixSignalContext signal) { signal.Cancel = true; stop.Cancel(); }
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            try
            {
                var options = SitePreview.Options(build, parse.GetValue(host), parse.GetValue(port), Console.Out);
                return await new PreviewHost(options).RunAsync(stop.Token);
            }
            catch (Exception e) when (e is ConfigException or ServeException)
            {
                return Cli.Fail(e.Message);
            }
        });
        return command;
    }
}
