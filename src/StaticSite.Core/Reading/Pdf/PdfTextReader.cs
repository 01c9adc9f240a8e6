using System.Globalization;
using System.Text;
using StaticSite.Diagnostics;
using StaticSite.Model;
using StaticSite.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using PdfWord = UglyToad.PdfPig.Content.Word;

namespace StaticSite.Reading.Pdf;

/// <summary>
/// Reads a PDF's text layer into the lines the text reader reads, as a page is read on paper: letters into words and words
/// into lines by their baselines, each line laid out by position (a wide gap stays a wide run of spaces, so the two-column
/// header block and the recipients | signature block read as two columns, the way the reader reads a printed layout), a
/// blank line where the gap between lines is a paragraph's, page numbers and running headers and footers (the same line
/// at the top or foot of several pages) kept as notes, and no break between pages, so that a paragraph goes on across
/// them. A PDF with no text layer (a scan) is reported as <c>scanned-pdf</c>; with <c>--ocr</c> its page images are read
/// through tesseract (<see cref="OcrReader"/>). Each line keeps its page and its line on that page (<c>trang 3, dòng 14</c>).
/// </summary>
public static class PdfTextReader
{
    /// <summary>A line of a page: its words, or — for a row of a ruled table — the row's cells already joined (<see cref="Row"/>).</summary>
    private sealed record PdfLine(double Top, double Bottom, double Baseline, double Height, List<PdfWord> Words, string? Row = null, bool IsNote = false);

