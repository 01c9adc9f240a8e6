using System.Collections.Immutable;
using StaticSite.Diagnostics;
using StaticSite.Pages;
using StaticSite.Reading;
using StaticSite.Site.Theming;

namespace StaticSite.Site.Building;

/// <summary>The Markdown pages of <c>StaticSite.Pages</c> (<see cref="MarkdownSiteWriter"/>) as the site renders them.</summary>
public static class PagesMarkdownWriter
{
    /// <summary>Every Markdown page of <paramref name="corpus"/>, each program with the validator's verdict from <paramref name="diagnostics"/>, and the checklists.</summary>
    public static MarkdownOutput Write(Corpus corpus, IReadOnlyList<Diagnostic> diagnostics)
    {
        var site = MarkdownSiteWriter.WriteSite(corpus, DocumentStatus.ForCorpus(corpus, diagnostics));
        return new([.. site.Pages.Select(From)], site.Checklists,
            site.ReferencePages.ToImmutableDictionary(r => r.Key, r => Rendering.HtmlPostProcessor.MdToHtml(r.Value), StringComparer.Ordinal));
    }

    /// <summary>One page of the Markdown writer as a <see cref="SourcePage"/>.</summary>
    public static SourcePage From(MarkdownPage page) => new(page.Path, KindOf(page.Kind), page.Title, page.Description, page.Markdown, page.DocumentSlug)
    {
        Breadcrumbs = [.. page.Breadcrumbs.Select(b => new LinkModel(b.Title, b.Path is null ? "" : Rendering.HtmlPostProcessor.MdToHtml(b.Path)))],
        FileText = page.FileText,
    };

    private static SourcePageKind KindOf(PageKind kind) => kind switch
    {
        PageKind.Index => SourcePageKind.Index,
        PageKind.Program => SourcePageKind.Program,
        PageKind.Body => SourcePageKind.Body,
        PageKind.Reference => SourcePageKind.Reference,
        PageKind.Checklist => SourcePageKind.Checklist,
        _ => SourcePageKind.Other,
    };
}
