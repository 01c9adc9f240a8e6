using System.Collections.Immutable;
using StaticSite.Model;
using StaticSite.Text;

namespace StaticSite.Pages;

/// <summary>
/// Lịch thời hạn: every dated task of the corpus once, by the month of its last day, with the bodies it is given to, so
/// an office sees what falls due when and a department can keep to its own rows. Built from the checklists (the one
/// decision of who does what and by when): O(their rows).
/// </summary>
/// <param name="ListDate">The date the list is made on (overdue marks are relative to it).</param>
/// <param name="Months">Months in order, each with its tasks by due day.</param>
/// <param name="Bodies">Every body that has a dated task, in Vietnamese order: the filter's choices.</param>
public sealed record DeadlineCalendar(DateOnly ListDate, ImmutableArray<DeadlineMonth> Months, ImmutableArray<DeadlineBody> Bodies)
{
    /// <summary>Number of dated tasks.</summary>
    public int TaskCount => Months.Sum(m => m.Tasks.Length);

    /// <summary>The calendar of <paramref name="checklists"/> (all made on the same date).</summary>
    public static DeadlineCalendar Build(IReadOnlyList<Checklist> checklists, DateOnly listDate)
    {
        var tasks = new Dictionary<(string Program, string Item), (ChecklistRow Row, List<DeadlineAssignee> Bodies)>();
        var bodies = new Dictionary<string, DeadlineBody>(StringComparer.Ordinal);
        foreach (var checklist in checklists)
            foreach (var row in checklist.Rows())
            {
                if (row.Entry.DueDay is null) continue;
                var key = (row.Group.ProgramSlug, row.Entry.ItemId);
                if (!tasks.TryGetValue(key, out var task)) tasks[key] = task = (row, []);
                task.Bodies.Add(new DeadlineAssignee(checklist.Slug, checklist.BodyName, row.Entry.Role, row.Entry.Via));
                bodies.TryAdd(checklist.Slug, new DeadlineBody(checklist.Slug, checklist.BodyName, checklist.Committee, checklist.BodyPath));
            }
        var months = tasks.Values
            .Select(t => new DeadlineTask(t.Row.Entry, t.Row.Group,
                [.. t.Bodies.OrderBy(b => b.Role).ThenBy(b => b.Name, VietnameseText.Order).ThenBy(b => b.Slug, StringComparer.Ordinal)]))
            .OrderBy(t => t.Due).ThenBy(t => t.Group.ProgramSlug, StringComparer.Ordinal).ThenBy(t => t.Entry.Span.Line).ThenBy(t => t.Entry.ItemId, StringComparer.Ordinal)
            .GroupBy(t => (t.Due.Year, t.Due.Month))
            .Select(g => new DeadlineMonth(g.Key.Year, g.Key.Month, [.. g]))
            .ToImmutableArray();
        return new DeadlineCalendar(listDate, months,
            [.. bodies.Values.OrderBy(b => b.Name, VietnameseText.Order).ThenBy(b => b.Committee ?? "", VietnameseText.Order).ThenBy(b => b.Slug, StringComparer.Ordinal)]);
    }
}

/// <summary>One month of the calendar.</summary>
/// <param name="Year">Năm.</param>
/// <param name="Month">Tháng, 1–12.</param>
/// <param name="Tasks">Its tasks by due day.</param>
public sealed record DeadlineMonth(int Year, int Month, ImmutableArray<DeadlineTask> Tasks)
{
    /// <summary><c>Tháng 3/2027</c>.</summary>
    public string Label => $"Tháng {Month}/{Year}";

    /// <summary>Anchor of the month (<c>thang-2027-03</c>).</summary>
    public string Anchor => $"thang-{Year:D4}-{Month:D2}";
}

/// <summary>A dated task and who it is given to.</summary>
/// <param name="Entry">The task (text, deadline, where it stands).</param>
/// <param name="Group">Its program.</param>
/// <param name="Bodies">The bodies given it: those that lead first, each in Vietnamese order.</param>
public sealed record DeadlineTask(ChecklistEntry Entry, ChecklistGroup Group, ImmutableArray<DeadlineAssignee> Bodies)
{
    /// <summary>The last day.</summary>
    public DateOnly Due => Entry.DueDay!.Value;

    /// <summary>Where it stands on <paramref name="listDate"/>.</summary>
    public DeadlineStatus Status(DateOnly listDate) => Entry.Status(listDate);
}

/// <summary>A body given a dated task.</summary>
/// <param name="Slug">Slug of the body (its body page and checklist).</param>
/// <param name="Name">Tên cơ quan.</param>
/// <param name="Role">Chủ trì or phối hợp.</param>
/// <param name="Via">The group it gets the task through, or null.</param>
public sealed record DeadlineAssignee(string Slug, string Name, AssignmentRole Role, string? Via);

/// <summary>A body of the filter.</summary>
/// <param name="Slug">Slug of the body.</param>
/// <param name="Name">Tên cơ quan.</param>
/// <param name="Committee">Its committee, when known.</param>
/// <param name="BodyPath">Its body page, relative to the Markdown root.</param>
public sealed record DeadlineBody(string Slug, string Name, string? Committee, string BodyPath);
