using System.Collections.Immutable;
using System.Text.Json;
using AngleSharp.Html.Parser;
using StaticSite.Bodies;
using StaticSite.Config;
using StaticSite.Model;
using StaticSite.Reading;
using StaticSite.Site.Building;
using StaticSite.Tests;

namespace StaticSite.Site.Tests;

/// <summary>Document text full of markup must stay text: in every page and in the search index.</summary>
public sealed class HostileInputTests
{
    private const string Hostile = """
        KẾ HOẠCH
        thực hiện Nghị quyết số 28-NQ/TW <script>alert('tieu-de')</script>

        Thực hiện Nghị quyết số 28-NQ/TW ngày 17/11/2022, Tỉnh ủy ban hành Kế hoạch <img src=x onerror="alert('img')"> như sau:

        I. MỤC ĐÍCH, YÊU CẦU <iframe src="https://example.com/"></iframe>
        1. Quán triệt [bấm vào đây](javascript:alert('link')) và <a href="javascript:alert('a')">liên kết</a>.

        II. NHIỆM VỤ VÀ GIẢI PHÁP
        1. Ban Tuyên giáo Tỉnh ủy chủ trì {onclick="alert('attr')"} **đậm** `mã` <style>body{display:none}</style> (*thực hiện thường xuyên*).
        2. Văn phòng Tỉnh ủy <svg onload="alert('svg')"></svg> &lt;script&gt; ![ảnh](https://example.com/x.png) theo dõi.

        III. TỔ CHỨC THỰC HIỆN
        Văn phòng Tỉnh ủy theo dõi, đôn đốc <script src="https://evil.example/x.js"></script>.

        Nơi nhận:
        - Ban Bí thư (để báo cáo),
        - Ban Tuyên giáo Tỉnh ủy,
        - Lưu Văn phòng Tỉnh ủy.

        T/M TỈNH ỦY
        BÍ THƯ
        Nguyễn Văn A
        """;

    private static readonly HashSet<string> ThemeScripts = new(StringComparer.Ordinal)
    {
        "assets/theme.js", "assets/site.js", "assets/search.js", "assets/compare.js", "search/manifest.js",
    };

    [Fact]
    public void A_hostile_document_builds_into_inert_pages()
    {
        var project = TestSites.Project(new Dictionary<string, string> { ["doc.txt"] = Hostile, ["ke-hoach.txt"] = TestSites.SmallProgram });
        var result = SiteBuilder.Build(new BuildOptions { ConfigPath = Path.Combine(project, "site.config.json") });
        Assert.True(result.Success, string.Join("\n", result.Errors));
        AssertInert(Path.Combine(project, "_site"));
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(project, "_site", "programs", "doc.html")));
        var shown = page.QuerySelector("main")!.TextContent;
        Assert.Contains("<script>alert('tieu-de')</script>", page.Title + shown);
        Assert.Contains("<img src=x onerror=\"alert('img')\">", shown);
        Assert.Contains("<svg onload=\"alert('svg')\"></svg>", shown);
        var index = string.Concat(Directory.EnumerateFiles(Path.Combine(project, "_site", "search"), "*.js", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText));
        Assert.DoesNotContain("<script", index);
        Assert.Contains("\\u003Csvg onload=", index);
    }

    [Fact]
    public void Hostile_item_text_stays_text_in_pages_and_in_the_search_index()
    {
        var text = "Nhiệm vụ <script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3)) {onclick=alert(4)}";
        var item = new Item("i-1-1", new ItemMarker(MarkerStyle.Decimal, "1.", [1]), text, false, null, SourceSpan.At("doc.txt", 7), []);
        var section = new Section("s-1", SectionLevel.Roman, SectionRole.Tasks, "I", "NHIỆM VỤ <b>đậm</b>", "nhiệm vụ", SourceSpan.At("doc.txt", 5), [item], []);
        var document = new ProgramDocument { Path = "doc.txt", Slug = "doc", Kind = ProgramKind.Plan, Sections = [section] };
        var context = Stage.Context([document]);
        Stage.Run(context, new WriteMarkdownStage(PagesMarkdownWriter.Write), new RenderHtmlStage(), new IndexSearchStage(), new CheckLinksStage());
        Assert.Empty(context.Errors);

        // The stages wrote every file into the build's staging folder.
        AssertInert(context.Output.Root!);

        var page = new HtmlParser().ParseDocument(context.Text("programs/doc.html"));
        var li = page.QuerySelector("[data-source-line='7']");
        Assert.NotNull(li);
        Assert.Contains(text, li!.TextContent);
        Assert.Equal("5", page.QuerySelector("h2[data-source-line]")!.GetAttribute("data-source-line"));

        var files = context.Output.Paths.Where(p => p.StartsWith("search/", StringComparison.Ordinal)).ToDictionary(p => p, context.Text, StringComparer.Ordinal);
        Assert.All(files.Values, index => Assert.DoesNotContain("<script", index));
        var entry = Assert.Single(SearchIndexFiles.Read(files), e => e.U == "programs/doc.html#i-1-1");
        Assert.Contains(text, entry.X);
        Assert.Contains("nhiem vu <script>alert(1)</script>", entry.Xf);
    }

    /// <summary>No script but the theme's, no event attribute, no javascript: URL, nothing loaded from elsewhere.</summary>
    private static void AssertInert(string site)
    {
        var parser = new HtmlParser();
        foreach (var file in Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories))
        {
            var document = parser.ParseDocument(File.ReadAllText(file));
            var root = SitePaths.RootPrefix(Path.GetRelativePath(site, file).Replace('\\', '/'));
            foreach (var script in document.QuerySelectorAll("script"))
            {
                var src = script.GetAttribute("src");
                Assert.True(src is not null && src.StartsWith(root) && ThemeScripts.Contains(src[root.Length..]), $"{file}: foreign script {script.OuterHtml}");
                Assert.Equal("", script.TextContent.Trim());
            }
            foreach (var element in document.QuerySelectorAll("*"))
                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{file}: {element.LocalName} has {attribute.Name}");
                    Assert.DoesNotContain("javascript:", attribute.Value, StringComparison.OrdinalIgnoreCase);
                }
            Assert.Empty(document.QuerySelectorAll("iframe, object, embed, svg, main .content style, main .content img"));
        }
    }
}

/// <summary>Runs build stages alone over a hand-built corpus.</summary>
internal static class Stage
{
    public static BuildContext Context(ImmutableArray<ProgramDocument> documents, SiteConfig? config = null) => new()
    {
        Config = config ?? new SiteConfig { Title = "Thử nghiệm" },
        ContentDir = TestPaths.Content,
        OutputDir = Path.Combine(TestPaths.NewTempDir("stage"), "_site"),
        ThemeDir = Path.Combine(TestPaths.Root, "theme"),
        Corpus = new Corpus(documents, BodyRegistry.Default, config ?? new SiteConfig(), new DateOnly(2026, 1, 1)),
    };

    public static void Run(BuildContext context, params IBuildStage[] stages)
    {
        foreach (var stage in stages)
        {
            stage.Run(context);
            Assert.True(context.Errors.Count == 0, $"{stage.Name}: {string.Join("\n", context.Errors)}");
        }
    }
}
