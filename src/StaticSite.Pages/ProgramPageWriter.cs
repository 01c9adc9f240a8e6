using System.Collections.Immutable;
using StaticSite.Model;
using StaticSite.Text;

namespace StaticSite.Pages;

/// <summary>Writes one program's page: the full text in its structure, an anchor on every section and item.</summary>
internal static class ProgramPageWriter
{
    public static (MarkdownPage Page, PageText Text) Write(ProgramDocument doc, SitePlan plan, IReadOnlyDictionary<string, Checklist> checklists, DocumentStatus? status)
    {
        var path = PagePaths.Program(doc.Slug);
        var page = new PageText(path, plan);
        var title = DocumentTexts.Title(doc);
        var issuer = doc.Issuer;

        page.Heading(1, page.Inline(title, issuer, false), SitePlan.Anchors.Title);
        // The record (thuộc tính văn bản), in the order the national legal portal gives it.
        page.Line($"- **Loại văn bản:** {MarkdownText.EscapeInline(DocumentTexts.KindOf(doc))}");
        var ownNumber = DocumentTexts.OwnNumber(doc);
        if (ownNumber is not null) page.Line($"- **Số, ký hiệu:** {MarkdownText.EscapeInline(ownNumber)}");
        if (doc.Header?.Date is { } date) page.Line($"- **Ngày ban hành:** {MarkdownText.Date(date)}");
        if (issuer is not null)
            page.Line($"- **Cơ quan ban hành:** {MarkdownText.EscapeInline(issuer.Name)}{(issuer.Parent is { } parent ? $" (thuộc {MarkdownText.EscapeInline(parent)})" : "")}");
        if (doc.Signature is { } signed)
        {
            var signer = signed.Name ?? "không ghi tên";
            page.Line($"- **Người ký:** {MarkdownText.EscapeInline(signer)}{(signed.Title is { Length: > 0 } role ? $" ({MarkdownText.EscapeInline(role)})" : "")}");
        }
        if (doc.Title?.Text is { Length: > 0 }) page.Line($"- **Trích yếu:** {page.Inline(title, issuer, false)}");
        if (!doc.Implements.IsEmpty)
        {
            var links = doc.Implements.Select(r => r.Id).Distinct(StringComparer.Ordinal)
                .Select(id => plan.Reference(id)!)
                .Select(r => page.Link(MarkdownText.EscapeInline(r.Title), PagePaths.Reference(r.Slug)));
            page.Line($"- **Văn bản thực hiện:** {string.Join("; ", links)}");
        }
        if (ownNumber is not null && plan.Reference(ownNumber) is { ImplementedBy.IsEmpty: false } implemented)
        {
            var links = implemented.ImplementedBy.Where(s => s != doc.Slug)
                .Select(s => plan.Corpus.Documents.First(d => d.Slug == s))
                .Select(d => page.Link(MarkdownText.EscapeInline(DocumentTexts.Title(d)), PagePaths.Program(d.Slug))).ToList();
            if (links.Count > 0) page.Line($"- **Văn bản thực hiện văn bản này:** {string.Join("; ", links)}");
        }
        var bodyCount = doc.Assignments.Select(a => a.Body.Id).Distinct(StringComparer.Ordinal).Count();
        page.Line($"- **Số nhiệm vụ:** {doc.TaskCount}");
        page.Line(bodyCount == 0 ? "- **Cơ quan được giao:** 0" : $"- **Cơ quan được giao:** [{bodyCount}](#{SitePlan.Anchors.Assignments})");
        if (status?.Notice is { } notice) page.Line($"- **Cần rà soát:** {MarkdownText.EscapeInline(notice)} (chạy `staticsite validate` để xem từng điểm)");
        if (PagePaths.Original(doc) is { } original)
            page.Line($"- **Văn bản gốc:** [Tải văn bản gốc ({MarkdownText.EscapeInline(System.IO.Path.GetExtension(original))})]({PagePaths.Relative(path, original)})");
        page.Line();

        if (!doc.Preamble.IsEmpty)
        {
            page.Heading(2, "Lời mở đầu", SitePlan.Anchors.Preamble);
            foreach (var node in doc.Preamble) page.Line(page.Inline(node.Text, issuer)).Line();
        }

        if (!doc.Assignments.IsEmpty)
        {
            page.Heading(2, "Phân công thực hiện", SitePlan.Anchors.Assignments);
            foreach (var id in doc.Assignments.Select(a => a.Body.Id).Distinct(StringComparer.Ordinal).OrderBy(id => plan.Body(id)!.Body.Name, VietnameseText.Order).ThenBy(id => id, StringComparer.Ordinal))
            {
                var entry = plan.Body(id)!;
                var entries = (checklists.GetValueOrDefault(entry.Slug)?.Groups.FirstOrDefault(g => g.ProgramSlug == doc.Slug)?.Entries ?? []).Where(e => e.Via is null).ToList();
                var lead = entries.Count(e => e.Role == AssignmentRole.Lead);
                page.Line($"- {page.Link(MarkdownText.EscapeInline(entry.Body.Name), PagePaths.Body(entry.Slug))}: chủ trì {lead}, phối hợp {entries.Count - lead}");
            }
            page.Line();
        }

        var tableItems = DocumentTexts.TableItemIds(doc);
        var placedTables = new HashSet<AppendixTable>(ReferenceEqualityComparer.Instance);
        foreach (var section in doc.Sections) WriteSection(page, doc, section, 2, tableItems, placedTables);

        var looseTables = doc.Tables.Where(t => !placedTables.Contains(t)).ToList();
        if (looseTables.Count > 0)
        {
            page.Heading(2, "Phụ lục", SitePlan.Anchors.Appendix);
            foreach (var table in looseTables) WriteTable(page, doc, table);
        }

        if (doc.RecipientsHeading is not null || !doc.Recipients.IsEmpty)
        {
            page.Heading(2, "Nơi nhận", SitePlan.Anchors.Recipients);
            foreach (var recipient in doc.Recipients) page.Line($"- {page.Inline(recipient.Text, issuer, false)}");
            page.Line();
        }

        if (doc.Signature is { } signature)
        {
            page.Heading(2, "Chữ ký", SitePlan.Anchors.Signature);
            var lines = new[]
            {
                string.Join(' ', new[] { signature.Authority, signature.OnBehalfOf }.Where(s => !string.IsNullOrWhiteSpace(s))),
                signature.Title ?? "",
                signature.Name ?? "(không ghi tên người ký)",
            }.Where(l => l.Length > 0).Select(l => MarkdownText.Escape(l));
            page.Line(string.Join("\\\n", lines)).Line();
        }

        if (DocumentTexts.ShownNotes(doc).Any())
        {
            page.Heading(2, "Ghi chú", SitePlan.Anchors.Notes);
            foreach (var note in DocumentTexts.ShownNotes(doc)) page.Line(page.Inline(note.Text, issuer)).Line();
        }

        if (!doc.Unplaced.IsEmpty)
        {
            page.Heading(2, "Văn bản chưa xếp được", SitePlan.Anchors.Unplaced);
            page.Line("*Những dòng dưới đây chưa được xếp vào mục nào của văn bản.*").Line();
            foreach (var node in doc.Unplaced)
                page.Line(page.Inline(node.Text, issuer) + (doc.Source.Format == SourceFormat.Text ? "" : $" *({doc.Source.Describe(node.Span.Line)})*")).Line();
        }

        var description = $"{MarkdownText.Shorten(title, 25)}{(issuer is null ? "" : " — " + issuer.Name)}";
        var markdownPage = new MarkdownPage(
            path, PageKind.Program, title, description,
            [new Breadcrumb("Trang chủ", PagePaths.Index), new Breadcrumb("Chương trình, kế hoạch", PagePaths.Index + "#chuong-trinh"), new Breadcrumb(DocumentTexts.ShortTitle(doc), null)],
            doc.Header?.Date, doc.Path, "");
        return (markdownPage, page);
    }

