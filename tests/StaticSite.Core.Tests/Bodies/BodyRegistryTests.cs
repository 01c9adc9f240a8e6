using StaticSite.Bodies;
using StaticSite.Model;

namespace StaticSite.Core.Tests.Bodies;

public sealed class BodyRegistryTests
{
    internal static readonly Issuer CanTho = new("Ban Chấp hành Đảng bộ thành phố Cần Thơ", "Thành ủy Cần Thơ", CommitteeLevel.CityParty, "Cần Thơ", IssuerSource.Text, null);
    internal static readonly Issuer QuangNgai = new("Tỉnh ủy Quảng Ngãi", "Tỉnh ủy Quảng Ngãi", CommitteeLevel.ProvinceParty, "Quảng Ngãi", IssuerSource.Text, null);
    internal static readonly Issuer HaNoi = new("Thành ủy Hà Nội", "Thành ủy Hà Nội", CommitteeLevel.CityParty, null, IssuerSource.Text, null);

    private static readonly BodyRegistry Registry = BodyRegistry.Default;

    [Fact]
    public void The_shipped_registry_is_not_empty_and_functions_are_slugs()
    {
        Assert.True(Registry.Definitions.Length > 40);
        Assert.All(Registry.Definitions, d => Assert.Matches("^[a-z0-9-]+$", d.Function));
    }

