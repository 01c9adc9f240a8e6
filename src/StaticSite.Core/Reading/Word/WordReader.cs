using System.Collections.Immutable;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using StaticSite.Diagnostics;
using StaticSite.Model;
using StaticSite.Text;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;
using WTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace StaticSite.Reading.Word;

/// <summary>
/// Reads a Word file (.docx) into the lines the text reader reads: paragraphs in document order with runs joined,
/// tracked changes accepted (insertions kept, deletions dropped), comments and field codes left out, Word's automatic
/// numbering written out as if typed (<see cref="WordNumbering"/>), a manual line break as a new line, text boxes and
/// shapes after the paragraph that anchors them, footnotes as notes. Tables: the header block (issuer | motto) as pairs of
/// lines joined by <c> | </c>; the recipients | signature table as the list, then the signature, one paragraph a line;
/// any other table one row a line, cells joined by <c> | </c> (a merged cell repeated in the rows it covers, a spanned
/// cell padded). Each line keeps the number of the paragraph it starts with (<c>đoạn 12</c>).
/// </summary>
public static class WordReader
{
    private const string WordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Reads <paramref name="file"/>; findings name <paramref name="path"/>.</summary>
    public static ExtractedSource Read(string file, string path)
    {
        try
        {
            using var document = WordprocessingDocument.Open(file, false);
            var main = document.MainDocumentPart;
            var body = main?.Document?.Body;
            if (main is null || body is null)
                return Fail(path, "Tệp Word không có phần nội dung (word/document.xml). Hãy mở bằng Word và lưu lại dạng .docx.");
            var walker = new Walker(main);
            walker.Blocks(body);
            return walker.Result();
        }
        catch (Exception e) when (e is OpenXmlPackageException or IOException or InvalidDataException or UnauthorizedAccessException or System.Xml.XmlException or FileFormatException)
        {
            return Fail(path, $"Không mở được tệp Word (.docx): {e.Message}. Hãy mở bằng Word và lưu lại dạng .docx (Word Document).");
        }
    }

    private static ExtractedSource Fail(string path, string message) =>
        ExtractedSource.Failed(new Diagnostic("unreadable-input", Severity.Error, message, SourceSpan.At(path, 1)), SourceFormat.Word);

    private sealed class Walker(MainDocumentPart main)
    {
        private readonly WordNumbering _numbering = new(main);
        private readonly Dictionary<string, string> _footnotes = Footnotes(main);
        private readonly List<string> _lines = [];
        private readonly List<SourceLocation> _locations = [];
        private readonly List<(string, int)> _notes = [];
        private int _paragraph;
        private bool _bodyStarted;

        public ExtractedSource Result()
        {
            while (_lines.Count > 0 && _lines[^1].Length == 0) { _lines.RemoveAt(_lines.Count - 1); _locations.RemoveAt(_locations.Count - 1); }
            return new ExtractedSource(_lines, new SourceMap(SourceFormat.Word, [.. _locations]), _notes, []);
        }

        /// <summary>Block content: paragraphs, tables, content controls, in order.</summary>
        public void Blocks(OpenXmlElement container)
        {
            foreach (var e in container.ChildElements)
            {
                switch (e)
                {
                    case Paragraph p:
                        var read = ReadParagraph(p);
                        foreach (var line in read.Lines) Emit(line, read.Number);
                        if (read.Lines.Count == 0) Emit("", read.Number);
                        foreach (var box in read.Boxes) Blocks(box);
                        break;
                    case Table t:
                        Table(t);
                        break;
                    case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                        Blocks(content);
                        break;
                    case SdtElement or CustomXmlBlock:
                        Blocks(e);
                        break;
                }
            }
        }

        private void Emit(string line, int paragraph)
        {
            var text = VietnameseText.Normalize(line.TrimEnd());
            if (text.Trim().Length == 0)
            {
                if (_lines.Count == 0 || _lines[^1].Length == 0) return; // runs of empty paragraphs read as one blank line
                text = "";
            }
            else _bodyStarted = true;
            _lines.Add(text);
            _locations.Add(new SourceLocation(paragraph, 0, 0));
        }

        private sealed record ParagraphLines(int Number, List<string> Lines, List<OpenXmlElement> Boxes);

        private ParagraphLines ReadParagraph(Paragraph p)
        {
            var number = ++_paragraph;
            var text = new StringBuilder();
            var boxes = new List<OpenXmlElement>();
            var footnotes = new List<string>();
            Inline(p, text, boxes, footnotes);
            var label = _numbering.Next(p);
            var raw = text.ToString();
            // An empty numbered paragraph (a table's TT cell) still shows its number; an empty bulleted one shows nothing to read.
            if (label is not null && (raw.Trim().Length > 0 || label.Trim() is not ("" or "•" or "-" or "+" or "–")))
                raw = label + raw.TrimStart(' ', '\t');
            var lines = raw.Split('\n').Select(CleanTabs).ToList();
            if (lines.All(x => x.Trim().Length == 0)) lines.Clear();
            foreach (var id in footnotes)
                if (_footnotes.TryGetValue(id, out var note))
                    _notes.Add(($"[{id}] {note}", _lines.Count + 1));
            return new ParagraphLines(number, lines, boxes);
        }

