using StaticSite.Model;
using System.Globalization;
using System.Text;
using StaticSite.Text;

namespace StaticSite.Pages;

/// <summary>Writing document text into Markdown so that it always shows as text.</summary>
public static class MarkdownText
{
    // Every ASCII punctuation that CommonMark or a Markdig extension (emphasis extras, math, tables, generic attributes,
    // task lists) could read as syntax. A backslash before ASCII punctuation is always a literal in CommonMark.
    private const string Special = "\\`*_[]{}<>#|~^&!+$=";

    /// <summary>
    /// Escapes <paramref name="text"/> for an inline context: line breaks become spaces, runs of space collapse, every
    /// character that Markdown could read as syntax is backslash-escaped (<c>&lt;script&gt;</c> stays text), and a
    /// leading <c>-</c> or <c>1.</c> cannot start a list. Pass <paramref name="lineStart"/> false for text that follows
    /// other content on its line (a heading's anchor, a list item's marker), where those cannot start a block.
    /// </summary>
    public static string Escape(string text, bool lineStart = true)
    {
        var s = VietnameseText.CollapseSpaces(text);
        var sb = new StringBuilder(s.Length + 8);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (Special.Contains(c)) sb.Append('\\');
            else if (lineStart && i == 0 && c is '-') sb.Append('\\');
            else if (lineStart && c is '.' or ')' && LeadingNumber(s, i)) sb.Append('\\');
            else if (c is ':' && AutoLinkScheme(s, i)) sb.Append('\\');
            else if (c is '.' && i >= 3 && string.Compare(s, i - 3, "www", 0, 3, StringComparison.OrdinalIgnoreCase) == 0) sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary><see cref="Escape"/> for text that does not start a line.</summary>
    public static string EscapeInline(string text) => Escape(text, false);

    /// <summary>Text shortened to at most <paramref name="words"/> words, with <c>…</c> when cut.</summary>
    public static string Shorten(string text, int words = 30)
    {
        var parts = VietnameseText.CollapseSpaces(text).Split(' ');
        return parts.Length <= words ? string.Join(' ', parts) : string.Join(' ', parts.Take(words)) + " …";
    }

    /// <summary>A date as Vietnamese offices write it: <c>17/11/2022</c>.</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// An explicit anchor <c>&lt;a id="id"&gt;&lt;/a&gt;</c>: the one HTML the pages write, with an id that is a slug from
    /// the model (<c>s-3</c>, <c>i-3-2-5</c>). It survives Markdig (the site keeps it while raw HTML is disabled) and
    /// Hugo, Jekyll and MkDocs alike, in headings, list items and table cells.
    /// </summary>
    public static string Anchor(string id) => $"<a id=\"{id}\"></a>";

    // Markdig's autolinks turn http://, https://, ftp://, mailto: and tel: into links; an escaped ':' keeps them text.
    private static bool AutoLinkScheme(string s, int i) =>
        i + 2 < s.Length && s[i + 1] == '/' && s[i + 2] == '/'
        || EndsWithWord(s, i, "mailto") || EndsWithWord(s, i, "tel");

    private static bool EndsWithWord(string s, int i, string word) =>
        i >= word.Length && string.Compare(s, i - word.Length, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;

    // A '.' or ')' right after digits, a letter or a roman numeral at the start of the text would make an ordered list
    // marker (CommonMark's 1. and Markdig's list extras a. / iv)).
    private static bool LeadingNumber(string s, int i)
    {
        if (i == 0 || i > 9) return false;
        for (var j = 0; j < i; j++) if (!char.IsAsciiLetterOrDigit(s[j])) return false;
        return true;
    }
}

/// <summary>Paths of pages relative to the Markdown root and relative links between them.</summary>
public static class PagePaths
{
    /// <summary>The home page.</summary>
    public const string Index = "index.md";

    /// <summary>A program page.</summary>
    public static string Program(string slug) => $"programs/{slug}.md";

    /// <summary>A body page.</summary>
    public static string Body(string slug) => $"bodies/{slug}.md";

    /// <summary>A referenced-document page.</summary>
    public static string Reference(string slug) => $"references/{slug}.md";

    /// <summary>A checklist page.</summary>
    public static string Checklist(string slug) => $"checklists/{slug}.md";

    /// <summary>The copy of a Word or PDF original in the site (<c>originals/slug.pdf</c>); null for a text document.</summary>
    public static string? Original(ProgramDocument doc) =>
        doc.Source.Format == SourceFormat.Text ? null : $"originals/{doc.Slug}{System.IO.Path.GetExtension(doc.Path).ToLowerInvariant()}";

    /// <summary>
    /// The relative link from page <paramref name="from"/> to page <paramref name="to"/> (both relative to the root),
    /// with an optional anchor: <c>../programs/a.md#i-1</c>; <c>#i-1</c> on the same page.
    /// </summary>
    public static string Relative(string from, string to, string? anchor = null)
    {
        var suffix = anchor is null ? "" : "#" + anchor;
        if (from == to && anchor is not null) return suffix;
        var fromDir = from.Split('/')[..^1];
        var target = to.Split('/');
        var common = 0;
        while (common < fromDir.Length && common < target.Length - 1 && fromDir[common] == target[common]) common++;
        var up = string.Concat(Enumerable.Repeat("../", fromDir.Length - common));
        return up + string.Join('/', target[common..]) + suffix;
    }
}
