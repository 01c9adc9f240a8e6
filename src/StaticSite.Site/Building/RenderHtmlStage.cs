using System.Collections.Immutable;
using StaticSite.Compare;
using StaticSite.Model;
using StaticSite.Pages;
using StaticSite.Site.Rendering;
using StaticSite.Site.Theming;

namespace StaticSite.Site.Building;

/// <summary>RenderHtml: every page through the theme (one <see cref="ThemeRenderer"/> per build: the site's theme folder over the embedded theme), theme assets copied.</summary>
public sealed partial class RenderHtmlStage : IBuildStage
{
    /// <summary>Pages with at least this many headings get a table of contents.</summary>
    public const int TocThreshold = 4;

    /// <summary>Site-relative path of the Lịch thời hạn page.</summary>
    public const string DeadlinesPath = "deadlines.html";

    /// <inheritdoc />
    public string Name => "RenderHtml";

    /// <inheritdoc />
    public string Label => "Dựng trang HTML";

    /// <inheritdoc />
    public void Run(BuildContext context)
    {
        try
        {
            context.Theme = new ThemeRenderer(context.ThemeDir);
            CopyAssets(context, context.Theme.Files);
            CopyOriginals(context);
            Render(context, context.Theme);
        }
        catch (ThemeException e)
        {
            context.Errors.Add(e.Message);
        }
    }

    // The site's assets over the tool's: a site that replaces site.css keeps the fonts and scripts of the embedded theme.
    private static void CopyAssets(BuildContext context, ThemeFiles files)
    {
        foreach (var path in files.All.Where(p => p.StartsWith("assets/", StringComparison.Ordinal)))
            context.AddFile(path, files.Read(path));
    }

    private static void CopyOriginals(BuildContext context)
    {
        // A Word or PDF original is published beside its page, which links to it ("Tải văn bản gốc").
        foreach (var doc in context.Corpus!.Documents)
            if (PagePaths.Original(doc) is { } original && Path.Combine(context.ContentDir, doc.Path) is var file && File.Exists(file))
                context.AddFile(original, File.ReadAllBytes(file));
    }

    private static void Render(BuildContext context, ThemeRenderer theme)
    {
        var corpus = context.Corpus!;
        var site = context.Config.Title;
        var home = new LinkModel("Trang chủ", "index.html");
        var documents = corpus.Documents.ToDictionary(d => d.Slug, StringComparer.Ordinal);
        var pages = context.MarkdownPages.Where(p => p.Kind is not (SourcePageKind.Index or SourcePageKind.Checklist)).ToList();
        var programs = pages.Where(p => p.Kind == SourcePageKind.Program).ToList();
        var programAt = new Dictionary<SourcePage, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < programs.Count; i++) programAt.TryAdd(programs[i], i);
        var lists = new List<(string Path, string Title, string Lead, SourcePageKind Kind)>
        {
            ("bodies/index.html", "Cơ quan, đơn vị", "Các cơ quan, đơn vị được phân công chủ trì hoặc phối hợp.", SourcePageKind.Body),
            ("references/index.html", "Văn bản được dẫn", "Các nghị quyết, kết luận, kế hoạch được các chương trình thực hiện hoặc nhắc đến.", SourcePageKind.Reference),
            ("checklists/index.html", "Danh sách kiểm tra", "Mỗi cơ quan, đơn vị một danh sách các nhiệm vụ chủ trì và phối hợp, in trên khổ A4.", SourcePageKind.Checklist),
        };
        var indexOf = lists.ToDictionary(l => l.Kind, l => new LinkModel(l.Title, l.Path));

        var pairs = ComparisonPlanner.Pairs(corpus.Documents, context.Config.Compare.Closest);
        var pageByPath = context.MarkdownPages.ToDictionary(p => p.HtmlPath, StringComparer.Ordinal);
        var related = new Dictionary<string, List<LinkModel>>(StringComparer.Ordinal);
        void Relate(string page, LinkModel link)
        {
            if (!related.TryGetValue(page, out var list)) related[page] = list = [];
            list.Add(link);
        }
        var compareTemplate = theme.Has("compare.cshtml");
        var comparisons = compareTemplate && context.Config.Compare.Closest > 0
            ? new ComparisonPages(corpus.Documents, pairs, context.ReferencePages.Where(r => pageByPath.ContainsKey(r.Value)).ToDictionary(StringComparer.Ordinal))
            : null;
        foreach (var (page, link) in comparisons?.Related() ?? []) Relate(page, link);

