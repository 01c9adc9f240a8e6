using StaticSite.Text;

namespace StaticSite.Compare.Tests;

/// <summary>The similarity bands of the comparison page and the Vietnamese number format it writes.</summary>
public sealed class BandsAndNumbersTests
{
    [Theory]
    [InlineData(1.0, true, SimilarityBand.Identical)]
    [InlineData(0.97, true, SimilarityBand.Identical)]
    [InlineData(1.0, false, SimilarityBand.Close)]
    [InlineData(0.6, false, SimilarityBand.Close)]
    [InlineData(0.5999, false, SimilarityBand.Different)]
    [InlineData(0.35, false, SimilarityBand.Different)]
    public void A_pair_falls_in_one_band(double score, bool sameText, SimilarityBand band) =>
        Assert.Equal(band, SimilarityBands.Of(score, sameText));

    [Fact]
    public void The_bands_are_said_in_words()
    {
        Assert.Equal(["giống hệt", "gần giống", "khác nhiều"], Enum.GetValues<SimilarityBand>().Select(SimilarityBands.Label));
        Assert.Equal(["identical", "close", "different"], Enum.GetValues<SimilarityBand>().Select(SimilarityBands.Key));
    }

    [Fact]
    public void A_row_takes_its_band_from_its_diff_and_score()
    {
        const string task = "Tham mưu tổng kết việc thực hiện Nghị quyết số 37-NQ/TW về công tác lý luận";
        var a = new Build("a", "Thành ủy Cần Thơ").Bodies("NHIỆM VỤ", ("Ban Tuyên giáo Thành ủy", [task, "Tham mưu tổ chức hội nghị quán triệt nghị quyết trong toàn Đảng bộ thành phố"])).Document();
        var b = new Build("b", "Tỉnh ủy Quảng Ngãi").Bodies("NHIỆM VỤ", ("Ban Tuyên giáo Tỉnh ủy", [task, "Tham mưu tổ chức hội nghị quán triệt nghị quyết trong toàn Đảng bộ tỉnh"])).Document();

        var rows = ProgramComparer.Compare(a, b).Groups.Single(g => g.Key == "ban-tuyen-giao").Rows;

        Assert.Equal([SimilarityBand.Identical, SimilarityBand.Close], rows.Select(r => r.Band));
        Assert.Equal([true, false], rows.Select(r => r.IsUnchanged));
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(12, "12")]
    [InlineData(999, "999")]
    [InlineData(1234, "1.234")]
    [InlineData(1234567, "1.234.567")]
    [InlineData(-4500, "-4.500")]
    public void Whole_numbers_group_thousands_with_dots(long value, string text) => Assert.Equal(text, VietnameseNumber.Integer(value));

    [Theory]
    [InlineData(0.35, 2, "0,35")]
    [InlineData(1.0, 2, "1,00")]
    [InlineData(1234.5, 2, "1.234,50")]
    [InlineData(0.14, 1, "0,1")]
    public void Decimals_take_a_comma(double value, int decimals, string text) => Assert.Equal(text, VietnameseNumber.Decimal(value, decimals));

    [Theory]
    [InlineData(0.354, "35\u00A0%")]
    [InlineData(0.356, "36\u00A0%")]
    [InlineData(1.0, "100\u00A0%")]
    [InlineData(0.0, "0\u00A0%")]
    public void Percentages_are_whole_with_a_space_before_the_sign(double fraction, string text) => Assert.Equal(text, VietnameseNumber.Percent(fraction));
}
