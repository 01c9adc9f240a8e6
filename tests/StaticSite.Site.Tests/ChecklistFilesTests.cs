using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ical.Net;
using MiniExcelLibs;

namespace StaticSite.Site.Tests;

/// <summary>
/// The files offices take beside the printed sheet, read back by the libraries that read them: every checklist's
/// <c>.xlsx</c> (MiniExcel) has the rows of its HTML page, and its <c>.ics</c> (Ical.Net) one all-day event on the last
/// day of each dated row.
/// </summary>
public sealed class ChecklistFilesTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private sealed record HtmlRow(int Number, string Task, string Role, string Deadline, string? Due, string ItemId);

    private IEnumerable<string> ChecklistPages() =>
        Directory.EnumerateFiles(Path.Combine(site.Output, "checklists"), "*.html").Where(f => Path.GetFileName(f) != "index.html").Order(StringComparer.Ordinal);

    private static List<HtmlRow> Rows(string htmlFile)
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(htmlFile));
        return [.. document.QuerySelectorAll("tr[data-source-line]").Select(tr =>
        {
            var task = (IElement)tr.QuerySelector("td.col-task")!.Clone();
            foreach (var context in task.QuerySelectorAll(".entry-context").ToList()) context.Remove();
            var role = tr.QuerySelector("td.col-role")!.ChildNodes.OfType<IText>().First(t => t.Text.Trim().Length > 0).Text;
            var href = tr.QuerySelector("td.col-source a")!.GetAttribute("href")!;
            return new HtmlRow(int.Parse(tr.QuerySelector("td.col-stt")!.TextContent, System.Globalization.CultureInfo.InvariantCulture),
                Collapse(task.TextContent), Collapse(role), Collapse(tr.QuerySelector("td.col-deadline span")!.TextContent),
                tr.GetAttribute("data-due") is { Length: > 0 } due ? due : null, href[(href.IndexOf('#') + 1)..]);
        })];
    }

    private static string Collapse(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();

    [Fact]
    public void Every_spreadsheet_has_the_rows_of_its_page()
    {
        var checked_ = 0;
        foreach (var page in ChecklistPages())
        {
            var html = Rows(page);
            var sheet = MiniExcel.Query(Path.ChangeExtension(page, ".xlsx"), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
            var name = Path.GetFileName(page);
            Assert.True(html.Count > 0, $"{name}: no rows");
            // A checklist with no task would still have its header; the sample's all have tasks, so the counts match.
            Assert.Equal(html.Count, sheet.Count);
            Assert.Equal(StaticSite.Pages.ChecklistFiles.Columns, sheet[0].Keys);
            for (var i = 0; i < html.Count; i++)
            {
                var (row, cells) = (html[i], sheet[i]);
                var where = $"{name} STT {row.Number}";
                Assert.Equal(i + 1, row.Number);
                Assert.Equal(row.Number, Convert.ToInt32(cells["STT"], System.Globalization.CultureInfo.InvariantCulture));
                Assert.True(Collapse($"{cells["Nhiệm vụ"]}") == row.Task, $"{where}: sheet «{cells["Nhiệm vụ"]}», page «{row.Task}»");
                Assert.StartsWith(row.Role, $"{cells["Vai trò"]}", StringComparison.Ordinal);
                Assert.Equal(row.Deadline, Collapse($"{cells["Thời hạn"]}"));
                checked_++;
            }
        }
        Assert.True(checked_ > 100, $"only {checked_} rows compared");
    }

    [Fact]
    public void Every_calendar_has_an_all_day_event_on_the_last_day_of_each_dated_row()
    {
        var events = 0;
        foreach (var page in ChecklistPages())
        {
            var name = Path.GetFileName(page);
            var dated = Rows(page).Where(r => r.Due is not null).ToList();
            var calendar = Calendar.Load(File.ReadAllText(Path.ChangeExtension(page, ".ics")))!;
            var slug = Path.GetFileNameWithoutExtension(page);
            Assert.Equal(dated.Select(r => $"{slug}-{r.ItemId}@staticsite"), calendar.Events.Select(e => e.Uid));
            foreach (var (row, e) in dated.Zip(calendar.Events))
            {
                var where = $"{name} STT {row.Number}";
                Assert.False(e.DtStart!.HasTime, $"{where}: not an all-day event");
                Assert.Equal(row.Due, e.DtStart.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(e.DtStart.Date.AddDays(1), e.DtEnd!.Date);
                Assert.EndsWith("hạn " + row.Deadline, e.Summary, StringComparison.Ordinal);
                Assert.Contains("Thời hạn: " + row.Deadline, e.Description, StringComparison.Ordinal);
                events++;
            }
        }
        Assert.True(events > 10, $"only {events} events compared");
    }

    [Fact]
    public void The_deadline_calendar_has_every_dated_row_of_every_checklist_once_under_its_month()
    {
        var calendar = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "deadlines.html")));
        var rows = calendar.QuerySelectorAll("tr[data-bodies]").Select(tr => (
            Source: tr.QuerySelector("td.col-source a")!.GetAttribute("href")!,
            Due: tr.QuerySelector("time")!.GetAttribute("datetime")!,
            Bodies: tr.GetAttribute("data-bodies")!.Split(' '),
            Month: tr.Closest("section")!.Id)).ToList();
        Assert.Equal(rows.Count, rows.Select(r => r.Source).Distinct(StringComparer.Ordinal).Count());
        Assert.All(rows, r => Assert.Equal("thang-" + r.Due[..7], r.Month));
        Assert.Equal(rows.Select(r => r.Due).Order(StringComparer.Ordinal), rows.Select(r => r.Due));
        var expected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in ChecklistPages())
        {
            var slug = Path.GetFileNameWithoutExtension(page);
            var document = new HtmlParser().ParseDocument(File.ReadAllText(page));
            foreach (var tr in document.QuerySelectorAll("tr[data-due]").Where(t => t.GetAttribute("data-due") is { Length: > 0 }))
            {
                // The checklist links ../programs/x.html#item, the calendar (at the root) programs/x.html#item.
                var source = tr.QuerySelector("td.col-source a")!.GetAttribute("href")!.Replace("../", "", StringComparison.Ordinal);
                expected.Add(source);
                var row = rows.SingleOrDefault(r => r.Source == source);
                Assert.True(row.Source is not null, $"{slug}: {source} is not on the calendar");
                Assert.Equal(tr.GetAttribute("data-due"), row.Due);
                Assert.Contains(slug, row.Bodies);
            }
        }
        Assert.Equal(expected.Order(StringComparer.Ordinal), rows.Select(r => r.Source).Order(StringComparer.Ordinal));
        Assert.True(rows.Count > 10, $"only {rows.Count} dated tasks");
    }

    [Fact]
    public void The_body_page_offers_its_checklist_files_and_counts_its_tasks_by_role_and_deadline()
    {
        foreach (var page in ChecklistPages())
        {
            var slug = Path.GetFileNameWithoutExtension(page);
            var body = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "bodies", slug + ".html")));
            var links = body.QuerySelectorAll(".downloads a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal([$"../checklists/{slug}.html", $"../checklists/{slug}.xlsx", $"../checklists/{slug}.ics"], links);
            var text = Collapse(body.QuerySelector("main")!.TextContent);
            var checklist = new HtmlParser().ParseDocument(File.ReadAllText(page));
            var total = checklist.QuerySelectorAll("tr[data-source-line]").Length;
            var leads = checklist.QuerySelectorAll("td.col-role").Count(td => td.TextContent.TrimStart().StartsWith("Chủ trì", StringComparison.Ordinal));
            Assert.Contains($"Số nhiệm vụ: {total} (chủ trì: {leads}; phối hợp: {total - leads})", text);
            var overdue = checklist.QuerySelectorAll("tr.row-overdue").Length;
            Assert.Matches($@"Theo thời hạn, tính đến ngày \d\d/\d\d/\d{{4}}: quá hạn: {overdue}; trong 30 ngày: \d+; sau đó: \d+; không nêu thời hạn: \d+", text);
        }
    }
}