        /// <summary>A tab before the text is indentation (kept); a tab inside is a space, so that a paragraph is never a tab-separated row.</summary>
        private static string CleanTabs(string line)
        {
            var lead = line.Length - line.TrimStart('\t', ' ').Length;
            var rest = line[lead..].Replace('\t', ' ');
            return (line[..lead].Contains('\t') ? "\t" : "") + rest;
        }

        private static void Inline(OpenXmlElement e, StringBuilder text, List<OpenXmlElement> boxes, List<string> footnotes)
        {
            foreach (var c in e.ChildElements)
            {
                switch (c)
                {
                    case Run run when run.RunProperties?.Vanish is { } vanish && (vanish.Val?.Value ?? true):
                        break; // hidden text is not shown, so not read
                    case Run run when run.RunProperties?.Caps is { } caps && (caps.Val?.Value ?? true):
                        // "All caps" shows the run in capitals: read it as shown.
                        var shown = new StringBuilder();
                        Inline(run, shown, boxes, footnotes);
                        text.Append(shown.ToString().ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN")));
                        break;
                    case WText t: text.Append(t.Text); break;
                    case TabChar: text.Append('\t'); break;
                    case Break b when b.Type?.Value == BreakValues.Page || b.Type?.Value == BreakValues.Column: break;
                    case Break or CarriageReturn: text.Append('\n'); break;
                    case NoBreakHyphen: text.Append('-'); break;
                    case SoftHyphen: break;
                    case DeletedRun or DeletedText or DeletedFieldCode or MoveFromRun or FieldCode or ParagraphProperties or RunProperties: break;
                    case FootnoteReference f when f.Id?.Value is { } id: footnotes.Add(id.ToString(System.Globalization.CultureInfo.InvariantCulture)); break;
                    case EndnoteReference n when n.Id?.Value is { } id: footnotes.Add("e" + id.ToString(System.Globalization.CultureInfo.InvariantCulture)); break;
                    case TextBoxContent box: boxes.Add(box); break;
                    case AlternateContent alt:
                        // The shape's DrawingML (first choice) and its VML fallback hold the same text box: read one.
                        if (alt.ChildElements.FirstOrDefault() is { } choice) Inline(choice, text, boxes, footnotes);
                        break;
                    default:
                        if (c.LocalName == "txbxContent") boxes.Add(c);
                        else if (c.HasChildren) Inline(c, text, boxes, footnotes);
                        break;
                }
            }
        }

        private static Dictionary<string, string> Footnotes(MainDocumentPart main)
        {
            var notes = new Dictionary<string, string>(StringComparer.Ordinal);
            var all = (main.FootnotesPart?.Footnotes?.Elements<Footnote>().Select(f => (f.Id?.Value, f.Elements<Paragraph>(), Prefix: "")) ?? [])
                .Concat(main.EndnotesPart?.Endnotes?.Elements<Endnote>().Select(e => (e.Id?.Value, e.Elements<Paragraph>(), Prefix: "e")) ?? []);
            foreach (var (noteId, paragraphs, prefix) in all)
            {
                if (noteId is not { } id || id <= 0) continue; // separators
                var sb = new StringBuilder();
                foreach (var p in paragraphs)
                {
                    var t = new StringBuilder();
                    Inline(p, t, [], []);
                    if (sb.Length > 0) sb.Append(' ');
                    sb.Append(VietnameseText.CollapseSpaces(t.ToString().Replace('\n', ' ').Replace('\t', ' ')));
                }
                var note = VietnameseText.Normalize(sb.ToString().Trim());
                if (note.Length > 0) notes[prefix + id.ToString(System.Globalization.CultureInfo.InvariantCulture)] = note;
            }
            return notes;
        }

        // ---- tables --------------------------------------------------------------------------------------------------

        private sealed record Cell(List<(string Text, int Paragraph)> Lines, int Span, bool MergedContinue, int FirstParagraph);

        private void Table(Table table)
        {
            var rows = new List<List<Cell>>();
            foreach (var tr in table.Elements<WTableRow>())
            {
                var cells = new List<Cell>();
                foreach (var tc in tr.Elements<TableCell>())
                {
                    var lines = new List<(string, int)>();
                    var first = _paragraph + 1;
                    CellContent(tc, lines);
                    var props = tc.TableCellProperties;
                    var span = props?.GridSpan?.Val?.Value ?? 1;
                    var merge = props?.VerticalMerge is { } vm && (vm.Val is null || vm.Val.Value == MergedCellValues.Continue);
                    cells.Add(new Cell(lines, Math.Max(1, span), merge, first));
                }
                rows.Add(cells);
            }
            var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Count(c => c.Lines.Count > 0));
            if (IsSignatureTable(rows)) SignatureTable(rows);
            else if (!_bodyStarted && columns <= 3 && rows.Count <= 4) HeaderTable(rows);
            else DataTable(rows);
        }

