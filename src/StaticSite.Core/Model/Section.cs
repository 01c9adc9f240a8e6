using System.Collections.Immutable;

namespace StaticSite.Model;

/// <summary>Mục: a structural division (Phần thứ, I./II., A./B.) with a role.</summary>
/// <param name="Id">Stable anchor, unique within the document (<c>s-3</c>, <c>s-3-1</c>).</param>
/// <param name="Level">Which kind of division this is.</param>
/// <param name="Role">Vai trò: what the section is for.</param>
/// <param name="Number">Numbering as written (<c>III</c>, <c>A</c>, <c>Phần thứ ba</c>); null when unnumbered.</param>
/// <param name="Heading">Heading as written (NFC, emphasis removed, without the number).</param>
/// <param name="RoleMatch">The role pattern the heading was accepted by (e.g. <c>tổ chức thực hiện</c>); null for role Other.</param>
/// <param name="Span">The heading line(s).</param>
/// <param name="Items">Items directly in the section, in order.</param>
/// <param name="Sections">Sub-sections, in order, after the items.</param>
public sealed record Section(
    string Id,
    SectionLevel Level,
    SectionRole Role,
    string? Number,
    string Heading,
    string? RoleMatch,
    SourceSpan Span,
    ImmutableArray<Item> Items,
    ImmutableArray<Section> Sections)
{
    /// <summary>This section and all below it, depth first.</summary>
    public IEnumerable<Section> SelfAndDescendants() => Sections.SelectMany(s => s.SelfAndDescendants()).Prepend(this);
}

/// <summary>Kinds of structural division.</summary>
public enum SectionLevel
{
    /// <summary>Phần thứ nhất / hai / ba.</summary>
    Part,
    /// <summary>Roman numeral: I, II, III.</summary>
    Roman,
    /// <summary>Letter block: A., B.</summary>
    Letter,
    /// <summary>Phụ lục (appendix).</summary>
    Appendix,
}

/// <summary>Vai trò của mục.</summary>
public enum SectionRole
{
    /// <summary>Anything else.</summary>
    Other,
    /// <summary>Mục đích, yêu cầu.</summary>
    Purpose,
    /// <summary>Quan điểm.</summary>
    Viewpoints,
    /// <summary>Mục tiêu, chỉ tiêu.</summary>
    Objectives,
    /// <summary>Nhiệm vụ, giải pháp.</summary>
    Tasks,
    /// <summary>Tổ chức thực hiện (and Phân công thực hiện).</summary>
    Organization,
    /// <summary>Lộ trình triển khai thực hiện.</summary>
    Roadmap,
    /// <summary>Đánh giá kết quả, kết quả đạt được, hạn chế.</summary>
    Assessment,
    /// <summary>Kinh phí, vốn đầu tư.</summary>
    Funding,
    /// <summary>Chế độ báo cáo.</summary>
    Reporting,
    /// <summary>Phụ lục.</summary>
    Appendix,
}
