using System.Collections.Immutable;
using StaticSite.Model;
using StaticSite.Text;
using StaticSite.Reading;

namespace StaticSite.Pages;

/// <summary>The Markdown pages of a build and the checklists among them.</summary>
/// <param name="Pages">Every page, ordered by path.</param>
/// <param name="Checklists">The checklists the <c>checklists/</c> pages were written from, ordered by body id.</param>
public sealed record MarkdownSite(ImmutableArray<MarkdownPage> Pages, ImmutableArray<Checklist> Checklists)
{
    /// <summary>The page of each referenced document as the plan placed it (reference id → <c>references/&lt;slug&gt;.md</c>); every writer links references through this map, never by slugging the id again.</summary>
    public ImmutableDictionary<string, string> ReferencePages { get; init; } = ImmutableDictionary<string, string>.Empty;
}

/// <summary>
/// Writes the Markdown tree of a build, in memory: <c>index.md</c>, <c>programs/</c>, <c>bodies/</c>,
/// <c>references/</c> and <c>checklists/</c>, cross-linked with relative <c>.md</c> links, each page ending with
/// the pages that link to it. Deterministic: ordinal orders, no clock but <see cref="Corpus.BuildDate"/>.
/// </summary>
public static class MarkdownSiteWriter
{
    /// <summary>Every page of <paramref name="corpus"/>, each program's status counted from the validator's findings (<c>ValidationReport.Diagnostics</c>).</summary>
    public static ImmutableArray<MarkdownPage> Write(Corpus corpus, IEnumerable<Diagnostics.Diagnostic> diagnostics) =>
        Write(corpus, DocumentStatus.ForCorpus(corpus, diagnostics));

    /// <summary>Every page of <paramref name="corpus"/>, ordered by path; <paramref name="statuses"/> (by document slug) gives the validator's verdicts.</summary>
    public static ImmutableArray<MarkdownPage> Write(Corpus corpus, IReadOnlyDictionary<string, DocumentStatus>? statuses = null) =>
        WriteSite(corpus, statuses).Pages;

