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
            var canonical = m.Groups["kind"].Value is "thanh uy" or "tinh uy" ? Prefix(m.Groups["pre"].Value) + committee : text;
            return new Issuer(canonical, committee, city ? CommitteeLevel.CityParty : CommitteeLevel.ProvinceParty, locality, source, span);
        }
        m = LocalParty().Match(f);
        if (m.Success)
        {
            var locality = Locality(text, m.Groups["loc"].Index, m.Groups["loc"].Length);
            var (level, organ) = m.Groups["kind"].Value switch
            {
                "huyen uy" => (CommitteeLevel.DistrictParty, "Huyện ủy"),
                "quan uy" => (CommitteeLevel.DistrictParty, "Quận ủy"),
                "thi uy" => (CommitteeLevel.DistrictParty, "Thị ủy"),
                var k => (CommitteeLevel.CommuneParty, "Đảng ủy " + k["dang uy ".Length..] switch { "xa" => "xã", "phuong" => "phường", _ => "thị trấn" }),
            };
            var committee = organ + (locality is null ? "" : " " + locality);
            return new Issuer(Prefix(m.Groups["pre"].Value) + committee, committee, level, locality, source, span);
        }
        m = BlocParty().Match(f);
        if (m.Success)
        {
            var locality = Locality(text, m.Groups["loc"].Index, m.Groups["loc"].Length);
            var committee = text[m.Groups["pre"].Length..].Trim();
            return new Issuer(text, committee, CommitteeLevel.BlocParty, locality, source, span);
        }
        m = PeoplesCommittee().Match(f);
        if (m.Success)
        {
            var locality = Locality(text, m.Groups["loc"].Index, m.Groups["loc"].Length);
            var kind = m.Groups["kind"].Value switch
            {
                "thanh pho" => "thành phố", "tinh" => "tỉnh", "huyen" => "huyện", "quan" => "quận", "thi xa" => "thị xã",
                "xa" => "xã", "phuong" => "phường", _ => "thị trấn",
            };
            var committee = "Ủy ban nhân dân " + kind + (locality is null ? "" : " " + locality);
            return new Issuer(committee, committee, CommitteeLevel.PeoplesCommittee, locality, source, span);
        }
        if (f.StartsWith("bo chinh tri", StringComparison.Ordinal) || f.StartsWith("ban bi thu", StringComparison.Ordinal) || f.StartsWith("ban chap hanh trung uong", StringComparison.Ordinal))
        {
            var canonical = f.StartsWith("ban chap hanh trung uong", StringComparison.Ordinal) && !f.StartsWith("ban chap hanh trung uong dang", StringComparison.Ordinal) ? "Ban Chấp hành Trung ương Đảng" + text[24..] : text;
            return new Issuer(canonical, canonical, CommitteeLevel.CentralParty, null, source, span);
        }
        if (f.StartsWith("chinh phu", StringComparison.Ordinal)) return new Issuer(text, "Chính phủ", CommitteeLevel.Government, null, source, span);
        if (f.StartsWith("bo ", StringComparison.Ordinal)) return new Issuer(text, text, CommitteeLevel.Ministry, null, source, span);
        if (Department().IsMatch(f)) return new Issuer(text, text, CommitteeLevel.Department, null, source, span);
        return source == IssuerSource.Metadata ? new Issuer(text, text, CommitteeLevel.Unknown, null, source, span) : null;
    }

    /// <summary>
    /// The issuer of a header block: the lowest organ named (the Sở, the Đảng ủy xã), its parent kept as context and as
    /// the committee relative names belong to. A lowest organ named relative to its parent (<c>ĐẢNG ỦY ỦY BAN NHÂN DÂN
    /// TỈNH</c> under <c>ĐẢNG BỘ TỈNH LÀO CAI</c>) takes the parent's place.
    /// </summary>
    public static Issuer? FromHeader(IReadOnlyList<TextNode> organs)
    {
        if (organs.Count == 0) return null;
        var lowest = organs[^1];
        var parent = organs.Count > 1 ? Parse(organs[^2].Text, IssuerSource.Text, organs[^2].Span) : null;
        var text = Markers.IsMostlyUpper(lowest.Text) ? TitleCase(VietnameseText.CollapseSpaces(lowest.Text)) : lowest.Text;
        if (parent?.Locality is { } place && BareLevel().IsMatch(VietnameseText.Fold(text))) text += " " + place;
        var issuer = Parse(text, IssuerSource.Text, lowest.Span);
        if (issuer is null && parent is null) return null;
        if (issuer is null || issuer.Level is CommitteeLevel.Department or CommitteeLevel.Unknown)
            issuer = parent is null
                ? issuer
                : new Issuer(issuer?.Name ?? text, parent.Committee, CommitteeLevel.Department, parent.Locality, IssuerSource.Text, lowest.Span);
        return issuer is null ? null : issuer with { Parent = parent?.Name };
    }

    /// <summary>
    /// The issuer as the signature names it: a document of a committee signed <c>T/M BAN THƯỜNG VỤ</c> is the standing
    /// committee's, one under the Central Committee's header signed <c>T/M BỘ CHÍNH TRỊ</c> is the Politburo's.
    /// </summary>
    public static Issuer SignedFor(Issuer issuer, Signature? signature)
    {
        if (signature is not { Authority: "T/M", OnBehalfOf: { } body }) return issuer;
        var f = VietnameseText.Fold(body);
        var name = VietnameseText.Fold(issuer.Name);
        return f switch
        {
            "ban thuong vu" when !name.StartsWith("ban thuong vu", StringComparison.Ordinal) => issuer with { Name = "Ban Thường vụ " + issuer.Name },
            "thuong truc" when !name.StartsWith("thuong truc", StringComparison.Ordinal) => issuer with { Name = "Thường trực " + issuer.Name },
            "bo chinh tri" when name != "bo chinh tri" => issuer with { Name = "Bộ Chính trị", Committee = "Bộ Chính trị", Level = CommitteeLevel.CentralParty, Parent = issuer.Name },
            "ban bi thu" when name != "ban bi thu" => issuer with { Name = "Ban Bí thư", Committee = "Ban Bí thư", Level = CommitteeLevel.CentralParty, Parent = issuer.Name },
            _ => issuer,
        };
    }

    private static string Prefix(string foldedPrefix) => foldedPrefix.Trim() switch
    {
        "ban thuong vu" => "Ban Thường vụ ",
        "thuong truc" => "Thường trực ",
        "ban chap hanh dang bo" => "Ban Chấp hành Đảng bộ ",
        _ => "",
    };

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

    /// <summary>
    /// An organ's name written in capitals, in the case the genre writes it in running text: <c>ỦY BAN NHÂN DÂN TỈNH LÀO
    /// CAI</c> → <c>Ủy ban nhân dân tỉnh Lào Cai</c>, <c>BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG</c> → <c>Bộ Tài nguyên và Môi
    /// trường</c>, <c>BAN CHẤP HÀNH TRUNG ƯƠNG</c> → <c>Ban Chấp hành Trung ương</c>.
    /// </summary>
    public static string TitleCase(string upper)
    {
        var words = upper.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var folded = words.Select(VietnameseText.Fold).ToArray();
        var capital = new bool[words.Length];
        if (words.Length > 0) capital[0] = true;
        var place = false;
        for (var i = 0; i < words.Length; i++)
        {
            var next = i + 1 < words.Length ? folded[i + 1] : "";
            if (place) { capital[i] = true; continue; }
            if (folded[i] is "uy" && next == "ban") capital[i] = true; // Ủy ban (after Đảng ủy: "Đảng ủy Ủy ban nhân dân")
            if (folded[i] is "trung" && next == "uong") capital[i] = true;
            if (folded[i] is "dang" && i > 0 && folded[i - 1] == "uong") capital[i] = true;
            if (folded[i] is "viet" && next == "nam" || folded[i] is "nam" && i > 0 && folded[i - 1] == "viet") capital[i] = true;
            // A level word: "tỉnh Lào Cai" — the place follows; "Tỉnh ủy Lào Cai" — the committee, then the place.
            var level = folded[i] is "tinh" or "huyen" or "quan" or "xa" or "phuong"
                || folded[i] is "pho" && i > 0 && folded[i - 1] == "thanh" || folded[i] is "tran" && i > 0 && folded[i - 1] == "thi";
            if (folded[i] is "tinh" or "thanh" or "huyen" or "quan" or "thi" && next == "uy")
            {
                capital[i] = true;
                place = i + 2 < words.Length;
                i++;
                continue;
            }
            if (level && i + 1 < words.Length) place = true;
            // The organ's own name after its kind: Bộ Tài nguyên và Môi trường, Sở Nội vụ, Ban Chấp hành.
            if (i == 0 && folded[0] is "bo" or "so" or "ban" or "cuc" or "vu" or "vien" or "phong" or "doan" && i + 1 < words.Length && next != "nhan")
            {
                capital[1] = true;
                for (var j = 2; j + 1 < words.Length; j++)
                    if (folded[j] is "va" || words[j].EndsWith(',')) capital[j + 1] = true;
            }
        }
        for (var i = 0; i < words.Length; i++)
            if (capital[i]) words[i] = char.ToUpperInvariant(words[i][0]) + words[i][1..];
        return string.Join(' ', words);
    }

    [GeneratedRegex(@"^(?<pre>ban chap hanh dang bo |ban thuong vu |thuong truc |dang bo )?(?<kind>thanh uy|tinh uy|thanh pho|tinh)(?: (?<loc>[^,;()]{2,40}))?$")]
    private static partial Regex PartyCommittee();

    [GeneratedRegex(@"^(?<pre>ban thuong vu |thuong truc |ban chap hanh dang bo )?(?<kind>huyen uy|quan uy|thi uy|dang uy xa|dang uy phuong|dang uy thi tran)(?: (?<loc>[^,;()]{2,40}))?$")]
    private static partial Regex LocalParty();

    // The Đảng ủy of a bloc: Đảng ủy Ủy ban nhân dân tỉnh Lào Cai, Đảng ủy các cơ quan Đảng tỉnh, Đảng ủy Khối ...
    [GeneratedRegex(@"^(?<pre>ban thuong vu |thuong truc )?dang uy (?:uy ban nhan dan|ubnd|hoi dong nhan dan|cac co quan|khoi|mat tran|quan su|cong an|bo |co quan)[^,;()]*?(?: (?:tinh|thanh pho|huyen) (?<loc>[^,;()]{2,40}))?$")]
    private static partial Regex BlocParty();

    [GeneratedRegex(@"^(?:uy ban nhan dan|ubnd) (?<kind>thanh pho|tinh|huyen|quan|thi xa|xa|phuong|thi tran)(?: (?<loc>[^,;()]{2,40}))?$")]
    private static partial Regex PeoplesCommittee();

    [GeneratedRegex(@"^(?:so|phong|doan|chi cuc|cuc|vu|ban quan ly|trung tam|thanh tra|van phong|vien) ")]
    private static partial Regex Department();

    [GeneratedRegex(@"\b(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong)$")]
    private static partial Regex BareLevel();

    [GeneratedRegex(@"^(?:ban chap hanh dang bo|ban thuong vu|thanh uy|tinh uy|uy ban nhan dan|dang bo|bo [a-z])")]
    private static partial Regex HeaderIssuer();

    // "..., Ban Thường vụ Thành ủy xây dựng kế hoạch", "..., Thành ủy Hà Nội xây dựng Chương trình", "Tỉnh ủy ban hành".
    [GeneratedRegex(@"(?:^|[,;.)]\s*)(?<who>(?:Ban Chấp hành Đảng bộ|Ban Thường vụ|Thường trực|Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Thành ủy|Thành uỷ|Tỉnh ủy|Tỉnh uỷ|Bộ|Chính phủ)[^,;()]{0,60}?)\s+(?:ban hành|xây dựng|đề ra|triển khai|thống nhất ban hành|quyết định ban hành)\b")]
    private static partial Regex PreambleSubject();
}
