using Microsoft.Playwright;
using StaticSite.Site.Pdf;
using Xunit.Abstractions;

namespace StaticSite.Site.Tests.Browser;

/// <summary>The checklists of the built sample site (danh sách kiểm tra): printed, and as PDF.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ChecklistBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task A_checklist_of_the_sample_site_prints_to_a_pdf_with_Vietnamese_text()
    {
        var site = SampleSite.Instance;
        var checklist = site.ChecklistPages().FirstOrDefault()
            ?? throw new InvalidOperationException("the sample site has no checklists/<body>.html page");
        var pdf = Path.Combine(BrowserFixture.ArtifactsDirectory, Path.GetFileNameWithoutExtension(checklist) + ".pdf");
        await ChecklistPdfWriter.WriteOneAsync(Path.Combine(site.Directory, checklist), pdf);

        var raw = PdfText.Extract(pdf);
        var text = PdfText.Flatten(raw);
        output.WriteLine($"{pdf}\n{raw[..Math.Min(raw.Length, 1500)]}");
        var html = Path.Combine(site.Directory, checklist);
        Assert.Contains(PdfText.Flatten(AngleSharpText(html, "main h1")), text);
        // The body's name, as the page links it to its body page, is in the PDF with its diacritics intact.
        var body = PdfText.Flatten(AngleSharpText(html, "main a[href*='bodies/']"));
        Assert.Matches(@"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", body.ToLowerInvariant());
        Assert.Contains(body, text);
        var lower = text.ToLowerInvariant();
        Assert.True(lower.Contains("chủ trì", StringComparison.Ordinal) || lower.Contains("phối hợp", StringComparison.Ordinal), "neither “chủ trì” nor “phối hợp” in the PDF text");
        // One footer with page numbers, from the PDF writer (the theme's own page-margin numbering is suppressed in the PDF).
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(raw.Split('\f')[0], @"Trang \d+ ?/ ?\d+"));
    }

    [Fact]
    public async Task A_checklist_page_printed_hides_the_navigation()
    {
        var site = SampleSite.Instance;
        var checklist = site.ChecklistPages().FirstOrDefault()
            ?? throw new InvalidOperationException("the sample site has no checklists/<body>.html page");
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.FileUrl(checklist));
        const string display = "els => els.map(e => getComputedStyle(e).display)";
        Assert.Contains(await page.EvalOnSelectorAllAsync<string[]>("nav", display), d => d != "none");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var navigation = await page.EvalOnSelectorAllAsync<string[]>("nav", display);
        Assert.NotEmpty(navigation);
        Assert.All(navigation, d => Assert.Equal("none", d));
        // The search box is not printed either (hidden itself or inside a hidden parent).
        Assert.All(await page.EvalOnSelectorAllAsync<bool[]>("input[type=search]", "els => els.map(e => e.checkVisibility())"), Assert.False);
        output.WriteLine(await BrowserFixture.ScreenshotAsync(page, "checklist-print"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_deadline_calendar_filters_by_body_and_the_address_keeps_the_choice()
    {
        var site = SampleSite.Instance;
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.FileUrl("deadlines.html"));
        const string visible = "rows => rows.filter(r => !r.hidden).map(r => r.getAttribute('data-bodies'))";
        var all = await page.EvalOnSelectorAllAsync<string[]>("tr[data-bodies]", visible);
        Assert.True(all.Length > 10, $"{all.Length} rows");
        Assert.True(await page.IsVisibleAsync("[data-deadline-filter]"), "the filter is not shown");
        // A body with some rows but not all: after choosing it, exactly its rows stay, and months without them go.
        var body = all.SelectMany(b => b.Split(' ')).GroupBy(b => b).Where(g => g.Count() < all.Length).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var expected = all.Count(b => b.Split(' ').Contains(body));
        await page.SelectOptionAsync("[data-deadline-body]", body);
        var shown = await page.EvalOnSelectorAllAsync<string[]>("tr[data-bodies]", visible);
        Assert.Equal(expected, shown.Length);
        Assert.All(shown, b => Assert.Contains(body, b.Split(' ')));
        Assert.Equal($"Hiển thị {expected}/{all.Length} nhiệm vụ.", await page.TextContentAsync("[data-deadline-count]"));
        var emptyMonths = await page.EvalOnSelectorAllAsync<bool[]>("[data-deadline-month]", "ms => ms.map(m => m.hidden === (m.querySelectorAll('tr[data-bodies]:not([hidden])').length === 0))");
        Assert.All(emptyMonths, Assert.True);
        Assert.Contains("co-quan=" + body, await page.EvaluateAsync<string>("location.search"));

        var again = await browser.NewPageAsync();
        await again.GotoAsync(site.FileUrl("deadlines.html") + "?co-quan=" + body);
        Assert.Equal(body, await again.InputValueAsync("[data-deadline-body]"));
        Assert.Equal(expected, (await again.EvalOnSelectorAllAsync<string[]>("tr[data-bodies]", visible)).Length);
        output.WriteLine(await BrowserFixture.ScreenshotAsync(again, "deadlines-filtered"));
        await page.Context.CloseAsync();
        await again.Context.CloseAsync();
    }

    private static string AngleSharpText(string htmlPath, string selector)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(htmlPath));
        return document.QuerySelector(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"no {selector} in {htmlPath}");
    }

}
