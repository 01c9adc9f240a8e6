using System.Collections.Immutable;
using Microsoft.Playwright;

namespace StaticSite.Site.Pdf;

/// <summary>PDFs cannot be written (no browser, a page fails to print); <see cref="Exception.Message"/> is Vietnamese.</summary>
public sealed class PdfException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Settings of <see cref="ChecklistPdfWriter"/>.</summary>
public sealed record PdfOptions
{
    /// <summary>The environment variable that names another Chromium executable.</summary>
    public const string ChromiumVariable = "STATICSITE_CHROMIUM";

    /// <summary>The browser executable (Chromium, Chrome or Edge); defaults to <see cref="DefaultChromiumPath"/>.</summary>
    public string ChromiumPath { get; init; } = DefaultChromiumPath();

    /// <summary>Folder of the PDFs; defaults to <c>pdf/</c> inside the site folder.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>
    /// The browser found on this machine: <see cref="ChromiumVariable"/>, else the first of <see cref="BrowserCandidates"/>
    /// that exists; when none does, the first candidate (the error then names it).
    /// </summary>
    public static string DefaultChromiumPath()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(ChromiumVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return fromEnvironment;
        var candidates = BrowserCandidates(OperatingSystem.IsWindows(), Environment.GetEnvironmentVariable);
        return candidates.FirstOrDefault(File.Exists) ?? candidates[0];
    }

    /// <summary>
    /// Where a Chromium-based browser is looked for, in order: on Windows Chrome, then Edge (every office machine has
    /// Edge) under Program Files and the user's local programs, then <c>chrome.exe</c>/<c>msedge.exe</c> on the PATH; elsewhere
    /// Debian's <c>/usr/bin/chromium</c>, other Chromium, Chrome and Edge packages, then the same names on the PATH.
    /// <paramref name="environment"/> reads environment variables (a parameter, so both lists are testable on any machine).
    /// </summary>
    public static ImmutableArray<string> BrowserCandidates(bool windows, Func<string, string?> environment)
    {
        var list = ImmutableArray.CreateBuilder<string>();
        var path = (environment("PATH") ?? "").Split(windows ? ';' : ':', StringSplitOptions.RemoveEmptyEntries);
        if (windows)
        {
            string[] roots = [.. new[] { "ProgramFiles", "ProgramFiles(x86)", "LOCALAPPDATA" }.Select(environment).OfType<string>().Where(r => r.Length > 0)];
            foreach (var program in new[] { @"Google\Chrome\Application\chrome.exe", @"Microsoft\Edge\Application\msedge.exe" })
                foreach (var root in roots) list.Add(root.TrimEnd('\\') + "\\" + program);
            foreach (var name in new[] { "chrome.exe", "msedge.exe" })
                foreach (var dir in path) list.Add(dir.TrimEnd('\\') + "\\" + name);
        }
        else
        {
            list.AddRange("/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/usr/bin/microsoft-edge",
                "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome", "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge");
            foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome", "microsoft-edge" })
                foreach (var dir in path) list.Add(Path.Combine(dir, name));
        }
        return list.ToImmutable();
    }
}

/// <summary>
/// Prints each checklist page of a built site (<c>checklists/*.html</c>, one per body — danh sách kiểm tra) to
/// <c>pdf/&lt;body&gt;.pdf</c>: A4, print media, backgrounds, page numbers in the footer. Uses the system Chromium through
/// Playwright; never downloads a browser.
/// </summary>
public static class ChecklistPdfWriter
{
    /// <summary>The folder of checklist pages inside the site.</summary>
    public const string ChecklistFolder = "checklists";

    /// <summary>The default folder of the PDFs inside the site.</summary>
    public const string PdfFolder = "pdf";

    /// <summary>Arguments Chromium is started with: no sandbox (containers), no network chatter, no first-run work.</summary>
    public static readonly ImmutableArray<string> ChromiumArguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    /// <summary>The footer printed on every page: <c>Trang N/M</c>.</summary>
    public const string FooterTemplate =
        "<div style=\"width:100%;font-size:8pt;font-family:'Noto Sans','Noto Serif',sans-serif;text-align:center;color:#444\">"
        + "Trang <span class=\"pageNumber\"></span>/<span class=\"totalPages\"></span></div>";

    // The PDF footer (FooterTemplate) numbers the pages; the foot margin boxes of the theme's print style would number them
    // a second time. The head margin boxes stay: a checklist names its body, committee and date there on every page.
    private const string NoMarginBoxes =
        "@page { @bottom-left { content: none } @bottom-center { content: none } @bottom-right { content: none } }";

