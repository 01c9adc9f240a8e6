using StaticSite.Bodies;
using StaticSite.Model;

namespace StaticSite.Core.Tests.Bodies;

/// <summary>BodyKinds: the kind each body is grouped under on the home page (issue 14, point 2).</summary>
public sealed class BodyKindTests
{
    [Theory]
    [InlineData("Ban Tổ chức Thành ủy Cần Thơ", BodyKind.Party)]
    [InlineData("Ban cán sự đảng Ủy ban nhân dân thành phố Hà Nội", BodyKind.Party)]
    [InlineData("Đảng đoàn Hội đồng nhân dân tỉnh Quảng Ngãi", BodyKind.Party)]
    [InlineData("Ban Tổ chức Trung ương", BodyKind.Party)]
    [InlineData("Ủy ban Kiểm tra Thành ủy Hà Nội", BodyKind.Party)]
    [InlineData("Ủy ban nhân dân thành phố Cần Thơ", BodyKind.State)]
    [InlineData("Hội đồng nhân dân tỉnh Quảng Ngãi", BodyKind.State)]
    [InlineData("Sở Nội vụ", BodyKind.State)]
    [InlineData("Cục Thi hành án dân sự thành phố Hà Nội", BodyKind.State)]
    [InlineData("Hội Nông dân thành phố Hà Nội", BodyKind.MassOrganization)]
    [InlineData("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi", BodyKind.MassOrganization)]
    [InlineData("Liên đoàn Lao động thành phố Cần Thơ", BodyKind.MassOrganization)]
    [InlineData("Ban Chỉ đạo thành phố Hà Nội", BodyKind.Other)]
    public void A_body_is_grouped_by_what_its_name_says(string name, BodyKind kind) =>
        Assert.Equal(kind, BodyKinds.Of(new BodyRef(name, "x", name, "x", null, true, false, [])));
}
