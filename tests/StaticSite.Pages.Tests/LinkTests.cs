using StaticSite.Tests;

namespace StaticSite.Pages.Tests;

public sealed class LinkTests
{
    private static (string Dir, MarkdownTree Tree, IReadOnlyList<MarkdownPage> Pages) Build(Reading.Corpus corpus)
    {
        var pages = MarkdownSiteWriter.Write(corpus);
        var dir = TestPaths.NewTempDir("pages");
        MarkdownPageSink.WriteAll(pages, Path.Combine(dir, "md"));
        return (dir, MarkdownTree.Read(Path.Combine(dir, "md")), pages);
    }

    [Fact]
    public void Every_relative_link_of_the_sample_tree_resolves_to_a_file_and_an_anchor()
    {
        var (_, tree, pages) = Build(SampleCorpus.Build());
        Assert.Empty(tree.BrokenLinks());
        Assert.True(tree.Links.Count > 40, $"only {tree.Links.Count} links");
        Assert.Equal(pages.Select(p => p.Path), tree.Ids.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_section_and_item_has_its_model_id_as_anchor()
    {
        var corpus = SampleCorpus.Build();
        var (_, tree, _) = Build(corpus);
        foreach (var doc in corpus.Documents)
        {
            var ids = tree.Ids[PagePaths.Program(doc.Slug)];
            foreach (var section in doc.AllSections()) Assert.Contains(section.Id, ids);
            foreach (var (_, item) in doc.AllItems()) Assert.Contains(item.Id, ids);
        }
    }

    [Fact]
    public void Every_page_lists_the_pages_that_link_to_it()
    {
        var (_, tree, _) = Build(SampleCorpus.Build());
        var content = tree.Links.Where(l => !l.InBacklinks).Select(l => (l.From, To: MarkdownTree.Resolve(l.From, l.Url)!.Value.Page)).Where(l => l.From != l.To).ToHashSet();
        var listed = tree.Links.Where(l => l.InBacklinks).Select(l => (From: MarkdownTree.Resolve(l.From, l.Url)!.Value.Page, To: l.From)).ToHashSet();
        Assert.NotEmpty(content);
        Assert.Equal(content.Order(), listed.Order());
    }

    [Fact]
    public void Pages_are_the_same_from_build_to_build()
    {
        var first = MarkdownSiteWriter.Write(SampleCorpus.Build());
        var second = MarkdownSiteWriter.Write(SampleCorpus.Build());
        Assert.Equal(first.Select(p => p.FileText), second.Select(p => p.FileText));
    }

    [Fact]
    public void Page_paths_are_ascii_slugs_in_their_folders()
    {
        var pages = MarkdownSiteWriter.Write(SampleCorpus.Build());
        var paths = pages.Select(p => p.Path).ToList();
        Assert.Contains("index.md", paths);
        Assert.Contains("programs/a-can-tho.md", paths);
        Assert.Contains("references/28-nq-tw.md", paths);
        Assert.Contains("references/97-2019-qh14.md", paths);
        Assert.Contains("references/08-kl-btctw.md", paths);
        Assert.Contains("references/218-qd-tw.md", paths);
        Assert.Contains("bodies/ban-to-chuc-thanh-uy-can-tho.md", paths);
        Assert.Contains("bodies/ban-to-chuc-thanh-uy-ha-noi.md", paths);
        Assert.Contains("checklists/ban-to-chuc-thanh-uy-can-tho.md", paths);
        Assert.All(paths, p => Assert.Matches("^(index|(programs|bodies|references|checklists)/[a-z0-9-]+)\\.md$", p));
        Assert.Equal(paths.Count, paths.Distinct().Count());
    }

    [Fact]
    public void Sample_content_builds_a_tree_without_broken_links()
    {
        var corpus = Reading.ContentReader.Load(new Config.SiteConfig(), TestPaths.Content);
        var (_, tree, pages) = Build(corpus);
        Assert.Equal(corpus.Documents.Length, pages.Count(p => p.Kind == PageKind.Program));
        Assert.Empty(tree.BrokenLinks());
    }
}

public sealed class LinkCheckerTests
{
    [Fact]
    public void The_checker_finds_a_missing_page_and_a_missing_anchor()
    {
        var tree = new MarkdownTree();
        tree.Add("programs/a.md", "## <a id=\"s-1\"></a>I. MỤC ĐÍCH\n\n- <a id=\"i-1\"></a>**1\\.** x [ok](#s-1) [page](../bodies/b.md) [anchor](../bodies/b.md#nope) [missing](c.md)\n");
        tree.Add("bodies/b.md", "# <a id=\"tieu-de\"></a>B\n\n[back](../programs/a.md#i-1)\n");
        Assert.Equal(
            ["programs/a.md: ../bodies/b.md#nope → missing anchor #nope in bodies/b.md", "programs/a.md: c.md → missing page programs/c.md"],
            tree.BrokenLinks().ToList());
    }
}
