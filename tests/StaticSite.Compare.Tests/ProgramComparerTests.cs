using StaticSite.Model;

namespace StaticSite.Compare.Tests;

public sealed class ProgramComparerTests
{
    private const string Propaganda = "Tổ chức nghiên cứu, học tập, quán triệt, tuyên truyền Nghị quyết trong toàn tỉnh";
    private const string Media = "Chỉ đạo các cơ quan thông tin đại chúng tuyên truyền sâu rộng đến cán bộ, đảng viên và nhân dân";
    private const string Theory = "Tham mưu tổng kết việc thực hiện Nghị quyết số 37-NQ/TW về công tác lý luận";
    private const string Staffing = "Tham mưu sắp xếp tổ chức bộ máy, biên chế của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả";
    private const string Cadres = "Xây dựng đội ngũ cán bộ các cấp đủ phẩm chất, năng lực, uy tín, ngang tầm nhiệm vụ";
    private const string Inspection = "Nâng cao hiệu lực, hiệu quả công tác kiểm tra, giám sát và kỷ luật của Đảng";

    private static ComparisonGroup Group(Comparison c, string key) => c.Groups.Single(g => g.Key == key);

    [Fact]
    public void Reordered_items_of_a_body_each_find_their_twin()
    {
        var a = new Build("a", "Thành ủy Cần Thơ").Bodies("NHIỆM VỤ VÀ GIẢI PHÁP", ("Ban Tuyên giáo Thành ủy", [Propaganda, Media, Theory])).Document();
        var b = new Build("b", "Tỉnh ủy Quảng Ngãi").Bodies("NHIỆM VỤ VÀ GIẢI PHÁP", ("Ban Tuyên giáo Tỉnh ủy", [Theory, Propaganda, Media])).Document();

        var rows = Group(ProgramComparer.Compare(a, b), "ban-tuyen-giao").Rows;

        Assert.Equal(3, rows.Length);
        Assert.All(rows, r => Assert.True(r.IsPair));
        Assert.All(rows, r => Assert.Equal(r.A!.Text, r.B!.Text));
        Assert.All(rows, r => Assert.Equal(1.0, r.Score));
        Assert.Equal([Propaganda, Media, Theory], rows.Select(r => r.A!.Text)); // in the left program's order
    }

    [Fact]
    public void A_reworded_item_is_paired_with_an_honest_score_and_its_changed_words_marked()
    {
        const string reworded = "Tham mưu tiếp tục sắp xếp tổ chức bộ máy và biên chế của hệ thống chính trị tinh gọn, hoạt động hiệu quả";
        var a = new Build("a", "Thành ủy Cần Thơ").Bodies("NHIỆM VỤ", ("Ban Tổ chức Thành ủy", [Staffing, Cadres])).Document();
        var b = new Build("b", "Tỉnh ủy Quảng Ngãi").Bodies("NHIỆM VỤ", ("Ban Tổ chức Tỉnh ủy", [Cadres, reworded])).Document();

        var row = Group(ProgramComparer.Compare(a, b), "ban-to-chuc").Rows.Single(r => r.A?.Text == Staffing);

        Assert.Equal(reworded, row.B?.Text);
        Assert.InRange(row.Score, ProgramComparer.ItemThreshold, 0.99);
        Assert.Equal(Staffing, string.Concat(row.DiffA.Select(s => s.Text)));
        Assert.Equal(reworded, string.Concat(row.DiffB.Select(s => s.Text)));
        Assert.Contains(row.DiffB, s => s.Change == DiffChange.Inserted && s.Text.Contains("tiếp tục"));
        Assert.Contains(row.DiffA, s => s.Change == DiffChange.Deleted && s.Text.Contains("lực"));
        Assert.DoesNotContain(row.DiffA, s => s.Change == DiffChange.Inserted);
    }

