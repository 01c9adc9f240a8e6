using System.Text.RegularExpressions;
using StaticSite.Model;
using StaticSite.Text;

namespace StaticSite.Reading;

/// <summary>
/// Reads a table that pdftotext printed as column-aligned text, with no delimiter: a header of several lines around its
/// <c>TT</c> line, cells that wrap over lines, the row number on a middle line of its row, a deadline cell that may start
/// above it, the header repeated after a page break. Columns are the header's words stacked at the same place; each
/// line's pieces fall into the column they stand under. A row is a line that holds a number in the TT column, with the
/// lines around it: a line whose content cell starts a new text with a capital after a row that has its number opens the
/// next row. <c>I</c>, <c>II.1</c> in the TT column are group rows.
/// </summary>
public static partial class ColumnTableReader
{
    /// <summary>A table found at <see cref="Start"/> (the header's first line index) through <see cref="End"/> (exclusive).</summary>
    public sealed record Region(int Start, int TtLine, int End);

    /// <summary>True when <paramref name="line"/> is the <c>TT</c> line of a column-aligned header: <c>TT</c> first, then at least one more column after a wide gap.</summary>
    public static bool IsHeaderLine(SourceLine line)
    {
        if (line.Raw.Contains('\t') || line.Raw.Contains('|') || line.Indent > 6) return false;
        var parts = Pieces(line.Raw);
        return parts.Count >= 2 && VietnameseText.Fold(parts[0].Text) is "tt" or "stt";
    }

    /// <summary>The region of the table whose TT line is <paramref name="ttLine"/>: from the header's top to the next heading, list or signature.</summary>
    public static Region Find(IReadOnlyList<SourceLine> lines, int ttLine, Func<SourceLine, bool> endsTable)
    {
        var start = ttLine;
        while (start > 0 && !lines[start - 1].IsBlank && HeaderLike(lines[start - 1])) start--;
        var end = ttLine + 1;
        while (end < lines.Count && !endsTable(lines[end])) end++;
        return new Region(start, ttLine, end);
    }

    /// <summary>Reads the region into a table; page numbers and the header repeated after a page break stay in its span, in no row.</summary>
    public static RawTable Read(IReadOnlyList<SourceLine> lines, Region region)
    {
        var last = region.End - 1;
        while (last > region.TtLine && lines[last].IsBlank) last--;
        var table = new RawTable { FirstLine = lines[region.Start].Number, LastLine = lines[last].Number };
        // The header: the lines from the top through the TT line and the short lines under it.
        var headerEnd = region.TtLine + 1;
        while (headerEnd < region.End && !lines[headerEnd].IsBlank && HeaderLike(lines[headerEnd]) && !IsRowNumberLine(lines[headerEnd], 0)) headerEnd++;
        var columns = new List<(int Start, int End, List<string> Words)>();
        var headerTexts = new HashSet<string>(StringComparer.Ordinal);
        for (var i = region.Start; i < headerEnd; i++)
        {
            headerTexts.Add(VietnameseText.CollapseSpaces(lines[i].Clean));
            foreach (var (text, start, end) in Pieces(lines[i].Raw))
            {
                var c = columns.FindIndex(k => start < k.End + 2 && end > k.Start - 2);
                if (c < 0) columns.Add((start, end, [text]));
                else columns[c] = (Math.Min(columns[c].Start, start), Math.Max(columns[c].End, end), [.. columns[c].Words, text]);
            }
        }
        columns.Sort((a, b) => a.Start.CompareTo(b.Start));
        table.Columns.AddRange(columns.Select(c => VietnameseText.CollapseSpaces(string.Join(' ', c.Words))));
        var ttEnd = columns.Count > 0 ? columns[0].End + 2 : 4;
        var content = table.Columns.FindIndex(c => TableColumns.RoleOf(c) == TableColumnRole.Content);
        if (content < 0) content = Math.Min(1, columns.Count - 1);

        RawRow? current = null;
        var numbered = false;
        var repeatAt = -1;
        for (var i = headerEnd; i < region.End; i++)
        {
            var line = lines[i];
            if (line.IsBlank) continue;
            var clean = VietnameseText.CollapseSpaces(line.Clean);
            if (Markers.IsPageNumber(clean) || headerTexts.Contains(clean) && (repeatAt < 0 || i - repeatAt < 8))
            {
                // A page number, or the header printed again at the top of the next page.
                if (headerTexts.Contains(clean)) repeatAt = i;
                continue;
            }
            repeatAt = -1;
            var raw = line.Raw.Replace('\f', ' ');
            var number = IsRowNumberLine(line, ttEnd) ? NumberToken().Match(raw.TrimStart()).Groups[1].Value : null;
            if (number is not null)
            {
                // The number stands in the TT column; the text after it on the line belongs to the other columns.
                var at = raw.Length - raw.TrimStart().Length;
                raw = raw[..at] + new string(' ', number.Length) + raw[(at + number.Length)..];
            }
            var cells = new string[columns.Count];
            foreach (var (text, start, end) in Pieces(raw))
            {
                // The TT column holds the row's number and nothing else: text that starts under it is the content's.
                var c = Math.Max(columns.Count > 1 ? 1 : 0, ColumnOf(columns, start, end));
                if (c >= columns.Count) c = columns.Count - 1;
                cells[c] = cells[c] is null ? text : cells[c] + " " + text;
            }
            if (number is not null)
            {
                cells[0] = number;
                if (current is null || numbered)
                {
                    current = new RawRow { Cells = [.. Enumerable.Repeat("", columns.Count)], Lines = [] };
                    table.Rows.Add(current);
                }
                numbered = true;
            }
            else if (current is null || numbered && cells[content] is { Length: > 0 } text && char.IsUpper(text[0]))
            {
                // The top lines of the next row, above its number.
                current = new RawRow { Cells = [.. Enumerable.Repeat("", columns.Count)], Lines = [] };
                table.Rows.Add(current);
                numbered = false;
            }
            for (var c = 0; c < columns.Count; c++)
                if (cells[c] is { Length: > 0 } add) current.Cells[c] = current.Cells[c].Length == 0 ? add : current.Cells[c] + " " + add;
            current.Lines.Add(line.Number);
        }
        // Lines that opened a row but never got its number belong to the row above.
        for (var r = table.Rows.Count - 1; r > 0; r--)
        {
            var row = table.Rows[r];
            if (row.Cells[0].Length > 0) continue;
            var above = table.Rows[r - 1];
            for (var c = 0; c < row.Cells.Count; c++)
                if (row.Cells[c].Length > 0) above.Cells[c] = above.Cells[c].Length == 0 ? row.Cells[c] : above.Cells[c] + " " + row.Cells[c];
            above.Lines.AddRange(row.Lines);
            table.Rows.RemoveAt(r);
        }
        return table;
    }

