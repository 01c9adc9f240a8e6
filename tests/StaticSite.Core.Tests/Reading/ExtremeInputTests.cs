using System.Text;
using StaticSite.Reading;
using static StaticSite.Core.Tests.Reading.ReaderTestKit;

namespace StaticSite.Core.Tests.Reading;

/// <summary>Inputs at the edges: huge, wide, deep, or nothing but a recipient list.</summary>
public sealed class ExtremeInputTests
{
    [Fact]
    public void A_line_of_100000_characters_is_read()
    {
        var d = Read(Doc("I. NHIỆM VỤ\n\n- " + new string('x', 50_000) + " (thực hiện trong năm 2025) " + string.Concat(Enumerable.Repeat("Ban Tổ chức Tỉnh ủy ", 2_500))));
        Assert.True(d.Sections[0].Items[0].Text.Length > 100_000);
    }

    [Fact]
    public void Numbering_twelve_levels_deep_nests_twelve_levels()
    {
        var sb = new StringBuilder("I. NHIỆM VỤ\n\n");
        for (var depth = 1; depth <= 12; depth++) sb.Append(string.Join('.', Enumerable.Repeat("1", depth))).Append(". Cấp ").Append(depth).Append("\n\n");
        var d = Read(Doc(sb.ToString()));
        var item = d.Sections[0].Items.Single();
        var levels = 1;
        while (!item.Children.IsEmpty) { item = item.Children.Single(); levels++; }
        Assert.Equal(12, levels);
    }

    [Fact]
    public void A_document_of_20_megabytes_is_read()
    {
        var one = File.ReadAllText(StaticSite.Tests.TestPaths.Samples[3]);
        var sb = new StringBuilder();
        while (sb.Length < 20_000_000 / 2) sb.Append(one).Append('\n'); // UTF-16 chars; Vietnamese UTF-8 is ~1.3 bytes a char
        var text = sb.ToString();
        var d = ProgramReader.ReadText(text, "big.txt", ReaderOptions.Default);
        Assert.True(Encoding.UTF8.GetByteCount(text) > 10_000_000);
        Assert.NotEmpty(d.Sections);
        var (lost, twice) = LineCoverage.Check(d, text);
        var lines = text.Split('\n');
        Assert.True(lost.Count == 0, string.Join("\n", lost.Take(5).Select(n => $"lost {n}: {lines[n - 1]}")));
        Assert.True(twice.Count == 0, string.Join("\n", twice.Take(5).Select(n => $"twice {n}: {lines[n - 1]}")));
    }
}
