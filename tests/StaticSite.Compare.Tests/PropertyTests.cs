using CsCheck;

namespace StaticSite.Compare.Tests;

/// <summary>What must hold for any input.</summary>
public sealed class PropertyTests
{
    private static readonly string[] Vocabulary =
        ["Tham", "mưu", "tổng", "kết", "Ban", "Thường", "vụ", "Tỉnh", "ủy", "đổi", "mới", "nâng", "cao", "chất", "lượng", "kiểm", "tra",
         "giám", "sát", "(thực", "hiện", "thường", "xuyên)", "cán", "bộ,", "đảng", "viên;", "Nghị", "quyết", "số", "28-NQ/TW", "<b>", "&amp;"];

    private static readonly Gen<string> Text = Gen.OneOf(Vocabulary).Array[1, 14].Select(words => string.Join(" ", words));

    [Fact]
    public void The_matching_is_as_good_as_the_best_of_all_matchings()
    {
        var gen = Gen.Int[0, 5].SelectMany(rows => Gen.Int[0, 5].SelectMany(columns =>
            Gen.Double[0.0, 1.0].Array[rows * columns].Select(values => (rows, columns, values))));
        gen.Sample(t =>
        {
            var scores = new double[t.rows, t.columns];
            for (var i = 0; i < t.values.Length; i++) scores[i / t.columns, i % t.columns] = t.values[i];
            var matched = OptimalMatching.Match(scores, 0.3);

            Assert.Equal(matched.Count, matched.Select(m => m.Row).Distinct().Count());
            Assert.Equal(matched.Count, matched.Select(m => m.Column).Distinct().Count());
            Assert.All(matched, m => Assert.True(scores[m.Row, m.Column] >= 0.3));
            Assert.Equal(Best(scores, 0.3, 0, new bool[t.columns]), matched.Sum(m => scores[m.Row, m.Column]), 9);
        });
    }

    [Fact]
    public void Every_item_stands_in_exactly_one_row_and_every_diff_gives_its_text_back()
    {
        Gen.Select(Text.Array[0, 6], Text.Array[0, 6]).Sample((left, right) =>
        {
            var a = new Build("a", "Thành ủy Cần Thơ").Bodies("NHIỆM VỤ", ("Ban Tổ chức Thành ủy", left)).Document();
            var b = new Build("b", "Tỉnh ủy Quảng Ngãi").Bodies("NHIỆM VỤ", ("Ban Tổ chức Tỉnh ủy", right)).Document();
            var rows = ProgramComparer.Compare(a, b).Groups.Single(g => g.Key == "ban-to-chuc").Rows;

            Assert.Equal(left, rows.Where(r => r.A is not null).OrderBy(r => r.A!.Line).Select(r => r.A!.Text));
            Assert.Equal(right, rows.Where(r => r.B is not null).OrderBy(r => r.B!.Line).Select(r => r.B!.Text));
            Assert.All(rows, r =>
            {
                Assert.InRange(r.Score, r.IsPair ? ProgramComparer.ItemThreshold : 0.0, r.IsPair ? 1.0 : 0.0);
                if (r.A is not null) Assert.Equal(r.A.Text, string.Concat(r.DiffA.Select(s => s.Text)));
                if (r.B is not null) Assert.Equal(r.B.Text, string.Concat(r.DiffB.Select(s => s.Text)));
                Assert.DoesNotContain(r.DiffA, s => s.Change == DiffChange.Inserted);
                Assert.DoesNotContain(r.DiffB, s => s.Change == DiffChange.Deleted);
            });
            // Equal texts have nothing to mark.
            Assert.All(rows.Where(r => r.IsPair && r.A!.Text == r.B!.Text), r => Assert.All(r.DiffA.Concat(r.DiffB), s => Assert.Equal(DiffChange.Same, s.Change)));
            Assert.Empty(ComparisonHtmlWriter.Write(ProgramComparer.Compare(a, b)).Split("<b>").Skip(1));
        });
    }

    // The best total of any matching, by trying them all (small matrices only); scores below the threshold count 0.
    private static double Best(double[,] scores, double threshold, int row, bool[] used)
    {
        if (row == scores.GetLength(0)) return 0;
        var best = Best(scores, threshold, row + 1, used);
        for (var j = 0; j < scores.GetLength(1); j++)
        {
            if (used[j] || scores[row, j] < threshold) continue;
            used[j] = true;
            best = Math.Max(best, scores[row, j] + Best(scores, threshold, row + 1, used));
            used[j] = false;
        }
        return best;
    }
}
