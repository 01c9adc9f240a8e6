using StaticSite.Deadlines;
using StaticSite.Model;

namespace StaticSite.Core.Tests.Deadlines;

public sealed class DeadlineParserTests
{
    private static readonly SourceSpan Span = SourceSpan.At("x.txt", 7, 3);

    [Theory]
    [InlineData("thực hiện thường xuyên", "recurring")]
    [InlineData("*thực hiện thường xuyên*", "recurring")]
    [InlineData("Thực hiện thường xuyên, liên tục", "recurring")]
    [InlineData("thường xuyên liên tục", "recurring")]
    [InlineData("hằng năm", "recurring")]
    [InlineData("hàng năm", "recurring")]
    [InlineData("thực hiện hằng năm", "recurring")]
    [InlineData("định kỳ hằng quý", "recurring")]
    [InlineData("hoàn thành trong quý II/2023", "2023-04-01..2023-06-30")]
    [InlineData("hoàn thành trong quý IV/2024", "2024-10-01..2024-12-31")]
    [InlineData("quý 3 năm 2023", "2023-07-01..2023-09-30")]
    [InlineData("quý I và quý II năm 2023", "2023-01-01..2023-06-30")]
    [InlineData("quý III, IV/2024", "2024-07-01..2024-12-31")]
    [InlineData("thực hiện trong năm 2024", "2024-01-01..2024-12-31")]
    [InlineData("thực hiện trong năm 2025", "2025-01-01..2025-12-31")]
    [InlineData("năm 2023", "2023-01-01..2023-12-31")]
    [InlineData("tháng 6/2023", "2023-06-01..2023-06-30")]
    [InlineData("hoàn thành trong tháng 2 năm 2024", "2024-02-01..2024-02-29")]
    [InlineData("trước ngày 30/6/2023", "2023-06-30..2023-06-30")]
    [InlineData("trước 30/6/2023", "2023-06-30..2023-06-30")]
    [InlineData("hoàn thành trước ngày 15/01/2024", "2024-01-15..2024-01-15")]
    [InlineData("năm 2023 - 2025", "2023-01-01..2025-12-31")]
    [InlineData("giai đoạn 2021-2025", "2021-01-01..2025-12-31")]
    [InlineData("từ năm 2021 đến năm 2024", "2021-01-01..2024-12-31")]
    [InlineData("nhiệm kỳ 2020 – 2025", "2020-01-01..2025-12-31")]
    [InlineData("6 tháng đầu năm 2024", "2024-01-01..2024-06-30")]
    [InlineData("6 tháng cuối năm 2023", "2023-07-01..2023-12-31")]
    [InlineData("hoàn thành trước năm 2025", "2025-12-31..2025-12-31")]
    [InlineData("khi Trung ương yêu cầu", "condition")]
    [InlineData("thực hiện khi Trung ương yêu cầu", "condition")]
    [InlineData("theo yêu cầu của Trung ương", "condition")]
    [InlineData("thực hiện theo Kế hoạch số 151-KH/TU ngày 16/11/2022 của Ban Thường vụ Tỉnh ủy", "condition")]
    [InlineData("thực hiện ngay sau khi có quy định, hướng dẫn của Trung ương", "condition")]
    [InlineData("theo lộ trình của Trung ương", "condition")]
    [InlineData("sớm", "unparsed")]
    [InlineData("Giải Búa liềm vàng", "unparsed")]
    [InlineData("quý V/2023", "unparsed")]
    [InlineData("trước ngày 31/2/2023", "unparsed")]
    [InlineData("", "unparsed")]
    public void Parses_the_forms_of_the_genre(string text, string normalized)
    {
        var deadline = DeadlineParser.Parse(text, Span);
        Assert.Equal(normalized, deadline.Normalized);
        Assert.Equal(Span, deadline.Span);
    }

    [Theory]
    [InlineData("trước ngày 30/6/2023", DeadlineKind.Date)]
    [InlineData("quý II/2023", DeadlineKind.DateRange)]
    [InlineData("hằng năm", DeadlineKind.Recurring)]
    [InlineData("khi Trung ương yêu cầu", DeadlineKind.Conditional)]
    [InlineData("sớm", DeadlineKind.Unparsed)]
    public void Sets_the_kind(string text, DeadlineKind kind) => Assert.Equal(kind, DeadlineParser.Parse(text, Span).Kind);

    [Fact]
    public void Keeps_the_text_without_parentheses_and_emphasis()
    {
        var deadline = DeadlineParser.Parse("(*hoàn thành trong quý II/2023*)", Span);
        Assert.Equal("hoàn thành trong quý II/2023", deadline.Text);
    }

    [Theory]
    [InlineData("thực hiện thường xuyên", true)]
    [InlineData("hoàn thành trong quý II/2023", true)]
    [InlineData("theo yêu cầu của Trung ương", true)]
    [InlineData("thực hiện theo Kế hoạch số 121-KH/TU ngày 10/8/2022 của Ban Thường vụ Tỉnh ủy", true)]
    [InlineData("năm 2024", true)]
    [InlineData("trước 30/6/2023", true)]
    [InlineData("khóa XIII", false)]
    [InlineData("b/c", false)]
    [InlineData("để báo cáo", false)]
    [InlineData("Giải Búa liềm vàng", false)]
    [InlineData("sau đây viết tắt là Nghị quyết số 28-NQ/TW", false)]
    [InlineData("thay thế Nghị quyết 08/2016/NQ-HĐND, ngày 03/8/2016 và Quyết định 41/2016/QĐ-UBND ngày 19/9/2016", false)]
    [InlineData("SIPAS", false)]
    [InlineData("", false)]
    public void Tells_a_deadline_from_a_remark(string phrase, bool expected) => Assert.Equal(expected, DeadlineParser.LooksLikeDeadline(phrase));
}
