using AngleSharp.Html.Parser;
using StaticSite.Site.Theming;
using StaticSite.Tests;

namespace StaticSite.Compare.Tests;

/// <summary><c>theme/compare.cshtml</c> rendered through the site's <see cref="ThemeRenderer"/> and layout.</summary>
public sealed class ThemeTemplateTests
{
    private static AngleSharp.Html.Dom.IHtmlDocument Render(Comparison comparison) =>
        new HtmlParser().ParseDocument(new ThemeRenderer(Path.Combine(TestPaths.Root, "theme")).Render("compare.cshtml", new ComparePageModel
        {
            SiteTitle = "Trang thử", Title = "So sánh", Description = "So sánh", BodyClass = "page-compare",
            PagePath = $"compare/{comparison.A.Slug}--{comparison.B.Slug}.html",
            Comparison = comparison, ProgramA = $"programs/{comparison.A.Slug}.html", ProgramB = $"programs/{comparison.B.Slug}.html",
            Resolutions = [new LinkModel("28-NQ/TW", "references/28-nq-tw.html"), new LinkModel("12-KH/TW", "")],
        }));

    private static Comparison Sample(string extra)
    {
        var a = new Build("a", "Thành ủy Cần Thơ").Bodies("NHIỆM VỤ",
            ("Ban Tuyên giáo Thành ủy", ["Tham mưu tổng kết việc thực hiện Nghị quyết số 37-NQ/TW về công tác lý luận (thực hiện trong năm 2025)", extra])).Document();
        var b = new Build("b", "Tỉnh ủy Quảng Ngãi").Bodies("NHIỆM VỤ",
            ("Ban Tuyên giáo Tỉnh ủy", ["Chủ trì tham mưu tổng kết việc thực hiện Nghị quyết số 37-NQ/TW về công tác lý luận (thực hiện trong năm 2024)"]),
            ("Ban Dân vận Tỉnh ủy", ["Tham mưu đổi mới nội dung, phương thức hoạt động Mặt trận Tổ quốc"])).Document();
        return ProgramComparer.Compare(a, b);
    }

    [Fact]
    public void The_theme_page_has_the_layout_the_aligned_rows_and_the_marks()
    {
        var document = Render(Sample("Tham mưu tiếp công dân"));

        Assert.NotNull(document.QuerySelector("header.site-header"));
        Assert.Contains("@page { size: A4 landscape", document.QuerySelector("main style")!.TextContent);
        var pair = Assert.Single(document.QuerySelectorAll("#g-ban-tuyen-giao tr.pair"));
        // Words only one side has are marked in that side's colour, never struck through as deleted.
        Assert.Empty(document.QuerySelectorAll("main del, main ins"));
        Assert.Equal("Chủ trì", pair.QuerySelector("td.side-b mark.only-b")!.TextContent.Trim());
        Assert.Equal(["2025"], pair.QuerySelectorAll("td.side-a mark.only-a").Select(e => e.TextContent));
        Assert.Equal("gần giống 84\u00A0%", pair.QuerySelector("td.score")!.TextContent.Trim());
        Assert.Equal("../programs/a.html#i-1", pair.QuerySelector("td.side-a a.line")!.GetAttribute("href"));
        Assert.Equal("Chỉ có ở B (Tỉnh ủy Quảng Ngãi)", document.QuerySelector("#g-ban-dan-van tr.only-b td.side-a.missing")!.TextContent);
        Assert.Equal("Chỉ có ở A (Thành ủy Cần Thơ)", document.QuerySelector("#g-ban-tuyen-giao tr.only-a td.side-b.missing")!.TextContent);
        Assert.Equal(["A: Thành ủy Cần Thơ", "Mức giống", "B: Tỉnh ủy Quảng Ngãi"], document.QuerySelectorAll("table.compare thead th").Select(e => e.TextContent));
        Assert.NotNull(document.QuerySelector("input[type=checkbox][data-compare-toggle]"));
        Assert.Equal("../assets/compare.js", document.QuerySelectorAll("script[src]").Last().GetAttribute("src"));
        Assert.Same(pair, document.GetElementById(document.QuerySelector("table.deadlines a")!.GetAttribute("href")!.TrimStart('#')));
        Assert.Equal(["../references/28-nq-tw.html"], document.QuerySelectorAll(".compare-resolutions a").Select(e => e.GetAttribute("href")));
        // No stray spaces where the words of a diff meet: the text reads as written.
        Assert.Equal("Chủ trì tham mưu tổng kết việc thực hiện Nghị quyết số 37-NQ/TW về công tác lý luận (thực hiện trong năm 2024)",
            pair.QuerySelector("td.side-b .text")!.TextContent);
    }

    [Fact]
    public void An_unmatched_item_points_to_its_nearest_twin_on_the_other_side()
    {
        const string staffing = "Tham mưu sắp xếp tổ chức bộ máy, biên chế của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả";
        var a = new Build("a", "Thành ủy Cần Thơ").Bodies("NHIỆM VỤ", ("Ban Tổ chức Thành ủy", [staffing])).Document();
        var b = new Build("b", "Tỉnh ủy Quảng Ngãi").Bodies("NHIỆM VỤ", ("Ban Tổ chức Tỉnh ủy",
            ["Sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn", "Tham mưu sắp xếp tổ chức bộ máy, biên chế của hệ thống chính trị tinh gọn, hoạt động hiệu lực"])).Document();

        var document = Render(ProgramComparer.Compare(a, b));

        var nearest = document.QuerySelector("#g-ban-to-chuc tr.only-b td.side-a.missing .nearest")!;
        Assert.Matches(@"^Gần giống dòng 3 \(\d+\u00A0%\), đã ghép với nhiệm vụ khác$", nearest.TextContent);
        Assert.Equal("../programs/a.html#i-1", nearest.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void The_theme_page_encodes_document_text()
    {
        var document = Render(Sample("Tham mưu <script>alert(1)</script><img src=x onerror=alert(2)>"));

        Assert.Empty(document.QuerySelectorAll("main script, main img"));
        Assert.Contains("<script>alert(1)</script>", document.QuerySelector("#g-ban-tuyen-giao tr.only-a .text")!.TextContent);
    }
}
