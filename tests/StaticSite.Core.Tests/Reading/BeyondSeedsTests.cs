using StaticSite.Model;
using static StaticSite.Core.Tests.Reading.ReaderTestKit;

namespace StaticSite.Core.Tests.Reading;

/// <summary>Shapes of the genre that the five samples do not show (DOMAIN.md, "Beyond the five seeds").</summary>
public sealed class BeyondSeedsTests
{
    [Fact]
    public void A_peoples_committee_plan_with_a_header_block_and_a_deputy_signature()
    {
        var d = Read("""
            ỦY BAN NHÂN DÂN	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TỈNH QUẢNG NAM	Độc lập - Tự do - Hạnh phúc
            Số: 09/KH-UBND	Quảng Nam, ngày 06 tháng 8 năm 2024

            KẾ HOẠCH
            Triển khai thực hiện Nghị quyết số 97/2019/QH14

            I. MỤC ĐÍCH, YÊU CẦU
            1. Mục đích
            Bảo đảm thực hiện nghiêm túc.
            II. NỘI DUNG
            1. Sở Nội vụ chủ trì, phối hợp với các sở, ngành (hoàn thành trước ngày 30/9/2024).
            III. TỔ CHỨC THỰC HIỆN
            1. Các sở, ban, ngành triển khai.

            Nơi nhận: - Bộ Nội vụ (để báo cáo); - Chủ tịch, các PCT UBND tỉnh; - Lưu: VT, NC.

            TM. ỦY BAN NHÂN DÂN
            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH

            Trần Văn Tân
            """);
        Assert.Equal(ProgramKind.Plan, d.Kind);
        Assert.Equal("09/KH-UBND", d.Header!.Number);
        Assert.Equal(new DateOnly(2024, 8, 6), d.Header.Date);
        Assert.Equal("Quảng Nam", d.Header.Place);
        Assert.Equal([SectionRole.Purpose, SectionRole.Tasks, SectionRole.Organization], d.Sections.Select(s => s.Role));
        Assert.Equal(["Bộ Nội vụ (để báo cáo)", "Chủ tịch, các PCT UBND tỉnh", "Lưu: VT, NC"], d.Recipients.Select(r => r.Text));
        Assert.Equal([RecipientPurpose.Report, RecipientPurpose.Implement, RecipientPurpose.Filed], d.Recipients.Select(r => r.Purpose));
        Assert.Equal("T/M", d.Signature!.Authority);
        Assert.Equal("ỦY BAN NHÂN DÂN", d.Signature.OnBehalfOf);
        Assert.Equal("PHÓ CHỦ TỊCH", d.Signature.Title);
        Assert.Equal("Trần Văn Tân", d.Signature.Name);
        Assert.Equal(["97/2019/QH14"], d.Implements.Select(r => r.Id));
    }

    [Fact]
    public void A_signer_name_may_be_missing_or_share_the_title_line()
    {
        var missing = Read(Doc("I. NHIỆM VỤ\n\n1. Một.").Replace("\nNguyễn Văn A", ""));
        Assert.Null(missing.Signature!.Name);
        Assert.Equal("BÍ THƯ", missing.Signature.Title);

        var shared = Read(Doc("I. NHIỆM VỤ\n\n1. Một.").Replace("BÍ THƯ\n\nNguyễn Văn A", "BÍ THƯ Nguyễn Văn A"));
        Assert.Equal("BÍ THƯ", shared.Signature!.Title);
        Assert.Equal("Nguyễn Văn A", shared.Signature.Name);
    }

    [Fact]
    public void Text_from_a_pdf_keeps_its_layout_recipients_left_signature_right()
    {
        var d = Read("""
                                  KẾ HOẠCH
                  Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị

            I. MỤC ĐÍCH, YÊU CẦU
               1. Quán triệt sâu sắc nội dung Chỉ thị
            và tổ chức thực hiện nghiêm túc.
            II. NHIỆM VỤ
               1. Tổ chức học tập.
            III. TỔ CHỨC THỰC HIỆN
               1. Các sở triển khai.
            
                                                 3
            Nơi nhận:                                        KT. BỘ TRƯỞNG
            - Bộ trưởng (để báo cáo);                        THỨ TRƯỞNG
            - Các Thứ trưởng;
            - Lưu: VT, KH.                                   Lê Minh Ngân
            """);
        Assert.Equal(3, d.Recipients.Length);
        Assert.Equal("KT.", d.Signature!.Authority);
        Assert.Equal("THỨ TRƯỞNG", d.Signature.Title);
        Assert.Equal("Lê Minh Ngân", d.Signature.Name);
        Assert.Equal("Quán triệt sâu sắc nội dung Chỉ thị và tổ chức thực hiện nghiêm túc.", d.Sections[0].Items[0].Text);
        Assert.Contains(d.Notes, n => n.Text == "3"); // a page number line
    }

    [Fact]
    public void Wrapped_recipient_lines_are_joined_to_their_entry()
    {
        var d = Read(Doc("I. NHIỆM VỤ\n\n1. Một.").Replace("- Ban Bí thư (b/c),", "- Đ/c Mai Văn Chính, Ủy viên BCHTW Đảng,\nPhó Trưởng ban Thường trực BTCTW,\n- Các quận ủy, huyện ủy, đảng đoàn,\nban cán sự đảng, đảng ủy trực thuộc Thành ủy,"));
        Assert.Equal(["Đ/c Mai Văn Chính, Ủy viên BCHTW Đảng, Phó Trưởng ban Thường trực BTCTW", "Các quận ủy, huyện ủy, đảng đoàn, ban cán sự đảng, đảng ủy trực thuộc Thành ủy", "Lưu Văn phòng Tỉnh ủy"],
            d.Recipients.Select(r => r.Text));
    }

