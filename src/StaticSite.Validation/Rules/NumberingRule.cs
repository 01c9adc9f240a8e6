using System.Collections.Immutable;
using StaticSite.Diagnostics;
using StaticSite.Model;
using StaticSite.Reading;

namespace StaticSite.Validation.Rules;

/// <summary>
/// <c>numbering</c>: gaps, repeats and out-of-order numbers among siblings — decimal items (<c>1.1</c>, <c>1.3</c>),
/// parenthesized numbers, letters (<c>a)</c> … <c>đ)</c>) and Roman / letter section numbers. Structure comes from
/// the numbering in this genre, so a wrong number usually means a lost or misplaced task.
/// </summary>
public sealed class NumberingRule : IRule
{
    // Letters as lists of the genre use them; đ, f, j, w, z may be skipped or used without it being a gap.
    private const string Letters = "abcdđefghijklmnopqrstuvwxyz";
    private const string Skippable = "đfjwz";

    /// <inheritdoc />
    public string Name => "numbering";

    /// <inheritdoc />
    public Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public string Description => "Số thứ tự của các mục, nhiệm vụ cùng cấp phải liên tục, không lặp, không đảo thứ tự.";

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ProgramDocument document, RuleContext context)
    {
        var found = new List<Diagnostic>();
        CheckSections(document.Sections, found);
        foreach (var section in document.AllSections()) CheckItems(section.Items, null, found);
        return found;
    }

    private void CheckSections(ImmutableArray<Section> siblings, List<Diagnostic> found)
    {
        foreach (var level in new[] { SectionLevel.Roman, SectionLevel.Letter })
        {
            var numbered = siblings.Where(s => s.Level == level && s.Number is not null)
                .Select(s => (Node: s, Ordinal: level == SectionLevel.Roman ? Markers.RomanValue(s.Number!) : LetterOrdinal(s.Number!)))
                .Where(s => s.Ordinal > 0).ToList();
            var labels = numbered.Select(s => s.Node.Number!).ToList();
            var spans = numbered.Select(s => s.Node.Span).ToList();
            Sequence(numbered.Select(s => s.Ordinal).ToList(), labels, spans, level == SectionLevel.Letter, 1, "mục", found);
        }
        foreach (var section in siblings) CheckSections(section.Sections, found);
    }

    // Each list of siblings, then the lists under each sibling in order — depth first with an explicit stack, not
    // recursion: items nest to any depth a document reaches.
    private void CheckItems(ImmutableArray<Item> top, Item? topParent, List<Diagnostic> found)
    {
        var stack = new Stack<(ImmutableArray<Item> Siblings, Item? Parent)>();
        stack.Push((top, topParent));
        while (stack.Count > 0)
        {
            var (siblings, parent) = stack.Pop();
            CheckSiblings(siblings, parent, found);
            for (var i = siblings.Length - 1; i >= 0; i--) stack.Push((siblings[i].Children, siblings[i]));
        }
    }

    private void CheckSiblings(ImmutableArray<Item> siblings, Item? parent, List<Diagnostic> found)
    {
        foreach (var style in new[] { MarkerStyle.Decimal, MarkerStyle.Parenthesized, MarkerStyle.Letter })
        {
            var marked = siblings.Where(i => i.Marker.Style == style && !i.Marker.Path.IsEmpty).ToList();
            if (style == MarkerStyle.Decimal)
            {
                foreach (var run in marked.GroupBy(i => i.Marker.Path.Length))
                    CheckDecimal(run.ToList(), parent, found);
                continue;
            }
            var ordinals = marked.Select(i => style == MarkerStyle.Letter ? LetterOrdinal(i.Marker.Text) : i.Marker.Path[^1]).ToList();
            Sequence(ordinals, marked.Select(i => i.Marker.Text.Trim()).ToList(), marked.Select(i => i.Span).ToList(), style == MarkerStyle.Letter, 1, "nhiệm vụ", found);
        }
    }

    // Decimal siblings: the same prefix (2.1, 2.2 under 2.), the last number counting up from 1.
    private void CheckDecimal(List<Item> run, Item? parent, List<Diagnostic> found)
    {
        var parentPath = parent?.Marker.Style == MarkerStyle.Decimal ? parent.Marker.Path : ImmutableArray<int>.Empty;
        var start = 0;
        for (var i = 0; i <= run.Count; i++)
        {
            if (i < run.Count && i > start && Prefix(run[i]).SequenceEqual(Prefix(run[i - 1]))) continue;
            if (i > start)
            {
                var part = run.GetRange(start, i - start);
                var prefix = Prefix(part[0]);
                var expectFirst = parentPath.IsEmpty ? prefix.IsEmpty : prefix.SequenceEqual(parentPath);
                Sequence(part.Select(p => p.Marker.Path[^1]).ToList(), part.Select(p => p.Marker.Text.Trim()).ToList(),
                    part.Select(p => p.Span).ToList(), false, expectFirst ? 1 : 0, "nhiệm vụ", found);
                if (!parentPath.IsEmpty && !prefix.IsEmpty && prefix.Length == parentPath.Length && !prefix.SequenceEqual(parentPath))
                    found.Add(new Diagnostic(Name, DefaultSeverity,
                        $"Số thứ tự “{part[0].Marker.Text.Trim()}” nằm trong “{parent!.Marker.Text.Trim()}” nhưng phần đầu của số không khớp ({string.Join(".", parentPath)}). Đánh số lại cho khớp với mục chứa nó.",
                        part[0].Span));
            }
            start = i;
        }
    }

    private static ImmutableArray<int> Prefix(Item item) => item.Marker.Path[..^1];

    // ordinals: the numbers in source order; expectFirst: the number the list must start at (0: no expectation).
    private void Sequence(List<int> ordinals, List<string> labels, List<SourceSpan> spans, bool letters, int expectFirst, string what, List<Diagnostic> found)
    {
        if (ordinals.Count == 0) return;
        if (expectFirst > 0 && ordinals[0] > expectFirst && !OnlySkippable(expectFirst - 1, ordinals[0], letters))
            found.Add(new Diagnostic(Name, DefaultSeverity,
                $"Danh sách {what} bắt đầu từ “{labels[0]}”, không phải từ số đầu tiên. Kiểm tra xem {what} đầu tiên có bị mất hay đánh số nhầm không.",
                spans[0]));
        for (var i = 1; i < ordinals.Count; i++)
        {
            var (prev, cur) = (ordinals[i - 1], ordinals[i]);
            var message = cur == prev
                ? $"Số thứ tự “{labels[i]}” lặp lại (đã có ở dòng {spans[i - 1].Line}). Đánh số lại cho đúng."
                : cur < prev
                    ? $"Số thứ tự “{labels[i]}” đứng sau “{labels[i - 1]}” (dòng {spans[i - 1].Line}): sai thứ tự. Đánh số lại cho đúng."
                    : cur > prev + 1 && !OnlySkippable(prev, cur, letters)
                        ? $"Số thứ tự nhảy từ “{labels[i - 1]}” (dòng {spans[i - 1].Line}) sang “{labels[i]}”: thiếu {what} ở giữa. Kiểm tra xem có {what} bị mất hay đánh số nhầm không."
                        : null;
            if (message is not null) found.Add(new Diagnostic(Name, DefaultSeverity, message, spans[i]));
        }
    }

    // True when every letter between prev and cur (exclusive) is one lists of the genre may skip (đ, f, j, w, z).
    private static bool OnlySkippable(int prev, int cur, bool letters) =>
        letters && Enumerable.Range(prev + 1, cur - prev - 1).All(o => o - 1 < Letters.Length && Skippable.Contains(Letters[o - 1]));

    /// <summary>The ordinal of a letter marker (<c>a)</c> = 1, <c>d)</c> = 4, <c>đ)</c> = 5), or 0.</summary>
    internal static int LetterOrdinal(string marker)
    {
        var letter = marker.Trim().Trim('(', ')', '.', '-', ' ').ToLowerInvariant();
        return letter.Length == 1 ? Letters.IndexOf(letter[0]) + 1 : 0;
    }
}
