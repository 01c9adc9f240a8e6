using StaticSite.Diagnostics;
using StaticSite.Model;
using StaticSite.Validation.Rules;
using static StaticSite.Validation.Tests.Docs;

namespace StaticSite.Validation.Tests;

public sealed class BodyRuleTests
{
    private static ProgramDocument WithSection(ProgramDocument document, Section section, params Assignment[] assignments) =>
        document with { Sections = [.. document.Sections, section], Assignments = [.. document.Assignments, .. assignments] };

    [Fact]
    public void Appendix_row_with_an_empty_lead_cell_is_reported_and_an_assigned_row_is_not()
    {
        var assigned = Item("#1", "Xây dựng đề án sắp xếp tổ chức bộ máy", 30);
        var empty = Item("#2", "Rà soát quy chế làm việc", 31);
        var document = WithSection(Complete(), Section(SectionRole.Appendix, null, "PHỤ LỤC", 29, [assigned, empty], level: SectionLevel.Appendix),
            Assign(Organization, AssignmentSource.TableColumn, 30, assigned));
        var d = Assert.Single(new ItemWithoutBodyRule().Run(document));
        Assert.Equal(("item-without-body", Severity.Warning, 31), (d.Rule, d.Severity, d.Span.Line));
        Assert.Contains("Cơ quan chủ trì", d.Message);
    }

    [Fact]
    public void Appendix_rows_are_checked_from_the_tables_too()
    {
        var row = Item("#3", "Tổng kết", 40);
        var table = new AppendixTable(null, ["TT", "Nội dung", "Cơ quan chủ trì"], [new TableRow(["3", "Tổng kết", ""], [40], row, At(40))], SourceSpan.Lines(DocPath, 39, 40));
        var d = Assert.Single(new ItemWithoutBodyRule().Run(Complete() with { Tables = [table] }));
        Assert.Equal(40, d.Span.Line);
    }

    [Fact]
    public void Numbered_organization_item_without_body_is_reported_but_a_plain_paragraph_is_not()
    {
        var numbered = Item("2.", "Định kỳ sơ kết, tổng kết việc thực hiện Chương trình.", 14);
        var paragraph = Item("", "Trong quá trình thực hiện, nếu có vướng mắc, kịp thời báo cáo.", 15);
        var document = Complete();
        var organization = document.Sections[2];
        document = document with { Sections = document.Sections.SetItem(2, organization with { Items = [.. organization.Items, numbered, paragraph] }) };
        var d = Assert.Single(new ItemWithoutBodyRule().Run(document));
        Assert.Equal(14, d.Span.Line);
    }

    [Fact]
    public void General_items_of_the_tasks_section_are_not_checked()
    {
        var document = Complete();
        Assert.Empty(document.Assignments.Where(a => a.Items.Any(i => i.Id == document.Sections[1].Items[0].Id)));
        Assert.Empty(new ItemWithoutBodyRule().Run(document));
    }

    [Fact]
    public void In_a_block_of_body_headings_the_sibling_without_a_body_is_reported_once()
    {
        var a1 = Item("-", "Tham mưu sửa đổi quy chế", 51);
        var b1 = Item("-", "Tuyên truyền nghị quyết", 53);
        var c1 = Item("-", "Sơ kết", 55);
        var c2 = Item("-", "Tổng kết", 56);
        var first = Heading("2.1.", "Ban Tổ chức Thành ủy", 50, a1);
        var second = Heading("2.2.", "Ban Tuyên giáo Thành ủy", 52, b1);
        var third = Heading("2.3.", "Các nội dung khác", 54, c1, c2);
        var block = Heading("2.", "Nhiệm vụ cụ thể", 49, Item("", "Các cơ quan thực hiện các nhiệm vụ sau:", 49), first, second, third);
        var document = WithSection(Complete(), Section(SectionRole.Tasks, "IV", "NHIỆM VỤ CỤ THỂ", 48, [block]),
            Assign(Organization, AssignmentSource.Heading, 50, a1), Assign(Propaganda, AssignmentSource.Heading, 52, b1));
        var d = Assert.Single(new ItemWithoutBodyRule().Run(document));
        Assert.Equal(54, d.Span.Line);
    }

