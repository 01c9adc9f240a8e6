using System.Collections.Concurrent;
using System.Collections.Immutable;
using StaticSite.Model;
using StaticSite.Text;

namespace StaticSite.Bodies;

/// <summary>
/// Reads assignments (phân công) from a parsed document: a heading that is a body name leads the items under it
/// (<see cref="AssignmentSource.Heading"/>); a sentence <c>X chủ trì, phối hợp với Y</c> (<see cref="AssignmentSource.Sentence"/>);
/// an item of the organization section (tổ chức thực hiện) that opens with body names
/// (<see cref="AssignmentSource.OrganizationItem"/>); the <c>Cơ quan chủ trì</c> / <c>Cơ quan phối hợp</c> columns of an
/// appendix table (<see cref="AssignmentSource.TableColumn"/>).
/// </summary>
public static class AssignmentExtractor
{
    // Words that may stand between the bodies of a "phối hợp với ..." list without ending it.
    private static readonly HashSet<string> CooperationFiller = new(StringComparer.Ordinal)
    {
        "cac", "co", "quan", "don", "vi", "lien", "nganh", "dia", "phuong", "va", "voi", "to", "chuc", "huu", "cung", "cap", "dang", "doan",
    };

    /// <summary>The assignments of <paramref name="document"/>, in source order.</summary>
    public static ImmutableArray<Assignment> Extract(ProgramDocument document, BodyRegistry registry)
    {
        var sink = new Sink();
        var issuer = document.Issuer;
        var tableItems = document.Tables.SelectMany(t => t.Rows.Select(r => r.Item.Id)).ToHashSet(StringComparer.Ordinal);
        foreach (var section in document.AllSections())
        {
            var organization = section.Role is SectionRole.Organization;
            Responsibilities(section.Items.Where(i => !tableItems.Contains(i.Id)).ToList(), registry, issuer, sink);
            foreach (var item in section.Items)
            {
                if (tableItems.Contains(item.Id)) continue;
                Visit(item, null, organization, registry, issuer, sink);
            }
        }
        foreach (var table in document.Tables) FromTable(table, registry, issuer, sink);
        return Settle(sink.Build(), registry);
    }

    // Depth first, in source order, with an explicit stack: items can nest to any depth a document reaches.
    private static void Visit(Item root, BodyRef? rootLead, bool organization, BodyRegistry registry, Issuer? issuer, Sink sink)
    {
        var stack = new Stack<(Item Item, BodyRef? Lead, string? Heading)>();
        stack.Push((root, rootLead, null));
        while (stack.Count > 0)
        {
            var (item, lead, heading) = stack.Pop();
            sink.Heading = heading;
            var (inherited, inheritedHeading) = VisitOne(item, lead, heading, organization, registry, issuer, sink);
            for (var i = item.Children.Length - 1; i >= 0; i--) stack.Push((item.Children[i], inherited, inheritedHeading));
        }
        sink.Heading = null;
    }

    /// <summary>
    /// Who does what, decided once. Under a heading that names a body, an item whose own sentence names its lead
    /// (<c>Ban Nội chính Thành ủy chủ trì …</c>) is that lead's, not the heading's: under a group heading (<c>Các Ban Đảng
    /// và Văn phòng Thành ủy</c>) the other members get it only where they are named (as cooperating); under any heading,
    /// a heading body the sentence names as cooperating cooperates. An item that names no lead stays the heading's (for a
    /// group: each member's through the group).
    /// </summary>
    private static ImmutableArray<Assignment> Settle(ImmutableArray<Assignment> assignments, BodyRegistry registry)
    {
        var leads = new Dictionary<string, List<BodyRef>>(StringComparer.Ordinal);
        var cooperators = new Dictionary<string, List<BodyRef>>(StringComparer.Ordinal);
        foreach (var a in assignments.Where(a => a.Source is AssignmentSource.Sentence or AssignmentSource.OrganizationItem))
            foreach (var item in a.Items)
            {
                var map = a.Role == AssignmentRole.Lead ? leads : cooperators;
                if (!map.TryGetValue(item.Id, out var list)) map[item.Id] = list = [];
                list.Add(a.Body);
            }
        bool NamedOtherwise(Assignment heading, Item item) =>
            heading.Body.IsGroup && leads.TryGetValue(item.Id, out var l) && l.Any(b => b.Id != heading.Body.Id)
            || cooperators.TryGetValue(item.Id, out var c) && c.Any(b => b.Id == heading.Body.Id) && !(leads.TryGetValue(item.Id, out var own) && own.Any(b => b.Id == heading.Body.Id));
        return [.. assignments.Select(a => a.Source != AssignmentSource.Heading ? a : a with { Items = [.. a.Items.Where(i => !NamedOtherwise(a, i))] })];
    }

