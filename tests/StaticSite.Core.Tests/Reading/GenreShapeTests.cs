using StaticSite.Core.Tests.Conformance;
using StaticSite.Model;
using static StaticSite.Core.Tests.Reading.ReaderTestKit;

namespace StaticSite.Core.Tests.Reading;

/// <summary>
/// One test per shape of the genre that issue 10 lists ("Shapes to read", 1–8), each on a short crafted document in
/// that shape (not a copy of a corpus file).
/// </summary>
public sealed class GenreShapeTests
{
    // A short body with the three sections a program needs, for tests about what stands around it.
    private const string Body = """
        I. MỤC ĐÍCH, YÊU CẦU
        1. Nâng cao nhận thức của cán bộ, đảng viên.
        II. NHIỆM VỤ, GIẢI PHÁP
        1. Tổ chức học tập, quán triệt.
        III. TỔ CHỨC THỰC HIỆN
        1. Các cơ quan, đơn vị triển khai thực hiện.
        """;

    // ---- 1. Header block -------------------------------------------------------------------------------------------

    [Fact]
    public void Header_block_two_pdftotext_columns_give_issuer_number_and_date()
    {
        var d = Read($"""
            HUYỆN ỦY BẢO THẮNG                   ĐẢNG CỘNG SẢN VIỆT NAM
                     *
               Số 52 -KH/HU                  Bảo Thắng, ngày 12 tháng 3 năm 2026


                               KẾ HOẠCH
                 thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị

            Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị, Huyện ủy Bảo Thắng ban hành Kế hoạch như sau:
            {Body}

            Nơi nhận:
            - Ban Thường vụ Tỉnh ủy (b/c),
            - Lưu Văn phòng Huyện ủy.

            T/M HUYỆN ỦY
            BÍ THƯ

            Lê Văn Hùng
            """);
        Assert.Equal("52-KH/HU", d.Header!.Number);
        Assert.Equal(new DateOnly(2026, 3, 12), d.Header.Date);
        Assert.Equal("Bảo Thắng", d.Header.Place);
        Assert.Equal("Huyện ủy Bảo Thắng", d.Issuer!.Name);
        Assert.Equal(CommitteeLevel.DistrictParty, d.Issuer.Level);
    }

    [Fact]
    public void Header_block_word_cells_joined_by_pipe()
    {
        var d = Read($"""
            ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG |  | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc
            Số: 215/KH-UBND |  | Lâm Đồng, ngày 05 tháng 9 năm 2025

            KẾ HOẠCH
            Triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị

            {Body}

            Nơi nhận:
            - Bộ Khoa học và Công nghệ (b/c);
            - Lưu: VT, KGVX.

            TM. ỦY BAN NHÂN DÂN
            CHỦ TỊCH

            Trần Văn Hiệp
            """);
        Assert.Equal("215/KH-UBND", d.Header!.Number);
        Assert.Equal(new DateOnly(2025, 9, 5), d.Header.Date);
        Assert.Equal("Ủy ban nhân dân tỉnh Lâm Đồng", d.Issuer!.Name);
        Assert.Equal(CommitteeLevel.PeoplesCommittee, d.Issuer.Level);
    }

    [Fact]
    public void Header_block_draft_blanks_stay_blank()
    {
        var d = Read($"""
            ỦY BAN NHÂN DÂN |  | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TỈNH YÊN BÁI |  | Độc lập - Tự do - Hạnh phúc
            Số:        /KH-UBND |  | Yên Bái, ngày      tháng      năm 2026

            KẾ HOẠCH
            Triển khai thực hiện Chỉ thị số 08-CT/TU ngày 10/01/2026 của Ban Thường vụ Tỉnh ủy

            {Body}

            Nơi nhận:
            - Thường trực Tỉnh ủy (b/c);
            - Lưu: VT.

            TM. ỦY BAN NHÂN DÂN
            CHỦ TỊCH
            """);
        Assert.True(d.Header?.Number is null or "/KH-UBND", $"a draft's number is blank, read '{d.Header?.Number}'");
        Assert.Null(d.Header?.Date);
        Assert.DoesNotContain(d.Implements, r => r.Id.EndsWith("/KH-UBND", StringComparison.Ordinal));
    }

    [Fact]
    public void Header_block_draft_number_blank_is_not_an_organ()
    {
        var d = Read($"""
            ỦY BAN NHÂN DÂN |  | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TỈNH YÊN BÁI |  | Độc lập - Tự do - Hạnh phúc
            Số:        /KH-UBND |  | Yên Bái, ngày      tháng      năm 2026

            KẾ HOẠCH
            Triển khai thực hiện Chỉ thị số 08-CT/TU ngày 10/01/2026 của Ban Thường vụ Tỉnh ủy

            {Body}
            """);
        Assert.Equal("Ủy ban nhân dân tỉnh Yên Bái", d.Issuer!.Name);
        Assert.Null(d.Issuer.Parent);
    }

