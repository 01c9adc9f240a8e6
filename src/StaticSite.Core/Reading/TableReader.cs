using System.Text.RegularExpressions;
using StaticSite.Model;
using StaticSite.Text;

namespace StaticSite.Reading;

/// <summary>A table row while reading: cells and the lines they came from.</summary>
public sealed class RawRow
{
    /// <summary>Cell texts.</summary>
    public required List<string> Cells { get; init; }

    /// <summary>Source lines of the row, the first and then continuations.</summary>
    public required List<int> Lines { get; init; }
}

/// <summary>A table while reading.</summary>
public sealed class RawTable
{
    /// <summary>Header cells.</summary>
    public List<string> Columns { get; } = [];

    /// <summary>Rows, continuations joined.</summary>
    public List<RawRow> Rows { get; } = [];

    /// <summary>First and last line.</summary>
    public int FirstLine { get; set; }

    /// <summary>Last line.</summary>
    public int LastLine { get; set; }
}

/// <summary>
/// Reads tables written as tab-separated lines, Markdown pipe tables or <c> | </c>-separated lines. Rows broken across pages
/// are joined (a row with an empty number cell continues the row above), the header repeated after a page break is dropped.
/// </summary>
public static partial class TableReader
{
    /// <summary>Cells of a table line.</summary>
    public static List<string> Cells(SourceLine line, int expected = 0)
    {
        var raw = line.Raw.Replace('\f', ' ');
        if (raw.Contains('\t')) return Clean(raw.Split('\t'));
        // "| a | b |" has edge pipes; "a | b" has none, and " | b" is a row whose first cell is empty:
        // with the header's column count known, the reading that fits it wins.
        var t = raw.Trim();
        var inner = t;
        if (inner.StartsWith('|')) inner = inner[1..];
        if (inner.EndsWith('|')) inner = inner[..^1];
        var bordered = Clean(inner.Split('|'));
        var open = Clean(raw.Split('|'));
        return expected > 0 && open.Count == expected && bordered.Count != expected ? open : bordered;

        static List<string> Clean(IEnumerable<string> cells) => cells.Select(c => VietnameseText.CollapseSpaces(SourceLine.CleanLine(c))).ToList();
    }

    /// <summary>True for the <c>|---|:--|</c> line under a Markdown table header.</summary>
    public static bool IsDelimiterRow(SourceLine line) => DelimiterRow().IsMatch(line.Raw);

    /// <summary>True when <paramref name="cells"/> look like a header (two or more known column names).</summary>
    public static bool IsHeader(IReadOnlyList<string> cells) =>
        cells.Count(c => TableColumns.RoleOf(c) != TableColumnRole.Other) >= 2
        // Column titles are short, and a numbered row is a row whatever its words ("… đảm bảo tiến độ …").
        && cells.All(c => c.Length <= 80) && !(cells.Count > 0 && int.TryParse(cells[0].TrimEnd('.'), out _));

    /// <summary>Adds <paramref name="line"/> to <paramref name="table"/>; false when the line is not part of it.</summary>
    public static void Add(RawTable table, SourceLine line)
    {
        if (table.FirstLine == 0) table.FirstLine = line.Number;
        table.LastLine = line.Number;
        if (IsDelimiterRow(line)) return;
        var cells = Cells(line, table.Columns.Count);
        if (IsHeader(cells))
        {
            // The first header names the columns; a repeat after a page break is dropped.
            if (table.Columns.Count == 0) table.Columns.AddRange(cells);
            return;
        }
        if (IsColumnNumbers(cells)) return; // "(1) | (2) | (3)": the columns' numbers under the header, not a row
        var numberColumn = table.Columns.FindIndex(c => TableColumns.RoleOf(c) == TableColumnRole.Number);
        if (numberColumn < 0 && table.Columns.Count == 0) numberColumn = 0;
        // A row with an empty number cell continues the row above when its text goes on (a page break inside a cell:
        // it starts in lower case, with a digit or a mark); one that starts a new text with a capital is a row of its own.
        var firstText = cells.FirstOrDefault(c => c.Length > 0) ?? "";
        var isContinuation = table.Rows.Count > 0 && numberColumn >= 0 && numberColumn < cells.Count && cells[numberColumn].Length == 0
                && !(firstText.Length > 0 && char.IsUpper(firstText[0]))
            || table.Rows.Count > 0 && numberColumn >= cells.Count;
        if (isContinuation)
        {
            var row = table.Rows[^1];
            for (var i = 0; i < cells.Count; i++)
            {
                if (cells[i].Length == 0) continue;
                while (row.Cells.Count <= i) row.Cells.Add("");
                row.Cells[i] = row.Cells[i].Length == 0 ? cells[i] : row.Cells[i] + " " + cells[i];
            }
            row.Lines.Add(line.Number);
            return;
        }
        table.Rows.Add(new RawRow { Cells = cells, Lines = [line.Number] });
    }

    /// <summary>True for a row that only numbers the columns: <c>(1) | (2) | (3)</c> or <c>1 | 2 | 3</c>.</summary>
    public static bool IsColumnNumbers(IReadOnlyList<string> cells)
    {
        var numbers = cells.Where(c => c.Length > 0).Select(c => int.TryParse(c.Trim('(', ')', '.'), out var n) ? n : -1).ToList();
        return numbers.Count >= 3 && numbers.All(n => n >= 0) && numbers.Zip(numbers.Skip(1)).All(p => p.Second == p.First + 1);
    }

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")]
    private static partial Regex DelimiterRow();
}
