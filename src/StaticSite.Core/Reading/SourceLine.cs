using System.Text.RegularExpressions;
using StaticSite.Text;

namespace StaticSite.Reading;

/// <summary>One source line: its number, the raw text and the text with Markdown decoration removed.</summary>
/// <param name="Number">1-based line number.</param>
/// <param name="Raw">The line as read (NFC, no line end).</param>
/// <param name="Clean">Without heading hashes, emphasis, escapes, form feeds; white space collapsed; tabs kept for tables.</param>
/// <param name="Indent">Column of the first non-blank character of <paramref name="Raw"/> (1-based).</param>
public sealed partial record SourceLine(int Number, string Raw, string Clean, int Indent)
{
    /// <summary>True when nothing but white space or decoration is on the line.</summary>
    public bool IsBlank => Clean.Length == 0;

    /// <summary>The folded clean text (lower case, no marks) for tolerant matching.</summary>
    public string Folded => _folded ??= VietnameseText.Fold(Clean);
    private string? _folded;

    /// <summary>The item marker the line opens with (memoized: the reader asks several times per line).</summary>
    public MarkerMatch? Marker => _markerRead ? _marker : Memo();
    private MarkerMatch? _marker;
    private bool _markerRead;

    private MarkerMatch? Memo()
    {
        _marker = Markers.Item(Clean);
        _markerRead = true;
        return _marker;
    }

    /// <summary>True when the line is a table row: tab-separated or pipe-separated cells.</summary>
    public bool IsTableRow => Clean.Length > 0 && (Raw.Count(c => c == '\t') >= 2 || Raw.Trim(' ').Contains('\t') && !Raw.StartsWith('\t')) || PipeRow().IsMatch(Raw);

    /// <summary>Splits the line into its source lines and cleans each.</summary>
    public static IReadOnlyList<SourceLine> Split(string text)
    {
        var raw = text.Split('\n');
        var lines = new List<SourceLine>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var r = raw[i].TrimEnd('\r');
            var indent = 1;
            while (indent <= r.Length && char.IsWhiteSpace(r[indent - 1])) indent++;
            lines.Add(new SourceLine(i + 1, r, CleanLine(r), indent));
        }
        return lines;
    }

    /// <summary>Markdown decoration removed; white space collapsed (tabs kept).</summary>
    public static string CleanLine(string raw)
    {
        var s = raw.Replace('\f', ' ').Replace('\v', ' ').Replace('\u00A0', ' ');
        if (Separator().IsMatch(s)) return "";
        s = HeadingHashes().Replace(s, "");
        s = s.Replace("**", "").Replace("__", "").Replace("*", "");
        s = MarkdownEscape().Replace(s, "$1");
        if (s.TrimEnd().EndsWith('\\')) s = s.TrimEnd().TrimEnd('\\'); // pandoc's "\" at the end of a line is a line break, not text
        if (s.Contains('\t'))
            return string.Join('\t', s.Split('\t').Select(VietnameseText.CollapseSpaces)).Trim('\t', ' ') is var t && t.Replace("\t", "").Length == 0 ? "" : s.Trim(' ');
        return VietnameseText.CollapseSpaces(s);
    }

    // "-----", "***", the dashed rules of a pandoc simple table ("------ ------"), and a Markdown code fence ("```text")
    // that a wrapper puts around the document's text.
    [GeneratedRegex(@"^\s*(?:(?:-{3,}\s*)+|\*{3,}|_{3,}|={3,}|(?:`{3,}|~{3,})[\w-]*)\s*$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^\s{0,3}(?:#{1,6}\s+|>\s?)+")]
    private static partial Regex HeadingHashes();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!|<>])")]
    private static partial Regex MarkdownEscape();

    [GeneratedRegex(@"^\s*\|.*\|\s*$|^[^|]+ \| [^|]+|^\s*\|\s+\S[^|]* \| ")]
    private static partial Regex PipeRow();
}