        // Each checklist's page and files, also offered on its body's page.
        var outputs = context.Checklists.ToDictionary(c => c.Slug, c => ChecklistOutputs.Of(c, context.Pdf is not null), StringComparer.Ordinal);
        var downloads = context.Checklists.ToDictionary(c => ChecklistPageModel.Html(c.BodyPath), c => outputs[c.Slug].Links, StringComparer.Ordinal);

        var cache = context.Cache is { } buildCache ? new PageCache(buildCache.Pages, theme.Files) : null;
        var done = 0;
        var total = pages.Count + context.Checklists.Length + pairs.Count + lists.Count + 4;
        foreach (var page in pages)
        {
            var fragment = Process(context, page, documents);
            var position = programAt.TryGetValue(page, out var at) ? at : -1;
            var model = new ContentPageModel
            {
                SiteTitle = site,
                Title = page.Title,
                TitleId = fragment.TitleId,
                Description = page.Description,
                PagePath = page.HtmlPath,
                BodyClass = "page-" + page.Kind.ToString().ToLowerInvariant(),
                Breadcrumbs = !page.Breadcrumbs.IsEmpty ? page.Breadcrumbs
                    : indexOf.TryGetValue(page.Kind, out var parent) ? [home, parent, new LinkModel(page.Title, "")] : [home, new LinkModel(page.Title, "")],
                BodyHtml = fragment.Html,
                Toc = fragment.Toc.Length >= TocThreshold ? fragment.Toc : [],
                Previous = position > 0 ? new LinkModel(programs[position - 1].Title, programs[position - 1].HtmlPath) : null,
                Next = position >= 0 && position < programs.Count - 1 ? new LinkModel(programs[position + 1].Title, programs[position + 1].HtmlPath) : null,
                Related = related.TryGetValue(page.HtmlPath, out var links) ? [.. links] : [],
                Downloads = page.Kind == SourcePageKind.Body && downloads.TryGetValue(page.HtmlPath, out var files) ? files : [],
            };
            var template = page.Kind switch
            {
                SourcePageKind.Program => "program.cshtml",
                SourcePageKind.Body => "body.cshtml",
                SourcePageKind.Reference => "reference.cshtml",
                _ => "page.cshtml",
            };
            context.AddText(page.HtmlPath, theme.Render(template, model));
            context.Progress?.Advance(++done, total);
        }

        foreach (var checklist in context.Checklists)
        {
            var files = outputs[checklist.Slug];
            var path = files.Page;
            // The PDF is printed from this page at the swap (when the build prints PDFs); the page links it, so it is promised.
            if (files.Pdf is { } pdf) context.Promised.Add(pdf);
            context.AddFile(files.Spreadsheet, Cached(cache, "xlsx", [checklist], () => ChecklistFiles.Spreadsheet(checklist)));
            context.AddText(files.Calendar, ChecklistFiles.Calendar(checklist, site));
            context.AddText(path, theme.Render("checklist.cshtml", new ChecklistPageModel
            {
                Files = files,
                SiteTitle = site, Title = checklist.Title, PagePath = path, BodyClass = "page-checklist",
                Description = $"{checklist.ItemCount} nhiệm vụ của {checklist.BodyName} trong {checklist.ProgramCount} chương trình, lập ngày {MarkdownText.Date(checklist.BuildDate)}.",
                Breadcrumbs = [home, indexOf[SourcePageKind.Checklist], new LinkModel(checklist.BodyName, "")],
                Checklist = checklist,
            }));
            context.Progress?.Advance(++done, total);
        }

        // Lịch thời hạn: every dated task by month, filterable by body (a site theme without the template has none).
        var deadlines = theme.Has("deadlines.cshtml");
        if (deadlines)
        {
            var calendar = DeadlineCalendar.Build(context.Checklists, corpus.BuildDate);
            context.AddText(DeadlinesPath, theme.Render("deadlines.cshtml", new DeadlinesPageModel
            {
                SiteTitle = site, Title = "Lịch thời hạn", PagePath = DeadlinesPath, BodyClass = "page-deadlines",
                Description = $"{calendar.TaskCount} nhiệm vụ có thời hạn cụ thể, theo tháng đến hạn, lọc theo cơ quan, đơn vị.",
                Breadcrumbs = [home, new LinkModel("Lịch thời hạn", "")],
                Calendar = calendar,
            }));
        }