    private static int ColumnOf(List<(int Start, int End, List<string> Words)> columns, int start, int end)
    {
        var best = 0;
        var bestScore = int.MinValue;
        for (var c = 0; c < columns.Count; c++)
        {
            var overlap = Math.Min(end, columns[c].End) - Math.Max(start, columns[c].Start);
            var score = overlap > 0 ? overlap : -Math.Min(Math.Abs(start - columns[c].End), Math.Abs(columns[c].Start - end));
            if (score > bestScore) (best, bestScore) = (c, score);
        }
        return best;
    }

    private static bool IsRowNumberLine(SourceLine line, int ttEnd) =>
        line.Indent <= Math.Max(3, ttEnd) && NumberToken().IsMatch(line.Raw.TrimStart().Replace('\f', ' ').TrimStart());

    // A header line: every piece holds a word of the genre's column titles (stacked over several lines).
    private static bool HeaderLike(SourceLine line) =>
        Pieces(line.Raw) is { Count: > 0 } pieces && pieces.All(p => p.Text.Length <= 40 && HeaderWord().IsMatch(VietnameseText.Fold(p.Text)));

    [GeneratedRegex(@"(?:^|\s|,)(?:tt|stt|noi dung|nhiem vu|co quan|to chuc|dang|chu tri|phoi hop|ca nhan|phu trach|chi dao|dao|kiem tra|don doc|muc tieu|thoi han|thoi gian|thuc hien|hoan thanh|ghi chu|san pham|ket qua|don vi|chi tieu|\(\*\)|nguon luc|kinh phi|nganh|tham muu|linh vuc|trinh)(?:$|\s|,|\.)")]
    private static partial Regex HeaderWord();

    /// <summary>The pieces of a line split at gaps of two or more spaces, with their columns (0-based start, end).</summary>
    private static List<(string Text, int Start, int End)> Pieces(string raw)
    {
        var result = new List<(string, int, int)>();
        foreach (Match m in PiecePattern().Matches(raw.Replace('\f', ' ')))
            result.Add((VietnameseText.CollapseSpaces(SourceLine.CleanLine(m.Value)), m.Index, m.Index + m.Length));
        return result.Where(p => p.Item1.Length > 0).ToList();
    }

    [GeneratedRegex(@"\S+(?: \S+)*")]
    private static partial Regex PiecePattern();

    [GeneratedRegex(@"^((?:\d{1,3}|[IVX]{1,5}(?:\.\d{1,2})?))\.?(?:\s+\S|$)")]
    private static partial Regex NumberToken();

}
