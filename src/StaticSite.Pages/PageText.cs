using System.Text;
using StaticSite.Model;

namespace StaticSite.Pages;

/// <summary>A page being written: its Markdown and the pages it links to (for backlinks).</summary>
internal sealed class PageText(string path, SitePlan plan)
{
    private readonly StringBuilder _sb = new();

    /// <summary>Path of the page relative to the Markdown root.</summary>
    public string Path { get; } = path;

    /// <summary>Pages this page's content links to (not counting the backlinks section).</summary>
    public SortedSet<string> Targets { get; } = new(StringComparer.Ordinal);

    public PageText Line(string text = "")
    {
        _sb.Append(text).Append('\n');
        return this;
    }

    /// <summary>A heading with an explicit anchor: <c>## &lt;a id="id"&gt;&lt;/a&gt;text</c>.</summary>
    public PageText Heading(int level, string markdown, string id) =>
        Line($"{new string('#', Math.Clamp(level, 1, 6))} {MarkdownText.Anchor(id)}{markdown}").Line();

    /// <summary>A link to another page (recorded for backlinks).</summary>
    public string Link(string escapedText, string toPage, string? anchor = null)
    {
        if (toPage != Path) Targets.Add(toPage);
        return $"[{escapedText}]({PagePaths.Relative(Path, toPage, anchor)})";
    }

    /// <summary>Document text, escaped, with every body name and reference that has a page written as a link.</summary>
    public string Inline(string text, Issuer? issuer, bool lineStart = true)
    {
        var sb = new StringBuilder();
        var at = 0;
        foreach (var link in SitePlan.FindLinks(text, issuer, plan.Corpus.Registry))
        {
            string? target = link.Reference is not null ? plan.Reference(link.Reference.Id) is { } r ? PagePaths.Reference(r.Slug) : null
                : link.Body is not null && plan.Body(link.Body.Id) is { } b ? PagePaths.Body(b.Slug) : null;
            if (target is null) continue;
            sb.Append(EscapePart(text[at..link.Index], at == 0 && lineStart));
            sb.Append(Link(MarkdownText.Escape(text.Substring(link.Index, link.Length), false), target));
            at = link.Index + link.Length;
        }
        sb.Append(EscapePart(text[at..], at == 0 && lineStart));
        return sb.ToString();
    }

    // Spaces at the edges of a part between links are kept (Escape would trim them); only a first part can start a line.
    private static string EscapePart(string part, bool first)
    {
        if (part.Length == 0) return "";
        var escaped = MarkdownText.Escape(part, first);
        var lead = !first && char.IsWhiteSpace(part[0]) ? " " : "";
        var trail = char.IsWhiteSpace(part[^1]) && escaped.Length > 0 ? " " : "";
        return lead + escaped + trail;
    }

    public override string ToString() => _sb.ToString();
}
