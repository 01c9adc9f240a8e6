using System.Collections.Immutable;
using System.Text.RegularExpressions;
using StaticSite.Bodies;
using StaticSite.Model;
using StaticSite.Text;

namespace StaticSite.Reading;

/// <summary>What the closing block of a document holds: the recipient list and the signature printed beside or under it.</summary>
/// <param name="Entries">Nơi nhận, one entry per dash, wrapped lines joined.</param>
/// <param name="Heading">The <c>Nơi nhận:</c> line.</param>
/// <param name="NextIndex">Index of the first line after the block.</param>
/// <param name="Signature">The signature found in the block, or null.</param>
/// <param name="Notes">Fragments of the block that are neither (a lone dash, a stray mark of a table's border).</param>
public sealed record ClosingBlock(ImmutableArray<Recipient> Entries, TextNode Heading, int NextIndex, Signature? Signature, ImmutableArray<TextNode> Notes);

/// <summary>
/// Reads the closing block (nơi nhận and chữ ký) in every layout the genre prints it: the list in the left column and the
/// signature in the right column of the same lines (pdftotext, a Word table joined by <c> | </c> or TAB, a pandoc or GFM
/// table), the signature under the list, every entry on one line or in one cell (<c>Nơi nhận: - A; - B; - Lưu: VT.</c>),
/// entries wrapped without a dash, the heading damaged by OCR (<c>Nơi nhân:</c>), the name after many blank lines,
/// on a recipient's line or joined to the title. The signature's words never end up inside a recipient.
/// </summary>
public static partial class RecipientReader
{
    /// <summary>True when <paramref name="line"/> opens the recipient list.</summary>
    public static bool IsHeading(SourceLine line) => HeadingPattern().IsMatch(line.Folded.TrimStart('|', ' '));

    /// <summary>Reads the block that starts at <paramref name="start"/> (the <c>Nơi nhận:</c> line).</summary>
    public static ClosingBlock Read(IReadOnlyList<SourceLine> lines, int start, string path, BodyRegistry registry, Issuer? issuer, Action<int> consume)
    {
        var entries = new List<(string Text, int Line, int EndLine)>();
        var right = new List<(string Text, int Line, int Column)>();
        var notes = new List<TextNode>();
        var heading = lines[start];
        var (signatureStarted, named, blankRun) = (false, false, 0);
        var i = start;
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            if (i > start && line.IsBlank)
            {
                blankRun++;
                if (blankRun > 12) break;
                continue;
            }
            var fragments = Fragments(line, i == start);
            var takes = false;
            var wasEntry = false;
            foreach (var (fragment, column) in fragments)
            {
                var text = fragment;
                if (i == start && takes is false && column == fragments[0].Column) text = HeadingWords().Replace(text, "");
                if (text.Length == 0) { takes = true; continue; }

                if (IsSignatureFragment(text, signatureStarted, named))
                {
                    if (blankRun > 4 && !(signatureStarted && !named && SignatureReader.IsName(text))) break;
                    right.Add((text, line.Number, column));
                    signatureStarted = true;
                    named |= SignatureReader.IsName(text) || SignatureReader.SplitTitle(text) is { After.Length: > 0 };
                    takes = true;
                    continue;
                }
                if (Dash().IsMatch(text) || i == start)
                {
                    if (blankRun > 1 && entries.Count > 0 && !wasEntry) break;
                    // A signature's words printed after a recipient on the same line with no gap (OCR): the text after
                    // an authority, or an upper-case title after the last comma while the signature still lacks one.
                    var inner = SignatureReader.InnerAuthority(text);
                    if (inner > 0)
                    {
                        right.Add((text[inner..].Trim(), line.Number, column + inner));
                        signatureStarted = true;
                        text = text[..inner].Trim();
                    }
                    else if (signatureStarted && TrailingTitle(text) is { } cut)
                    {
                        right.Add((text[cut..].Trim(), line.Number, column + cut));
                        text = text[..cut].TrimEnd();
                    }
                    AddInline(text, line.Number, entries);
                    takes = wasEntry = true;
                    continue;
                }
                // Text without a dash: a wrapped entry goes on directly under the entry above.
                if (entries.Count > 0 && blankRun == 0 && !named && column == fragments[0].Column)
                {
                    var last = entries[^1];
                    entries[^1] = (last.Text + " " + text, last.Line, line.Number);
                    takes = wasEntry = true;
                    continue;
                }
                break;
            }
            if (!takes) break;
            consume(line.Number);
            blankRun = 0;
        }
        // Blank lines before the first line of what follows are not the block's.
        var next = i;
        while (next > start + 1 && lines[next - 1].IsBlank) next--;

