using System.Collections.Immutable;
using StaticSite.Model;

namespace StaticSite.Compare;

/// <summary>
/// So sánh hai chương trình: two programs aligned side by side — sections by role, body blocks by body function,
/// items by word similarity. Built by <see cref="ProgramComparer.Compare"/>; the typed view model of the comparison page.
/// </summary>
/// <param name="A">The left program.</param>
/// <param name="B">The right program.</param>
/// <param name="Threshold">The similarity below which two items are never paired (<see cref="ProgramComparer.ItemThreshold"/>).</param>
/// <param name="Groups">Sections and body blocks, each with its aligned rows, in reading order of <paramref name="A"/> then the groups only <paramref name="B"/> has.</param>
/// <param name="Summary">What a reviewer reads first: items per body, bodies only one program assigns, deadlines that differ.</param>
public sealed record Comparison(ComparedProgram A, ComparedProgram B, double Threshold, ImmutableArray<ComparisonGroup> Groups, ComparisonSummary Summary)
{
    /// <summary>Every aligned pair: group headers (sections, bodies) that have both sides, then their item rows, in page order.</summary>
    public IEnumerable<(AlignmentKind Kind, string Group, AlignedNode A, AlignedNode B, double Score)> Pairs() =>
        Groups.SelectMany(g =>
            (g.A is not null && g.B is not null ? [(g.Kind, g.Key, g.A, g.B, g.Score)] : Array.Empty<(AlignmentKind, string, AlignedNode, AlignedNode, double)>())
            .Concat(g.Rows.Where(r => r.A is not null && r.B is not null).Select(r => (AlignmentKind.Item, g.Key, r.A!, r.B!, r.Score))));
}

/// <summary>One of the two compared programs, as the page names it.</summary>
/// <param name="Path">Source path.</param>
/// <param name="Slug">The document's slug (its page is <c>&lt;slug&gt;.html</c> in the site).</param>
/// <param name="Label">Short name for the column head and the "Chỉ có trong ..." marks: the issuing committee, else the title, else the path.</param>
/// <param name="Kind">The kind line as written (<c>CHƯƠNG TRÌNH HÀNH ĐỘNG</c>), when found.</param>
/// <param name="Title">Trích yếu, when found.</param>
public sealed record ComparedProgram(string Path, string Slug, string Label, string? Kind, string? Title);

/// <summary>What an aligned node is.</summary>
public enum AlignmentKind
{
    /// <summary>Mục: a section, aligned by role.</summary>
    Section,
    /// <summary>Cơ quan: a body's block of items, aligned by body function.</summary>
    Body,
    /// <summary>Nhiệm vụ: an item, aligned by word similarity.</summary>
    Item,
}

/// <summary>One side of an aligned row: a section heading, a body name or an item, with where it stands in its source.</summary>
/// <param name="Line">Source line (1-based) of the node.</param>
/// <param name="Text">The text as written (NFC), for an item without its marker.</param>
/// <param name="Anchor">The node's id on the program page (<c>i-3-2-5</c>, <c>s-3</c>); null for a body.</param>
/// <param name="Marker">The item's or section's numbering as written (<c>2.5.</c>, <c>III</c>), when any.</param>
/// <param name="Deadline">Thời hạn of an item, when it states one.</param>
public sealed record AlignedNode(int Line, string Text, string? Anchor, string? Marker, Deadline? Deadline)
{
    /// <summary>Longest <see cref="Excerpt"/>, in characters.</summary>
    public const int ExcerptLength = 160;

    /// <summary>The text cut at a word boundary to about <see cref="ExcerptLength"/> characters, with <c>…</c> when cut (for summaries).</summary>
    public string Excerpt
    {
        get
        {
            if (Text.Length <= ExcerptLength) return Text;
            var cut = Text.LastIndexOf(' ', ExcerptLength);
            return Text[..(cut > ExcerptLength / 2 ? cut : ExcerptLength)].TrimEnd(' ', ',', ';') + "…";
        }
    }
}

/// <summary>A section pair or a body pair (or one that only one program has), with the items aligned under it.</summary>
/// <param name="Kind"><see cref="AlignmentKind.Section"/> or <see cref="AlignmentKind.Body"/>.</param>
/// <param name="Key">The section role (<c>tasks</c>, <c>tasks-2</c>, <c>other-kinh-phi</c>) or the body function (<c>ban-to-chuc</c>).</param>
/// <param name="A">The left section heading or body name; null when only <see cref="Comparison.B"/> has it.</param>
/// <param name="B">The right one; null when only <see cref="Comparison.A"/> has it.</param>
/// <param name="Score">1 for a pair of the same role or function, else the heading similarity; 0 when one side is missing.</param>
/// <param name="Rows">The items of the group, pairs and unmatched ones, in reading order.</param>
public sealed record ComparisonGroup(AlignmentKind Kind, string Key, AlignedNode? A, AlignedNode? B, double Score, ImmutableArray<ComparisonRow> Rows)
{
    /// <summary>True when both programs have this section or body.</summary>
    public bool IsPair => A is not null && B is not null;

    /// <summary>True when both programs have the group and every row of it is unchanged (hidden with its heading by "chỉ hiện khác biệt").</summary>
    public bool IsUnchanged => IsPair && Rows.All(r => r.IsUnchanged);
}