    [Fact]
    public void A_task_stated_inside_a_longer_paragraph_finds_its_twin_by_its_sentence()
    {
        const string merged = "Rà soát các văn bản hướng dẫn về tổ chức cơ sở đảng ở doanh nghiệp ngoài nhà nước. "
            + "Tham mưu sắp xếp tổ chức bộ máy, biên chế của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả. "
            + "Tổng hợp kết quả phát triển đảng viên mới trong học sinh, sinh viên hằng năm.";
        var a = new Build("a", "Thành ủy Cần Thơ").Bodies("NHIỆM VỤ", ("Ban Tổ chức Thành ủy", [Staffing])).Document();
        var b = new Build("b", "Tỉnh ủy Quảng Ngãi").Bodies("NHIỆM VỤ", ("Ban Tổ chức Tỉnh ủy", [merged])).Document();

        var row = Assert.Single(Group(ProgramComparer.Compare(a, b), "ban-to-chuc").Rows);

        Assert.True(row.IsPair);
        Assert.Equal(1.0, row.Score, 3); // the closest sentence says the same
        Assert.True(new TextSimilarity([Staffing, merged]).ProfileOf(merged).Sentences.Count == 3);
    }

    [Fact]
    public void An_item_whose_twin_went_to_a_closer_one_names_it_as_nearest()
    {
        const string closer = "Tham mưu sắp xếp tổ chức bộ máy, biên chế của hệ thống chính trị tinh gọn, hoạt động hiệu lực";
        const string looser = "Sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn";
        var a = new Build("a", "Thành ủy Cần Thơ").Bodies("NHIỆM VỤ", ("Ban Tổ chức Thành ủy", [looser, closer])).Document();
        var b = new Build("b", "Tỉnh ủy Quảng Ngãi").Bodies("NHIỆM VỤ", ("Ban Tổ chức Tỉnh ủy", [Staffing])).Document();

        var rows = Group(ProgramComparer.Compare(a, b), "ban-to-chuc").Rows;

        Assert.Equal(closer, rows.Single(r => r.IsPair).A!.Text);
        var alone = rows.Single(r => !r.IsPair);
        Assert.Equal(looser, alone.A!.Text);
        Assert.Equal(Staffing, alone.Nearest?.Node.Text);
        Assert.InRange(alone.Nearest!.Score, ProgramComparer.ItemThreshold, rows.Single(r => r.IsPair).Score);
    }

    [Fact]
    public void A_body_only_one_program_assigns_is_shown_alone_and_named_in_the_summary()
    {
        var a = new Build("a", "Thành ủy Cần Thơ").Bodies("NHIỆM VỤ",
            ("Ban Tổ chức Thành ủy", [Staffing]), ("Ủy ban Kiểm tra Thành ủy", [Inspection])).Document();
        var b = new Build("b", "Tỉnh ủy Quảng Ngãi").Bodies("NHIỆM VỤ", ("Ban Tổ chức Tỉnh ủy", [Staffing])).Document();

        var c = ProgramComparer.Compare(a, b);
        var alone = Group(c, "uy-ban-kiem-tra");

        Assert.Null(alone.B);
        Assert.Equal("Ủy ban Kiểm tra Thành ủy", alone.A?.Text);
        Assert.Equal(Inspection, Assert.Single(alone.Rows).A?.Text);
        Assert.Null(alone.Rows[0].B);
        Assert.Equal("uy-ban-kiem-tra", Assert.Single(c.Summary.OnlyA).Function);
        Assert.Empty(c.Summary.OnlyB);
        Assert.True(Group(c, "ban-to-chuc").IsPair);
        Assert.Equal((1, 1, 0), (c.Summary.PairedItems, c.Summary.OnlyAItems, c.Summary.OnlyBItems));
    }

    [Fact]
    public void Bodies_of_different_committees_are_aligned_by_function()
    {
        var a = new Build("a", "Thành ủy Cần Thơ").Bodies("NHIỆM VỤ", ("Ban Tổ chức Thành ủy", [Staffing])).Document();
        var b = new Build("b", "Tỉnh ủy Quảng Ngãi").Bodies("NHIỆM VỤ", ("Ban Tổ chức Tỉnh ủy", [Staffing])).Document();

        var group = Group(ProgramComparer.Compare(a, b), "ban-to-chuc");

        Assert.Equal(("Ban Tổ chức Thành ủy", "Ban Tổ chức Tỉnh ủy"), (group.A?.Text, group.B?.Text));
        Assert.Equal(AlignmentKind.Body, group.Kind);
        Assert.Equal(("Ban Tổ chức Thành ủy Thành ủy Cần Thơ", "Ban Tổ chức Tỉnh ủy Tỉnh ủy Quảng Ngãi", 1, 1),
            ProgramComparer.Compare(a, b).Summary.Bodies.Select(s => (s.NameA, s.NameB, s.ItemsA, s.ItemsB)).Single());
    }

