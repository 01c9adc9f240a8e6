using StaticSite.Model;
using StaticSite.Reading;
using StaticSite.Tests;

namespace StaticSite.Core.Tests.Reading.Originals;

/// <summary>PDFs with a text layer (crafted, and printed from the real Word originals) and scanned PDFs.</summary>
public sealed class PdfOriginalTests
{
    private static string Shape(ProgramDocument d) =>
        string.Join("\n", [
            .. d.AllSections().Select(s => $"{s.Number} {s.Role}"),
            $"recipients {d.Recipients.Length}: " + string.Join(" | ", d.Recipients.Select(r => r.Text.Replace(" ", ""))),
            $"signature {d.Signature?.Authority} {d.Signature?.OnBehalfOf} / {d.Signature?.Title} / {d.Signature?.Name}",
        ]);

    private static ProgramDocument ReadPdf(byte[] pdf, out string dir)
    {
        dir = TestPaths.NewTempDir("staticsite-pdf");
        var file = Path.Combine(dir, "t.pdf");
        File.WriteAllBytes(file, pdf);
        return ProgramReader.ReadFile(file, "t.pdf", ReaderOptions.Default);
    }

    [Fact]
    public void A_crafted_two_column_pdf_reads_as_its_text()
    {
        var d = ReadPdf(OriginalFixtures.CraftedPdf(), out var dir);
        Directory.Delete(dir, recursive: true);
        var text = ProgramReader.ReadText(OriginalFixtures.CraftedText, "t.txt", ReaderOptions.Default);
        Assert.Equal(Shape(text), Shape(d));
        Assert.Equal(4, d.Recipients.Length);
        Assert.Equal("Nguyễn Văn An", d.Signature?.Name);
        Assert.Equal("12/KH-UBND", d.Header?.Number);
        Assert.Empty(d.Diagnostics);
        Assert.Empty(d.Unplaced);
        // The paragraph that goes on across the page is one item; its second half is on page 2.
        var item = d.AllItems().Select(p => p.Item).Single(i => i.Text.StartsWith("Sở Công Thương", StringComparison.Ordinal));
        Assert.Equal("Sở Công Thương chủ trì phát triển công nghiệp xanh, hiện đại.", item.Text);
        Assert.Equal("trang 2, dòng 2", d.Source.Describe(item.Span.EndLine));
        // Page numbers and the running header are notes, not text.
        Assert.Contains(d.Notes, n => n.Text == "DỰ THẢO LẦN 2");
        Assert.Contains(d.Notes, n => n.Text == "2");
        Assert.Equal(SourceFormat.Pdf, d.Source.Format);
    }

