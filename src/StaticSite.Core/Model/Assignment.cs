using System.Collections.Immutable;

namespace StaticSite.Model;

/// <summary>Phân công: one body's responsibility for a set of items.</summary>
/// <param name="Body">The body as written and as resolved.</param>
/// <param name="Role">Chủ trì (lead) or phối hợp (cooperate).</param>
/// <param name="Source">How the assignment was read.</param>
/// <param name="Items">The items assigned, in source order.</param>
/// <param name="Span">Where the body is named.</param>
public sealed record Assignment(BodyRef Body, AssignmentRole Role, AssignmentSource Source, ImmutableArray<Item> Items, SourceSpan Span)
{
    /// <summary>
    /// The id of the block heading item: for <see cref="AssignmentSource.Heading"/> the heading that names the body; for
    /// an assignment read from a sentence or an organization item, the body heading the item stands under; null outside
    /// a body block. <see cref="IsBodyHeading"/> is the one answer to "is this item a body heading".
    /// </summary>
    public string? HeadingItem { get; init; }

    /// <summary>True when <paramref name="item"/> is the heading that names this assignment's body (<c>2.5. Ban Tổ chức Thành ủy</c>): a block's title, not a task.</summary>
    public bool IsBodyHeading(Item item) => Source == AssignmentSource.Heading && HeadingItem == item.Id;

    /// <summary>The ids of the body headings of <paramref name="assignments"/> (<c>2.5. Ban Tổ chức Thành ủy</c>): the items that title a block and are not tasks.</summary>
    public static IReadOnlySet<string> BodyHeadings(IEnumerable<Assignment> assignments) =>
        assignments.Where(a => a.Source == AssignmentSource.Heading && a.HeadingItem is not null).Select(a => a.HeadingItem!).ToHashSet(StringComparer.Ordinal);
}

/// <summary>Vai trò trong phân công.</summary>
public enum AssignmentRole
{
    /// <summary>Chủ trì.</summary>
    Lead,
    /// <summary>Phối hợp.</summary>
    Cooperate,
}

/// <summary>Where an assignment was read from.</summary>
public enum AssignmentSource
{
    /// <summary>A numbered heading that is a body name (<c>2.5. Ban Tổ chức Thành ủy</c>).</summary>
    Heading,
    /// <summary>A sentence (<c>Ban Tuyên giáo Thành ủy chủ trì, phối hợp với ...</c>).</summary>
    Sentence,
    /// <summary>An appendix table column (<c>Cơ quan chủ trì</c>, <c>Cơ quan phối hợp</c>).</summary>
    TableColumn,
    /// <summary>An item of the organization section that opens with a body name.</summary>
    OrganizationItem,
}

/// <summary>Cơ quan, đơn vị: a body as written and as resolved against the registry and the issuer.</summary>
/// <param name="AsWritten">The name as it appears in the text (NFC).</param>
/// <param name="Id">Stable slug of the resolved body, unique across committees (<c>ban-to-chuc-thanh-uy-can-tho</c>).</param>
/// <param name="Name">Canonical full name (<c>Ban Tổ chức Thành ủy Cần Thơ</c>).</param>
/// <param name="Function">The body's function, the same across committees (<c>ban-to-chuc</c>); used to align two programs.</param>
/// <param name="Committee">The committee the body belongs to (<c>Thành ủy Cần Thơ</c>); null when not relative to one.</param>
/// <param name="IsKnown">True when the registry knows the body; false for a name taken as written.</param>
/// <param name="IsGroup">True for a group of bodies (<c>Các ban xây dựng Đảng của Thành ủy</c>).</param>
/// <param name="Members">For a group, the function keys it covers.</param>
public sealed record BodyRef(
    string AsWritten,
    string Id,
    string Name,
    string Function,
    string? Committee,
    bool IsKnown,
    bool IsGroup,
    ImmutableArray<string> Members);
