using System.Collections.Immutable;
using StaticSite.Bodies;
using StaticSite.Model;

namespace StaticSite.Core.Tests.Bodies;

public sealed class AssignmentExtractorTests
{
    private const string File = "doc.txt";
    private static int _line; // table rows only

    private static Item I(string marker, string text, params Item[] children) => I(marker, text, children.Length > 0, children);

    private static Item I(string marker, string text, bool heading, params Item[] children)
    {
        var line = 0;
        var style = marker switch { "" => MarkerStyle.Paragraph, "-" => MarkerStyle.Dash, "+" => MarkerStyle.Plus, _ => MarkerStyle.Decimal };
        return new Item($"i-{line}", new ItemMarker(style, marker, []), text, heading, null, SourceSpan.At(File, line), [.. children]);
    }

    private static Section S(SectionRole role, string heading, params Item[] items) =>
        new("s", SectionLevel.Roman, role, "I", heading, null, SourceSpan.At(File, 1), [.. items], []);

    // Numbers sections and items in source order (pre-order): the items get ids i-1, i-2, ... and lines 1, 2, ...
    private static ProgramDocument Doc(Issuer? issuer, ImmutableArray<AppendixTable> tables, params Section[] sections)
    {
        var n = 0;
        Item Number(Item item)
        {
            if (item.Marker.Style == MarkerStyle.TableRow) return item;
            var line = ++n;
            return item with { Id = $"i-{line}", Span = SourceSpan.At(File, line), Children = [.. item.Children.Select(Number)] };
        }
        Section NumberSection(Section s) => s with { Items = [.. s.Items.Select(Number)] };
        return new()
        {
            Path = File,
            Slug = "doc",
            Kind = ProgramKind.Program,
            Issuer = issuer,
            Sections = [.. sections.Select(NumberSection)],
            Tables = tables,
        };
    }

    private static ImmutableArray<Assignment> Extract(ProgramDocument doc) => AssignmentExtractor.Extract(doc, BodyRegistry.Default);

    private static string Show(Assignment a) => $"{a.Body.Function}|{a.Role}|{a.Source}|{string.Join(",", a.Items.Select(i => i.Id))}";

    [Fact]
    public void A_body_heading_leads_every_item_under_it()
    {
        _line = 0;
        var doc = Doc(BodyRegistryTests.QuangNgai, [], S(SectionRole.Tasks, "NHIỆM VỤ, GIẢI PHÁP",
            I("2.", "Nhiệm vụ cụ thể",
                I("2.1.", "Ban Tuyên giáo Tỉnh ủy",
                    I("-", "Tổ chức nghiên cứu, học tập, quán triệt"),
                    I("-", "Tập trung đổi mới nội dung", I("+", "Chỉ đạo các cơ quan báo chí"))),
                I("2.2.", "Đảng đoàn Hội đồng nhân dân tỉnh",
                    I("-", "Tăng cường hoạt động giám sát")))));
        var assignments = Extract(doc);
        Assert.Equal(
            ["ban-tuyen-giao|Lead|Heading|i-3,i-4,i-5", "dang-doan-hoi-dong-nhan-dan|Lead|Heading|i-7"],
            assignments.Select(Show));
        Assert.Equal("Ban Tuyên giáo Tỉnh ủy Quảng Ngãi", assignments[0].Body.Name);
        Assert.Equal(2, assignments[0].Span.Line);
    }

    [Fact]
    public void A_task_heading_assigns_nothing()
    {
        _line = 0;
        var doc = Doc(BodyRegistryTests.CanTho, [], S(SectionRole.Tasks, "NHIỆM VỤ",
            I("1.", "Nhiệm vụ trọng tâm", I("-", "Đổi mới, nâng cao chất lượng"))));
        Assert.Empty(Extract(doc));
    }