        private void CellContent(OpenXmlElement container, List<(string, int)> lines)
        {
            foreach (var e in container.ChildElements)
            {
                switch (e)
                {
                    case Paragraph p:
                        var read = ReadParagraph(p);
                        foreach (var l in read.Lines) lines.Add((l, read.Number));
                        if (read.Lines.Count == 0) lines.Add(("", read.Number));
                        foreach (var box in read.Boxes) CellContent(box, lines);
                        break;
                    case Table nested:
                        // A table inside a cell: its cells read in order, as more lines of the cell.
                        foreach (var tc in nested.Descendants<TableCell>()) CellContent(tc, lines);
                        break;
                    case SdtElement or CustomXmlBlock or SdtContentBlock:
                        CellContent(e, lines);
                        break;
                }
            }
        }

        private static bool IsSignatureTable(List<List<Cell>> rows) =>
            rows.SelectMany(r => r).Any(c =>
                c.Lines.FirstOrDefault(l => l.Text.Trim().Length > 0) is { Text: { } first } && VietnameseText.Fold(first.Trim()).StartsWith("noi nhan", StringComparison.Ordinal)
                || c.Lines.Any(l => SignatureReader.IsAuthorityLine(VietnameseText.CollapseSpaces(l.Text).Trim())));

        private void SignatureTable(List<List<Cell>> rows)
        {
            // The list, then the signature: each cell's paragraphs as lines, a blank line between cells.
            foreach (var row in rows)
                foreach (var cell in row.Where(c => c.Lines.Any(l => l.Text.Trim().Length > 0)))
                {
                    Emit("", cell.FirstParagraph);
                    foreach (var (text, paragraph) in cell.Lines) Emit(VietnameseText.CollapseSpaces(text.Replace('\t', ' ')), paragraph);
                }
            Emit("", _paragraph);
        }

        private void HeaderTable(List<List<Cell>> rows)
        {
            // Issuer | motto: the k-th line of each column side by side, as a header block is read on paper.
            foreach (var row in rows)
            {
                var columns = row.Select(c => c.Lines.Where(l => l.Text.Trim().Length > 0)
                        .Select(l => (Text: VietnameseText.CollapseSpaces(l.Text.Replace('\t', ' ')).Trim(), l.Paragraph)).ToList())
                    .Where(c => c.Count > 0).ToList();
                var depth = columns.Count == 0 ? 0 : columns.Max(c => c.Count);
                for (var k = 0; k < depth; k++)
                {
                    var parts = columns.Select(c => k < c.Count ? c[k].Text : "").ToList();
                    var paragraph = columns.Where(c => k < c.Count).Select(c => c[k].Paragraph).Min();
                    Emit(parts.Count(x => x.Length > 0) == 1 ? parts.First(x => x.Length > 0) : string.Join(" | ", parts), paragraph);
                }
            }
            Emit("", _paragraph);
        }

        private void DataTable(List<List<Cell>> rows)
        {
            var above = new Dictionary<int, string>(); // grid column → text of the cell that a vertical merge continues
            foreach (var row in rows)
            {
                var cells = new List<string>();
                var grid = 0;
                foreach (var cell in row)
                {
                    var text = VietnameseText.CollapseSpaces(string.Join(' ', cell.Lines.Select(l => l.Text.Replace('\t', ' ').Trim()).Where(t => t.Length > 0)));
                    if (cell.MergedContinue)
                        text = grid == 0 ? "" : above.GetValueOrDefault(grid, ""); // a merged number cell stays empty: the row goes on the one above
                    else above[grid] = text;
                    cells.Add(text.Replace("|", "/"));
                    for (var s = 1; s < cell.Span; s++) cells.Add("");
                    grid += cell.Span;
                }
                if (cells.All(c => c.Length == 0)) continue;
                if (TableLayout.IsColumnNumberRow(cells)) { _notes.Add((string.Join(" ", cells.Where(c => c.Length > 0)), _lines.Count + 1)); continue; }
                Emit(string.Join(" | ", cells), row.Count > 0 ? row[0].FirstParagraph : _paragraph);
            }
            Emit("", _paragraph);
        }
    }
}
