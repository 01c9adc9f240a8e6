using StaticSite.Config;
using StaticSite.Model;
using StaticSite.Reading;
using StaticSite.Tests;

namespace StaticSite.Compare.Tests;

/// <summary>The two sample programs that implement 28-NQ/TW: Cần Thơ (Chương trình) and Quảng Ngãi (Chương trình hành động).</summary>
public sealed class RealPairTests
{
    private const string CanTho = "000_3a5651ff20a9df67.txt";
    private const string QuangNgai = "002_a7de56b83dec73d2.txt";

    private static readonly Lazy<Corpus> Corpus = new(() =>
        ContentReader.Load(SiteConfigLoader.Load(TestPaths.SampleConfig), TestPaths.Content));

    private static ProgramDocument Document(string file) => Corpus.Value.Documents.Single(d => Path.GetFileName(d.Path) == file);

    private static Comparison Compare() => ProgramComparer.Compare(Document(CanTho), Document(QuangNgai));

    [Fact]
    public void The_planner_pairs_the_two_programs_of_28_NQ_TW()
    {
        var pair = Assert.Single(ComparisonPlanner.Pairs(Corpus.Value.Documents), p => p.Resolutions.Contains("28-NQ/TW"));

        Assert.Equal((CanTho, QuangNgai), (Path.GetFileName(pair.A.Path), Path.GetFileName(pair.B.Path)));
        Assert.Equal($"compare/{pair.A.Slug}--{pair.B.Slug}.html", pair.PagePath);
    }

    [Theory]
    [InlineData("ban-to-chuc", 150, 57)]
    [InlineData("ban-tuyen-giao", 164, 43)]
    [InlineData("ban-dan-van", 194, 109)]
    [InlineData("ban-noi-chinh", 188, 99)]
    [InlineData("uy-ban-kiem-tra", 178, 83)]
    [InlineData("van-phong", 202, 119)]
    [InlineData("dang-doan-hoi-dong-nhan-dan", 122, 129)]
    [InlineData("ban-can-su-dang-uy-ban-nhan-dan", 128, 137)]
    public void The_blocks_of_the_bodies_both_programs_list_are_aligned(string function, int lineA, int lineB)
    {
        var group = Compare().Groups.Single(g => g.Kind == AlignmentKind.Body && g.Key == function);

        Assert.Equal((lineA, lineB), (group.A?.Line, group.B?.Line));
    }

    [Theory]
    // Twins that name the same document: Nghị quyết 37-NQ/TW, Quyết định 218-QĐ/TW, Kết luận 82-KL/TW.
    [InlineData("ban-tuyen-giao", 174, 55)]
    [InlineData("ban-dan-van", 196, 113)]
    [InlineData("van-phong", 206, 123)]
    // A reworded twin: "Nghiên cứu, đổi mới nội dung, phương thức ..." / "Tập trung đổi mới nội dung, phương thức ...".
    [InlineData("ban-tuyen-giao", 166, 49)]
    public void Reworded_tasks_of_one_body_find_their_twins(string function, int lineA, int lineB)
    {
        var row = Compare().Groups.Single(g => g.Key == function).Rows.Single(r => r.A?.Line == lineA);

        Assert.Equal(lineB, row.B?.Line);
        Assert.InRange(row.Score, ProgramComparer.ItemThreshold, 1.0);
    }

    [Fact]
    public void Bodies_only_one_program_assigns_are_named()
    {
        var summary = Compare().Summary;

        Assert.Contains(summary.OnlyA, b => b.Function == "cac-co-quan-tu-phap");
        Assert.DoesNotContain(summary.OnlyA, b => b.Function == "ban-to-chuc");
        Assert.Contains(summary.OnlyB, b => b.Function == "ban-thuong-vu");
    }

    [Fact]
    public void The_alignment_matches_the_approved_snapshot()
    {
        Snapshot.Verify("compare", "can-tho--quang-ngai-28-nq-tw", ComparisonJsonWriter.Write(Compare()), "json");
    }
}