    // One item's own assignments; returns the lead its children inherit and the body heading they stand under.
    private static (BodyRef? Lead, string? Heading) VisitOne(Item item, BodyRef? lead, string? heading, bool organization, BodyRegistry registry, Issuer? issuer, Sink sink)
    {
        if (!item.Children.IsEmpty) Responsibilities([.. item.Children], registry, issuer, sink);
        var text = item.Text;
        var headingBodies = item.IsHeading || !item.Children.IsEmpty ? registry.MatchHeadingAll(text, issuer) : [];
        if (headingBodies.Count == 0 && organization && item.IsHeading && BodyHeading.Names(text) is { Count: > 0 } named)
            headingBodies = [.. named.Select(n => registry.Resolve(n, issuer))];
        if (headingBodies.Count > 0)
        {
            var items = item.Children.SelectMany(c => c.SelfAndDescendants()).ToList();
            if (items.Count == 0) items.Add(item);
            foreach (var body in headingBodies) sink.Add(body, AssignmentRole.Lead, AssignmentSource.Heading, item.Id, items, item.Span);
            return (headingBodies[0], item.Id);
        }

        var matches = registry.FindAll(text, issuer);
        var organizationLeads = new List<BodyRef>();
        if (organization)
        {
            // An item of the organization section that opens with body names: those bodies lead it (and a sub-item
            // that names its own body is more specific than the heading above it). The heading's own body restated alone
            // adds nothing; beside others (<c>Ủy ban Kiểm tra Thành ủy và các cơ quan tham mưu của Thành ủy tăng cường …</c>
            // under the heading of that group) it is one of the item's subjects and keeps the item.
            organizationLeads = LeadingBodies(text, matches);
            if (organizationLeads.All(b => b.Id == lead?.Id)) organizationLeads.Clear();
            var items = item.SelfAndDescendants().ToList();
            foreach (var body in organizationLeads) sink.Add(body, AssignmentRole.Lead, AssignmentSource.OrganizationItem, item.Id, items, item.Span);
        }
        Sentences(item, text, matches, lead, organizationLeads, sink);
        return (organizationLeads.Count > 0 ? organizationLeads[0] : lead, heading);
    }

    /// <summary>
    /// A line <c>Trách nhiệm chỉ đạo thực hiện: X</c>, <c>Cơ quan chủ trì: X</c>, <c>Cơ quan phối hợp: Y</c> among
    /// sibling items assigns the whole block (the siblings and everything under them) to the bodies it names.
    /// </summary>
    private static void Responsibilities(IReadOnlyList<Item> siblings, BodyRegistry registry, Issuer? issuer, Sink sink)
    {
        foreach (var line in siblings)
        {
            var colon = line.Text.IndexOf(':');
            if (colon < 0 || colon > 60) continue;
            var label = VietnameseText.Fold(line.Text[..colon]);
            AssignmentRole? role = label switch
            {
                _ when label.StartsWith("trach nhiem", StringComparison.Ordinal) && !label.Contains("phoi hop", StringComparison.Ordinal) => AssignmentRole.Lead,
                "co quan chu tri" or "don vi chu tri" or "co quan thuc hien" or "don vi thuc hien" or "chu tri" => AssignmentRole.Lead,
                "co quan phoi hop" or "don vi phoi hop" or "phoi hop" or "trach nhiem phoi hop" => AssignmentRole.Cooperate,
                _ => null,
            };
            if (role is null) continue;
            var items = siblings.Where(i => i.Id != line.Id).SelectMany(i => i.SelfAndDescendants()).ToList();
            if (items.Count == 0) continue;
            foreach (var body in CellBodies(line.Text[(colon + 1)..], registry, issuer))
                sink.Add(body, role.Value, AssignmentSource.Sentence, "block:" + line.Id, items, line.Span);
        }
    }

