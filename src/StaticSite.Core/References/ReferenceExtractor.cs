using System.Text.RegularExpressions;
using StaticSite.Deadlines;
using StaticSite.Model;
using StaticSite.Text;

namespace StaticSite.References;

/// <summary>
/// Finds document references (văn bản được dẫn) in a line of text: a kind word (<c>Nghị quyết</c>, <c>Kết luận</c>, ...),
/// an optional <c>số</c>, then a Party-style number <c>28-NQ/TW</c>, a state-style number <c>97/2019/QH14</c> /
/// <c>62/2020/NĐ-CP</c>, or a number without year <c>09/KH-BTNMT</c>; optionally followed by <c>, ngày 17/11/2022</c> or
/// <c>ngày 17 tháng 11 năm 2022</c>. The kind word may be written in lower case in running text (<c>nghị quyết số
/// 28-NQ/TW</c>): the number shape is what makes a reference, so it is accepted. A number without a kind word is not
/// a reference.
/// </summary>
public static partial class ReferenceExtractor
{
    private static readonly (string Folded, string Canonical, string TypeCode)[] Kinds =
    [
        ("nghi quyet", "Nghị quyết", "NQ"), ("nghi dinh", "Nghị định", "NĐ"), ("ke hoach", "Kế hoạch", "KH"),
        ("ket luan", "Kết luận", "KL"), ("chi thi", "Chỉ thị", "CT"), ("quy dinh", "Quy định", "QĐi"),
        ("quyet dinh", "Quyết định", "QĐ"), ("chuong trinh", "Chương trình", "CTr"), ("huong dan", "Hướng dẫn", "HD"),
        ("de an", "Đề án", "ĐA"), ("thong tu", "Thông tư", "TT"), ("thong bao", "Thông báo", "TB"), ("luat", "Luật", "L"),
        ("quy che", "Quy chế", "QC"), ("cong van", "Công văn", "CV"), ("thong tri", "Thông tri", "TT"),
    ];

    [GeneratedRegex(
        @"(?<![\p{L}\p{Mn}\d])(?<kind>(?i:Nghị quyết|Nghị định|Kế hoạch|Kết luận|Chỉ thị|Quy định|Quyết định|Chương trình|Hướng dẫn|Đề án|Thông tư|Thông báo|Thông tri|Quy chế|Công văn|Luật))" +
        // Atomic: the separator takes all the white space it can and never gives it back, which changes no match (what
        // follows starts with a non-space) but keeps a word followed by 200,000 spaces linear instead of quadratic.
        @"(?>(?:\s+(?i:hành động))?(?:\s*(?i:số))?\s*:?\s*)" +
        @"(?<id>(?<pnum>\d+)\s*-\s*(?<ptype>[\p{Lu}][\p{L}]*)\s*/\s*(?<pissuer>[\p{Lu}\d][\p{Lu}\d]*(?:-[\p{Lu}\d]+)*)" +
        @"|(?<snum>\d+)/(?<syear>(?:19|20|21)\d\d)/(?<scode>[\p{Lu}\d]+(?:-[\p{Lu}\d]+)*)" +
        @"|(?<nnum>\d+)/(?<ncode>[\p{Lu}][\p{L}]*-[\p{Lu}\d]+(?:-[\p{Lu}\d]+)*))" +
        @"(?![\p{L}\d])" +
        @"(?:(?>\s*,?\s*)(?:ban hành\s+)?ngày\s+(?:(?<d>\d{1,2})\s*/\s*(?<m>\d{1,2})\s*/\s*(?<y>\d{4})|(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4})))?",
        RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePattern();

    /// <summary>Every reference in <paramref name="text"/>, which stands on <paramref name="line"/> of <paramref name="file"/> starting at <paramref name="column"/>.</summary>
    public static IEnumerable<Reference> Extract(string text, string file, int line, int column = 1)
    {
        var nfc = VietnameseText.Normalize(text);
        foreach (Match m in ReferencePattern().Matches(nfc))
        {
            var kindFolded = VietnameseText.Fold(m.Groups["kind"].Value);
            var kind = Kinds.FirstOrDefault(k => k.Folded == kindFolded);
            if (kind.Canonical is null) continue;
            string id, number, type, issuer;
            if (m.Groups["pnum"].Success)
            {
                // Type codes are upper case except the lower-case tail some kinds carry (QĐi, CTr): keep as written.
                if (!IsCode(m.Groups["ptype"].Value) || !IsUpperCode(m.Groups["pissuer"].Value)) continue;
                number = m.Groups["pnum"].Value;
                type = CanonicalIssuer(m.Groups["ptype"].Value);
                issuer = CanonicalIssuer(m.Groups["pissuer"].Value);
                id = $"{number}-{type}/{issuer}";
            }
            else if (m.Groups["snum"].Success)
            {
                var code = CanonicalIssuer(m.Groups["scode"].Value);
                if (!IsUpperCode(code)) continue;
                number = m.Groups["snum"].Value;
                var dash = code.IndexOf('-');
                type = dash > 0 ? code[..dash] : kind.TypeCode;
                issuer = dash > 0 ? code[(dash + 1)..] : code;
                id = $"{number}/{m.Groups["syear"].Value}/{code}";
            }
            else
            {
                var code = CanonicalIssuer(m.Groups["ncode"].Value);
                number = m.Groups["nnum"].Value;
                var dash = code.IndexOf('-');
                type = code[..dash];
                issuer = code[(dash + 1)..];
                if (!IsCode(type) || !IsCode(issuer)) continue;
                id = $"{number}/{code}";
            }
            yield return new Reference(id, kind.Canonical, number, type, issuer, DeadlineParser.CalendarDay(m), m.Value, SourceSpan.At(file, line, column + m.Index));
        }
    }

    // "NQ", "QĐi", "CTr": an upper-case code, possibly with a lower-case tail of one or two letters.
    private static bool IsCode(string s) => s.Length > 0 && char.IsUpper(s[0]) && s.Count(char.IsLower) <= 2;

    private static bool IsUpperCode(string s) => s.Length > 0 && !s.Any(char.IsLower);

    // TƯ and TW are both written for "Trung ương"; an upper-case title writes TTg (Thủ tướng) as TTG and CTr as CTR.
    private static string CanonicalIssuer(string code) => MixedCase().Replace(code.Replace("TƯ", "TW", StringComparison.Ordinal), m => m.Value switch
    {
        "TTG" => "TTg",
        "CTR" => "CTr",
        "QĐI" => "QĐi",
        _ => m.Value,
    });

    [GeneratedRegex(@"(?<![\p{L}])(?:TTG|CTR|QĐI)(?![\p{L}])")]
    private static partial Regex MixedCase();
}
