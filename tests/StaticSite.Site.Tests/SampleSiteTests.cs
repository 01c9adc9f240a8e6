using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticSite.Tests;

namespace StaticSite.Site.Tests;

/// <summary>Builds the sample site once for the tests of this class.</summary>
public sealed class SampleSiteFixture
{
    public SampleSiteFixture()
    {
        Output = Path.Combine(TestPaths.NewTempDir("sample-site"), "_site");
        Result = SiteBuilder.Build(TestSites.Sample(Output));
    }

    public string Output { get; }

    public BuildResult Result { get; }

    public IEnumerable<string> HtmlFiles => Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
}

/// <summary>The whole built sample site, checked from the files on disk (independently of the build's own link check).</summary>
public sealed class SampleSiteTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private static readonly HtmlParser Parser = new();

    private static IDocument Load(string file) => Parser.ParseDocument(File.ReadAllText(file));

    [Fact]
    public void The_sample_site_builds()
    {
        Assert.True(site.Result.Success, string.Join("\n", site.Result.Errors));
        // The Markdown of the sample needs no sanitizing: nothing but slug anchors is HTML.
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.Rule == "unsafe-markup-removed");
        foreach (var required in new[] { "index.html", "search.html", "404.html", "sitemap.xml", "search/manifest.js", "bodies/index.html", "references/index.html", "checklists/index.html" })
            Assert.True(File.Exists(Path.Combine(site.Output, required)), required);
        Assert.Equal(5, Directory.GetFiles(Path.Combine(site.Output, "programs"), "*.html").Length);
    }

    [Fact]
    public void Every_internal_link_and_anchor_resolves()
    {
        var broken = new List<string>();
        var ids = new Dictionary<string, HashSet<string>>();
        foreach (var file in site.HtmlFiles)
        {
            var document = Load(file);
            foreach (var element in document.QuerySelectorAll("a[href], link[href], script[src], img[src], iframe[src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (url.StartsWith("http:") || url.StartsWith("https:") || url.StartsWith("mailto:")) continue;
                Assert.False(url.StartsWith('/'), $"{file}: root-absolute link {url}");
                var target = new Uri(new Uri("file://" + file), url);
                var path = Uri.UnescapeDataString(target.AbsolutePath);
                if (!File.Exists(path)) { broken.Add($"{file}: {url} (no file)"); continue; }
                var anchor = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
                if (anchor.Length == 0 || !path.EndsWith(".html")) continue;
                if (!ids.TryGetValue(path, out var set))
                    ids[path] = set = [.. Load(path).QuerySelectorAll("[id]").Select(e => e.Id!)];
                if (!set.Contains(anchor)) broken.Add($"{file}: {url} (no anchor)");
            }
        }
        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    [Fact]
    public void Nothing_is_loaded_from_another_host()
    {
        foreach (var file in site.HtmlFiles)
            foreach (var element in Load(file).QuerySelectorAll("link[href], script[src], img[src], iframe[src], source[src], video[src], audio[src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                Assert.False(url.Contains("//") || url.Contains(':'), $"{file}: {element.LocalName} loads {url}");
            }
        foreach (var css in Directory.EnumerateFiles(site.Output, "*.css", SearchOption.AllDirectories))
            Assert.DoesNotContain("url(http", File.ReadAllText(css));
    }

    [Fact]
    public void Every_page_has_the_search_box_a_title_a_description_and_lang_vi()
    {
        foreach (var file in site.HtmlFiles.Where(f => !f.Contains("/md/")))
        {
            var document = Load(file);
            Assert.True(document.QuerySelector("input[type=search]") is not null, $"{file}: no search box");
            Assert.False(string.IsNullOrWhiteSpace(document.Title), $"{file}: no title");
            Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("meta[name=description]")?.GetAttribute("content")), $"{file}: no description");
            Assert.Equal("vi", document.DocumentElement.GetAttribute("lang"));
        }
    }

    [Fact]
    public void The_search_page_has_a_results_element_and_loads_the_index_by_script()
    {
        var document = Load(Path.Combine(site.Output, "search.html"));
        Assert.NotNull(document.QuerySelector("[data-search-results]"));
        var scripts = document.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")).ToList();
        Assert.Equal(["search/manifest.js", "assets/search.js"], scripts.Where(s => s!.Contains("search", StringComparison.Ordinal)));
        var manifest = File.ReadAllText(Path.Combine(site.Output, "search", "manifest.js"));
        Assert.StartsWith("window.SEARCH_MANIFEST = {", manifest);
    }

    [Fact]
    public void Search_results_are_named_items_by_number_and_program_everything_else_by_its_title()
    {
        var entries = SearchIndexFiles.Read(site.Output);
        static string S(SearchRecord e, string name) => name switch { "k" => e.K, "t" => e.T, "l" => e.L, "u" => e.U, _ => throw new ArgumentException(name) };
        var items = entries.Where(e => S(e, "k") == "Nhiệm vụ").ToList();
        Assert.NotEmpty(items);
        Assert.All(entries.Where(e => S(e, "k") != "Nhiệm vụ"), e => Assert.Equal(S(e, "t"), S(e, "l")));
        Assert.All(items, e => Assert.Matches(@"^Nhiệm vụ [0-9]+(\.[0-9]+)* — \S", S(e, "l")));
        // The program with a số, ký hiệu is named by it; the others by the short title their page's breadcrumb shows.
        foreach (var group in items.GroupBy(e => S(e, "u").Split('#')[0]))
        {
            var record = Load(Path.Combine(site.Output, group.Key));
            var number = record.QuerySelectorAll(".content li").FirstOrDefault(li => li.TextContent.StartsWith("Số, ký hiệu:", StringComparison.Ordinal))?.TextContent["Số, ký hiệu:".Length..].Trim();
            var name = number ?? record.QuerySelector(".breadcrumbs [aria-current=page]")!.TextContent;
            Assert.All(group, e => Assert.EndsWith(" — " + name, S(e, "l")));
        }
        Assert.Contains(items, e => S(e, "l") == "Nhiệm vụ 2.1.2.2 — 01-CTr/TU" && S(e, "u").EndsWith("#s2-1-i2-2", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("s2-i5", "Nhiệm vụ 2.5 — 01-CTr/TU")]
    [InlineData("s2-2-1-i1-1-3", "Nhiệm vụ 2.2.1.1.1.3 — 01-CTr/TU")]
    [InlineData("i-3-2-5", "Nhiệm vụ 3.2.5 — 01-CTr/TU")]
    [InlineData("tieu-de", "Nhiệm vụ — 01-CTr/TU")]
    public void An_item_label_is_the_numbers_of_its_anchor_and_the_program_name(string anchor, string label) =>
        Assert.Equal(label, Building.IndexSearchStage.ItemLabel(anchor, "01-CTr/TU"));

    [Fact]
    public void Source_lines_on_program_pages_point_at_the_text_they_mark()
    {
        var checkedCount = 0;
        var wrong = new List<string>();
        foreach (var page in Directory.GetFiles(Path.Combine(site.Output, "programs"), "*.html").Order(StringComparer.Ordinal))
        {
            var source = File.ReadAllLines(Path.Combine(TestPaths.Content, Path.GetFileNameWithoutExtension(page).Replace('-', '_') + ".txt"));
            foreach (var element in Load(page).QuerySelectorAll("main [data-source-line]"))
            {
                var line = int.Parse(element.GetAttribute("data-source-line")!);
                Assert.InRange(line, 1, source.Length);
                var own = (IElement)element.Clone();
                foreach (var nested in own.QuerySelectorAll("ul, ol, em")) nested.Remove();
                // The first three words of the element's own text, numbering (I, 2.1, a) and punctuation left out.
                var words = Words(own.TextContent).SkipWhile(w => w.All(c => char.IsDigit(c) || "ivxlcdm".Contains(c)) || w.Length == 1).Take(3);
                var start = string.Join(' ', words);
                if (!string.Join(' ', Words(source[line - 1])).Contains(start))
                    wrong.Add($"{Path.GetFileName(page)}:{line}: \"{start}\" not in \"{source[line - 1]}\"");
                checkedCount++;
            }
        }
        Assert.True(checkedCount > 100, $"only {checkedCount} elements carry a source line");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(20)));
    }

    private static IEnumerable<string> Words(string text) =>
        new string([.. Text.VietnameseText.Fold(text).Select(c => char.IsLetterOrDigit(c) ? c : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void The_sitemap_lists_pages_with_relative_locations()
    {
        var sitemap = File.ReadAllText(Path.Combine(site.Output, "sitemap.xml"));
        Assert.Contains("<loc>index.html</loc>", sitemap);
        Assert.Contains("<loc>programs/", sitemap);
        Assert.DoesNotContain("404.html", sitemap);
    }
}
