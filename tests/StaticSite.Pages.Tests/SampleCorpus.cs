using System.Collections.Immutable;
using StaticSite.Bodies;
using StaticSite.Config;
using StaticSite.Model;
using StaticSite.Reading;

namespace StaticSite.Pages.Tests;

/// <summary>A small hand-built corpus: two programs of one committee, one of another, tables, deadlines of every kind, hostile text.</summary>
internal static class SampleCorpus
{
    public static readonly DateOnly BuildDate = new(2024, 6, 15);

    public static readonly Issuer CanTho = new("Ban Chấp hành Đảng bộ thành phố Cần Thơ", "Thành ủy Cần Thơ", CommitteeLevel.CityParty, "Cần Thơ", IssuerSource.Text, null);
    public static readonly Issuer HaNoi = new("Thành ủy Hà Nội", "Thành ủy Hà Nội", CommitteeLevel.CityParty, "Hà Nội", IssuerSource.Text, null);

    public static BodyRef Body(string asWritten, string name, string function, Issuer issuer) =>
        new(asWritten, Text.Slug.From($"{name}"), name, function, issuer.Committee, true, false, []);

    public static readonly BodyRef ToChucCanTho = Body("Ban Tổ chức Thành ủy", "Ban Tổ chức Thành ủy Cần Thơ", "ban-to-chuc", CanTho);
    public static readonly BodyRef TuyenGiaoCanTho = Body("Ban Tuyên giáo Thành ủy", "Ban Tuyên giáo Thành ủy Cần Thơ", "ban-tuyen-giao", CanTho);
    public static readonly BodyRef ToChucHaNoi = Body("Ban Tổ chức Thành ủy", "Ban Tổ chức Thành ủy Hà Nội", "ban-to-chuc", HaNoi);

    public static SourceSpan At(string file, int line) => SourceSpan.At(file, line);

