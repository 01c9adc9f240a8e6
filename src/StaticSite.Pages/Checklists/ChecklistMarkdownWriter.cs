namespace StaticSite.Pages;

/// <summary>Writes a <see cref="Checklist"/> as a Markdown task list.</summary>
internal static class ChecklistMarkdownWriter
{
    public static (MarkdownPage, PageText) Write(Checklist checklist, SitePlan plan)
    {
        var page = new PageText(checklist.Path, plan);
        page.Heading(1, MarkdownText.EscapeInline(checklist.Title), SitePlan.Anchors.Title);
        page.Line($"- **Cơ quan:** {page.Link(MarkdownText.EscapeInline(checklist.BodyName), checklist.BodyPath)}");
        if (checklist.Committee is not null) page.Line($"- **Thuộc:** {MarkdownText.EscapeInline(checklist.Committee)}");
        page.Line($"- **Ngày lập:** {MarkdownText.Date(checklist.BuildDate)}");
        page.Line($"- **Số chương trình:** {checklist.ProgramCount}");
        var statuses = checklist.StatusCounts();
        page.Line($"- **Số nhiệm vụ:** {checklist.ItemCount} (chủ trì: {checklist.LeadCount}; phối hợp: {checklist.ItemCount - checklist.LeadCount}; "
            + $"quá hạn: {statuses[DeadlineStatus.Overdue]}; trong 30 ngày: {statuses[DeadlineStatus.DueSoon]}; thường xuyên: {checklist.RecurringCount})");
        page.Line();
        // The rows of the printed sheet (Checklist.Rows): STT, nhiệm vụ, then thời hạn, vai trò (who leads a task it
        // cooperates on), nguồn (program number and date, item, where it stands) under each.
        foreach (var part in checklist.Rows().GroupBy(r => r.Group))
        {
            var group = part.Key;
            page.Heading(2, page.Link(MarkdownText.EscapeInline(group.ProgramTitle), group.ProgramPath), group.Anchor);
            foreach (var (number, _, entry) in part)
            {
                var marker = entry.Marker.Length == 0 ? "" : $"**{MarkdownText.EscapeInline(entry.Marker)}** ";
                page.Line($"- [ ] {number}. {marker}{MarkdownText.EscapeInline(entry.Text)}\\");
                var flags = (entry.IsOverdue ? " · **Quá hạn**" : "") + (entry.IsRecurring ? " · *Thường xuyên*" : "") + (entry.IsConditional ? " · *Có điều kiện*" : "");
                var role = entry.RoleLabel.ToLowerInvariant() + (entry.Via is null ? "" : $" (qua {entry.Via})") + (entry.LeadDetail.Length == 0 ? "" : $"; {entry.LeadDetail}");
                var source = group.SourceLabel + (entry.Marker.Length > 0 ? ", mục " + entry.Marker.TrimEnd('.') : "");
                var where = entry.Context.Length == 0 ? "Xem nhiệm vụ" : entry.Context;
                page.Line($"  Thời hạn: {MarkdownText.EscapeInline(entry.DeadlineLabel)} · Vai trò: {MarkdownText.EscapeInline(role)}{flags} · "
                    + $"Nguồn: {MarkdownText.EscapeInline(source)}, {page.Link(MarkdownText.EscapeInline(where), group.ProgramPath, entry.ItemId)}");
            }
            page.Line();
        }
        var description = $"{checklist.ItemCount} nhiệm vụ của {checklist.BodyName} trong {checklist.ProgramCount} chương trình, lập ngày {MarkdownText.Date(checklist.BuildDate)}.";
        return (new MarkdownPage(checklist.Path, PageKind.Checklist, checklist.Title, description,
            [new Breadcrumb("Trang chủ", PagePaths.Index), new Breadcrumb(checklist.BodyName, checklist.BodyPath), new Breadcrumb("Danh sách kiểm tra", null)],
            checklist.BuildDate, null, ""), page);
    }
}
