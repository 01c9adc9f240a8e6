using System.Collections.Immutable;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StaticSite.Site.Building;

/// <summary>A link or a loaded resource of a page, as the link check reads it.</summary>
/// <param name="Url">The attribute's value as written.</param>
/// <param name="Loads">True for what the page loads (a style sheet, a script, an image), false for an <c>&lt;a&gt;</c> a person follows.</param>
/// <param name="SourceLine">The <c>data-source-line</c> of the nearest marked ancestor (leads back to the document text); null outside the document.</param>
public sealed record PageLink(string Url, bool Loads, string? SourceLine);

/// <summary>A section or item of a page's document, as the search index reads it.</summary>
/// <param name="Anchor">Its anchor id on the page.</param>
/// <param name="IsHeading">True for a section heading, false for an item.</param>
/// <param name="Text">Its own text (nested lists left out).</param>
public sealed record PageElement(string Anchor, bool IsHeading, string Text);

/// <summary>
/// What the later stages need of one HTML page, read once when the page is added (<see cref="SiteOutput.Add(string, byte[])"/>): its ids
/// and links for the link check, its title, description and anchored elements for the search index. The page's bytes are
/// on disk by then; no stage parses it again.
/// </summary>
/// <param name="Ids">Every <c>id</c> of the page.</param>
/// <param name="Links">Every link and loaded resource, in document order.</param>
/// <param name="HasMain">True when the page has a <c>&lt;main&gt;</c> (what the search index reads).</param>
/// <param name="Title">The first <c>h1</c>, else the document title (null when neither).</param>
/// <param name="Description">The <c>meta name=description</c>.</param>
/// <param name="Elements">The sections and items of <c>&lt;main&gt;</c> that carry a source line and an anchor, in document order.</param>
public sealed record PageScan(IReadOnlySet<string> Ids, ImmutableArray<PageLink> Links, bool HasMain, string? Title, string Description, ImmutableArray<PageElement> Elements)
{
    private const string LinkSelector = "a[href], link[href], script[src], img[src], iframe[src], source[src], video[src], audio[src], embed[src], object[data]";

    /// <summary>Reads <paramref name="html"/>.</summary>
    public static PageScan Of(string html, HtmlParser parser)
    {
        var document = parser.ParseDocument(html);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("[id]")) ids.Add(element.Id!);
        var links = ImmutableArray.CreateBuilder<PageLink>();
        foreach (var element in document.QuerySelectorAll(LinkSelector))
        {
            var attribute = element.HasAttribute("href") ? "href" : element.HasAttribute("src") ? "src" : "data";
            links.Add(new PageLink(element.GetAttribute(attribute)!, element.LocalName != "a", element.Closest("[data-source-line]")?.GetAttribute("data-source-line")));
        }
        var main = document.QuerySelector("main");
        var elements = ImmutableArray.CreateBuilder<PageElement>();
        if (main is not null)
            foreach (var element in main.QuerySelectorAll("[data-source-line]"))
            {
                var anchor = string.IsNullOrEmpty(element.Id) ? element.QuerySelector("a[id]")?.Id : element.Id;
                if (string.IsNullOrEmpty(anchor)) continue;
                var isHeading = element.LocalName.Length == 2 && element.LocalName[0] == 'h';
                elements.Add(new PageElement(anchor, isHeading, OwnText(element)));
            }
        return new PageScan(ids, links.ToImmutable(), main is not null, document.QuerySelector("h1")?.TextContent ?? document.Title,
            document.QuerySelector("meta[name=description]")?.GetAttribute("content") ?? "", elements.ToImmutable());
    }

    // The element's text without the lists nested in it (an item's sub-items are entries of their own) and without a
    // heading's permalink (#), which is no part of its text.
    private static string OwnText(IElement element)
    {
        const string NotOwn = "ul, ol, .permalink";
        if (element.QuerySelector(NotOwn) is null) return element.TextContent;
        var own = (IElement)element.Clone();
        foreach (var nested in own.QuerySelectorAll(NotOwn)) nested.Remove();
        return own.TextContent;
    }
}