    /// <summary>The bodies an item opens with: body names joined by commas, colons, <c>và</c>, up to the first other word.</summary>
    private static List<BodyRef> LeadingBodies(string text, IReadOnlyList<BodyMatch> matches)
    {
        var result = new List<BodyRef>();
        var pos = 0;
        for (var k = 0; k < matches.Count; k++)
        {
            var m = matches[k];
            var gap = VietnameseText.Fold(text[pos..m.Index]).Trim(' ', ',', ';', ':', '-', '(', ')');
            if (gap.Length > 0 && !IsConnector(gap)) break;
            pos = m.Index + m.Length;
            // "Các đảng đoàn: Ủy ban MTTQ ..., Hội Nông dân ...": a label that introduces the bodies, not one of them.
            if (k + 1 < matches.Count && text[pos..matches[k + 1].Index].Trim().StartsWith(':')) continue;
            result.Add(m.Body);
        }
        return result;
    }

    private static bool IsConnector(string folded) =>
        folded.Split([' ', ',', ';', ':'], StringSplitOptions.RemoveEmptyEntries)
            .All(w => w is "va" or "cac" or "dang" or "doan" or "cung" or "voi");

    private static void Sentences(Item item, string text, IReadOnlyList<BodyMatch> matches, BodyRef? headingLead, List<BodyRef> organizationLeads, Sink sink)
    {
        var folded = FoldSameLength(text);
        var items = new[] { item };
        var searchFrom = 0;
        var leadsSeen = new List<BodyRef>();
        while (true)
        {
            var at = NextWord(folded, "chu tri", searchFrom);
            if (at < 0) break;
            searchFrom = at + 7;
            // Lead: the bodies written right before "chủ trì"; none → the body of the enclosing heading ("Chủ trì, phối hợp với ...").
            var leads = BodiesBefore(text, matches, at);
            if (leads.Count == 0 && ClauseStart(folded, at))
            {
                // The clause has no subject of its own: the item's subject, else the body of the enclosing heading.
                if (organizationLeads.Count > 0) leads.AddRange(organizationLeads);
                else if (LeadingBodies(text, matches) is { Count: > 0 } subject) leads.AddRange(subject);
                else if (headingLead is not null) leads.Add(headingLead);
            }
            if (leads.Count == 0) continue;
            foreach (var body in leads)
            {
                if (organizationLeads.Any(b => b.Id == body.Id)) continue;
                var span = SpanOf(item, text, matches, body);
                sink.Add(body, AssignmentRole.Lead, AssignmentSource.Sentence, item.Id, items, span);
            }
            leadsSeen.AddRange(leads);
            foreach (var body in CooperatorsAfter(text, folded, matches, at + 7))
                sink.Add(body, AssignmentRole.Cooperate, AssignmentSource.Sentence, item.Id, items, SpanOf(item, text, matches, body));
        }
        // "phối hợp với Y" without "chủ trì", in a block that has a lead: Y cooperates.
        if (leadsSeen.Count == 0 && (headingLead is not null || organizationLeads.Count > 0))
        {
            var from = 0;
            while (true)
            {
                var at = NextWord(folded, "phoi hop", from);
                if (at < 0) break;
                from = at + 8;
                foreach (var body in CooperatorsAfter(text, folded, matches, at))
                {
                    if (body.Id == headingLead?.Id || organizationLeads.Any(b => b.Id == body.Id)) continue;
                    sink.Add(body, AssignmentRole.Cooperate, AssignmentSource.Sentence, item.Id, items, SpanOf(item, text, matches, body));
                }
            }
        }
    }