    [Fact]
    public void Unrelated_items_are_never_forced_into_a_pair()
    {
        var a = new Build("a", "Thành ủy Cần Thơ").Bodies("NHIỆM VỤ", ("Văn phòng Thành ủy", [Propaganda])).Document();
        var b = new Build("b", "Tỉnh ủy Quảng Ngãi").Bodies("NHIỆM VỤ", ("Văn phòng Tỉnh ủy", [Inspection])).Document();

        var rows = Group(ProgramComparer.Compare(a, b), "van-phong").Rows;

        Assert.Equal(2, rows.Length);
        Assert.DoesNotContain(rows, r => r.IsPair);
        Assert.Equal(Propaganda, rows.Single(r => r.A is not null).A!.Text);
        Assert.Equal(Inspection, rows.Single(r => r.B is not null).B!.Text);
    }

    [Fact]
    public void Sections_are_aligned_by_role_whatever_their_headings_say()
    {
        var a = new Build("a", "Thành ủy Cần Thơ")
            .Section(SectionRole.Purpose, "MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức của cán bộ, đảng viên về vị trí, vai trò của việc đổi mới")
            .Section(SectionRole.Organization, "TỔ CHỨC THỰC HIỆN").Document();
        var b = new Build("b", "Tỉnh ủy Quảng Ngãi")
            .Section(SectionRole.Organization, "Tổ chức thực hiện")
            .Section(SectionRole.Purpose, "MỤC TIÊU, YÊU CẦU", "Nâng cao nhận thức về vị trí, vai trò của việc đổi mới phương thức lãnh đạo").Document();

        var c = ProgramComparer.Compare(a, b);

        var purpose = Group(c, "purpose");
        Assert.Equal(("MỤC ĐÍCH, YÊU CẦU", "MỤC TIÊU, YÊU CẦU"), (purpose.A?.Text, purpose.B?.Text));
        Assert.True(Assert.Single(purpose.Rows).IsPair);
        Assert.True(Group(c, "organization").IsPair);
        Assert.Equal(["purpose", "organization"], c.Groups.Select(g => g.Key)); // left program's order
    }

    [Fact]
    public void Sections_their_roles_leave_unpaired_are_paired_by_heading_words()
    {
        var a = new Build("a", "Thành ủy Cần Thơ")
            .Section(SectionRole.Viewpoints, "QUAN ĐIỂM, MỤC TIÊU", "Nâng cao năng lực tổ chức thực hiện chủ trương, đường lối của Đảng")
            .Section(SectionRole.Other, "KINH PHÍ THỰC HIỆN").Document();
        var b = new Build("b", "Tỉnh ủy Quảng Ngãi")
            .Section(SectionRole.Objectives, "MỤC TIÊU", "Nâng cao năng lực tổ chức thực hiện chủ trương, đường lối của Đảng, nhất là cụ thể hoá")
            .Section(SectionRole.Other, "TỔ CHỨC THỰC HIỆN").Document();

        var c = ProgramComparer.Compare(a, b);

        var objectives = Assert.Single(c.Groups, g => g.IsPair);
        Assert.Equal(("QUAN ĐIỂM, MỤC TIÊU", "MỤC TIÊU", 1.0), (objectives.A?.Text, objectives.B?.Text, objectives.Score));
        Assert.True(Assert.Single(objectives.Rows).IsPair);
        // The right-only section follows its predecessor on the right (the objectives), before the left-only one.
        Assert.Equal(["other-to-chuc-thuc-hien", "other-kinh-phi-thuc-hien"], c.Groups.Where(g => !g.IsPair).Select(g => g.Key));
    }

