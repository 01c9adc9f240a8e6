using System.Text;
using StaticSite.Export;
using StaticSite.Model;
using StaticSite.Reading;
using static StaticSite.Core.Tests.Reading.ReaderTestKit;

namespace StaticSite.Core.Tests.Reading;

/// <summary>What raw text does to the reader (DOMAIN.md, "What the raw text does to you"), each by a general rule.</summary>
public sealed class HazardTests
{
    [Fact]
    public void A_page_break_inside_a_paragraph_is_joined()
    {
        var d = Read(Doc("I. NHIỆM VỤ\n\n- Các cấp ủy đảng, chính quyền, các sở, ban, ngành và tổ\n\nchức chính trị - xã hội triển khai thực hiện.\n\n- Việc hai."));
        var first = d.AllItems().Select(p => p.Item).First(i => i.Marker.Text == "-");
        Assert.Equal("Các cấp ủy đảng, chính quyền, các sở, ban, ngành và tổ chức chính trị - xã hội triển khai thực hiện.", first.Text);
        Assert.Equal(first.Span.Line + 2, first.Span.EndLine);
        Assert.Equal(2, d.Sections[0].Items.Length);
    }

    [Fact]
    public void A_lettered_item_after_a_page_break_is_not_a_continuation()
    {
        var d = Read(Doc("I. NHIỆM VỤ\n\n1. Nhóm\n\na) ý một\n\nb) ý hai"));
        Assert.Equal(2, Item(d, "1.").Children.Length);
    }

    [Fact]
    public void Recognition_errors_and_stray_emphasis_are_tolerated()
    {
        var d = Read(Doc("*** I. MỤC ĐÍCH, YÊU CẦU**\n\n1. Một.\n\nII. ĐẨY MẠNH CÀI CÁCH HÀNH CHÍNH, NHIỆM VỤ\n\n1. Hai.\n\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Ba."));
        Assert.Equal([SectionRole.Purpose, SectionRole.Tasks, SectionRole.Organization], d.Sections.Select(s => s.Role));
    }

    [Fact]
    public void Nfd_text_reads_as_the_same_model_as_nfc()
    {
        foreach (var file in StaticSite.Tests.TestPaths.Samples)
        {
            var nfc = File.ReadAllText(file);
            var nfd = nfc.Normalize(NormalizationForm.FormD);
            Assert.NotEqual(nfc, nfd);
            Assert.Equal(Export(nfc), Export(nfd));
        }
    }

    [Fact]
    public void Crlf_and_bom_read_as_the_same_model()
    {
        var file = StaticSite.Tests.TestPaths.Samples[2];
        var text = File.ReadAllText(file);
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n"))).ToArray();
        var decoded = SourceLoader.Decode(bytes, "x.txt");
        Assert.Empty(decoded.Diagnostics);
        Assert.Equal(Export(text), Export(decoded.Text));
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Utf16_with_or_without_bom_is_read(string encoding)
    {
        var text = File.ReadAllText(StaticSite.Tests.TestPaths.Samples[0]);
        var enc = encoding == "utf-16le" ? new UnicodeEncoding(false, false) : new UnicodeEncoding(true, false);
        var withBom = enc.GetPreamble().Length == 0 ? (encoding == "utf-16le" ? new byte[] { 0xFF, 0xFE } : [0xFE, 0xFF]) : enc.GetPreamble();
        Assert.Equal(text, SourceLoader.Decode(withBom.Concat(enc.GetBytes(text)).ToArray(), "x").Text);
        Assert.Equal(text, SourceLoader.Decode(enc.GetBytes(text), "x").Text);
    }

    [Fact]
    public void Unreadable_input_is_reported_not_thrown()
    {
        Assert.Equal("empty-file", Assert.Single(SourceLoader.Decode([], "x").Diagnostics).Rule);
        Assert.Equal("empty-file", Assert.Single(SourceLoader.Decode("  \n\n"u8, "x").Diagnostics).Rule);
        Assert.Equal("binary-file", Assert.Single(SourceLoader.Decode(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 13, 1, 2 }, "x").Diagnostics).Rule);
        Assert.Equal("empty-file", Assert.Single(ProgramReader.ReadText("", "x", ReaderOptions.Default).Diagnostics).Rule);
    }

