using System.Globalization;
using StaticSite.Text;

namespace StaticSite.Bodies;

/// <summary>A word, punctuation mark or placeholder of a text, folded, with its place in the original string.</summary>
/// <param name="Fold">Folded form (<see cref="VietnameseText.Fold"/>), or a canonical abbreviation (<c>ubnd</c>), or the punctuation mark, or a placeholder (<c>{committee}</c>).</param>
/// <param name="Start">Offset of the first character in the original text.</param>
/// <param name="End">Offset after the last character in the original text.</param>
/// <param name="Capitalized">True when the first letter is upper case as written.</param>
/// <param name="IsPunctuation">True for <c>, ; : . ( )</c>.</param>
internal readonly record struct BodyToken(string Fold, int Start, int End, bool Capitalized, bool IsPunctuation)
{
    public bool IsPlaceholder => Fold.Length > 1 && Fold[0] == '{';
}

/// <summary>
/// Splits text into folded tokens and rewrites the long forms of the genre into one canonical token, so that
/// <c>Ủy ban nhân dân</c>, <c>UBND</c> and <c>Ủy Ban Nhân Dân</c> all read <c>ubnd</c>. Hyphens, slashes, emphasis
/// marks and quotes are gaps, not tokens (<c>CT-XH</c> = <c>chính trị - xã hội</c>).
/// </summary>
internal static class BodyTokenizer
{
    // Long form (folded words) → canonical token. Applied longest first at each position, on patterns and texts alike.
    private static readonly (string[] From, string To)[] Rewrites = BuildRewrites(
        ("uy ban mat tran to quoc viet nam", "mttq"), ("uy ban mat tran to quoc", "mttq"), ("mat tran to quoc viet nam", "mttq"),
        ("mat tran to quoc", "mttq"), ("uy ban mttq viet nam", "mttq"), ("uy ban mttq", "mttq"), ("mttq viet nam", "mttq"),
        ("uy ban nhan dan", "ubnd"),
        ("hoi dong nhan dan", "hdnd"), ("hend", "hdnd"),
        ("ban can su dang", "bcsd"), ("bcs dang", "bcsd"), ("bcs", "bcsd"),
        ("ban thuong vu", "btv"),
        ("uy ban kiem tra", "ubkt"),
        ("chinh tri xa hoi", "ctxh"), ("ct xh", "ctxh"),
        ("trung uong", "tw"),
        ("thanh pho", "tp"),
        ("toa an nhan dan", "tand"), ("vien kiem sat nhan dan", "vksnd"),
        ("hoi lien hiep phu nu", "hlhpn"), ("hoi lhpn", "hlhpn"),
        ("lien doan lao dong", "ldld"),
        ("hoi cuu chien binh", "hccb"), ("hoi ccb", "hccb"),
        ("dai bieu quoc hoi", "dbqh"),
        ("ban chap hanh", "bch"),
        ("ban to chuc", "btc"), ("ban tuyen giao", "btg"), ("ban dan van", "bdv"), ("ban noi chinh", "bnc"),
        ("ban chi dao", "bcd"));

    private static (string[] From, string To)[] BuildRewrites(params (string From, string To)[] rules) =>
        [.. rules.Select(r => (r.From.Split(' '), r.To)).OrderByDescending(r => r.Item1.Length)];

    /// <summary>Tokens of <paramref name="text"/> (NFC), long forms rewritten.</summary>
    public static List<BodyToken> Tokenize(string text, bool placeholders = false) => Canonicalize(Split(text, placeholders));

    private static List<BodyToken> Split(string text, bool placeholders)
    {
        var tokens = new List<BodyToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (placeholders && c == '{')
            {
                var close = text.IndexOf('}', i);
                if (close > i)
                {
                    tokens.Add(new BodyToken(text[i..(close + 1)], i, close + 1, false, false));
                    i = close + 1;
                    continue;
                }
            }
            if (IsWordChar(c))
            {
                var start = i;
                while (i < text.Length && IsWordChar(text[i])) i++;
                tokens.Add(new BodyToken(VietnameseText.Fold(text[start..i]), start, i, char.IsUpper(c), false));
                continue;
            }
            if (c is ',' or ';' or ':' or '.' or '(' or ')')
                tokens.Add(new BodyToken(c.ToString(), i, i + 1, false, true));
            i++;
        }
        return tokens;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>True when the tokens from <paramref name="start"/> on read <paramref name="folds"/>.</summary>
    public static bool Follows(IReadOnlyList<BodyToken> tokens, int start, string[] folds)
    {
        if (start + folds.Length > tokens.Count) return false;
        for (var k = 0; k < folds.Length; k++)
            if (tokens[start + k].Fold != folds[k]) return false;
        return true;
    }

    private static List<BodyToken> Canonicalize(List<BodyToken> tokens)
    {
        var result = new List<BodyToken>(tokens.Count);
        var i = 0;
        while (i < tokens.Count)
        {
            var rewritten = false;
            foreach (var (from, to) in Rewrites)
            {
                if (!Follows(tokens, i, from)) continue;
                var last = tokens[i + from.Length - 1];
                result.Add(new BodyToken(to, tokens[i].Start, last.End, tokens[i].Capitalized, false));
                i += from.Length;
                rewritten = true;
                break;
            }
            if (!rewritten) result.Add(tokens[i++]);
        }
        return result;
    }
}
