using StaticSite.Model;
using StaticSite.Reading;
using StaticSite.Tests;

namespace StaticSite.Core.Tests.Bodies;

/// <summary>Assignments read from the sample documents in <c>content/</c>, end to end through the reader.</summary>
public sealed class SampleAssignmentTests
{
    private static ProgramDocument Read(string prefix)
    {
        var file = TestPaths.Samples.Single(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal));
        return ProgramReader.ReadFile(file, Path.GetFileName(file), ReaderOptions.Default);
    }

    [Fact]
    public void Can_Tho_task_blocks_2_1_to_2_10_are_led_by_their_heading_bodies()
    {
        var doc = Read("000_");
        var headings = doc.Assignments.Where(a => a.Source == AssignmentSource.Heading).ToList();
        Assert.Equal(
        [
            "dang-doan-hoi-dong-nhan-dan", "ban-can-su-dang-uy-ban-nhan-dan", "cac-co-quan-tu-phap", "mat-tran-va-cac-to-chuc-chinh-tri-xa-hoi",
            "ban-to-chuc", "ban-tuyen-giao", "uy-ban-kiem-tra", "ban-noi-chinh", "ban-dan-van", "van-phong",
        ], headings.Select(a => a.Body.Function));
        Assert.All(headings, a => Assert.InRange(a.Span.Line, 122, 208));
        Assert.All(headings, a => Assert.All(a.Items, i => Assert.InRange(i.Span.Line, a.Span.Line + 1, 208)));
        var organization = headings.Single(a => a.Body.Function == "ban-to-chuc");
        Assert.Equal("ban-to-chuc-thanh-uy-can-tho", organization.Body.Id);
        Assert.Equal("Ban Tổ chức Thành ủy Cần Thơ", organization.Body.Name);
        Assert.True(organization.Items.Length >= 5);
    }

    [Fact]
    public void Quang_Ngai_task_blocks_2_1_to_2_9_are_led_by_their_heading_bodies_whatever_their_markdown_depth()
    {
        var doc = Read("002_");
        var headings = doc.Assignments.Where(a => a.Source == AssignmentSource.Heading).ToList();
        Assert.Equal(
        [
            "ban-tuyen-giao", "ban-to-chuc", "uy-ban-kiem-tra", "ban-noi-chinh", "ban-dan-van", "van-phong",
            "dang-doan-hoi-dong-nhan-dan", "ban-can-su-dang-uy-ban-nhan-dan", "cac-cap-uy-truc-thuoc",
        ], headings.Select(a => a.Body.Function));
        Assert.All(headings, a => Assert.InRange(a.Span.Line, 43, 155));
        Assert.All(headings, a => Assert.NotEmpty(a.Items));
    }

    [Fact]
    public void Quang_Ngai_chu_tri_phoi_hop_sentences_name_the_cooperating_bodies()
    {
        var doc = Read("002_");
        var cooperating = doc.Assignments.Where(a => a.Role == AssignmentRole.Cooperate && a.Source == AssignmentSource.Sentence).ToList();
        // 2.4: "Chủ trì, phối hợp với Ủy ban Kiểm tra Tỉnh ủy ..." under Ban Nội chính.
        Assert.Contains(cooperating, a => a.Body.Function == "uy-ban-kiem-tra" && a.Span.Line == 101);
        Assert.Contains(doc.Assignments, a => a.Body.Function == "ban-noi-chinh" && a.Source == AssignmentSource.Sentence && a.Span.Line == 101);
        // 2.5: "Chủ trì, phối hợp với Ban cán sự đảng Ủy ban nhân dân tỉnh, các đảng đoàn: Ủy ban Mặt trận ..."
        var line111 = cooperating.Where(a => a.Span.Line == 111).Select(a => a.Body.Function).ToList();
        Assert.Contains("ban-can-su-dang-uy-ban-nhan-dan", line111);
        Assert.Contains("mat-tran-to-quoc", line111);
        Assert.Contains("hoi-nong-dan", line111);
        // "... do Ban Tổ chức Trung ương chủ trì" is a subordinate clause, not an assignment.
        Assert.DoesNotContain(doc.Assignments, a => a.Body.Function == "ban-to-chuc-trung-uong");
    }

    [Fact]
    public void Ha_Noi_organization_items_assign_the_bodies_they_open_with()
    {
        var doc = Read("001_");
        var organization = doc.Assignments.Where(a => a.Source == AssignmentSource.OrganizationItem).Select(a => a.Body.Function).ToList();
        Assert.Contains("ban-noi-chinh", organization);
        Assert.Contains("ban-tuyen-giao", organization);
        Assert.Contains("ban-can-su-dang-toa-an-nhan-dan", organization);
        Assert.Contains("cuc-thi-hanh-an-dan-su", organization);
        Assert.Contains(doc.Assignments, a => a.Body.Function == "van-phong" && a.Role == AssignmentRole.Cooperate);
    }

    [Fact]
    public void Appendix_rows_are_assigned_by_their_lead_column_and_empty_cells_are_left_alone()
    {
        var doc = Read("003_");
        var table = doc.Tables.First(t => t.ColumnOf(TableColumnRole.Lead) >= 0);
        var lead = table.ColumnOf(TableColumnRole.Lead);
        var fromTable = doc.Assignments.Where(a => a.Source == AssignmentSource.TableColumn).ToList();
        Assert.NotEmpty(fromTable);
        var assignedRows = fromTable.SelectMany(a => a.Items).Select(i => i.Id).ToHashSet();
        foreach (var row in table.Rows)
            Assert.Equal(!string.IsNullOrWhiteSpace(row.Cells[lead]), assignedRows.Contains(row.Item.Id));
        Assert.All(fromTable, a => Assert.True(a.Body.IsKnown, a.Body.AsWritten));
    }

    [Fact]
    public void Every_sample_recipient_list_covers_the_party_organs_it_groups()
    {
        var registry = StaticSite.Bodies.BodyRegistry.Default;
        var doc = Read("000_");
        var recipients = doc.Recipients.SelectMany(r => r.Bodies).ToList();
        foreach (var function in (string[])["ban-to-chuc", "ban-tuyen-giao", "ban-dan-van", "ban-noi-chinh", "uy-ban-kiem-tra", "dang-doan-hoi-dong-nhan-dan"])
        {
            var assignment = doc.Assignments.First(a => a.Body.Function == function);
            Assert.True(recipients.Any(r => registry.Covers(r, assignment.Body)), function);
        }
    }
}