        var built = entries.Select(e => Build(e.Text, SourceSpan.Lines(path, e.Line, e.EndLine), registry, issuer)).ToList();
        // A dash with nothing after it names no recipient; it is kept as a note, not dropped.
        notes.AddRange(built.Where(r => r.Text.Length == 0).Select(r => new TextNode("-", r.Span)));
        var signature = SignatureReader.Read(right, path, out var used);
        notes.AddRange(right.Skip(used).Select(r => new TextNode(r.Text, SourceSpan.At(path, r.Line, r.Column))));
        var headingText = VietnameseText.CollapseSpaces(HeadingOnly().Match(heading.Clean.Replace('\t', ' ')).Value.TrimEnd());
        return new ClosingBlock(
            [.. built.Where(r => r.Text.Length > 0)],
            new TextNode(headingText.Length > 0 ? headingText : heading.Clean, SourceSpan.At(path, heading.Number, heading.Indent)),
            next, signature, [.. notes]);
    }

    /// <summary>The cells of a line of the block (<see cref="LayoutCells"/>); the heading line keeps an empty first cell when it holds only <c>Nơi nhận:</c>.</summary>
    private static List<(string Text, int Column)> Fragments(SourceLine line, bool isHeading)
    {
        var result = LayoutCells.Split(line);
        if (result.Count == 0 && isHeading) result.Add(("", 1));
        return result;
    }

    private static bool IsSignatureFragment(string text, bool signatureStarted, bool named) =>
        SignatureReader.IsAuthorityLine(text)
        || !Dash().IsMatch(text) && SignatureReader.SplitTitle(text) is { } t && (t.After.Length == 0 || SignatureReader.IsName(t.After))
        || signatureStarted && !named && !Dash().IsMatch(text) && SignatureReader.IsName(text)
        || signatureStarted && !named && SignatureReader.IsStamp(text);

    private static int? TrailingTitle(string text)
    {
        var comma = text.LastIndexOfAny([',', ';']);
        if (comma < 0 || comma + 1 >= text.Length) return null;
        var tail = text[(comma + 1)..].Trim();
        var words = tail.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && Markers.IsMostlyUpper(tail) && TitleWord().IsMatch(VietnameseText.Fold(tail)) ? comma + 1 : null;
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
        var clean = VietnameseText.CollapseSpaces(Dash().Replace(text, "").Replace('`', ' ')).TrimEnd(',', ';', '.', ' ');
        var f = VietnameseText.Fold(clean);
        var purpose = f.StartsWith("luu", StringComparison.Ordinal) ? RecipientPurpose.Filed
            : f.Contains("(b/c)") || f.Contains("de bao cao") || f.Contains("(bc)") || f.EndsWith("b/c", StringComparison.Ordinal) ? RecipientPurpose.Report
            : RecipientPurpose.Implement;
        var bodies = registry.FindAll(clean, issuer).Select(m => m.Body).ToImmutableArray();
        return new Recipient(clean, purpose, bodies, span);
    }

    // "nơi nhận", and "nơi nhân" as OCR leaves it.
    [GeneratedRegex(@"^noi nha[nm]\b")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^\s*N\s*[ơo]\s*i\s+nh\s*[ậâầấa]\s*n\s*:?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingWords();

    [GeneratedRegex(@"^\s*N\s*[ơo]\s*i\s+nh\s*[ậâầấa]\s*n\s*:?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingOnly();


    [GeneratedRegex(@"^[-–•+]\s*")]
    private static partial Regex Dash();

    [GeneratedRegex(@"(?:^|[;,]\s*)[-–•]\s+")]
    private static partial Regex InlineSplit();

    [GeneratedRegex(@"\b(?:thu|tich|truong|tuong|giam doc|chu nhiem)\b")]
    private static partial Regex TitleWord();

}
