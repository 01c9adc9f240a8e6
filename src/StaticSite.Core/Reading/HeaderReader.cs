using System.Globalization;
using System.Text.RegularExpressions;
using StaticSite.Model;
using StaticSite.Text;

namespace StaticSite.Reading;

/// <summary>What the header block (the lines above the kind line) says: the issuing organs, number, place and date.</summary>
/// <param name="Organs">The issuer's column top down (<c>UBND TỈNH QUẢNG NAM</c>, <c>SỞ NỘI VỤ</c>): the parent first, the lowest organ last.</param>
/// <param name="Number">The document's own number (<c>104-CTr/TU</c>, spaces removed); null when blank (a draft).</param>
/// <param name="Date">The date of the <c>…, ngày … tháng … năm …</c> cell; null when blank.</param>
/// <param name="Place">The place before that date.</param>
/// <param name="Span">Where the number (or else the date) stands.</param>
public sealed partial record HeaderBlock(IReadOnlyList<TextNode> Organs, string? Number, DateOnly? Date, string? Place, SourceSpan? Span)
{
    /// <summary>True when the block has a <c>Số:</c> label (with a number, or blank as a draft leaves it).</summary>
    public bool HasNumberLabel { get; init; }

    /// <summary>The type code of the document's own number (<c>CTr</c>, <c>KH</c>, <c>CV</c>, <c>NQ</c>), or null.</summary>
    public string? TypeCode => Number is null ? null : TypeCodePattern().Match(Number) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"^\d*[-/]([\p{L}]+)")]
    private static partial Regex TypeCodePattern();
}

