using System.Collections.Immutable;

namespace StaticSite.Site.Theming;

/// <summary>What every page of the theme shows: the layout's part of the view model.</summary>
public abstract class PageModel
{
    /// <summary>Site title (<c>site.config.json</c> <c>title</c>).</summary>
    public required string SiteTitle { get; init; }

    /// <summary>The page's <c>&lt;title&gt;</c> and main heading.</summary>
    public required string Title { get; init; }

    /// <summary>The page's <c>&lt;meta name="description"&gt;</c>.</summary>
    public required string Description { get; init; }

    /// <summary>Site-relative path of the page (<c>programs/x.html</c>).</summary>
    public required string PagePath { get; init; }

    /// <summary>Relative prefix from the page to the site root (<c>""</c>, <c>"../"</c>), so every link works under any sub-path and from <c>file://</c>.</summary>
    public string Root => SitePaths.RootPrefix(PagePath);

    /// <summary>Đường dẫn: the way from the home page to this page (the page itself last, without link).</summary>
    public ImmutableArray<LinkModel> Breadcrumbs { get; init; } = [];

    /// <summary>CSS class on <c>&lt;body&gt;</c> naming the kind of page (<c>page-program</c>).</summary>
    public required string BodyClass { get; init; }

    /// <summary>
    /// <paramref name="text"/> as HTML for <c>@Raw</c>: escaped, each document number in it (<c>28-NQ/TW</c>) wrapped in
    /// <c>&lt;span class="doc-id"&gt;</c> so it never breaks at its hyphen (<see cref="Rendering.DocumentNumbers"/>).
    /// </summary>
    public string Numbered(string? text) => text is null ? "" :
        string.Concat(Rendering.DocumentNumbers.Parts(text).Select(p => p.IsNumber ? "<span class=\"doc-id\">" + Escape(p.Text) + "</span>" : Escape(p.Text)));

    // The characters that mean something in HTML text and attributes; Vietnamese letters stay as they are.
    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>A link relative to this page to the site-relative <paramref name="sitePath"/>.</summary>
    public string Link(string sitePath) => SitePaths.Relative(PagePath, sitePath);

    /// <summary>
    /// For a page a server shows at any address (the 404 page): the site's style sheet inlined, so the page is styled
    /// wherever it is served, and <c>&lt;base href&gt;</c> set to the root of <c>baseUrl</c> when the config has one, so
    /// its links reach the site from a nested address. Null for every other page.
    /// </summary>
    public StandaloneHead? Standalone { get; init; }
}

/// <summary>What the layout puts in the head of a page shown at any address: see <see cref="PageModel.Standalone"/>.</summary>
/// <param name="Css">The theme's <c>assets/site.css</c>, its <c>url(...)</c> made relative to the site root.</param>
/// <param name="BaseHref">The absolute path of the site root (<c>/</c>, <c>/chuong-trinh/</c>), or null without <c>baseUrl</c>.</param>
public sealed record StandaloneHead(string Css, string? BaseHref);

/// <summary>A link: text and site-relative target (the template makes it relative with <see cref="PageModel.Link"/>).</summary>
/// <param name="Text">Link text.</param>
/// <param name="Target">Site-relative path, with an optional <c>#anchor</c>; empty for no link.</param>
public sealed record LinkModel(string Text, string Target);

/// <summary>An entry of a table of contents.</summary>
/// <param name="Id">Anchor id of the heading.</param>
/// <param name="Text">Heading text.</param>
/// <param name="Level">2, 3 or 4 (the heading's level).</param>
public sealed record TocEntry(string Id, string Text, int Level);

/// <summary>A heading of the table of contents with the headings under it (an <c>h3</c> under its <c>h2</c>).</summary>
/// <param name="Entry">The heading.</param>
/// <param name="Children">The headings of a deeper level that follow it, up to the next heading of its level or higher.</param>
public sealed record TocNode(TocEntry Entry, ImmutableArray<TocNode> Children)
{
    /// <summary>The headings of a page, in order, nested by level; a heading deeper than the one before it starts a new level under it.</summary>
    public static ImmutableArray<TocNode> Nest(IReadOnlyList<TocEntry> entries)
    {
        var next = 0;
        return Under(entries, ref next, int.MinValue);
    }

