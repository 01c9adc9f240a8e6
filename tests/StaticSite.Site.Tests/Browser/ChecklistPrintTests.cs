using StaticSite.Site.Pdf;
using Xunit.Abstractions;

namespace StaticSite.Site.Tests.Browser;

/// <summary>
/// A checklist long enough for three A4 pages, printed by Chromium as the build prints it: the page head on every page
/// after the first says whose list it is, and no page holds the signature block alone (issue 12).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChecklistPrintTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Body = "Sở Nội vụ tỉnh Quảng Ngãi";

    // One plan of a province's people's committee giving Sở Nội vụ forty dated tasks, each a few lines long.
    private static string LongPlan()
    {
        var tasks = string.Join("\n\n", Enumerable.Range(1, 40).Select(i =>
            $"{i}. Sở Nội vụ chủ trì, phối hợp với Sở Tài chính rà soát, sắp xếp tổ chức bộ máy, biên chế của các cơ quan, đơn vị " +
            $"thuộc Ủy ban nhân dân tỉnh theo hướng tinh gọn, hoạt động hiệu lực, hiệu quả; báo cáo kết quả đợt {i} " +
            $"(hoàn thành trước ngày {1 + i % 28}/{1 + i % 12}/2027)."));
        return $"""
            ỦY BAN NHÂN DÂN
            TỈNH QUẢNG NGÃI
            Số: 12/KH-UBND
            Quảng Ngãi, ngày 10 tháng 3 năm 2026

            KẾ HOẠCH
            thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017

            I. MỤC ĐÍCH, YÊU CẦU
            1. Quán triệt đầy đủ nội dung Nghị quyết.

            II. NHIỆM VỤ, GIẢI PHÁP
            {tasks}

            III. TỔ CHỨC THỰC HIỆN
            Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch.

            Nơi nhận:
            - Sở Nội vụ;
            - Sở Tài chính;
            - Lưu: VT.

            TM. ỦY BAN NHÂN DÂN
            CHỦ TỊCH
            Nguyễn Văn B
            """;
    }

    [Fact]
    public async Task A_three_page_checklist_has_its_head_on_page_two_and_no_page_with_the_signature_alone()
    {
        _ = browser;
        var project = TestSites.Project(new Dictionary<string, string> { ["ke-hoach-so-noi-vu.txt"] = LongPlan() });
        var result = SiteBuilder.Build(new BuildOptions { ConfigPath = Path.Combine(project, "site.config.json"), Output = Path.Combine(project, "_site") });
        Assert.True(result.Success, string.Join("\n", result.Errors));
        var html = Directory.EnumerateFiles(Path.Combine(project, "_site", "checklists"), "so-noi-vu*.html").Single();
        var pages = await PrintAsync(html, "checklist-three-pages.pdf");
        Assert.True(pages.Length >= 3, $"{pages.Length} pages");
        AssertHeadsAndSignature(pages, Body, "lập ngày 01/01/2026");
    }

    [Fact]
    public async Task The_longest_checklist_of_the_sample_keeps_its_head_and_its_signature_with_rows()
    {
        var site = SampleSite.Instance;
        var longest = site.ChecklistPages()
            .MaxBy(p => System.Text.RegularExpressions.Regex.Count(File.ReadAllText(Path.Combine(site.Directory, p)), "data-source-line"))!;
        var pages = await PrintAsync(Path.Combine(site.Directory, longest), "checklist-longest-sample.pdf");
        Assert.True(pages.Length >= 2, $"{longest}: {pages.Length} page(s)");
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Directory, longest)));
        var body = document.QuerySelector(".checklist-meta dd a")!.TextContent.Trim();
        AssertHeadsAndSignature(pages, body, "lập ngày");
    }

    private async Task<string[]> PrintAsync(string html, string name)
    {
        var pdf = Path.Combine(BrowserFixture.ArtifactsDirectory, name);
        await ChecklistPdfWriter.WriteOneAsync(html, pdf);
        var pages = PdfText.Extract(pdf).Split('\f').Where(p => p.Trim().Length > 0).ToArray();
        for (var i = 0; i < pages.Length; i++) output.WriteLine($"--- trang {i + 1} ---\n{pages[i]}");
        return pages;
    }

    // The head (body on the left, committee and date on the right) is on every page; the page with the signature also
    // has rows of the table (each row offers the three status boxes).
    private static void AssertHeadsAndSignature(string[] pages, string body, string date)
    {
        for (var i = 0; i < pages.Length; i++)
        {
            var text = PdfText.Flatten(pages[i]);
            Assert.True(text.Contains("Danh sách kiểm tra: " + body, StringComparison.Ordinal), $"page {i + 1} has no head naming {body}");
            Assert.True(text.Contains(date, StringComparison.Ordinal), $"page {i + 1} has no “{date}” in its head");
        }
        var signed = pages.Select((p, i) => (Text: PdfText.Flatten(p), Page: i + 1)).Where(p => p.Text.Contains("Người kiểm tra", StringComparison.Ordinal)).ToList();
        var (last, page) = Assert.Single(signed);
        Assert.Equal(pages.Length, page);
        Assert.True(last.Contains("Chưa thực hiện", StringComparison.Ordinal), $"page {page} holds the signature without any row");
    }
}
