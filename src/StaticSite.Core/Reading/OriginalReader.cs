using System.Collections.Immutable;
using StaticSite.Diagnostics;
using StaticSite.Model;

namespace StaticSite.Reading;

/// <summary>
/// Văn bản gốc: which files are read from their original format (Word, PDF) rather than as text, which are named as
/// formats to convert, and how an extracted original becomes a document — through the same reader as text, so that
/// both give the same model.
/// </summary>
public static class OriginalReader
{
    /// <summary>Originals read directly.</summary>
    public static readonly ImmutableArray<string> Extensions = [".docx", ".pdf"];

    /// <summary>Formats that are listed and reported with how to convert them, never skipped silently.</summary>
    public static readonly ImmutableArray<string> Unsupported = [".doc", ".odt", ".rtf", ".docm", ".dotx", ".wpd", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp"];

    /// <summary>True when <paramref name="file"/> is read by this class (an original or a format to convert).</summary>
    public static bool Handles(string file)
    {
        var ext = Path.GetExtension(file).ToLowerInvariant();
        return Extensions.Contains(ext) || Unsupported.Contains(ext);
    }

    /// <summary>Reads the original at <paramref name="file"/>; spans carry <paramref name="path"/>.</summary>
    public static ProgramDocument Read(string file, string path, ReaderOptions options)
    {
        var extracted = Extract(file, path, options.Ocr);
        if (extracted.Lines.Count == 0 || extracted.Lines.All(l => l.Trim().Length == 0))
        {
            var diagnostics = extracted.Diagnostics.IsEmpty
                ? [new Diagnostic("empty-file", Severity.Error, "Tệp không có chữ nào để đọc. Kiểm tra lại tệp đã lưu đúng chưa.", SourceSpan.At(path, 1))]
                : extracted.Diagnostics;
            return ProgramReader.Empty(path, options) with { Diagnostics = diagnostics, Source = extracted.Map };
        }
        var document = ProgramReader.ReadText(string.Join('\n', extracted.Lines), path, options);
        var notes = extracted.Notes.Select(n => new TextNode(n.Text, SourceSpan.At(path, Math.Clamp(n.Line, 1, extracted.Lines.Count))));
        return document with
        {
            Source = extracted.Map,
            Notes = [.. document.Notes.Concat(notes).OrderBy(n => n.Span.Line)],
            Diagnostics = document.Diagnostics.AddRange(extracted.Diagnostics),
        };
    }

    /// <summary>The lines of the original at <paramref name="file"/>, or why there are none.</summary>
    public static ExtractedSource Extract(string file, string path, bool ocr = false)
    {
        var ext = Path.GetExtension(file).ToLowerInvariant();
        return ext switch
        {
            ".docx" => Word.WordReader.Read(file, path),
            ".pdf" => Pdf.PdfTextReader.Read(file, path, ocr),
            _ => ExtractedSource.Failed(new Diagnostic("unsupported-format", Severity.Error, HowToConvert(ext), SourceSpan.At(path, 1)), SourceFormat.Text),
        };
    }

    /// <summary>What to do with a file of a format that is not read (in Vietnamese).</summary>
    public static string HowToConvert(string ext) => ext switch
    {
        ".doc" or ".rtf" or ".docm" or ".dotx" or ".wpd" =>
            $"Định dạng {ext} không đọc được trực tiếp. Hãy mở tệp bằng Word và chọn Tệp → Lưu thành → “Word Document (*.docx)”, "
            + "hoặc chuyển bằng LibreOffice: soffice --headless --convert-to docx tệp" + ext + ", rồi đặt tệp .docx vào thư mục nội dung.",
        ".odt" =>
            "Định dạng .odt (OpenDocument) không đọc được trực tiếp. Hãy mở bằng LibreOffice Writer và lưu dạng .docx "
            + "(hoặc: soffice --headless --convert-to docx tệp.odt), rồi đặt tệp .docx vào thư mục nội dung.",
        _ =>
            $"Tệp ảnh ({ext}) không có chữ để đọc. Hãy dùng bản Word (.docx) hoặc PDF có lớp chữ của văn bản; nếu chỉ có bản quét, "
            + "gộp ảnh thành PDF (vd. img2pdf ảnh" + ext + " -o vanban.pdf) rồi đọc với --ocr (cần tesseract và gói tiếng Việt tesseract-ocr-vie).",
    };
}
