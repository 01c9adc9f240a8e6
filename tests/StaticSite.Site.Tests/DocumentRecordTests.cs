using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticSite.Text;

namespace StaticSite.Site.Tests;

/// <summary>
/// Issue 14, points 1 and 2, over the built sample site: the document record at the top of each program page (read against
/// tests/Fixtures/samples/content), no literal Markdown markers in any text node, and every list in Vietnamese order.
/// </summary>
public sealed class DocumentRecordTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private static readonly HtmlParser Parser = new();

    private IDocument Load(string relative) => Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, relative)));

    // The signer (last line of the signature block) and issuer of each sample, as its source file and site.config.json give them;
    // only 003 names its own number (in its appendix: "thực hiện Chương trình số 01-CTr/TU của Thành ủy").
    [Theory]
    [InlineData("000-3a5651ff20a9df67", "Chương trình", null, "Ban Chấp hành Đảng bộ thành phố Cần Thơ", "Lê Quang Mạnh (BÍ THƯ)")]
    [InlineData("001-1b50ee76ccc45c9b", "Chương trình hành động", null, "Thành ủy Hà Nội", "Nguyễn Thị Tuyền (PHÓ BÍ THƯ THƯỜNG TRỰC)")]
    [InlineData("002-a7de56b83dec73d2", "Chương trình hành động", null, "Tỉnh ủy Quảng Ngãi", "Bùi Thị Quỳnh Vân (BÍ THƯ)")]
    [InlineData("003-9db6d66362a7db84", "Chương trình", "01-CTr/TU", "Thành ủy Hà Nội", "Vương Đình Huệ (BÍ THƯ)")]
    [InlineData("004-ab5e45f9e3a49525", "Kế hoạch", null, "Ban Thường vụ Thành ủy Cần Thơ", "Phạm Văn Hiếu (PHÓ BÍ THƯ)")]
    public void Each_program_page_opens_with_its_document_record(string slug, string kind, string? number, string issuer, string signer)
    {
        var record = Record(Load($"programs/{slug}.html"));
        Assert.Equal(kind, record["Loại văn bản"]);
        Assert.Equal(issuer, record["Cơ quan ban hành"]);
        Assert.Equal(signer, record["Người ký"]);
        Assert.True(record.ContainsKey("Trích yếu"));
        Assert.True(record.ContainsKey("Số nhiệm vụ"));
        Assert.True(record.ContainsKey("Cơ quan được giao"));
        if (number is null) Assert.False(record.ContainsKey("Số, ký hiệu"));
        else Assert.Equal(number, record["Số, ký hiệu"]);
        // Internal fields are not part of the record; the validator speaks only when there is something to do.
        Assert.False(record.ContainsKey("Dòng tên loại"));
        Assert.False(record.ContainsKey("Nguồn"));
        Assert.False(record.ContainsKey("Tình trạng kiểm tra"));
        if (record.TryGetValue("Cần rà soát", out var notice)) Assert.Matches("cần (sửa|xem lại)", notice);
    }

    [Fact]
    public void A_program_s_own_number_is_not_a_document_it_refers_to()
    {
        Assert.False(File.Exists(Path.Combine(site.Output, "references", "01-ctr-tu.html")));
        var home = Load("index.html");
        Assert.DoesNotContain(home.QuerySelectorAll("a[href^='references/']"), a => a.TextContent.Contains("01-CTr/TU", StringComparison.Ordinal));
        Assert.Contains(home.QuerySelectorAll("td"), td => td.TextContent == "01-CTr/TU");
    }

    [Fact]
    public void Ghi_chu_shows_neither_separators_nor_header_lines()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(site.Output, "programs"), "*.html").Order(StringComparer.Ordinal))
        {
            var document = Parser.ParseDocument(File.ReadAllText(file));
            var heading = document.GetElementById("ghi-chu");
            if (heading is null) continue;
            for (var e = heading.NextElementSibling; e is not null && e.LocalName != "h2"; e = e.NextElementSibling)
            {
                Assert.DoesNotContain("-----", e.TextContent, StringComparison.Ordinal);
                Assert.DoesNotContain("ĐẢNG CỘNG SẢN VIỆT NAM", e.TextContent, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void No_text_node_of_any_page_holds_a_literal_Markdown_marker()
    {
        var found = new List<string>();
        foreach (var file in site.HtmlFiles)
        {
            var document = Parser.ParseDocument(File.ReadAllText(file));
            foreach (var node in document.Body!.Descendants<IText>())
                if (node.ParentElement?.LocalName is not ("script" or "style" or "code" or "pre") && (node.Data.Contains("**", StringComparison.Ordinal) || node.Data.Contains("__", StringComparison.Ordinal)))
                    found.Add($"{Path.GetRelativePath(site.Output, file)}: {node.Data.Trim()[..Math.Min(60, node.Data.Trim().Length)]}");
        }
        foreach (var entry in SearchIndexFiles.Read(site.Output))
            if (entry.T.Contains("**", StringComparison.Ordinal) || entry.X.Contains("**", StringComparison.Ordinal)) found.Add("search/d: " + entry.U);
        Assert.Empty(found);
    }

    [Fact]
    public void The_Vietnamese_order_puts_Ban_To_chuc_before_Ban_Tuyen_giao_where_character_codes_do_not()
    {
        Assert.True(VietnameseText.Order.Compare("Ban Tổ chức Thành ủy", "Ban Tuyên giáo Thành ủy") < 0);
        Assert.True(string.CompareOrdinal("Ban Tổ chức Thành ủy", "Ban Tuyên giáo Thành ủy") > 0);
        Assert.True(VietnameseText.Order.Compare("Đảng ủy", "Ban") > 0);
        Assert.True(VietnameseText.Order.Compare("Đảng ủy", "Dân vận") > 0);
        // Explicit, never the current culture: the same under any CurrentCulture.
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
            Assert.True(VietnameseText.Order.Compare("Ban Tổ chức", "Ban Tuyên giáo") < 0);
        }
        finally { CultureInfo.CurrentCulture = before; }
    }

    [Theory]
    [InlineData("bodies/index.html", "ul.entries a")]
    [InlineData("checklists/index.html", "ul.entries a")]
    [InlineData("references/index.html", "ul.entries a")]
    public void List_pages_are_in_Vietnamese_order(string page, string selector)
    {
        var texts = Load(page).QuerySelectorAll(selector).Select(a => a.TextContent).ToList();
        Assert.NotEmpty(texts);
        Assert.Equal(texts.Order(VietnameseText.Order), texts);
    }

    [Fact]
    public void The_home_page_lists_bodies_by_committee_and_kind_and_references_by_kind_each_group_in_Vietnamese_order()
    {
        var home = Load("index.html");
        var bodyGroups = home.QuerySelectorAll("h4[id^='co-quan-']").ToList();
        Assert.NotEmpty(bodyGroups);
        var sawTwoBans = false;
        foreach (var heading in bodyGroups.Concat(home.QuerySelectorAll("h3[id^='van-ban-']")))
        {
            var list = heading.NextElementSibling!;
            Assert.Equal("ul", list.LocalName);
            var names = list.Children.Select(li => li.QuerySelector("a")!.TextContent).ToList();
            Assert.Equal(names.Order(VietnameseText.Order), names);
            // The heading's text without its permalink (#).
            var headingText = string.Concat(heading.ChildNodes.Where(n => n is not IElement { ClassName: "permalink" }).Select(n => n.TextContent));
            Assert.EndsWith($"({names.Count})", headingText, StringComparison.Ordinal);
            var to = names.FindIndex(n => n.StartsWith("Ban Tổ chức", StringComparison.Ordinal));
            var tuyen = names.FindIndex(n => n.StartsWith("Ban Tuyên giáo", StringComparison.Ordinal));
            if (to >= 0 && tuyen >= 0) { sawTwoBans = true; Assert.True(to < tuyen); }
        }
        Assert.True(sawTwoBans, "no committee of the sample has both a Ban Tổ chức and a Ban Tuyên giáo");
    }

    private static Dictionary<string, string> Record(IDocument page)
    {
        // The record is the first list of the page's content, each item "Label: value".
        var list = page.QuerySelector("div.content > ul")!;
        return list.Children.Select(li => li.TextContent.Split(':', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.Ordinal);
    }

    [Fact]
    public void A_program_s_record_lists_the_programs_of_the_site_that_implement_it()
    {
        const string program = """
            THÀNH ỦY CẦN THƠ
            Số: 15-CTr/TU
            Cần Thơ, ngày 01 tháng 3 năm 2023

            CHƯƠNG TRÌNH HÀNH ĐỘNG
            thực hiện Nghị quyết số 28-NQ/TW ngày 17/11/2022

            Thực hiện Nghị quyết số 28-NQ/TW ngày 17/11/2022 của Ban Chấp hành Trung ương, Thành ủy ban hành Chương trình như sau:

            I. MỤC ĐÍCH, YÊU CẦU
            1. Quán triệt đầy đủ nội dung Nghị quyết.

            II. NHIỆM VỤ VÀ GIẢI PHÁP
            1. Ban Tuyên giáo Thành ủy chủ trì tuyên truyền (*thực hiện thường xuyên*).

            III. TỔ CHỨC THỰC HIỆN
            Văn phòng Thành ủy theo dõi, đôn đốc.

            Nơi nhận:
            - Ban Bí thư (để báo cáo),
            - Lưu Văn phòng Thành ủy.

            T/M THÀNH ỦY
            BÍ THƯ
            Nguyễn Văn A
            """;
        var plan = TestSites.SmallProgram.Replace("Nghị quyết số 28-NQ/TW ngày 17/11/2022", "Chương trình số 15-CTr/TU ngày 01/03/2023", StringComparison.Ordinal);
        var project = TestSites.Project(new Dictionary<string, string> { ["a-chuong-trinh.txt"] = program, ["b-ke-hoach.txt"] = plan });
        var result = SiteBuilder.Build(new BuildOptions { ConfigPath = Path.Combine(project, "site.config.json") });
        Assert.True(result.Success, string.Join("\n", result.Errors));
        var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(project, "_site", "programs", "a-chuong-trinh.html")));
        var record = Record(page);
        Assert.Equal("15-CTr/TU", record["Số, ký hiệu"]);
        Assert.Equal("01/03/2023", record["Ngày ban hành"]);
        Assert.Equal("Nguyễn Văn A (BÍ THƯ)", record["Người ký"]);
        var implementers = page.QuerySelector("div.content > ul")!.Children.Single(li => li.TextContent.StartsWith("Văn bản thực hiện văn bản này:", StringComparison.Ordinal));
        Assert.Equal("b-ke-hoach.html", implementers.QuerySelector("a")!.GetAttribute("href"));
        var home = Parser.ParseDocument(File.ReadAllText(Path.Combine(project, "_site", "index.html")));
        Assert.Contains(home.QuerySelectorAll("td"), td => td.TextContent == "01/03/2023");
    }
}
