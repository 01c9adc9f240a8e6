using System.Collections.Immutable;
using StaticSite.Site.Theming;

namespace StaticSite.Site.Building;

/// <summary>What a Markdown page is about; decides its template.</summary>
public enum SourcePageKind
{
    /// <summary>The index of all programs (the site builds its home page from the model instead).</summary>
    Index,
    /// <summary>One program.</summary>
    Program,
    /// <summary>One responsible body.</summary>
    Body,
    /// <summary>One referenced document.</summary>
    Reference,
    /// <summary>One checklist (the site renders checklists from the typed model instead).</summary>
    Checklist,
    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>A Markdown page as the site renders it.</summary>
/// <param name="Path">Path relative to the Markdown root (<c>programs/x.md</c>); the HTML page has the same path with <c>.html</c>.</param>
/// <param name="Kind">What the page is about.</param>
/// <param name="Title">Page title.</param>
/// <param name="Description">One-sentence description for <c>&lt;meta name="description"&gt;</c>.</param>
/// <param name="Markdown">CommonMark text; document text escaped; links relative <c>.md</c>.</param>
/// <param name="DocumentSlug">For a program page, the slug of its document (to map anchors to source lines).</param>
public sealed record SourcePage(string Path, SourcePageKind Kind, string Title, string Description, string Markdown, string? DocumentSlug = null)
{
    /// <summary>The site-relative path of the HTML page.</summary>
    public string HtmlPath => System.IO.Path.ChangeExtension(Path, ".html").Replace('\\', '/');

    /// <summary>Đường dẫn from the home page to this page (site-relative HTML targets; empty target for the page itself); empty for a default trail.</summary>
    public ImmutableArray<LinkModel> Breadcrumbs { get; init; } = [];

    /// <summary>The Markdown file as written to <c>md/</c> (front matter and body); <see cref="Markdown"/> when null.</summary>
    public string? FileText { get; init; }
}