    [Fact]
    public void Header_block_lowest_organ_is_the_issuer_its_parent_kept()
    {
        var d = Read($"""
            UBND TỈNH QUẢNG NAM	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            SỞ NỘI VỤ	Độc lập - Tự do - Hạnh phúc
            Số: 318/KH-SNV	Quảng Nam, ngày 20 tháng 5 năm 2025

            KẾ HOẠCH
            Thực hiện Kế hoạch số 95/KH-UBND ngày 02/4/2025 của UBND tỉnh

            {Body}

            Nơi nhận:
            - UBND tỉnh (b/c);
            - Lưu: VT, VP.

            GIÁM ĐỐC

            Phan Văn Bình
            """);
        Assert.Equal("Sở Nội vụ", d.Issuer!.Name);
        Assert.Equal("Ủy ban nhân dân tỉnh Quảng Nam", d.Issuer.Parent);
        Assert.Equal(CommitteeLevel.Department, d.Issuer.Level);
        Assert.Equal("318/KH-SNV", d.Header!.Number);
    }

    [Fact]
    public void Header_block_commune_party_committee_under_its_provincial_party_organisation()
    {
        var d = Read($"""
            ĐẢNG BỘ TỈNH NGHỆ AN	ĐẢNG CỘNG SẢN VIỆT NAM
            ĐẢNG ỦY XÃ HƯNG NGUYÊN	
            *	Hưng Nguyên, ngày 02 tháng 10 năm 2025
            Số 14-KH/ĐU	

            KẾ HOẠCH
            thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị

            {Body}

            Nơi nhận:
            - Ban Thường vụ Tỉnh ủy (b/c),
            - Lưu Văn phòng Đảng ủy.

            T/M ĐẢNG ỦY
            BÍ THƯ

            Hồ Văn Nam
            """);
        Assert.Equal("Đảng ủy xã Hưng Nguyên", d.Issuer!.Name);
        Assert.Equal(CommitteeLevel.CommuneParty, d.Issuer.Level);
        Assert.Equal("14-KH/ĐU", d.Header!.Number);
    }

    [Fact]
    public void Header_block_after_a_repository_banner_line()
    {
        var d = Read($"""
            [Bản trích chữ tự động bằng pdftotext từ KH-52-HU.pdf — 3 trang. Đối chiếu bản gốc khi trích nguyên văn.]

            THÀNH ỦY ĐÀ NẴNG                     ĐẢNG CỘNG SẢN VIỆT NAM
                     *
               Số 27-KH/TU                   Đà Nẵng, ngày 04 tháng 11 năm 2025

                               KẾ HOẠCH
                 thực hiện Kết luận số 121-KL/TW ngày 24/01/2025

            {Body}
            """);
        Assert.Equal("Thành ủy Đà Nẵng", d.Issuer!.Name);
        Assert.Equal("27-KH/TU", d.Header!.Number);
        Assert.Equal(new DateOnly(2025, 11, 4), d.Header.Date);
        Assert.Contains(d.Notes, n => n.Text.StartsWith("[Bản trích", StringComparison.Ordinal));
    }

    // ---- 2. Issuers of every level ---------------------------------------------------------------------------------

    [Fact]
    public void Body_named_relative_to_the_issuer_is_resolved_against_it()
    {
        var d = Read("""
            ỦY BAN NHÂN DÂN	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TỈNH QUẢNG NAM	Độc lập - Tự do - Hạnh phúc
            Số: 77/KH-UBND	Quảng Nam, ngày 11 tháng 3 năm 2025

            KẾ HOẠCH
            Triển khai thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017

            I. MỤC ĐÍCH, YÊU CẦU
            1. Tinh gọn bộ máy.
            II. NHIỆM VỤ
            1. Sở Nội vụ chủ trì, phối hợp với Ủy ban nhân dân các huyện, thị xã, thành phố rà soát vị trí việc làm.
            III. TỔ CHỨC THỰC HIỆN
            1. Các sở, ngành triển khai.
            """);
        var lead = Assert.Single(d.Assignments, a => a.Role == AssignmentRole.Lead && a.Body.AsWritten == "Sở Nội vụ");
        Assert.Contains("Quảng Nam", lead.Body.Name, StringComparison.Ordinal);
        Assert.Contains(d.Assignments, a => a.Role == AssignmentRole.Cooperate && a.Body.AsWritten.Contains("các huyện, thị xã, thành phố", StringComparison.Ordinal));
    }

    [Fact]
    public void Issuer_signed_for_the_standing_committee()
    {
        var d = Read($"""
            HUYỆN ỦY THẠCH HÀ	ĐẢNG CỘNG SẢN VIỆT NAM
            *	
            Số 09-CTr/HU	Thạch Hà, ngày 15 tháng 7 năm 2025

            CHƯƠNG TRÌNH HÀNH ĐỘNG
            thực hiện Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị

            {Body}

            Nơi nhận:
            - Ban Thường vụ Tỉnh ủy (b/c),
            - Lưu Văn phòng Huyện ủy.

            T/M BAN THƯỜNG VỤ
            PHÓ BÍ THƯ

            Trần Thị Lan
            """);
        Assert.Equal("Ban Thường vụ Huyện ủy Thạch Hà", d.Issuer!.Name);
        Assert.Equal(CommitteeLevel.DistrictParty, d.Issuer.Level);
        Assert.Equal("BAN THƯỜNG VỤ", d.Signature!.OnBehalfOf);
    }

