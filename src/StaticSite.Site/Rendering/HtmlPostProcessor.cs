using System.Collections.Immutable;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticSite.Site.Theming;
using StaticSite.Text;

namespace StaticSite.Site.Rendering;

/// <summary>A rendered fragment after post-processing, with its table of contents.</summary>
/// <param name="Html">The fragment.</param>
/// <param name="Toc">The <c>h2</c>–<c>h4</c> headings with their ids, in order.</param>
/// <param name="Removed">How many elements or attributes the sanitizer took out (should be zero).</param>
/// <param name="TitleId">The id of the fragment's leading <c>h1</c>, which is taken out (the template shows the title); null when there was none.</param>
public sealed record ProcessedFragment(string Html, ImmutableArray<TocEntry> Toc, int Removed, string? TitleId = null);

/// <summary>
/// Post-processes a Markdown fragment with AngleSharp: ids on every heading and a permalink on each <c>h2</c>–<c>h4</c>,
/// <c>data-source-line</c> on every element whose anchor id the model knows, relative <c>.md</c> links turned into
/// <c>.html</c>, every table in a box that scrolls sideways, document numbers kept on one line, and — as a second line of defence
/// behind <c>DisableHtml</c> — no script, no event attribute and no <c>javascript:</c> URL can remain.
/// </summary>
public static partial class HtmlPostProcessor
{
    // Markdig's pipe tables align columns with this one style; any other style attribute is dropped.
    [System.Text.RegularExpressions.GeneratedRegex("^text-align: (left|right|center);?$")]
    private static partial System.Text.RegularExpressions.Regex AlignmentStyle();

    private static readonly HtmlParser Parser = new();
    private static readonly string[] Dangerous = ["script", "style", "iframe", "object", "embed", "frame", "frameset", "base", "meta", "link", "form", "svg", "math"];