    private static ImmutableArray<TocNode> Under(IReadOnlyList<TocEntry> entries, ref int next, int parentLevel)
    {
        var nodes = ImmutableArray.CreateBuilder<TocNode>();
        while (next < entries.Count && entries[next].Level > parentLevel)
        {
            var entry = entries[next++];
            nodes.Add(new TocNode(entry, Under(entries, ref next, entry.Level)));
        }
        return nodes.ToImmutable();
    }
}

/// <summary>A page whose main part is Markdown rendered by Markdig (program, body, reference, index pages).</summary>
public sealed class ContentPageModel : PageModel
{
    /// <summary>The id the Markdown gave the title (<c>tieu-de</c>), kept on the template's <c>h1</c>; null for none.</summary>
    public string? TitleId { get; init; }

    /// <summary>The Markdown rendered to HTML with raw HTML disabled (document text cannot inject tags).</summary>
    public required string BodyHtml { get; init; }

    /// <summary>Mục lục: the headings of a long page; empty for a short one.</summary>
    public ImmutableArray<TocEntry> Toc { get; init; } = [];

    /// <summary>The table of contents nested by heading level, as the template shows it.</summary>
    public ImmutableArray<TocNode> TocTree => TocNode.Nest(Toc);

    /// <summary>The previous page in its series (previous program), or null.</summary>
    public LinkModel? Previous { get; init; }

    /// <summary>The next page in its series, or null.</summary>
    public LinkModel? Next { get; init; }

    /// <summary>Related pages shown above the text (comparison pages of a program).</summary>
    public ImmutableArray<LinkModel> Related { get; init; } = [];

    /// <summary>Files to take away, shown under the title: a body's checklist as printed page, PDF, spreadsheet and calendar.</summary>
    public ImmutableArray<LinkModel> Downloads { get; init; } = [];
}

/// <summary>Where one checklist stands in the site: its page and the files beside it. The one rule for these paths.</summary>
/// <param name="Page">The checklist page (<c>checklists/x.html</c>).</param>
/// <param name="Pdf">Its PDF (<c>pdf/x.pdf</c>) when the build prints PDFs, else null.</param>
public sealed record ChecklistOutputs(string Page, string? Pdf)
{
    /// <summary>The spreadsheet (<c>checklists/x.xlsx</c>).</summary>
    public string Spreadsheet => Path.ChangeExtension(Page, ".xlsx");

    /// <summary>The calendar of dated deadlines (<c>checklists/x.ics</c>).</summary>
    public string Calendar => Path.ChangeExtension(Page, ".ics");

    /// <summary>The outputs of <paramref name="checklist"/>; <paramref name="printsPdf"/> when the build prints PDFs.</summary>
    public static ChecklistOutputs Of(StaticSite.Pages.Checklist checklist, bool printsPdf)
    {
        var page = ChecklistPageModel.Html(checklist.Path);
        return new ChecklistOutputs(page, printsPdf ? $"{StaticSite.Site.Pdf.ChecklistPdfWriter.PdfFolder}/{Path.GetFileNameWithoutExtension(page)}.pdf" : null);
    }

    /// <summary>The links a page offers to them, in Vietnamese.</summary>
    public ImmutableArray<LinkModel> Links =>
    [
        new("Danh sách kiểm tra (trang in)", Page),
        .. Pdf is null ? (LinkModel[])[] : [new LinkModel("Bản PDF (A4)", Pdf)],
        new("Bảng tính (.xlsx)", Spreadsheet),
        new("Lịch thời hạn (.ics)", Calendar),
    ];
}

