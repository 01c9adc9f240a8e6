using StaticSite.Bodies;
using StaticSite.Config;
using StaticSite.Model;
using StaticSite.Reading;

namespace StaticSite.Pages.Tests;

/// <summary>
/// Issue 12 through the checklists: crafted documents read by the real assignment extractor and the shipped registry. A
/// group heading's item that names a member as lead is that member's; one that names none reaches every member through
/// the group; two committees with the same body names, and a document whose issuer is unknown, never share a checklist.
/// </summary>
public sealed class GroupChecklistTests
{
    private static readonly Issuer HaNoi = new("Thành ủy Hà Nội", "Thành ủy Hà Nội", CommitteeLevel.CityParty, "Hà Nội", IssuerSource.Text, null);
    private static readonly Issuer CanTho = new("Thành ủy Cần Thơ", "Thành ủy Cần Thơ", CommitteeLevel.CityParty, "Cần Thơ", IssuerSource.Text, null);

    private static Item I(string marker, string text, params Item[] children) =>
        new("x", new ItemMarker(marker == "-" ? MarkerStyle.Dash : MarkerStyle.Decimal, marker, []), text, children.Length > 0, null, SourceSpan.At("x", 0), [.. children]);

    // The organization section of "Chương trình hành động" 001 as it is written, for any issuer.
    private static ProgramDocument Doc(string slug, Issuer? issuer)
    {
        var file = slug + ".txt";
        var n = 0;
        Item Number(Item item)
        {
            var line = ++n;
            return item with { Id = $"i-{line}", Span = SourceSpan.At(file, line), Children = [.. item.Children.Select(Number)] };
        }
        var items = new[]
        {
            I("5.", "Các Ban Đảng và Văn phòng Thành ủy",
                I("-", "Xây dựng kế hoạch tổ chức thực hiện Chương trình hành động theo chức năng, nhiệm vụ được giao."),
                I("-", "Ban Nội chính Thành ủy chủ trì, phối hợp với Văn phòng Thành ủy, các cơ quan liên quan tham mưu Thành ủy chỉ đạo xây dựng các kế hoạch."),
                I("-", "Ban Tuyên giáo Thành ủy chủ trì tham mưu việc tổ chức học tập, quán triệt, tuyên truyền Nghị quyết."),
                I("-", "Ban Tổ chức Thành ủy và Ban Dân vận Thành ủy chủ trì tham mưu sơ kết việc thực hiện."),
                I("-", "Ủy ban Kiểm tra Thành ủy và các cơ quan tham mưu của Thành ủy tăng cường kiểm tra, giám sát việc thực hiện.")),
        };
        var section = new Section("s", SectionLevel.Roman, SectionRole.Organization, "IV", "TỔ CHỨC THỰC HIỆN", null, SourceSpan.At(file, 1), [.. items.Select(Number)], []);
        var doc = new ProgramDocument { Path = file, Slug = slug, Kind = ProgramKind.Program, Issuer = issuer, Sections = [section], Tables = [], LineCount = n };
        return doc with { Assignments = AssignmentExtractor.Extract(doc, BodyRegistry.Default) };
    }

    private static Dictionary<string, Checklist> Build(params ProgramDocument[] docs) =>
        ChecklistBuilder.Build(new Corpus([.. docs], BodyRegistry.Default, new SiteConfig(), new DateOnly(2024, 6, 15))).ToDictionary(c => c.Body.Id);

    private static List<string> Rows(Checklist c, string slug) =>
        [.. c.Groups.Single(g => g.ProgramSlug == slug).Entries.Select(e => $"{e.ItemId} {e.RoleDetail}")];

    [Fact]
    public void Each_member_gets_what_names_it_and_what_names_no_member_through_the_group()
    {
        var lists = Build(Doc("ha-noi", HaNoi));
        const string via = "Chủ trì (qua Các ban xây dựng Đảng của Thành ủy Hà Nội)";
        // The last item has two subjects, a member and the heading's group itself (under another of its names): the member
        // leads it, and every other member gets it through the group.
        Assert.Equal(["i-2 " + via, "i-3 Chủ trì", "i-6 " + via], Rows(lists["ban-noi-chinh-thanh-uy-ha-noi"], "ha-noi"));
        Assert.Equal(["i-2 " + via, "i-4 Chủ trì", "i-6 " + via], Rows(lists["ban-tuyen-giao-thanh-uy-ha-noi"], "ha-noi"));
        // Two members named as lead of one item: both lead it.
        Assert.Equal(["i-2 " + via, "i-5 Chủ trì", "i-6 " + via], Rows(lists["ban-to-chuc-thanh-uy-ha-noi"], "ha-noi"));
        Assert.Equal(["i-2 " + via, "i-5 Chủ trì", "i-6 " + via], Rows(lists["ban-dan-van-thanh-uy-ha-noi"], "ha-noi"));
        Assert.Equal(["i-2 " + via, "i-6 Chủ trì"], Rows(lists["uy-ban-kiem-tra-thanh-uy-ha-noi"], "ha-noi"));
        // Named as cooperating: Văn phòng cooperates on Ban Nội chính's item, and leads nothing another member leads.
        Assert.Equal(["i-2 " + via, "i-3 Phối hợp", "i-6 " + via], Rows(lists["van-phong-thanh-uy-ha-noi"], "ha-noi"));
        Assert.Equal(["i-2 Chủ trì", "i-6 Chủ trì"], Rows(lists["cac-ban-xay-dung-dang-cua-thanh-uy-ha-noi"], "ha-noi"));
    }

    [Fact]
    public void Two_committees_with_the_same_body_names_keep_their_own_checklists()
    {
        var lists = Build(Doc("ha-noi", HaNoi), Doc("can-tho", CanTho));
        Assert.Equal(["ha-noi"], lists["ban-noi-chinh-thanh-uy-ha-noi"].Groups.Select(g => g.ProgramSlug));
        Assert.Equal(["can-tho"], lists["ban-noi-chinh-thanh-uy-can-tho"].Groups.Select(g => g.ProgramSlug));
        Assert.Equal("Thành ủy Cần Thơ", lists["ban-noi-chinh-thanh-uy-can-tho"].Committee);
    }

    [Fact]
    public void A_document_whose_issuer_is_unknown_keeps_its_bodies_apart_from_a_known_committees()
    {
        var lists = Build(Doc("ha-noi", HaNoi), Doc("khong-ro", null));
        Assert.Equal(["ha-noi"], lists["ban-noi-chinh-thanh-uy-ha-noi"].Groups.Select(g => g.ProgramSlug));
        Assert.Equal(["ha-noi"], lists["van-phong-thanh-uy-ha-noi"].Groups.Select(g => g.ProgramSlug));
        // Its bodies are shown as written, relative to a committee it does not name, each with its own checklist.
        var relative = lists.Values.Where(c => c.Groups.Any(g => g.ProgramSlug == "khong-ro")).ToList();
        Assert.NotEmpty(relative);
        Assert.All(relative, c => Assert.Equal(["khong-ro"], c.Groups.Select(g => g.ProgramSlug)));
        Assert.Contains(relative, c => c.BodyName == "Ban Nội chính Thành ủy");
    }
}
