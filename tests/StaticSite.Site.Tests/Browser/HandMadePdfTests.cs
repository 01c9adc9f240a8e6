using Microsoft.Playwright;
using StaticSite.Site.Pdf;
using Xunit.Abstractions;

namespace StaticSite.Site.Tests.Browser;

/// <summary>PDF printing against a hand-made checklist page, independent of the build pipeline.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HandMadePdfTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task Each_checklist_page_is_printed_to_a_pdf_with_Vietnamese_text_and_page_numbers()
    {
        _ = browser;
        var site = HandMadeSite.Create();
        var written = await ChecklistPdfWriter.WriteAsync(site);

        var pdf = Assert.Single(written);
        Assert.Equal(Path.Combine(site, "pdf", "ban-tuyen-giao.pdf"), pdf);
        Assert.StartsWith("%PDF-", File.ReadAllText(pdf)[..5]);
        var text = PdfText.Flatten(PdfText.Extract(pdf));
        output.WriteLine($"PDF: {pdf}\n{text}");
        Assert.Contains(HandMadeSite.ChecklistBody, text);
        Assert.Contains("chủ trì", text);
        Assert.Contains("phối hợp", text);
        Assert.Matches(@"Trang 1/\d+", text);
        File.Copy(pdf, Path.Combine(BrowserFixture.ArtifactsDirectory, "handmade-checklist.pdf"), overwrite: true);
    }

    [Fact]
    public async Task The_pdf_folder_can_be_elsewhere_and_a_site_without_checklists_gives_none()
    {
        var site = HandMadeSite.Create();
        var elsewhere = Path.Combine(StaticSite.Tests.TestPaths.NewTempDir("staticsite-pdf"), "out");
        var written = await ChecklistPdfWriter.WriteAsync(site, new PdfOptions { OutputDirectory = elsewhere });
        Assert.Equal(Path.Combine(elsewhere, "ban-tuyen-giao.pdf"), Assert.Single(written));

        Directory.Delete(Path.Combine(site, "checklists"), recursive: true);
        Assert.Empty(await ChecklistPdfWriter.WriteAsync(site));
    }

    [Fact]
    public async Task A_missing_chromium_is_a_Vietnamese_error_not_a_silent_success()
    {
        var site = HandMadeSite.Create();
        var error = await Assert.ThrowsAsync<PdfException>(() => ChecklistPdfWriter.WriteAsync(site, new PdfOptions { ChromiumPath = "/khong/co/chromium" }));
        Assert.Contains("Không tìm thấy Chromium", error.Message);
    }

    [Fact]
    public async Task Print_emulation_hides_the_navigation_of_a_hand_made_page()
    {
        var site = HandMadeSite.Create();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site, "checklists", "ban-tuyen-giao.html")).AbsoluteUri);
        Assert.Equal("block", await page.EvalOnSelectorAsync<string>("nav", "e => getComputedStyle(e).display"));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.Equal("none", await page.EvalOnSelectorAsync<string>("nav", "e => getComputedStyle(e).display"));
        await page.Context.CloseAsync();
    }
}