/// <summary>One program on the home page, with the facets the filter uses.</summary>
/// <param name="Title">Trích yếu or file name.</param>
/// <param name="Target">Site-relative page path.</param>
/// <param name="Kind">Loại văn bản, Vietnamese.</param>
/// <param name="Issuer">Cơ quan ban hành, or empty.</param>
/// <param name="Resolutions">Văn bản được thực hiện (ids).</param>
/// <param name="Number">Số ký hiệu, or empty.</param>
/// <param name="ItemCount">Number of items.</param>
public sealed record ProgramCard(string Title, string Target, string Kind, string Issuer, ImmutableArray<string> Resolutions, string Number, int ItemCount)
{
    /// <summary>Ngày ban hành (<c>01/03/2023</c>), or empty.</summary>
    public string Date { get; init; } = "";
}

/// <summary>The home page: programs with filters, links to the indexes.</summary>
public sealed class HomePageModel : PageModel
{
    /// <summary>The programs, in content order.</summary>
    public required ImmutableArray<ProgramCard> Programs { get; init; }

    /// <summary>Distinct issuers, in Vietnamese order.</summary>
    public ImmutableArray<string> Issuers => [.. Programs.Select(p => p.Issuer).Where(i => i.Length > 0).Distinct().Order(StaticSite.Text.VietnameseText.Order)];

    /// <summary>Distinct kinds, in Vietnamese order.</summary>
    public ImmutableArray<string> Kinds => [.. Programs.Select(p => p.Kind).Distinct().Order(StaticSite.Text.VietnameseText.Order)];

    /// <summary>Distinct implemented resolutions, in Vietnamese order.</summary>
    public ImmutableArray<string> Resolutions => [.. Programs.SelectMany(p => p.Resolutions).Distinct().Order(StaticSite.Text.VietnameseText.Order)];

    /// <summary>Links to the other indexes (bodies, references, checklists, comparisons).</summary>
    public ImmutableArray<LinkModel> Indexes { get; init; } = [];

    /// <summary>The index page of the Markdown writer rendered (its title taken out): statuses, bodies, references.</summary>
    public string BodyHtml { get; init; } = "";

    /// <summary>The id the Markdown gave the title, or null.</summary>
    public string? TitleId { get; init; }
}

/// <summary>A list page: the index of bodies, of referenced documents, of checklists.</summary>
public sealed class ListPageModel : PageModel
{
    /// <summary>Lead paragraph.</summary>
    public string Lead { get; init; } = "";

    /// <summary>The entries, in order.</summary>
    public required ImmutableArray<LinkModel> Entries { get; init; }
}

/// <summary>The search page and the 404 page: no content of their own.</summary>
public sealed class PlainPageModel : PageModel
{
    /// <summary>A short text shown under the title.</summary>
    public string Lead { get; init; } = "";
}

/// <summary>The comparison of two programs that implement the same resolution (<c>compare/&lt;a&gt;--&lt;b&gt;.html</c>, template <c>compare.cshtml</c>).</summary>
public sealed class ComparePageModel : PageModel
{
    /// <summary>The alignment of the two programs (<c>ProgramComparer.Compare(a, b)</c>).</summary>
    public required StaticSite.Compare.Comparison Comparison { get; init; }

    /// <summary>Site-relative path of the left program's page.</summary>
    public required string ProgramA { get; init; }

    /// <summary>Site-relative path of the right program's page.</summary>
    public required string ProgramB { get; init; }

    /// <summary>The resolutions both implement, linked to their pages when the site has them.</summary>
    public ImmutableArray<LinkModel> Resolutions { get; init; } = [];
}

/// <summary>A checklist page (<c>checklists/&lt;body&gt;.html</c>), printed on A4 and ticked off at review meetings.</summary>
public sealed class ChecklistPageModel : PageModel
{
    /// <summary>The checklist (<c>StaticSite.Pages.ChecklistBuilder</c>).</summary>
    public required StaticSite.Pages.Checklist Checklist { get; init; }

    /// <summary>Ngày lập, as offices write it (<c>24/11/2026</c>).</summary>
    public string BuildDate => StaticSite.Pages.MarkdownText.Date(Checklist.BuildDate);

