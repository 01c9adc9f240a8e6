using StaticSite.Model;
using static StaticSite.Core.Tests.Reading.ReaderTestKit;

namespace StaticSite.Core.Tests.Reading;

/// <summary>The genre's structure: kind, title, preamble, sections with roles, numbering styles, items as a tree.</summary>
public sealed class StructureTests
{
    [Theory]
    [InlineData("CHƯƠNG TRÌNH HÀNH ĐỘNG", ProgramKind.ActionProgram)]
    [InlineData("## **CHƯƠNG TRÌNH**", ProgramKind.Program)]
    [InlineData("KẾ HOẠCH", ProgramKind.Plan)]
    [InlineData("CÔNG VĂN", ProgramKind.Unknown)]
    public void Kind_comes_from_the_kind_line(string line, ProgramKind kind)
    {
        var d = Read($"{line}\n\nthực hiện Nghị quyết số 28-NQ/TW\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Nâng cao nhận thức.\n");
        Assert.Equal(kind, d.Kind);
    }

    [Fact]
    public void Title_broken_over_lines_is_joined_and_what_it_implements_is_read()
    {
        var d = Read("CHƯƠNG TRÌNH\n\n**thực hiện Nghị quyết số 28-NQ/TW ngày 17/11/2022\ncủa Ban Chấp hành Trung ương Đảng khóa XIII\nvề tiếp tục đổi mới**\n\nThực hiện Nghị quyết số 28-NQ/TW, Thành ủy Hà Nội ban hành Chương trình.\n\nI- MỤC ĐÍCH, YÊU CẦU\n\n1. Một.\n");
        Assert.Equal("thực hiện Nghị quyết số 28-NQ/TW ngày 17/11/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới", d.Title!.Text);
        Assert.Equal((3, 5), (d.Title.Span.Line, d.Title.Span.EndLine));
        Assert.Equal(["28-NQ/TW"], d.Implements.Select(r => r.Id));
        Assert.Equal("Thành ủy Hà Nội", d.Issuer!.Committee);
        Assert.Single(d.Preamble);
    }

    [Theory]
    [InlineData("I- MỤC ĐÍCH, YÊU CẦU", SectionRole.Purpose)]
    [InlineData("### **I. MỤC ĐÍCH, YÊU CẦU**", SectionRole.Purpose)]
    [InlineData("I. MỤC TIÊU, CHỈ TIÊU, YÊU CẦU", SectionRole.Purpose)]
    [InlineData("II. QUAN ĐIỂM, MỤC TIÊU", SectionRole.Viewpoints)]
    [InlineData("II. MỤC TIÊU", SectionRole.Objectives)]
    [InlineData("III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", SectionRole.Tasks)]
    [InlineData("II- TRIỂN KHAI NHIỆM VỤ TRỌNG TÂM NĂM 2023", SectionRole.Tasks)]
    [InlineData("IV. TỔ CHỨC THỰC HIỆN", SectionRole.Organization)]
    [InlineData("#### **IV.   Tổ   chức  thực hiện**", SectionRole.Organization)]
    [InlineData("V. KINH PHÍ THỰC HIỆN", SectionRole.Funding)]
    [InlineData("VI. CHẾ ĐỘ BÁO CÁO", SectionRole.Reporting)]
    [InlineData("I. KẾT QUẢ ĐẠT ĐƯỢC", SectionRole.Assessment)]
    [InlineData("II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN", SectionRole.Assessment)]
    [InlineData("III. GIẢI PHÁP THỰC HIỆN", SectionRole.Tasks)]
    public void Section_roles_are_matched_tolerantly(string heading, SectionRole role)
    {
        var d = Read(Doc($"{heading}\n\n1. Nội dung thứ nhất."));
        var section = Assert.Single(d.Sections);
        Assert.Equal(role, section.Role);
        Assert.NotNull(section.RoleMatch);
    }

    [Fact]
    public void Structure_comes_from_numbering_not_from_markdown_heading_depth()
    {
        // Sibling items 2.1…2.4 carry random heading levels, as in real documents.
        var d = Read(Doc("""
            III. NHIỆM VỤ VÀ GIẢI PHÁP

            #### **2. Nhiệm vụ cụ thể**

            ##### **2.1. Ban Tuyên giáo Tỉnh ủy**

            - Việc một.

            ## **2.2. Ban Tổ chức Tỉnh ủy**

            - Việc hai.

            ### **2.3. Ủy ban Kiểm tra Tỉnh ủy**

            - Việc ba.

            #### **2.4. Ban Nội chính Tỉnh ủy**

            - Việc bốn.
            """));
        var two = Item(d, "2.");
        Assert.True(two.IsHeading);
        Assert.Equal(["2.1.", "2.2.", "2.3.", "2.4."], two.Children.Select(c => c.Marker.Text));
        Assert.All(two.Children, c => Assert.Equal("-", Assert.Single(c.Children).Marker.Text));
        Assert.Equal("Ban Tổ chức Tỉnh ủy", two.Children[1].Text);
    }