        if (compareTemplate)
            foreach (var pair in pairs)
            {
                ImmutableArray<LinkModel> resolutions = [.. pair.Resolutions.Select(r => new LinkModel(r, context.ReferencePages.TryGetValue(r, out var target) && pageByPath.ContainsKey(target) ? target : ""))];
                // The aligner is the costly part of a build: a page of two programs that did not change is taken from the cache.
                context.AddFile(pair.PagePath, Cached(cache, "compare", [pair.A, pair.B, pair.PagePath, pair.Resolutions, resolutions, site], () => Utf8.GetBytes(ComparePage(theme, pair, resolutions, site, home))));
                context.Progress?.Advance(++done, total);
            }

        var indexes = ImmutableArray.CreateBuilder<LinkModel>();
        foreach (var list in lists)
        {
            var entries = (list.Kind == SourcePageKind.Checklist
                    ? context.Checklists.Select(c => new LinkModel(c.BodyName, ChecklistPageModel.Html(c.Path)))
                    : context.MarkdownPages.Where(p => p.Kind == list.Kind).Select(p => new LinkModel(p.Title, p.HtmlPath)))
                .OrderBy(l => l.Text, StaticSite.Text.VietnameseText.Order).ThenBy(l => l.Target, StringComparer.Ordinal).ToImmutableArray();
            if (context.Output.Contains(list.Path)) continue;
            indexes.Add(new LinkModel(list.Title, list.Path));
            context.AddText(list.Path, theme.Render("list.cshtml", new ListPageModel
            {
                SiteTitle = site, Title = list.Title, Description = list.Lead, Lead = list.Lead, PagePath = list.Path, BodyClass = "page-list",
                Breadcrumbs = [home, new LinkModel(list.Title, "")], Entries = entries,
            }));
            context.Progress?.Advance(++done, total);
        }

        if (deadlines) indexes.Add(new LinkModel("Lịch thời hạn", DeadlinesPath));
        if (comparisons?.Render(context, theme, site, home) is { } compareIndex) indexes.Add(compareIndex);

