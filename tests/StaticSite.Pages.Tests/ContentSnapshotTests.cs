using StaticSite.Config;
using StaticSite.Reading;
using StaticSite.Tests;

namespace StaticSite.Pages.Tests;

/// <summary>Approved pages of the sample content (read by the real reader), build date fixed so overdue marks repeat.</summary>
public sealed class ContentSnapshotTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, MarkdownPage>> Pages = new(() =>
        MarkdownSiteWriter.Write(ContentReader.Load(new SiteConfig { BuildDate = "2024-01-01" }, TestPaths.Content)).ToDictionary(p => p.Path));

    [Fact] public void Program_page() => Snapshot.Verify("pages", "content-program-004", Pages.Value["programs/004-ab5e45f9e3a49525.md"].FileText, "md");
    [Fact] public void Body_page() => Snapshot.Verify("pages", "content-body-van-phong-thanh-uy-can-tho", Pages.Value["bodies/van-phong-thanh-uy-can-tho.md"].FileText, "md");
    [Fact] public void Reference_page() => Snapshot.Verify("pages", "content-reference-08-kl-btctw", Pages.Value["references/08-kl-btctw.md"].FileText, "md");
    [Fact] public void Checklist_page() => Snapshot.Verify("pages", "content-checklist-van-phong-thanh-uy-can-tho", Pages.Value["checklists/van-phong-thanh-uy-can-tho.md"].FileText, "md");

    // The five departments under "5. Các Ban Đảng và Văn phòng Thành ủy" of 001 (issue 12): each list read line by line
    // against 001 and the other samples; a member's own lead rows are the items that name it, the rest come through the group.
    [Theory]
    [InlineData("ban-noi-chinh-thanh-uy-ha-noi")]
    [InlineData("ban-tuyen-giao-thanh-uy-ha-noi")]
    [InlineData("ban-to-chuc-thanh-uy-ha-noi")]
    [InlineData("uy-ban-kiem-tra-thanh-uy-ha-noi")]
    [InlineData("van-phong-thanh-uy-ha-noi")]
    public void Ha_Noi_department_checklist(string body) =>
        Snapshot.Verify("pages", "content-checklist-" + body, Pages.Value[$"checklists/{body}.md"].FileText, "md");
}