    [Fact]
    public void Every_numbering_style_nests()
    {
        var d = Read(Doc("""
            II. NHIỆM VỤ, GIẢI PHÁP

            1. Nhóm một

            1.1. Việc một một

            1.1.1. Việc một một một

            a) Ý a

            b) Ý b

            đ) Ý đ

            - Gạch đầu dòng

            + Dấu cộng

            Đoạn văn không đánh số.

            (1) Ý trong ngoặc

            2. Nhóm hai
            """));
        var section = Assert.Single(d.Sections);
        Assert.Equal(["1.", "2."], section.Items.Select(i => i.Marker.Text));
        var deepest = Item(d, "1.1.1.");
        Assert.Equal([MarkerStyle.Letter, MarkerStyle.Letter, MarkerStyle.Letter], deepest.Children.Select(c => c.Marker.Style));
        Assert.Equal(new[] { 1, 2, 5 }, deepest.Children.Select(c => c.Marker.Path[0]).ToArray());
        var d_ = deepest.Children[2];
        var dash = Assert.Single(d_.Children, c => c.Marker.Style == MarkerStyle.Dash);
        Assert.Equal(MarkerStyle.Plus, Assert.Single(dash.Children).Marker.Style);
        Assert.Contains(d_.Children, c => c.Marker.Style == MarkerStyle.Parenthesized);
        Assert.Equal(new[] { 1, 1, 1 }, deepest.Marker.Path.ToArray());
    }

    [Fact]
    public void Parts_hold_roman_sections_and_letter_blocks()
    {
        var d = Read(Doc("""
            Phần thứ nhất

            ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2015 - 2020

            I. KẾT QUẢ ĐẠT ĐƯỢC

            (1) Kết quả một.

            Phân thứ hai

            MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP

            II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM

            A. TĂNG CƯỜNG CÔNG TÁC XÂY DỰNG ĐẢNG

            1. Việc một.

            B. ĐẨY MẠNH CÀI CÁCH HÀNH CHÍNH

            1. Việc hai.

            Phần thứ ba TỔ CHỨC THỰC HIỆN

            I. PHÂN CÔNG THỰC HIỆN

            1. Ban Thường vụ Tỉnh ủy

            Chỉ đạo thực hiện.

            II. LỘ TRÌNH TRIỂN KHAI THỰC HIỆN

            Năm 2021: phổ biến.
            """));
        Assert.Equal([SectionLevel.Part, SectionLevel.Part, SectionLevel.Part], d.Sections.Select(s => s.Level));
        Assert.Equal(SectionRole.Assessment, d.Sections[0].Role);
        Assert.Equal("Phân thứ hai", d.Sections[1].Number); // the recognition error is accepted, and kept as written
        var tasks = Assert.Single(d.Sections[1].Sections);
        Assert.Equal(SectionRole.Tasks, tasks.Role);
        Assert.Equal(["A", "B"], tasks.Sections.Select(s => s.Number));
        Assert.Equal(SectionRole.Organization, d.Sections[2].Role);
        Assert.Equal([SectionRole.Organization, SectionRole.Roadmap], d.Sections[2].Sections.Select(s => s.Role));
    }

    [Fact]
    public void Sections_numbered_with_arabic_numerals_in_capitals_are_sections()
    {
        var d = Read(Doc("1. MỤC ĐÍCH, YÊU CẦU\n\n- Nâng cao nhận thức.\n\n2. NHIỆM VỤ\n\n2.1. Việc một.\n\n3. TỔ CHỨC THỰC HIỆN\n\n- Các sở triển khai."));
        Assert.Equal([SectionRole.Purpose, SectionRole.Tasks, SectionRole.Organization], d.Sections.Select(s => s.Role));
    }

    [Fact]
    public void Anchors_are_unique_and_stable()
    {
        var text = Doc("I. MỤC ĐÍCH\n\n1. Một.\n\n1. Một lần nữa.\n\nII. NHIỆM VỤ\n\n1. Hai.\n\n- a\n\n- b");
        var a = Read(text);
        var ids = a.AllSections().Select(s => s.Id).Concat(a.AllItems().Select(p => p.Item.Id)).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ids, Read(text).AllSections().Select(s => s.Id).Concat(Read(text).AllItems().Select(p => p.Item.Id)));
    }
}