    private static List<BodyRef> BodiesBefore(string text, IReadOnlyList<BodyMatch> matches, int at)
    {
        var result = new List<BodyRef>();
        var pos = at;
        for (var k = matches.Count - 1; k >= 0; k--)
        {
            var m = matches[k];
            if (m.Index + m.Length > pos) continue;
            var gap = VietnameseText.Fold(text[(m.Index + m.Length)..pos]).Trim(' ', ',', ';', ':', '-');
            if (gap.Length > 0 && !IsConnector(gap)) break;
            result.Insert(0, m.Body);
            pos = m.Index;
        }
        // "... do Ban Tổ chức Trung ương chủ trì": chaired by someone in a subordinate clause, not an assignment.
        var before = VietnameseText.Fold(text[..pos]).TrimEnd();
        if (before.EndsWith(" do", StringComparison.Ordinal) || before == "do") result.Clear();
        return result;
    }

    private static bool ClauseStart(string folded, int at)
    {
        var before = folded[..at].TrimEnd();
        return before.Length == 0 || before[^1] is ',' or ';' or '.' or ':' or '-' || before.EndsWith(" va", StringComparison.Ordinal)
            || before.EndsWith("dong thoi", StringComparison.Ordinal);
    }

    /// <summary>The bodies of the <c>phối hợp (với) ...</c> list that follows <paramref name="from"/>.</summary>
    private static List<BodyRef> CooperatorsAfter(string text, string folded, IReadOnlyList<BodyMatch> matches, int from)
    {
        var result = new List<BodyRef>();
        var at = NextWord(folded, "phoi hop", from);
        if (at < 0) return result;
        // Only the "phối hợp" of this clause: nothing but punctuation may stand between "chủ trì" and it.
        var between = folded[from..at];
        if (between.Contains('.') || between.Contains(';') || between.Length > 60 || NextWord(between, "chu tri", 0) >= 0) return result;
        var pos = at + 8;
        var words = 0;
        foreach (var m in matches.Where(m => m.Index >= pos))
        {
            var gap = folded[pos..m.Index];
            foreach (var w in gap.Split([' ', ',', ';', ':', '-', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (!CooperationFiller.Contains(w)) return result;
                words++;
            }
            if (words > 8 || gap.Contains('.')) return result;
            pos = m.Index + m.Length;
            // "các đảng đoàn: Ủy ban MTTQ tỉnh, ...": the label introduces the bodies.
            if (text[pos..].TrimStart().StartsWith(':')) continue;
            result.Add(m.Body);
            words = 0;
        }
        return result;
    }

    private static SourceSpan SpanOf(Item item, string text, IReadOnlyList<BodyMatch> matches, BodyRef body)
    {
        // The item text has its marker removed and page breaks joined: the column is exact only on the first line.
        var m = matches.FirstOrDefault(x => x.Body.Id == body.Id);
        if (m is null || text.IndexOf('\n') is var nl && nl >= 0 && nl < m.Index) return item.Span;
        return item.Span with { Column = item.Span.Column + item.Marker.Text.Length + (item.Marker.Text.Length > 0 ? 1 : 0) + m.Index };
    }

    private static void FromTable(AppendixTable table, BodyRegistry registry, Issuer? issuer, Sink sink)
    {
        var lead = table.ColumnOf(TableColumnRole.Lead);
        var cooperate = table.ColumnOf(TableColumnRole.Cooperate);
        foreach (var row in table.Rows)
        {
            var items = row.Item.SelfAndDescendants().ToList();
            if (lead >= 0 && lead < row.Cells.Length)
                foreach (var body in CellBodies(row.Cells[lead], registry, issuer))
                    sink.Add(body, AssignmentRole.Lead, AssignmentSource.TableColumn, "table:" + table.Span.Line, items, row.Span);
            if (cooperate >= 0 && cooperate < row.Cells.Length)
                foreach (var body in CellBodies(row.Cells[cooperate], registry, issuer))
                    sink.Add(body, AssignmentRole.Cooperate, AssignmentSource.TableColumn, "table:" + table.Span.Line, items, row.Span);
        }
    }

    /// <summary>The bodies of a table cell: known names found in it, and each remaining comma- or semicolon-separated part as written.</summary>
    private static List<BodyRef> CellBodies(string cell, BodyRegistry registry, Issuer? issuer)
    {
        var result = new List<BodyRef>();
        if (string.IsNullOrWhiteSpace(cell)) return result;
        var whole = registry.Resolve(cell, issuer);
        if (whole.IsKnown) return [whole];
        var matches = registry.FindAll(cell, issuer);
        var pos = 0;
        foreach (var m in matches.Append(new BodyMatch(whole, cell.Length, 0)))
        {
            foreach (var part in cell[pos..m.Index].Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries))
            {
                var p = part.Trim(' ', '-', '.', '+');
                if (p.StartsWith("và ", StringComparison.OrdinalIgnoreCase)) p = p[3..].Trim();
                if (p.Length > 1 && !IsConnector(VietnameseText.Fold(p)) && !IsGeneric(VietnameseText.Fold(p))) result.Add(registry.Resolve(p, issuer));
            }
            if (m.Length > 0) result.Add(m.Body);
            pos = m.Index + m.Length;
        }
        return result;
    }

    // "các cơ quan liên quan", "các đơn vị có liên quan": not a body.
    private static bool IsGeneric(string folded) => folded.Contains("lien quan", StringComparison.Ordinal);

    private static int NextWord(string folded, string word, int from)
    {
        var at = from;
        while ((at = folded.IndexOf(word, at, StringComparison.Ordinal)) >= 0)
        {
            var startOk = at == 0 || !char.IsLetterOrDigit(folded[at - 1]);
            var end = at + word.Length;
            var endOk = end >= folded.Length || !char.IsLetterOrDigit(folded[end]);
            if (startOk && endOk) return at;
            at++;
        }
        return -1;
    }

    // Folding that keeps offsets: each character folded on its own (the input is NFC, one letter per character).
    private static string FoldSameLength(string text)
    {
        var chars = new char[text.Length];
        for (var i = 0; i < text.Length; i++) chars[i] = FoldedChars.GetOrAdd(text[i], FoldChar);
        return new string(chars);
    }

    // A character's fold depends on nothing else: computed once per character, not once per occurrence in every item.
    private static readonly ConcurrentDictionary<char, char> FoldedChars = new();

    private static char FoldChar(char c)
    {
        var f = VietnameseText.Fold(c.ToString());
        return f.Length == 1 ? f[0] : char.IsWhiteSpace(c) ? ' ' : f.Length == 0 ? ' ' : f[0];
    }

    /// <summary>Collects (body, role, source, block) → items, keeping the first span and source order.</summary>
    private sealed class Sink
    {
        private readonly Dictionary<(string, AssignmentRole, AssignmentSource, string), int> _index = [];
        private readonly List<(BodyRef Body, AssignmentRole Role, AssignmentSource Source, string Block, List<Item> Items, SourceSpan Span, string? Heading)> _entries = [];

        /// <summary>The body heading the items now visited stand under (null outside a body block).</summary>
        public string? Heading { get; set; }

        public void Add(BodyRef body, AssignmentRole role, AssignmentSource source, string block, IEnumerable<Item> items, SourceSpan span)
        {
            var key = (body.Id, role, source, block);
            if (!_index.TryGetValue(key, out var i))
            {
                i = _entries.Count;
                _index[key] = i;
                _entries.Add((body, role, source, block, [], span, source == AssignmentSource.Heading ? block : Heading));
            }
            var list = _entries[i].Items;
            foreach (var item in items)
                if (!list.Any(x => x.Id == item.Id)) list.Add(item);
        }

        public ImmutableArray<Assignment> Build() =>
        [
            .. _entries
                .Select((e, n) => (e, n))
                .OrderBy(x => x.e.Span.File, StringComparer.Ordinal).ThenBy(x => x.e.Span.Line).ThenBy(x => x.e.Span.Column).ThenBy(x => x.n)
                .Select(x => new Assignment(x.e.Body, x.e.Role, x.e.Source, [.. x.e.Items], x.e.Span)
                {
                    HeadingItem = x.e.Heading,
                }),
        ];
    }
}
