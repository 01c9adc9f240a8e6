using System.Diagnostics;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;

namespace StaticSite.Tests;

/// <summary>
/// Originals made in a test: a two-column PDF laid out by hand (header block issuer | motto, the recipients | signature
/// block, a paragraph going on across a page, a running header and page numbers), its text as a typist would type it, a
/// scanned PDF (a page rasterised with pdftoppm, put back as an image), and PDFs printed from .docx with LibreOffice.
/// </summary>
public static class OriginalFixtures
{
    /// <summary>The crafted document as text, in reading order.</summary>
    public const string CraftedText = """
        ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        TỈNH QUẢNG NGÃI                       Độc lập - Tự do - Hạnh phúc
        Số: 12/KH-UBND                    Quảng Ngãi, ngày 5 tháng 3 năm 2026

        KẾ HOẠCH
        Thực hiện Nghị quyết số 28-NQ/TW ngày 17/11/2022

        Thực hiện Nghị quyết số 28-NQ/TW ngày 17/11/2022 của Ban Chấp hành Trung ương,
        Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
        I. MỤC ĐÍCH, YÊU CẦU
        1. Quán triệt đầy đủ nội dung Nghị quyết.
        II. NHIỆM VỤ VÀ GIẢI PHÁP
        1. Sở Tư pháp chủ trì tuyên truyền pháp luật.
        2. Sở Công Thương chủ trì phát triển công nghiệp
        xanh, hiện đại.
        III. TỔ CHỨC THỰC HIỆN
        Các sở, ngành theo chức năng triển khai thực hiện.

        Nơi nhận:
        - Bộ Tư pháp (để báo cáo);
        - Thường trực Tỉnh ủy;
        - Các sở, ngành;
        - Lưu: VT.

        TM. ỦY BAN NHÂN DÂN
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH

        Nguyễn Văn An
        """;

    private const string FontFile = "/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf";

    /// <summary>The crafted document laid out on two A4 pages (13 pt, left margin 60 pt, right column at 330 pt).</summary>
    public static byte[] CraftedPdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(FontFile));
        var page = builder.AddPage(PageSize.A4);
        double y = 800;
        void Put(PdfPageBuilder p, double x, double at, string text) => p.AddText(text, 12, new PdfPoint(x, at), font);
        void Line(PdfPageBuilder p, string left, string? right = null, double rightX = 330)
        {
            if (left.Length > 0) Put(p, 60, y, left);
            if (right is not null) Put(p, rightX, y, right);
            y -= 18;
        }
        Put(page, 260, 820, "DỰ THẢO LẦN 2");
        Line(page, "ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        Line(page, "TỈNH QUẢNG NGÃI", "Độc lập - Tự do - Hạnh phúc", 360);
        Line(page, "Số: 12/KH-UBND", "Quảng Ngãi, ngày 5 tháng 3 năm 2026");
        y -= 18;
        Put(page, 260, y, "KẾ HOẠCH"); y -= 18;
        Put(page, 150, y, "Thực hiện Nghị quyết số 28-NQ/TW ngày 17/11/2022"); y -= 36;
        Line(page, "Thực hiện Nghị quyết số 28-NQ/TW ngày 17/11/2022 của Ban Chấp hành Trung ương,");
        Line(page, "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:");
        Line(page, "I. MỤC ĐÍCH, YÊU CẦU");
        Line(page, "1. Quán triệt đầy đủ nội dung Nghị quyết.");
        Line(page, "II. NHIỆM VỤ VÀ GIẢI PHÁP");
        Line(page, "1. Sở Tư pháp chủ trì tuyên truyền pháp luật.");
        Line(page, "2. Sở Công Thương chủ trì phát triển công nghiệp");
        Put(page, 290, 40, "1");

        page = builder.AddPage(PageSize.A4);
        y = 800;
        Put(page, 260, 820, "DỰ THẢO LẦN 2");
        Line(page, "xanh, hiện đại.");
        Line(page, "III. TỔ CHỨC THỰC HIỆN");
        Line(page, "Các sở, ngành theo chức năng triển khai thực hiện.");
        y -= 18;
        Line(page, "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN");
        Line(page, "- Bộ Tư pháp (để báo cáo);", "KT. CHỦ TỊCH", 360);
        Line(page, "- Thường trực Tỉnh ủy;", "PHÓ CHỦ TỊCH", 358);
        Line(page, "- Các sở, ngành;");
        Line(page, "- Lưu: VT.");
        y -= 18;
        Line(page, "", "Nguyễn Văn An", 356);
        Put(page, 290, 40, "2");
        return builder.Build();
    }

    /// <summary>A scanned PDF: the first page of <see cref="CraftedPdf"/> rasterised (pdftoppm) and put back as an image only. Works in <paramref name="dir"/>.</summary>
    public static byte[] ScannedPdf(string dir)
    {
        var pdf = Path.Combine(dir, "crafted.pdf");
        File.WriteAllBytes(pdf, CraftedPdf());
        Run("pdftoppm", dir, "-r", "100", "-png", "-f", "1", "-l", "1", pdf, Path.Combine(dir, "page"));
        var png = Directory.GetFiles(dir, "page*.png").Single();
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.AddPng(File.ReadAllBytes(png), new PdfRectangle(0, 0, 595, 842));
        return builder.Build();
    }

    /// <summary>Prints <paramref name="docx"/> files to PDF with LibreOffice into <paramref name="dir"/>; the PDFs' paths, in order.</summary>
    public static IReadOnlyList<string> PrintWithLibreOffice(string dir, params string[] docx)
    {
        // A private profile folder: a second soffice (another test, a person's session) must not share or lock it.
        Run("soffice", dir, ["-env:UserInstallation=file://" + Path.Combine(dir, "profile"), "--headless", "--convert-to", "pdf", "--outdir", dir, .. docx]);
        return [.. docx.Select(d => Path.Combine(dir, Path.GetFileNameWithoutExtension(d) + ".pdf"))];
    }

    /// <summary>True when <paramref name="program"/> is on the PATH.</summary>
    public static bool Installed(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, program)));

    private static void Run(string program, string dir, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var err = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {err.Result}");
    }
}

/// <summary>A test that needs LibreOffice (<c>soffice</c>, installed by scripts/ensure-test-deps.sh); skipped with the reason where it is missing.</summary>
public sealed class LibreOfficeFactAttribute : Xunit.FactAttribute
{
    /// <summary>Skips when soffice is not installed.</summary>
    public LibreOfficeFactAttribute()
    {
        if (!OriginalFixtures.Installed("soffice")) Skip = "LibreOffice (soffice) is not installed: run scripts/ensure-test-deps.sh (libreoffice-writer-nogui).";
    }
}

/// <summary>A test that needs tesseract with its Vietnamese data; skipped with the reason where it is missing.</summary>
public sealed class TesseractFactAttribute : Xunit.FactAttribute
{
    /// <summary>Skips when tesseract or its Vietnamese data is not installed.</summary>
    public TesseractFactAttribute()
    {
        if (!StaticSite.Reading.Pdf.OcrReader.Available()) Skip = "tesseract with Vietnamese data is not installed (apt-get install tesseract-ocr tesseract-ocr-vie): --ocr not tested here.";
    }
}
