using StaticSite.Bodies;
using StaticSite.Config;
using StaticSite.Model;
using StaticSite.Reading;
using StaticSite.Tests;

namespace StaticSite.Pages.Tests;

public sealed class HostileAndMentionTests
{
    private const string Evil = "<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3)) *a* _b_ `c` # d | e &amp;";

    private static ProgramDocument HostileDocument()
    {
        const string f = "evil.txt";
        var span = SourceSpan.At(f, 1);
        var body = new BodyRef(Evil, "co-quan-x", Evil, "co-quan-x", null, false, false, []);
        var item = new Item("i-1", new ItemMarker(MarkerStyle.Decimal, "<b>1.</b>", [1]), Evil, false, new Deadline(Evil, DeadlineKind.Unparsed, null, null, span), span, []);
        var row = new Item("i-2", new ItemMarker(MarkerStyle.TableRow, "<i>", []), Evil, false, null, span, []);
        return new ProgramDocument
        {
            Path = "evil<script>.txt",
            Slug = "evil",
            Kind = ProgramKind.Plan,
            KindLine = new TextNode(Evil, span),
            Title = new TextNode(Evil, span),
            Issuer = new Issuer(Evil, Evil, CommitteeLevel.Unknown, null, IssuerSource.Text, null),
            Header = new DocumentHeader(Evil, null, Evil, span),
            Preamble = [new TextNode(Evil, span), new TextNode("- " + Evil, span), new TextNode("1. " + Evil, span)],
            Sections = [new Section("s-1", SectionLevel.Roman, SectionRole.Tasks, "<I>", Evil, null, span, [item, row], [])],
            Assignments = [new Assignment(body, AssignmentRole.Lead, AssignmentSource.Sentence, [item], span)],
            Tables = [new AppendixTable(new TextNode(Evil, span), [Evil, "TT"], [new TableRow([Evil, Evil, Evil], [1], row, span)], span)],
            Recipients = [new Recipient(Evil, RecipientPurpose.Implement, [], span)],
            RecipientsHeading = new TextNode("Nơi nhận:", span),
            Signature = new Signature(Evil, Evil, Evil, Evil, span),
            Notes = [new TextNode(Evil, span)],
            Unplaced = [new TextNode(Evil, span)],
        };
    }

    [Fact]
    public void Hostile_text_everywhere_gives_no_html_but_the_anchors_and_no_foreign_links()
    {
        var corpus = new Corpus([HostileDocument()], new BodyRegistry([]), new SiteConfig { Title = Evil }, new DateOnly(2024, 1, 1));
        var pages = MarkdownSiteWriter.Write(corpus, new Dictionary<string, DocumentStatus> { ["evil"] = new(1, 1, 1) });
        var tree = new MarkdownTree();
        // MarkdownTree.Add fails on any raw HTML other than <a id="..."></a> anchors.
        foreach (var page in pages) tree.Add(page.Path, page.FileText);
        Assert.Empty(tree.BrokenLinks());
        Assert.DoesNotContain(tree.Links, l => l.Url.Contains("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(pages, p => p.Path == "checklists/co-quan-x.md");
    }

    [Fact]
    public void Body_names_in_the_text_link_to_their_pages_and_the_pages_list_the_places()
    {
        var sample = SampleCorpus.Build();
        var corpus = sample with { Registry = BodyRegistry.Default };
        var pages = MarkdownSiteWriter.Write(corpus).ToDictionary(p => p.Path);
        var program = pages["programs/a-can-tho.md"].Markdown;
        var plan = SitePlan.Create(corpus);
        var toChuc = plan.Bodies.Single(b => b.Body.Name == "Ban Tổ chức Thành ủy Cần Thơ");
        // The table's Cơ quan chủ trì cell and the heading "2. Ban Tổ chức Thành ủy" name the body.
        Assert.Contains($"[Ban Tổ chức Thành ủy](../bodies/{toChuc.Slug}.md)", program);
        Assert.Contains(toChuc.Mentions, m => m.ProgramSlug == "a-can-tho" && m.Anchor == "i-4-1");
        Assert.Contains(toChuc.Mentions, m => m.ProgramSlug == "a-can-tho" && m.Anchor == "i-3-2");
        Assert.Contains("(../programs/a-can-tho.md#i-4-1)", pages[PagePaths.Body(toChuc.Slug)].Markdown);
        var tree = new MarkdownTree();
        foreach (var page in pages.Values) tree.Add(page.Path, page.FileText);
        Assert.Empty(tree.BrokenLinks());
    }

    [Fact]
    public void References_whose_ids_slug_alike_get_different_pages()
    {
        const string f = "x.txt";
        var span = SourceSpan.At(f, 1);
        var doc = new ProgramDocument
        {
            Path = f, Slug = "x", Kind = ProgramKind.Plan,
            References = [new Reference("1-KH/TU", "Kế hoạch", "1", "KH", "TU", null, "Kế hoạch số 1-KH/TU", span), new Reference("1/KH-TU", "Kế hoạch", "1", "KH", "TU", null, "Kế hoạch 1/KH-TU", span)],
        };
        var corpus = new Corpus([doc], new BodyRegistry([]), new SiteConfig(), new DateOnly(2024, 1, 1));
        var paths = MarkdownSiteWriter.Write(corpus).Select(p => p.Path).Where(p => p.StartsWith("references/", StringComparison.Ordinal)).ToList();
        Assert.Equal(["references/1-kh-tu-2.md", "references/1-kh-tu.md"], paths);
    }

    [Fact]
    public void The_sink_writes_every_page_and_refuses_paths_out_of_the_folder()
    {
        var dir = TestPaths.NewTempDir("sink");
        var pages = MarkdownSiteWriter.Write(SampleCorpus.Build());
        var written = MarkdownPageSink.WriteAll(pages, dir);
        Assert.Equal(pages.Length, written.Count);
        Assert.Equal(pages[0].FileText, File.ReadAllText(Path.Combine(dir, pages[0].Path)));
        var evil = pages[0] with { Path = "../evil.md" };
        Assert.Throws<ArgumentException>(() => MarkdownPageSink.WriteAll([evil], dir));
        Assert.Throws<ArgumentException>(() => MarkdownPageSink.WriteAll([pages[0] with { Path = "/tmp/evil.md" }], dir));
    }
}
