using System.Diagnostics;
using StaticSite.Diagnostics;
using StaticSite.Model;
using StaticSite.Text;
using UglyToad.PdfPig;

namespace StaticSite.Reading.Pdf;

/// <summary>
/// Bản quét: a PDF whose pages are images. Without <c>--ocr</c> it is reported (<c>scanned-pdf</c>) with how to get its text,
/// and nothing is guessed. With <c>--ocr</c> and tesseract installed with its Vietnamese data (<c>tesseract-ocr-vie</c>), each
/// page image is read through tesseract and the finding says the text came from recognition and must be checked.
/// </summary>
public static class OcrReader
{
    private const string HowTo =
        "Hãy dùng bản Word (.docx) hoặc bản PDF xuất trực tiếp từ Word; hoặc nhận dạng chữ: chạy lại với --ocr "
        + "(cần cài tesseract và dữ liệu tiếng Việt: apt-get install tesseract-ocr tesseract-ocr-vie), hoặc ocrmypdf -l vie tệp.pdf tệp-có-chữ.pdf.";

    /// <summary>True when tesseract runs here and has its Vietnamese data (<c>vie</c>).</summary>
    public static bool Available()
    {
        var (ok, output) = Run("tesseract", ["--list-langs"]);
        return ok && output.Split('\n').Any(l => l.Trim() == "vie");
    }

    /// <summary>A scanned PDF of <paramref name="pageCount"/> pages: read through tesseract when <paramref name="ocr"/> is set and it is available; else the finding.</summary>
    public static ExtractedSource ReadScanned(string file, string path, bool ocr, int pageCount)
    {
        var span = SourceSpan.At(path, 1);
        var scanned = $"Tệp PDF là bản quét ({pageCount} trang ảnh, không có lớp chữ): không đọc được chữ nào. ";
        if (!ocr)
            return ExtractedSource.Failed(new Diagnostic("scanned-pdf", Severity.Error, scanned + HowTo, span), SourceFormat.Pdf);
        if (!Available())
            return ExtractedSource.Failed(new Diagnostic("scanned-pdf", Severity.Error,
                scanned + "Đã yêu cầu --ocr nhưng không tìm thấy tesseract có dữ liệu tiếng Việt (vie). Cài: apt-get install tesseract-ocr tesseract-ocr-vie. " + HowTo, span), SourceFormat.Pdf);

        var lines = new List<string>();
        var locations = new List<SourceLocation>();
        var temp = Path.Combine(Path.GetTempPath(), "staticsite-ocr-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
        try
        {
            using var document = PdfDocument.Open(file);
            foreach (var page in document.GetPages())
            {
                var onPage = 0;
                var index = 0;
                foreach (var image in page.GetImages())
                {
                    var image_file = Path.Combine(temp, $"p{page.Number}-{index++}");
                    if (image.TryGetPng(out var png)) File.WriteAllBytes(image_file += ".png", png);
                    else File.WriteAllBytes(image_file += ".jpg", image.RawBytes.ToArray());
                    var (ok, text) = Run("tesseract", [image_file, "stdout", "-l", "vie"]);
                    if (!ok) continue;
                    foreach (var raw in text.Replace("\r", "").Split('\n'))
                    {
                        onPage++;
                        lines.Add(VietnameseText.Normalize(raw.TrimEnd()));
                        locations.Add(new SourceLocation(0, page.Number, onPage));
                    }
                }
            }
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
        var finding = new Diagnostic("scanned-pdf", Severity.Warning,
            $"Tệp PDF là bản quét ({pageCount} trang ảnh): chữ được nhận dạng bằng OCR (tesseract, tiếng Việt) nên có thể sai dấu, sai số; "
            + "hãy đối chiếu với bản gốc, tốt nhất là dùng bản Word (.docx).", span);
        return new ExtractedSource(lines, new SourceMap(SourceFormat.Pdf, [.. locations], FromOcr: true), [], [finding]);
    }

    private static (bool Ok, string Output) Run(string program, IReadOnlyList<string> args)
    {
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in args) start.ArgumentList.Add(a);
            using var process = Process.Start(start);
            if (process is null) return (false, "");
            var stderr = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = stderr.Result;
            return (process.ExitCode == 0, output);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (false, ""); // not installed
        }
    }
}
