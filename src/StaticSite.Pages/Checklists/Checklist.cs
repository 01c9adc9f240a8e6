using System.Collections.Immutable;
using StaticSite.Model;

namespace StaticSite.Pages;

/// <summary>
/// Danh sách kiểm tra: everything one body leads or joins, from all programs, for printing and ticking off. The one
/// model behind <c>checklists/&lt;body&gt;.md</c> and the site's <c>checklists/&lt;body&gt;.html</c>.
/// </summary>
/// <param name="Slug">Slug of the body (the same as its body page).</param>
/// <param name="Body">The body as first named.</param>
/// <param name="BuildDate">Ngày lập: the build date (overdue marks are relative to it).</param>
/// <param name="Groups">One group per program, in corpus order.</param>
public sealed record Checklist(string Slug, BodyRef Body, DateOnly BuildDate, ImmutableArray<ChecklistGroup> Groups)
{
    /// <summary>Path of the Markdown page (<c>checklists/&lt;slug&gt;.md</c>), relative to the Markdown root.</summary>
    public string Path => PagePaths.Checklist(Slug);

    /// <summary>Path of the body page, relative to the Markdown root.</summary>
    public string BodyPath => PagePaths.Body(Slug);

    /// <summary>Tên cơ quan.</summary>
    public string BodyName => Body.Name;

    /// <summary>The committee the body belongs to, when known.</summary>
    public string? Committee => Body.Committee;

    /// <summary>Số chương trình.</summary>
    public int ProgramCount => Groups.Length;

    /// <summary>Số nhiệm vụ.</summary>
    public int ItemCount => Groups.Sum(g => g.Entries.Length);

    /// <summary>Số nhiệm vụ quá hạn.</summary>
    public int OverdueCount => Groups.Sum(g => g.Entries.Count(e => e.IsOverdue));

    /// <summary>Số nhiệm vụ thường xuyên.</summary>
    public int RecurringCount => Groups.Sum(g => g.Entries.Count(e => e.IsRecurring));

    /// <summary>Page title: <c>Danh sách kiểm tra: Ban Tổ chức Thành ủy Cần Thơ</c>.</summary>
    public string Title => $"Danh sách kiểm tra: {Body.Name}";

    /// <summary>Every row in print order, numbered 1, 2, … across the programs (STT): the one numbering of the page, the PDF, the spreadsheet and the calendar.</summary>
    public IEnumerable<ChecklistRow> Rows()
    {
        var number = 0;
        foreach (var group in Groups)
            foreach (var entry in group.Entries)
                yield return new ChecklistRow(++number, group, entry);
    }

    /// <summary>Số nhiệm vụ chủ trì (own or through a group).</summary>
    public int LeadCount => Groups.Sum(g => g.Entries.Count(e => e.Role == AssignmentRole.Lead));

    /// <summary>The rows by deadline status against <see cref="BuildDate"/>: quá hạn, trong 30 ngày, sau đó, không nêu.</summary>
    public IReadOnlyDictionary<DeadlineStatus, int> StatusCounts() =>
        Enum.GetValues<DeadlineStatus>().ToDictionary(s => s, s => Groups.Sum(g => g.Entries.Count(e => e.Status(BuildDate) == s)));
}

/// <summary>One numbered row of a checklist.</summary>
/// <param name="Number">STT, from 1.</param>
/// <param name="Group">The program it comes from.</param>
/// <param name="Entry">The task.</param>
public sealed record ChecklistRow(int Number, ChecklistGroup Group, ChecklistEntry Entry);

/// <summary>Where a task's deadline stands against the date of the list.</summary>
public enum DeadlineStatus
{
    /// <summary>Quá hạn: the last day is before the date of the list.</summary>
    Overdue,

    /// <summary>Trong 30 ngày: due within 30 days from the date of the list.</summary>
    DueSoon,

    /// <summary>Sau đó: due later.</summary>
    Later,

    /// <summary>Không nêu: no date (none stated, thường xuyên, or on a condition).</summary>
    Undated,
}

/// <summary>The items of one program in a checklist.</summary>
/// <param name="ProgramSlug">Slug of the program.</param>
/// <param name="ProgramTitle">Title of the program.</param>
/// <param name="ProgramKind">Loại văn bản, in Vietnamese.</param>
/// <param name="Entries">Ordered by deadline: dated ones first, by their last day (an open period by its start); then the rest (none stated, standing, conditional) in source order.</param>
public sealed record ChecklistGroup(string ProgramSlug, string ProgramTitle, string ProgramKind, ImmutableArray<ChecklistEntry> Entries)
{
    /// <summary>Số hiệu of the program (<c>01-CTr/TU</c>), when it has one.</summary>
    public string? ProgramNumber { get; init; }

