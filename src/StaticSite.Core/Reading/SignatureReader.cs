using System.Collections.Immutable;
using System.Text.RegularExpressions;
using StaticSite.Model;
using StaticSite.Text;

namespace StaticSite.Reading;

/// <summary>
/// Reads the signature block (chữ ký): one or more authority layers (<c>T/M</c>, <c>TM.</c>, <c>KT.</c>, <c>TL.</c>,
/// <c>TUQ.</c>), the signer's title (<c>BÍ THƯ</c>, <c>PHÓ CHỦ TỊCH</c>) and name — which may be missing, share a line with
/// the title, or stand after the blank lines Word leaves for the signature and seal.
/// </summary>
public static partial class SignatureReader
{
    /// <summary>True for <c>T/M THÀNH ỦY</c>, <c>TM. ỦY BAN NHÂN DÂN</c>, <c>KT. CHỦ TỊCH</c> ...</summary>
    public static bool IsAuthorityLine(string clean) => Authority().IsMatch(clean.Trim());

    /// <summary>True for the mark a signed copy carries where the signature stands: <c>(Đã ký)</c>, <c>[đã ký và đóng dấu]</c>.</summary>
    public static bool IsStamp(string text) => Stamp().IsMatch(text);

    /// <summary>True when <paramref name="text"/> holds the time stamp a digital signature prints (<c>28-07-2026 18:08:51 +07:00</c>).</summary>
    public static bool HasTimestamp(string text) => Timestamp().IsMatch(text);

    /// <summary>True for a signer's title line (<c>BÍ THƯ</c>, <c>PHÓ BÍ THƯ THƯỜNG TRỰC</c>, <c>THỨ TRƯỞNG</c>).</summary>
    public static bool IsTitleLine(string clean) => SplitTitle(clean) is not null;

    /// <summary>The index in <paramref name="text"/> where an authority (<c> T/M </c>, <c> TM. </c>, <c> KT. </c>) starts after other text, or -1.</summary>
    public static int InnerAuthority(string text)
    {
        var m = InnerAuthorityPattern().Match(text);
        return m.Success ? m.Index + 1 : -1;
    }

