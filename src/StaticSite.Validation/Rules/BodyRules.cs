using StaticSite.Diagnostics;
using StaticSite.Model;
using StaticSite.Text;

namespace StaticSite.Validation.Rules;

/// <summary>
/// <c>item-without-body</c>: a task that no body is responsible for — neither its heading, its sentence nor its table row
/// names one. Applies only where the genre expects a body per item: appendix rows, items of the organization section,
/// and items among siblings some of which are body headings. General paragraphs of the tasks section are addressed to
/// every committee by the genre and are not checked.
/// </summary>
public sealed class ItemWithoutBodyRule : IRule
{
    /// <inheritdoc />
    public string Name => "item-without-body";

    /// <inheritdoc />
    public Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public string Description => "Nhiệm vụ ở phụ lục, ở mục tổ chức thực hiện hoặc trong khối phân công theo cơ quan phải có cơ quan chủ trì.";

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ProgramDocument document, RuleContext context) => new Walk(document, Name, DefaultSeverity).Run();

    private sealed class Walk
    {
        private readonly ProgramDocument _document;
        private readonly string _rule;
        private readonly Severity _severity;
        private readonly HashSet<string> _assigned;
        private readonly IReadOnlySet<string> _bodyHeadings;
        private readonly Dictionary<string, Item> _parents = new(StringComparer.Ordinal);
        private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
        private readonly List<Diagnostic> _found = [];

        public Walk(ProgramDocument document, string rule, Severity severity)
        {
            _document = document;
            _rule = rule;
            _severity = severity;
            _assigned = document.Assignments.SelectMany(a => a.Items).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
            var items = document.AllItems().Select(p => p.Item).Concat(document.Tables.SelectMany(t => t.Rows).Select(r => r.Item)).ToList();
            foreach (var item in items)
                foreach (var child in item.Children)
                    _parents.TryAdd(child.Id, item);
            _bodyHeadings = Assignment.BodyHeadings(document.Assignments);
        }

        public IEnumerable<Diagnostic> Run()
        {
            foreach (var row in _document.Tables.SelectMany(t => t.Rows)) Visit(row.Item);
            foreach (var section in _document.AllSections())
            {
                if (section.Role == SectionRole.Appendix)
                    foreach (var item in section.Items) Visit(item);
                if (section.Role == SectionRole.Organization)
                    foreach (var item in section.Items.Where(i => i.Marker.Style != MarkerStyle.Paragraph)) Visit(item);
                CheckAssignmentBlock(section.Items);
            }
            return _found;
        }

        // A list of siblings where some are body headings (2.1. Ban Tổ chức ..., 2.2. Ban Tuyên giáo ...): each sibling of the same numbering style must name a body too.
        // (Depth first with an explicit stack, not recursion: items nest to any depth a document reaches.)
        private void CheckAssignmentBlock(IReadOnlyList<Item> top)
        {
            HashSet<MarkerStyle> StylesOf(IReadOnlyList<Item> siblings) => siblings.Where(i => _bodyHeadings.Contains(i.Id)).Select(i => i.Marker.Style).ToHashSet();
            var stack = new Stack<(IReadOnlyList<Item> Siblings, HashSet<MarkerStyle> Styles, int Next)>();
            stack.Push((top, StylesOf(top), 0));
            while (stack.Count > 0)
            {
                var (siblings, styles, next) = stack.Pop();
                if (next == siblings.Count) continue;
                stack.Push((siblings, styles, next + 1));
                var item = siblings[next];
                if (styles.Contains(item.Marker.Style) && item.Marker.Style != MarkerStyle.Paragraph) Visit(item);
                if (!item.Children.IsEmpty) stack.Push((item.Children, StylesOf(item.Children), 0));
            }
        }

        private bool Covered(Item item)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            // The seen set guards against a cycle should the reader ever repeat an id.
            for (Item? i = item; i is not null && seen.Add(i.Id); i = _parents.GetValueOrDefault(i.Id))
                if (_assigned.Contains(i.Id) || _bodyHeadings.Contains(i.Id)) return true;
            return false;
        }

        private void Visit(Item root)
        {
            var stack = new Stack<Item>();
            stack.Push(root);
            while (stack.Count > 0) VisitOne(stack.Pop(), stack);
        }

        private void VisitOne(Item item, Stack<Item> parts)
        {
            if (Covered(item)) return;
            if (item.SelfAndDescendants().Skip(1).Any(d => _assigned.Contains(d.Id) || _bodyHeadings.Contains(d.Id)))
            {
                // Partly assigned (a heading over body headings): look at the parts; lead-in paragraphs are not tasks.
                for (var i = item.Children.Length - 1; i >= 0; i--)
                    if (item.Children[i].Marker.Style != MarkerStyle.Paragraph) parts.Push(item.Children[i]);
                return;
            }
            if (!_reported.Add(item.Id)) return;
            var message = item.Marker.Style == MarkerStyle.TableRow
                ? $"Dòng {(item.Marker.Text.Length > 0 ? item.Marker.Text + " " : "")}của phụ lục {RuleText.Quote(item.Text, 60)} không có cơ quan chủ trì (ô “Cơ quan chủ trì” để trống). " +
                  "Điền cơ quan chủ trì cho dòng này; không để người đọc phải đoán."
                : $"Nhiệm vụ {RuleText.ItemLabel(item)} chưa có cơ quan chịu trách nhiệm: không có trong tiêu đề, trong câu giao việc hay trong bảng. " +
                  "Ghi rõ cơ quan chủ trì, vd. “Ban Tổ chức Thành ủy chủ trì, phối hợp với …”.";
            _found.Add(new Diagnostic(_rule, _severity, message, item.Span));
        }
    }
}