    [Theory]
    [InlineData("Ban Tổ chức Thành ủy", "Ban Tổ chức Thành ủy Cần Thơ", "ban-to-chuc-thanh-uy-can-tho", "ban-to-chuc")]
    [InlineData("BAN TỔ CHỨC THÀNH ỦY", "Ban Tổ chức Thành ủy Cần Thơ", "ban-to-chuc-thanh-uy-can-tho", "ban-to-chuc")]
    [InlineData("Ban Tổ chức Thành uỷ Cần Thơ", "Ban Tổ chức Thành ủy Cần Thơ", "ban-to-chuc-thanh-uy-can-tho", "ban-to-chuc")]
    [InlineData("BTCTU", "Ban Tổ chức Thành ủy Cần Thơ", "ban-to-chuc-thanh-uy-can-tho", "ban-to-chuc")]
    [InlineData("Ủy ban Kiểm tra Thành ủy", "Ủy ban Kiểm tra Thành ủy Cần Thơ", "uy-ban-kiem-tra-thanh-uy-can-tho", "uy-ban-kiem-tra")]
    [InlineData("UBKT Thành ủy", "Ủy ban Kiểm tra Thành ủy Cần Thơ", "uy-ban-kiem-tra-thanh-uy-can-tho", "uy-ban-kiem-tra")]
    [InlineData("Uỷ ban Kiểm tra Thành ủy", "Ủy ban Kiểm tra Thành ủy Cần Thơ", "uy-ban-kiem-tra-thanh-uy-can-tho", "uy-ban-kiem-tra")]
    [InlineData("VPTU", "Văn phòng Thành ủy Cần Thơ", "van-phong-thanh-uy-can-tho", "van-phong")]
    [InlineData("BTV Thành ủy", "Ban Thường vụ Thành ủy Cần Thơ", "ban-thuong-vu-thanh-uy-can-tho", "ban-thuong-vu")]
    [InlineData("Đảng đoàn HĐND Thành phố", "Đảng đoàn Hội đồng nhân dân thành phố Cần Thơ", "dang-doan-hoi-dong-nhan-dan-thanh-pho-can-tho", "dang-doan-hoi-dong-nhan-dan")]
    [InlineData("Đảng đoàn Hội đồng nhân dân thành phố", "Đảng đoàn Hội đồng nhân dân thành phố Cần Thơ", "dang-doan-hoi-dong-nhan-dan-thanh-pho-can-tho", "dang-doan-hoi-dong-nhan-dan")]
    [InlineData("Đảng Đoàn HEND TP", "Đảng đoàn Hội đồng nhân dân thành phố Cần Thơ", "dang-doan-hoi-dong-nhan-dan-thanh-pho-can-tho", "dang-doan-hoi-dong-nhan-dan")]
    [InlineData("BCS Đảng UBND TP", "Ban cán sự đảng Ủy ban nhân dân thành phố Cần Thơ", "ban-can-su-dang-uy-ban-nhan-dan-thanh-pho-can-tho", "ban-can-su-dang-uy-ban-nhan-dan")]
    [InlineData("Ban cán sự đảng Ủy ban nhân dân thành phố", "Ban cán sự đảng Ủy ban nhân dân thành phố Cần Thơ", "ban-can-su-dang-uy-ban-nhan-dan-thanh-pho-can-tho", "ban-can-su-dang-uy-ban-nhan-dan")]
    [InlineData("Ban Cán sự Đảng UBND Thành phố", "Ban cán sự đảng Ủy ban nhân dân thành phố Cần Thơ", "ban-can-su-dang-uy-ban-nhan-dan-thanh-pho-can-tho", "ban-can-su-dang-uy-ban-nhan-dan")]
    [InlineData("Liên đoàn Lao động thành phố", "Liên đoàn Lao động thành phố Cần Thơ", "lien-doan-lao-dong-thanh-pho-can-tho", "lien-doan-lao-dong")]
    [InlineData("Hội Nông dân", "Hội Nông dân thành phố Cần Thơ", "hoi-nong-dan-thanh-pho-can-tho", "hoi-nong-dan")]
    [InlineData("Thành Đoàn", "Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Cần Thơ", "doan-thanh-nien-cong-san-ho-chi-minh-thanh-pho-can-tho", "doan-thanh-nien")]
    [InlineData("Viện Kiểm sát nhân dân Thành phố", "Viện kiểm sát nhân dân thành phố Cần Thơ", "vien-kiem-sat-nhan-dan-thanh-pho-can-tho", "vien-kiem-sat-nhan-dan")]
    [InlineData("Sở Tư pháp", "Sở Tư pháp thành phố Cần Thơ", "so-tu-phap-thanh-pho-can-tho", "so-tu-phap")]
    [InlineData("Sở Kế hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư thành phố Cần Thơ", "so-ke-hoach-va-dau-tu-thanh-pho-can-tho", "so-ke-hoach-va-dau-tu")]
    [InlineData("Bộ Chính trị", "Bộ Chính trị", "bo-chinh-tri", "bo-chinh-tri")]
    [InlineData("Ban Bí thư TW", "Ban Bí thư", "ban-bi-thu", "ban-bi-thu")]
    [InlineData("BTCTW", "Ban Tổ chức Trung ương", "ban-to-chuc-trung-uong", "ban-to-chuc-trung-uong")]
    [InlineData("Ban Tổ chức Trung ương", "Ban Tổ chức Trung ương", "ban-to-chuc-trung-uong", "ban-to-chuc-trung-uong")]
    [InlineData("VPTW", "Văn phòng Trung ương Đảng", "van-phong-trung-uong-dang", "van-phong-trung-uong")]
    public void Resolves_names_and_abbreviations_against_the_issuer(string written, string name, string id, string function)
    {
        var body = Registry.Resolve(written, CanTho);
        Assert.True(body.IsKnown, written);
        Assert.Equal(name, body.Name);
        Assert.Equal(id, body.Id);
        Assert.Equal(function, body.Function);
        Assert.Equal(written, body.AsWritten);
    }

    [Fact]
    public void The_same_function_in_two_committees_is_two_bodies_with_one_function()
    {
        var canTho = Registry.Resolve("Ban Tổ chức Thành ủy", CanTho);
        var quangNgai = Registry.Resolve("Ban Tổ chức Tỉnh ủy", QuangNgai);
        Assert.NotEqual(canTho.Id, quangNgai.Id);
        Assert.Equal(canTho.Function, quangNgai.Function);
        Assert.Equal("Ban Tổ chức Tỉnh ủy Quảng Ngãi", quangNgai.Name);
        Assert.Equal("Tỉnh ủy Quảng Ngãi", quangNgai.Committee);
        Assert.Equal("Thành ủy Cần Thơ", canTho.Committee);
    }

