using AngleSharp.Html.Parser;
using StaticSite.Model;
using StaticSite.Tests;

namespace StaticSite.Compare.Tests;

public sealed class HtmlAndRunnerTests
{
    private static Comparison Sample(string hostile = "Tham mưu tổng kết việc thực hiện Nghị quyết số 37-NQ/TW về công tác lý luận")
    {
        var a = new Build("a", "Thành ủy Cần Thơ").Bodies("NHIỆM VỤ",
            ("Ban Tuyên giáo Thành ủy", ["Tham mưu tổng kết việc thực hiện Nghị quyết số 37-NQ/TW về công tác lý luận (thực hiện trong năm 2025)", hostile])).Document();
        var b = new Build("b", "Tỉnh ủy Quảng Ngãi").Bodies("NHIỆM VỤ",
            ("Ban Tuyên giáo Tỉnh ủy", ["Chủ trì tham mưu tổng kết việc thực hiện Nghị quyết số 37-NQ/TW về công tác lý luận (thực hiện trong năm 2024)"]),
            ("Ban Dân vận Tỉnh ủy", ["Tham mưu đổi mới nội dung, phương thức hoạt động Mặt trận Tổ quốc"])).Document();
        return ProgramComparer.Compare(a, b);
    }

    [Fact]
    public void The_page_has_aligned_rows_word_marks_only_in_one_marks_and_prints_on_A4_landscape()
    {
        var document = new HtmlParser().ParseDocument(ComparisonHtmlWriter.Write(Sample()));

        Assert.Equal("vi", document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("@page { size: A4 landscape", document.QuerySelector("style")!.TextContent);
        var pair = Assert.Single(document.QuerySelectorAll("#g-ban-tuyen-giao tr.pair"));
        Assert.Empty(document.QuerySelectorAll("del, ins"));
        Assert.Equal("Chủ trì", pair.QuerySelector("td.side-b mark.only-b")!.TextContent.Trim());
        Assert.Equal(["2025"], pair.QuerySelectorAll("td.side-a mark.only-a").Select(e => e.TextContent));
        Assert.Equal("gần giống 78\u00A0%", pair.QuerySelector("td.score")!.TextContent);
        Assert.Contains("differs", pair.QuerySelector("td.side-a .deadline")!.ClassName);
        Assert.Equal("3", pair.QuerySelector("td.side-a")!.GetAttribute("data-source-line"));
        var alone = document.QuerySelector("#g-ban-dan-van tr.only-b td.side-a.missing")!;
        Assert.Equal("Chỉ có ở B (Tỉnh ủy Quảng Ngãi)", alone.TextContent);
        Assert.Contains("Ban Dân vận Tỉnh ủy", document.QuerySelector("p.only-bodies")!.TextContent);
        Assert.Contains("thực hiện trong năm 2025", document.QuerySelector("table.deadlines")!.TextContent);
        var target = document.QuerySelector("table.deadlines a")!.GetAttribute("href")!;
        Assert.Same(pair, document.GetElementById(target.TrimStart('#')));
        var ids = document.QuerySelectorAll("tr.row").Select(r => r.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Document_text_is_encoded_never_markup()
    {
        var html = ComparisonHtmlWriter.Write(Sample("Tham mưu <script>alert('x')</script> <b onclick=\"x()\">đậm</b>"));
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Empty(document.QuerySelectorAll("b"));
        Assert.Contains("<script>alert('x')</script>", document.QuerySelector("#g-ban-tuyen-giao tr.only-a td.side-a")!.TextContent);
    }

    [Fact]
    public void The_runner_prints_json_and_writes_the_page_and_refuses_a_missing_file()
    {
        var dir = TestPaths.NewTempDir();
        File.WriteAllText(Path.Combine(dir, "a.txt"), "CHƯƠNG TRÌNH\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Nâng cao nhận thức.\n");
        File.WriteAllText(Path.Combine(dir, "b.txt"), "KẾ HOẠCH\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Nâng cao nhận thức.\n");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        Assert.Equal(0, CompareRunner.Run(new CompareRequest("a.txt", "b.txt", null, "json", null), stdout, stderr, dir));
        Assert.StartsWith("{", stdout.ToString());
        Assert.Contains("\"onlyA\"", stdout.ToString());

        Assert.Equal(0, CompareRunner.Run(new CompareRequest("a.txt", "b.txt", "out/c.html", null, null), stdout, stderr, dir));
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(Path.Combine(dir, "out", "c.html")));

        Assert.Equal(2, CompareRunner.Run(new CompareRequest("a.txt", "missing.txt", null, null, null), stdout, stderr, dir));
        Assert.Contains("missing.txt: không tìm thấy", stderr.ToString());
        Assert.Equal(2, CompareRunner.Run(new CompareRequest("a.txt", "b.txt", null, "pdf", null), stdout, stderr, dir));
    }
}
