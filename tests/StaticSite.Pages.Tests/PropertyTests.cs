using CsCheck;
using StaticSite.Bodies;
using StaticSite.Config;
using StaticSite.Model;
using StaticSite.Reading;

namespace StaticSite.Pages.Tests;

/// <summary>What must hold for any document: every link resolves, every section and item has its anchor, no raw HTML but anchors.</summary>
public sealed class PropertyTests
{
    private static readonly Gen<string> Text = Gen.OneOf(
            Gen.Char["<>&[]()*_`#-+!|{}~^=$\\.:;'\"/ "].Select(c => c.ToString()),
            Gen.Char['a', 'z'].Select(c => c.ToString()),
            Gen.Int[0, 9].Select(i => new[] { "Nghị quyết số 28-NQ/TW", " Kế hoạch số 12-KH/TW ngày 28/11/2022 ", "Luật 97/2019/QH14", "<script>", "1. ", "- ", "Ban Tổ chức", "www.x.vn", "](", "\n" }[i]))
        .Array[0, 12].Select(parts => string.Concat(parts));

    private sealed record Node(string Text, bool Heading, int Style, Node[] Children);

    private static Gen<Node> NodeGen(int depth) =>
        Gen.Select(Text, Gen.Bool, Gen.Int[0, 3], depth <= 0 ? Gen.Const(Array.Empty<Node>()) : NodeGen(depth - 1).Array[0, 3])
            .Select(t => new Node(t.Item1, t.Item2, t.Item3, t.Item4));

    private static Item ToItem(Node node, string id)
    {
        var span = SourceSpan.At("g.txt", node.Style + 1);
        var marker = node.Style switch
        {
            0 => ItemMarker.None,
            1 => new ItemMarker(MarkerStyle.Dash, "-", []),
            2 => new ItemMarker(MarkerStyle.Letter, "a)", [1]),
            _ => new ItemMarker(MarkerStyle.Decimal, "1.", [1]),
        };
        var deadline = node.Style == 3 ? new Deadline(node.Text, DeadlineKind.DateRange, new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), span) : null;
        return new Item(id, marker, node.Text, node.Heading, deadline, span, [.. node.Children.Select((c, k) => ToItem(c, $"{id}-{k + 1}"))]);
    }

    private static readonly Gen<ProgramDocument> Document =
        Gen.Select(NodeGen(2).Array[0, 4].Array[1, 3], Text, Gen.Int[0, 100]).Select(t =>
        {
            var sections = t.Item1.Select((nodes, s) => new Section($"s-{s + 1}", SectionLevel.Roman, SectionRole.Tasks, "I", "NHIỆM VỤ", null,
                SourceSpan.At("g.txt", s + 1), [.. nodes.Select((n, k) => ToItem(n, $"i-{s + 1}-{k + 1}"))], [])).ToList();
            var items = sections.SelectMany(s => s.Items.SelectMany(i => i.SelfAndDescendants())).ToList();
            var chosen = items.Where((_, k) => (k + t.Item3) % 3 != 0).ToList();
            return new ProgramDocument
            {
                Path = "g.txt", Slug = "g", Kind = ProgramKind.Plan, Title = new TextNode(t.Item2, SourceSpan.At("g.txt", 1)), Issuer = SampleCorpus.CanTho,
                Preamble = [new TextNode(t.Item2, SourceSpan.At("g.txt", 2))],
                Sections = [.. sections],
                Assignments = chosen.Count == 0 ? [] : [new Assignment(SampleCorpus.ToChucCanTho, t.Item3 % 2 == 0 ? AssignmentRole.Lead : AssignmentRole.Cooperate, AssignmentSource.Sentence, [.. chosen], SourceSpan.At("g.txt", 1))],
                Recipients = [new Recipient(t.Item2, RecipientPurpose.Implement, [], SourceSpan.At("g.txt", 9))],
                RecipientsHeading = new TextNode("Nơi nhận:", SourceSpan.At("g.txt", 9)),
            };
        });

    [Fact]
    public void Any_document_gives_a_tree_whose_links_and_anchors_all_hold()
    {
        Document.Sample(doc =>
        {
            var corpus = new Corpus([doc], BodyRegistry.Default, new SiteConfig(), new DateOnly(2024, 6, 1));
            var pages = MarkdownSiteWriter.Write(corpus);
            var tree = new MarkdownTree();
            foreach (var page in pages) tree.Add(page.Path, page.FileText);
            Assert.Empty(tree.BrokenLinks());
            var ids = tree.Ids["programs/g.md"];
            foreach (var section in doc.AllSections()) Assert.Contains(section.Id, ids);
            foreach (var (_, item) in doc.AllItems()) Assert.Contains(item.Id, ids);
            var checklistItems = ChecklistBuilder.Build(corpus).SelectMany(c => c.Groups).SelectMany(g => g.Entries).Count();
            Assert.Equal(doc.Assignments.SelectMany(a => a.Items).Select(i => i.Id).Distinct().Count(), checklistItems);
        }, iter: 150);
    }
}