        var cards = corpus.Documents.Select(d => new ProgramCard(
            DocumentTexts.Title(d), $"programs/{d.Slug}.html", DocumentTexts.KindOf(d), d.Issuer?.Name ?? "",
            [.. d.Implements.Select(r => r.Id).Distinct()], DocumentTexts.OwnNumber(d) ?? "", d.TaskCount)
            { Date = d.Header?.Date is { } date ? MarkdownText.Date(date) : "" }).ToImmutableArray();
        var indexPage = context.MarkdownPages.FirstOrDefault(p => p.Kind == SourcePageKind.Index);
        var indexFragment = indexPage is null ? null : Process(context, indexPage, documents);
        context.AddText("index.html", theme.Render("home.cshtml", new HomePageModel
        {
            BodyHtml = indexFragment?.Html ?? "",
            TitleId = indexFragment?.TitleId,
            SiteTitle = site, Title = site, Description = $"{corpus.Documents.Length} chương trình, kế hoạch: nội dung, phân công, thời hạn và danh sách kiểm tra.",
            PagePath = "index.html", BodyClass = "page-home", Programs = cards, Indexes = indexes.ToImmutable(),
        }));
        context.AddText("search.html", theme.Render("search.cshtml", new PlainPageModel
        {
            SiteTitle = site, Title = "Tìm kiếm", Description = "Tìm trong tên, mục, nhiệm vụ, cơ quan và văn bản được dẫn, có dấu hoặc không dấu.",
            PagePath = "search.html", BodyClass = "page-search", Breadcrumbs = [home, new LinkModel("Tìm kiếm", "")],
        }));
        context.AddText("404.html", theme.Render("404.cshtml", new PlainPageModel
        {
            SiteTitle = site, Title = "Không tìm thấy trang", Description = "Trang được yêu cầu không có trên trang này.",
            Lead = "Trang bạn tìm không có hoặc đã được đổi tên. Hãy về trang chủ hoặc dùng ô tìm kiếm.",
            PagePath = "404.html", BodyClass = "page-404", Breadcrumbs = [home, new LinkModel("Không tìm thấy trang", "")],
            Standalone = StandaloneHead(context, theme.Files),
        }));
        cache?.Prune();
        context.PagesCached = cache?.Hits ?? 0;
        context.Progress?.Advance(total, total);
    }

    private static string ComparePage(ThemeRenderer theme, ComparisonPair pair, ImmutableArray<LinkModel> resolutions, string site, LinkModel home)
    {
        // The committees name the two sides; the full titles stand under each column on the page.
        var comparison = ProgramComparer.Compare(pair.A, pair.B);
        var title = $"So sánh: {comparison.A.Label} — {comparison.B.Label} ({string.Join(", ", pair.Resolutions)})";
        return theme.Render("compare.cshtml", new ComparePageModel
        {
            SiteTitle = site, Title = title, PagePath = pair.PagePath, BodyClass = "page-compare",
            Description = $"So sánh hai văn bản cùng thực hiện {string.Join(", ", pair.Resolutions)}: nhiệm vụ, cơ quan được phân công và thời hạn.",
            Breadcrumbs = [home, ComparisonPages.Crumb, new LinkModel(title, "")],
            Comparison = comparison,
            ProgramA = $"programs/{pair.A.Slug}.html",
            ProgramB = $"programs/{pair.B.Slug}.html",
            Resolutions = resolutions,
        });
    }

    private static byte[] Cached(PageCache? cache, string kind, object?[] inputs, Func<byte[]> make) =>
        cache is null ? make() : cache.Get(kind, inputs, make);

    private static readonly System.Text.UTF8Encoding Utf8 = new(false);

    // A static server shows 404.html in place of any missing address (/programs/x/y.html), where the page's relative links
    // and style sheet would miss: the style is inlined, and with baseUrl the links resolve against the site root.
    private static StandaloneHead StandaloneHead(BuildContext context, ThemeFiles files)
    {
        var css = System.Text.Encoding.UTF8.GetString(files.Read("assets/site.css"));
        css = CssRelativeUrl().Replace(css, m => $"url({m.Groups[1].Value}assets/");
        var root = context.Config.BaseUrl is { } url && Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.AbsolutePath.TrimEnd('/') + "/" : null;
        // Inside <style> only "</style" could end the element early; a theme's CSS has no reason to hold it.
        return new StandaloneHead(css.Replace("</style", "<\\/style", StringComparison.OrdinalIgnoreCase), root);
    }

    // url("fonts/x.ttf") / url(fonts/x.ttf): relative to assets/, made relative to the root; absolute and data: URLs unchanged.
    [System.Text.RegularExpressions.GeneratedRegex(@"url\((['""]?)(?![a-z][a-z0-9+.-]*:|/|#)")]
    private static partial System.Text.RegularExpressions.Regex CssRelativeUrl();

    private static Rendering.ProcessedFragment Process(BuildContext context, SourcePage page, Dictionary<string, ProgramDocument> documents)
    {
        var lines = page.DocumentSlug is not null && documents.TryGetValue(page.DocumentSlug, out var document) ? LineMap(document) : Empty;
        var fragment = HtmlPostProcessor.Process(MarkdownRenderer.ToHtml(page.Markdown), lines, sectionPager: page.Kind == SourcePageKind.Program);
        if (fragment.Removed > 0)
            context.Diagnostics.Add(new Diagnostics.Diagnostic("unsafe-markup-removed", Diagnostics.Severity.Warning,
                $"Đã loại {fragment.Removed} phần tử hoặc thuộc tính không an toàn khỏi trang {page.HtmlPath}.", new SourceSpan("md/" + page.Path, 1, 1, 1)));
        return fragment;
    }

    private static readonly IReadOnlyDictionary<string, int> Empty = new Dictionary<string, int>();

    /// <summary>Anchor id → source line for every section, item and table row of <paramref name="document"/>.</summary>
    public static IReadOnlyDictionary<string, int> LineMap(ProgramDocument document)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in document.AllSections()) map.TryAdd(s.Id, s.Span.Line);
        foreach (var (_, i) in document.AllItems()) map.TryAdd(i.Id, i.Span.Line);
        foreach (var row in document.Tables.SelectMany(t => t.Rows)) map.TryAdd(row.Item.Id, row.Span.Line);
        return map;
    }
}
