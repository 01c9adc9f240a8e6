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

/// <summary>Finds the programs worth comparing: every two that implement a common resolution.</summary>
public static class ComparisonPlanner
{
    /// <summary>The folder of the comparison pages in the site.</summary>
    public const string Folder = "compare";

    /// <summary>Site-relative path of the page comparing <paramref name="a"/> (left) with <paramref name="b"/> (right).</summary>
    public static string PathOf(ProgramDocument a, ProgramDocument b) => $"{Folder}/{a.Slug}--{b.Slug}.html";

    /// <summary>
    /// Every two documents that share at least one id in <see cref="ProgramDocument.Implements"/>, once per two,
    /// in input order (<c>(0,1), (0,2), (1,2)</c> …); the earlier document is the left one. Deterministic.
    /// </summary>
    public static IReadOnlyList<ComparisonPair> Pairs(IReadOnlyList<ProgramDocument> documents)
    {
        var implemented = documents.Select(d => d.Implements.Select(r => r.Id).ToHashSet(StringComparer.Ordinal)).ToList();
        var pairs = new List<ComparisonPair>();
        for (var i = 0; i < documents.Count; i++)
            for (var j = i + 1; j < documents.Count; j++)
            {
                if (documents[i].Slug == documents[j].Slug) continue;
                var shared = implemented[i].Intersect(implemented[j]).Order(StringComparer.Ordinal).ToImmutableArray();
                if (!shared.IsEmpty) pairs.Add(new ComparisonPair(documents[i], documents[j], shared));
            }
        return pairs;
    }

    /// <summary>The pairs <paramref name="document"/> takes part in (for the links on its page).</summary>
    public static IEnumerable<ComparisonPair> Involving(IEnumerable<ComparisonPair> pairs, ProgramDocument document) =>
        pairs.Where(p => p.A.Slug == document.Slug || p.B.Slug == document.Slug);

    /// <summary>The pairs that implement <paramref name="resolutionId"/> (for the links on the resolution's page).</summary>
    public static IEnumerable<ComparisonPair> Implementing(IEnumerable<ComparisonPair> pairs, string resolutionId) =>
        pairs.Where(p => p.Resolutions.Contains(resolutionId));
}
