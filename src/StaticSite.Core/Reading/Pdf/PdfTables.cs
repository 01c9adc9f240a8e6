using UglyToad.PdfPig.Content;
using StaticSite.Text;
using PdfWord = UglyToad.PdfPig.Content.Word;

namespace StaticSite.Reading.Pdf;

/// <summary>
/// Bảng kẻ ô: a table drawn with rule lines (as Word and LibreOffice print an appendix). Its columns are where the vertical
/// rules stand and its rows where the horizontal ones do; each cell's words are read line by line and joined, and each row
/// becomes one line with its cells joined by <c> | </c> — the shape the text reader reads as a table. Words outside ruled
/// tables are left to the line reader.
/// </summary>
internal static class PdfTables
{
    /// <summary>A table row: its top and bottom on the page and its text (cells joined by <c> | </c>).</summary>
    public sealed record Row(double Top, double Bottom, string Text, bool IsNote);

    private sealed record Segment(double X0, double Y0, double X1, double Y1);

    /// <summary>The rows of the ruled tables of <paramref name="page"/>; <paramref name="used"/> gets the words they took.</summary>
    public static List<Row> Rows(Page page, List<PdfWord> words, out HashSet<PdfWord> used)
    {
        used = new HashSet<PdfWord>(ReferenceEqualityComparer.Instance);
        var rows = new List<Row>();
        var vertical = new List<Segment>();
        var horizontal = new List<Segment>();
        foreach (var path in page.Paths)
        {
            if (!path.IsStroked && !path.IsFilled) continue;
            foreach (var sub in path)
            {
                if (sub.GetBoundingRectangle() is not { } r) continue;
                if (r.Width < 2 && r.Height > 8) vertical.Add(new Segment(r.Left, r.Bottom, r.Right, r.Top));
                else if (r.Height < 2 && r.Width > 15) horizontal.Add(new Segment(r.Left, r.Bottom, r.Right, r.Top));
            }
        }
        if (vertical.Count < 3 || horizontal.Count < 2) return rows;

        // Tables: vertical rules that overlap in height belong together.
        var groups = new List<List<Segment>>();
        foreach (var v in vertical.OrderByDescending(v => v.Y1))
        {
            var g = groups.FirstOrDefault(g => g.Any(o => v.Y0 < o.Y1 - 1 && v.Y1 > o.Y0 + 1));
            if (g is null) groups.Add([v]); else g.Add(v);
        }
        foreach (var g in groups)
        {
            var xs = Distinct(g.Select(v => (v.X0 + v.X1) / 2));
            if (xs.Count < 3) continue; // one column: a framed box, not a table
            var (left, right, bottom, top) = (xs[0], xs[^1], g.Min(v => v.Y0), g.Max(v => v.Y1));
            var ys = Distinct(horizontal.Where(h => h.Y0 >= bottom - 2 && h.Y1 <= top + 2 && h.X0 < left + 3 + (right - left) / 2 && h.X1 > right - 3 - (right - left) / 2)
                .Select(h => (h.Y0 + h.Y1) / 2).Append(top).Append(bottom)).OrderByDescending(y => y).ToList();
            for (var r = 0; r + 1 < ys.Count; r++)
            {
                var (rowTop, rowBottom) = (ys[r], ys[r + 1]);
                if (rowTop - rowBottom < 3) continue;
                var cells = new List<string>();
                var any = false;
                for (var c = 0; c + 1 < xs.Count; c++)
                {
                    var inCell = words.Where(w => Center(w) is var (x, y) && x > xs[c] && x < xs[c + 1] && y < rowTop && y > rowBottom).ToList();
                    foreach (var w in inCell) used.Add(w);
                    any |= inCell.Count > 0;
                    cells.Add(CellText(inCell));
                }
                // Edge pipes ("| | on the next page | … |"): a row whose number cell is empty still reads as a row, and continues the one above.
                if (any) rows.Add(new Row(rowTop, rowBottom, "| " + string.Join(" | ", cells) + " |", TableLayout.IsColumnNumberRow(cells)));
            }
        }
        return rows;
    }

    private static (double X, double Y) Center(PdfWord w) => ((w.BoundingBox.Left + w.BoundingBox.Right) / 2, (w.BoundingBox.Bottom + w.BoundingBox.Top) / 2);

    private static string CellText(List<PdfWord> words)
    {
        // Line by line (by baseline, a third of a letter's height apart), left to right; lines joined by a space.
        var lines = new List<(double Baseline, List<PdfWord> Words)>();
        foreach (var w in words.OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            var at = lines.FindIndex(l => Math.Abs(l.Baseline - w.BoundingBox.Bottom) < Math.Max(1, w.BoundingBox.Height) / 3);
            if (at < 0) lines.Add((w.BoundingBox.Bottom, [w])); else lines[at].Words.Add(w);
        }
        var text = string.Join(' ', lines.Select(l => string.Join(' ', l.Words.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text.Trim()))));
        return VietnameseText.Normalize(VietnameseText.CollapseSpaces(text.Replace("|", "/"))).Trim();
    }

    private static List<double> Distinct(IEnumerable<double> values)
    {
        var list = new List<double>();
        foreach (var v in values.Order())
            if (list.Count == 0 || v - list[^1] > 3) list.Add(v);
        return list;
    }
}