    [Fact]
    public void A_scanned_pdf_is_one_finding_and_nothing_is_guessed()
    {
        var dir = TestPaths.NewTempDir("staticsite-scan");
        try
        {
            var file = Path.Combine(dir, "scan.pdf");
            File.WriteAllBytes(file, OriginalFixtures.ScannedPdf(dir));
            var d = ProgramReader.ReadFile(file, "scan.pdf", ReaderOptions.Default);
            var finding = Assert.Single(d.Diagnostics);
            Assert.Equal("scanned-pdf", finding.Rule);
            Assert.Equal(Diagnostics.Severity.Error, finding.Severity);
            Assert.Contains("--ocr", finding.Message);
            Assert.Empty(d.Sections);
            Assert.Equal(0, d.LineCount);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_pdf_with_some_scanned_pages_reads_the_others_and_names_the_scanned_ones()
    {
        var dir = TestPaths.NewTempDir("staticsite-scan");
        try
        {
            var file = Path.Combine(dir, "mixed.pdf");
            File.WriteAllBytes(file, UglyToad.PdfPig.Writer.PdfMerger.Merge(new List<byte[]> { OriginalFixtures.CraftedPdf(), OriginalFixtures.ScannedPdf(dir) }));
            var d = ProgramReader.ReadFile(file, "mixed.pdf", ReaderOptions.Default);
            var finding = Assert.Single(d.Diagnostics);
            Assert.Equal(("scanned-pdf", Diagnostics.Severity.Warning), (finding.Rule, finding.Severity));
            Assert.StartsWith("Trang 3 ", finding.Message);
            Assert.Equal("Nguyễn Văn An", d.Signature?.Name);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [TesseractFact]
    public void With_ocr_a_scanned_pdf_is_read_through_tesseract_and_says_so()
    {
        var dir = TestPaths.NewTempDir("staticsite-scan");
        try
        {
            var file = Path.Combine(dir, "scan.pdf");
            File.WriteAllBytes(file, OriginalFixtures.ScannedPdf(dir));
            var d = ProgramReader.ReadFile(file, "scan.pdf", ReaderOptions.Default with { Ocr = true });
            var finding = Assert.Single(d.Diagnostics, x => x.Rule == "scanned-pdf");
            Assert.Equal(Diagnostics.Severity.Warning, finding.Severity);
            Assert.Contains("OCR", finding.Message);
            Assert.True(d.Source.FromOcr);
            Assert.Contains(d.AllSections(), s => s.Role == SectionRole.Purpose);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [LibreOfficeFact]
    public void Pdfs_printed_from_the_real_word_originals_read_to_the_same_recipients_signer_and_sections()
    {
        var names = new[]
        {
            "06_ubnd-lao-cai-kh-ct11-du-thao.docx", "KH-3024_27.5.2026_Ky-rieng-Sin-Quyen.docx", "KH-3898_30.6.2026_Huan-luyen-nguoi-quan-ly.docx",
            "KH-3957_3.7.2026_Kiem-tra-cap-GCN-19-don-vi.docx", "ke-hoach-thuc-hien-de-an-08.docx",
        };
        var dir = TestPaths.NewTempDir("staticsite-soffice");
        try
        {
            var pdfs = OriginalFixtures.PrintWithLibreOffice(dir, [.. names.Select(WordOriginalTests.Original)]);
            for (var i = 0; i < names.Length; i++)
            {
                var docx = WordOriginalTests.ReadOriginal(WordOriginalTests.Original(names[i]));
                var pdf = ProgramReader.ReadFile(pdfs[i], Path.GetFileName(pdfs[i]), ReaderOptions.Default);
                Assert.Empty(pdf.Diagnostics);
                Assert.Equal(Shape(docx), Shape(pdf));
                // Ruled appendix tables: the same task rows (a row broken over a page joined, the column-number row a note).
                Assert.Equal(docx.Tables.Select(t => t.Rows.Length), pdf.Tables.Select(t => t.Rows.Length));
                Assert.Equal(docx.Tables.SelectMany(t => t.Rows).Select(r => r.Cells[0]), pdf.Tables.SelectMany(t => t.Rows).Select(r => r.Cells[0]));
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("hong.docx")]
    [InlineData("hong.pdf")]
    public void A_damaged_original_is_unreadable_input_never_an_exception(string name)
    {
        var dir = TestPaths.NewTempDir("staticsite-formats");
        try
        {
            var file = Path.Combine(dir, name);
            var bytes = new byte[4096];
            new Random(11).NextBytes(bytes);
            "PK\u0003\u0004%PDF-1.7"u8.ToArray().CopyTo(bytes, 0);
            File.WriteAllBytes(file, bytes);
            var d = ProgramReader.ReadFile(file, name, ReaderOptions.Default);
            Assert.Equal("unreadable-input", Assert.Single(d.Diagnostics).Rule);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

        [Fact]
    public void Formats_to_convert_are_named_with_how_to_convert_them()
    {
        var dir = TestPaths.NewTempDir("staticsite-formats");
        try
        {
            foreach (var name in new[] { "a.doc", "b.odt", "c.rtf", "d.png", "e.txt" }) File.WriteAllText(Path.Combine(dir, name), "x");
            var files = ContentReader.ListFiles(dir);
            Assert.Equal(["a.doc", "b.odt", "c.rtf", "d.png", "e.txt"], files.Select(Path.GetFileName));
            foreach (var file in files.Take(4))
            {
                var d = ProgramReader.ReadFile(file, Path.GetFileName(file), ReaderOptions.Default);
                var finding = Assert.Single(d.Diagnostics);
                Assert.Equal("unsupported-format", finding.Rule);
                Assert.Contains(Path.GetExtension(file) == ".png" ? "img2pdf" : ".docx", finding.Message);
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