    [Theory]
    [InlineData("| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n|---|---|---|---|---|\n| 1 | Xây dựng đề án | Sở Nội vụ | Sở Tài chính | Quý II/2024 |\n|  | (tiếp theo) |  |  |  |\n| 2 | Tổng kết | Văn phòng UBND tỉnh |  | Năm 2025 |")]
    [InlineData("TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành\n1 | Xây dựng đề án | Sở Nội vụ | Sở Tài chính | Quý II/2024\n | (tiếp theo) |  |  | \n2 | Tổng kết | Văn phòng UBND tỉnh |  | Năm 2025")]
    public void Pipe_tables_are_read_with_continuations_joined(string table)
    {
        var d = Read(Doc("I. NHIỆM VỤ\n\n1. Một.\n\nPHỤ LỤC\n\n" + table));
        var t = Assert.Single(d.Tables);
        Assert.Equal(["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"], t.Columns.AsEnumerable());
        Assert.Equal(2, t.Rows.Length);
        Assert.Equal("Xây dựng đề án (tiếp theo)", t.Rows[0].Cells[1]);
        Assert.Equal(2, t.Rows[0].Lines.Length);
        Assert.Equal("Quý II/2024", t.Rows[0].Item.Deadline!.Text);
        Assert.Equal(SectionRole.Appendix, d.Sections[^1].Role);
        Assert.Equal(2, d.Sections[^1].Items.Length);
    }

    [Fact]
    public void Tab_tables_drop_repeated_headers_and_keep_empty_lead_cells()
    {
        var d = Read(Doc("I. NHIỆM VỤ\n\n1. Một.\n\nPHỤ LỤC\n\nTT\tNội dung\tCơ quan chủ trì\tGhi chú\n1\tĐề án một\tBan Tổ chức Tỉnh ủy\t\n2\tĐề án hai, phần\t\t\n\nTT\tNội dung\tCơ quan chủ trì\tGhi chú\n\tđầu ở trang trước.\t\t\n3\tĐề án ba\t\t"));
        var t = Assert.Single(d.Tables);
        Assert.Equal(3, t.Rows.Length);
        Assert.Equal("Đề án hai, phần đầu ở trang trước.", t.Rows[1].Cells[1]);
        Assert.Equal("", t.Rows[2].Cells[2]);
    }

    [Fact]
    public void A_wrapper_resolution_keeps_the_program_after_its_recipients()
    {
        var d = Read("""
            NGHỊ QUYẾT
            Ban hành Chương trình hành động thực hiện Nghị quyết số 28-NQ/TW

            QUYẾT NGHỊ:
            Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động.
            Điều 2. Nghị quyết có hiệu lực từ ngày ký.

            Nơi nhận:
            - Như Điều 3;
            - Lưu: VT.

            T/M BAN CHẤP HÀNH
            BÍ THƯ

            Nguyễn Văn B

            CHƯƠNG TRÌNH HÀNH ĐỘNG
            thực hiện Nghị quyết số 28-NQ/TW

            I. MỤC ĐÍCH, YÊU CẦU
            1. Nâng cao nhận thức.
            II. NHIỆM VỤ, GIẢI PHÁP
            1. Đổi mới.
            III. TỔ CHỨC THỰC HIỆN
            1. Các ban triển khai.
            """);
        Assert.Equal(ProgramKind.ActionProgram, d.Kind);
        Assert.Equal([SectionRole.Purpose, SectionRole.Tasks, SectionRole.Organization], d.Sections.Select(s => s.Role));
        Assert.Contains(d.Notes, n => n.Text.StartsWith("Điều 1"));
    }

    [Theory]
    [InlineData("CÔNG VĂN\nVề việc triển khai\n\nKính gửi: Các sở, ban, ngành.\n\nĐề nghị các đơn vị báo cáo trước ngày 15/12.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Văn C")]
    [InlineData("NGHỊ QUYẾT\nvề nhiệm vụ năm 2024\n\nĐiều 1. Thông qua.\nĐiều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện.")]
    [InlineData("- Bộ Chính trị,\n- Ban Bí thư,\n- Lưu Văn phòng.")]
    [InlineData("Nơi nhận:\n- Bộ Chính trị,\n- Ban Bí thư,\n- Lưu Văn phòng.")]
    public void Neighbouring_genres_read_without_pretending(string text)
    {
        var d = Read(text);
        Assert.Equal(ProgramKind.Unknown, d.Kind);
        Assert.DoesNotContain(d.AllSections(), s => s.Role is SectionRole.Tasks or SectionRole.Organization or SectionRole.Purpose);
    }

    [Fact]
    public void Form_feeds_and_page_number_lines_do_not_break_items()
    {
        var d = Read(Doc("I. NHIỆM VỤ\n\n- Các cấp ủy triển khai thực hiện và\n\f\nbáo cáo kết quả.\n\n- Việc hai."));
        Assert.Equal("Các cấp ủy triển khai thực hiện và báo cáo kết quả.", d.Sections[0].Items[0].Text);
    }
}
