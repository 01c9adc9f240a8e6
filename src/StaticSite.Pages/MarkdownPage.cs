using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace StaticSite.Pages;

/// <summary>Loại trang: what a Markdown page shows.</summary>
public enum PageKind
{
    /// <summary>Trang chủ: every program with its status.</summary>
    Index,
    /// <summary>One program document in full.</summary>
    Program,
    /// <summary>One responsible body (cơ quan, đơn vị).</summary>
    Body,
    /// <summary>One referenced document (văn bản được dẫn).</summary>
    Reference,
    /// <summary>One body's checklist (danh sách kiểm tra).</summary>
    Checklist,
}

/// <summary>One step of a breadcrumb trail.</summary>
/// <param name="Title">Text shown (Vietnamese).</param>
/// <param name="Path">Target, relative to the Markdown root (<c>index.md</c>, <c>index.md#co-quan</c>); null for the current page.</param>
public sealed record Breadcrumb(string Title, string? Path);

/// <summary>
/// One Markdown page of the site, in memory. <see cref="Markdown"/> is the body (CommonMark plus pipe tables, task lists
/// and generic attributes <c>{#id}</c>); <see cref="FileText"/> is the file as written, with YAML front matter.
/// Links between pages are relative <c>.md</c> links.
/// </summary>
/// <param name="Path">Path relative to the Markdown root, with <c>/</c>: <c>index.md</c>, <c>programs/&lt;slug&gt;.md</c>.</param>
/// <param name="Kind">What the page shows.</param>
/// <param name="Title">Page title (front matter <c>title</c>, <c>&lt;title&gt;</c> of the HTML page).</param>
/// <param name="Description">One-line summary (front matter <c>description</c>, <c>&lt;meta name="description"&gt;</c>).</param>
/// <param name="Breadcrumbs">The trail from the home page to this page, the last step being this page.</param>
/// <param name="Date">Front matter <c>date</c>: the document's date for a program page, the build date otherwise.</param>
/// <param name="Source">Front matter <c>source</c>: the source file of a program page; null for other pages.</param>
/// <param name="Markdown">The Markdown body, without front matter.</param>
public sealed record MarkdownPage(
    string Path,
    PageKind Kind,
    string Title,
    string Description,
    ImmutableArray<Breadcrumb> Breadcrumbs,
    DateOnly? Date,
    string? Source,
    string Markdown)
{
    /// <summary>For a program page, the slug of its document (<c>programs/&lt;slug&gt;.md</c>); null for other pages.</summary>
    public string? DocumentSlug => Kind == PageKind.Program && Path.StartsWith("programs/", StringComparison.Ordinal) ? Path["programs/".Length..^".md".Length] : null;

    /// <summary>The front matter type name (<c>index</c>, <c>program</c>, <c>body</c>, <c>reference</c>, <c>checklist</c>).</summary>
    public string TypeName => Kind.ToString().ToLowerInvariant();

    /// <summary>The YAML front matter, without the <c>---</c> fences (Hugo, Jekyll and MkDocs read it).</summary>
    public string FrontMatter
    {
        get
        {
            var sb = new StringBuilder();
            sb.Append("title: ").Append(Yaml(Title)).Append('\n');
            sb.Append("description: ").Append(Yaml(Description)).Append('\n');
            sb.Append("type: ").Append(TypeName).Append('\n');
            if (Date is { } date) sb.Append("date: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
            if (Source is not null) sb.Append("source: ").Append(Yaml(Source)).Append('\n');
            if (!Breadcrumbs.IsDefaultOrEmpty)
            {
                sb.Append("breadcrumbs:\n");
                foreach (var crumb in Breadcrumbs)
                {
                    sb.Append("  - title: ").Append(Yaml(crumb.Title)).Append('\n');
                    if (crumb.Path is not null) sb.Append("    path: ").Append(Yaml(crumb.Path)).Append('\n');
                }
            }
            return sb.ToString();
        }
    }

    /// <summary>The whole file: front matter between <c>---</c> lines, a blank line, the body.</summary>
    public string FileText => $"---\n{FrontMatter}---\n\n{Markdown}";

    /// <summary>A YAML double-quoted scalar.</summary>
    internal static string Yaml(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsControl(c)) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
