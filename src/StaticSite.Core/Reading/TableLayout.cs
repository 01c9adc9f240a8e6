using System.Text.RegularExpressions;

namespace StaticSite.Reading;

/// <summary>Layout of the tables of a Word or PDF original that is decoration, not content.</summary>
public static partial class TableLayout
{
    /// <summary>
    /// The row under a header that numbers its columns (<c>| (1) | (2) | (3) …</c>, or <c>1 | 2 | 3</c>): three or more cells,
    /// every filled one a number in parentheses or alone, in order. It is kept as a note, not read as a task row.
    /// </summary>
    public static bool IsColumnNumberRow(IReadOnlyList<string> cells)
    {
        var numbers = new List<int>();
        foreach (var c in cells)
        {
            if (c.Trim().Length == 0) continue;
            var m = ColumnNumber().Match(c.Trim());
            if (!m.Success) return false;
            numbers.Add(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        }
        return numbers.Count >= 3 && numbers.Zip(numbers.Skip(1)).All(p => p.Second == p.First + 1);
    }

    [GeneratedRegex(@"^\(?(\d{1,2})\)?$")]
    private static partial Regex ColumnNumber();
}
