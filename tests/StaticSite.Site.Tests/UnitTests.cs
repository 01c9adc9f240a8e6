using StaticSite.Site.Rendering;

namespace StaticSite.Site.Tests;

public sealed class SitePathsTests
{
    [Theory]
    [InlineData("index.html", "programs/a.html", "programs/a.html")]
    [InlineData("programs/a.html", "programs/b.html#i-1", "b.html#i-1")]
    [InlineData("programs/a.html", "index.html", "../index.html")]
    [InlineData("a/b/c.html", "a/d/e.html", "../d/e.html")]
    [InlineData("programs/a.html", "#x", "#x")]
    public void Relative_links_are_computed_from_the_page_depth(string from, string to, string expected) =>
        Assert.Equal(expected, SitePaths.Relative(from, to));

    [Theory]
    [InlineData("index.html", "")]
    [InlineData("programs/a.html", "../")]
    [InlineData("a/b/c.html", "../../")]
    public void The_root_prefix_climbs_one_level_per_folder(string page, string expected) =>
        Assert.Equal(expected, SitePaths.RootPrefix(page));

    [Fact]
    public void Resolving_a_link_that_climbs_out_of_the_site_gives_null() =>
        Assert.Null(SitePaths.Resolve("programs/a.html", "../../x.html"));
}

