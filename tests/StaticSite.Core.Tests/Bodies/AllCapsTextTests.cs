using StaticSite.Bodies;

namespace StaticSite.Core.Tests.Bodies;

/// <summary>A heading written in capitals names no body by accident (a bug found on the program pages: "NHIỆM VỤ" read as "Vụ …").</summary>
public sealed class AllCapsTextTests
{
    [Theory]
    [InlineData("NHIỆM VỤ VÀ GIẢI PHÁP")]
    [InlineData("II- TRIỂN KHAI NHIỆM VỤ TRỌNG TÂM NĂM 2023")]
    [InlineData("CÔNG TÁC SỞ HỮU TRÍ TUỆ")]
    public void Open_names_are_not_found_in_capitals(string heading) =>
        Assert.Empty(BodyRegistry.Default.FindAll(heading, null));

    [Fact]
    public void Fixed_names_are_still_found_in_capitals_and_open_names_in_running_text()
    {
        Assert.NotEmpty(BodyRegistry.Default.FindAll("BAN TỔ CHỨC TRUNG ƯƠNG", null));
        Assert.NotEmpty(BodyRegistry.Default.FindAll("- Vụ Địa phương III, BTCTW,", null));
    }
}
