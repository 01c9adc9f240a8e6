using System.Collections.Immutable;
using StaticSite.Model;

namespace StaticSite.Compare;

/// <summary>Two programs that implement the same resolution, and the page that compares them.</summary>
/// <param name="A">The program that comes first in the input order (left column).</param>
/// <param name="B">The other program (right column).</param>
/// <param name="Resolutions">Ids of the resolutions both implement (<c>28-NQ/TW</c>), ordinal order.</param>
public sealed record ComparisonPair(ProgramDocument A, ProgramDocument B, ImmutableArray<string> Resolutions)
{
    /// <summary>Site-relative path of the comparison page: <c>compare/&lt;slugA&gt;--&lt;slugB&gt;.html</c>.</summary>
    public string PagePath => ComparisonPlanner.PathOf(A, B);
}

/// <summary>
/// Finds the programs worth comparing: of the programs that implement a common resolution, each with its closest few.
/// Comparing every two of them would be quadratic (a province's 400 programs of one resolution are 80,000 pages), so a
/// program is paired with the <c>closest</c> programs of each resolution it implements, closeness being the difference
/// in task count (ties: input order) — a measure that costs a sort, not a comparison. O(n log n + n·closest).
/// </summary>
public static class ComparisonPlanner
{
    /// <summary>The folder of the comparison pages in the site.</summary>
    public const string Folder = "compare";

    /// <summary>How many programs each program is compared with when the config does not say (<c>compare.closest</c>).</summary>
    public const int DefaultClosest = 3;

    /// <summary>Site-relative path of the page comparing <paramref name="a"/> (left) with <paramref name="b"/> (right).</summary>
    public static string PathOf(ProgramDocument a, ProgramDocument b) => $"{Folder}/{a.Slug}--{b.Slug}.html";

    /// <summary>
    /// The pairs of documents that share at least one id in <see cref="ProgramDocument.Implements"/>, each document paired
    /// with at most <paramref name="closest"/> others per resolution it implements (the nearest in task count; ties in
    /// input order), once per two, in input order (<c>(0,1), (0,2), (1,2)</c> …); the earlier document is the left one.
    /// A document of a resolution two or more documents implement is in at least one pair when <paramref name="closest"/>
    /// is positive. Deterministic.
    /// </summary>
    public static IReadOnlyList<ComparisonPair> Pairs(IReadOnlyList<ProgramDocument> documents, int closest = DefaultClosest)
    {
        var implemented = documents.Select(d => d.Implements.Select(r => r.Id).ToHashSet(StringComparer.Ordinal)).ToList();
        var taskCount = documents.Select(d => d.TaskCount).ToArray();
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
            foreach (var id in implemented[i])
            {
                if (!groups.TryGetValue(id, out var group)) groups[id] = group = [];
                group.Add(i);
            }
        var chosen = new HashSet<(int, int)>();
        foreach (var group in groups.Values)
        {
            if (group.Count < 2 || closest <= 0) continue;
            var sorted = group.OrderBy(i => taskCount[i]).ThenBy(i => i).ToArray();
            for (var at = 0; at < sorted.Length; at++)
            {
                // The nearest neighbours in task count: walk out from the program's place in the sorted group.
                int left = at - 1, right = at + 1, taken = 0;
                while (taken < closest && (left >= 0 || right < sorted.Length))
                {
                    var tasks = taskCount[sorted[at]];
                    var takeLeft = right >= sorted.Length
                        || (left >= 0 && tasks - taskCount[sorted[left]] <= taskCount[sorted[right]] - tasks);
                    var other = takeLeft ? sorted[left--] : sorted[right++];
                    if (documents[other].Slug == documents[sorted[at]].Slug) continue;
                    chosen.Add((Math.Min(sorted[at], other), Math.Max(sorted[at], other)));
                    taken++;
                }
            }
        }
        return [.. chosen.Order().Select(p => new ComparisonPair(documents[p.Item1], documents[p.Item2],
            [.. implemented[p.Item1].Intersect(implemented[p.Item2]).Order(StringComparer.Ordinal)]))];
    }

    /// <summary>The pairs <paramref name="document"/> takes part in (for the links on its page).</summary>
    public static IEnumerable<ComparisonPair> Involving(IEnumerable<ComparisonPair> pairs, ProgramDocument document) =>
        pairs.Where(p => p.A.Slug == document.Slug || p.B.Slug == document.Slug);

    /// <summary>The pairs that implement <paramref name="resolutionId"/> (for the links on the resolution's page).</summary>
    public static IEnumerable<ComparisonPair> Implementing(IEnumerable<ComparisonPair> pairs, string resolutionId) =>
        pairs.Where(p => p.Resolutions.Contains(resolutionId));
}