    // ---- 3. Recipients and signature -------------------------------------------------------------------------------

    [Fact]
    public void Recipients_and_signature_interleaved_in_two_columns()
    {
        var d = Read(Doc(Body).Split("Nơi nhận:")[0] + """
            Nơi nhận:                                           T/M BAN THƯỜNG VỤ
            - Ban Bí thư Trung ương Đảng (b/c),
            - Các đảng ủy trực thuộc Tỉnh ủy,                  PHÓ BÍ THƯ
            - Các ban đảng Tỉnh ủy,
            - Lưu Văn phòng Tỉnh ủy.
                                                                Đinh Văn Toàn
            """);
        Assert.Equal(["Ban Bí thư Trung ương Đảng (b/c)", "Các đảng ủy trực thuộc Tỉnh ủy", "Các ban đảng Tỉnh ủy", "Lưu Văn phòng Tỉnh ủy"], d.Recipients.Select(r => r.Text));
        Assert.Equal("T/M", d.Signature!.Authority);
        Assert.Equal("BAN THƯỜNG VỤ", d.Signature.OnBehalfOf);
        Assert.Equal("PHÓ BÍ THƯ", d.Signature.Title);
        Assert.Equal("Đinh Văn Toàn", d.Signature.Name);
    }

    [Fact]
    public void Recipients_inline_in_one_line_with_signature_after_pipe()
    {
        var d = Read(Doc(Body).Split("Nơi nhận:")[0] + """
            Nơi nhận: - Bộ Xây dựng (b/c); - Các Thứ trưởng; - Lưu: VT, VLXD. | BỘ TRƯỞNG

            Nguyễn Thanh Nghị
            """);
        Assert.Equal(3, d.Recipients.Length);
        Assert.Equal(RecipientPurpose.Filed, d.Recipients[^1].Purpose);
        Assert.All(d.Recipients, r => Assert.DoesNotContain("BỘ TRƯỞNG", r.Text, StringComparison.Ordinal));
        Assert.Equal("BỘ TRƯỞNG", d.Signature!.Title);
        Assert.Equal("Nguyễn Thanh Nghị", d.Signature.Name);
    }

    [Fact]
    public void Recipients_and_signature_in_word_cells_joined_by_tab()
    {
        var d = Read(Doc(Body).Split("Nơi nhận:")[0] + "Nơi nhận:\n- Văn phòng Chính phủ;\n- Lưu: VT, NC.\tKT. CHỦ TỊCH\n\tPHÓ CHỦ TỊCH\n\n\tLê Văn Dũng\n");
        Assert.Equal(["Văn phòng Chính phủ", "Lưu: VT, NC"], d.Recipients.Select(r => r.Text));
        Assert.Equal("KT.", d.Signature!.Authority);
        Assert.Equal("PHÓ CHỦ TỊCH", d.Signature.Title);
        Assert.Equal("Lê Văn Dũng", d.Signature.Name);
    }

    [Fact]
    public void Recipient_heading_damaged_by_ocr()
    {
        var d = Read(Doc(Body).Replace("Nơi nhận:", "Nơi nhân:"));
        Assert.NotNull(d.RecipientsHeading);
        Assert.Equal(["Ban Bí thư (b/c)", "Lưu Văn phòng Tỉnh ủy"], d.Recipients.Select(r => r.Text));
        Assert.Equal("Nguyễn Văn A", d.Signature!.Name);
    }

    [Fact]
    public void Signature_three_layers()
    {
        var d = Read(Doc(Body).Split("Nơi nhận:")[0] + """
            Nơi nhận:
            - Ban Bí thư Trung ương Đảng;
            - Lưu: VT, TH.

            TM. CHÍNH PHỦ
            KT. THỦ TƯỚNG
            PHÓ THỦ TƯỚNG

            Trần Hồng Hà
            """);
        Assert.Equal(["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG"], d.Signature!.Layers.AsEnumerable());
        Assert.Equal("PHÓ THỦ TƯỚNG", d.Signature.Title);
        Assert.Equal("Trần Hồng Hà", d.Signature.Name);
    }

    [Fact]
    public void Signature_t_m_with_a_dot()
    {
        var d = Read(Doc(Body).Replace("T/M TỈNH ỦY", "T/M. TỈNH ỦY"));
        Assert.Equal("T/M", d.Signature!.Authority);
        Assert.Equal("TỈNH ỦY", d.Signature.OnBehalfOf);
        Assert.Equal("Nguyễn Văn A", d.Signature.Name);
    }