    [Fact]
    public void Chu_tri_phoi_hop_sentences_give_lead_and_cooperating_bodies()
    {
        _line = 0;
        var doc = Doc(BodyRegistryTests.QuangNgai, [], S(SectionRole.Tasks, "NHIỆM VỤ",
            I("2.4.", "Ban Nội chính Tỉnh ủy",
                I("-", "Chủ trì, phối hợp với Ủy ban Kiểm tra Tỉnh ủy tham mưu hoàn thiện cơ chế kiểm soát quyền lực")),
            I("2.5.", "Ban Dân vận Tỉnh ủy",
                I("-", "Chủ trì, phối hợp với Ban cán sự đảng Ủy ban nhân dân tỉnh, các đảng đoàn: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Liên đoàn Lao động tỉnh tham mưu"),
                I("-", "Chủ trì tham mưu Ban Thường vụ Tỉnh ủy tổng kết"))));
        var shown = Extract(doc).Select(Show).ToList();
        Assert.Equal(
        [
            "ban-noi-chinh|Lead|Heading|i-2",
            "ban-noi-chinh|Lead|Sentence|i-2",
            "uy-ban-kiem-tra|Cooperate|Sentence|i-2",
            "ban-dan-van|Lead|Heading|i-4,i-5",
            "ban-dan-van|Lead|Sentence|i-4",
            "ban-can-su-dang-uy-ban-nhan-dan|Cooperate|Sentence|i-4",
            "mat-tran-to-quoc|Cooperate|Sentence|i-4",
            "lien-doan-lao-dong|Cooperate|Sentence|i-4",
            "ban-dan-van|Lead|Sentence|i-5",
        ], shown);
    }

    [Fact]
    public void Related_bodies_in_general_are_not_a_body()
    {
        _line = 0;
        var doc = Doc(BodyRegistryTests.CanTho, [], S(SectionRole.Organization, "TỔ CHỨC THỰC HIỆN",
            I("4.", "Ban Tuyên giáo Thành ủy chủ trì, phối hợp với các cơ quan liên quan tổ chức nghiên cứu, học tập")));
        var assignment = Assert.Single(Extract(doc));
        Assert.Equal("ban-tuyen-giao|Lead|OrganizationItem|i-1", Show(assignment));
    }

    [Fact]
    public void Organization_items_that_open_with_bodies_assign_them()
    {
        _line = 0;
        var doc = Doc(BodyRegistryTests.HaNoi, [], S(SectionRole.Organization, "TỔ CHỨC THỰC HIỆN",
            I("2.", "Đảng đoàn Hội đồng nhân dân thành phố, Ban cán sự đảng Ủy ban nhân dân thành phố lãnh đạo, chỉ đạo rà soát"),
            I("6.", "Ban Cán sự Đảng Tòa án nhân dân Thành phố, Viện Kiểm sát nhân dân Thành phố, Đảng ủy Công an Thành phố, Cục Thi hành án dân sự Thành phố: Xây dựng kế hoạch thực hiện"),
            I("7.", "Các cấp ủy đảng trực thuộc và sở, ban ngành Thành phố", I("", "Tổ chức nghiên cứu, học tập")),
            I("8.", "Trên cơ sở đó, Ban Tổ chức Thành ủy tổng hợp")));
        var shown = Extract(doc).Select(Show).ToList();
        Assert.Equal(
        [
            "dang-doan-hoi-dong-nhan-dan|Lead|OrganizationItem|i-1",
            "ban-can-su-dang-uy-ban-nhan-dan|Lead|OrganizationItem|i-1",
            "ban-can-su-dang-toa-an-nhan-dan|Lead|OrganizationItem|i-2",
            "vien-kiem-sat-nhan-dan|Lead|OrganizationItem|i-2",
            "dang-uy-cong-an|Lead|OrganizationItem|i-2",
            "cuc-thi-hanh-an-dan-su|Lead|OrganizationItem|i-2",
            "cac-cap-uy-truc-thuoc|Lead|Heading|i-4",
            "cac-so-ban-nganh|Lead|Heading|i-4",
        ], shown);
    }

