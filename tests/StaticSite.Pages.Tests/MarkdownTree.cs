using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticSite.Pages.Tests;

/// <summary>A written Markdown tree as Markdig reads it: per file, the ids it defines and the links it holds.</summary>
internal sealed class MarkdownTree
{
    // As the site renders (pipe tables, task lists, GitHub heading ids), with raw HTML kept so that anchors are nodes.
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter().UsePipeTables().UseTaskLists()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub).Build();

    private static readonly System.Text.RegularExpressions.Regex AnchorTag = new("^<a id=\"(?<id>[a-z0-9-]+)\">$");

    public sealed record Link(string From, string Url, string Text, bool InBacklinks);

    public Dictionary<string, HashSet<string>> Ids { get; } = new(StringComparer.Ordinal);
    public List<Link> Links { get; } = [];

    public static MarkdownTree Read(string root)
    {
        var tree = new MarkdownTree();
        foreach (var file in Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var rel = Path.GetRelativePath(root, file).Replace('\\', '/');
            tree.Add(rel, File.ReadAllText(file));
        }
        return tree;
    }

    public void Add(string path, string markdown)
    {
        var doc = Markdown.Parse(markdown, Pipeline);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var inBacklinks = false;
        foreach (var node in doc.Descendants())
        {
            // Heading ids that Markdig makes up may repeat; the explicit anchors of the model must not.
            if (node is HeadingBlock heading && heading.TryGetAttributes() is { Id: { } auto }) ids.Add(auto);
            if (node is HtmlInline html && AnchorTag.Match(html.Tag) is { Success: true } m)
                Assert.True(ids.Add(m.Groups["id"].Value), $"{path}: anchor {m.Groups["id"].Value} twice");
            else if (node is HtmlInline other && !other.Tag.StartsWith("</a", StringComparison.Ordinal)) Assert.Fail($"{path}: raw HTML {other.Tag}");
            if (node is HtmlBlock block) Assert.Fail($"{path}: raw HTML block {block.Lines}");
            if (node is HeadingBlock { Level: 2 } h) inBacklinks = h.Inline?.FirstChild is HtmlInline first && first.Tag == $"<a id=\"{SitePlan.Anchors.Backlinks}\">";
            if (node is LinkInline { IsImage: false } link)
                Links.Add(new Link(path, link.Url ?? "", string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString())), inBacklinks));
        }
        Ids[path] = ids;
    }

    /// <summary>The page and anchor a relative link points at, or null for an external one.</summary>
    public static (string Page, string? Anchor)? Resolve(string from, string url)
    {
        if (url.Contains("://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.Ordinal)) return null;
        var hash = url.IndexOf('#');
        var pathPart = hash < 0 ? url : url[..hash];
        var anchor = hash < 0 ? null : url[(hash + 1)..];
        if (pathPart.Length == 0) return (from, anchor);
        var segments = from.Split('/')[..^1].ToList();
        foreach (var s in pathPart.Split('/'))
        {
            if (s == "..") { if (segments.Count == 0) return ("<outside>" + url, anchor); segments.RemoveAt(segments.Count - 1); }
            else if (s != ".") segments.Add(s);
        }
        return (string.Join('/', segments), anchor);
    }

    /// <summary>Every link that misses its file or its anchor.</summary>
    public IEnumerable<string> BrokenLinks()
    {
        foreach (var link in Links)
        {
            var target = Resolve(link.From, link.Url);
            if (target is null) { yield return $"{link.From}: external link {link.Url}"; continue; }
            var (page, anchor) = target.Value;
            if (!Ids.TryGetValue(page, out var ids)) yield return $"{link.From}: {link.Url} → missing page {page}";
            else if (anchor is not null && !ids.Contains(anchor)) yield return $"{link.From}: {link.Url} → missing anchor #{anchor} in {page}";
        }
    }
}
