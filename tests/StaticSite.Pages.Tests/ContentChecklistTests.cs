using System.Text.RegularExpressions;
using StaticSite.Config;
using StaticSite.Model;
using StaticSite.Reading;
using StaticSite.Tests;

namespace StaticSite.Pages.Tests;

/// <summary>
/// The two sample documents that list tasks per body (<c>2.1. Ban ... </c> followed by its items): every item under
/// each body heading, counted in the source text itself, is in that body's checklist, at its line.
/// </summary>
public sealed class ContentChecklistTests
{
    private static readonly Lazy<(Corpus Corpus, IReadOnlyList<Checklist> Checklists)> Built = new(() =>
    {
        var corpus = ContentReader.Load(new SiteConfig(), TestPaths.Content);
        return (corpus, ChecklistBuilder.Build(corpus));
    });

    [Theory]
    [InlineData("000_3a5651ff20a9df67.txt", 10, 34)]
    [InlineData("002_a7de56b83dec73d2.txt", 9, 44)]
    public void Every_item_under_a_body_heading_is_in_that_bodys_checklist(string file, int headings, int items)
    {
        var (corpus, checklists) = Built.Value;
        var doc = corpus.Documents.Single(d => d.Path == file);
        var lines = File.ReadAllLines(Path.Combine(TestPaths.Content, file));
        var blocks = BodyBlocks(lines, headings);
        Assert.Equal(headings, blocks.Count);
        Assert.Equal(items, blocks.Sum(b => b.ItemLines.Count));
        foreach (var (headingLine, itemLines, end) in blocks)
        {
            var assignment = doc.Assignments.FirstOrDefault(a => a.Source == AssignmentSource.Heading && a.Span.Line == headingLine);
            Assert.True(assignment is not null, $"{file}:{headingLine}: no body read from the heading «{lines[headingLine - 1]}»");
            var checklist = checklists.Single(c => c.Body.Id == assignment.Body.Id);
            var group = checklist.Groups.Single(g => g.ProgramSlug == doc.Slug);
            var entryLines = group.Entries.Where(e => e.Span.Line > headingLine && e.Span.Line < end).Select(e => e.Span.Line).Order().ToList();
            Assert.True(itemLines.Count > 0, $"{file}:{headingLine}: no items counted");
            Assert.True(itemLines.SequenceEqual(entryLines),
                $"{file}:{headingLine} {assignment.Body.Name}: source items at lines [{string.Join(", ", itemLines)}], checklist entries at [{string.Join(", ", entryLines)}]");
        }
    }

    // Issue 12: under "5. Các Ban Đảng và Văn phòng Thành ủy" of 001 each member used to get every item as its own lead.
    [Fact]
    public void No_row_of_one_members_checklist_names_another_member_as_its_lead()
    {
        var (corpus, checklists) = Built.Value;
        var rows = 0;
        foreach (var checklist in checklists.Where(c => !c.Body.IsGroup))
            foreach (var group in checklist.Groups)
            {
                var doc = corpus.Documents.Single(d => d.Slug == group.ProgramSlug);
                foreach (var entry in group.Entries.Where(e => e.Role == AssignmentRole.Lead))
                {
                    rows++;
                    // What the model says leads the item by its own words (its sentence or its organization item).
                    var leads = doc.Assignments
                        .Where(a => a.Role == AssignmentRole.Lead && a.Source is AssignmentSource.Sentence or AssignmentSource.OrganizationItem && a.Items.Any(i => i.Id == entry.ItemId))
                        .Select(a => a.Body).ToList();
                    var where = $"{checklist.Slug}: {doc.Path}:{entry.Span.Line} «{entry.Text[..Math.Min(80, entry.Text.Length)]}»";
                    if (leads.Count > 0)
                        Assert.True(leads.Any(b => b.Id == checklist.Body.Id) || entry.Via is not null && leads.Any(b => b.Name == entry.Via),
                            $"{where} is led by {string.Join(", ", leads.Select(b => b.Name))}, not by this body");
                    // And in the words themselves: "Ban Nội chính Thành ủy chủ trì …" is no other body's own lead.
                    var at = entry.Text.IndexOf(" chủ trì", StringComparison.Ordinal);
                    if (at <= 0 || entry.Via is not null) continue;
                    var named = corpus.Registry.Resolve(entry.Text[..at], doc.Issuer);
                    if (named.IsKnown && !named.IsGroup)
                        Assert.True(named.Id == checklist.Body.Id, $"{where} names {named.Name} as its lead");
                }
            }
        Assert.True(rows > 100, $"only {rows} lead rows checked");
    }

    // The headings 2.1 … 2.N of the "Nhiệm vụ cụ thể" block and, under each, the lines that start an item: a "-" or "+"
    // bullet, or a paragraph that starts with a capital (a lower-case start goes on from the line above a page break).
    private static List<(int HeadingLine, List<int> ItemLines, int End)> BodyBlocks(string[] lines, int count)
    {
        static string Bare(string line) => line.Trim().Trim('#', '*', ' ');
        var start = Array.FindIndex(lines, l => Bare(l).EndsWith("Nhiệm vụ cụ thể", StringComparison.Ordinal));
        Assert.True(start >= 0);
        var headingIndexes = new List<int>();
        for (var k = 1; k <= count; k++)
        {
            var pattern = new Regex($"^2\\.{k}\\.\\s");
            var at = Array.FindIndex(lines, start + 1, l => pattern.IsMatch(Bare(l)));
            Assert.True(at > 0, $"heading 2.{k} not found");
            headingIndexes.Add(at);
        }
        var sectionEnd = Array.FindIndex(lines, headingIndexes[^1] + 1, l => Regex.IsMatch(Bare(l), "^([IVX]+[-.]\\s|Phần thứ)"));
        var blocks = new List<(int, List<int>, int)>();
        for (var h = 0; h < headingIndexes.Count; h++)
        {
            var end = h + 1 < headingIndexes.Count ? headingIndexes[h + 1] : sectionEnd;
            var items = new List<int>();
            for (var i = headingIndexes[h] + 1; i < end; i++)
            {
                var bare = Bare(lines[i]);
                if (bare.Length == 0) continue;
                if (bare[0] is '-' or '+' || char.IsUpper(bare[0])) items.Add(i + 1);
            }
            blocks.Add((headingIndexes[h] + 1, items, end + 1));
        }
        return blocks;
    }
}
