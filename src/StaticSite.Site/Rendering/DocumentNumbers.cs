using System.Text.RegularExpressions;

namespace StaticSite.Site.Rendering;

/// <summary>A piece of text: a document number (số hiệu) or the text around it.</summary>
/// <param name="Text">The piece.</param>
/// <param name="IsNumber">True for a document number, which the page keeps on one line (<c>class="doc-id"</c>).</param>
public sealed record TextPart(string Text, bool IsNumber);

/// <summary>
/// Document numbers in running text: a Party-style number (<c>28-NQ/TW</c>, <c>01-CTr/TU</c>) or a state one
/// (<c>97/2019/QH14</c>, <c>62/2020/NĐ-CP</c>). A hyphen or slash inside is a line-break opportunity to the browser, and a
/// number split over two lines is misread, so pages wrap each one in <c>&lt;span class="doc-id"&gt;</c> (white-space: nowrap).
/// The one rule for the post-processed Markdown and for the templates that print task text.
/// </summary>
public static partial class DocumentNumbers
{
    // Digits, then "-" and a capital (28-NQ) or "/" and a year (97/2019), then at least one more "/" or "-" part; dates
    // (17/11/2022) and ranges (2021-2025) do not qualify.
    [GeneratedRegex(@"(?<![\p{L}\d/-])\d+(?:-\p{Lu}\p{L}*|/\d{4})(?:[/-][\p{L}\d]+)+")]
    private static partial Regex Number();

    /// <summary><paramref name="text"/> cut into document numbers and the text between them, in order; one part when it holds none.</summary>
    public static IReadOnlyList<TextPart> Parts(string text)
    {
        var parts = new List<TextPart>();
        var at = 0;
        foreach (Match match in Number().Matches(text))
        {
            if (match.Index > at) parts.Add(new TextPart(text[at..match.Index], false));
            parts.Add(new TextPart(match.Value, true));
            at = match.Index + match.Length;
        }
        if (at < text.Length || parts.Count == 0) parts.Add(new TextPart(text[at..], false));
        return parts;
    }
}