/// <summary>
/// Reads the header block in the layouts it comes in: two columns of pdftotext layout, Word table cells joined by TAB or
/// <c> | </c>, a GFM or pandoc table, or (OCR) both columns run together on one line. The national motto, rules, a
/// repository banner, page markers and a digital-signature stamp are not the issuer.
/// </summary>
public static partial class HeaderReader
{
    /// <summary>Reads <paramref name="lines"/> [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static HeaderBlock Read(IReadOnlyList<SourceLine> lines, int from, int to, string path)
    {
        var organs = new List<TextNode>();
        string? number = null, place = null;
        DateOnly? date = null;
        SourceSpan? span = null;
        var numberSeen = false;
        for (var i = from; i < to; i++)
        {
            var line = lines[i];
            if (line.IsBlank || IsStampLine(lines, i, to)) continue;
            foreach (var (cell, column) in Cells(line))
            {
                if (BlankNumberLabel().IsMatch(cell) && !numberSeen)
                {
                    // "Số:" alone, its blank number and type code in the next piece: a draft.
                    numberSeen = true;
                    span ??= SourceSpan.At(path, line.Number, column);
                    continue;
                }
                var n = NumberCell().Match(cell);
                if (n.Success && !numberSeen)
                {
                    numberSeen = true;
                    var digits = n.Groups["n"].Value;
                    number = digits.Length == 0 ? null : digits + Regex.Replace(n.Groups["code"].Value, @"\s+", "").TrimEnd('.', ',');
                    span ??= SourceSpan.At(path, line.Number, column);
                }
                var d = DateCell().Match(cell);
                if (d.Success && date is null && place is null)
                {
                    place = d.Groups["place"].Value.Trim(' ', ',', '*');
                    if (DateOnly.TryParseExact($"{d.Groups["d"].Value.PadLeft(2, '0')}/{d.Groups["m"].Value.PadLeft(2, '0')}/{d.Groups["y"].Value}", "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                        date = parsed;
                    span ??= SourceSpan.At(path, line.Number, column);
                }
                if (!n.Success && !d.Success && !numberSeen && IsOrganCell(cell))
                {
                    // A cell that starts with a level word ("TỈNH LÀO CAI") ends the organ above ("ỦY BAN NHÂN DÂN").
                    if (organs.Count > 0 && StartsWithLevel(cell) && !EndsWithPlace(organs[^1].Text))
                        organs[^1] = organs[^1] with { Text = organs[^1].Text + " " + cell };
                    else
                        organs.Add(new TextNode(cell, SourceSpan.At(path, line.Number, column)));
                }
            }
        }
        return new HeaderBlock(organs, number, date, place is { Length: > 0 } ? place : null, span) { HasNumberLabel = numberSeen };
    }

    /// <summary>The cells of a header line: table cells, columns split at a wide gap, the motto cut off a line OCR ran together.</summary>
    public static IEnumerable<(string Text, int Column)> Cells(SourceLine line) =>
        LayoutCells.Split(line).SelectMany(c => SplitRunTogether(c.Text).Select(piece => (piece, c.Column)));

    // "TÍNH ỦY LÀO CAI ĐÁNG CỘNG SẢN VIỆT NAM", "Số 31-CTr/TW Hà Nội, ngày 28 tháng 7 năm 2026": two cells on one line.
    private static IEnumerable<string> SplitRunTogether(string text)
    {
        var folded = VietnameseText.Fold(text);
        foreach (var motto in Mottos)
        {
            var k = folded.IndexOf(motto, StringComparison.Ordinal);
            if (k > 0 && folded.Length == text.Length)
            {
                yield return text[..k].Trim();
                yield return text[k..].Trim();
                yield break;
            }
        }
        var n = NumberCell().Match(text);
        var d = DateCell().Match(text);
        if (n.Success && d.Success && d.Index > n.Index)
        {
            yield return text[..d.Index].Trim();
            yield return text[d.Index..].Trim();
            yield break;
        }
        yield return text;
    }

    private static readonly string[] Mottos = ["dang cong san viet nam", "cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc"];

    /// <summary>True when <paramref name="folded"/> (folded text) is a line of the national motto or the Party's name printed beside the issuer.</summary>
    public static bool IsMotto(string folded) => Mottos.Contains(folded, StringComparer.Ordinal);

    private static bool IsOrganCell(string cell)
    {
        if (!Markers.IsMostlyUpper(cell) || cell.Length > 90 || !char.IsLetter(cell[0])) return false;
        var f = VietnameseText.Fold(cell);
        return !Mottos.Any(m => f.StartsWith(m, StringComparison.Ordinal)) && !f.StartsWith("doc lap", StringComparison.Ordinal)
            && !f.StartsWith("[", StringComparison.Ordinal) && !f.StartsWith("=", StringComparison.Ordinal) && !SignatureReader.HasTimestamp(cell);
    }

    private static bool StartsWithLevel(string cell) => LevelStart().IsMatch(VietnameseText.Fold(cell));

    private static bool EndsWithPlace(string organ) => PlaceEnd().IsMatch(VietnameseText.Fold(organ));

    // A digital-signature stamp: the signer's name lines directly above a "28-07-2026 18:08:51 +07:00" line.
    private static bool IsStampLine(IReadOnlyList<SourceLine> lines, int i, int to)
    {
        for (var j = i; j < to && j < i + 4; j++)
        {
            if (lines[j].IsBlank) return false;
            if (SignatureReader.HasTimestamp(lines[j].Clean)) return true;
        }
        return false;
    }

    [GeneratedRegex(@"^S[ốố]\s*:?\s*(?<n>\d*)\s*(?<code>[-/]\s*[\p{L}\d][\p{L}\d/\-.&]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberCell();

    // "Lào Cai, ngày 30 tháng 8 năm 2026"; a draft's "ngày     tháng    năm 2026" has a place but no date.
    [GeneratedRegex(@"(?<![\p{L}\d/-])(?<place>\p{Lu}\p{Ll}*\.?(?: \p{Lu}[\p{Ll}.]*){0,5}),\s*ngày\s+(?:(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4})|[\s._…]*tháng)")]
    private static partial Regex DateCell();

    [GeneratedRegex(@"^S[ốố]\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlankNumberLabel();

    [GeneratedRegex(@"^(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran) (?!uy\b)\S")]
    private static partial Regex LevelStart();

    [GeneratedRegex(@"\b(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran) \S+")]
    private static partial Regex PlaceEnd();

}
