using Microsoft.Playwright;
using StaticSite.Tests;

namespace StaticSite.Site.Tests.Browser;

/// <summary>
/// Issue 14 on a site built from hand-made documents (not the samples): a plan with a wide seven-column appendix, long
/// document numbers and deep numbering, and a second plan of the same resolution. Every page at 390 px stays inside the
/// window (tables scroll in their own box); at 1366 px and 390 px the dark toggle and the menu work as on the sample site.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HandMadeLayoutTests(BrowserFixture browser)
{
    private const string WidePlan = """
        KẾ HOẠCH
        thực hiện Nghị quyết số 28-NQ/TW ngày 17/11/2022 và Quyết định số 1234/QĐ-UBND-KGVX ngày 01/02/2023

        Thực hiện Nghị quyết số 28-NQ/TW ngày 17/11/2022 của Ban Chấp hành Trung ương, Tỉnh ủy ban hành Kế hoạch như sau:

        I. MỤC ĐÍCH, YÊU CẦU
        1. Quán triệt đầy đủ nội dung Nghị quyết số 28-NQ/TW và Kết luận số 14-KL/TW ngày 22/9/2021.

        II. NHIỆM VỤ VÀ GIẢI PHÁP
        1. Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền (*thực hiện thường xuyên*).
        1.1. Ban Tổ chức Tỉnh ủy chủ trì rà soát, trong quý II/2023.
        1.1.1. Văn phòng Tỉnh ủy phối hợp tổng hợp kết quả thực hiện Quyết định số 1234/QĐ-UBND-KGVX.
        1.1.1.1. Ủy ban Kiểm tra Tỉnh ủy chủ trì kiểm tra, giám sát việc thực hiện hằng năm.

        III. TỔ CHỨC THỰC HIỆN
        Văn phòng Tỉnh ủy theo dõi, đôn đốc.

        Nơi nhận:
        - Ban Bí thư (để báo cáo),
        - Ban Tuyên giáo Tỉnh ủy,
        - Ban Tổ chức Tỉnh ủy,
        - Ủy ban Kiểm tra Tỉnh ủy,
        - Lưu Văn phòng Tỉnh ủy.

        T/M TỈNH ỦY
        BÍ THƯ
        Nguyễn Văn A

        PHỤ LỤC
        | TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn | Sản phẩm | Ghi chú |
        |---|---|---|---|---|---|---|
        | 1 | Xây dựng đề án nâng cao chất lượng sinh hoạt chi bộ theo Nghị quyết số 28-NQ/TW | Ban Tổ chức Tỉnh ủy | Văn phòng Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy | Quý IV/2023 | Đề án trình Ban Thường vụ Tỉnh ủy | Thực hiện theo Hướng dẫn số 12-HD/BTCTW |
        | 2 | Tổng kết việc thực hiện Quyết định số 1234/QĐ-UBND-KGVX trên địa bàn toàn tỉnh | Văn phòng Tỉnh ủy | Ủy ban Kiểm tra Tỉnh ủy | Năm 2025 | Báo cáo tổng kết | Định kỳ báo cáo 6 tháng |
        """;

    private static string Project() => TestSites.Project(new Dictionary<string, string>
    {
        ["ke-hoach-rong.txt"] = WidePlan,
        ["ke-hoach-nho.txt"] = TestSites.SmallProgram,
    });

    [Fact]
    public async Task Every_page_of_a_hand_made_site_fits_a_phone_and_the_toggle_and_menu_work_at_both_widths()
    {
        var project = Project();
        var result = SiteBuilder.Build(new BuildOptions { ConfigPath = Path.Combine(project, "site.config.json") });
        Assert.True(result.Success, string.Join("\n", result.Errors));
        var site = Path.Combine(project, "_site");
        var pages = result.Pages.Where(p => !p.StartsWith("md/", StringComparison.Ordinal)).ToList();
        Assert.Contains("compare/index.html", pages);
        Assert.True(pages.Count > 10, string.Join(", ", pages));

        var failures = new List<string>();
        await using (var phone = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "vi-VN", ViewportSize = new ViewportSize { Width = 390, Height = 844 } }))
        {
            foreach (var path in pages)
            {
                var page = await phone.NewPageAsync();
                await page.GotoAsync(new Uri(Path.Combine(site, path)).AbsoluteUri);
                var widths = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, document.documentElement.clientWidth]");
                if (widths[0] > widths[1]) failures.Add($"{path}: the page is {widths[0]} px wide in a {widths[1]} px window");
                await page.CloseAsync();
            }
            // The wide appendix scrolls inside its box on the program page.
            var program = await phone.NewPageAsync();
            await program.GotoAsync(new Uri(Path.Combine(site, "programs", "ke-hoach-rong.html")).AbsoluteUri);
            Assert.True(await program.EvalOnSelectorAllAsync<int>(".table-scroll", "bs => bs.filter(b => b.scrollWidth > b.clientWidth).length") >= 1);
            // The menu button opens the navigation.
            var menu = program.Locator(".menu-toggle");
            Assert.True(await menu.IsVisibleAsync());
            Assert.False(await program.Locator(".site-nav").IsVisibleAsync());
            await menu.ClickAsync();
            Assert.True(await program.Locator(".site-nav").IsVisibleAsync());
            Assert.Equal("true", await menu.GetAttributeAsync("aria-expanded"));
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));

        await using var wide = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "vi-VN", ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var home = await wide.NewPageAsync();
        await home.GotoAsync(new Uri(Path.Combine(site, "index.html")).AbsoluteUri);
        Assert.False(await home.Locator(".menu-toggle").IsVisibleAsync());
        var light = await home.EvaluateAsync<string>("getComputedStyle(document.documentElement).backgroundColor");
        await home.Locator(".theme-toggle").ClickAsync();
        var dark = await home.EvaluateAsync<string>("getComputedStyle(document.documentElement).backgroundColor");
        Assert.NotEqual(light, dark);
        // The choice holds on the next page of the site.
        await home.GotoAsync(new Uri(Path.Combine(site, "programs", "ke-hoach-rong.html")).AbsoluteUri);
        Assert.Equal(dark, await home.EvaluateAsync<string>("getComputedStyle(document.documentElement).backgroundColor"));
    }
}
