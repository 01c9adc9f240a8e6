using System.Collections.Immutable;
using StaticSite.Compare;
using StaticSite.Model;
using StaticSite.Pages;
using StaticSite.Site.Theming;

namespace StaticSite.Site.Building;

/// <summary>
/// The comparison pages around the pair pages: the index (<c>compare/index.html</c>), the on-demand page
/// (<c>compare/chon.html</c>) with one data script per program that implements a resolution another program implements,
/// and the links the program and resolution pages carry to them. Everything here is O(programs + pairs made): a pair
/// without a page is compared in the browser, never precomputed.
/// </summary>
public sealed class ComparisonPages
{
    /// <summary>Site-relative path of the index of comparisons.</summary>
    public const string IndexPath = ComparisonPlanner.Folder + "/index.html";

    /// <summary>Site-relative path of the on-demand comparison page.</summary>
    public const string PickerPath = ComparisonPlanner.Folder + "/chon.html";

    /// <summary>A program page lists the pairs without a page one by one up to this many; beyond, one link to the picker.</summary>
    public const int OnDemandLinks = 5;

    /// <summary>The breadcrumb step every comparison page has: <c>So sánh</c>, linked to the index.</summary>
    public static LinkModel Crumb { get; } = new("So sánh", IndexPath);

    private readonly IReadOnlyList<ComparisonPair> _pairs;
    private readonly IReadOnlyDictionary<string, string> _referencePages;
    private readonly List<(string Id, List<ProgramDocument> Programs)> _resolutions;
    private readonly Dictionary<string, HashSet<string>> _partners = new(StringComparer.Ordinal);