    [Fact]
    public void Signer_name_joined_to_the_title()
    {
        var d = Read(Doc(Body).Replace("T/M TỈNH ỦY\nBÍ THƯ\n\nNguyễn Văn A", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH Nguyễn Thành Sinh"));
        Assert.Equal("PHÓ CHỦ TỊCH", d.Signature!.Title);
        Assert.Equal("Nguyễn Thành Sinh", d.Signature.Name);
    }

    [Fact]
    public void Signer_name_after_many_blank_lines()
    {
        var d = Read(Doc(Body).Replace("BÍ THƯ\n\nNguyễn Văn A", "BÍ THƯ\n\n\n\n\n\n\n\n\n\nNguyễn Văn A"));
        Assert.Equal("BÍ THƯ", d.Signature!.Title);
        Assert.Equal("Nguyễn Văn A", d.Signature.Name);
    }

    [Fact]
    public void Signature_without_a_name()
    {
        var d = Read(Doc(Body).Replace("T/M TỈNH ỦY\nBÍ THƯ\n\nNguyễn Văn A", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n"));
        Assert.Null(d.Signature!.Name);
        Assert.Equal("CHỦ TỊCH", d.Signature.Title);
        Assert.Equal("ỦY BAN NHÂN DÂN", d.Signature.OnBehalfOf);
    }

    // ---- 4. Implemented documents ----------------------------------------------------------------------------------

    [Fact]
    public void Implemented_document_in_a_can_cu_clause_but_not_a_decree()
    {
        var d = Read($"""
            KẾ HOẠCH
            Triển khai công tác chuyển đổi số năm 2026

            Căn cứ Luật Giao dịch điện tử ngày 22 tháng 6 năm 2023;
            Căn cứ Nghị định số 47/2020/NĐ-CP ngày 09/4/2020 của Chính phủ về quản lý, kết nối và chia sẻ dữ liệu số;
            Căn cứ Nghị quyết số 45-NQ/TU ngày 15/12/2025 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số giai đoạn 2026-2030;
            Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

            {Body}
            """);
        Assert.Equal(["45-NQ/TU"], d.Implements.Select(r => r.Id));
        Assert.Contains(d.References, r => r.Id == "47/2020/NĐ-CP");
    }

    [Fact]
    public void Implemented_plan_of_the_peoples_committee_in_a_can_cu_clause()
    {
        // A Sở carrying out its province's plan: the plan is a program document, not legal basis.
        var d = Read($"""
            KẾ HOẠCH
            Triển khai công tác chuyển đổi số năm 2026

            Căn cứ Nghị định số 47/2020/NĐ-CP ngày 09/4/2020 của Chính phủ về quản lý, kết nối và chia sẻ dữ liệu số;
            Căn cứ Kế hoạch số 120/KH-UBND ngày 15/12/2025 của Ủy ban nhân dân tỉnh về chuyển đổi số giai đoạn 2026-2030;
            Sở Khoa học và Công nghệ ban hành Kế hoạch như sau:

            {Body}
            """);
        Assert.Equal(["120/KH-UBND"], d.Implements.Select(r => r.Id));
    }

    [Fact]
    public void Implemented_id_broken_over_a_line()
    {
        var d = Read($"""
            KẾ HOẠCH
            Thực hiện Kết luận số 121-
            KL/TW ngày 24/01/2025 của Ban Chấp hành Trung ương

            {Body}
            """);
        Assert.Equal(["121-KL/TW"], d.Implements.Select(r => r.Id));
        Assert.Equal("Kết luận", d.Implements[0].Kind);
    }

    [Fact]
    public void Implemented_id_written_without_spaces()
    {
        var d = Read($"""
            KẾ HOẠCH
            Thực hiện Chỉ thịsố46-CT/TW ngày 28/01/2025 của Ban Bí thư

            {Body}
            """);
        Assert.Equal(["46-CT/TW"], d.Implements.Select(r => r.Id));
        Assert.Equal("Chỉ thị", d.Implements[0].Kind);
    }

    [Fact]
    public void Implemented_id_without_so()
    {
        var d = Read($"""
            KẾ HOẠCH
            Tiếp tục thực hiện Nghị quyết 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương

            {Body}
            """);
        Assert.Equal(["29-NQ/TW"], d.Implements.Select(r => r.Id));
    }

    [Fact]
    public void Attachment_line_names_the_wrapper_not_the_program()
    {
        var d = Read($"""
            CHƯƠNG TRÌNH HÀNH ĐỘNG
            Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương
            (Ban hành kèm theo Quyết định số 1520/QĐ-UBND ngày 03/8/2025 của Ủy ban nhân dân tỉnh)

            {Body}
            """);
        Assert.Equal(["18-NQ/TW"], d.Implements.Select(r => r.Id));
        Assert.Contains(d.References, r => r.Id == "1520/QĐ-UBND");
    }

    [Fact]
    public void Own_number_is_not_an_implemented_document()
    {
        var d = Read($"""
            TỈNH ỦY QUẢNG TRỊ                    ĐẢNG CỘNG SẢN VIỆT NAM
                    *
             Số 88-CTr/TU                   Quảng Trị, ngày 10 tháng 6 năm 2025

                          CHƯƠNG TRÌNH HÀNH ĐỘNG
               thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị

            {Body}
            """);
        Assert.Equal("88-CTr/TU", d.Header!.Number);
        Assert.Equal(["66-NQ/TW"], d.Implements.Select(r => r.Id));
    }

    // ---- 5. Sections -----------------------------------------------------------------------------------------------

    [Fact]
    public void Sections_numbered_with_ocr_damaged_roman_numerals()
    {
        var d = Read("""
            KẾ HOẠCH
            thực hiện Kết luận số 75-KL/TW ngày 28/7/2026

            1- MỤC ĐÍCH, YÊU CẦU
            1. Quán triệt sâu sắc nội dung Kết luận.
            II- NHIỆM VỤ, GIẢI PHÁP
            1. Tổ chức học tập.
            HI- TỔ CHỨC THỰC HIỆN
            1. Các cấp ủy triển khai.
            """);
        Assert.Equal([SectionRole.Purpose, SectionRole.Tasks, SectionRole.Organization], d.Sections.Select(s => s.Role));
        Assert.All(d.Sections, s => Assert.Single(s.Items));
    }

    [Fact]
    public void Sections_numbered_decimally_at_the_top_level()
    {
        var d = Read("""
            KẾ HOẠCH
            Triển khai thực hiện Chỉ thị số 13-CT/TW ngày 12/01/2026

            1. MỤC ĐÍCH, YÊU CẦU
            - Quán triệt nội dung Chỉ thị.
            2. NHIỆM VỤ, GIẢI PHÁP
            - Rà soát quy hoạch.
            - Kiểm tra việc chấp hành.
            3. KINH PHÍ THỰC HIỆN
            - Từ nguồn ngân sách nhà nước.
            4. TỔ CHỨC THỰC HIỆN
            - Các đơn vị triển khai.
            """);
        Assert.Equal([SectionRole.Purpose, SectionRole.Tasks, SectionRole.Funding, SectionRole.Organization], d.Sections.Select(s => s.Role));
        Assert.Equal(2, d.Sections[1].Items.Length);
    }

    [Fact]
    public void Sections_numbered_decimally_in_sentence_case()
    {
        // The issue's own example: "1. Mục đích, yêu cầu" … "4. Tổ chức thực hiện", with no Roman numeral anywhere.
        var d = Read("""
            KẾ HOẠCH
            Triển khai thực hiện Chỉ thị số 13-CT/TW ngày 12/01/2026

            1. Mục đích, yêu cầu
            - Quán triệt nội dung Chỉ thị.
            2. Nhiệm vụ, giải pháp
            - Rà soát quy hoạch.
            - Kiểm tra việc chấp hành.
            3. Kinh phí thực hiện
            - Từ nguồn ngân sách nhà nước.
            4. Tổ chức thực hiện
            - Các đơn vị triển khai.
            """);
        Assert.Equal([SectionRole.Purpose, SectionRole.Tasks, SectionRole.Funding, SectionRole.Organization], d.Sections.Select(s => s.Role));
        Assert.Equal(2, d.Sections[1].Items.Length);
    }

    [Fact]
    public void Purpose_stated_under_muc_tieu_alone()
    {
        var d = Read("""
            CHƯƠNG TRÌNH HÀNH ĐỘNG
            thực hiện Nghị quyết số 10-NQ/TW ngày 03/6/2017

            I. MỤC TIÊU
            1. Phát triển kinh tế tư nhân trở thành động lực quan trọng.
            II. NHIỆM VỤ, GIẢI PHÁP
            1. Hoàn thiện thể chế.
            III. TỔ CHỨC THỰC HIỆN
            1. Các bộ, ngành triển khai.
            """);
        Assert.DoesNotContain(d.AllSections(), s => s.Role == SectionRole.Purpose);
        var purpose = d.PurposeSection();
        Assert.NotNull(purpose);
        Assert.Equal("MỤC TIÊU", purpose.Heading);
    }

    [Fact]
    public void Outline_after_the_signature_is_an_attachment()
    {
        var d = Read(Doc(Body) + """

            ĐỀ CƯƠNG BÁO CÁO
            I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN
            1. Công tác lãnh đạo, chỉ đạo.
            II. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI
            1. Đề xuất, kiến nghị.
            """);
        var signatureEnd = d.Signature!.Span.EndLine;
        Assert.Equal(1, d.AllSections().Count(s => s.Role == SectionRole.Tasks));
        Assert.All(d.AllSections().Where(s => s.Span.Line > signatureEnd), s => Assert.True(s.Role is SectionRole.Other or SectionRole.Appendix, $"'{s.Heading}' after the signature has role {s.Role}"));
    }

    // ---- 6. Body blocks of the organization part -------------------------------------------------------------------

    private static List<(string Key, int Count, int Line)> Blocks(string organization) =>
        CorpusConformanceTests.BodyBlocks(Read(Doc("I. NHIỆM VỤ, GIẢI PHÁP\n1. Tổ chức học tập.\nII. TỔ CHỨC THỰC HIỆN\n" + organization)));

    [Fact]
    public void Body_block_heading_unknown_to_the_registry()
    {
        var blocks = Blocks("""
            1. Trung tâm Khuyến nông tỉnh
            - Xây dựng mô hình trình diễn.
            - Tập huấn cho nông dân.
            2. Ban Tuyên giáo Tỉnh ủy
            - Hướng dẫn tuyên truyền.
            """);
        Assert.Equal(2, blocks.Count);
        Assert.StartsWith("trung tam khuyen nong", blocks[0].Key, StringComparison.Ordinal);
        Assert.Equal(2, blocks[0].Count);
        Assert.Equal(1, blocks[1].Count);
    }

    [Fact]
    public void Body_block_heading_ending_in_chi_dao_colon()
    {
        var blocks = Blocks("""
            1. Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo:
            - Xây dựng kế hoạch cụ thể.
            - Bố trí kinh phí thực hiện.
            - Kiểm tra, đôn đốc.
            """);
        var block = Assert.Single(blocks);
        Assert.Equal(3, block.Count);
    }

    [Fact]
    public void Body_block_heading_naming_several_bodies()
    {
        var d = Read(Doc("I. NHIỆM VỤ, GIẢI PHÁP\n1. Tổ chức học tập.\nII. TỔ CHỨC THỰC HIỆN\n" + """
            1. Ban Tuyên giáo và Dân vận Tỉnh ủy, Ban Tổ chức Tỉnh ủy
            - Hướng dẫn học tập, quán triệt.
            - Theo dõi, đôn đốc việc thực hiện.
            """));
        var block = Assert.Single(CorpusConformanceTests.BodyBlocks(d));
        Assert.Equal(2, block.Count);
        var heading = d.Assignments.Where(a => a.Source == AssignmentSource.Heading).GroupBy(a => a.HeadingItem).Single();
        Assert.True(heading.Select(a => a.Body.Id).Distinct().Count() >= 2, "a heading naming two bodies assigns both");
    }

    [Fact]
    public void Body_block_heading_followed_by_plain_paragraphs_owns_them()
    {
        var blocks = Blocks("""
            1. Ban Tổ chức Tỉnh ủy

            Tham mưu kiện toàn tổ chức bộ máy.

            Hướng dẫn đánh giá cán bộ gắn với kết quả thực hiện.
            2. Văn phòng Tỉnh ủy
            - Theo dõi, tổng hợp.
            """);
        Assert.Equal(2, blocks.Count);
        Assert.Equal(2, blocks[0].Count);
    }

    [Fact]
    public void Single_sentence_naming_its_body_is_not_a_block()
    {
        var d = Read(Doc("I. NHIỆM VỤ, GIẢI PHÁP\n1. Tổ chức học tập.\nII. TỔ CHỨC THỰC HIỆN\n" + """
            1. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan hướng dẫn tuyên truyền kết quả thực hiện.
            2. Văn phòng Tỉnh ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy.
            """));
        Assert.Empty(CorpusConformanceTests.BodyBlocks(d));
        Assert.Contains(d.Assignments, a => a.Role == AssignmentRole.Lead && a.Body.Name.Contains("Tuyên giáo", StringComparison.Ordinal));
    }

    // ---- 7. Appendix tables ----------------------------------------------------------------------------------------

    [Fact]
    public void Appendix_table_column_aligned_pdftotext()
    {
        var d = Read(Doc(Body) + "\n" + """
                                        PHỤ LỤC
                           CÁC NHIỆM VỤ TRỌNG TÂM

                                              Cơ quan        Thời gian
            TT          Nội dung
                                              chủ trì        hoàn thành
            I   Lĩnh vực môi trường
                Xây dựng đề án thu gom
             1  chất thải rắn sinh hoạt       Sở Nông nghiệp  Năm 2027
                tại khu dân cư                và Môi trường
             2  Kiểm kê khí nhà kính          Sở Công Thương  Quý IV/2026
            
                                         12
            """ + "\f" + """
                                              Cơ quan        Thời gian
            TT          Nội dung
                                              chủ trì        hoàn thành
             3  Trồng rừng phòng hộ           Sở Nông nghiệp  Hằng năm
                ven sông                      và Môi trường
            """);
        var t = Assert.Single(d.Tables);
        Assert.Equal(4, t.Rows.Length);
        Assert.Equal([true, false, false, false], t.Rows.Select(r => r.IsGroup));
        Assert.Equal(3, t.Rows.Count(r => !r.IsGroup));
        Assert.Equal("Xây dựng đề án thu gom chất thải rắn sinh hoạt tại khu dân cư", t.Rows[1].Cells[t.ColumnOf(TableColumnRole.Content)]);
        Assert.Equal("Trồng rừng phòng hộ ven sông", t.Rows[3].Cells[t.ColumnOf(TableColumnRole.Content)]);
    }

    private static AppendixTable TabTable(string rows) =>
        Assert.Single(Read(Doc(Body) + "\n\nPHỤ LỤC\n\nTT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành\n" + rows).Tables);

    [Fact]
    public void Appendix_table_column_number_row_is_not_a_task()
    {
        var t = TabTable("(1)\t(2)\t(3)\t(4)\n1\tXây dựng đề án\tSở Nội vụ\tQuý II/2026\n2\tTổng kết\tVăn phòng UBND tỉnh\tNăm 2027\n");
        Assert.Equal(2, t.Rows.Count(r => !r.IsGroup));
        Assert.DoesNotContain(t.Rows, r => r.Cells[0] == "(1)" && !r.IsGroup);
    }

    [Fact]
    public void Appendix_table_empty_tt_row_with_capital_is_a_task()
    {
        var t = TabTable("1\tXây dựng đề án\tSở Nội vụ\tQuý II/2026\n\tTổ chức hội nghị tổng kết\tVăn phòng UBND tỉnh\tNăm 2027\n");
        Assert.Equal(2, t.Rows.Count(r => !r.IsGroup));
        Assert.Equal("Xây dựng đề án", t.Rows[0].Cells[1]);
    }

    [Fact]
    public void Appendix_table_empty_tt_row_in_lower_case_continues_the_row()
    {
        var t = TabTable("1\tXây dựng đề án\tSở Nội vụ\tQuý II/2026\n\tvề vị trí việc làm\t\t\n");
        var row = Assert.Single(t.Rows);
        Assert.Equal("Xây dựng đề án về vị trí việc làm", row.Cells[1]);
    }

    [Fact]
    public void Appendix_table_numbered_row_with_header_words_is_a_row()
    {
        var t = TabTable("1\tNội dung tuyên truyền\tCơ quan chủ trì\tThời gian hoàn thành\n2\tTổng kết\tVăn phòng UBND tỉnh\tNăm 2027\n");
        Assert.Equal(2, t.Rows.Count(r => !r.IsGroup));
    }

    [Fact]
    public void Appendix_table_group_rows_are_not_tasks()
    {
        var t = TabTable("I\tLĩnh vực kinh tế\t\t\n1\tXây dựng đề án\tSở Tài chính\tNăm 2026\nII.1\tVăn hóa\t\t\n2\tTổ chức lễ hội\tSở Văn hóa\tNăm 2027\n");
        Assert.Equal([true, false, true, false], t.Rows.Select(r => r.IsGroup));
    }

    // ---- 8. Wrappers and neighbours --------------------------------------------------------------------------------

    [Fact]
    public void Neighbour_resolution_is_named_not_a_program()
    {
        var d = Read("""
            TỈNH ỦY HÒA BÌNH	ĐẢNG CỘNG SẢN VIỆT NAM
            Số 40-NQ/TU	Hòa Bình, ngày 05 tháng 3 năm 2026

            NGHỊ QUYẾT
            về phát triển du lịch giai đoạn 2026-2030

            I. TÌNH HÌNH
            Du lịch của tỉnh phát triển khá.
            II. MỤC TIÊU
            Đến năm 2030 đón 5 triệu lượt khách.

            Nơi nhận:
            - Ban Bí thư (b/c),
            - Lưu Văn phòng Tỉnh ủy.

            T/M BAN THƯỜNG VỤ
            BÍ THƯ

            Bùi Văn Khánh
            """);
        Assert.Equal(ProgramKind.Unknown, d.Kind);
        Assert.Equal("Nghị quyết", d.OtherKind);
    }

    [Fact]
    public void Neighbour_cong_van_named_from_its_number()
    {
        var d = Read("""
            ĐẢNG BỘ TỈNH TUYÊN QUANG	ĐẢNG CỘNG SẢN VIỆT NAM
            ĐẢNG ỦY XÃ YÊN SƠN	
            Số 12-CV/ĐU	Yên Sơn, ngày 08 tháng 4 năm 2026
            V/v triển khai thực hiện Chương trình số 20-CTr/TU

            Kính gửi: Các chi bộ trực thuộc.

            Thực hiện Chương trình số 20-CTr/TU, Ban Thường vụ Đảng ủy đề nghị các chi bộ báo cáo kết quả trước ngày 30/4/2026.

            Nơi nhận:
            - Như kính gửi,
            - Lưu Văn phòng Đảng ủy.

            T/M ĐẢNG ỦY
            BÍ THƯ

            Hà Văn Tú
            """);
        Assert.Equal(ProgramKind.Unknown, d.Kind);
        Assert.Equal("Công văn", d.OtherKind);
        Assert.Equal("12-CV/ĐU", d.Header!.Number);
    }

    [Fact]
    public void Markdown_wrapper_fence_and_signature_timestamp_are_notes()
    {
        var d = Read("""
            ---
            issuer: Ủy ban nhân dân tỉnh Lâm Đồng
            source: https://example.org/kh-215.pdf
            ---

            Tóm tắt: kế hoạch triển khai Nghị quyết số 57-NQ/TW.

            ```text
            KẾ HOẠCH
            Triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị

            I. MỤC ĐÍCH, YÊU CẦU
            1. Nâng cao nhận thức.
            II. NHIỆM VỤ, GIẢI PHÁP
            1. Hoàn thiện thể chế.
            III. TỔ CHỨC THỰC HIỆN
            1. Các sở, ngành triển khai.

            Nơi nhận:
            - Bộ Khoa học và Công nghệ (b/c);
            - Lưu: VT.

            TM. ỦY BAN NHÂN DÂN
            CHỦ TỊCH

            Trần Văn Hiệp
            Ký bởi: Ủy ban nhân dân tỉnh Lâm Đồng
            Thời gian ký: 05.09.2025 10:15:22 +07:00
            ```
            """);
        Assert.Equal(ProgramKind.Plan, d.Kind);
        Assert.Empty(d.Unplaced);
        Assert.Equal([SectionRole.Purpose, SectionRole.Tasks, SectionRole.Organization], d.Sections.Select(s => s.Role));
        Assert.Equal("Trần Văn Hiệp", d.Signature!.Name);
        Assert.Contains(d.Notes, n => n.Text.StartsWith("```", StringComparison.Ordinal));
        Assert.Equal(["57-NQ/TW"], d.Implements.Select(r => r.Id));
    }

    [Fact]
    public void Markdown_wrapper_title_in_front_matter_and_in_the_text_placed_once()
    {
        var d = Read("""
            ---
            title: Kế hoạch chuyển đổi số
            ---

            KẾ HOẠCH
            Triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị

            I. NHIỆM VỤ, GIẢI PHÁP
            1. Hoàn thiện thể chế.
            """);
        Assert.Equal("Kế hoạch chuyển đổi số", d.Title!.Text);
    }

    [Fact]
    public void Digital_signature_stamp_above_the_header_is_not_the_issuer()
    {
        var d = Read($"""
            SỞ NỘI VỤ
            TỈNH QUẢNG NAM
            20-05-2025 15:42:10 +07:00

            UBND TỈNH QUẢNG NAM	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            SỞ NỘI VỤ	Độc lập - Tự do - Hạnh phúc
            Số: 318/KH-SNV	Quảng Nam, ngày 20 tháng 5 năm 2025

            KẾ HOẠCH
            Thực hiện Kế hoạch số 95/KH-UBND ngày 02/4/2025 của UBND tỉnh

            {Body}
            """);
        Assert.Equal("Sở Nội vụ", d.Issuer!.Name);
        Assert.Equal("Ủy ban nhân dân tỉnh Quảng Nam", d.Issuer.Parent);
        Assert.Equal("318/KH-SNV", d.Header!.Number);
    }

    [Fact]
    public void Wrapper_resolution_with_attached_program_after_its_recipients()
    {
        var d = Read("""
            TỈNH ỦY THANH HÓA	ĐẢNG CỘNG SẢN VIỆT NAM
            Số 15-NQ/TU	Thanh Hóa, ngày 20 tháng 2 năm 2026

            NGHỊ QUYẾT
            ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị

            QUYẾT NGHỊ:
            Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động.
            Điều 2. Nghị quyết có hiệu lực từ ngày ký.

            Nơi nhận:
            - Ban Bí thư (b/c),
            - Lưu Văn phòng Tỉnh ủy.

            T/M BAN THƯỜNG VỤ
            BÍ THƯ

            Đỗ Trọng Hưng

            CHƯƠNG TRÌNH HÀNH ĐỘNG
            thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị
            (Ban hành kèm theo Nghị quyết số 15-NQ/TU ngày 20/02/2026 của Ban Thường vụ Tỉnh ủy)

            I. MỤC ĐÍCH, YÊU CẦU
            1. Nâng cao nhận thức về khoa học, công nghệ.
            II. NHIỆM VỤ, GIẢI PHÁP
            1. Hoàn thiện thể chế.
            III. TỔ CHỨC THỰC HIỆN
            1. Các cấp ủy triển khai.
            """);
        Assert.Equal(ProgramKind.ActionProgram, d.Kind);
        Assert.Null(d.OtherKind);
        Assert.Equal([SectionRole.Purpose, SectionRole.Tasks, SectionRole.Organization], d.Sections.Select(s => s.Role));
        Assert.Equal(2, d.Recipients.Length);
        Assert.Equal(["57-NQ/TW"], d.Implements.Select(r => r.Id));
        Assert.Equal("15-NQ/TU", d.Header!.Number);
    }
}