    [Fact]
    public void An_item_only_the_right_program_has_stands_after_its_predecessor_on_the_right()
    {
        var a = new Build("a", "Thành ủy Cần Thơ").Bodies("NHIỆM VỤ", ("Ban Tuyên giáo Thành ủy", [Propaganda, Theory])).Document();
        var b = new Build("b", "Tỉnh ủy Quảng Ngãi").Bodies("NHIỆM VỤ", ("Ban Tuyên giáo Tỉnh ủy", [Propaganda, Media, Theory])).Document();

        var rows = Group(ProgramComparer.Compare(a, b), "ban-tuyen-giao").Rows;

        Assert.Equal([Propaganda, Media, Theory], rows.Select(r => r.B!.Text));
        Assert.Null(rows[1].A);
    }

    [Fact]
    public void An_item_two_bodies_lead_is_counted_once_in_the_summary()
    {
        var a = new Build("a", "Thành ủy Cần Thơ").Bodies("NHIỆM VỤ", ("Ban Tổ chức Thành ủy", [Staffing])).Document();
        var shared = a.Sections[0].Items[0].Children[0];
        a = a with { Assignments = [.. a.Assignments, new Assignment(new Build("a", "Thành ủy Cần Thơ").Body("Ban Nội chính Thành ủy"), AssignmentRole.Lead, AssignmentSource.Sentence, [shared], shared.Span)] };
        var b = new Build("b", "Tỉnh ủy Quảng Ngãi").Bodies("NHIỆM VỤ", ("Ban Dân vận Tỉnh ủy", [Inspection])).Document();

        var c = ProgramComparer.Compare(a, b);

        Assert.Equal(2, c.Groups.SelectMany(g => g.Rows).Count(r => r.A?.Text == Staffing));
        Assert.Equal((0, 1, 1), (c.Summary.PairedItems, c.Summary.OnlyAItems, c.Summary.OnlyBItems));
        Assert.Equal(["ban-to-chuc", "ban-noi-chinh"], c.Summary.OnlyA.Select(s => s.Function));
    }

    [Fact]
    public void Twins_with_different_deadlines_are_listed_in_the_summary()
    {
        var a = new Build("a", "Thành ủy Cần Thơ").Bodies("NHIỆM VỤ", ("Ban Tuyên giáo Thành ủy", [Theory + " (thực hiện trong năm 2025)", Media + " (thực hiện thường xuyên)"])).Document();
        var b = new Build("b", "Tỉnh ủy Quảng Ngãi").Bodies("NHIỆM VỤ", ("Ban Tuyên giáo Tỉnh ủy", [Theory + " (hoàn thành trong năm 2024)", Media + " (tuyên truyền thường xuyên)"])).Document();

        var c = ProgramComparer.Compare(a, b);

        var difference = Assert.Single(c.Summary.Deadlines);
        Assert.Equal(("thực hiện trong năm 2025", "hoàn thành trong năm 2024"), (difference.A.Deadline?.Text, difference.B.Deadline?.Text));
        Assert.Equal("ban-tuyen-giao", difference.Group);
    }

    [Fact]
    public void The_comparison_is_deterministic()
    {
        Comparison Run() => ProgramComparer.Compare(
            new Build("a", "Thành ủy Cần Thơ").Section(SectionRole.Purpose, "MỤC ĐÍCH", Cadres, Media).Bodies("NHIỆM VỤ", ("Ban Tổ chức Thành ủy", [Staffing, Cadres]), ("Ban Dân vận Thành ủy", [Media])).Document(),
            new Build("b", "Tỉnh ủy Quảng Ngãi").Section(SectionRole.Purpose, "MỤC ĐÍCH", Media, Cadres).Bodies("NHIỆM VỤ", ("Ban Tổ chức Tỉnh ủy", [Cadres, Staffing]), ("Ban Nội chính Tỉnh ủy", [Inspection])).Document());

        Assert.Equal(ComparisonJsonWriter.Write(Run()), ComparisonJsonWriter.Write(Run()));
    }
}
