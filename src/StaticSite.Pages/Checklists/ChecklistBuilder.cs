using System.Collections.Immutable;
using StaticSite.Model;
using StaticSite.Reading;

namespace StaticSite.Pages;

/// <summary>Builds one <see cref="Checklist"/> per responsible body that has items, from the assignments of every program.</summary>
public static class ChecklistBuilder
{
    /// <summary>The checklists of <paramref name="corpus"/>, ordered by body id (ordinal).</summary>
    public static ImmutableArray<Checklist> Build(Corpus corpus) => Build(SitePlan.Create(corpus));

    /// <summary>
    /// The checklists of a planned corpus (slugs shared with the body pages). A body gets the items assigned to it and,
    /// marked <see cref="ChecklistEntry.Via"/>, those assigned to a group that covers it (<c>Các ban xây dựng Đảng của
    /// Thành ủy</c> covers its Ban Tổ chức); what is assigned to the body itself wins.
    /// </summary>
    public static ImmutableArray<Checklist> Build(SitePlan plan)
    {
        var corpus = plan.Corpus;
        var groups = new Dictionary<string, List<ChecklistGroup>>(StringComparer.Ordinal);
        foreach (var doc in corpus.Documents)
        {
            var order = new Dictionary<string, (int Index, Section Section)>(StringComparer.Ordinal);
            foreach (var (section, item) in doc.AllItems()) order.TryAdd(item.Id, (order.Count, section));
            var parents = new Dictionary<string, Item>(StringComparer.Ordinal);
            foreach (var (_, item) in doc.AllItems())
                foreach (var child in item.Children) parents.TryAdd(child.Id, item);

            // Per body: item id → (item, role, group it came through).
            var byBody = new Dictionary<string, Dictionary<string, (Item Item, AssignmentRole Role, BodyRef? Via)>>(StringComparer.Ordinal);
            void Add(string bodyId, Item item, AssignmentRole role, BodyRef? via)
            {
                if (!byBody.TryGetValue(bodyId, out var roles)) byBody[bodyId] = roles = new(StringComparer.Ordinal);
                if (!roles.TryGetValue(item.Id, out var seen) || Better(role, via, seen.Role, seen.Via)) roles[item.Id] = (item, role, via);
            }
            // Each assignment's items are expanded once, for the body and for the members of a group. An own claim beats one
            // through a group in whatever order they come (Better); groups still come in assignment order.
            var bodyHeadings = Assignment.BodyHeadings(doc.Assignments);
            var expanded = doc.Assignments.Select(a => Expand(a.Items, bodyHeadings).ToList()).ToList();
            // Item id → the bodies that lead it (chủ trì), for the rows of the bodies that cooperate on it.
            var leads = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            for (var i = 0; i < doc.Assignments.Length; i++)
                if (doc.Assignments[i].Role == AssignmentRole.Lead)
                    foreach (var item in expanded[i])
                    {
                        if (!leads.TryGetValue(item.Id, out var names)) leads[item.Id] = names = [];
                        if (!names.Contains(doc.Assignments[i].Body.Name)) names.Add(doc.Assignments[i].Body.Name);
                    }
            for (var i = 0; i < doc.Assignments.Length; i++)
            {
                var assignment = doc.Assignments[i];
                var items = expanded[i];
                foreach (var item in items) Add(assignment.Body.Id, item, assignment.Role, null);
                if (!assignment.Body.IsGroup) continue;
                foreach (var member in plan.MemberCandidates(assignment.Body).Where(b => b.Body.Id != assignment.Body.Id && corpus.Registry.Covers(assignment.Body, b.Body)))
                    foreach (var item in items) Add(member.Body.Id, item, assignment.Role, assignment.Body);
            }

            foreach (var (bodyId, roles) in byBody.OrderBy(b => b.Key, StringComparer.Ordinal))
            {
                var entries = roles.Values
                    .Select(r => Entry(r.Item, r.Role, r.Via, Context(r.Item, order.TryGetValue(r.Item.Id, out var o) ? o.Section : null, parents), corpus.BuildDate) with
                    {
                        Leads = r.Role == AssignmentRole.Cooperate && leads.TryGetValue(r.Item.Id, out var names) ? [.. names] : [],
                    })
                    .OrderBy(e => DueBy(e) is null ? 1 : 0)
                    .ThenBy(e => DueBy(e) ?? DateOnly.MaxValue)
                    .ThenBy(e => e.Deadline?.From ?? DateOnly.MaxValue)
                    .ThenBy(e => order.TryGetValue(e.ItemId, out var o) ? o.Index : int.MaxValue)
                    .ThenBy(e => e.Span.Line).ThenBy(e => e.Span.Column)
                    .ThenBy(e => e.ItemId, StringComparer.Ordinal)
                    .ToImmutableArray();
                if (!groups.TryGetValue(bodyId, out var list)) groups[bodyId] = list = [];
                list.Add(new ChecklistGroup(doc.Slug, DocumentTexts.Title(doc), DocumentTexts.KindName(doc.Kind), entries)
                {
                    ProgramNumber = DocumentTexts.OwnNumber(doc), ProgramDate = doc.Header?.Date,
                });
            }
        }
        return [.. groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var entry = plan.Body(g.Key)!;
            return new Checklist(entry.Slug, entry.Body, corpus.BuildDate, [.. g.Value]);
        })];
    }

    // Own assignment before one through a group; then chủ trì before phối hợp; the first group seen otherwise.
    private static bool Better(AssignmentRole role, BodyRef? via, AssignmentRole seenRole, BodyRef? seenVia) =>
        (via is null) != (seenVia is null) ? via is null : role == AssignmentRole.Lead && seenRole == AssignmentRole.Cooperate;

    // The day an entry is due by: the end of its period, else its start ("từ năm 2024"); null when undated.
    private static DateOnly? DueBy(ChecklistEntry entry) => entry.Deadline?.To ?? entry.Deadline?.From;

    // A body heading (2.5. Ban Tổ chức Thành ủy, as the model records it) is not a task: its sub-items are.
    // (With an explicit stack of enumerators, not recursion: headings can nest to any depth.)
    private static IEnumerable<Item> Expand(IEnumerable<Item> items, IReadOnlySet<string> bodyHeadings)
    {
        var stack = new Stack<IEnumerator<Item>>();
        stack.Push(items.GetEnumerator());
        while (stack.Count > 0)
        {
            var level = stack.Peek();
            if (!level.MoveNext())
            {
                level.Dispose();
                stack.Pop();
                continue;
            }
            var item = level.Current;
            if (bodyHeadings.Contains(item.Id) && !item.Children.IsEmpty)
            {
                stack.Push(((IEnumerable<Item>)item.Children).GetEnumerator());
                continue;
            }
            yield return item;
        }
    }

    // Where the item stands: its section and the heading item right above it (III. NHIỆM VỤ VÀ GIẢI PHÁP › 2.5. Ban Tổ chức Thành ủy).
    private static string Context(Item item, Section? section, Dictionary<string, Item> parents)
    {
        var parts = new List<string>();
        if (section is not null) parts.Add(DocumentTexts.SectionLabel(section));
        if (parents.TryGetValue(item.Id, out var parent)) parts.Add(DocumentTexts.ItemLabel(parent));
        return string.Join(" › ", parts);
    }

    private static ChecklistEntry Entry(Item item, AssignmentRole role, BodyRef? via, string context, DateOnly buildDate)
    {
        var marker = item.Marker.Style is MarkerStyle.Dash or MarkerStyle.Plus or MarkerStyle.Paragraph ? "" : item.Marker.Text;
        var overdue = ChecklistEntry.DueDayOf(item.Deadline) < buildDate;
        return new ChecklistEntry(item.Id, marker, item.Text, role, item.Deadline, overdue, context, item.Span) { Via = via?.Name };
    }
}
