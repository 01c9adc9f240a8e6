namespace StaticSite.Compare;

/// <summary>
/// Maximum-weight bipartite matching (the Hungarian method, O(n²m)): pairs rows with columns so that the sum of the
/// scores of the pairs is the largest possible. A score below the threshold counts as 0, so such a pair never adds to
/// the total and is dropped from the result: nothing is forced into a pair. Unlike greedy best-first, one strong pair
/// cannot take the twin of another item that has no other candidate.
/// </summary>
public static class OptimalMatching
{
    /// <summary>
    /// The pairs (row, column) of a maximum-weight matching over <paramref name="scores"/> (rows × columns, each in [0, 1]),
    /// keeping only pairs scoring at least <paramref name="threshold"/>; ordered by row. Deterministic for the same input.
    /// </summary>
    public static IReadOnlyList<(int Row, int Column)> Match(double[,] scores, double threshold)
    {
        var rows = scores.GetLength(0);
        var columns = scores.GetLength(1);
        if (rows == 0 || columns == 0) return [];
        var transpose = rows > columns;
        var n = transpose ? columns : rows;
        var m = transpose ? rows : columns;
        double Cost(int i, int j)
        {
            var s = transpose ? scores[j, i] : scores[i, j];
            return s >= threshold ? -s : 0.0;
        }

        // Potentials u (rows) and v (columns), p[j] = row matched to column j, 1-based with 0 as the virtual start.
        var u = new double[n + 1];
        var v = new double[m + 1];
        var p = new int[m + 1];
        var way = new int[m + 1];
        for (var i = 1; i <= n; i++)
        {
            p[0] = i;
            var j0 = 0;
            var minv = new double[m + 1];
            Array.Fill(minv, double.PositiveInfinity);
            var used = new bool[m + 1];
            do
            {
                used[j0] = true;
                var i0 = p[j0];
                var delta = double.PositiveInfinity;
                var j1 = 0;
                for (var j = 1; j <= m; j++)
                {
                    if (used[j]) continue;
                    var cur = Cost(i0 - 1, j - 1) - u[i0] - v[j];
                    if (cur < minv[j]) { minv[j] = cur; way[j] = j0; }
                    if (minv[j] < delta) { delta = minv[j]; j1 = j; }
                }
                for (var j = 0; j <= m; j++)
                {
                    if (used[j]) { u[p[j]] += delta; v[j] -= delta; }
                    else minv[j] -= delta;
                }
                j0 = j1;
            } while (p[j0] != 0);
            do
            {
                var j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }

        var result = new List<(int Row, int Column)>();
        for (var j = 1; j <= m; j++)
        {
            if (p[j] == 0) continue;
            var (row, column) = transpose ? (j - 1, p[j] - 1) : (p[j] - 1, j - 1);
            if (scores[row, column] >= threshold) result.Add((row, column));
        }
        result.Sort((x, y) => x.Row.CompareTo(y.Row));
        return result;
    }
}