    /// <summary>The upper-case title at the start of <paramref name="clean"/> and what follows it (a name on the same line), or null.</summary>
    public static (string Title, string After)? SplitTitle(string clean)
    {
        var words = clean.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var upper = words.TakeWhile(w => w.Any(char.IsLetter) && !w.Any(char.IsLower)).Count();
        if (upper == 0) return null;
        for (var n = upper; n >= 1; n--)
        {
            var f = VietnameseText.Fold(string.Join(' ', words[..n]));
            if (Titles.Contains(f) || n == upper && Titles.Any(t => f.StartsWith(t + " ", StringComparison.Ordinal)))
                return (string.Join(' ', words[..n]), string.Join(' ', words[n..]));
        }
        return null;
    }

    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "bi thu", "pho bi thu", "pho bi thu thuong truc", "tong bi thu", "chu tich", "pho chu tich", "bo truong", "thu truong",
        "thu tuong", "pho thu tuong", "truong ban", "pho truong ban", "chanh van phong", "pho chanh van phong", "giam doc",
        "pho giam doc", "uy vien", "chu nhiem", "pho chu nhiem", "tong cuc truong", "pho tong cuc truong", "cuc truong",
        "pho cuc truong", "vu truong", "pho vu truong", "truong phong", "pho truong phong", "chanh thanh tra", "pho chanh thanh tra",
        "truong doan", "pho truong doan", "tong giam doc", "pho tong giam doc", "vien truong", "pho vien truong", "thuong truc",
    };

    /// <summary>
    /// Reads a signature from fragments (clean text, line, column) top down: authority lines (one layer each; an authority
    /// line holding a second authority or a title is split), a title, a name. Stops at the name or at a fragment that
    /// belongs to no signature; <paramref name="used"/> is how many fragments it took.
    /// </summary>
    public static Signature? Read(IReadOnlyList<(string Text, int Line, int Column)> fragments, string path, out int used)
    {
        used = 0;
        var layers = new List<(string Text, bool IsAuthority)>();
        string? name = null;
        int first = 0, last = 0;
        foreach (var (raw, line, _) in fragments)
        {
            if (name is not null) break;
            var text = raw.Trim();
            var before = layers.Count;
            if (Authority().IsMatch(text))
            {
                foreach (var layer in SplitAuthorityLine(text)) layers.Add(layer);
                if (layers[^1].IsAuthority is false && NameAfterTitle(layers[^1].Text) is { } joined)
                {
                    layers[^1] = (joined.Title, false);
                    name = joined.Name;
                }
            }
            else if (SplitTitle(text) is { } split && (split.After.Length == 0 || IsName(split.After)))
            {
                layers.Add((split.Title, false));
                if (split.After.Length > 0) name = split.After;
            }
            else if (layers.Count > 0)
            {
                if (Stamp().IsMatch(text)) { used++; last = line; continue; }
                if (IsName(text)) name = text;
                else if (layers.All(l => l.IsAuthority) && Markers.IsMostlyUpper(text) && text.Length <= 60) layers.Add((text, false)); // an OCR-garbled title
                else break;
            }
            else
            {
                break;
            }
            used++;
            if (first == 0) first = line;
            last = line;
            if (layers.Count == before && name is null) break;
        }
        if (layers.Count == 0) { used = 0; return null; }
        var authority = layers.FirstOrDefault(l => l.IsAuthority).Text;
        var m = authority is null ? null : Authority().Match(authority);
        var title = layers.LastOrDefault(l => !l.IsAuthority).Text;
        return new Signature(m is null ? null : NormalizeAuthority(m.Groups[1].Value), m?.Groups[2].Value.Trim(), title, name, SourceSpan.Lines(path, first, last))
        {
            Layers = [.. layers.Select(l => l.Text)],
        };
    }

    /// <summary>True when <paramref name="text"/> looks like a person's name: 2–6 capitalised words, letters only.</summary>
    public static bool IsName(string text)
    {
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 6
            && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c == '.'))
            && !Markers.IsMostlyUpper(text);
    }

    // "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH" holds two authorities; "KT. BỘ TRƯỞNG THỨ TRƯỞNG" an authority and a title.
    private static IEnumerable<(string Text, bool IsAuthority)> SplitAuthorityLine(string text)
    {
        var inner = InnerAuthority(text);
        if (inner > 0)
        {
            yield return (text[..inner].Trim(), true);
            foreach (var rest in SplitAuthorityLine(text[inner..].Trim())) yield return rest;
            yield break;
        }
        var m = Authority().Match(text);
        var words = m.Groups[2].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var standsIn = VietnameseText.Fold(m.Groups[1].Value).TrimEnd('.') is not ("t/m" or "tm");
        for (var k = 1; k < words.Length; k++)
        {
            // A title after the body signed for (T/M ... ) or after the title stood in for (KT. BỘ TRƯỞNG ...).
            if (standsIn && !Titles.Contains(VietnameseText.Fold(string.Join(' ', words[..k])))) continue;
            if (SplitTitle(string.Join(' ', words[k..])) is { } title)
            {
                yield return ($"{m.Groups[1].Value} {string.Join(' ', words[..k])}", true);
                yield return (string.Join(' ', words[k..]), false);
                yield break;
            }
        }
        yield return (text, true);
    }

    private static (string Title, string Name)? NameAfterTitle(string text) =>
        SplitTitle(text) is { After.Length: > 0 } s && IsName(s.After) ? (s.Title, s.After) : null;

    private static string NormalizeAuthority(string a) => VietnameseText.Fold(a).TrimEnd('.') switch
    {
        "t/m" or "tm" => "T/M",
        "kt" => "KT.",
        "tl" => "TL.",
        "tuq" => "TUQ.",
        "q" => "Q.",
        _ => a,
    };

    [GeneratedRegex(@"^(T/M\.?|TM\.|TM|KT\.|KT|TL\.|TUQ\.|Q\.)\s+(\S.*)$")]
    private static partial Regex Authority();

    [GeneratedRegex(@"\s(?:T/M\.?|TM\.|KT\.|TL\.|TUQ\.)\s+\p{Lu}")]
    private static partial Regex InnerAuthorityPattern();

    [GeneratedRegex(@"^\((?:đã ký|Đã ký|ký|Ký|đã ký và đóng dấu)[^)]*\)$|^\[.*\]$")]
    private static partial Regex Stamp();

    [GeneratedRegex(@"\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[+-]\d{2}:?\d{2})?")]
    private static partial Regex Timestamp();
}
