using StaticSite.Model;
using StaticSite.Text;

namespace StaticSite.Reading;

/// <summary>
/// Decides a section's role from its heading, tolerantly: case-, accent-spelling- and white-space-insensitive
/// (headings are folded), and tolerant of the recognition errors of the genre (<c>CÀI CÁCH</c>, <c>Phân thứ</c>).
/// Returns the pattern it accepted so that the validator and the pages can say which heading was taken for what.
/// </summary>
public static class SectionRoles
{
    // Order matters: the first pattern found in the heading wins. Each entry: folded pattern, role, the pattern as shown to people.
    private static readonly (string Pattern, SectionRole Role, string Shown)[] Patterns =
    [
        ("to chuc thuc hien", SectionRole.Organization, "tổ chức thực hiện"),
        ("phan cong thuc hien", SectionRole.Organization, "phân công thực hiện"),
        ("phan cong nhiem vu", SectionRole.Organization, "phân công nhiệm vụ"),
        ("trach nhiem thuc hien", SectionRole.Organization, "trách nhiệm thực hiện"),
        ("lo trinh", SectionRole.Roadmap, "lộ trình"),
        ("tien do thuc hien", SectionRole.Roadmap, "tiến độ thực hiện"),
        ("phu luc", SectionRole.Appendix, "phụ lục"),
        ("kinh phi", SectionRole.Funding, "kinh phí"),
        ("von dau tu", SectionRole.Funding, "vốn đầu tư"),
        ("nguon von", SectionRole.Funding, "nguồn vốn"),
        ("che do bao cao", SectionRole.Reporting, "chế độ báo cáo"),
        ("danh gia ket qua", SectionRole.Assessment, "đánh giá kết quả"),
        ("ket qua dat duoc", SectionRole.Assessment, "kết quả đạt được"),
        ("ket qua thuc hien", SectionRole.Assessment, "kết quả thực hiện"),
        ("muc dich", SectionRole.Purpose, "mục đích"),
        ("muc tieu, chi tieu, yeu cau", SectionRole.Purpose, "mục tiêu, chỉ tiêu, yêu cầu"),
        ("muc tieu, yeu cau", SectionRole.Purpose, "mục tiêu, yêu cầu"),
        ("quan diem", SectionRole.Viewpoints, "quan điểm"),
        ("nhiem vu", SectionRole.Tasks, "nhiệm vụ"),
        ("giai phap", SectionRole.Tasks, "giải pháp"),
        ("noi dung", SectionRole.Tasks, "nội dung"),
        ("han che", SectionRole.Assessment, "hạn chế"),
        ("danh gia", SectionRole.Assessment, "đánh giá"),
        ("muc tieu", SectionRole.Objectives, "mục tiêu"),
        ("chi tieu", SectionRole.Objectives, "chỉ tiêu"),
        ("yeu cau", SectionRole.Purpose, "yêu cầu"),
    ];

    /// <summary>The role of <paramref name="heading"/> and the pattern that decided it; (Other, null) when none fits.</summary>
    public static (SectionRole Role, string? Match) Classify(string heading)
    {
        // A heading that opens with a role's words is that role, whatever follows
        // ("TỔ CHỨC THỰC HIỆN"); only then is a role word anywhere in it enough.
        var folded = VietnameseText.Fold(heading);
        foreach (var (pattern, role, shown) in Patterns)
            if (folded.StartsWith(pattern, StringComparison.Ordinal))
                return (role, shown);
        foreach (var (pattern, role, shown) in Patterns)
            if (folded.Contains(pattern, StringComparison.Ordinal))
                return (role, shown);
        return (SectionRole.Other, null);
    }

    /// <summary>Like <see cref="Classify"/>, but a heading that names roles of more than one kind (a part that holds several sections) gets Other.</summary>
    public static (SectionRole Role, string? Match) ClassifyPart(string heading)
    {
        var folded = VietnameseText.Fold(heading);
        var roles = Patterns.Where(p => folded.Contains(p.Pattern, StringComparison.Ordinal)).Select(p => p.Role).Distinct().ToList();
        if (roles.Contains(SectionRole.Purpose) && roles.Contains(SectionRole.Objectives)) roles.Remove(SectionRole.Objectives);
        return roles.Count == 1 ? Classify(heading) : (SectionRole.Other, null);
    }
}
