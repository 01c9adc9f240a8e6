using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using StaticSite.Model;

namespace StaticSite.Compare;

/// <summary>
/// What the on-demand comparison page (<c>compare/chon.html</c>) needs of one program to align it with any other in the
/// browser: its groups (sections by role, body blocks by function) and its items with the groups they stand in. One small
/// script per program (<c>compare/data/&lt;slug&gt;.js</c>), loaded by a <c>&lt;script&gt;</c> tag so the page works from
/// <c>file://</c>; the cost is O(programs), where pages for every pair would be quadratic.
/// </summary>
/// <param name="Slug">The program's slug.</param>
/// <param name="Label">Short name for the columns (<see cref="ProgramComparer.LabelOf"/>: the issuing committee, else the title).</param>
/// <param name="Number">Số hiệu, when known: what tells two programs of the same committee apart (<see cref="ProgramComparer.LabelAgainst"/>).</param>
/// <param name="Title">The program's title as the site shows it.</param>
/// <param name="Page">Site-relative path of the program's page.</param>
/// <param name="Resolutions">Ids of the resolutions it implements.</param>
/// <param name="Groups">Sections and body blocks, in reading order.</param>
/// <param name="Items">The items that take part in the alignment, in reading order.</param>
public sealed record CompareData(string Slug, string Label, string? Number, string Title, string Page, ImmutableArray<string> Resolutions,
    ImmutableArray<CompareDataGroup> Groups, ImmutableArray<CompareDataItem> Items)
{
    /// <summary>The folder of the data scripts in the site.</summary>
    public const string Folder = ComparisonPlanner.Folder + "/data";

    /// <summary>Site-relative path of the data script of the program <paramref name="slug"/>.</summary>
    public static string PathOf(string slug) => $"{Folder}/{slug}.js";

    /// <summary>
    /// The data of <paramref name="document"/>. Groups: the body blocks (every item a body leads, by
    /// <see cref="BodyRef.Function"/>) and the sections of a known role (key <c>tasks</c>, a second one <c>tasks-2</c>) or at
    /// the top level; an item no body leads stands in its nearest such section. Body headings are the blocks' own rows.
    /// </summary>
    public static CompareData Of(ProgramDocument document, string title, string page)
    {
        var groups = new List<CompareDataGroup>();
        var sectionKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        void AddSections(IEnumerable<Section> sections, string? parentKey, bool top)
        {
            foreach (var s in sections)
            {
                var key = parentKey;
                if (top || s.Role != SectionRole.Other)
                {
                    var root = ProgramComparer.SectionKey(s);
                    var n = seen[root] = seen.GetValueOrDefault(root) + 1;
                    key = n == 1 ? root : $"{root}-{n}";
                    groups.Add(new CompareDataGroup(key, "section", s.Heading, s.Number, s.Id, s.Span.Line));
                }
                sectionKey[s.Id] = key!;
                AddSections(s.Sections, key, false);
            }
        }
        AddSections(document.Sections, null, true);

        var bodyHeadings = Assignment.BodyHeadings(document.Assignments);
        var leads = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var cooperating = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var blocks = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var assignment in document.Assignments.OrderBy(x => x.Span.Line))
        {
            var lead = assignment.Role == AssignmentRole.Lead;
            if (lead && !blocks.ContainsKey(assignment.Body.Function))
            {
                blocks[assignment.Body.Function] = [];
                groups.Add(new CompareDataGroup(assignment.Body.Function, "body", assignment.Body.AsWritten, null, null, assignment.Span.Line));
            }
            foreach (var item in assignment.Items.SelectMany(i => i.SelfAndDescendants()))
            {
                var names = lead ? leads : cooperating;
                if (!names.TryGetValue(item.Id, out var list)) names[item.Id] = list = [];
                if (!list.Contains(assignment.Body.Name)) list.Add(assignment.Body.Name);
                if (lead && !blocks[assignment.Body.Function].Contains(item.Id)) blocks[assignment.Body.Function].Add(item.Id);
            }
        }
        var groupsOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (function, ids) in blocks)
            foreach (var id in ids)
            {
                if (!groupsOf.TryGetValue(id, out var list)) groupsOf[id] = list = [];
                list.Add(function);
            }

        var items = document.AllItems()
            .Where(x => !bodyHeadings.Contains(x.Item.Id))
            .DistinctBy(x => x.Item.Id)
            .Select(x => new CompareDataItem(
                groupsOf.TryGetValue(x.Item.Id, out var g) ? [.. g] : [sectionKey[x.Section.Id]],
                x.Item.Marker.Text.Length == 0 ? null : x.Item.Marker.Text, x.Item.Text, x.Item.Id, x.Item.Span.Line,
                leads.TryGetValue(x.Item.Id, out var l) ? [.. l] : [], cooperating.TryGetValue(x.Item.Id, out var c) ? [.. c] : [],
                x.Item.Deadline?.Text, x.Item.Deadline is { } d ? d.Kind == DeadlineKind.Unparsed ? "unparsed:" + Text.VietnameseText.Fold(d.Text) : d.Normalized : null))
            .OrderBy(i => i.Line)
            .ToImmutableArray();
        return new CompareData(document.Slug, ProgramComparer.LabelOf(document), document.Header?.Number, title, page,
            [.. document.Implements.Select(r => r.Id).Distinct().Order(StringComparer.Ordinal)], [.. groups], items);
    }

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The script: <c>window.COMPARE_DATA = window.COMPARE_DATA || {}; window.COMPARE_DATA["slug"] = {...};</c></summary>
    public string Script()
    {
        // The encoder escapes <, > and & as \u003C…: no "</script>" can appear, and the JSON is a JavaScript literal.
        var json = JsonSerializer.Serialize(this, Options);
        return "window.COMPARE_DATA = window.COMPARE_DATA || {};\nwindow.COMPARE_DATA[" + JsonSerializer.Serialize(Slug, Options) + "] = " + json + ";\n";
    }
}

/// <summary>A section or body block of <see cref="CompareData"/>.</summary>
/// <param name="Key">Section role key (<c>tasks</c>) or body function (<c>ban-to-chuc</c>): the same key pairs the groups of two programs.</param>
/// <param name="Kind"><c>section</c> or <c>body</c>.</param>
/// <param name="Heading">The heading or the body as written.</param>
/// <param name="Marker">The section's number as written, when any.</param>
/// <param name="Anchor">The section's id on the program page; null for a body.</param>
/// <param name="Line">Source line.</param>
public sealed record CompareDataGroup(string Key, string Kind, string Heading, string? Marker, string? Anchor, int Line);

/// <summary>An item of <see cref="CompareData"/>.</summary>
/// <param name="Groups">Keys of the groups it stands in (each body that leads it, else its section).</param>
/// <param name="Marker">Its numbering as written, when any.</param>
/// <param name="Text">Its text (NFC).</param>
/// <param name="Anchor">Its id on the program page.</param>
/// <param name="Line">Source line.</param>
/// <param name="Lead">Bodies that lead it (chủ trì).</param>
/// <param name="Cooperating">Bodies that cooperate (phối hợp).</param>
/// <param name="Deadline">Thời hạn as written, when any.</param>
/// <param name="DeadlineKey">The deadline by meaning (normalized period or kind; folded words of an unparsed one): equal keys say the same.</param>
public sealed record CompareDataItem(ImmutableArray<string> Groups, string? Marker, string Text, string Anchor, int Line,
    ImmutableArray<string> Lead, ImmutableArray<string> Cooperating, string? Deadline, string? DeadlineKey);
