using System.Globalization;
using System.Text;

namespace StaticSite.Text;

/// <summary>The one place where Vietnamese text is normalized, folded and compared.</summary>
public static class VietnameseText
{
    /// <summary>
    /// False when the runtime cannot decompose Unicode — globalization-invariant mode (<c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c>,
    /// or no ICU): folding, and with it every tolerant match of the reader, would fail silently, so the tool refuses to run.
    /// </summary>
    public static bool IsSupported { get; } = "\u1EC7".Normalize(NormalizationForm.FormD).Length > 1;

    /// <summary>NFC, the form every string of the model is in.</summary>
    public static string Normalize(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>
    /// Folds text for tolerant matching: lower case, tone and vowel marks removed (NFD then strip marks),
    /// <c>đ</c> → <c>d</c> (which NFD leaves alone), runs of white space collapsed to one space, trimmed.
    /// <c>ủy</c> and <c>uỷ</c> both fold to <c>uy</c>.
    /// </summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }
        return sb.ToString();
    }

    /// <summary>
    /// The order of every list of the site: the vi-VN collation (<c>Ban Tổ chức</c> before <c>Ban Tuyên giáo</c>), taken explicitly,
    /// never from the current culture; strings it holds equal are then ordered ordinally, so that the order is total and the same on every machine.
    /// </summary>
    public static IComparer<string> Order { get; } = new VietnameseOrder();

    private sealed class VietnameseOrder : IComparer<string>
    {
        private static readonly CompareInfo Collation = CultureInfo.GetCultureInfo("vi-VN").CompareInfo;

        public int Compare(string? x, string? y)
        {
            var c = Collation.Compare(x, y, CompareOptions.None);
            return c != 0 ? c : string.CompareOrdinal(x, y);
        }
    }

    /// <summary>Collapses runs of white space to one space and trims.</summary>
    public static string CollapseSpaces(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