    /// <summary>Writes one PDF per checklist page of <paramref name="siteDirectory"/>; returns the PDF paths, in name order.</summary>
    /// <exception cref="PdfException">Chromium is missing or cannot start, or a page cannot be printed.</exception>
    public static async Task<ImmutableArray<string>> WriteAsync(string siteDirectory, PdfOptions? options = null, CancellationToken cancellation = default)
    {
        options ??= new PdfOptions();
        var site = Path.GetFullPath(siteDirectory);
        var checklists = Path.Combine(site, ChecklistFolder);
        if (!Directory.Exists(checklists)) return [];
        var pages = Directory.GetFiles(checklists, "*.html").Where(p => Path.GetFileName(p) != "index.html").Order(StringComparer.Ordinal).ToList();
        if (pages.Count == 0) return [];

        var output = Path.GetFullPath(options.OutputDirectory ?? Path.Combine(site, PdfFolder));
        Directory.CreateDirectory(output);
        await using var session = await PdfSession.StartAsync(options.ChromiumPath).ConfigureAwait(false);
        var written = ImmutableArray.CreateBuilder<string>(pages.Count);
        foreach (var page in pages)
        {
            cancellation.ThrowIfCancellationRequested();
            var target = Path.Combine(output, Path.GetFileNameWithoutExtension(page) + ".pdf");
            await session.PrintAsync(page, target).ConfigureAwait(false);
            written.Add(target);
        }
        return written.MoveToImmutable();
    }

    /// <summary>Prints one HTML file to <paramref name="pdfPath"/> (used by tests and for single pages).</summary>
    /// <exception cref="PdfException">Chromium is missing or cannot start, or the page cannot be printed.</exception>
    public static async Task WriteOneAsync(string htmlPath, string pdfPath, PdfOptions? options = null)
    {
        options ??= new PdfOptions();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(pdfPath))!);
        await using var session = await PdfSession.StartAsync(options.ChromiumPath).ConfigureAwait(false);
        await session.PrintAsync(Path.GetFullPath(htmlPath), Path.GetFullPath(pdfPath)).ConfigureAwait(false);
    }

    /// <summary>Starts Chromium from <paramref name="chromiumPath"/> with <see cref="ChromiumArguments"/>.</summary>
    /// <exception cref="PdfException">Chromium is missing or cannot start.</exception>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchChromiumAsync(string chromiumPath)
    {
        if (!File.Exists(chromiumPath))
            throw new PdfException($"Không tìm thấy Chromium tại {chromiumPath}. Cần Chrome, Edge hoặc Chromium: cài một trình duyệt (Linux: apt-get install chromium), hoặc chỉ đường dẫn bằng --browser PATH hay biến môi trường {PdfOptions.ChromiumVariable}.");
        IPlaywright? playwright = null;
        try
        {
            playwright = await Playwright.CreateAsync().ConfigureAwait(false);
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromiumPath,
                Headless = true,
                Args = ChromiumArguments,
            }).ConfigureAwait(false);
            return (playwright, browser);
        }
        catch (PlaywrightException e)
        {
            playwright?.Dispose();
            throw new PdfException($"Không khởi động được Chromium ({chromiumPath}): {FirstLine(e.Message)}", e);
        }
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    private sealed class PdfSession : IAsyncDisposable
    {
        private readonly IPlaywright _playwright;
        private readonly IBrowser _browser;

        private PdfSession(IPlaywright playwright, IBrowser browser)
        {
            _playwright = playwright;
            _browser = browser;
        }

        public static async Task<PdfSession> StartAsync(string chromiumPath)
        {
            var (playwright, browser) = await LaunchChromiumAsync(chromiumPath).ConfigureAwait(false);
            return new PdfSession(playwright, browser);
        }

        public async Task PrintAsync(string htmlPath, string pdfPath)
        {
            var page = await _browser.NewPageAsync().ConfigureAwait(false);
            try
            {
                await page.GotoAsync(new Uri(htmlPath).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load }).ConfigureAwait(false);
                await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print }).ConfigureAwait(false);
                await page.AddStyleTagAsync(new PageAddStyleTagOptions { Content = NoMarginBoxes }).ConfigureAwait(false);
                await page.EvaluateAsync("() => document.fonts.ready.then(() => true)").ConfigureAwait(false);
                await page.PdfAsync(new PagePdfOptions
                {
                    Path = pdfPath,
                    Format = "A4",
                    PreferCSSPageSize = true,
                    PrintBackground = true,
                    DisplayHeaderFooter = true,
                    HeaderTemplate = "<span></span>",
                    FooterTemplate = FooterTemplate,
                    Margin = new Margin { Top = "15mm", Bottom = "18mm", Left = "15mm", Right = "15mm" },
                }).ConfigureAwait(false);
            }
            catch (PlaywrightException e)
            {
                throw new PdfException($"Không in được {htmlPath} ra PDF: {FirstLine(e.Message)}", e);
            }
            finally
            {
                await page.CloseAsync().ConfigureAwait(false);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _browser.CloseAsync().ConfigureAwait(false);
            _playwright.Dispose();
        }
    }
}