/// <summary>
/// <c>body-not-in-recipients</c>: a body given items does not receive the document. A recipient reaches a body when
/// the registry says it covers it (the same body, an alias, a group that has it as member), or covers the body's Party
/// organization (its đảng đoàn, ban cán sự đảng or đảng ủy, as the registry defines them), since a Party program reaches
/// state bodies and mass organizations through them. A group is reached when all its members are, or when it lists
/// Party organizations and all of those are. The issuing committee's own organs (Ban Thường vụ, Thường trực, Ban Chấp
/// hành) need not receive their own program.
/// </summary>
public sealed class BodyNotInRecipientsRule : IRule
{
    private static readonly string[] PartyOrganizationPrefixes = ["dang-doan-", "ban-can-su-dang-", "dang-uy-"];
    private static readonly string[] OwnOrgans = ["ban-thuong-vu", "thuong-truc", "ban-chap-hanh-dang-bo"];

    /// <inheritdoc />
    public string Name => "body-not-in-recipients";

    /// <inheritdoc />
    public Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public string Description => "Cơ quan được giao nhiệm vụ phải có trong “Nơi nhận” (trực tiếp, qua tổ chức đảng của nó, hoặc qua một nhóm như “Các ban xây dựng Đảng …”).";

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ProgramDocument document, RuleContext context)
    {
        if (document.RecipientsHeading is null || document.Recipients.IsEmpty) yield break; // missing-recipients says it
        var recipients = document.Recipients.SelectMany(r => r.Bodies).ToList();
        var functions = context.Registry.Definitions.Select(d => d.Function).ToHashSet(StringComparer.Ordinal);
        foreach (var assignments in document.Assignments.Where(a => !a.Items.IsEmpty).GroupBy(a => a.Body.Id, StringComparer.Ordinal))
        {
            var body = assignments.First().Body;
            if (IsIssuerOrgan(body, document.Issuer) || Reached(body, recipients, context.Registry, functions)) continue;
            var items = assignments.SelectMany(a => a.Items).Select(i => i.Id).Distinct().Count();
            var first = assignments.OrderBy(a => a.Span.Line).ThenBy(a => a.Span.Column).First();
            yield return new Diagnostic(Name, DefaultSeverity,
                $"{RuleText.Quote(body.AsWritten)} được giao {items} nhiệm vụ nhưng không có trong “Nơi nhận”, kể cả qua tên viết tắt, qua tổ chức đảng của cơ quan (đảng đoàn, ban cán sự đảng) hay qua nhóm (vd. “Các ban xây dựng Đảng …”). " +
                "Thêm cơ quan này vào “Nơi nhận”, hoặc kiểm tra lại tên cơ quan trong văn bản.",
                first.Span);
        }
    }

    private static bool Reached(BodyRef body, List<BodyRef> recipients, Bodies.BodyRegistry registry, HashSet<string> functions)
    {
        if (recipients.Any(r => registry.Covers(r, body))) return true;
        if (!body.IsGroup)
            return PartyOrganizationPrefixes.Select(p => p + body.Function).Where(functions.Contains)
                .Any(f => recipients.Any(r => registry.Covers(r, Pseudo(body, f))));
        if (body.Members.IsEmpty) return false;
        var members = body.Members.Select(m => Pseudo(body, m.TrimEnd('*'))).ToList();
        var partyOrganizations = members.Where(m => PartyOrganizationPrefixes.Any(p => m.Function.StartsWith(p, StringComparison.Ordinal))).ToList();
        return members.All(m => Reached(m, recipients, registry, functions))
            || partyOrganizations.Count > 0 && partyOrganizations.All(m => Reached(m, recipients, registry, functions));
    }

    // A member of a group, or a body's Party organization, as a body of the same committee.
    private static BodyRef Pseudo(BodyRef body, string function) =>
        body with { Id = $"{function}:{body.Committee}", Function = function, IsGroup = false, Members = [] };

    private static bool IsIssuerOrgan(BodyRef body, Issuer? issuer)
    {
        if (issuer is null) return false;
        var name = VietnameseText.Fold(body.Name);
        if (name == VietnameseText.Fold(issuer.Name) || name == VietnameseText.Fold(issuer.Committee)) return true;
        return OwnOrgans.Contains(body.Function) && body.Committee is not null && VietnameseText.Fold(body.Committee) == VietnameseText.Fold(issuer.Committee);
    }
}

