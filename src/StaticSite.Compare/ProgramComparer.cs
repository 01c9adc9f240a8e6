using System.Collections.Immutable;
using StaticSite.Model;

namespace StaticSite.Compare;

/// <summary>
/// Aligns two programs (so sánh hai chương trình): sections by <see cref="Section.Role"/>, body blocks by
/// <see cref="BodyRef.Function"/> (<c>Ban Tổ chức Thành ủy</c> of one committee against <c>Ban Tổ chức Tỉnh ủy</c> of the
/// other), and the items of each aligned pair of blocks or sections by <see cref="TextSimilarity"/> with an optimal
/// assignment (<see cref="OptimalMatching"/>). Takes only the model; deterministic.
/// </summary>
public static class ProgramComparer
{
    /// <summary>
    /// Items scoring below this (<see cref="TextSimilarity.Score(TextSimilarity.Profile, TextSimilarity.Profile)"/>) are
    /// never paired. Chosen on the two sample programs that implement the same resolution: twins that name the same
    /// document score 0.7–0.85, reworded twins 0.37–0.6, while the best match of a task the other program does not have
    /// stays mostly under 0.3 (the shared vocabulary of the genre — <c>tham mưu</c>, <c>Ban Thường vụ</c> — is weighed
    /// down by idf). A pair near the threshold is a lead for the reviewer, not a finding.
    /// </summary>
    public const double ItemThreshold = 0.35;

    /// <summary>
    /// Sections their roles left unpaired are paired when this share of the words of the shorter heading is in the other
    /// (<c>QUAN ĐIỂM, MỤC TIÊU</c> read as viewpoints against <c>MỤC TIÊU</c> read as objectives: 1.0).
    /// </summary>
    public const double HeadingThreshold = 0.6;

    /// <summary>Overlap coefficient of the folded words of two headings: |A ∩ B| / min(|A|, |B|), in [0, 1].</summary>
    public static double HeadingOverlap(string a, string b)
    {
        var wa = TextSimilarity.Words(a).ToHashSet(StringComparer.Ordinal);
        var wb = TextSimilarity.Words(b).ToHashSet(StringComparer.Ordinal);
        return wa.Count == 0 || wb.Count == 0 ? 0.0 : (double)wa.Intersect(wb).Count() / Math.Min(wa.Count, wb.Count);
    }

    /// <summary>Aligns <paramref name="a"/> (left) with <paramref name="b"/> (right).</summary>
    public static Comparison Compare(ProgramDocument a, ProgramDocument b)
    {
        var left = new DocumentView(a);
        var right = new DocumentView(b);
        var similarity = new TextSimilarity(left.BucketedItems.Concat(right.BucketedItems).Select(i => i.Text));

        var groups = new List<(ComparisonGroup Group, int? LineA, int? LineB)>();

        var keys = new Text.SlugSet();
        foreach (var (sa, sb, score) in PairSections(left, right))
        {
            var itemsA = sa is null ? [] : left.SectionBucket(sa);
            var itemsB = sb is null ? [] : right.SectionBucket(sb);
            // Two sections of one role (a second "Nhiệm vụ") get "tasks-2": keys are anchors on the page.
            var key = keys.For($"{(sa ?? sb)!.Id}|{sb?.Id}", SectionKey(sa ?? sb!));
            groups.Add((new ComparisonGroup(AlignmentKind.Section, key, sa is null ? null : SectionNode(sa), sb is null ? null : SectionNode(sb),
                score, AlignItems(itemsA, itemsB, similarity)), sa?.Span.Line, sb?.Span.Line));
        }

        var functions = left.Blocks.Keys.Concat(right.Blocks.Keys).Distinct(StringComparer.Ordinal);
        foreach (var function in functions)
        {
            var ba = left.Blocks.GetValueOrDefault(function);
            var bb = right.Blocks.GetValueOrDefault(function);
            groups.Add((new ComparisonGroup(AlignmentKind.Body, function, ba?.Node, bb?.Node, ba is not null && bb is not null ? 1.0 : 0.0,
                AlignItems(ba?.Items ?? [], bb?.Items ?? [], similarity)), ba?.Node.Line, bb?.Node.Line));
        }

        var ordered = InterleaveByLines(groups, g => g.LineA, g => g.LineB)
            .Select(g => g.Group with { Rows = [.. g.Group.Rows.Select((r, i) => r with { Id = $"r-{g.Group.Key}-{i + 1}" })] })
            .ToImmutableArray();
        return new Comparison(Describe(a, b), Describe(b, a), ItemThreshold, ordered, Summarize(ordered, left, right));
    }