    /// <summary>Site-relative HTML path for a Markdown-root path (<c>programs/x.md</c> → <c>programs/x.html</c>).</summary>
    public static string Html(string mdPath) => Path.ChangeExtension(mdPath, ".html").Replace('\\', '/');

    /// <summary>Where the checklist's page and files stand in the site (its PDF only when the build prints PDFs).</summary>
    public required ChecklistOutputs Files { get; init; }

    /// <summary>How many rows at the end are printed with the signature block, never apart from it.</summary>
    public const int RowsKeptWithSignature = 1;

    /// <summary>
    /// The rows before the closing block, and the last <see cref="RowsKeptWithSignature"/> rows that go with the signature
    /// (more would make the block taller than a page, which the printer then splits anyway). A program's heading goes with
    /// its first row: when that is the last row, the heading is in the closing block too.
    /// </summary>
    public (IReadOnlyList<StaticSite.Pages.ChecklistRow> Main, IReadOnlyList<StaticSite.Pages.ChecklistRow> Closing) SplitForSignature()
    {
        var rows = Checklist.Rows().ToList();
        if (rows.Count == 0) return ([], []);
        var at = Math.Max(0, rows.Count - RowsKeptWithSignature);
        return (rows[..at], rows[at..]);
    }

    /// <summary>
    /// The page-margin boxes of the printed sheet: whose list it is on every page (body, committee, date of the list), so a
    /// loose page of the meeting's stack still says whose it is; page numbers at the foot.
    /// </summary>
    public string PrintHeaderCss
    {
        get
        {
            var left = "Danh sách kiểm tra: " + Checklist.BodyName;
            var right = (Checklist.Committee is { } committee ? committee + " · " : "") + "lập ngày " + BuildDate;
            // Seven columns read on A4 turned sideways (khổ ngang), as offices print such tables.
            return "@page { size: A4 landscape; @top-left { content: " + CssString(left) + "; font-size: 8pt; } @top-right { content: " + CssString(right) + "; font-size: 8pt; } }";
        }
    }

    // A CSS string literal: quotes, backslashes and line breaks escaped; "<" too, so the text cannot end the <style> element.
    private static string CssString(string text)
    {
        var sb = new System.Text.StringBuilder("\"");
        foreach (var ch in text)
            sb.Append(ch switch { '"' => "\\\"", '\\' => "\\\\", '<' => "\\3C ", '\n' or '\r' => " ", _ => ch.ToString() });
        return sb.Append('"').ToString();
    }
}

/// <summary>Lịch thời hạn (<c>deadlines.html</c>): every dated task by month, filterable by body.</summary>
public sealed class DeadlinesPageModel : PageModel
{
    /// <summary>The calendar (<c>StaticSite.Pages.DeadlineCalendar</c>).</summary>
    public required StaticSite.Pages.DeadlineCalendar Calendar { get; init; }

    /// <summary>Ngày lập, as offices write it.</summary>
    public string ListDate => StaticSite.Pages.MarkdownText.Date(Calendar.ListDate);

    /// <summary>A day as offices write it (<c>15/12/2027</c>).</summary>
    public static string Day(DateOnly day) => StaticSite.Pages.MarkdownText.Date(day);

    /// <summary>The slugs a row answers to in the filter: every body given the task, also through a group.</summary>
    public static string FilterKeys(StaticSite.Pages.DeadlineTask task) => string.Join(' ', task.Bodies.Select(b => b.Slug).Distinct(StringComparer.Ordinal));

    /// <summary>The bodies shown in a row for <paramref name="role"/>: those given it themselves (a group stands for the members it reaches).</summary>
    public static IEnumerable<StaticSite.Pages.DeadlineAssignee> Shown(StaticSite.Pages.DeadlineTask task, StaticSite.Model.AssignmentRole role) =>
        task.Bodies.Where(b => b.Role == role && b.Via is null);
}