/// <summary>One aligned row of items: a pair, or an item only one program has.</summary>
/// <param name="A">The left item; null when only the right program has it.</param>
/// <param name="B">The right item; null when only the left program has it.</param>
/// <param name="Score">Similarity of the pair in [0, 1]; 0 for an unmatched item.</param>
/// <param name="DiffA">The left text cut into unchanged and deleted words (against <paramref name="B"/>); the whole text, unchanged, when unmatched.</param>
/// <param name="DiffB">The right text cut into unchanged and inserted words.</param>
public sealed record ComparisonRow(AlignedNode? A, AlignedNode? B, double Score, ImmutableArray<DiffSegment> DiffA, ImmutableArray<DiffSegment> DiffB)
{
    /// <summary>Anchor of the row on the page, unique within the comparison (<c>r-ban-to-chuc-2</c>).</summary>
    public string Id { get; init; } = "";

    /// <summary>
    /// For an unmatched item: the item of the other program it resembles at or above the threshold, which the
    /// one-to-one alignment gave to a closer twin (a task one program merges into a paragraph the other splits); else null.
    /// </summary>
    public NearestTwin? Nearest { get; init; }

    /// <summary>True when both programs have the item.</summary>
    public bool IsPair => A is not null && B is not null;

    /// <summary>True when both items state deadlines that differ, or only one of them states one.</summary>
    public bool DeadlinesDiffer => IsPair && !DeadlineComparer.Same(A!.Deadline, B!.Deadline);

    /// <summary>True for a pair whose word diff found no change (case and spacing aside).</summary>
    public bool SameText => IsPair && DiffA.All(s => s.Change == DiffChange.Same) && DiffB.All(s => s.Change == DiffChange.Same);

    /// <summary>How alike the pair reads (<see cref="SimilarityBands.Of"/>); meaningful for a pair only.</summary>
    public SimilarityBand Band => SimilarityBands.Of(Score, SameText);

    /// <summary>True for a pair with the same text and deadline: the rows "chỉ hiện khác biệt" hides.</summary>
    public bool IsUnchanged => SameText && !DeadlinesDiffer;
}

/// <summary>The closest item of the other program for an unmatched item.</summary>
/// <param name="Node">That item.</param>
/// <param name="Score">Their similarity, at or above the threshold.</param>
public sealed record NearestTwin(AlignedNode Node, double Score);

/// <summary>A run of words of a word-level diff.</summary>
/// <param name="Text">The words with the spaces between them.</param>
/// <param name="Change">Whether the run is in both texts, only the left (deleted) or only the right (inserted).</param>
public sealed record DiffSegment(string Text, DiffChange Change);

/// <summary>How a run of words differs.</summary>
public enum DiffChange
{
    /// <summary>In both texts.</summary>
    Same,
    /// <summary>Only in the left text (<c>&lt;del&gt;</c>).</summary>
    Deleted,
    /// <summary>Only in the right text (<c>&lt;ins&gt;</c>).</summary>
    Inserted,
}

/// <summary>Tóm tắt: the top of the comparison page.</summary>
/// <param name="Bodies">Every body either program assigns items to (as lead), with the item count in each program, in page order.</param>
/// <param name="Deadlines">Paired items whose deadlines differ.</param>
/// <param name="PairedItems">Number of distinct item pairs (an item several bodies lead is counted once per twin, not once per block).</param>
/// <param name="OnlyAItems">Number of distinct items of the left program that found no twin in any block.</param>
/// <param name="OnlyBItems">Number of distinct items of the right program that found no twin in any block.</param>
public sealed record ComparisonSummary(ImmutableArray<BodySummary> Bodies, ImmutableArray<DeadlineDifference> Deadlines, int PairedItems, int OnlyAItems, int OnlyBItems)
{
    /// <summary>Bodies only the left program assigns.</summary>
    public IEnumerable<BodySummary> OnlyA => Bodies.Where(b => b.NameB is null);

    /// <summary>Bodies only the right program assigns.</summary>
    public IEnumerable<BodySummary> OnlyB => Bodies.Where(b => b.NameA is null);
}

/// <summary>A body's share of each program.</summary>
/// <param name="Function">The body function both names resolve to (<c>ban-to-chuc</c>).</param>
/// <param name="NameA">The body as the left program names it; null when it assigns it nothing.</param>
/// <param name="NameB">The body as the right program names it; null when it assigns it nothing.</param>
/// <param name="ItemsA">Items the body leads in the left program.</param>
/// <param name="ItemsB">Items the body leads in the right program.</param>
public sealed record BodySummary(string Function, string? NameA, string? NameB, int ItemsA, int ItemsB);

/// <summary>A pair of twin items with different deadlines.</summary>
/// <param name="Group">The group key (body function or section role) the pair stands in.</param>
/// <param name="A">The left item.</param>
/// <param name="B">The right item.</param>
/// <param name="RowId">The <see cref="ComparisonRow.Id"/> of the pair's row.</param>
public sealed record DeadlineDifference(string Group, AlignedNode A, AlignedNode B, string RowId);

/// <summary>Compares deadlines by meaning: the normalized period or kind, and the words of an unparsed one.</summary>
public static class DeadlineComparer
{
    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> say the same (both absent counts as the same).</summary>
    public static bool Same(Deadline? a, Deadline? b)
    {
        if (a is null || b is null) return a is null && b is null;
        if (a.Normalized != b.Normalized) return false;
        return a.Kind != DeadlineKind.Unparsed || Text.VietnameseText.Fold(a.Text) == Text.VietnameseText.Fold(b.Text);
    }
}