    [Fact]
    public void A_sub_item_sentence_inside_an_organization_block_names_its_own_lead()
    {
        _line = 0;
        var doc = Doc(BodyRegistryTests.HaNoi, [], S(SectionRole.Organization, "TỔ CHỨC THỰC HIỆN",
            I("5.", "Các Ban Đảng và Văn phòng Thành ủy",
                I("-", "Xây dựng kế hoạch tổ chức thực hiện"),
                I("-", "Ban Nội chính Thành ủy chủ trì, phối hợp với Văn phòng Thành ủy, các cơ quan liên quan tham mưu Thành ủy chỉ đạo"))));
        var shown = Extract(doc).Select(Show).ToList();
        // The item that names its lead (Ban Nội chính) is Ban Nội chính's, not the whole group's: only the one naming no member stays the group's.
        Assert.Contains("cac-ban-xay-dung-dang|Lead|Heading|i-2", shown);
        Assert.Contains("ban-noi-chinh|Lead|OrganizationItem|i-3", shown);
        Assert.Contains("van-phong|Cooperate|Sentence|i-3", shown);
        Assert.Equal(3, shown.Count);
    }

    [Fact]
    public void Appendix_rows_assign_the_lead_and_cooperating_columns_and_skip_empty_cells()
    {
        _line = 0;
        var rows = new[]
        {
            Row("1", "Đề án nâng cao năng lực HĐND", "Đảng Đoàn HĐND Thành phố", ""),
            Row("2", "Xây dựng Nghị quyết phân cấp", "Ban Cán sự Đảng UBND Thành phố", "Ban Tổ chức Thành ủy, Sở Nội vụ"),
            Row("3", "Nghị quyết về công tác cán bộ", "", "Văn phòng Thành ủy"),
            Row("4", "Đề án tinh giản", "Ban Cán sự Đảng UBND Thành phố", "Ban Quản lý dự án"),
        };
        var table = new AppendixTable(null, ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp"], [.. rows], SourceSpan.Lines(File, 1, 9));
        var appendix = S(SectionRole.Appendix, "PHỤ LỤC", [.. rows.Select(r => r.Item)]);
        var shown = Extract(Doc(BodyRegistryTests.HaNoi, [table], appendix)).Select(Show).ToList();
        Assert.Equal(
        [
            "dang-doan-hoi-dong-nhan-dan|Lead|TableColumn|t-1",
            "ban-can-su-dang-uy-ban-nhan-dan|Lead|TableColumn|t-2,t-4",
            "ban-to-chuc|Cooperate|TableColumn|t-2",
            "so-noi-vu|Cooperate|TableColumn|t-2",
            "van-phong|Cooperate|TableColumn|t-3",
            "ban-quan-ly-du-an|Cooperate|TableColumn|t-4",
        ], shown);
    }

    private static TableRow Row(string tt, string content, string lead, string cooperate)
    {
        var line = ++_line;
        var item = new Item($"t-{tt}", new ItemMarker(MarkerStyle.TableRow, tt, []), content, false, null, SourceSpan.At(File, line), []);
        return new TableRow([tt, content, lead, cooperate], [line], item, SourceSpan.At(File, line));
    }

    [Fact]
    public void A_responsibility_line_assigns_its_whole_block()
    {
        var doc = Doc(BodyRegistryTests.QuangNgai, [], S(SectionRole.Tasks, "NỘI DUNG",
            I("1.", "Hoàn thiện thể chế",
                I("a)", "Rà soát văn bản quy phạm pháp luật"),
                I("b)", "Xây dựng cơ sở dữ liệu", I("-", "Cập nhật dữ liệu")),
                I("", "Trách nhiệm chỉ đạo thực hiện: Ban cán sự đảng UBND tỉnh."),
                I("", "Cơ quan phối hợp: Sở Tư pháp, các cơ quan liên quan."))));
        var shown = Extract(doc).Select(Show).ToList();
        Assert.Equal(
        [
            "ban-can-su-dang-uy-ban-nhan-dan|Lead|Sentence|i-2,i-3,i-4,i-6",
            "so-tu-phap|Cooperate|Sentence|i-2,i-3,i-4,i-5",
        ], shown);
    }

    [Fact]
    public void Without_an_issuer_bodies_resolve_without_a_committee()
    {
        _line = 0;
        var doc = Doc(null, [], S(SectionRole.Tasks, "NHIỆM VỤ", I("2.5.", "Ban Tổ chức Thành ủy", I("-", "Tham mưu"))));
        var assignment = Assert.Single(Extract(doc));
        Assert.Equal("Ban Tổ chức Thành ủy", assignment.Body.Name);
        Assert.Equal("Thành ủy", assignment.Body.Committee);
    }
}