    private static void WriteSection(PageText page, ProgramDocument doc, Section section, int level, ImmutableHashSet<string> tableItems, HashSet<AppendixTable> placedTables)
    {
        page.Heading(level, page.Inline(DocumentTexts.SectionLabel(section), doc.Issuer, false), section.Id);
        var inList = false;
        foreach (var item in section.Items)
        {
            if (tableItems.Contains(item.Id))
            {
                var table = doc.Tables.First(t => t.Rows.Any(r => r.Item.Id == item.Id));
                if (!placedTables.Add(table)) continue;
                if (inList) page.Line();
                inList = false;
                WriteTable(page, doc, table);
                continue;
            }
            WriteItem(page, doc, item, 0, tableItems);
            inList = true;
        }
        if (inList) page.Line();
        foreach (var child in section.Sections) WriteSection(page, doc, child, level + 1, tableItems, placedTables);
    }

    // Depth first with an explicit stack (items nest to any depth); items deeper than Item.ShownDepth are shown at that
    // depth (the validator reports them as deep-nesting), so that no Markdown or HTML writer meets deeper lists.
    private static void WriteItem(PageText page, ProgramDocument doc, Item root, int rootDepth, ImmutableHashSet<string> tableItems)
    {
        var stack = new Stack<(Item Item, int Depth)>();
        stack.Push((root, rootDepth));
        while (stack.Count > 0)
        {
            var (item, depth) = stack.Pop();
            var shown = Math.Min(depth, Item.ShownDepth - 1);
            var marker = item.Marker.Style is MarkerStyle.Dash or MarkerStyle.Plus or MarkerStyle.Paragraph ? "" : MarkdownText.EscapeInline(item.Marker.Text);
            var text = page.Inline(item.Text, doc.Issuer, false);
            if (item.IsHeading && text.Length > 0) text = $"**{text}**";
            var line = $"{new string(' ', shown * 2)}- {MarkdownText.Anchor(item.Id)}{(marker.Length == 0 ? "" : $"**{marker}** ")}{text}";
            if (item.Deadline is { } deadline) line += $" — *Thời hạn: {MarkdownText.EscapeInline(deadline.Text)}*";
            page.Line(line.TrimEnd());
            for (var i = item.Children.Length - 1; i >= 0; i--)
                if (!tableItems.Contains(item.Children[i].Id)) stack.Push((item.Children[i], depth + 1));
        }
    }

