using System.Text.RegularExpressions;
using Markdig;

namespace StaticSite.Site.Rendering;

/// <summary>
/// Renders Markdown pages to HTML fragments with Markdig: pipe tables, task lists, heading ids; raw HTML disabled, so
/// document text can never become a tag. The one HTML construct the Markdown writer may emit, an empty anchor
/// <c>&lt;a id="..."&gt;&lt;/a&gt;</c> with a slug id, is carried through as a placeholder and restored afterwards.
/// </summary>
public static partial class MarkdownRenderer
{
    private const char Open = '\uE000';
    private const char Close = '\uE001';

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseTaskLists()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Build();

    [GeneratedRegex("""<a (?:id|name)="(?<id>[A-Za-z0-9_-]{1,120})"\s*>\s*</a>""", RegexOptions.CultureInvariant)]
    private static partial Regex Anchor();

    // The placeholder ends in '~' (plain text in this pipeline, no strikethrough) so that emphasis opening on punctuation right
    // after an anchor (`**(1)**`) is still left-flanking: a private-use character is neither white space nor punctuation.
    [GeneratedRegex("\uE000(?<id>[A-Za-z0-9_-]{1,120})\uE001~", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    /// <summary>The HTML fragment of <paramref name="markdown"/>.</summary>
    public static string ToHtml(string markdown)
    {
        // A placeholder character in the document itself must not turn into an anchor.
        var clean = markdown.Replace(Open, '\uFFFD').Replace(Close, '\uFFFD');
        var marked = Anchor().Replace(clean, m => $"{Open}{m.Groups["id"].Value}{Close}~");
        var html = Markdown.ToHtml(marked, Pipeline);
        return Placeholder().Replace(html, m => $"<a id=\"{m.Groups["id"].Value}\"></a>");
    }
}