    private static IEnumerable<(Section? A, Section? B, double Score)> PairSections(DocumentView left, DocumentView right)
    {
        var pairs = new List<(Section? A, Section? B, double Score)>();
        var restA = new List<Section>();
        var restB = new List<Section>();
        foreach (var role in left.Sections.Concat(right.Sections).Select(s => s.Role).Distinct().Order())
        {
            var sa = left.Sections.Where(s => s.Role == role).ToList();
            var sb = right.Sections.Where(s => s.Role == role).ToList();
            if (role == SectionRole.Other) { restA.AddRange(sa); restB.AddRange(sb); continue; }
            // Same role, in order: the first "Nhiệm vụ" with the first, the second with the second.
            var n = Math.Min(sa.Count, sb.Count);
            for (var i = 0; i < n; i++) pairs.Add((sa[i], sb[i], 1.0));
            restA.AddRange(sa.Skip(n));
            restB.AddRange(sb.Skip(n));
        }

        restA.Sort((x, y) => left.Order(x).CompareTo(left.Order(y)));
        restB.Sort((x, y) => right.Order(x).CompareTo(right.Order(y)));
        var scores = new double[restA.Count, restB.Count];
        for (var i = 0; i < restA.Count; i++)
            for (var j = 0; j < restB.Count; j++)
                scores[i, j] = HeadingOverlap(restA[i].Heading, restB[j].Heading);
        var matched = OptimalMatching.Match(scores, HeadingThreshold);
        foreach (var (i, j) in matched) pairs.Add((restA[i], restB[j], Math.Round(scores[i, j], 3)));
        pairs.AddRange(restA.Where((_, i) => matched.All(m => m.Row != i)).Select(s => ((Section?)s, (Section?)null, 0.0)));
        pairs.AddRange(restB.Where((_, j) => matched.All(m => m.Column != j)).Select(s => ((Section?)null, (Section?)s, 0.0)));

        // Each program's sections point to the paired section of the other; items go to their nearest paired ancestor.
        foreach (var (sa, sb, _) in pairs)
        {
            if (sa is not null) left.Paired.Add(sa.Id);
            if (sb is not null) right.Paired.Add(sb.Id);
        }
        return pairs;
    }

    private static ImmutableArray<ComparisonRow> AlignItems(IReadOnlyList<Item> a, IReadOnlyList<Item> b, TextSimilarity similarity)
    {
        var profilesA = a.Select(i => similarity.ProfileOf(i.Text)).ToList();
        var profilesB = b.Select(i => similarity.ProfileOf(i.Text)).ToList();
        var scores = new double[a.Count, b.Count];
        for (var i = 0; i < a.Count; i++)
            for (var j = 0; j < b.Count; j++)
                scores[i, j] = TextSimilarity.Score(profilesA[i], profilesB[j]);
        var matched = OptimalMatching.Match(scores, ItemThreshold);
        var partnerOfA = matched.ToDictionary(m => m.Row, m => m.Column);
        var partnerOfB = matched.ToDictionary(m => m.Column, m => m.Row);

        var rows = new List<(ComparisonRow Row, int? LineA, int? LineB)>();
        for (var i = 0; i < a.Count; i++)
        {
            if (partnerOfA.TryGetValue(i, out var j))
            {
                var (diffA, diffB) = WordDiff.Diff(a[i].Text, b[j].Text);
                rows.Add((new ComparisonRow(ItemNode(a[i]), ItemNode(b[j]), Math.Round(scores[i, j], 3), diffA, diffB), i, j));
            }
            else rows.Add((new ComparisonRow(ItemNode(a[i]), null, 0.0, WordDiff.Whole(a[i].Text), []) { Nearest = Nearest(Enumerable.Range(0, b.Count).Select(k => (b[k], scores[i, k]))) }, i, null));
        }
        for (var j = 0; j < b.Count; j++)
            if (!partnerOfB.ContainsKey(j))
                rows.Add((new ComparisonRow(null, ItemNode(b[j]), 0.0, [], WordDiff.Whole(b[j].Text)) { Nearest = Nearest(Enumerable.Range(0, a.Count).Select(k => (a[k], scores[k, j]))) }, null, j));
        return [.. InterleaveByLines(rows, r => r.LineA, r => r.LineB).Select(r => r.Row)];
    }

