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
}