    [Theory]
    // "Chương trình hành động" in TCVN3 (ABC): ư=0xAD, ơ=0xAC, ® = đ ...
    [InlineData(new byte[] { 0x43, 0x68, 0xAD, 0xAC, 0x6E, 0x67, 0x20, 0x74, 0x72, 0xD7, 0x6E, 0x68, 0x20, 0x68, 0xB5, 0x6E, 0x68, 0x20, 0xAE, 0xE9, 0x6E, 0x67 }, "TCVN3 (ABC)")]
    // in Windows-1258: "Chương" = C h u+0xF5? — 1258 has ư=0xFD, ơ=0xF5, combining tones 0xEC (hook), 0xD2 (dot) ...
    [InlineData(new byte[] { 0x43, 0x68, 0xFD, 0xF5, 0x6E, 0x67, 0x20, 0x74, 0x72, 0x69, 0xCC, 0x6E, 0x68, 0x20, 0x68, 0x61, 0xCC, 0x6E, 0x68, 0x20, 0xF0, 0xF4, 0xD2, 0x6E, 0x67 }, "Windows-1258")]
    // in VNI-Windows: "Chöông trình haønh ñoäng": ö=0xF6 ô=0xF4 ì=0xEC ø=0xF8 ñ=0xF1 ä=0xE4
    [InlineData(new byte[] { 0x43, 0x68, 0xF6, 0xF4, 0x6E, 0x67, 0x20, 0x74, 0x72, 0xEC, 0x6E, 0x68, 0x20, 0x68, 0x61, 0xF8, 0x6E, 0x68, 0x20, 0xF1, 0x6F, 0xE4, 0x6E, 0x67 }, "VNI")]
    public void Legacy_vietnamese_encodings_are_detected_and_named(byte[] bytes, string name)
    {
        var result = SourceLoader.Decode(bytes, "x.txt");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("legacy-encoding", diagnostic.Rule);
        Assert.Equal(name, result.Encoding);
        Assert.Contains(name, diagnostic.Message);
    }

    [Fact]
    public void Closing_lines_and_attachment_notes_belong_to_no_task()
    {
        var d = Read(Doc("I. TỔ CHỨC THỰC HIỆN\n\n1. Các sở thực hiện.\n\nTrên đây là Chương trình hành động của Tỉnh ủy.\n\n(Đính kèm Kết luận số 08-KL/BTCTW)"));
        Assert.Single(d.Sections[0].Items);
        Assert.Equal(2, d.Notes.Count(n => n.Text.StartsWith("Trên đây") || n.Text.StartsWith("(Đính kèm")));
    }

    [Fact]
    public void Deadlines_at_the_end_of_an_item_are_read()
    {
        var d = Read(Doc("I. NHIỆM VỤ\n\n- Tổng kết Nghị quyết (*thực hiện trong năm 2025*).\n\n- Ban hành quy chế (*hoàn thành trong quý II/2023*).\n\n- Theo dõi (sau đây viết tắt là Nghị quyết)."));
        var items = d.Sections[0].Items;
        Assert.Equal("thực hiện trong năm 2025", items[0].Deadline!.Text);
        Assert.Equal("hoàn thành trong quý II/2023", items[1].Deadline!.Text);
        Assert.Null(items[2].Deadline);
    }

    [Fact]
    public void Text_that_cannot_be_placed_is_kept_as_unplaced()
    {
        var d = Read(Doc("I. NHIỆM VỤ\n\n1. Một.") + "\n\ncòn một dòng lạc sau chữ ký\n");
        var lost = Assert.Single(d.Unplaced);
        Assert.Equal("còn một dòng lạc sau chữ ký", lost.Text);
    }

    [Fact]
    public void Yaml_front_matter_gives_metadata_and_is_not_lost()
    {
        var d = Read("---\nissuer: Tỉnh ủy Bình Định\nnumber: 15-CTr/TU\ndate: 2023-03-01\n---\n" + Doc("I. NHIỆM VỤ\n\n1. Một."));
        Assert.Equal("Tỉnh ủy Bình Định", d.Issuer!.Committee);
        Assert.Equal(IssuerSource.Metadata, d.Issuer.Source);
        Assert.Equal("15-CTr/TU", d.Header!.Number);
        Assert.Equal(new DateOnly(2023, 3, 1), d.Header.Date);
    }

    [Fact]
    public void Explicit_metadata_overrides_what_the_text_says()
    {
        var d = Read(Doc("I. NHIỆM VỤ\n\n1. Một."), new ReaderOptions(StaticSite.Bodies.BodyRegistry.Default, new StaticSite.Config.DocumentMetadata { Issuer = "Tỉnh ủy Quảng Nam" }));
        Assert.Equal("Tỉnh ủy Quảng Nam", d.Issuer!.Committee);
    }

    [Fact]
    public void Reading_is_deterministic()
    {
        var text = File.ReadAllText(StaticSite.Tests.TestPaths.Samples[3]);
        Assert.Equal(Export(text), Export(text));
    }

    private static string Export(string text) => JsonExporter.Export(ProgramReader.ReadText(text, "x.txt", ReaderOptions.Default));
}

public sealed class MetadataTitleTests
{
    [Fact]
    public void A_title_given_by_metadata_keeps_the_texts_own_title_as_a_note()
    {
        var text = ReaderTestKit.Doc("I. NHIỆM VỤ\n\n1. Một.");
        var d = StaticSite.Reading.ProgramReader.ReadText(text, "t.txt",
            new StaticSite.Reading.ReaderOptions(StaticSite.Bodies.BodyRegistry.Default, new StaticSite.Config.DocumentMetadata { Title = "Trích yếu do cấu hình đặt" }));
        Assert.Equal("Trích yếu do cấu hình đặt", d.Title!.Text);
        Assert.Contains(d.Notes, n => n.Text == "thực hiện Nghị quyết số 28-NQ/TW ngày 17/11/2022" && n.Span.Line == 3);
    }
}