    // The best candidate at or above the threshold (first in source order on a tie); the optimal assignment gave it to another.
    private static NearestTwin? Nearest(IEnumerable<(Item Item, double Score)> candidates)
    {
        var best = candidates.Where(c => c.Score >= ItemThreshold).OrderByDescending(c => c.Score).Cast<(Item Item, double Score)?>().FirstOrDefault();
        return best is { } b ? new NearestTwin(ItemNode(b.Item), Math.Round(b.Score, 3)) : null;
    }

    /// <summary>
    /// Reading order for two columns: everything the left side has in its own order; a node only the right side has goes
    /// right after the node that precedes it on the right side (or first, when none does).
    /// </summary>
    private static IEnumerable<T> InterleaveByLines<T>(IReadOnlyList<T> nodes, Func<T, int?> positionA, Func<T, int?> positionB)
    {
        var withA = nodes.Where(n => positionA(n) is not null).OrderBy(n => positionA(n)!.Value).ToList();
        var onlyB = nodes.Where(n => positionA(n) is null).OrderBy(n => positionB(n) ?? 0).ToList();
        var keyed = withA.Select(n => (Node: n, Key: (positionA(n)!.Value, 0, 0))).ToList();
        foreach (var n in onlyB)
        {
            var pb = positionB(n) ?? 0;
            var anchor = withA.Where(m => positionB(m) is { } q && q < pb).OrderByDescending(m => positionB(m)!.Value).Select(positionA).FirstOrDefault();
            keyed.Add((n, (anchor ?? int.MinValue, 1, pb)));
        }
        return keyed.OrderBy(k => k.Key).Select(k => k.Node);
    }

    private static ComparisonSummary Summarize(ImmutableArray<ComparisonGroup> groups, DocumentView left, DocumentView right)
    {
        var bodies = groups.Where(g => g.Kind == AlignmentKind.Body).Select(g =>
        {
            var ba = left.Blocks.GetValueOrDefault(g.Key);
            var bb = right.Blocks.GetValueOrDefault(g.Key);
            return new BodySummary(g.Key, ba?.Body.Name, bb?.Body.Name, ba?.Items.Count ?? 0, bb?.Items.Count ?? 0);
        }).ToImmutableArray();
        var deadlines = groups.SelectMany(g => g.Rows.Where(r => r.DeadlinesDiffer).Select(r => new DeadlineDifference(g.Key, r.A!, r.B!, r.Id))).ToImmutableArray();
        // An item several bodies lead stands in several blocks: count items, not rows. An item is "only" in its program
        // when no block found it a twin.
        var rows = groups.SelectMany(g => g.Rows).ToList();
        var pairedA = rows.Where(r => r.IsPair).Select(r => r.A!.Anchor).ToHashSet();
        var pairedB = rows.Where(r => r.IsPair).Select(r => r.B!.Anchor).ToHashSet();
        return new ComparisonSummary(bodies, deadlines,
            rows.Where(r => r.IsPair).Select(r => (r.A!.Anchor, r.B!.Anchor)).Distinct().Count(),
            rows.Where(r => r.B is null && !pairedA.Contains(r.A!.Anchor)).Select(r => r.A!.Anchor).Distinct().Count(),
            rows.Where(r => r.A is null && !pairedB.Contains(r.B!.Anchor)).Select(r => r.B!.Anchor).Distinct().Count());
    }

    private static ComparedProgram Describe(ProgramDocument document, ProgramDocument other) =>
        new(document.Path, document.Slug, LabelAgainst(document, other), document.KindLine?.Text, document.Title?.Text);

    /// <summary>
    /// The name of <paramref name="document"/> beside <paramref name="other"/>: its <see cref="LabelOf"/>, with its number
    /// (else its slug) when both would read the same.
    /// </summary>
    public static string LabelAgainst(ProgramDocument document, ProgramDocument other)
    {
        var label = LabelOf(document);
        return label == LabelOf(other) ? $"{label} ({document.Header?.Number ?? document.Slug})" : label;
    }

