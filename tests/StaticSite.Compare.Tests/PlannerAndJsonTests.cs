using System.Text.Json;
using StaticSite.Model;

namespace StaticSite.Compare.Tests;

public sealed class PlannerAndJsonTests
{
    [Fact]
    public void Programs_implementing_the_same_resolution_are_paired_once_in_input_order()
    {
        var docs = new[]
        {
            new Build("can-tho", "Thành ủy Cần Thơ").Document("28-NQ/TW"),
            new Build("ha-noi", "Thành ủy Hà Nội").Document("21-NQ/TW"),
            new Build("quang-ngai", "Tỉnh ủy Quảng Ngãi").Document("12-KH/TW", "28-NQ/TW"),
            new Build("other", "Tỉnh ủy X").Document(),
        };

        var pair = Assert.Single(ComparisonPlanner.Pairs(docs));

        Assert.Equal(("can-tho", "quang-ngai"), (pair.A.Slug, pair.B.Slug));
        Assert.Equal(["28-NQ/TW"], pair.Resolutions.ToArray());
        Assert.Equal("compare/can-tho--quang-ngai.html", pair.PagePath);
        Assert.Single(ComparisonPlanner.Implementing(ComparisonPlanner.Pairs(docs), "28-NQ/TW"));
        Assert.Empty(ComparisonPlanner.Implementing(ComparisonPlanner.Pairs(docs), "21-NQ/TW"));
        Assert.Single(ComparisonPlanner.Involving(ComparisonPlanner.Pairs(docs), docs[2]));
        Assert.Empty(ComparisonPlanner.Involving(ComparisonPlanner.Pairs(docs), docs[1]));
    }

    [Fact]
    public void Three_programs_of_one_resolution_give_three_pairs()
    {
        var docs = new[] { "x", "y", "z" }.Select(s => new Build(s, "Tỉnh ủy " + s).Document("28-NQ/TW")).ToList();

        Assert.Equal(["x--y", "x--z", "y--z"], ComparisonPlanner.Pairs(docs).Select(p => $"{p.A.Slug}--{p.B.Slug}"));
    }

    [Fact]
    public void Many_programs_of_one_resolution_are_each_paired_with_their_closest_few_not_with_every_other()
    {
        // 40 programs of one resolution, program k with k tasks: all pairs would be 780; with closest 2 each program
        // is paired with the two nearest in task count, so every program is on some page and the pages stay O(n).
        var docs = Enumerable.Range(0, 40).Select(k => new Build($"p{k:D2}", "Tỉnh ủy " + k)
            .Section(SectionRole.Tasks, "NHIỆM VỤ", [.. Enumerable.Range(0, k + 1).Select(t => $"Nhiệm vụ thứ {t} của chương trình {k}")])
            .Document("28-NQ/TW")).ToList();

        var pairs = ComparisonPlanner.Pairs(docs, closest: 2);

        Assert.InRange(pairs.Count, 40, 80);
        Assert.All(docs, d => Assert.NotEmpty(ComparisonPlanner.Involving(pairs, d)));
        Assert.Equal(["p00--p01", "p00--p02"], ComparisonPlanner.Involving(pairs, docs[0]).Select(p => $"{p.A.Slug}--{p.B.Slug}"));
        Assert.Equal(["p19--p20", "p20--p21"], ComparisonPlanner.Involving(pairs, docs[20]).Select(p => $"{p.A.Slug}--{p.B.Slug}"));
        Assert.All(pairs, p => Assert.InRange(Math.Abs(p.A.TaskCount - p.B.TaskCount), 1, 2));
        Assert.Empty(ComparisonPlanner.Pairs(docs, closest: 0));
    }

    [Fact]
    public void The_json_alignment_has_pairs_with_both_sides_and_the_unmatched_nodes_of_each()
    {
        var a = new Build("a", "Thành ủy Cần Thơ").Bodies("NHIỆM VỤ",
            ("Ban Tổ chức Thành ủy", ["Xây dựng đội ngũ cán bộ các cấp đủ phẩm chất, năng lực, uy tín"]),
            ("Ban Nội chính Thành ủy", ["Tiếp công dân và xử lý đơn thư khiếu nại, tố cáo"])).Document();
        var b = new Build("b", "Tỉnh ủy Quảng Ngãi").Bodies("NHIỆM VỤ",
            ("Ban Tổ chức Tỉnh ủy", ["Xây dựng đội ngũ cán bộ các cấp đủ phẩm chất, năng lực, uy tín", "Đẩy mạnh phát triển tổ chức cơ sở đảng"])).Document();

        using var json = JsonDocument.Parse(ComparisonJsonWriter.Write(ProgramComparer.Compare(a, b)));
        var root = json.RootElement;
        var pairs = root.GetProperty("pairs").EnumerateArray().ToList();

        Assert.Equal(["section", "body", "item"], pairs.Select(p => p.GetProperty("kind").GetString()));
        var item = pairs[2];
        Assert.Equal(3, item.GetProperty("a").GetProperty("line").GetInt32());
        Assert.Equal("Xây dựng đội ngũ cán bộ các cấp đủ phẩm chất, năng lực, uy tín", item.GetProperty("b").GetProperty("text").GetString());
        Assert.Equal(1.0, item.GetProperty("score").GetDouble());
        Assert.Equal(["body:ban-noi-chinh", "item:ban-noi-chinh"], root.GetProperty("onlyA").EnumerateArray().Select(o => $"{o.GetProperty("kind").GetString()}:{o.GetProperty("group").GetString()}"));
        Assert.Equal("Đẩy mạnh phát triển tổ chức cơ sở đảng", root.GetProperty("onlyB")[0].GetProperty("text").GetString());
        Assert.Equal(ProgramComparer.ItemThreshold, root.GetProperty("threshold").GetDouble());
    }
}