    /// <summary>
    /// Plans the pages for <paramref name="documents"/> and the pair pages <paramref name="pairs"/>;
    /// <paramref name="referencePages"/> maps a resolution id to its page.
    /// </summary>
    public ComparisonPages(IReadOnlyList<ProgramDocument> documents, IReadOnlyList<ComparisonPair> pairs, IReadOnlyDictionary<string, string> referencePages)
    {
        _pairs = pairs;
        _referencePages = referencePages;
        foreach (var pair in pairs)
        {
            Partners(pair.A.Slug).Add(pair.B.Slug);
            Partners(pair.B.Slug).Add(pair.A.Slug);
        }
        var groups = new Dictionary<string, List<ProgramDocument>>(StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        foreach (var document in documents)
            foreach (var id in document.Implements.Select(r => r.Id))
            {
                if (!seen.Add((id, document.Slug))) continue;
                if (!groups.TryGetValue(id, out var list)) groups[id] = list = [];
                list.Add(document);
            }
        _resolutions = [.. groups.Where(g => g.Value.Count >= 2).OrderBy(g => g.Key, Text.VietnameseText.Order).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Value))];
    }

    // The programs a program has a pair page with (a few: compare.closest for each resolution it implements).
    private HashSet<string> Partners(string slug) => _partners.TryGetValue(slug, out var set) ? set : _partners[slug] = new(StringComparer.Ordinal);

    /// <summary>The on-demand page with <paramref name="a"/> and <paramref name="b"/> chosen (and the resolution, when given).</summary>
    public static string PickerLink(string? a, string? b, string? resolution)
    {
        var query = new List<string>();
        if (resolution is not null) query.Add("r=" + Uri.EscapeDataString(resolution));
        if (a is not null) query.Add("a=" + Uri.EscapeDataString(a));
        if (b is not null) query.Add("b=" + Uri.EscapeDataString(b));
        return query.Count == 0 ? PickerPath : PickerPath + "?" + string.Join("&", query);
    }

    /// <summary>
    /// The links to comparisons, by the page that shows them: a program page links its pair pages and, for the other
    /// programs of its resolutions without a pair page, the on-demand page (one by one up to <see cref="OnDemandLinks"/>, else
    /// once per resolution); a resolution's page links its pair pages, the on-demand page and the index.
    /// </summary>
    public IEnumerable<(string Page, LinkModel Link)> Related()
    {
        foreach (var pair in _pairs)
        {
            var label = $"So sánh {DocumentTexts.Title(pair.A)} với {DocumentTexts.Title(pair.B)}";
            yield return (ProgramPage(pair.A), new LinkModel($"So sánh với {DocumentTexts.Title(pair.B)}", pair.PagePath));
            yield return (ProgramPage(pair.B), new LinkModel($"So sánh với {DocumentTexts.Title(pair.A)}", pair.PagePath));
            foreach (var resolution in pair.Resolutions)
                if (_referencePages.TryGetValue(resolution, out var referencePage)) yield return (referencePage, new LinkModel(label, pair.PagePath));
        }
        foreach (var (id, programs) in _resolutions)
        {
            var members = programs.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
            foreach (var program in programs)
            {
                // Counted from the program's few pair pages, never by visiting every other program: O(programs) in all.
                var partners = Partners(program.Slug);
                var without = programs.Count - 1 - partners.Count(members.Contains);
                if (without == 0) continue;
                if (without <= OnDemandLinks)
                    // Few others means a small resolution: programs.Count ≤ OnDemandLinks + 1 + the program's pair pages.
                    foreach (var other in programs.Where(o => o.Slug != program.Slug && !partners.Contains(o.Slug)))
                        yield return (ProgramPage(program), new LinkModel($"So sánh với {DocumentTexts.Title(other)} (tính trên trình duyệt)", PickerLink(program.Slug, other.Slug, id)));
                else
                    yield return (ProgramPage(program), new LinkModel($"So sánh với một trong {Text.VietnameseNumber.Integer(without)} chương trình khác cùng thực hiện {id}", PickerLink(program.Slug, null, id)));
            }
            if (_referencePages.TryGetValue(id, out var page))
            {
                yield return (page, new LinkModel($"So sánh hai chương trình bất kỳ cùng thực hiện {id}", PickerLink(null, null, id)));
                yield return (page, new LinkModel("Mục lục so sánh", IndexPath));
            }
        }
    }

    /// <summary>
    /// Writes the index, the on-demand page and the data scripts into <paramref name="context"/>; returns the index's link for
    /// the home page, or null when no two programs implement the same resolution.
    /// </summary>
    public LinkModel? Render(BuildContext context, ThemeRenderer theme, string siteTitle, LinkModel home)
    {
        if (_resolutions.Count == 0 || !theme.Has("compare-index.cshtml") || !theme.Has("compare-pick.cshtml")) return null;
        var compared = _resolutions.SelectMany(r => r.Programs).DistinctBy(d => d.Slug).ToList();
        foreach (var document in compared)
            context.AddText(CompareData.PathOf(document.Slug), CompareData.Of(document, DocumentTexts.Title(document), ProgramPage(document)).Script());

        var index = _resolutions.Select(r => new CompareResolution(r.Id,
            _referencePages.TryGetValue(r.Id, out var page) ? page : "",
            [.. r.Programs.Select(p => new LinkModel($"{ProgramComparer.LabelOf(p)} — {DocumentTexts.Title(p)}", ProgramPage(p)))],
            [.. _pairs.Where(p => p.Resolutions.Contains(r.Id)).Select(p => new LinkModel($"{ProgramComparer.LabelAgainst(p.A, p.B)} — {ProgramComparer.LabelAgainst(p.B, p.A)}", p.PagePath))],
            PickerLink(null, null, r.Id)[PickerPath.Length..])).ToImmutableArray();
        context.AddText(IndexPath, theme.Render("compare-index.cshtml", new CompareIndexPageModel
        {
            SiteTitle = siteTitle, Title = "So sánh chương trình", PagePath = IndexPath, BodyClass = "page-compare-index",
            Description = $"Các trang so sánh hai chương trình cùng thực hiện một nghị quyết: {Text.VietnameseNumber.Integer(_pairs.Count)} trang dựng sẵn, các cặp khác so sánh ngay trên trình duyệt.",
            Breadcrumbs = [home, new LinkModel("So sánh", "")],
            Resolutions = index, Picker = PickerPath,
        }));
        context.AddText(PickerPath, theme.Render("compare-pick.cshtml", new ComparePickerPageModel
        {
            SiteTitle = siteTitle, Title = "So sánh hai chương trình bất kỳ", PagePath = PickerPath, BodyClass = "page-compare page-compare-pick",
            Description = "Chọn hai chương trình cùng thực hiện một nghị quyết để so sánh nhiệm vụ, cơ quan được phân công và thời hạn.",
            Breadcrumbs = [home, Crumb, new LinkModel("Chọn hai chương trình", "")],
            Resolutions = [.. _resolutions.Select(r => new ComparePickerResolution(r.Id,
                [.. r.Programs.Select(p => new ComparePickerProgram(p.Slug, $"{ProgramComparer.LabelOf(p)} — {DocumentTexts.Title(p)}"))]))],
            Pages = [.. _pairs.Select(p => p.PagePath)],
        }));
        return new LinkModel("So sánh chương trình", IndexPath);
    }

    private static string ProgramPage(ProgramDocument document) => $"programs/{document.Slug}.html";
}