    private static void WriteTable(PageText page, ProgramDocument doc, AppendixTable table)
    {
        if (table.Title is not null) page.Line($"**{page.Inline(table.Title.Text, doc.Issuer, false)}**").Line();
        var columns = table.Columns.IsDefaultOrEmpty ? ["Nội dung"] : table.Columns;
        var anchorColumn = Math.Max(table.ColumnOf(TableColumnRole.Number), 0);
        var addDeadline = table.ColumnOf(TableColumnRole.Deadline) < 0 && table.Rows.Any(r => r.Item.Deadline is not null);
        var headers = columns.Select(MarkdownText.EscapeInline).ToList();
        if (addDeadline) headers.Add("Thời hạn");
        page.Line("| " + string.Join(" | ", headers.Select(h => h.Length == 0 ? " " : h)) + " |");
        page.Line("|" + string.Concat(headers.Select(_ => "---|")));
        foreach (var row in table.Rows)
        {
            var cells = new List<string>();
            for (var c = 0; c < columns.Length; c++)
            {
                var cell = c < row.Cells.Length ? row.Cells[c] : "";
                cells.Add(c == anchorColumn
                    ? MarkdownText.Anchor(row.Item.Id) + page.Inline(cell, doc.Issuer, false)
                    : page.Inline(cell, doc.Issuer, false));
            }
            // Cells beyond the header are kept, joined into the last column, so no text is lost.
            if (row.Cells.Length > columns.Length)
                cells[^1] = string.Join(" ", new[] { cells[^1] }.Concat(row.Cells.Skip(columns.Length).Select(c => page.Inline(c, doc.Issuer, false))));
            if (addDeadline) cells.Add(row.Item.Deadline is { } d ? MarkdownText.EscapeInline(d.Text) : "");
            page.Line("| " + string.Join(" | ", cells.Select(c => c.Length == 0 ? " " : c)) + " |");
        }
        page.Line();
    }
}
