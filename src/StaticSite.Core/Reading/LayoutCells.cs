using System.Text.RegularExpressions;

namespace StaticSite.Reading;

/// <summary>
/// The cells of a line printed in columns, as the header block and the closing block are: table cells (<c> | </c>, TAB,
/// a GFM row's edge pipes) and, inside each, the columns pdftotext lays out with a gap of four or more spaces. Each cell is
/// cleaned of Markdown decoration and carries the 1-based column it starts at.
/// </summary>
public static partial class LayoutCells
{
    /// <summary>The non-empty cells of <paramref name="line"/>, left to right.</summary>
    public static List<(string Text, int Column)> Split(SourceLine line)
    {
        var result = new List<(string, int)>();
        var raw = line.Raw.Replace('\f', ' ');
        var at = 0;
        foreach (var cell in CellSplit().Split(raw))
        {
            var offset = raw.IndexOf(cell, at, StringComparison.Ordinal);
            if (offset < 0) offset = at;
            at = offset + cell.Length;
            foreach (Match part in WideGapParts().Matches(cell))
            {
                var clean = SourceLine.CleanLine(part.Value).Trim(' ', '*');
                if (clean.Length > 0) result.Add((clean, offset + part.Index + 1));
            }
        }
        return result;
    }

    [GeneratedRegex(@"\s+\|\s+|\s*\t\s*|^\s*\|\s*|\s*\|\s*$")]
    private static partial Regex CellSplit();

    // Runs of words with at most three spaces between them: a wider gap separates columns.
    [GeneratedRegex(@"\S+(?:\s{1,3}\S+)*")]
    private static partial Regex WideGapParts();
}
