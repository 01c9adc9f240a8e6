using StaticSite.Pages;
using StaticSite.Text;

namespace StaticSite.Site.Building;

/// <summary>One entry of the search index.</summary>
/// <param name="Id">Position in the index.</param>
/// <param name="U">Site-relative URL with anchor.</param>
/// <param name="T">Title as written (a page title, a section heading; empty for an item).</param>
/// <param name="L">What a result is called, shown, not searched: the title; for an item its number and its program's short name (<c>Nhiệm vụ 2.5 — 01-CTr/TU</c>, see <see cref="IndexSearchStage.ItemLabel"/>).</param>
/// <param name="K">What it is (Vietnamese: Chương trình, Mục, Nhiệm vụ, Cơ quan, Văn bản).</param>
/// <param name="X">Text as written.</param>
/// <param name="P">The page it stands on (shown with the result, not searched).</param>
/// <param name="Tf">Title folded (<see cref="VietnameseText.Fold"/>).</param>
/// <param name="Xf">Text folded.</param>
public sealed record SearchEntry(int Id, string U, string T, string L, string K, string X, string P, string Tf, string Xf);

/// <summary>
/// IndexSearch: the search index over page titles, section headings, items, bodies and references, split into small
/// scripts under <c>search/</c> (<see cref="SearchShards"/>) so a query loads only the shards of its words and the
/// entries it shows. Each text is indexed as written and folded (tones and <c>đ</c> removed), so a search without
/// diacritics finds it and an exact one ranks first.
/// </summary>
public sealed class IndexSearchStage : IBuildStage
{
    /// <summary>The index's manifest, the one script of it the search page names.</summary>
    public const string ManifestFile = SearchShards.Folder + "/manifest.js";

    /// <inheritdoc />
    public string Name => "IndexSearch";

    /// <inheritdoc />
    public string Label => "Lập chỉ mục tìm kiếm";

    /// <inheritdoc />
    public void Run(BuildContext context)
    {
        foreach (var (path, text) in SearchShards.Write(Entries(context))) context.AddText(path, text);
    }

    /// <summary>The entries of the built pages of <paramref name="context"/>, in page order then document order.</summary>
    public static IReadOnlyList<SearchEntry> Entries(BuildContext context)
    {
        var list = new List<SearchEntry>();
        // The program each program page shows, for the short name its items are labelled with.
        var programs = (context.Corpus?.Documents ?? []).ToDictionary(d => $"programs/{d.Slug}.html", StringComparer.Ordinal);
        void Add(string url, string title, string label, string kind, string text, string page)
        {
            title = VietnameseText.CollapseSpaces(title);
            text = VietnameseText.CollapseSpaces(text);
            list.Add(new SearchEntry(list.Count, url, title, VietnameseText.CollapseSpaces(label), kind, text, VietnameseText.CollapseSpaces(page), VietnameseText.Fold(title), VietnameseText.Fold(text)));
        }
        foreach (var page in context.HtmlPages.Where(p => p.Contains('/') && !p.StartsWith("assets/", StringComparison.Ordinal) && !p.StartsWith("md/", StringComparison.Ordinal)))
        {
            // Read from the page's scan, made when the page was written (no second parse).
            var scan = context.Output.Page(page);
            if (!scan.HasMain) continue;
            var title = scan.Title ?? page;
            var kind = KindOf(page);
            var shortName = programs.TryGetValue(page, out var program) ? DocumentTexts.ShortName(program) : title;
            Add(page, title, title, kind, scan.Description, "");
            // Sections and items: every element the model anchored (it carries data-source-line).
            foreach (var element in scan.Elements)
            {
                if (element.IsHeading) Add($"{page}#{element.Anchor}", element.Text, element.Text, "Mục", "", title);
                else Add($"{page}#{element.Anchor}", "", ItemLabel(element.Anchor, shortName), "Nhiệm vụ", element.Text, title);
            }
        }
        return list;
    }

    /// <summary>
    /// What an item's result is called: <c>Nhiệm vụ</c>, its place in the document — the numbers of its anchor, which
    /// count sections and items in order (<c>s2-i5</c> → <c>2.5</c>, the fifth item of the second section) — and the short
    /// name of its program (<c>Nhiệm vụ 2.5 — 01-CTr/TU</c>).
    /// </summary>
    public static string ItemLabel(string anchor, string programName)
    {
        var numbers = string.Join('.', System.Text.RegularExpressions.Regex.Matches(anchor, "[0-9]+").Select(m => m.Value));
        return numbers.Length == 0 ? $"Nhiệm vụ — {programName}" : $"Nhiệm vụ {numbers} — {programName}";
    }

    private static string KindOf(string page) => page.Split('/')[0] switch
    {
        "programs" => "Chương trình",
        "bodies" => "Cơ quan",
        "references" => "Văn bản được dẫn",
        "checklists" => "Danh sách kiểm tra",
        "compare" => "So sánh",
        _ => "Trang",
    };
}