    public static Deadline Recurring(string file, int line) => new("thực hiện thường xuyên", DeadlineKind.Recurring, null, null, At(file, line));
    public static Deadline Quarter(string file, int line, int year, int q) =>
        new($"hoàn thành trong quý {new[] { "I", "II", "III", "IV" }[q - 1]}/{year}", DeadlineKind.DateRange, new DateOnly(year, q * 3 - 2, 1), new DateOnly(year, q * 3, 1).AddMonths(1).AddDays(-1), At(file, line));
    public static Deadline Year(string file, int line, int year) => new($"thực hiện trong năm {year}", DeadlineKind.DateRange, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), At(file, line));
    public static Deadline Condition(string file, int line) => new("thực hiện khi Trung ương yêu cầu", DeadlineKind.Conditional, null, null, At(file, line));

    public static Item Item(string file, string id, string marker, string text, int line, Deadline? deadline = null, bool heading = false, params Item[] children)
    {
        var style = marker switch
        {
            "" => MarkerStyle.Paragraph,
            "-" => MarkerStyle.Dash,
            "+" => MarkerStyle.Plus,
            _ when marker.EndsWith(')') && char.IsLetter(marker[0]) => MarkerStyle.Letter,
            _ => MarkerStyle.Decimal,
        };
        return new Item(id, new ItemMarker(style, marker, []), text, heading, deadline, At(file, line), [.. children]);
    }

    public static Reference Ref(string file, int line, string kind, string id, string type, string issuer, string asWritten, DateOnly? date = null) =>
        new(id, kind, id.Split('-', '/')[0], type, issuer, date, asWritten, At(file, line));

    /// <summary>Program A (Cần Thơ): sections, nested items, a table, assignments, hostile text.</summary>
    public static ProgramDocument ProgramA()
    {
        const string f = "a-can-tho.txt";
        var i111 = Item(f, "i-3-1-1-1", "a)", "Rà soát, bổ sung quy chế làm việc <script>alert('x')</script> & các quy định *liên quan*", 30, Quarter(f, 30, 2023, 2));
        var i112 = Item(f, "i-3-1-1-2", "b)", "Tổng kết việc thực hiện [Kế hoạch số 12-KH/TW](javascript:alert(1)) ngày 28/11/2022", 31, Year(f, 31, 2025));
        var i11 = Item(f, "i-3-1-1", "1.1.", "Đổi mới công tác ban hành nghị quyết", 29, null, true, i111, i112);
        var i12 = Item(f, "i-3-1-2", "1.2.", "Tuyên truyền sâu rộng Nghị quyết số 28-NQ/TW trong cán bộ, đảng viên", 33, Recurring(f, 33));
        var i1 = Item(f, "i-3-1", "1.", "Nhiệm vụ trọng tâm", 28, null, true, i11, i12);
        var i21 = Item(f, "i-3-2-1", "-", "# Không phải tiêu đề — 1. không phải danh sách", 36, Condition(f, 36));
        var i22 = Item(f, "i-3-2-2", "-", "Xây dựng đề án theo Quyết định số 218-QĐ/TW", 37);
        var i2 = Item(f, "i-3-2", "2.", "Ban Tổ chức Thành ủy", 35, null, true, i21, i22);
        var tasks = new Section("s-3", SectionLevel.Roman, SectionRole.Tasks, "III", "NHIỆM VỤ VÀ GIẢI PHÁP", "nhiệm vụ và giải pháp", At(f, 27), [i1, i2], []);
        var purpose = new Section("s-1", SectionLevel.Roman, SectionRole.Purpose, "I", "MỤC ĐÍCH, YÊU CẦU", "mục đích, yêu cầu", At(f, 10),
            [Item(f, "i-1-1", "1.", "Nắm vững Nghị quyết số 28-NQ/TW ngày 17/11/2022 và Kế hoạch số 12-KH/TW", 11)], []);

        var row1Item = Item(f, "i-4-1", "1", "Sơ kết 2 năm thực hiện Chương trình", 50, Quarter(f, 50, 2024, 4));
        var row2Item = Item(f, "i-4-2", "2", "Tổng kết | báo cáo _Bộ Chính trị_", 51, Year(f, 51, 2023));
        var table = new AppendixTable(new TextNode("DANH MỤC NHIỆM VỤ CỤ THỂ", At(f, 48)), ["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian hoàn thành"],
            [
                new TableRow(["1", "Sơ kết 2 năm thực hiện Chương trình", "Ban Tổ chức Thành ủy", "Quý IV/2024"], [50], row1Item, At(f, 50)),
                new TableRow(["2", "Tổng kết | báo cáo _Bộ Chính trị_", "Ban Tuyên giáo Thành ủy", "Năm 2023"], [51], row2Item, At(f, 51)),
            ], SourceSpan.Lines(f, 48, 51));
        var appendix = new Section("s-4", SectionLevel.Appendix, SectionRole.Appendix, null, "PHỤ LỤC", "phụ lục", At(f, 47), [row1Item, row2Item], []);

        return new ProgramDocument
        {
            Path = f,
            Slug = "a-can-tho",
            Kind = ProgramKind.ActionProgram,
            KindLine = new TextNode("CHƯƠNG TRÌNH HÀNH ĐỘNG", At(f, 3)),
            Title = new TextNode("thực hiện Nghị quyết số 28-NQ/TW ngày 17/11/2022 về đổi mới phương thức lãnh đạo", At(f, 5)),
            Issuer = CanTho,
            Header = new DocumentHeader("15-CTr/TU", new DateOnly(2023, 3, 1), "Cần Thơ", At(f, 1)),
            Implements = [Ref(f, 5, "Nghị quyết", "28-NQ/TW", "NQ", "TW", "Nghị quyết số 28-NQ/TW ngày 17/11/2022", new DateOnly(2022, 11, 17))],
            References =
            [
                Ref(f, 5, "Nghị quyết", "28-NQ/TW", "NQ", "TW", "Nghị quyết số 28-NQ/TW ngày 17/11/2022", new DateOnly(2022, 11, 17)),
                Ref(f, 11, "Kế hoạch", "12-KH/TW", "KH", "TW", "Kế hoạch số 12-KH/TW"),
            ],
            Preamble = [new TextNode("Thực hiện Nghị quyết số 28-NQ/TW ngày 17/11/2022 của Ban Chấp hành Trung ương Đảng, Ban Chấp hành Đảng bộ thành phố ban hành Chương trình hành động như sau:", At(f, 8))],
            Sections = [purpose, tasks, appendix],
            Assignments =
            [
                new Assignment(ToChucCanTho, AssignmentRole.Lead, AssignmentSource.Heading, [i2], At(f, 35)) { HeadingItem = i2.Id },
                new Assignment(ToChucCanTho, AssignmentRole.Lead, AssignmentSource.TableColumn, [row1Item], At(f, 50)),
                new Assignment(ToChucCanTho, AssignmentRole.Cooperate, AssignmentSource.Sentence, [i111, i12], At(f, 30)),
                new Assignment(TuyenGiaoCanTho, AssignmentRole.Lead, AssignmentSource.Sentence, [i12, i112], At(f, 33)),
                new Assignment(TuyenGiaoCanTho, AssignmentRole.Lead, AssignmentSource.TableColumn, [row2Item], At(f, 51)),
            ],
            Recipients =
            [
                new Recipient("Ban Bí thư Trung ương Đảng (b/c)", RecipientPurpose.Report, [], At(f, 60)),
                new Recipient("Các ban xây dựng Đảng của Thành ủy", RecipientPurpose.Implement, [], At(f, 61)),
                new Recipient("Lưu Văn phòng Thành ủy", RecipientPurpose.Filed, [], At(f, 62)),
            ],
            RecipientsHeading = new TextNode("Nơi nhận:", At(f, 59)),
            Signature = new Signature("T/M", "THÀNH ỦY", "BÍ THƯ", "Nguyễn Văn A", SourceSpan.Lines(f, 59, 64)),
            Tables = [table],
            Notes = [new TextNode("Trên đây là Chương trình hành động thực hiện Nghị quyết số 28-NQ/TW.", At(f, 56))],
            LineCount = 64,
        };
    }

    /// <summary>Program B (Cần Thơ, a plan): one more program for the same bodies.</summary>
    public static ProgramDocument ProgramB()
    {
        const string f = "b-can-tho.txt";
        var i1 = Item(f, "i-2-1", "1.", "Tổ chức hội nghị quán triệt Kết luận số 08-KL/BTCTW", 12, Quarter(f, 12, 2023, 1));
        var i2 = Item(f, "i-2-2", "2.", "Kiểm tra việc thực hiện", 13);
        var i3 = Item(f, "i-2-3", "3.", "Báo cáo kết quả", 14, Quarter(f, 14, 2023, 1));
        var tasks = new Section("s-2", SectionLevel.Roman, SectionRole.Tasks, "II", "NHIỆM VỤ", "nhiệm vụ", At(f, 11), [i1, i2, i3], []);
        return new ProgramDocument
        {
            Path = f,
            Slug = "b-can-tho",
            Kind = ProgramKind.Plan,
            Title = new TextNode("triển khai Kết luận số 08-KL/BTCTW", At(f, 3)),
            Issuer = CanTho,
            References = [Ref(f, 3, "Kết luận", "08-KL/BTCTW", "KL", "BTCTW", "Kết luận số 08-KL/BTCTW")],
            Sections = [tasks],
            Assignments = [new Assignment(ToChucCanTho, AssignmentRole.Lead, AssignmentSource.Sentence, [i3, i2, i1], At(f, 12))],
            LineCount = 20,
        };
    }

    /// <summary>Program C (Hà Nội): the same function as Cần Thơ's Ban Tổ chức, another body.</summary>
    public static ProgramDocument ProgramC()
    {
        const string f = "c-ha-noi.txt";
        var i1 = Item(f, "i-1-1", "1.", "Quán triệt Nghị quyết số 28-NQ/TW và Nghị quyết số 97/2019/QH14", 5, Year(f, 5, 2023));
        var tasks = new Section("s-1", SectionLevel.Roman, SectionRole.Tasks, "I", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", "nhiệm vụ, giải pháp chủ yếu", At(f, 4), [i1], []);
        return new ProgramDocument
        {
            Path = f,
            Slug = "c-ha-noi",
            Kind = ProgramKind.Program,
            Title = new TextNode("thực hiện Nghị quyết số 28-NQ/TW", At(f, 2)),
            Issuer = HaNoi,
            Implements = [Ref(f, 2, "Nghị quyết", "28-NQ/TW", "NQ", "TW", "Nghị quyết số 28-NQ/TW")],
            References = [Ref(f, 2, "Nghị quyết", "28-NQ/TW", "NQ", "TW", "Nghị quyết số 28-NQ/TW"), Ref(f, 5, "Nghị quyết", "97/2019/QH14", "NQ", "QH14", "Nghị quyết số 97/2019/QH14")],
            Sections = [tasks],
            Assignments = [new Assignment(ToChucHaNoi, AssignmentRole.Lead, AssignmentSource.Sentence, [i1], At(f, 5))],
            LineCount = 10,
        };
    }

    /// <summary>The corpus; the registry has no definitions so that body mentions do not depend on the shipped registry.</summary>
    public static Corpus Build() =>
        new([ProgramA(), ProgramB(), ProgramC()], new BodyRegistry([]), new SiteConfig { Title = "Chương trình, kế hoạch <thử>" }, BuildDate);
}
