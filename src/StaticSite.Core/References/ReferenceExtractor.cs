using System.Globalization;
using System.Text.RegularExpressions;
using StaticSite.Model;

namespace StaticSite.References;

/// <summary>Finds document references (văn bản được dẫn) in a line of text.</summary>
public static partial class ReferenceExtractor
{
    [GeneratedRegex(@"(?<kind>Nghị quyết|Kế hoạch|Kết luận|Chỉ thị|Quy định|Quyết định|Chương trình|Nghị định|Hướng dẫn|Đề án|Thông tư|Thông báo|Luật)\s+(?:số\s+)?(?<id>(?<num>\d+)-(?<type>[A-ZĐa-zđ]+)/(?<issuer>[A-ZĐ0-9-]+)|(?<num2>\d+)/(?<year>\d{4})/(?<code>[A-ZĐ0-9-]+))(?:,?\s+ngày\s+(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4}))?", RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePattern();

    /// <summary>Every reference in <paramref name="text"/>, which stands on <paramref name="line"/> of <paramref name="file"/> starting at <paramref name="column"/>.</summary>
    public static IEnumerable<Reference> Extract(string text, string file, int line, int column = 1)
    {
        foreach (Match m in ReferencePattern().Matches(text))
        {
            var kind = char.ToUpperInvariant(m.Groups["kind"].Value[0]) + m.Groups["kind"].Value[1..];
            string id, number, type, issuer;
            if (m.Groups["num"].Success)
            {
                number = m.Groups["num"].Value;
                type = m.Groups["type"].Value;
                issuer = m.Groups["issuer"].Value.TrimEnd('-');
                id = $"{number}-{type}/{issuer}";
            }
            else
            {
                number = m.Groups["num2"].Value;
                var code = m.Groups["code"].Value.TrimEnd('-');
                var dash = code.IndexOf('-');
                type = dash > 0 ? code[..dash] : TypeCodeOf(kind);
                issuer = dash > 0 ? code[(dash + 1)..] : code;
                id = $"{number}/{m.Groups["year"].Value}/{code}";
            }
            DateOnly? date = null;
            if (m.Groups["d"].Success
                && DateOnly.TryParseExact($"{m.Groups["d"].Value.PadLeft(2, '0')}/{m.Groups["m"].Value.PadLeft(2, '0')}/{m.Groups["y"].Value}", "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                date = d;
            yield return new Reference(id, kind, number, type, issuer, date, m.Value, SourceSpan.At(file, line, column + m.Index));
        }
    }

    private static string TypeCodeOf(string kind) => kind switch
    {
        "Nghị quyết" => "NQ",
        "Nghị định" => "NĐ",
        "Quyết định" => "QĐ",
        "Luật" => "L",
        "Thông tư" => "TT",
        _ => "",
    };
}