public sealed class RenderingTests
{
    [Fact]
    public void Raw_html_in_markdown_is_shown_as_text_but_slug_anchors_survive()
    {
        var html = MarkdownRenderer.ToHtml("- <a id=\"i-1-2\"></a>1. <script>alert(1)</script> <a id=\"x\" onclick=\"y\"></a>\n");
        Assert.Contains("<a id=\"i-1-2\"></a>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.DoesNotContain("<script", html);
        var parsed = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Empty(parsed.QuerySelectorAll("script, [onclick]"));
        Assert.Single(parsed.QuerySelectorAll("a[id]"));
    }

    [Fact]
    public void The_post_processor_adds_source_lines_heading_ids_html_links_and_drops_unsafe_urls()
    {
        var fragment = HtmlPostProcessor.Process(
            "<h2><a id=\"s-1\"></a>I. Mục đích</h2><h3>Không có neo</h3><ul><li><p><a id=\"i-1\"></a>Việc</p></li></ul><p><a href=\"../bodies/x.md#neo\">x</a> <a href=\"javascript:alert(1)\">y</a></p>",
            new Dictionary<string, int> { ["s-1"] = 12, ["i-1"] = 14 });
        Assert.Contains("<h2 id=\"s-1\" data-source-line=\"12\">I. Mục đích<a class=\"permalink\" href=\"#s-1\" aria-label=\"Liên kết đến mục này\">#</a></h2>", fragment.Html);
        Assert.Contains("<h3 id=\"khong-co-neo\">", fragment.Html);
        Assert.Contains("<li data-source-line=\"14\">", fragment.Html);
        var row = HtmlPostProcessor.Process("<table><tbody><tr><td><a id=\"r-1\"></a>1</td><td>x</td></tr></tbody></table>", new Dictionary<string, int> { ["r-1"] = 30 });
        Assert.Contains("<tr data-source-line=\"30\">", row.Html);
        Assert.Contains("href=\"../bodies/x.html#neo\"", fragment.Html);
        Assert.DoesNotContain("javascript:", fragment.Html);
        Assert.Equal(1, fragment.Removed);
        Assert.Equal(["s-1", "khong-co-neo"], fragment.Toc.Select(t => t.Id));
    }

    [Fact]
    public void The_table_of_contents_nests_headings_by_level_and_reads_them_without_their_permalinks()
    {
        var fragment = HtmlPostProcessor.Process("<h2>A</h2><h3>A1</h3><h4>A1a</h4><h3>A2</h3><h2>B</h2><h4>B-x</h4><h2>C</h2>", new Dictionary<string, int>());
        Assert.Equal(["A", "A1", "A1a", "A2", "B", "B-x", "C"], fragment.Toc.Select(t => t.Text));
        Assert.Equal([2, 3, 4, 3, 2, 4, 2], fragment.Toc.Select(t => t.Level));
        var tree = Theming.TocNode.Nest(fragment.Toc);
        Assert.Equal(["A", "B", "C"], tree.Select(n => n.Entry.Text));
        Assert.Equal(["A1", "A2"], tree[0].Children.Select(n => n.Entry.Text));
        Assert.Equal(["A1a"], tree[0].Children[0].Children.Select(n => n.Entry.Text));
        Assert.Equal(["B-x"], tree[1].Children.Select(n => n.Entry.Text));
        Assert.Empty(tree[2].Children);
        // An h3 before any h2 stands at the top.
        Assert.Equal(["x", "y"], Theming.TocNode.Nest([new Theming.TocEntry("x", "x", 3), new Theming.TocEntry("y", "y", 2)]).Select(n => n.Entry.Id));
    }

    [Fact]
    public void Tables_scroll_in_a_box_and_document_numbers_are_kept_whole()
    {
        var fragment = HtmlPostProcessor.Process(
            "<p>Thực hiện Nghị quyết số 28-NQ/TW ngày 17/11/2022, Chương trình 01-CTr/TU và Nghị định 62/2020/NĐ-CP (2021-2025).</p><table><tr><td>12-KH/TW</td></tr></table><pre>28-NQ/TW</pre>",
            new Dictionary<string, int>());
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(fragment.Html);
        Assert.Equal(["28-NQ/TW", "01-CTr/TU", "62/2020/NĐ-CP", "12-KH/TW"], document.QuerySelectorAll(".doc-id").Select(e => e.TextContent));
        Assert.Equal("Thực hiện Nghị quyết số 28-NQ/TW ngày 17/11/2022, Chương trình 01-CTr/TU và Nghị định 62/2020/NĐ-CP (2021-2025).", document.QuerySelector("p")!.TextContent);
        Assert.Equal("table-scroll", document.QuerySelector("table")!.ParentElement!.ClassName);
        Assert.Empty(document.QuerySelectorAll("pre .doc-id"));
    }

    [Fact]
    public void Program_sections_get_previous_and_next_links()
    {
        var fragment = HtmlPostProcessor.Process(
            "<h2><a id=\"s1\"></a>I. Một</h2><p>a</p><h2><a id=\"s2\"></a>II. Hai</h2><p>b</p><h2><a id=\"s3\"></a>III. Ba</h2><h2>Nơi nhận</h2>",
            new Dictionary<string, int> { ["s1"] = 1, ["s2"] = 5, ["s3"] = 9 }, sectionPager: true);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(fragment.Html);
        var pagers = document.QuerySelectorAll("nav.section-pager");
        Assert.Equal(3, pagers.Length);
        Assert.Equal(["#s2"], pagers[0].QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["#s1", "#s3"], pagers[1].QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["#s2"], pagers[2].QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("h2", pagers[2].NextElementSibling!.LocalName);
    }

    [Fact]
    public void The_link_check_reports_foreign_loads_absolute_links_missing_files_and_anchors()
    {
        static byte[] B(string s) => System.Text.Encoding.UTF8.GetBytes(s);
        var files = new Dictionary<string, byte[]>
        {
            ["index.html"] = B("<p id=a><a href=\"programs/x.html#b\">ok</a><a href=\"https://example.org/\">ok</a><a href=\"#a\">ok</a></p>"
                + "<script src=\"https://cdn.example/x.js\"></script><a href=\"/abs.html\">x</a><a href=\"programs/x.html#none\">x</a><a href=\"nope.html\">x</a>"),
            ["programs/x.html"] = B("<h2 id=b>B</h2><ul><li data-source-line=12><a href=\"../../up.html\">x</a></li></ul><link rel=stylesheet href=\"../assets/s.css\">"),
            ["assets/fonts/f.ttf"] = B("font"),
            ["assets/s.css"] = B("@font-face { src: url(\"fonts/f.ttf\"); } body { background: url(http://example.org/x.png) }"),
        };
        var problems = Building.CheckLinksStage.Check(files);
        Assert.Equal(6, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("index.html:") && p.Contains("https://cdn.example/x.js"));
        Assert.Contains(problems, p => p.StartsWith("index.html:") && p.Contains("/abs.html"));
        Assert.Contains(problems, p => p.StartsWith("index.html:") && p.Contains("#none"));
        Assert.Contains(problems, p => p.StartsWith("index.html:") && p.Contains("nope.html"));
        Assert.Contains(problems, p => p.StartsWith("programs/x.html (dòng nguồn 12):") && p.Contains("../../up.html"));
        Assert.Contains(problems, p => p.StartsWith("assets/s.css:") && p.Contains("http://example.org/x.png"));
    }
}
