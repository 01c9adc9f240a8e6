using System.IO.Compression;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using StaticSite.Model;

namespace StaticSite.Pages;

/// <summary>
/// A checklist as the files offices use beside the printed sheet: a spreadsheet (<c>.xlsx</c>, the page's columns, one
/// sheet, filters on) and a calendar (<c>.ics</c>, one all-day event per dated task). Both are the same rows as the page
/// (<see cref="Checklist.Rows"/>) and repeat byte for byte for the same checklist.
/// </summary>
public static partial class ChecklistFiles
{
    [System.Text.RegularExpressions.GeneratedRegex("\\bR[0-9a-f]{32}\\b")]
    private static partial System.Text.RegularExpressions.Regex RandomId();

    /// <summary>The spreadsheet's columns, in order: the checklist page's columns.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["STT", "Nhiệm vụ", "Vai trò", "Chủ trì", "Thời hạn", "Quá hạn", "Chương trình", "Mục", "Tình trạng", "Kết quả, ghi chú"];

    /// <summary>The cells of one row, under <see cref="Columns"/>.</summary>
    public static IReadOnlyList<object> Cells(ChecklistRow row)
    {
        var e = row.Entry;
        return
        [
            row.Number, e.Marker.Length > 0 ? $"{e.Marker} {e.Text}" : e.Text, e.RoleDetail, string.Join("; ", e.Leads),
            e.DeadlineLabel, e.IsOverdue ? "Quá hạn" : "", row.Group.SourceLabel, e.Marker.TrimEnd('.'), "", "",
        ];
    }

    /// <summary>The checklist as an <c>.xlsx</c> workbook: one sheet named for the list, a header row with filters, one row per task.</summary>
    public static byte[] Spreadsheet(Checklist checklist)
    {
        var rows = checklist.Rows().Select(r =>
        {
            var cells = Cells(r);
            var line = new Dictionary<string, object>(StringComparer.Ordinal);
            for (var i = 0; i < Columns.Count; i++) line[Columns[i]] = cells[i];
            return line;
        }).ToList();
        var configuration = new OpenXmlConfiguration { AutoFilter = true, FastMode = true, EnableAutoWidth = true };
        using var stream = new MemoryStream();
        if (rows.Count == 0) rows.Add(Columns.ToDictionary(c => c, _ => (object)"", StringComparer.Ordinal));
        stream.SaveAs(rows, sheetName: "Danh sách kiểm tra", excelType: ExcelType.XLSX, configuration: configuration);
        return Repeatable(stream.ToArray(), checklist.BuildDate);
    }

    // A zip stamps every entry with the time it was written; the same checklist must give the same bytes (incremental
    // builds, link checks), so every entry gets the date of the list.
    private static byte[] Repeatable(byte[] zip, DateOnly date)
    {
        using var stream = new MemoryStream();
        stream.Write(zip);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var stamp = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            // The writer names the package's relationships with random ids (R + 32 hex digits): renamed rId1, rId2, … in
            // order of first appearance, the same in every part that uses them.
            var ids = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in archive.Entries.ToList())
            {
                if (entry.FullName.EndsWith(".xml", StringComparison.Ordinal) || entry.FullName.EndsWith(".rels", StringComparison.Ordinal))
                {
                    string text;
                    using (var reader = new StreamReader(entry.Open())) text = reader.ReadToEnd();
                    var fixedText = RandomId().Replace(text, m => ids.TryGetValue(m.Value, out var id) ? id : ids[m.Value] = $"rId{ids.Count + 1}");
                    if (fixedText != text)
                    {
                        using var writer = entry.Open();
                        writer.SetLength(0);
                        var bytes = new System.Text.UTF8Encoding(true).GetBytes(fixedText);
                        writer.Write(bytes);
                    }
                }
                entry.LastWriteTime = stamp;
            }
        }
        return stream.ToArray();
    }

    /// <summary>
    /// The dated tasks of the checklist as an iCalendar: an all-day event on each task's last day; a period (quý II/2023)
    /// ends on its last day and its title and description say the period. Undated, standing and conditional tasks have no event.
    /// </summary>
    public static string Calendar(Checklist checklist, string siteTitle)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//StaticSite//Danh sach kiem tra//VI" };
        calendar.AddProperty("X-WR-CALNAME", checklist.Title);
        var stamp = new CalDateTime(checklist.BuildDate.ToDateTime(TimeOnly.MinValue), "UTC");
        foreach (var row in checklist.Rows())
        {
            if (row.Entry.DueDay is not { } due) continue;
            var deadline = row.Entry.Deadline!;
            var period = deadline.From is { } from && from != due ? $" (trong khoảng {MarkdownText.Date(from)}–{MarkdownText.Date(due)})" : "";
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{checklist.Slug}-{row.Entry.ItemId}@staticsite",
                DtStamp = stamp,
                DtStart = new CalDateTime(due),
                DtEnd = new CalDateTime(due.AddDays(1)),
                Summary = $"{(row.Entry.Marker.Length > 0 ? row.Entry.Marker + " " : "")}{Shorten(row.Entry.Text)} — hạn {deadline.Text}",
                Description = $"{row.Entry.Text}\n\nVai trò: {row.Entry.RoleDetail}{(row.Entry.LeadDetail.Length > 0 ? "; " + row.Entry.LeadDetail : "")}\n"
                    + $"Thời hạn: {deadline.Text}{period}\nNguồn: {row.Group.SourceLabel}\nDanh sách kiểm tra: {checklist.BodyName} ({siteTitle})",
            });
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    // At most 80 characters, cut at a space when there is one (a long unbroken run is cut where it stands).
    private static string Shorten(string text)
    {
        if (text.Length <= 80) return text;
        var space = text.LastIndexOf(' ', 79);
        return text[..(space > 0 ? space : 79)] + "…";
    }
}
