using System.Collections.Immutable;
using StaticSite.Bodies;
using StaticSite.Model;

namespace StaticSite.Core.Tests.Bodies;

/// <summary>Who does what, decided once: each assignment rule of issue 12 on a crafted document.</summary>
public sealed class AssignmentRuleTests
{
    private const string File = "doc.txt";

    private static Item I(string marker, string text, params Item[] children)
    {
        var style = marker switch { "" => MarkerStyle.Paragraph, "-" => MarkerStyle.Dash, _ => MarkerStyle.Decimal };
        return new Item("x", new ItemMarker(style, marker, []), text, children.Length > 0, null, SourceSpan.At(File, 0), [.. children]);
    }

    // Items numbered in source order: ids i-1, i-2, … on lines 1, 2, …
    private static ProgramDocument Doc(Issuer? issuer, params Item[] items)
    {
        var n = 0;
        Item Number(Item item)
        {
            var line = ++n;
            return item with { Id = $"i-{line}", Span = SourceSpan.At(File, line), Children = [.. item.Children.Select(Number)] };
        }
        var section = new Section("s", SectionLevel.Roman, SectionRole.Organization, "IV", "TỔ CHỨC THỰC HIỆN", null, SourceSpan.At(File, 1), [.. items.Select(Number)], []);
        return new() { Path = File, Slug = "doc", Kind = ProgramKind.Program, Issuer = issuer, Sections = [section], Tables = [] };
    }

    private static ImmutableArray<Assignment> Extract(ProgramDocument doc) => AssignmentExtractor.Extract(doc, BodyRegistry.Default);

    private static List<string> Show(ProgramDocument doc) =>
        [.. Extract(doc).Select(a => $"{a.Body.Function}|{a.Role}|{a.Source}|{string.Join(",", a.Items.Select(i => i.Id))}|{a.HeadingItem}")];

    [Fact]
    public void Group_heading_with_a_member_named_as_lead_gives_the_item_to_that_member_only()
    {
        var shown = Show(Doc(BodyRegistryTests.HaNoi,
            I("5.", "Các Ban Đảng và Văn phòng Thành ủy",
                I("-", "Ban Tuyên giáo Thành ủy chủ trì tham mưu việc tổ chức học tập, quán triệt"))));
        Assert.Equal(
        [
            "cac-ban-xay-dung-dang|Lead|Heading||i-1",
            "ban-tuyen-giao|Lead|OrganizationItem|i-2|i-1",
        ], shown);
    }

    [Fact]
    public void Group_heading_with_no_member_named_keeps_the_item_for_the_group()
    {
        var shown = Show(Doc(BodyRegistryTests.HaNoi,
            I("5.", "Các Ban Đảng và Văn phòng Thành ủy",
                I("-", "Xây dựng kế hoạch tổ chức thực hiện Chương trình hành động theo chức năng, nhiệm vụ được giao"))));
        Assert.Equal(["cac-ban-xay-dung-dang|Lead|Heading|i-2|i-1"], shown);
    }

    [Fact]
    public void Group_heading_with_two_members_named_as_lead_gives_the_item_to_both()
    {
        var shown = Show(Doc(BodyRegistryTests.HaNoi,
            I("5.", "Các Ban Đảng và Văn phòng Thành ủy",
                I("-", "Ban Tổ chức Thành ủy và Ban Tuyên giáo Thành ủy chủ trì tham mưu sơ kết"))));
        Assert.Equal(
        [
            "cac-ban-xay-dung-dang|Lead|Heading||i-1",
            "ban-to-chuc|Lead|OrganizationItem|i-2|i-1",
            "ban-tuyen-giao|Lead|OrganizationItem|i-2|i-1",
        ], shown);
    }

    [Fact]
    public void A_member_named_as_cooperating_cooperates_and_the_lead_leads_wherever_it_stands()
    {
        var shown = Show(Doc(BodyRegistryTests.HaNoi,
            I("5.", "Các Ban Đảng và Văn phòng Thành ủy",
                I("-", "Ban Nội chính Thành ủy chủ trì, phối hợp với Văn phòng Thành ủy tham mưu Thành ủy chỉ đạo")),
            I("6.", "Ban Tổ chức Thành ủy",
                I("-", "Ban Dân vận Thành ủy chủ trì, phối hợp với Ban Tổ chức Thành ủy rà soát"))));
        Assert.Contains("ban-noi-chinh|Lead|OrganizationItem|i-2|i-1", shown);
        Assert.Contains("van-phong|Cooperate|Sentence|i-2|i-1", shown);
        Assert.Contains("ban-dan-van|Lead|OrganizationItem|i-4|i-3", shown);
        Assert.Contains("ban-to-chuc|Cooperate|Sentence|i-4|i-3", shown);
        // The heading's body cooperates where the item says so; it does not also lead it.
        Assert.Contains("ban-to-chuc|Lead|Heading||i-3", shown);
        Assert.DoesNotContain(shown, s => s.StartsWith("cac-ban-xay-dung-dang|Lead|Heading|i-2", StringComparison.Ordinal));
    }

