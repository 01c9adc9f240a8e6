using StaticSite.Deadlines;
using StaticSite.Model;
using static StaticSite.Core.Tests.Reading.ReaderTestKit;

namespace StaticSite.Core.Tests.Reading;

/// <summary>Shapes 9 and 10 of the genre: deadlines written in the sentence, and YAML front matter read as YAML.</summary>
public sealed class SentenceAndFrontMatterShapeTests
{
    [Theory]
    [InlineData("Các sở rà soát quy hoạch, hoàn thành trước ngày 15/12/2027.", DeadlineKind.Date, "2027-12-15", "2027-12-15")]
    [InlineData("Ban hành kế hoạch chi tiết, hoàn thành trong quý II/2023.", DeadlineKind.DateRange, "2023-04-01", "2023-06-30")]
    [InlineData("Tổ chức hội nghị sơ kết trong tháng 6/2027 tại các xã.", DeadlineKind.DateRange, "2027-06-01", "2027-06-30")]
    [InlineData("Báo cáo kết quả thực hiện hằng quý về Sở Nội vụ.", DeadlineKind.Recurring, null, null)]
    [InlineData("Định kỳ 6 tháng tổng hợp, báo cáo Ủy ban nhân dân tỉnh.", DeadlineKind.Recurring, null, null)]
    [InlineData("Xây dựng đề án chuyển đổi số giai đoạn 2026-2030.", DeadlineKind.DateRange, "2026-01-01", "2030-12-31")]
    public void Deadline_stated_in_the_sentence_is_read(string sentence, DeadlineKind kind, string? from, string? to)
    {
        var d = Read(Doc($"I. MỤC ĐÍCH, YÊU CẦU\n\n1. Nâng cao nhận thức.\n\nII. NHIỆM VỤ, GIẢI PHÁP\n\n1. {sentence}\n\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Các sở triển khai."));
        var deadline = d.AllItems().Select(p => p.Item).First(i => i.Text == sentence).Deadline;
        Assert.NotNull(deadline);
        Assert.Equal(kind, deadline!.Kind);
        Assert.Equal(from, deadline.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(to, deadline.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Deadline_in_the_sentence_prefers_the_day_over_a_recurrence()
    {
        var deadline = DeadlineParser.InSentence("Định kỳ hằng năm báo cáo; riêng năm 2024 hoàn thành trước ngày 30/6/2024.", SourceSpan.At("t.txt", 1));
        Assert.Equal(DeadlineKind.Date, deadline!.Kind);
        Assert.Equal(new DateOnly(2024, 6, 30), deadline.From);
    }

    [Fact]
    public void Sentence_without_a_deadline_has_none() =>
        Assert.Null(DeadlineParser.InSentence("Nâng cao chất lượng đội ngũ cán bộ, công chức của tỉnh.", SourceSpan.At("t.txt", 1)));

    [Fact]
    public void Front_matter_comment_is_not_part_of_a_value()
    {
        var d = Read("---\nissuer: Tỉnh ủy Quảng Ngãi # cơ quan ban hành\nnumber: \"12-CTr/TU\"\n---\n" + Doc("I. MỤC ĐÍCH, YÊU CẦU\n\n1. Một."));
        Assert.Equal("Tỉnh ủy Quảng Ngãi", d.Issuer!.Name);
        Assert.Equal(IssuerSource.Metadata, d.Issuer.Source);
        Assert.Equal("12-CTr/TU", d.Header!.Number);
    }

    [Fact]
    public void Front_matter_folded_value_is_the_folded_text()
    {
        var d = Read("---\ntitle: >-\n  Chương trình hành động thực hiện\n  Nghị quyết số 28-NQ/TW\nissuer: Tỉnh ủy Quảng Ngãi\n---\n" + Doc("I. MỤC ĐÍCH, YÊU CẦU\n\n1. Một."));
        Assert.Equal("Chương trình hành động thực hiện Nghị quyết số 28-NQ/TW", d.Title!.Text);
    }

    [Fact]
    public void Front_matter_that_is_not_yaml_is_an_error_with_its_line_and_nothing_is_lost()
    {
        var d = Read("---\nissuer: [Tỉnh ủy\n---\n" + Doc("I. MỤC ĐÍCH, YÊU CẦU\n\n1. Một."));
        var finding = Assert.Single(d.Diagnostics, x => x.Rule == "front-matter");
        Assert.Equal(StaticSite.Diagnostics.Severity.Error, finding.Severity);
        Assert.Contains("dòng", finding.Message);
    }
}