    /// <summary>The short name of <paramref name="document"/> in a comparison: the issuing committee, else the issuer, the title, the file name.</summary>
    public static string LabelOf(ProgramDocument document) =>
        document.Issuer?.Committee ?? document.Issuer?.Name ?? document.Title?.Text ?? Path.GetFileName(document.Path);

    internal static string SectionKey(Section section) =>
        section.Role == SectionRole.Other ? "other-" + Text.Slug.From(section.Heading) : section.Role.ToString().ToLowerInvariant();

    private static AlignedNode SectionNode(Section s) => new(s.Span.Line, s.Heading, s.Id, s.Number, null);

    private static AlignedNode ItemNode(Item i) => new(i.Span.Line, i.Text, i.Id, i.Marker.Text.Length == 0 ? null : i.Marker.Text, i.Deadline);

    /// <summary>A body's block in one program: every item it leads, wherever it stands.</summary>
    private sealed record Block(BodyRef Body, AlignedNode Node, List<Item> Items);

    /// <summary>One program cut into the buckets that are aligned: body blocks and the remaining items of each section.</summary>
    private sealed class DocumentView
    {
        private readonly Dictionary<string, Section?> _parent = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _order = new(StringComparer.Ordinal);
        private readonly List<(Section Section, Item Item)> _unassigned = [];

        public DocumentView(ProgramDocument document)
        {
            Sections = [.. document.AllSections()];
            for (var i = 0; i < Sections.Count; i++) _order[Sections[i].Id] = i;
            foreach (var s in Sections)
            {
                _parent.TryAdd(s.Id, null);
                foreach (var child in s.Sections) _parent[child.Id] = s;
            }

            // A body heading (2.5. Ban Tổ chức Thành ủy) is the block's own row, never an item of it or of its section.
            var bodyHeadings = Assignment.BodyHeadings(document.Assignments);
            bool IsBodyHeading(Item item) => bodyHeadings.Contains(item.Id);

            foreach (var assignment in document.Assignments.Where(x => x.Role == AssignmentRole.Lead).OrderBy(x => x.Span.Line))
            {
                if (!Blocks.TryGetValue(assignment.Body.Function, out var block))
                {
                    block = new Block(assignment.Body, new AlignedNode(assignment.Span.Line, assignment.Body.AsWritten, null, null, null), []);
                    Blocks.Add(assignment.Body.Function, block);
                }
                foreach (var item in assignment.Items.SelectMany(i => i.SelfAndDescendants()))
                    if (!IsBodyHeading(item) && block.Items.All(x => x.Id != item.Id)) block.Items.Add(item);
            }
            foreach (var block in Blocks.Values) block.Items.Sort((x, y) => (x.Span.Line, x.Span.Column).CompareTo((y.Span.Line, y.Span.Column)));

            var assigned = Blocks.Values.SelectMany(b => b.Items).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var (section, item) in document.AllItems())
                if (!assigned.Contains(item.Id) && !IsBodyHeading(item)) _unassigned.Add((section, item));
            BucketedItems = [.. Blocks.Values.SelectMany(b => b.Items).Concat(_unassigned.Select(x => x.Item)).DistinctBy(i => i.Id)];
        }

        /// <summary>All sections, depth first.</summary>
        public IReadOnlyList<Section> Sections { get; }

        /// <summary>Blocks by body function, in order of first mention.</summary>
        public Dictionary<string, Block> Blocks { get; } = new(StringComparer.Ordinal);

        /// <summary>Ids of the sections paired with (or standing alone against) the other program.</summary>
        public HashSet<string> Paired { get; } = new(StringComparer.Ordinal);

        /// <summary>Every item that takes part in the alignment.</summary>
        public IReadOnlyList<Item> BucketedItems { get; }

        /// <summary>Position of a section in depth-first order.</summary>
        public int Order(Section s) => _order[s.Id];

        /// <summary>Items no body leads whose nearest section in <see cref="Paired"/> is <paramref name="section"/>.</summary>
        public IReadOnlyList<Item> SectionBucket(Section section) =>
            _unassigned.Where(x => Owner(x.Section)?.Id == section.Id).Select(x => x.Item).ToList();

        private Section? Owner(Section? s)
        {
            while (s is not null && !Paired.Contains(s.Id)) s = _parent.GetValueOrDefault(s.Id);
            return s;
        }
    }
}
