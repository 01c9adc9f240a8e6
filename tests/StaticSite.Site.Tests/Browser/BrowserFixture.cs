using Microsoft.Playwright;
using StaticSite.Site.Pdf;

namespace StaticSite.Site.Tests.Browser;

/// <summary>
/// One headless Chromium (the system one, never a downloaded browser) for all browser tests. When Chromium is
/// missing the fixture throws, so every browser test FAILS with the message — install it with
/// <c>scripts/ensure-test-deps.sh</c>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    /// <summary>The shared browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots and PDFs of the tests are kept: <c>TestResults/screenshots/</c> at the repository root, beside the TRX results of <c>scripts/test.sh</c>.</summary>
    public static string ArtifactsDirectory { get; } = Path.Combine(StaticSite.Tests.TestPaths.Root, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        var chromium = new PdfOptions().ChromiumPath;
        if (!File.Exists(chromium))
            throw new InvalidOperationException(
                $"Chromium is missing at {chromium}: browser tests cannot run. Run scripts/ensure-test-deps.sh (installs chromium, poppler-utils, fonts-noto-core) or set {PdfOptions.ChromiumVariable}.");
        (_playwright, Browser) = await ChecklistPdfWriter.LaunchChromiumAsync(chromium);
        Directory.CreateDirectory(ArtifactsDirectory);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
    }

    /// <summary>A new page in a fresh context (A4-ish desktop viewport, Vietnamese locale).</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "vi-VN", ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        return await context.NewPageAsync();
    }

    /// <summary>Saves a screenshot of the viewport (or the whole page) under <see cref="ArtifactsDirectory"/> and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name, bool fullPage = false)
    {
        var path = Path.Combine(ArtifactsDirectory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        return path;
    }
}

/// <summary>The browser tests share one Chromium and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
