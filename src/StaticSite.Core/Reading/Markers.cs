using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using StaticSite.Model;

namespace StaticSite.Reading;

/// <summary>A marker found at the start of a line, and the text after it.</summary>
public sealed record MarkerMatch(ItemMarker Marker, string Rest, int RestColumn);

/// <summary>Recognises the numbering styles of the genre at the start of a clean line.</summary>
public static partial class Markers
{
    // Item letters in Vietnamese order (a) b) c) d) đ) e) g) h) i) k) …): the vowels with marks never letter a list.
    private const string Letters = "abcdđeghiklmnopqrstuvxy";

    /// <summary>The Roman numeral section marker (<c>I-</c>, <c>II.</c>, <c>IV –</c>): number and heading.</summary>
    public static (string Number, int Value, string Heading)? Roman(string clean)
    {
        var m = RomanPattern().Match(clean);
        if (!m.Success) return null;
        var value = RomanValue(m.Groups[1].Value);
        return value == 0 ? null : (m.Groups[1].Value, value, m.Groups[2].Value.Trim());
    }

    /// <summary>
    /// A Roman numeral as OCR damages it (<c>1-</c> for <c>I-</c>, <c>HI-</c> for <c>III-</c>, <c>l.</c> for <c>I.</c>):
    /// number, value and heading; the caller accepts it only before an upper-case heading of a known role.
    /// </summary>
    public static (string Number, int Value, string Heading)? OcrRoman(string clean)
    {
        var m = OcrRomanPattern().Match(clean);
        if (!m.Success) return null;
        var repaired = m.Groups["n"].Value.Replace("1", "I").Replace("l", "I").Replace("H", "II");
        var value = RomanValue(repaired);
        return value == 0 ? null : (repaired, value, m.Groups["h"].Value.Trim());
    }

    /// <summary>A letter block marker (<c>A.</c>, <c>B-</c>) followed by an upper-case heading.</summary>
    public static (string Letter, string Heading)? LetterBlock(string clean)
    {
        var m = LetterBlockPattern().Match(clean);
        return m.Success && IsMostlyUpper(m.Groups[2].Value) ? (m.Groups[1].Value, m.Groups[2].Value.Trim()) : null;
    }

    /// <summary>A part marker: <c>Phần thứ nhất</c> (also the recognition error <c>Phân thứ</c>), with any heading on the same line.</summary>
    public static (string Number, int Value, string Heading)? Part(string clean)
    {
        var m = PartPattern().Match(clean);
        if (!m.Success) return null;
        var ordinal = Text.VietnameseText.Fold(m.Groups[2].Value);
        var value = Array.IndexOf(Ordinals, ordinal) + 1;
        if (value == 0 && int.TryParse(ordinal, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) value = n;
        return value == 0 ? null : (m.Groups[1].Value.Trim(), value, m.Groups[3].Value.Trim());
    }

    private static readonly string[] Ordinals = ["nhat", "hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin", "muoi"];

    /// <summary>An item marker at the start of <paramref name="clean"/>, or null for a plain paragraph.</summary>
    public static MarkerMatch? Item(string clean)
    {
        var m = DecimalPattern().Match(clean);
        if (m.Success)
        {
            var parts = m.Groups[1].Value.Split('.', StringSplitOptions.RemoveEmptyEntries);
            // "2021." or "1.000" are not markers: a marker's numbers are small and it is followed by a word.
            if (parts.All(p => p.Length <= 2) && (m.Groups[2].Value == "." || parts.Length > 1))
                return new(new ItemMarker(MarkerStyle.Decimal, m.Value.TrimEnd(), [.. parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture))]), clean[m.Length..], m.Length + 1);
        }
        m = OcrCommaPattern().Match(clean);
        if (m.Success)
            return new(new ItemMarker(MarkerStyle.Decimal, m.Groups[1].Value + ".", [int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)]), clean[m.Length..], m.Length + 1);
        m = ParenPattern().Match(clean);
        if (m.Success)
            return new(new ItemMarker(MarkerStyle.Parenthesized, m.Value.TrimEnd(), [int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)]), clean[m.Length..], m.Length + 1);
        m = LetterPattern().Match(clean);
        if (m.Success)
        {
            return new(new ItemMarker(MarkerStyle.Letter, m.Value.TrimEnd(), [Letters.IndexOf(m.Groups[1].Value[0]) + 1]), clean[m.Length..], m.Length + 1);
        }
        m = BulletPattern().Match(clean);
        if (m.Success)
        {
            var style = m.Groups[1].Value == "+" ? MarkerStyle.Plus : MarkerStyle.Dash;
            return new(new ItemMarker(style, m.Groups[1].Value, []), clean[m.Length..], m.Length + 1);
        }
        return null;
    }

    /// <summary>True for a page number line of text pulled from a PDF: <c>3</c>, <c>- 3 -</c>, <c>Trang 3</c>.</summary>
    public static bool IsPageNumber(string clean) => PageNumberPattern().IsMatch(clean);

    /// <summary>True when most letters of <paramref name="text"/> are upper case.</summary>
    public static bool IsMostlyUpper(string text)
    {
        int upper = 0, lower = 0;
        foreach (var c in text)
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c)) lower++;
        return upper > 0 && upper >= 3 * lower;
    }

    /// <summary>The value of a Roman numeral up to 39, or 0.</summary>
    public static int RomanValue(string roman)
    {
        var values = new Dictionary<char, int> { ['I'] = 1, ['V'] = 5, ['X'] = 10 };
        var total = 0;
        for (var i = 0; i < roman.Length; i++)
        {
            if (!values.TryGetValue(roman[i], out var v)) return 0;
            total += i + 1 < roman.Length && values.TryGetValue(roman[i + 1], out var next) && next > v ? -v : v;
        }
        return total;
    }

    [GeneratedRegex(@"^([IVX]{1,6})\s*[.\-–—:)]\s*(\S.*)$")]
    private static partial Regex RomanPattern();

    [GeneratedRegex(@"^(?:(?<n>[IVXHl1]{1,4})\s*[\-–]|(?<n>[IVXHl]{1,4})\s*\.)\s*(?<h>\S.*)$")]
    private static partial Regex OcrRomanPattern();

    [GeneratedRegex(@"^([A-ZĐ])\s*[.\-–)]\s+(\S.*)$")]
    private static partial Regex LetterBlockPattern();

    [GeneratedRegex(@"^(Ph[aâầẫấậẩ]n\s+th[uứừ]\s+(\S+))\s*[:.\-–]?\s*(.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartPattern();

    [GeneratedRegex(@"^(\d{1,2}(?:\.\d{1,2})*)(\.?)\s*[.)]?\s+(?=\S)")]
    private static partial Regex DecimalPattern();

    // "9, Ban Tuyên giáo …": OCR reads the dot of "9." as a comma; only before a capital, so "2, 3 năm" stays text.
    [GeneratedRegex(@"^(\d{1,2}),\s+(?=\p{Lu})")]
    private static partial Regex OcrCommaPattern();

    [GeneratedRegex(@"^(?:-\s*)?\d{1,3}(?:\s*-)?$|^Trang \d{1,3}$")]
    private static partial Regex PageNumberPattern();

    [GeneratedRegex(@"^\((\d{1,3})\)\s*")]
    private static partial Regex ParenPattern();

    [GeneratedRegex(@"^([abcdđeghiklmnopqrstuvxy])\)\s+")]
    private static partial Regex LetterPattern();

    [GeneratedRegex(@"^([-–—•+])\s*(?=\S)")]
    private static partial Regex BulletPattern();
}
