using System.Collections.Immutable;
using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;

namespace StaticSite.Compare;

/// <summary>Word-level difference of two aligned texts (DiffPlex, word chunks; a change of case alone — <c>Tham</c> → <c>tham</c> after a new first word — is no change).</summary>
public static class WordDiff
{
    /// <summary>
    /// Cuts <paramref name="a"/> into unchanged and deleted runs and <paramref name="b"/> into unchanged and inserted runs.
    /// Joining the runs of a side gives its text back unchanged.
    /// </summary>
    public static (ImmutableArray<DiffSegment> A, ImmutableArray<DiffSegment> B) Diff(string a, string b)
    {
        var result = Differ.Instance.CreateDiffs(a, b, ignoreWhiteSpace: false, ignoreCase: true, WordChunker.Instance);
        var deleted = new bool[result.PiecesOld.Count];
        var inserted = new bool[result.PiecesNew.Count];
        foreach (var block in result.DiffBlocks)
        {
            for (var i = 0; i < block.DeleteCountA; i++) deleted[block.DeleteStartA + i] = true;
            for (var i = 0; i < block.InsertCountB; i++) inserted[block.InsertStartB + i] = true;
        }
        return (Runs(result.PiecesOld, deleted, DiffChange.Deleted), Runs(result.PiecesNew, inserted, DiffChange.Inserted));
    }

    /// <summary>The whole of <paramref name="text"/> as one unchanged run (for an item with no twin).</summary>
    public static ImmutableArray<DiffSegment> Whole(string text) => text.Length == 0 ? [] : [new DiffSegment(text, DiffChange.Same)];

    // Joins neighbouring pieces of the same kind; a white-space piece between two changed words stays in the change,
    // so that a reworded phrase reads as one <del>/<ins> rather than word by word.
    private static ImmutableArray<DiffSegment> Runs(IReadOnlyList<string> pieces, bool[] changed, DiffChange change)
    {
        var kinds = new DiffChange[pieces.Count];
        for (var i = 0; i < pieces.Count; i++) kinds[i] = changed[i] ? change : DiffChange.Same;
        for (var i = 1; i + 1 < pieces.Count; i++)
            if (!changed[i] && string.IsNullOrWhiteSpace(pieces[i]) && changed[i - 1] && changed[i + 1]) kinds[i] = change;

        var segments = ImmutableArray.CreateBuilder<DiffSegment>();
        var sb = new StringBuilder();
        var current = DiffChange.Same;
        for (var i = 0; i < pieces.Count; i++)
        {
            if (kinds[i] != current && sb.Length > 0) { segments.Add(new DiffSegment(sb.ToString(), current)); sb.Clear(); }
            current = kinds[i];
            sb.Append(pieces[i]);
        }
        if (sb.Length > 0) segments.Add(new DiffSegment(sb.ToString(), current));
        return segments.ToImmutable();
    }
}
