namespace StaticSite.Compare.Tests;

public sealed class MatchingTests
{
    [Fact]
    public void The_optimal_assignment_beats_greedy_best_first()
    {
        // Greedy would take (0,0)=0.9 and leave row 1 without a twin; the optimum pairs both rows (0.8 + 0.85).
        var scores = new double[,] { { 0.9, 0.8 }, { 0.85, 0.0 } };

        Assert.Equal([(0, 1), (1, 0)], OptimalMatching.Match(scores, 0.3));
    }

    [Fact]
    public void Scores_below_the_threshold_are_never_paired()
    {
        var scores = new double[,] { { 0.2, 0.1 }, { 0.1, 0.6 }, { 0.05, 0.29 } };

        Assert.Equal([(1, 1)], OptimalMatching.Match(scores, 0.3));
    }

    [Fact]
    public void More_rows_than_columns_leave_the_weakest_rows_alone()
    {
        var scores = new double[,] { { 0.4 }, { 0.7 }, { 0.5 } };

        Assert.Equal([(1, 0)], OptimalMatching.Match(scores, 0.3));
    }

    [Fact]
    public void Folded_words_make_spelling_variants_identical()
    {
        var similarity = new TextSimilarity(["Ủy ban Kiểm tra Tỉnh ủy", "Uỷ ban kiểm tra tỉnh uỷ", "Ban Dân vận"]);

        Assert.Equal(1.0, similarity.Score("Ủy ban Kiểm tra Tỉnh ủy", "Uỷ ban kiểm tra tỉnh uỷ"), 6);
        Assert.Equal(0.0, similarity.Score("Ủy ban Kiểm tra", "Dân vận"));
        Assert.InRange(similarity.Score("Ủy ban Kiểm tra Tỉnh ủy", "Ban Dân vận"), 0.01, 0.5);
    }

    [Fact]
    public void Sentences_are_cut_at_full_stops_and_semicolons_and_short_clauses_are_dropped()
    {
        var sentences = TextSimilarity.Sentences("Thực hiện Nghị quyết số 28-NQ/TW ngày 17/11/2022 của Trung ương; đổi mới. Nâng cao chất lượng công tác kiểm tra, giám sát (thực hiện thường xuyên).");

        Assert.Equal(["Thực hiện Nghị quyết số 28-NQ/TW ngày 17/11/2022 của Trung ương;", "Nâng cao chất lượng công tác kiểm tra, giám sát (thực hiện thường xuyên)."], sentences);
    }

    [Fact]
    public void A_word_diff_gives_both_texts_back_and_marks_only_what_changed()
    {
        var (a, b) = WordDiff.Diff("Tham mưu tổng kết Nghị quyết (thực hiện trong năm 2023).", "Tham mưu sơ kết Nghị quyết (thực hiện trong năm 2024).");

        Assert.Equal("Tham mưu tổng kết Nghị quyết (thực hiện trong năm 2023).", string.Concat(a.Select(s => s.Text)));
        Assert.Equal("Tham mưu sơ kết Nghị quyết (thực hiện trong năm 2024).", string.Concat(b.Select(s => s.Text)));
        Assert.Equal(["tổng", "2023"], a.Where(s => s.Change == DiffChange.Deleted).Select(s => s.Text));
        Assert.Equal(["sơ", "2024"], b.Where(s => s.Change == DiffChange.Inserted).Select(s => s.Text));
    }
}
