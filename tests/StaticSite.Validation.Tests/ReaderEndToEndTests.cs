using StaticSite.Diagnostics;
using StaticSite.Reading;

namespace StaticSite.Validation.Tests;

/// <summary>Small text documents through the real reader, then the validator.</summary>
public sealed class ReaderEndToEndTests
{
    private const string Program = """
        CHƯƠNG TRÌNH HÀNH ĐỘNG
        thực hiện Nghị quyết số 28-NQ/TW ngày 17/11/2022 của Ban Chấp hành Trung ương Đảng

        Thực hiện Nghị quyết số 28-NQ/TW ngày 17/11/2022 của Ban Chấp hành Trung ương Đảng, Ban Thường vụ Thành ủy Cần Thơ ban hành Chương trình hành động như sau:

        I. MỤC ĐÍCH, YÊU CẦU

        1. Quán triệt sâu sắc nội dung Nghị quyết.

        2. Xác định rõ trách nhiệm của các cấp ủy, tổ chức đảng.

        II. NHIỆM VỤ VÀ GIẢI PHÁP

        1. Đổi mới phương thức lãnh đạo của Đảng đối với hệ thống chính trị.

        2. Nhiệm vụ cụ thể

        2.1. Ban Tổ chức Thành ủy

        - Tham mưu sửa đổi quy chế làm việc của cấp ủy.

        2.2. Ban Tuyên giáo Thành ủy

        - Tuyên truyền sâu rộng nội dung Nghị quyết.

        III. TỔ CHỨC THỰC HIỆN

        1. Ban Tổ chức Thành ủy chủ trì theo dõi, đôn đốc việc thực hiện Chương trình.

        Nơi nhận:
        - Ban Bí thư Trung ương Đảng,
        - Các ban xây dựng Đảng của Thành ủy,
        - Lưu Văn phòng Thành ủy.

        T/M BAN THƯỜNG VỤ
        BÍ THƯ

        Nguyễn Văn A
        """;

    private static ValidationReport Validate(string text) =>
        Validator.Validate([ProgramReader.ReadText(text, "x.txt", ReaderOptions.Default)], RuleContext.Default);

    private static int LineOf(string text, string needle) =>
        text[..text.IndexOf(needle, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    [Fact]
    public void A_complete_small_program_has_no_errors()
    {
        var report = Validate(Program);
        Assert.False(report.HasErrors, string.Join("\n", report.Diagnostics));
        Assert.DoesNotContain(report.Diagnostics, d => d.Rule is "numbering" or "missing-signature" or "item-without-body" or "body-not-in-recipients");
    }

    [Fact]
    public void A_numbering_gap_is_found_at_the_later_number()
    {
        var text = Program.Replace("2.2. Ban Tuyên giáo", "2.3. Ban Tuyên giáo");
        var finding = Assert.Single(Validate(text).Diagnostics, d => d.Rule == "numbering");
        Assert.Equal(LineOf(text, "2.3. Ban Tuyên giáo"), finding.Span.Line);
    }

    [Fact]
    public void Without_the_organization_section_the_program_fails()
    {
        var start = Program.IndexOf("III. TỔ CHỨC", StringComparison.Ordinal);
        var text = Program[..start] + Program[Program.IndexOf("Nơi nhận:", StringComparison.Ordinal)..];
        var finding = Assert.Single(Validate(text).Diagnostics, d => d.Rule == "missing-organization");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(LineOf(text, "Nơi nhận:"), finding.Span.Line);
    }

    [Fact]
    public void A_body_missing_from_the_recipients_is_found()
    {
        var text = Program.Replace("- Các ban xây dựng Đảng của Thành ủy,\n", "");
        var findings = Validate(text).Diagnostics.Where(d => d.Rule == "body-not-in-recipients").ToList();
        Assert.Contains(findings, d => d.Message.Contains("Ban Tuyên giáo Thành ủy"));
    }

    [Fact]
    public void An_official_letter_is_not_taken_for_a_program()
    {
        const string letter = """
            Kính gửi: Các sở, ban, ngành thành phố

            Ủy ban nhân dân thành phố đề nghị các cơ quan báo cáo kết quả thực hiện trước ngày 15/12/2024.

            Nơi nhận:
            - Như trên,
            - Lưu: VT.
            """;
        var rules = Validate(letter).Diagnostics.Select(d => d.Rule).ToHashSet();
        Assert.Superset(new HashSet<string> { "missing-purpose", "missing-tasks", "missing-organization" }, rules);
    }
}