    /// <summary>As <see cref="Write(Corpus, IReadOnlyDictionary{string, DocumentStatus}?)"/>, with the checklists the pages were written from, so a caller that renders them need not build them again.</summary>
    public static MarkdownSite WriteSite(Corpus corpus, IReadOnlyDictionary<string, DocumentStatus>? statuses = null)
    {
        var plan = SitePlan.Create(corpus);
        var checklists = ChecklistBuilder.Build(plan);
        var checklistBySlug = checklists.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        statuses ??= ImmutableDictionary<string, DocumentStatus>.Empty;

        var pages = new List<(MarkdownPage Page, PageText Text)>
        {
            WriteIndex(plan, checklistBySlug, statuses),
        };
        foreach (var doc in corpus.Documents) pages.Add(ProgramPageWriter.Write(doc, plan, checklistBySlug, statuses.GetValueOrDefault(doc.Slug)));
        foreach (var body in plan.Bodies) pages.Add(WriteBody(plan, body, checklistBySlug.GetValueOrDefault(body.Slug)));
        foreach (var reference in plan.References) pages.Add(WriteReference(plan, reference));
        foreach (var checklist in checklists) pages.Add(ChecklistMarkdownWriter.Write(checklist, plan));

        var titles = pages.ToDictionary(p => p.Page.Path, p => p.Page.Title, StringComparer.Ordinal);
        var backlinks = pages.SelectMany(p => p.Text.Targets.Select(t => (From: p.Page.Path, To: t)))
            .GroupBy(l => l.To, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(l => l.From).Distinct(StringComparer.Ordinal).OrderBy(from => titles.GetValueOrDefault(from, from), VietnameseText.Order).ThenBy(from => from, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);

        return new MarkdownSite([.. pages.Select(p => p.Page with { Markdown = p.Text + Backlinks(p.Page.Path, backlinks.GetValueOrDefault(p.Page.Path), titles) })
            .OrderBy(p => p.Path, StringComparer.Ordinal)], checklists)
        {
            ReferencePages = plan.References.ToImmutableDictionary(r => r.Id, r => PagePaths.Reference(r.Slug), StringComparer.Ordinal),
        };
    }

    private static string Backlinks(string path, List<string>? sources, Dictionary<string, string> titles)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"## {MarkdownText.Anchor(SitePlan.Anchors.Backlinks)}Liên kết đến trang này\n\n");
        if (sources is null || sources.Count == 0) return sb.Append("*Chưa có trang nào liên kết đến trang này.*\n").ToString();
        foreach (var source in sources)
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"- [{MarkdownText.EscapeInline(titles.GetValueOrDefault(source, source))}]({PagePaths.Relative(path, source)})\n");
        return sb.ToString();
    }

    private static (MarkdownPage, PageText) WriteIndex(SitePlan plan, Dictionary<string, Checklist> checklists, IReadOnlyDictionary<string, DocumentStatus> statuses)
    {
        var corpus = plan.Corpus;
        var page = new PageText(PagePaths.Index, plan);
        var title = corpus.Config.Title;
        page.Heading(1, MarkdownText.EscapeInline(title), SitePlan.Anchors.Title);
        page.Line($"Ngày lập: {MarkdownText.Date(corpus.BuildDate)}. Gồm {corpus.Documents.Length} văn bản, {plan.Bodies.Length} cơ quan, đơn vị, {plan.References.Length} văn bản được dẫn.").Line();

        page.Heading(2, "Chương trình, kế hoạch", "chuong-trinh");
        if (corpus.Documents.IsEmpty) page.Line("*Chưa có văn bản nào.*").Line();
        else
        {
            page.Line("| Văn bản | Loại | Số, ký hiệu | Ngày ban hành | Cơ quan ban hành | Thực hiện | Nhiệm vụ | Cơ quan | Cần rà soát |");
            page.Line("|---|---|---|---|---|---|---:|---:|---|");
            foreach (var doc in corpus.Documents)
            {
                var implemented = string.Join("; ", doc.Implements.Select(r => r.Id).Distinct(StringComparer.Ordinal)
                    .Select(id => plan.Reference(id)!).Select(r => page.Link(MarkdownText.EscapeInline(r.Id), PagePaths.Reference(r.Slug))));
                var status = statuses.GetValueOrDefault(doc.Slug);
                var cells = new[]
                {
                    page.Link(MarkdownText.EscapeInline(MarkdownText.Shorten(DocumentTexts.Title(doc), 30)), PagePaths.Program(doc.Slug)),
                    MarkdownText.EscapeInline(DocumentTexts.KindOf(doc)),
                    MarkdownText.EscapeInline(DocumentTexts.OwnNumber(doc) ?? ""),
                    doc.Header?.Date is { } date ? MarkdownText.Date(date) : "",
                    MarkdownText.EscapeInline(doc.Issuer?.Name ?? ""),
                    implemented,
                    doc.TaskCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    doc.Assignments.Select(a => a.Body.Id).Distinct(StringComparer.Ordinal).Count().ToString(System.Globalization.CultureInfo.InvariantCulture),
                    MarkdownText.EscapeInline(status is null ? DocumentStatus.NotCheckedLabel : status.Notice ?? ""),
                };
                page.Line("| " + string.Join(" | ", cells.Select(c => c.Length == 0 ? " " : c)) + " |");
            }
            page.Line();
        }

        page.Heading(2, "Cơ quan, đơn vị", "co-quan");
        if (plan.Bodies.IsEmpty) page.Line("*Chưa có cơ quan nào được phân công hay được nhắc đến.*").Line();
        // Grouped by committee (the bodies of no committee last), then by kind (Party, state, mass organizations), each with
        // its count; every group in Vietnamese order.
        foreach (var group in plan.Bodies.GroupBy(b => b.Body.Committee ?? "").OrderBy(g => g.Key.Length == 0).ThenBy(g => g.Key, VietnameseText.Order))
        {
            var name = group.Key.Length == 0 ? "Trung ương và cơ quan khác" : group.Key;
            var groupId = "co-quan-" + Slug.From(name);
            page.Heading(3, $"{MarkdownText.EscapeInline(name)} ({group.Count()})", groupId);
            foreach (var kind in group.GroupBy(b => Bodies.BodyKinds.Of(b.Body)).OrderBy(k => k.Key))
            {
                var kindName = Bodies.BodyKinds.Name(kind.Key);
                page.Heading(4, $"{MarkdownText.EscapeInline(kindName)} ({kind.Count()})", groupId + "-" + Slug.From(kindName));
                foreach (var body in kind)
                {
                    var line = $"- {page.Link(MarkdownText.EscapeInline(body.Body.Name), PagePaths.Body(body.Slug))}";
                    if (checklists.TryGetValue(body.Slug, out var checklist))
                        line += $" — {checklist.ItemCount} nhiệm vụ, {page.Link("danh sách kiểm tra", checklist.Path)}";
                    page.Line(line);
                }
                page.Line();
            }
        }

        page.Heading(2, "Văn bản được dẫn", "van-ban-duoc-dan");
        if (plan.References.IsEmpty) page.Line("*Chưa có văn bản nào được dẫn.*").Line();
        foreach (var kind in plan.References.GroupBy(r => r.Kind))
        {
            page.Heading(3, $"{MarkdownText.EscapeInline(kind.Key)} ({kind.Count()})", "van-ban-" + Slug.From(kind.Key));
            foreach (var reference in kind)
            {
                var line = $"- {page.Link(MarkdownText.EscapeInline(reference.Title), PagePaths.Reference(reference.Slug))}";
                if (!reference.ImplementedBy.IsEmpty) line += $" — {reference.ImplementedBy.Length} chương trình thực hiện";
                page.Line(line);
            }
            page.Line();
        }

        return (new MarkdownPage(PagePaths.Index, PageKind.Index, title,
            $"{corpus.Documents.Length} chương trình, kế hoạch; phân công và danh sách kiểm tra theo cơ quan.",
            [new Breadcrumb("Trang chủ", null)], corpus.BuildDate, null, ""), page);
    }

    private static (MarkdownPage, PageText) WriteBody(SitePlan plan, BodyEntry entry, Checklist? checklist)
    {
        var corpus = plan.Corpus;
        var path = PagePaths.Body(entry.Slug);
        var page = new PageText(path, plan);
        var body = entry.Body;
        page.Heading(1, MarkdownText.EscapeInline(body.Name), SitePlan.Anchors.Title);
        if (body.Committee is not null) page.Line($"- **Thuộc:** {MarkdownText.EscapeInline(body.Committee)}");
        if (entry.Names.Length > 1 || entry.Names[0] != body.Name)
            page.Line($"- **Tên trong văn bản:** {string.Join("; ", entry.Names.Order(VietnameseText.Order).Select(MarkdownText.EscapeInline))}");
        if (body.IsGroup)
        {
            var members = plan.MemberCandidates(body).Where(b => b.Body.Id != body.Id && corpus.Registry.Covers(body, b.Body))
                .Select(b => page.Link(MarkdownText.EscapeInline(b.Body.Name), PagePaths.Body(b.Slug))).ToList();
            page.Line($"- **Nhóm cơ quan**{(members.Count == 0 ? "" : ", gồm: " + string.Join(", ", members))}");
        }
        else
        {
            var inGroups = plan.GroupCandidates(body).Where(b => b.Body.Id != body.Id && corpus.Registry.Covers(b.Body, body))
                .Select(b => page.Link(MarkdownText.EscapeInline(b.Body.Name), PagePaths.Body(b.Slug))).ToList();
            if (inGroups.Count > 0) page.Line($"- **Thuộc nhóm:** {string.Join(", ", inGroups)}");
        }
        if (!body.IsKnown) page.Line("- *Tên cơ quan lấy theo văn bản, chưa có trong danh mục.*");
        if (checklist is not null)
        {
            page.Line($"- **Danh sách kiểm tra:** {page.Link($"{checklist.ItemCount} nhiệm vụ trong {checklist.ProgramCount} chương trình", checklist.Path)}");
            var statuses = checklist.StatusCounts();
            page.Line($"- **Số nhiệm vụ:** {checklist.ItemCount} (chủ trì: {checklist.LeadCount}; phối hợp: {checklist.ItemCount - checklist.LeadCount})");
            page.Line($"- **Theo thời hạn, tính đến ngày {MarkdownText.Date(checklist.BuildDate)}:** quá hạn: {statuses[DeadlineStatus.Overdue]}; "
                + $"trong 30 ngày: {statuses[DeadlineStatus.DueSoon]}; sau đó: {statuses[DeadlineStatus.Later]}; không nêu thời hạn: {statuses[DeadlineStatus.Undated]}");
        }
        page.Line();

        var programs = 0;
        // Only the programs that assign or mention the body, in corpus order: O(its tasks and mentions), not O(documents).
        var groups = new Dictionary<string, ChecklistGroup>(StringComparer.Ordinal);
        foreach (var g in checklist?.Groups ?? []) groups.TryAdd(g.ProgramSlug, g);
        var mentionsOf = MentionsByProgram(entry.Mentions);
        foreach (var doc in InCorpusOrder(plan, groups.Keys.Concat(mentionsOf.Keys)))
        {
            var group = groups.GetValueOrDefault(doc.Slug);
            var mentions = mentionsOf.GetValueOrDefault(doc.Slug) ?? [];
            programs++;
            var programPath = PagePaths.Program(doc.Slug);
            page.Heading(2, page.Link(MarkdownText.EscapeInline(DocumentTexts.Title(doc)), programPath), "p-" + doc.Slug);
            var inSourceOrder = group is null ? [] : group.Entries.OrderBy(e => e.Span.Line).ThenBy(e => e.Span.Column).ThenBy(e => e.ItemId, StringComparer.Ordinal).ToList();
            WriteItems(page, "Nhiệm vụ chủ trì", $"p-{doc.Slug}-chu-tri", inSourceOrder.Where(e => e.Role == AssignmentRole.Lead), programPath, corpus.BuildDate);
            WriteItems(page, "Phối hợp", $"p-{doc.Slug}-phoi-hop", inSourceOrder.Where(e => e.Role == AssignmentRole.Cooperate), programPath, corpus.BuildDate);
            if (mentions.Count > 0)
            {
                page.Heading(3, "Được nhắc đến", $"p-{doc.Slug}-nhac-den");
                foreach (var place in mentions.GroupBy(m => m.Anchor, StringComparer.Ordinal))
                    page.Line($"- {page.Link(MarkdownText.EscapeInline(place.First().Label), programPath, place.Key)}");
                page.Line();
            }
        }

        var description = $"Nhiệm vụ của {body.Name} trong {programs} chương trình, kế hoạch.";
        return (new MarkdownPage(path, PageKind.Body, body.Name, description,
            [new Breadcrumb("Trang chủ", PagePaths.Index), new Breadcrumb("Cơ quan, đơn vị", PagePaths.Index + "#co-quan"), new Breadcrumb(body.Name, null)],
            corpus.BuildDate, null, ""), page);
    }

    private static void WriteItems(PageText page, string heading, string id, IEnumerable<ChecklistEntry> entries, string programPath, DateOnly listDate)
    {
        var list = entries.ToList();
        if (list.Count == 0) return;
        page.Heading(3, heading, id);
        foreach (var entry in list)
        {
            var label = (entry.Marker.Length == 0 ? "" : entry.Marker + " ") + MarkdownText.Shorten(entry.Text, 40);
            var line = $"- {page.Link(MarkdownText.EscapeInline(label), programPath, entry.ItemId)}";
            if (entry.Via is not null) line += $" (qua {MarkdownText.EscapeInline(entry.Via)})";
            if (entry.Deadline is { } deadline) line += $" — *Thời hạn: {MarkdownText.EscapeInline(deadline.Text)}*";
            line += entry.Status(listDate) switch
            {
                DeadlineStatus.Overdue => " — **Quá hạn**",
                DeadlineStatus.DueSoon => " — **Trong 30 ngày**",
                _ => "",
            };
            page.Line(line);
        }
        page.Line();
    }

    private static (MarkdownPage, PageText) WriteReference(SitePlan plan, ReferenceEntry entry)
    {
        var corpus = plan.Corpus;
        var path = PagePaths.Reference(entry.Slug);
        var page = new PageText(path, plan);
        page.Heading(1, MarkdownText.EscapeInline(entry.Title), SitePlan.Anchors.Title);
        page.Line($"- **Loại văn bản:** {MarkdownText.EscapeInline(entry.Kind)}");
        page.Line($"- **Số, ký hiệu:** {MarkdownText.EscapeInline(entry.Id)}");
        if (entry.Date is { } date) page.Line($"- **Ngày:** {MarkdownText.Date(date)}");
        page.Line();

        page.Heading(2, "Chương trình thực hiện văn bản này", "thuc-hien");
        if (entry.ImplementedBy.IsEmpty) page.Line("*Không có chương trình nào trong bộ văn bản thực hiện văn bản này.*").Line();
        else
        {
            foreach (var slug in entry.ImplementedBy)
            {
                var doc = plan.Document(slug);
                var facts = new[] { DocumentTexts.KindOf(doc), DocumentTexts.OwnNumber(doc) is { } number ? "số " + number : null, doc.Header?.Date is { } issued ? "ngày " + MarkdownText.Date(issued) : null, doc.Issuer?.Name }
                    .Where(f => f is not null).Select(f => MarkdownText.EscapeInline(f!));
                page.Line($"- {page.Link(MarkdownText.EscapeInline(DocumentTexts.Title(doc)), PagePaths.Program(slug))} ({string.Join(", ", facts)})");
            }
            page.Line();
        }

        if (entry.ImplementedBy.Length >= 2) WriteCoverage(page, plan, entry);

        page.Heading(2, "Được nhắc đến tại", "nhac-den");
        if (entry.Mentions.IsEmpty) page.Line("*Không có chỗ nào nhắc đến.*").Line();
        var mentionsOf = MentionsByProgram(entry.Mentions);
        foreach (var doc in InCorpusOrder(plan, mentionsOf.Keys))
        {
            var mentions = mentionsOf[doc.Slug];
            var programPath = PagePaths.Program(doc.Slug);
            page.Heading(3, page.Link(MarkdownText.EscapeInline(DocumentTexts.Title(doc)), programPath), "p-" + doc.Slug);
            foreach (var place in mentions.GroupBy(m => m.Anchor, StringComparer.Ordinal))
            {
                var times = place.Count() > 1 ? $" ({place.Count()} lần)" : "";
                page.Line($"- {page.Link(MarkdownText.EscapeInline(place.First().Label), programPath, place.Key)}{times}");
            }
            page.Line();
        }

        var description = entry.ImplementedBy.IsEmpty
            ? $"{entry.Title}: được nhắc đến ở {entry.Mentions.Length} chỗ."
            : $"{entry.Title}: {entry.ImplementedBy.Length} chương trình thực hiện, được nhắc đến ở {entry.Mentions.Length} chỗ.";
        return (new MarkdownPage(path, PageKind.Reference, entry.Title, description,
            [new Breadcrumb("Trang chủ", PagePaths.Index), new Breadcrumb("Văn bản được dẫn", PagePaths.Index + "#van-ban-duoc-dan"), new Breadcrumb(entry.Title, null)],
            corpus.BuildDate, null, ""), page);
    }

    // Who assigns what in the programs of one resolution: a row per program, its bodies with their tasks (chủ trì / phối
    // hợp), so that any two programs can be set side by side without a comparison page for every two. O(assignments).
    private static void WriteCoverage(PageText page, SitePlan plan, ReferenceEntry entry)
    {
        page.Heading(2, "Phân công theo chương trình", "phan-cong-theo-chuong-trinh");
        page.Line("| Chương trình | Cơ quan, đơn vị: số mục được giao chủ trì / phối hợp |");
        page.Line("|---|---|");
        foreach (var slug in entry.ImplementedBy)
        {
            var doc = plan.Document(slug);
            var counts = new Dictionary<string, (BodyRef Body, int Lead, int Cooperate)>(StringComparer.Ordinal);
            foreach (var a in doc.Assignments)
            {
                var (body, lead, cooperate) = counts.GetValueOrDefault(a.Body.Id, (a.Body, 0, 0));
                counts[a.Body.Id] = a.Role == AssignmentRole.Lead ? (body, lead + a.Items.Length, cooperate) : (body, lead, cooperate + a.Items.Length);
            }
            var cells = counts.Values.OrderBy(c => c.Body.Name, VietnameseText.Order).ThenBy(c => c.Body.Id, StringComparer.Ordinal)
                .Select(c => (plan.Body(c.Body.Id) is { } b ? page.Link(MarkdownText.EscapeInline(c.Body.Name), PagePaths.Body(b.Slug)) : MarkdownText.EscapeInline(c.Body.Name))
                    + $" {c.Lead} / {c.Cooperate}");
            page.Line($"| {page.Link(MarkdownText.EscapeInline(MarkdownText.Shorten(DocumentTexts.Title(doc), 30)), PagePaths.Program(slug))} | {string.Join("; ", cells)} |");
        }
        page.Line();
    }

    private static Dictionary<string, List<Mention>> MentionsByProgram(IEnumerable<Mention> mentions)
    {
        var byProgram = new Dictionary<string, List<Mention>>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (!byProgram.TryGetValue(m.ProgramSlug, out var list)) byProgram[m.ProgramSlug] = list = [];
            list.Add(m);
        }
        return byProgram;
    }

    // The documents of the given slugs, once each, in corpus order (the order the loops over every document gave).
    private static IEnumerable<ProgramDocument> InCorpusOrder(SitePlan plan, IEnumerable<string> slugs) =>
        slugs.Distinct(StringComparer.Ordinal).Select(plan.DocumentIndex).Where(i => i >= 0).Order().Select(i => plan.Corpus.Documents[i]);
}
