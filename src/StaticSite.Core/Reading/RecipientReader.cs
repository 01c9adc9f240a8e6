using System.Collections.Immutable;
using System.Text.RegularExpressions;
using StaticSite.Bodies;
using StaticSite.Model;
using StaticSite.Text;

namespace StaticSite.Reading;

/// <summary>
/// Reads the recipient list (nơi nhận): one entry per dash, wrapped lines joined to the entry above, entries written on one
/// line (<c>Nơi nhận: - A; - B; - Lưu: VT.</c>) split, and the right-hand column of a two-column layout (the signature
/// printed beside the list) handed back separately.
/// </summary>
public static partial class RecipientReader
{
    /// <summary>True when <paramref name="line"/> opens the recipient list.</summary>
    public static bool IsHeading(SourceLine line) => line.Folded.StartsWith("noi nhan", StringComparison.Ordinal);

    /// <summary>
    /// Reads entries from <paramref name="lines"/> (the heading line first). Returns the entries, the heading, the lines used,
    /// and the right-column fragments (text, line, column) of a two-column layout.
    /// </summary>
    public static (ImmutableArray<Recipient> Entries, TextNode Heading, int NextIndex, List<(string Text, int Line, int Column)> RightColumn)
        Read(IReadOnlyList<SourceLine> lines, int start, string path, BodyRegistry registry, Issuer? issuer, Action<int> consume, List<TextNode> notes)
    {
        var entries = new List<(string Text, int Line, int EndLine)>();
        var right = new List<(string, int, int)>();
        var heading = lines[start];
        consume(heading.Number);
        var (headLeft, _) = SplitColumns(heading, right);
        var afterColon = Regex.Replace(headLeft, @"^\s*N[ơo]i nh[ậa]n\s*:?\s*", "", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        if (afterColon.Length > 0) AddInline(afterColon, heading.Number, entries);

        var i = start + 1;
        var blankRun = 0;
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                blankRun++;
                continue;
            }
            var (left, hasRight) = SplitColumns(line, right);
            if (left.Length == 0 && hasRight)
            {
                consume(line.Number);
                continue;
            }
            var isEntry = Regex.IsMatch(left, @"^[-–•+]\s*");
            if (!isEntry)
            {
                // A wrapped entry goes on without a dash, directly under the entry above.
                var wraps = entries.Count > 0 && blankRun == 0 && !SignatureReader.IsAuthorityLine(left) && !SignatureReader.IsTitleLine(left);
                if (!wraps) break;
                var last = entries[^1];
                entries[^1] = (last.Text + " " + left, last.Line, line.Number);
                consume(line.Number);
                continue;
            }
            if (blankRun > 1 && entries.Count > 0) break;
            blankRun = 0;
            AddInline(left, line.Number, entries);
            consume(line.Number);
        }

        var built = entries.Select(e => Build(e.Text, SourceSpan.Lines(path, e.Line, e.EndLine), registry, issuer)).ToList();
        // A dash with nothing after it names no recipient; it is kept as a note, not dropped.
        notes.AddRange(built.Where(r => r.Text.Length == 0).Select(r => new TextNode("-", r.Span)));
        var recipients = built.Where(r => r.Text.Length > 0).ToImmutableArray();
        return (recipients, new TextNode(VietnameseText.CollapseSpaces(heading.Clean.Split('\t')[0]), SourceSpan.At(path, heading.Number, heading.Indent)), i, right);
    }

    private static void AddInline(string text, int line, List<(string, int, int)> entries)
    {
        // "- Bộ trưởng (để báo cáo); - Các Thứ trưởng; - Lưu: VT, KT." holds several entries.
        foreach (var part in InlineSplit().Split(text))
        {
            var t = part.Trim();
            if (t.Length > 0) entries.Add((t, line, line));
        }
    }

    private static Recipient Build(string text, SourceSpan span, BodyRegistry registry, Issuer? issuer)
    {
        var clean = VietnameseText.CollapseSpaces(Regex.Replace(text, @"^[-–•+]\s*", "")).TrimEnd(',', ';', '.', ' ');
        var f = VietnameseText.Fold(clean);
        var purpose = f.StartsWith("luu", StringComparison.Ordinal) ? RecipientPurpose.Filed
            : f.Contains("(b/c)") || f.Contains("de bao cao") || f.Contains("(bc)") || f.EndsWith("b/c", StringComparison.Ordinal) ? RecipientPurpose.Report
            : RecipientPurpose.Implement;
        var bodies = registry.FindAll(clean, issuer).Select(m => m.Body).ToImmutableArray();
        return new Recipient(clean, purpose, bodies, span);
    }

    /// <summary>Splits a line of a two-column layout at a wide gap (or a tab); the right part is recorded.</summary>
    private static (string Left, bool HasRight) SplitColumns(SourceLine line, List<(string, int, int)> right)
    {
        var raw = line.Raw.Replace('\t', ' ');
        var m = ColumnGap().Match(raw);
        if (!m.Success) return (line.Clean, false);
        var left = SourceLine.CleanLine(raw[..m.Index]);
        var rightText = SourceLine.CleanLine(raw[(m.Index + m.Length)..]);
        if (rightText.Length > 0) right.Add((rightText, line.Number, m.Index + m.Length + 1));
        return (left, rightText.Length > 0);
    }

    [GeneratedRegex(@"(?<=\S)\s{4,}(?=\S)")]
    private static partial Regex ColumnGap();

    [GeneratedRegex(@"(?:^|[;,]\s*)[-–•]\s+")]
    private static partial Regex InlineSplit();
}