    [Fact]
    public void The_locality_comes_from_the_committee_when_the_issuer_has_none()
    {
        var body = Registry.Resolve("Đảng đoàn HĐND Thành phố", HaNoi);
        Assert.Equal("Đảng đoàn Hội đồng nhân dân thành phố Hà Nội", body.Name);
        Assert.Equal("Thành ủy Hà Nội", body.Committee);
    }

    [Fact]
    public void Decomposed_input_resolves_like_composed_input()
    {
        var nfd = "Ban Tổ chức Thành ủy".Normalize(System.Text.NormalizationForm.FormD);
        Assert.Equal("ban-to-chuc-thanh-uy-can-tho", Registry.Resolve(nfd, CanTho).Id);
    }

    [Fact]
    public void Without_an_issuer_the_name_stays_relative()
    {
        var body = Registry.Resolve("Ban Tổ chức Thành ủy", null);
        Assert.True(body.IsKnown);
        Assert.Equal("Ban Tổ chức Thành ủy", body.Name);
        Assert.Equal("ban-to-chuc", body.Function);
    }

    [Fact]
    public void Unknown_names_are_kept_as_written_with_a_stable_committee_qualified_id()
    {
        var a = Registry.Resolve("Ban Quản lý dự án đường sắt", CanTho);
        var b = Registry.Resolve("  Ban  Quản lý dự án đường sắt, ", CanTho);
        var other = Registry.Resolve("Ban Quản lý dự án đường sắt", QuangNgai);
        Assert.False(a.IsKnown);
        Assert.Equal("Ban Quản lý dự án đường sắt", a.Name);
        Assert.Equal(a.Id, b.Id);
        Assert.NotEqual(a.Id, other.Id);
        Assert.Equal("ban-quan-ly-du-an-duong-sat-thanh-uy-can-tho", a.Id);
    }