    /// <summary>Reads <paramref name="file"/>; findings name <paramref name="path"/>.</summary>
    public static ExtractedSource Read(string file, string path, bool ocr)
    {
        List<(int Page, List<PdfLine> Lines, double CharWidth)> pages;
        int imagePages;
        var imageOnly = new List<int>();
        try
        {
            using var document = PdfDocument.Open(file);
            pages = [];
            imagePages = 0;
            foreach (var page in document.GetPages())
            {
                var words = page.GetWords().Where(w => w.Text.Trim().Length > 0).ToList();
                if (words.Count == 0 && page.GetImages().Any()) { imagePages++; imageOnly.Add(page.Number); }
                var rows = PdfTables.Rows(page, words, out var inTables);
                var lines = Lines([.. words.Where(w => !inTables.Contains(w))]);
                lines.AddRange(rows.Select(r => new PdfLine(r.Top, r.Bottom, r.Top, 1, [], r.Text, r.IsNote)));
                lines.Sort((a, b) => b.Top.CompareTo(a.Top));
                pages.Add((page.Number, lines, CharWidth(page.Letters)));
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException and not StackOverflowException)
        {
            return ExtractedSource.Failed(new Diagnostic("unreadable-input", Severity.Error,
                $"Không mở được tệp PDF: {e.Message}. Nếu tệp có mật khẩu hoặc bị hỏng, hãy xuất lại PDF từ bản Word.", SourceSpan.At(path, 1)), SourceFormat.Pdf);
        }

        if (pages.All(p => p.Lines.Count == 0))
            return pages.Count > 0 && (imagePages > 0 || pages.Count > 0)
                ? OcrReader.ReadScanned(file, path, ocr, pages.Count)
                : ExtractedSource.Failed(new Diagnostic("empty-file", Severity.Error, "Tệp PDF không có trang nào.", SourceSpan.At(path, 1)), SourceFormat.Pdf);
        var read = Layout(pages);
        if (imageOnly.Count == 0) return read;
        // Some pages are scans among pages with text: their text is not there, and the finding says which.
        return read with
        {
            Diagnostics = [new Diagnostic("scanned-pdf", Severity.Warning,
                $"Trang {string.Join(", ", imageOnly)} của tệp PDF là ảnh quét (không có lớp chữ): nội dung các trang này không được đọc. "
                + "Hãy dùng bản Word (.docx) hoặc PDF xuất trực tiếp từ Word, hoặc nhận dạng chữ các trang đó (ocrmypdf -l vie).", SourceSpan.At(path, 1))],
        };
    }

    private static double CharWidth(IReadOnlyList<Letter> letters)
    {
        var widths = letters.Where(l => !char.IsWhiteSpace(l.Value, 0) && l.BoundingBox.Width > 0).Select(l => l.BoundingBox.Width).Order().ToList();
        return widths.Count == 0 ? 6 : Math.Max(2, widths[widths.Count / 2]);
    }

    /// <summary>Words into lines: a word joins the line whose baseline is within a third of its height.</summary>
    private static List<PdfLine> Lines(List<PdfWord> words)
    {
        var lines = new List<PdfLine>();
        foreach (var w in words.OrderByDescending(w => Baseline(w)).ThenBy(w => w.BoundingBox.Left))
        {
            var baseline = Baseline(w);
            var height = Math.Max(1, w.BoundingBox.Height);
            var line = lines.LastOrDefault(l => Math.Abs(l.Baseline - baseline) < Math.Max(l.Height, height) / 3);
            if (line is null) lines.Add(new PdfLine(w.BoundingBox.Top, w.BoundingBox.Bottom, baseline, height, [w]));
            else
            {
                line.Words.Add(w);
                var i = lines.IndexOf(line);
                lines[i] = line with { Top = Math.Max(line.Top, w.BoundingBox.Top), Bottom = Math.Min(line.Bottom, w.BoundingBox.Bottom), Height = Math.Max(line.Height, height) };
            }
        }
        foreach (var l in lines) l.Words.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
        return lines;
    }

    private static double Baseline(PdfWord w) => w.Letters.Count > 0 ? w.Letters[0].StartBaseLine.Y : w.BoundingBox.Bottom;

    /// <summary>A line's text with each word at its column (as <c>pdftotext -layout</c> places it).</summary>
    private static string Text(PdfLine line, double charWidth, double left)
    {
        if (line.Row is not null) return line.Row;
        var sb = new StringBuilder();
        double? end = null;
        foreach (var w in line.Words)
        {
            var text = w.Text.Trim();
            if (end is { } e)
            {
                var gap = w.BoundingBox.Left - e;
                // An ordinary space is a fraction of a letter; a column's gap is several: keep it wide.
                sb.Append(gap > 3 * charWidth ? new string(' ', Math.Max(4, (int)Math.Round(gap / charWidth))) : " ");
            }
            else sb.Append(' ', Math.Max(0, (int)Math.Round((w.BoundingBox.Left - left) / charWidth)));
            sb.Append(text);
            end = w.BoundingBox.Right;
        }
        return VietnameseText.Normalize(sb.ToString().TrimEnd());
    }

    private static ExtractedSource Layout(List<(int Page, List<PdfLine> Lines, double CharWidth)> pages)
    {
        var left = pages.SelectMany(p => p.Lines).SelectMany(l => l.Words).Select(w => w.BoundingBox.Left).DefaultIfEmpty(0).Min();
        // Running headers and footers: the same text at the top or the foot of several pages.
        var edges = pages.SelectMany(p => new[] { p.Lines.FirstOrDefault(), p.Lines.LastOrDefault() }.Where(l => l is not null)
                .Select(l => Key(Text(l!, p.CharWidth, left))))
            .GroupBy(k => k).Where(g => g.Count() > 1 && pages.Count > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

        var lines = new List<string>();
        var locations = new List<SourceLocation>();
        var notes = new List<(string, int)>();
        foreach (var (page, pageLines, charWidth) in pages)
        {
            PdfLine? previous = null;
            foreach (var (line, onPage, index) in ReadingOrder(pageLines, charWidth))
            {
                if (line is null)
                {
                    // Between the columns of a two-column block: the left column is done.
                    if (lines.Count > 0 && lines[^1].Length > 0) { lines.Add(""); locations.Add(new SourceLocation(0, page, onPage)); }
                    previous = null;
                    continue;
                }
                var text = Text(line, charWidth, left);
                var edge = index == 0 || index == pageLines.Count - 1;
                if (line.IsNote || edge && (IsPageNumber(text) || edges.Contains(Key(text))))
                {
                    notes.Add((text.Trim(), Math.Max(1, lines.Count + (index == 0 ? 1 : 0))));
                    if (line.Row is not null) previous = line;
                    continue;
                }
                if (previous is not null && (line.Row is null || previous.Row is null) && previous.Bottom - line.Top > 0.9 * Math.Max(previous.Height, line.Height) && lines.Count > 0 && lines[^1].Length > 0)
                {
                    lines.Add("");
                    locations.Add(new SourceLocation(0, page, onPage));
                }
                lines.Add(text);
                locations.Add(new SourceLocation(0, page, onPage));
                previous = line;
            }
        }
        return new ExtractedSource(lines, new SourceMap(SourceFormat.Pdf, [.. locations]), notes, []);
    }

    /// <summary>
    /// The lines of a page in reading order, with their line number on the page and their index: the two-column block that
    /// starts at <c>Nơi nhận:</c> (the list on the left, the signature on the right) is read column by column — the left
    /// column's lines, a break (null), then the right column's — until a line crosses the gap between the columns.
    /// </summary>
    private static IEnumerable<(PdfLine? Line, int OnPage, int Index)> ReadingOrder(List<PdfLine> lines, double charWidth)
    {
        var start = lines.FindIndex(l => VietnameseText.Fold(string.Join(' ', l.Words.Select(w => w.Text))).StartsWith("noi nhan", StringComparison.Ordinal));
        double? split = null;
        var end = start;
        if (start >= 0)
        {
            // The gap: where the right column starts, on the first line of the block that has both columns.
            for (var i = start; i < lines.Count && split is null; i++)
                for (var k = 1; k < lines[i].Words.Count; k++)
                    if (lines[i].Words[k].BoundingBox.Left - lines[i].Words[k - 1].BoundingBox.Right > 3 * charWidth) { split = lines[i].Words[k].BoundingBox.Left - charWidth; break; }
            if (split is { } x)
                while (end < lines.Count && lines[end].Row is null && lines[end].Words.All(w => w.BoundingBox.Right <= x + charWidth || w.BoundingBox.Left >= x)) end++;
        }
        for (var i = 0; i < lines.Count; i++)
        {
            if (split is { } x && i == start)
            {
                for (var j = start; j < end; j++)
                    if (lines[j].Words.Where(w => w.BoundingBox.Left < x).ToList() is { Count: > 0 } l) yield return (lines[j] with { Words = l }, j + 1, j);
                yield return (null, start + 1, start);
                for (var j = start; j < end; j++)
                    if (lines[j].Words.Where(w => w.BoundingBox.Left >= x).ToList() is { Count: > 0 } r) yield return (lines[j] with { Words = r }, j + 1, j);
                yield return (null, end, end);
                i = end - 1;
                continue;
            }
            yield return (lines[i], i + 1, i);
        }
    }

    private static string Key(string text) => VietnameseText.Fold(VietnameseText.CollapseSpaces(text.Trim())).Where(c => !char.IsDigit(c)).Aggregate(new StringBuilder(), (sb, c) => sb.Append(c)).ToString();

    private static bool IsPageNumber(string text)
    {
        var t = VietnameseText.Fold(VietnameseText.CollapseSpaces(text.Trim())).Trim('-', ' ', '–');
        if (t.StartsWith("trang ", StringComparison.Ordinal)) t = t[6..];
        return t.Length is > 0 and <= 4 && t.All(char.IsDigit) && int.Parse(t, CultureInfo.InvariantCulture) > 0;
    }
}