    [Fact]
    public void A_heading_naming_two_bodies_gives_its_items_to_both()
    {
        var shown = Show(Doc(BodyRegistryTests.HaNoi,
            I("7.", "Ban Tổ chức Thành ủy, Ban Tuyên giáo Thành ủy",
                I("-", "Tham mưu sơ kết việc thực hiện"))));
        Assert.Equal(["ban-to-chuc|Lead|Heading|i-2|i-1", "ban-tuyen-giao|Lead|Heading|i-2|i-1"], shown);
    }

    [Fact]
    public void Body_headings_are_recorded_once_in_the_model()
    {
        var assignments = Extract(Doc(BodyRegistryTests.HaNoi,
            I("5.", "Các Ban Đảng và Văn phòng Thành ủy",
                I("-", "Ban Nội chính Thành ủy chủ trì tổng hợp"),
                I("-", "Xây dựng kế hoạch"))));
        Assert.Equal(["i-1"], Assignment.BodyHeadings(assignments));
        var heading = assignments.Single(a => a.Source == AssignmentSource.Heading);
        Assert.True(heading.IsBodyHeading(new Item("i-1", new ItemMarker(MarkerStyle.Decimal, "5.", []), "", true, null, SourceSpan.At(File, 1), [])));
        Assert.All(assignments.Where(a => a.Source != AssignmentSource.Heading), a => Assert.Equal("i-1", a.HeadingItem));
    }

    [Fact]
    public void Two_committees_with_the_same_body_names_stay_apart()
    {
        var haNoi = Extract(Doc(BodyRegistryTests.HaNoi, I("5.", "Các Ban Đảng và Văn phòng Thành ủy", I("-", "Xây dựng kế hoạch"))));
        var canTho = Extract(Doc(BodyRegistryTests.CanTho, I("5.", "Ban Tổ chức Thành ủy", I("-", "Xây dựng kế hoạch"))));
        var group = haNoi.Single().Body;
        var member = canTho.Single().Body;
        Assert.NotEqual(group.Committee, member.Committee);
        Assert.False(BodyRegistry.Default.Covers(group, member));
        var haNoiMember = BodyRegistry.Default.Resolve("Ban Tổ chức Thành ủy", BodyRegistryTests.HaNoi);
        Assert.NotEqual(haNoiMember.Id, member.Id);
        Assert.True(BodyRegistry.Default.Covers(group, haNoiMember));
    }

    [Fact]
    public void An_unknown_issuer_keeps_its_relative_bodies_apart_from_a_known_committee()
    {
        var unknown = Extract(Doc(null, I("5.", "Các Ban Đảng và Văn phòng Thành ủy", I("-", "Ban Tổ chức Thành ủy chủ trì xây dựng kế hoạch"))));
        var group = unknown.Single(a => a.Source == AssignmentSource.Heading).Body;
        var member = unknown.Single(a => a.Source != AssignmentSource.Heading).Body;
        var known = BodyRegistry.Default.Resolve("Ban Tổ chức Thành ủy", BodyRegistryTests.HaNoi);
        Assert.NotEqual(known.Id, member.Id);
        Assert.Equal("Ban Tổ chức Thành ủy", member.Name); // shown as written: relative to a committee the document does not name
        Assert.False(BodyRegistry.Default.Covers(group, known));
        Assert.False(BodyRegistry.Default.Covers(BodyRegistry.Default.Resolve("Các ban xây dựng Đảng của Thành ủy", BodyRegistryTests.HaNoi), member));
    }

    [Fact]
    public void A_body_relative_to_no_committee_and_a_known_committee_never_cover_each_other()
    {
        var registry = BodyRegistry.Default;
        var haNoiDepartments = registry.Resolve("Các sở, ban, ngành thành phố", BodyRegistryTests.HaNoi);
        var soNoiVuHaNoi = registry.Resolve("Sở Nội vụ", BodyRegistryTests.HaNoi);
        var soNoiVuNowhere = registry.Resolve("Sở Nội vụ", null);
        Assert.True(haNoiDepartments.IsGroup);
        Assert.Null(soNoiVuNowhere.Committee);
        Assert.True(registry.Covers(haNoiDepartments, soNoiVuHaNoi));
        Assert.False(registry.Covers(haNoiDepartments, soNoiVuNowhere));
        Assert.False(registry.Covers(registry.Resolve("Các sở, ban, ngành", null), soNoiVuHaNoi));
        Assert.False(registry.Covers(haNoiDepartments, registry.Resolve("Sở Nội vụ", BodyRegistryTests.CanTho)));
    }
}