    /// <summary>Processes <paramref name="html"/>; <paramref name="lines"/> maps anchor ids to source lines; <paramref name="sectionPager"/> adds previous/next links at the end of each top-level section.</summary>
    public static ProcessedFragment Process(string html, IReadOnlyDictionary<string, int> lines, bool sectionPager = false)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        var body = document.Body!;
        var removed = Sanitize(body);
        var used = new HashSet<string>(body.QuerySelectorAll("[id]").Select(e => e.Id!), StringComparer.Ordinal);
        var toc = ImmutableArray.CreateBuilder<TocEntry>();
        string? titleId = null;
        if (body.FirstElementChild is { LocalName: "h1" } title)
        {
            titleId = title.QuerySelector("a[id]:empty")?.Id ?? (string.IsNullOrEmpty(title.Id) ? null : title.Id);
            title.Remove();
        }
        foreach (var heading in body.QuerySelectorAll("h1,h2,h3,h4,h5,h6"))
        {
            // A heading that opens with the model's empty anchor takes the anchor's id (Markdig's id of such a heading is noise).
            if (heading.QuerySelector("a[id]:empty") is { } anchorInside && !string.IsNullOrEmpty(anchorInside.Id))
            {
                heading.Id = anchorInside.Id;
                anchorInside.Remove();
            }
            else if (string.IsNullOrEmpty(heading.Id))
            {
                var baseId = Slug.From(heading.TextContent);
                var id = baseId;
                for (var n = 2; !used.Add(id); n++) id = $"{baseId}-{n}";
                heading.Id = id;
            }
            if (heading.LocalName is "h2" or "h3" or "h4")
            {
                toc.Add(new TocEntry(heading.Id!, VietnameseText.CollapseSpaces(heading.TextContent), heading.LocalName[1] - '0'));
            }
        }
        foreach (var element in body.QuerySelectorAll("[id]").ToList())
        {
            if (!lines.TryGetValue(element.Id!, out var line)) continue;
            // An empty anchor marks its container: the heading, list item, paragraph or table row it opens.
            var target = element.LocalName == "a" && element.ChildNodes.Length == 0 && element.ParentElement is { } parent && parent != body
                ? parent.LocalName switch
                {
                    "p" when parent.ParentElement?.LocalName == "li" => parent.ParentElement!,
                    "td" or "th" when parent.ParentElement?.LocalName == "tr" => parent.ParentElement!,
                    _ => parent,
                }
                : element;
            target.SetAttribute("data-source-line", line.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        foreach (var link in body.QuerySelectorAll("a[href]"))
        {
            var href = link.GetAttribute("href")!;
            if (IsRelative(href)) link.SetAttribute("href", MdToHtml(href));
        }
        if (sectionPager) AddSectionPager(document, body);
        KeepDocumentNumbersWhole(document, body);
        WrapTables(document, body);
        AddPermalinks(document, body);
        return new ProcessedFragment(body.InnerHtml, toc.ToImmutable(), removed, titleId);
    }

    /// <summary>The accessible name of a heading's permalink.</summary>
    public const string PermalinkLabel = "Liên kết đến mục này";

    // After the headings' text has been read (table of contents, section pager): a quiet "#" to copy the section's address.
    private static void AddPermalinks(IDocument document, IElement body)
    {
        foreach (var heading in body.QuerySelectorAll("h2[id], h3[id], h4[id]"))
        {
            var link = document.CreateElement("a");
            link.ClassName = "permalink";
            link.SetAttribute("href", "#" + heading.Id);
            link.SetAttribute("aria-label", PermalinkLabel);
            link.TextContent = "#";
            heading.AppendChild(link);
        }
    }

    // A table wider than a phone scrolls inside this box instead of widening the page (site.js makes an overflowing box
    // focusable, so it scrolls from the keyboard too).
    private static void WrapTables(IDocument document, IElement body)
    {
        foreach (var table in body.QuerySelectorAll("table").ToList())
        {
            if (table.ParentElement?.ClassList.Contains("table-scroll") == true) continue;
            var box = document.CreateElement("div");
            box.ClassName = "table-scroll";
            table.Parent!.InsertBefore(box, table);
            box.AppendChild(table);
        }
    }

    private static void KeepDocumentNumbersWhole(IDocument document, IElement body)
    {
        var texts = new List<IText>();
        Collect(body, texts);
        foreach (var text in texts)
        {
            var parts = DocumentNumbers.Parts(text.Data);
            if (parts.Count == 1 && !parts[0].IsNumber) continue;
            var parent = text.Parent!;
            foreach (var part in parts)
            {
                if (!part.IsNumber)
                {
                    parent.InsertBefore(document.CreateTextNode(part.Text), text);
                    continue;
                }
                var span = document.CreateElement("span");
                span.ClassName = "doc-id";
                span.TextContent = part.Text;
                parent.InsertBefore(span, text);
            }
            parent.RemoveChild(text);
        }

        static void Collect(INode node, List<IText> into)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText text) into.Add(text);
                else if (child is IElement { LocalName: not ("code" or "pre") } element && !element.ClassList.Contains("doc-id")) Collect(element, into);
            }
        }
    }

    // Mục trước / mục sau: after each top-level section of the model (an h2 with a source line), links to its neighbours.
    private static void AddSectionPager(IDocument document, IElement body)
    {
        var sections = body.Children.Where(e => e.LocalName == "h2" && e.HasAttribute("data-source-line")).ToList();
        if (sections.Count < 2) return;
        for (var i = 0; i < sections.Count; i++)
        {
            var nav = document.CreateElement("nav");
            nav.ClassName = "section-pager";
            nav.SetAttribute("aria-label", "Mục trước, mục sau");
            if (i > 0) nav.AppendChild(SectionLink(document, sections[i - 1], "section-prev", "← "));
            if (i < sections.Count - 1) nav.AppendChild(SectionLink(document, sections[i + 1], "section-next", "", " →"));
            // Before the next top-level heading (a section or the page's own headings that follow), else at the end.
            var next = sections[i].NextElementSibling;
            while (next is not null && next.LocalName != "h2") next = next.NextElementSibling;
            if (next is null) body.AppendChild(nav);
            else body.InsertBefore(nav, next);
        }
    }

    private static IElement SectionLink(IDocument document, IElement heading, string className, string before, string after = "")
    {
        var link = document.CreateElement("a");
        link.ClassName = className;
        link.SetAttribute("href", "#" + heading.Id);
        link.TextContent = before + VietnameseText.CollapseSpaces(heading.TextContent) + after;
        return link;
    }

    /// <summary>True when <paramref name="href"/> has no scheme and no leading slash.</summary>
    public static bool IsRelative(string href) =>
        !href.StartsWith('/') && !href.StartsWith('\\') && !HasScheme(href);

    /// <summary>True when <paramref name="url"/> starts with a scheme (<c>http:</c>, <c>javascript:</c>), ignoring the whitespace and control characters browsers ignore.</summary>
    public static bool HasScheme(string url)
    {
        var s = new string([.. url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]);
        var colon = s.IndexOf(':');
        var stop = s.IndexOfAny(['/', '?', '#']);
        return colon > 0 && (stop < 0 || colon < stop);
    }

    /// <summary><c>a/b.md#x</c> → <c>a/b.html#x</c>; other links unchanged.</summary>
    public static string MdToHtml(string href)
    {
        var cut = href.IndexOfAny(['#', '?']);
        var (path, rest) = cut < 0 ? (href, "") : (href[..cut], href[cut..]);
        return path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? path[..^3] + ".html" + rest : href;
    }

    private static int Sanitize(IElement root)
    {
        var removed = 0;
        foreach (var element in root.QuerySelectorAll(string.Join(',', Dangerous)).ToList())
        {
            element.Remove();
            removed++;
        }
        foreach (var element in root.QuerySelectorAll("*"))
        {
            foreach (var attribute in element.Attributes.ToList())
            {
                var name = attribute.Name.ToLowerInvariant();
                var isUrl = name is "href" or "src" or "action" or "formaction" or "xlink:href" or "srcset" or "poster" or "background";
                if (name.StartsWith("on", StringComparison.Ordinal) || name == "style" && !AlignmentStyle().IsMatch(attribute.Value)
                    || isUrl && HasScheme(attribute.Value) && !IsSafeScheme(attribute.Value))
                {
                    element.RemoveAttribute(attribute.Name);
                    removed++;
                }
            }
        }
        return removed;
    }

    private static bool IsSafeScheme(string url)
    {
        var s = new string([.. url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]).ToLowerInvariant();
        return s.StartsWith("http:", StringComparison.Ordinal) || s.StartsWith("https:", StringComparison.Ordinal) || s.StartsWith("mailto:", StringComparison.Ordinal);
    }
}