/// <summary><c>unknown-body</c>: a body name the registry does not know, with the closest known names.</summary>
public sealed class UnknownBodyRule : IRule
{
    /// <inheritdoc />
    public string Name => "unknown-body";

    /// <inheritdoc />
    public Severity DefaultSeverity => Severity.Info;

    /// <inheritdoc />
    public string Description => "Tên cơ quan nên có trong danh mục cơ quan để được gộp đúng với các tên gọi khác.";

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ProgramDocument document, RuleContext context)
    {
        var named = document.Assignments.Select(a => (a.Body, a.Span))
            .Concat(document.Recipients.SelectMany(r => r.Bodies.Select(b => (Body: b, r.Span))));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (body, span) in named.OrderBy(n => n.Span.Line).ThenBy(n => n.Span.Column))
        {
            if (body.IsKnown || !seen.Add(VietnameseText.Fold(body.AsWritten))) continue;
            var closest = context.Registry.Closest(body.AsWritten, document.Issuer);
            var hint = closest.Count == 0 ? "" : $"Tên gần nhất trong danh mục: {string.Join(", ", closest.Select(c => RuleText.Quote(c)))}. ";
            yield return new Diagnostic(Name, DefaultSeverity,
                $"Không có {RuleText.Quote(body.AsWritten)} trong danh mục cơ quan, nên tên này không được gộp với các tên gọi khác của cùng cơ quan. {hint}" +
                "Nếu là tên khác của một cơ quan đã có, sửa lại tên; nếu là cơ quan mới, thêm vào \"bodies\" trong site.config.json.",
                span);
        }
    }
}
