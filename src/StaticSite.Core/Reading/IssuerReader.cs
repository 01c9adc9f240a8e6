using System.Text.RegularExpressions;
using StaticSite.Model;
using StaticSite.Text;

namespace StaticSite.Reading;

/// <summary>Reads the issuer (cơ quan ban hành) from a name, a header line or the preamble's main clause.</summary>
public static partial class IssuerReader
{
    /// <summary>Parses an issuer name as given in metadata or a header line (<c>Ban Thường vụ Thành ủy Cần Thơ</c>, <c>TỈNH ỦY QUẢNG NGÃI</c>).</summary>
    public static Issuer? Parse(string name, IssuerSource source, SourceSpan? span)
    {
        var text = VietnameseText.CollapseSpaces(name).Trim(' ', ',', '.', ':');
        if (text.Length == 0) return null;
        if (Markers.IsMostlyUpper(text)) text = TitleCase(text);
        var f = VietnameseText.Fold(text);

        var m = PartyCommittee().Match(f);
        if (m.Success)
        {
            var city = m.Groups["kind"].Value is "thanh uy" or "thanh pho";
            var locality = Locality(text, m.Groups["loc"].Index, m.Groups["loc"].Length);
            var committee = (city ? "Thành ủy" : "Tỉnh ủy") + (locality is null ? "" : " " + locality);
            return new Issuer(text, committee, city ? CommitteeLevel.CityParty : CommitteeLevel.ProvinceParty, locality, source, span);
        }
        m = PeoplesCommittee().Match(f);
        if (m.Success)
        {
            var locality = Locality(text, m.Groups["loc"].Index, m.Groups["loc"].Length);
            var committee = "Ủy ban nhân dân " + (m.Groups["kind"].Value == "thanh pho" ? "thành phố" : "tỉnh") + (locality is null ? "" : " " + locality);
            return new Issuer(text, committee, CommitteeLevel.PeoplesCommittee, locality, source, span);
        }
        if (f.StartsWith("bo chinh tri", StringComparison.Ordinal) || f.StartsWith("ban bi thu", StringComparison.Ordinal) || f.StartsWith("ban chap hanh trung uong", StringComparison.Ordinal))
            return new Issuer(text, text, CommitteeLevel.CentralParty, null, source, span);
        if (f.StartsWith("chinh phu", StringComparison.Ordinal)) return new Issuer(text, "Chính phủ", CommitteeLevel.Government, null, source, span);
        if (f.StartsWith("bo ", StringComparison.Ordinal)) return new Issuer(text, text, CommitteeLevel.Ministry, null, source, span);
        return source == IssuerSource.Metadata ? new Issuer(text, text, CommitteeLevel.Unknown, null, source, span) : null;
    }

    /// <summary>The issuer named as the subject of a preamble (<c>..., Ban Chấp hành Đảng bộ thành phố Cần Thơ ban hành Chương trình ...</c>).</summary>
    public static Issuer? FromPreamble(string paragraph, SourceSpan span)
    {
        var m = PreambleSubject().Match(paragraph);
        return m.Success ? Parse(m.Groups["who"].Value, IssuerSource.Text, span) : null;
    }

    /// <summary>The issuer of a header line such as <c>THÀNH ỦY HÀ NỘI</c> or <c>ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI</c>; null for other lines.</summary>
    public static Issuer? FromHeaderLine(string line, SourceSpan span)
    {
        if (!Markers.IsMostlyUpper(line) || line.Length > 80) return null;
        var f = VietnameseText.Fold(line);
        if (!HeaderIssuer().IsMatch(f)) return null;
        return Parse(line, IssuerSource.Text, span);
    }

    private static string? Locality(string text, int index, int length)
    {
        if (length == 0 || index + length > text.Length) return null;
        var loc = text.Substring(index, length).Trim();
        return loc.Length == 0 ? null : loc;
    }

    private static string TitleCase(string upper)
    {
        // "THÀNH ỦY HÀ NỘI" -> "Thành ủy Hà Nội": organ words lower-cased, place names capitalised.
        var words = upper.ToLowerInvariant().Split(' ');
        for (var i = 0; i < words.Length; i++)
            if (i == 0 || !Organ.Contains(VietnameseText.Fold(words[i])))
                words[i] = char.ToUpperInvariant(words[i][0]) + words[i][1..];
        return string.Join(' ', words);
    }

    private static readonly HashSet<string> Organ = ["uy", "ban", "nhan", "dan", "pho", "tinh", "thuong", "vu", "dang", "bo", "chap", "hanh"];

    [GeneratedRegex(@"^(?:ban chap hanh dang bo |ban thuong vu |thuong truc |dang bo )?(?<kind>thanh uy|tinh uy|thanh pho|tinh)(?: (?<loc>[^,;()]{2,40}))?$")]
    private static partial Regex PartyCommittee();

    [GeneratedRegex(@"^(?:uy ban nhan dan|ubnd) (?<kind>thanh pho|tinh)(?: (?<loc>[^,;()]{2,40}))?$")]
    private static partial Regex PeoplesCommittee();

    [GeneratedRegex(@"^(?:ban chap hanh dang bo|ban thuong vu|thanh uy|tinh uy|uy ban nhan dan|dang bo|bo [a-z])")]
    private static partial Regex HeaderIssuer();

    // "..., Ban Thường vụ Thành ủy xây dựng kế hoạch", "..., Thành ủy Hà Nội xây dựng Chương trình", "Tỉnh ủy ban hành".
    [GeneratedRegex(@"(?:^|[,;.)]\s*)(?<who>(?:Ban Chấp hành Đảng bộ|Ban Thường vụ|Thường trực|Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Thành ủy|Thành uỷ|Tỉnh ủy|Tỉnh uỷ|Bộ|Chính phủ)[^,;()]{0,60}?)\s+(?:ban hành|xây dựng|đề ra|triển khai|thống nhất ban hành|quyết định ban hành)\b")]
    private static partial Regex PreambleSubject();
}