    /// <summary>Ngày ban hành of the program, when stated.</summary>
    public DateOnly? ProgramDate { get; init; }

    /// <summary>The program as a source is cited: <c>01-CTr/TU ngày 15/03/2023</c>; the kind when it has neither.</summary>
    public string SourceLabel => (ProgramNumber, ProgramDate) switch
    {
        ({ } n, { } d) => $"{n} ngày {MarkdownText.Date(d)}",
        ({ } n, null) => n,
        (null, { } d) => $"{ProgramKind} ngày {MarkdownText.Date(d)}",
        _ => ProgramKind,
    };

    /// <summary>Path of the program page, relative to the Markdown root.</summary>
    public string ProgramPath => PagePaths.Program(ProgramSlug);

    /// <summary>Anchor of the group's heading on the checklist page.</summary>
    public string Anchor => "p-" + ProgramSlug;
}

/// <summary>One item to tick off.</summary>
/// <param name="ItemId">The item's anchor on the program page.</param>
/// <param name="Marker">The numbering as written (<c>2.5.</c>, <c>a)</c>); empty for bullets and paragraphs.</param>
/// <param name="Text">The item's text.</param>
/// <param name="Role">Chủ trì or phối hợp (chủ trì when the body is named both ways).</param>
/// <param name="Deadline">Thời hạn, when stated.</param>
/// <param name="IsOverdue">True when the deadline's last day is before the build date.</param>
/// <param name="Context">Where the item stands: its section and the item above it (<c>III. NHIỆM VỤ VÀ GIẢI PHÁP › 2.5. Ban Tổ chức Thành ủy</c>).</param>
/// <param name="Span">Where the item stands in the source.</param>
public sealed record ChecklistEntry(string ItemId, string Marker, string Text, AssignmentRole Role, Deadline? Deadline, bool IsOverdue, string Context, SourceSpan Span)
{
    /// <summary>The group the body gets this item through (<c>Các ban xây dựng Đảng của Thành ủy Cần Thơ</c>); null when assigned to the body itself.</summary>
    public string? Via { get; init; }

    /// <summary>For a phối hợp task: the bodies that lead it (chủ trì), as first named; empty when none is named.</summary>
    public ImmutableArray<string> Leads { get; init; } = [];

    /// <summary>Vai trò with the group, if any: <c>Chủ trì (qua Các ban xây dựng Đảng của Thành ủy Cần Thơ)</c>.</summary>
    public string RoleDetail => Via is null ? RoleLabel : $"{RoleLabel} (qua {Via})";

    /// <summary>Who leads a task this body cooperates on: <c>Chủ trì: Ban Tuyên giáo Thành ủy</c>; empty for its own lead tasks.</summary>
    public string LeadDetail => Role == AssignmentRole.Cooperate && !Leads.IsEmpty ? "Chủ trì: " + string.Join("; ", Leads) : "";

    /// <summary>The day the task is due by: the last day of its date or period; null for none (undated, standing, conditional, open period).</summary>
    public DateOnly? DueDay => DueDayOf(Deadline);

    /// <summary><see cref="DueDay"/> of <paramref name="deadline"/>: the one rule for overdue marks, deadline counts and calendar days.</summary>
    public static DateOnly? DueDayOf(Deadline? deadline) =>
        deadline is { Kind: DeadlineKind.Date or DeadlineKind.DateRange, To: { } to } ? to : null;

    /// <summary>Where the deadline stands on <paramref name="listDate"/>.</summary>
    /// <remarks>An open period (<c>từ năm 2024</c>: a start, no end) is never due, so it counts as later.</remarks>
    public DeadlineStatus Status(DateOnly listDate) => (DueDay, Deadline) switch
    {
        ({ } due, _) => due < listDate ? DeadlineStatus.Overdue : due <= listDate.AddDays(30) ? DeadlineStatus.DueSoon : DeadlineStatus.Later,
        (null, { Kind: DeadlineKind.Date or DeadlineKind.DateRange, From: not null }) => DeadlineStatus.Later,
        _ => DeadlineStatus.Undated,
    };

    /// <summary>True for a standing duty (thường xuyên, hằng năm).</summary>
    public bool IsRecurring => Deadline?.Kind == DeadlineKind.Recurring;

    /// <summary>True for a deadline that depends on a condition.</summary>
    public bool IsConditional => Deadline?.Kind == DeadlineKind.Conditional;

    /// <summary>Vai trò: <c>Chủ trì</c> or <c>Phối hợp</c>.</summary>
    public string RoleLabel => Role == AssignmentRole.Lead ? "Chủ trì" : "Phối hợp";

    /// <summary>Thời hạn as written, or <c>Không nêu thời hạn</c>.</summary>
    public string DeadlineLabel => Deadline?.Text is { Length: > 0 } text ? text : "Không nêu thời hạn";
}
