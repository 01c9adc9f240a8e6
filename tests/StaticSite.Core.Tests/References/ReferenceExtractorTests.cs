using StaticSite.References;

namespace StaticSite.Core.Tests.References;

public sealed class ReferenceExtractorTests
{
    [Theory]
    [InlineData("Nghị quyết số 28-NQ/TW ngày 17/11/2022", "28-NQ/TW", "Nghị quyết", "28", "NQ", "TW", "2022-11-17")]
    [InlineData("Kế hoạch số 12-KH/TW", "12-KH/TW", "Kế hoạch", "12", "KH", "TW", null)]
    [InlineData("Kết luận số 08-KL/BTCTW", "08-KL/BTCTW", "Kết luận", "08", "KL", "BTCTW", null)]
    [InlineData("Quy định số 19-QĐi/TU", "19-QĐi/TU", "Quy định", "19", "QĐi", "TU", null)]
    [InlineData("Chỉ thị số 05-CT/TW", "05-CT/TW", "Chỉ thị", "05", "CT", "TW", null)]
    [InlineData("Quyết định số 218-QĐ/TW", "218-QĐ/TW", "Quyết định", "218", "QĐ", "TW", null)]
    [InlineData("Chương trình số 01-CTr/TU", "01-CTr/TU", "Chương trình", "01", "CTr", "TU", null)]
    [InlineData("Nghị quyết số 97/2019/QH14", "97/2019/QH14", "Nghị quyết", "97", "NQ", "QH14", null)]
    [InlineData("Nghị định 62/2020/NĐ-CP", "62/2020/NĐ-CP", "Nghị định", "62", "NĐ", "CP", null)]
    [InlineData("Nghị quyết 08/2016/NQ-HĐND", "08/2016/NQ-HĐND", "Nghị quyết", "08", "NQ", "HĐND", null)]
    [InlineData("Đề án 21-ĐA/TU", "21-ĐA/TU", "Đề án", "21", "ĐA", "TU", null)]
    [InlineData("Nghị quyết 27-NQ/TW", "27-NQ/TW", "Nghị quyết", "27", "NQ", "TW", null)]
    [InlineData("Chỉ thị số 33-CT/TW, ngày 25/3/2019", "33-CT/TW", "Chỉ thị", "33", "CT", "TW", "2019-03-25")]
    [InlineData("Hướng dẫn số 01-HD/BTCTW ngày 05/8/2022", "01-HD/BTCTW", "Hướng dẫn", "01", "HD", "BTCTW", "2022-08-05")]
    [InlineData("Kế hoạch số 09/KH-BTNMT", "09/KH-BTNMT", "Kế hoạch", "09", "KH", "BTNMT", null)]
    [InlineData("Nghị quyết số 28-NQ/TƯ", "28-NQ/TW", "Nghị quyết", "28", "NQ", "TW", null)]
    [InlineData("nghị quyết số 28-NQ/TW", "28-NQ/TW", "Nghị quyết", "28", "NQ", "TW", null)]
    [InlineData("NGHỊ QUYẾT SỐ 28-NQ/TW", "28-NQ/TW", "Nghị quyết", "28", "NQ", "TW", null)]
    [InlineData("Quyết định số 158-QĐ/TW ngày 12 tháng 5 năm 2008", "158-QĐ/TW", "Quyết định", "158", "QĐ", "TW", "2008-05-12")]
    public void Reads_each_form(string text, string id, string kind, string number, string type, string issuer, string? date)
    {
        var reference = Assert.Single(ReferenceExtractor.Extract(text, "a.txt", 4));
        Assert.Equal(id, reference.Id);
        Assert.Equal(kind, reference.Kind);
        Assert.Equal(number, reference.Number);
        Assert.Equal(type, reference.TypeCode);
        Assert.Equal(issuer, reference.IssuerCode);
        Assert.Equal(date, reference.Date?.ToString("yyyy-MM-dd"));
        Assert.Equal(text, reference.AsWritten);
        Assert.Equal(4, reference.Span.Line);
        Assert.Equal(1, reference.Span.Column);
    }

    [Fact]
    public void Spans_give_the_column_of_each_mention()
    {
        const string text = "Thực hiện Nghị quyết số 28-NQ/TW và Kế hoạch số 12-KH/TW của Bộ Chính trị";
        var refs = ReferenceExtractor.Extract(text, "a.txt", 9, column: 3).ToList();
        Assert.Equal(["28-NQ/TW", "12-KH/TW"], refs.Select(r => r.Id));
        Assert.Equal(3 + text.IndexOf("Nghị quyết", StringComparison.Ordinal), refs[0].Span.Column);
        Assert.Equal(3 + text.IndexOf("Kế hoạch", StringComparison.Ordinal), refs[1].Span.Column);
    }

    [Fact]
    public void The_same_document_gets_the_same_id_however_written()
    {
        var ids = new[] { "Nghị quyết số 28-NQ/TW", "nghị quyết 28-NQ/TW", "Nghị quyết số 28-NQ/TƯ ngày 17/11/2022" }
            .Select(t => Assert.Single(ReferenceExtractor.Extract(t, "a.txt", 1)).Id);
        Assert.Single(ids.Distinct());
    }

    [Theory]
    [InlineData("Nghị quyết Đại hội Đảng bộ thành phố lần thứ XIV, nhiệm kỳ 2020 - 2025")]
    [InlineData("các nghị quyết, chỉ thị, quy định của Trung ương")]
    [InlineData("Nghị quyết số 28")]
    [InlineData("28-NQ/TW")]
    [InlineData("Kế hoạch số 12-kh/tw")]
    [InlineData("Xây dựng kế hoạch năm 2023-2025")]
    public void Ignores_what_is_not_a_reference(string text) => Assert.Empty(ReferenceExtractor.Extract(text, "a.txt", 1));

    [Theory]
    [InlineData("Nghị quyết số 28-NQ/TW ngày 17/11/0000")]
    [InlineData("Nghị quyết số 28-NQ/TW ngày 31/6/2022")]
    [InlineData("Nghị quyết số 28-NQ/TW ngày 17 tháng 13 năm 2022")]
    public void An_impossible_date_is_left_out_without_throwing(string text)
    {
        var reference = Assert.Single(ReferenceExtractor.Extract(text, "a.txt", 1));
        Assert.Equal("28-NQ/TW", reference.Id);
        Assert.Null(reference.Date);
    }

    [Fact]
    public void Decomposed_text_is_read_like_composed_text()
    {
        var nfd = "Nghị quyết số 28-NQ/TW".Normalize(System.Text.NormalizationForm.FormD);
        Assert.Equal("28-NQ/TW", Assert.Single(ReferenceExtractor.Extract(nfd, "a.txt", 1)).Id);
    }
}
