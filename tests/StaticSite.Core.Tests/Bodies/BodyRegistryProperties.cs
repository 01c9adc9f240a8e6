using CsCheck;
using StaticSite.Bodies;

namespace StaticSite.Core.Tests.Bodies;

public sealed class BodyRegistryProperties
{
    private static readonly string[] Fragments =
    [
        "Ban Tổ chức Thành ủy", "phối hợp với", "Văn phòng Thành ủy", ",", "và", "các cơ quan liên quan", "Hội Nông dân",
        "thành phố", "Đảng đoàn HĐND TP", "Ủy ban nhân dân", "các cấp", "chủ trì", "Các ban xây dựng Đảng của Thành ủy",
        "BCS Đảng UBND TP", "Sở Tư pháp", "tham mưu", ";", "Ban Chỉ đạo", "tỉnh", "Ủy ban Kiểm tra", "Tỉnh ủy", "công an", "(b/c)",
    ];

    [Fact]
    public void FindAll_matches_are_ordered_disjoint_and_resolve_to_themselves()
    {
        var registry = BodyRegistry.Default;
        Gen.Int[0, Fragments.Length - 1].Select(i => Fragments[i]).Array[0, 14].Sample(parts =>
        {
            var text = string.Join(" ", parts);
            var found = registry.FindAll(text, BodyRegistryTests.CanTho);
            var end = 0;
            foreach (var m in found)
            {
                Assert.True(m.Index >= end, text);
                Assert.Equal(m.Body.AsWritten, text.Substring(m.Index, m.Length));
                Assert.Equal(m.Body.Id, registry.Resolve(m.Body.AsWritten, BodyRegistryTests.CanTho).Id);
                end = m.Index + m.Length;
            }
        });
    }

    [Fact]
    public void Resolve_is_stable_under_case_and_spacing()
    {
        var registry = BodyRegistry.Default;
        Gen.Int[0, Fragments.Length - 1].Select(i => Fragments[i]).Sample(name =>
        {
            var a = registry.Resolve(name, BodyRegistryTests.CanTho);
            var b = registry.Resolve("  " + name.ToUpperInvariant().Replace(" ", "   ") + " ", BodyRegistryTests.CanTho);
            Assert.Equal(a.Id, b.Id);
            Assert.Equal(a.IsKnown, b.IsKnown);
        });
    }
}
