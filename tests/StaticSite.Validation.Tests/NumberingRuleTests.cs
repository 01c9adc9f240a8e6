using StaticSite.Model;
using StaticSite.Reading;
using StaticSite.Validation.Rules;
using static StaticSite.Validation.Tests.Docs;

namespace StaticSite.Validation.Tests;

public sealed class NumberingRuleTests
{
    private static IReadOnlyList<int> Lines(params Item[] items)
    {
        var document = Complete() with { Sections = [.. Complete().Sections, Section(SectionRole.Other, "IV", "KHÁC", 30, items)] };
        return new NumberingRule().Run(document).Select(d => d.Span.Line).ToList();
    }

    [Fact]
    public void Consecutive_numbers_are_fine() =>
        Assert.Empty(Lines(Item("1.", "a", 31, Item("1.1.", "a", 32), Item("1.2.", "b", 33)), Item("2.", "b", 34, Item("a)", "x", 35), Item("b)", "y", 36), Item("(1)", "z", 37), Item("(2)", "w", 38))));

    [Fact]
    public void A_gap_among_decimal_siblings_is_reported_at_the_later_number() =>
        Assert.Equal([33], Lines(Item("1.", "a", 31, Item("1.1.", "a", 32), Item("1.3.", "c", 33))));

    [Fact]
    public void A_repeat_is_reported() => Assert.Equal([32], Lines(Item("1.", "a", 31), Item("1.", "b", 32)));

    [Fact]
    public void Out_of_order_is_reported() => Assert.Equal([33], Lines(Item("1.", "a", 31), Item("3.", "b", 32), Item("2.", "c", 33), Item("4.", "d", 34)).Where(l => l == 33));

    [Fact]
    public void A_list_that_does_not_start_at_one_is_reported() => Assert.Equal([31], Lines(Item("2.", "a", 31), Item("3.", "b", 32)));

    [Fact]
    public void Children_must_carry_their_parent_number() => Assert.Equal([32], Lines(Item("1.", "a", 31, Item("2.1.", "a", 32), Item("2.2.", "b", 33))));

    [Fact]
    public void Letters_may_skip_đ_but_not_c()
    {
        Assert.Empty(Lines(Item("a)", "", 31), Item("b)", "", 32), Item("c)", "", 33), Item("d)", "", 34), Item("e)", "", 35)));
        Assert.Empty(Lines(Item("a)", "", 31), Item("b)", "", 32), Item("c)", "", 33), Item("d)", "", 34), Item("đ)", "", 35), Item("e)", "", 36)));
        Assert.Equal([33], Lines(Item("a)", "", 31), Item("b)", "", 32), Item("d)", "", 33)));
    }

    [Fact]
    public void Parenthesized_gap_is_reported() => Assert.Equal([32], Lines(Item("(1)", "", 31), Item("(3)", "", 32)));

    [Fact]
    public void Roman_section_numbers_are_checked_per_part()
    {
        var part1 = Section(SectionRole.Other, "Phần thứ nhất", "", 1, sections: [Section(SectionRole.Assessment, "I", "KẾT QUẢ", 2), Section(SectionRole.Other, "II", "HẠN CHẾ", 3)], level: SectionLevel.Part);
        var part2 = Section(SectionRole.Other, "Phần thứ hai", "", 4, sections: [Section(SectionRole.Purpose, "I", "MỤC TIÊU", 5), Section(SectionRole.Tasks, "III", "NHIỆM VỤ", 6)], level: SectionLevel.Part);
        var found = new NumberingRule().Run(Complete() with { Sections = [part1, part2] });
        Assert.Equal([6], found.Select(d => d.Span.Line));
    }

    [Fact]
    public void Roman_numerals_parse() => Assert.Equal([1, 4, 9, 14, 0], new[] { "I", "IV", "IX", "XIV", "A" }.Select(Markers.RomanValue));
}
