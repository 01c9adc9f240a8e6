using System.Text.RegularExpressions;
using StaticSite.Model;
using StaticSite.Text;

namespace StaticSite.Reading;

/// <summary>
/// Reads the signature block (chữ ký): authority (<c>T/M</c>, <c>TM.</c>, <c>KT.</c>, <c>TL.</c>, <c>TUQ.</c>) and the body,
/// the signer's title (<c>BÍ THƯ</c>, <c>PHÓ CHỦ TỊCH</c>) and name — which may be missing, or share a line with the title.
/// </summary>
public static partial class SignatureReader
{
    /// <summary>True for <c>T/M THÀNH ỦY</c>, <c>TM. ỦY BAN NHÂN DÂN</c>, <c>KT. CHỦ TỊCH</c> ...</summary>
    public static bool IsAuthorityLine(string clean) => Authority().IsMatch(clean);

    /// <summary>True for a signer's title line (<c>BÍ THƯ</c>, <c>PHÓ BÍ THƯ THƯỜNG TRỰC</c>, <c>KT. BỘ TRƯỞNG</c>, <c>THỨ TRƯỞNG</c>).</summary>
    public static bool IsTitleLine(string clean) => SplitTitle(clean) is not null;

    /// <summary>The upper-case title at the start of <paramref name="clean"/> and what follows it (a name on the same line), or null.</summary>
    public static (string Title, string After)? SplitTitle(string clean)
    {
        var words = clean.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var upper = words.TakeWhile(w => w.Any(char.IsLetter) && !w.Any(char.IsLower)).Count();
        if (upper == 0) return null;
        var title = string.Join(' ', words[..upper]);
        var f = VietnameseText.Fold(title);
        if (!Titles.Any(t => f == t || f.StartsWith(t + " ", StringComparison.Ordinal))) return null;
        return (title, string.Join(' ', words[upper..]));
    }

    private static readonly string[] Titles =
    [
        "bi thu", "pho bi thu", "chu tich", "pho chu tich", "bo truong", "thu truong", "thu tuong", "pho thu tuong",
        "truong ban", "pho truong ban", "chanh van phong", "pho chanh van phong", "giam doc", "pho giam doc", "tong bi thu",
        "uy vien", "chu nhiem", "pho chu nhiem", "tong cuc truong", "cuc truong",
    ];

    /// <summary>
    /// Reads a signature from <paramref name="lines"/> (clean text, line number, column) that start with an authority or title line.
    /// Reads until the name, a blank run of 4 lines, or a line that is not part of a signature.
    /// </summary>
    public static Signature? Read(IReadOnlyList<(string Text, int Line, int Column)> lines, string path, out int used)
    {
        used = 0;
        string? authority = null, onBehalfOf = null, title = null, name = null;
        int first = 0, last = 0;
        foreach (var (text, line, _) in lines)
        {
            if (name is not null) break;
            var m = Authority().Match(text);
            if (m.Success)
            {
                if (authority is null)
                {
                    authority = NormalizeAuthority(m.Groups[1].Value);
                    onBehalfOf = m.Groups[2].Value.Trim();
                }
                // A second authority line ("TM. ỦY BAN NHÂN DÂN" then "KT. CHỦ TỊCH") says whom the signer stands in for;
                // it stays in the block's span and the first line keeps naming the body signed for.
            }
            else if (SplitTitle(text) is { } split)
            {
                title = split.Title;
                if (split.After.Length > 0 && IsName(split.After)) name = split.After;
            }
            else if (authority is not null || title is not null)
            {
                if (Stamp().IsMatch(text)) { used++; last = line; continue; }
                if (!IsName(text)) break;
                name = text.Trim();
            }
            else
            {
                break;
            }
            used++;
            if (first == 0) first = line;
            last = line;
        }
        if (authority is null && title is null) { used = 0; return null; }
        return new Signature(authority, onBehalfOf, title, name, SourceSpan.Lines(path, first, last));
    }

    private static string NormalizeAuthority(string a) => VietnameseText.Fold(a).TrimEnd('.') switch
    {
        "t/m" or "tm" => "T/M",
        "kt" => "KT.",
        "tl" => "TL.",
        "tuq" => "TUQ.",
        "q" => "Q.",
        _ => a,
    };

    private static bool IsName(string text)
    {
        // A person's name: 2–6 words, each capitalised, no digits or punctuation beyond a dot.
        var words = text.Trim().Split(' ');
        return words.Length is >= 2 and <= 6 && words.All(w => w.Length > 0 && char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c == '.'));
    }

    [GeneratedRegex(@"^(T/M|TM\.|TM|KT\.|KT|TL\.|TUQ\.|Q\.)\s+(\S.*)$")]
    private static partial Regex Authority();

    [GeneratedRegex(@"^\((?:đã ký|Đã ký|ký|Ký|đã ký và đóng dấu)[^)]*\)$|^\[.*\]$")]
    private static partial Regex Stamp();
}
