using System.Text.Json;
using StaticSite.Model;
using StaticSite.Site.Building;

namespace StaticSite.Compare.Tests;

/// <summary>The comparisons beyond the pages made: the data scripts of the on-demand page and the links that reach every pair.</summary>
public sealed class OnDemandTests
{
    private static ProgramDocument Program(string slug, string committee, int tasks) =>
        new Build(slug, committee).Bodies("NHIỆM VỤ", ("Ban Tuyên giáo Tỉnh ủy",
            [.. Enumerable.Range(1, tasks).Select(i => $"Tham mưu nhiệm vụ số {i} về công tác tuyên truyền nghị quyết")])).Document("28-NQ/TW");

    [Fact]
    public void Every_program_reaches_every_other_of_its_resolution_by_a_page_or_the_on_demand_page()
    {
        ProgramDocument[] programs = [Program("p1", "Tỉnh ủy A", 2), Program("p2", "Tỉnh ủy B", 4), Program("p3", "Tỉnh ủy C", 8), Program("p4", "Tỉnh ủy D", 16)];
        var pairs = ComparisonPlanner.Pairs(programs, closest: 1);
        var pages = new ComparisonPages(programs, pairs, new Dictionary<string, string> { ["28-NQ/TW"] = "references/28-nq-tw.html" });

        var related = pages.Related().ToList();

        Assert.True(pairs.Count < 6, "closest 1 makes fewer pages than pairs");
        foreach (var p in programs)
        {
            var links = related.Where(r => r.Page == $"programs/{p.Slug}.html").Select(r => r.Link.Target).ToList();
            foreach (var q in programs.Where(q => q != p))
            {
                var made = pairs.Any(x => (x.A == p && x.B == q) || (x.A == q && x.B == p));
                var expected = made ? ComparisonPlanner.PathOf(pairs.Any(x => x.A == p && x.B == q) ? p : q, pairs.Any(x => x.A == p && x.B == q) ? q : p)
                    : $"compare/chon.html?r=28-NQ%2FTW&a={p.Slug}&b={q.Slug}";
                Assert.Contains(expected, links);
            }
        }
        var reference = related.Where(r => r.Page == "references/28-nq-tw.html").Select(r => r.Link.Target).ToList();
        Assert.Contains("compare/chon.html?r=28-NQ%2FTW", reference);
        Assert.Contains(ComparisonPages.IndexPath, reference);
        Assert.Equal(pairs.Count + 2, reference.Count);
    }

    [Fact]
    public void Beyond_a_few_others_a_program_page_links_the_picker_once()
    {
        var programs = Enumerable.Range(1, ComparisonPages.OnDemandLinks + 3).Select(i => Program($"p{i}", $"Tỉnh ủy {i}", i)).ToArray();
        var pages = new ComparisonPages(programs, ComparisonPlanner.Pairs(programs, closest: 1), new Dictionary<string, string>());

        var onDemand = pages.Related().Where(r => r.Page == "programs/p1.html" && r.Link.Target.StartsWith(ComparisonPages.PickerPath, StringComparison.Ordinal)).ToList();

        var link = Assert.Single(onDemand).Link;
        Assert.Equal("compare/chon.html?r=28-NQ%2FTW&a=p1", link.Target);
        Assert.Contains($"{ComparisonPages.OnDemandLinks + 1} chương trình khác", link.Text);
    }

    [Fact]
    public void The_data_script_holds_groups_and_items_and_cannot_close_a_script_element()
    {
        var document = new Build("a", "Thành ủy Cần Thơ")
            .Section(SectionRole.Purpose, "MỤC ĐÍCH, YÊU CẦU", "Quán triệt sâu sắc nghị quyết </script><script>alert(1)</script>")
            .Bodies("NHIỆM VỤ", ("Ban Tổ chức Thành ủy", ["Tham mưu sắp xếp tổ chức bộ máy (năm 2025)"]))
            .Document("28-NQ/TW");

        var script = CompareData.Of(document, "Chương trình A", "programs/a.html").Script();

        const string head = "window.COMPARE_DATA = window.COMPARE_DATA || {};\nwindow.COMPARE_DATA[\"a\"] = ";
        Assert.StartsWith(head, script);
        Assert.DoesNotContain("</script", script, StringComparison.OrdinalIgnoreCase);
        using var json = JsonDocument.Parse(script[head.Length..].TrimEnd().TrimEnd(';'));
        var root = json.RootElement;
        Assert.Equal("Thành ủy Cần Thơ", root.GetProperty("label").GetString());
        Assert.Equal(["28-NQ/TW"], root.GetProperty("resolutions").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["purpose", "tasks", "ban-to-chuc"], root.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("key").GetString()));
        var items = root.GetProperty("items").EnumerateArray().ToList();
        // The body heading (2.1. Ban Tổ chức Thành ủy) is the block's own row, not an item.
        Assert.Equal(2, items.Count);
        Assert.Equal(["purpose"], items[0].GetProperty("groups").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["ban-to-chuc"], items[1].GetProperty("groups").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("năm 2025", items[1].GetProperty("deadline").GetString());
        Assert.Equal("2025-01-01..2025-12-31", items[1].GetProperty("deadlineKey").GetString());
        Assert.Equal(["Ban Tổ chức Thành ủy Thành ủy Cần Thơ"], items[1].GetProperty("lead").EnumerateArray().Select(e => e.GetString()));
    }
}