    [Theory]
    [InlineData("Các ban xây dựng Đảng của Thành ủy", "cac-ban-xay-dung-dang")]
    [InlineData("Các ban đảng, Văn phòng Thành ủy", "cac-ban-xay-dung-dang")]
    [InlineData("Các ban Đảng và Văn phòng Thành ủy", "cac-ban-xay-dung-dang")]
    [InlineData("Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy", "cac-ban-xay-dung-dang")]
    [InlineData("các tổ chức chính trị - xã hội", "cac-to-chuc-chinh-tri-xa-hoi")]
    [InlineData("Các tổ chức CT-XH thành phố", "cac-to-chuc-chinh-tri-xa-hoi")]
    [InlineData("Ủy ban MTTQ và các tổ chức CT-XH TP", "mat-tran-va-cac-to-chuc-chinh-tri-xa-hoi")]
    [InlineData("Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội thành phố", "mat-tran-va-cac-to-chuc-chinh-tri-xa-hoi")]
    [InlineData("Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "cac-cap-uy-truc-thuoc")]
    [InlineData("Các đảng đoàn, ban cán sự đảng và đảng ủy trực thuộc Thành ủy", "cac-cap-uy-truc-thuoc")]
    [InlineData("Các quận ủy, huyện ủy", "cac-cap-uy-truc-thuoc")]
    [InlineData("Các ban đảng, ban cán sự đảng, đảng đoàn, quận ủy, huyện ủy, đảng ủy trực thuộc Thành ủy", "cac-co-quan-to-chuc-dang-truc-thuoc")]
    [InlineData("Các sở, ban, ngành Thành phố", "cac-so-ban-nganh")]
    [InlineData("Các cơ quan tư pháp", "cac-co-quan-tu-phap")]
    [InlineData("Các ban Đảng và VPTW", "cac-co-quan-xay-dung-dang-trung-uong")]
    public void Groups_resolve_with_their_members(string written, string function)
    {
        var body = Registry.Resolve(written, CanTho);
        Assert.True(body.IsKnown, written);
        Assert.True(body.IsGroup, written);
        Assert.Equal(function, body.Function);
        Assert.NotEmpty(body.Members);
    }

    [Theory]
    [InlineData("Ban Tổ chức Thành ủy", "Ban Tổ chức Thành ủy")]
    [InlineData("Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy")]
    [InlineData("Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy")]
    [InlineData("Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội thành phố", "Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội thành phố")]
    [InlineData("Các cơ quan tư pháp", "Các cơ quan tư pháp")]
    [InlineData("Ban Chỉ đạo Chương trình", "Ban Chỉ đạo Chương trình")]
    [InlineData("**Ban Dân vận Tỉnh ủy**", "Ban Dân vận Tỉnh ủy")]
    public void A_heading_that_is_a_body_matches(string heading, string asWritten)
    {
        var body = Registry.MatchHeading(heading, QuangNgai);
        Assert.NotNull(body);
        Assert.Equal(asWritten, body.AsWritten);
    }

    [Theory]
    [InlineData("Nhiệm vụ trọng tâm")]
    [InlineData("Nhiệm vụ cụ thể")]
    [InlineData("Đổi mới, nâng cao chất lượng hoạt động của Mặt trận Tổ quốc")]
    [InlineData("Tiếp tục đổi mới, nâng cao hiệu quả hoạt động của Đoàn đại biểu Quốc hội Thành phố và HĐND các cấp")]
    [InlineData("Ban Tổ chức Thành ủy chủ trì, phối hợp với các cơ quan liên quan")]
    [InlineData("")]
    public void A_task_heading_is_not_a_body(string heading) => Assert.Null(Registry.MatchHeading(heading, CanTho));

    [Fact]
    public void A_heading_with_several_bodies_yields_each()
    {
        var bodies = Registry.MatchHeadingAll("Đảng đoàn MTTQ và các tổ chức chính trị - xã hội Thành phố, Ban Thường vụ Thành Đoàn", CanTho);
        Assert.Equal(["mat-tran-va-cac-to-chuc-chinh-tri-xa-hoi", "doan-thanh-nien"], bodies.Select(b => b.Function));
        var court = Registry.MatchHeadingAll("Ban Cán sự Đảng Tòa án nhân dân Thành phố, Viện Kiểm sát nhân dân Thành phố, Đảng ủy Công an Thành phố, Cục Thi hành án dân sự Thành phố", CanTho);
        Assert.Equal(["ban-can-su-dang-toa-an-nhan-dan", "vien-kiem-sat-nhan-dan", "dang-uy-cong-an", "cuc-thi-hanh-an-dan-su"], court.Select(b => b.Function));
    }

    [Fact]
    public void FindAll_returns_every_mention_with_its_place_longest_first()
    {
        const string text = "Ban Nội chính Thành ủy chủ trì, phối hợp với Văn phòng Thành ủy, Ban cán sự đảng Viện kiểm sát nhân dân tỉnh và Hội Nông dân, Hội Cựu chiến binh tham mưu";
        var found = Registry.FindAll(text, QuangNgai);
        Assert.Equal(["ban-noi-chinh", "van-phong", "ban-can-su-dang-vien-kiem-sat-nhan-dan", "hoi-nong-dan", "hoi-cuu-chien-binh"], found.Select(f => f.Body.Function));
        Assert.All(found, f => Assert.Equal(f.Body.AsWritten, text.Substring(f.Index, f.Length)));
        Assert.Equal(0, found[0].Index);
    }

    [Theory]
    [InlineData("lực lượng công an và văn phòng các cơ quan")]
    [InlineData("Nâng cao chất lượng hoạt động của hội đồng nhân dân các cấp")]
    [InlineData("Tăng cường giám sát của Hội đồng nhân dân các cấp")]
    [InlineData("các đồng chí Thành ủy viên")]
    [InlineData("thống nhất các quan điểm, chủ trương")]
    [InlineData("các quận, huyện, thị xã bố trí kinh phí")]
    public void FindAll_ignores_common_words_and_all_levels(string text) => Assert.Empty(Registry.FindAll(text, CanTho));

    [Fact]
    public void FindAll_does_not_join_bodies_across_commas()
    {
        var found = Registry.FindAll("Hội Liên hiệp Phụ nữ, Hội Nông dân, Liên đoàn Lao động thành phố", CanTho);
        Assert.Equal(3, found.Count);
    }

    [Fact]
    public void Covers_same_body_groups_members_and_party_delegations()
    {
        var group = Registry.Resolve("Các ban xây dựng Đảng của Thành ủy", CanTho);
        var organization = Registry.Resolve("Ban Tổ chức Thành ủy", CanTho);
        var otherOrganization = Registry.Resolve("Ban Tổ chức Tỉnh ủy", QuangNgai);
        var council = Registry.Resolve("Đảng đoàn Hội đồng nhân dân thành phố", CanTho);
        Assert.True(Registry.Covers(group, organization));
        Assert.False(Registry.Covers(group, otherOrganization));
        Assert.False(Registry.Covers(group, council));
        Assert.True(Registry.Covers(Registry.Resolve("Đảng Đoàn HEND TP", CanTho), council));
        Assert.True(Registry.Covers(Registry.Resolve("Các đảng đoàn, ban cán sự đảng và đảng ủy trực thuộc Thành ủy", CanTho), council));
        Assert.True(Registry.Covers(Registry.Resolve("Ủy ban MTTQ và các tổ chức CT-XH TP", CanTho), Registry.Resolve("Hội Nông dân", CanTho)));
        Assert.True(Registry.Covers(Registry.Resolve("Đảng đoàn MTTQ Thành phố", CanTho), Registry.Resolve("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", CanTho)));
        Assert.False(Registry.Covers(organization, group));
    }

    [Fact]
    public void Closest_suggests_known_names()
    {
        var near = Registry.Closest("Ban Tổ chức Thành phố", CanTho);
        Assert.Contains("Ban Tổ chức Thành ủy Cần Thơ", near);
        Assert.True(near.Count <= 3);
        Assert.Empty(Registry.Closest("xyz", CanTho));
    }

    private static readonly Issuer Ministry = new("Bộ Tài nguyên và Môi trường", "Bộ Tài nguyên và Môi trường", CommitteeLevel.Ministry, null, IssuerSource.Text, null);

    [Theory]
    [InlineData("Vụ Pháp chế", "Vụ Pháp chế Bộ Tài nguyên và Môi trường", "vu-phap-che")]
    [InlineData("Văn phòng Bộ", "Văn phòng Bộ Tài nguyên và Môi trường", "van-phong-bo")]
    [InlineData("Cục Biến đổi khí hậu", "Cục Biến đổi khí hậu Bộ Tài nguyên và Môi trường", "cuc-bien-doi-khi-hau")]
    [InlineData("Thanh tra Bộ", "Thanh tra Bộ Tài nguyên và Môi trường", "thanh-tra-bo")]
    public void Units_of_a_ministry_are_qualified_by_the_ministry(string written, string name, string function)
    {
        var body = Registry.Resolve(written, Ministry);
        Assert.True(body.IsKnown);
        Assert.Equal(name, body.Name);
        Assert.Equal(function, body.Function);
        Assert.Equal("Bộ Tài nguyên và Môi trường", body.Committee);
    }

    [Fact]
    public void A_bare_office_word_is_not_a_body()
    {
        Assert.Empty(Registry.FindAll("Văn phòng làm việc", CanTho));
        Assert.False(Registry.Resolve("Văn phòng", CanTho).IsKnown);
    }

    [Fact]
    public void People_committees_of_districts_are_a_group()
    {
        var body = Registry.Resolve("Ủy ban nhân dân các quận, huyện, thị xã", HaNoi);
        Assert.True(body.IsGroup);
        Assert.Equal("uy-ban-nhan-dan-cap-huyen", body.Function);
        Assert.Empty(Registry.FindAll("Ủy ban nhân dân các cấp", HaNoi));
    }

    [Fact]
    public void Config_bodies_extend_the_registry()
    {
        var extended = Registry.With([new BodyDefinition("Ban Quản lý các khu chế xuất và công nghiệp {locality}", "ban-quan-ly-kcx", ["HEPZA"], [])]);
        var body = extended.Resolve("HEPZA", CanTho);
        Assert.True(body.IsKnown);
        Assert.Equal("Ban Quản lý các khu chế xuất và công nghiệp thành phố Cần Thơ", body.Name);
        Assert.False(Registry.Resolve("HEPZA", CanTho).IsKnown);
    }
}