    [Fact]
    public void Sub_items_of_an_assigned_item_are_covered()
    {
        var sub = Item("a)", "Chi tiết", 16);
        var item = Item("2.", "Văn phòng Thành ủy chủ trì tổng hợp", 15, sub);
        var document = Complete();
        var organization = document.Sections[2];
        document = document with
        {
            Sections = document.Sections.SetItem(2, organization with { Items = [.. organization.Items, item] }),
            Assignments = [.. document.Assignments, Assign(Office, AssignmentSource.Sentence, 15, item)],
        };
        Assert.Empty(new ItemWithoutBodyRule().Run(document));
    }

    [Fact]
    public void Body_given_items_but_not_a_recipient_is_reported_at_its_assignment()
    {
        var item = Item("2.", "Tuyên truyền", 14);
        var document = Complete() with { Assignments = [.. Complete().Assignments, Assign(Propaganda, AssignmentSource.Sentence, 14, item)] };
        var d = Assert.Single(new BodyNotInRecipientsRule().Run(document));
        Assert.Equal(("body-not-in-recipients", Severity.Warning, 14), (d.Rule, d.Severity, d.Span.Line));
        Assert.Contains("Ban Tuyên giáo Thành ủy", d.Message);
    }

    [Fact]
    public void A_group_recipient_covers_its_members()
    {
        var item = Item("2.", "Tuyên truyền", 14);
        var group = Body("Các ban xây dựng Đảng của Thành ủy", "cac-ban-xay-dung-dang", group: true, members: ["ban-to-chuc", "ban-tuyen-giao"]);
        var document = Complete() with
        {
            Assignments = [.. Complete().Assignments, Assign(Propaganda, AssignmentSource.Sentence, 14, item)],
            Recipients = [Recipient("Các ban xây dựng Đảng của Thành ủy", 21, group)],
        };
        Assert.Empty(new BodyNotInRecipientsRule().Run(document));
    }

    [Fact]
    public void The_issuer_need_not_receive_its_own_program()
    {
        var item = Item("2.", "Lãnh đạo, chỉ đạo", 14);
        var standing = Body("Ban Thường vụ Thành ủy", "ban-thuong-vu") with { Name = CanTho.Name };
        var document = Complete() with { Assignments = [.. Complete().Assignments, Assign(standing, AssignmentSource.Sentence, 14, item)] };
        Assert.Empty(new BodyNotInRecipientsRule().Run(document));
    }

    [Fact]
    public void Unknown_body_is_info_once_per_name()
    {
        var item = Item("2.", "Phối hợp", 14);
        var unknown = Body("Ban Chỉ đạo 35", "ban-chi-dao-35", known: false);
        var document = Complete() with
        {
            Assignments = [.. Complete().Assignments, Assign(unknown, AssignmentSource.Sentence, 14, item), Assign(unknown, AssignmentSource.Sentence, 16, item)],
        };
        var d = Assert.Single(new UnknownBodyRule().Run(document));
        Assert.Equal(("unknown-body", Severity.Info, 14), (d.Rule, d.Severity, d.Span.Line));
        Assert.Contains("Ban Chỉ đạo 35", d.Message);
    }

    [Fact]
    public void Unknown_body_among_recipients_is_reported()
    {
        var document = Complete() with { Recipients = [.. Complete().Recipients, Recipient("Hội Cựu chiến binh phường", 23, Body("Hội Cựu chiến binh phường", "hoi-ccb-phuong", known: false))] };
        var d = Assert.Single(new UnknownBodyRule().Run(document));
        Assert.Equal(23, d.Span.Line);
    }
}
