using System.Net;
using CsCheck;
using Markdig;

namespace StaticSite.Pages.Tests;

public sealed class EscapeTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    // The text a paragraph of escaped text shows, read back from Markdig's HTML.
    private static string Shown(string markdown)
    {
        var html = Markdown.ToHtml(markdown, Pipeline).Trim();
        Assert.StartsWith("<p>", html);
        Assert.EndsWith("</p>", html);
        var inner = html[3..^4];
        Assert.DoesNotMatch("<[a-zA-Z/]", inner);
        return WebUtility.HtmlDecode(inner);
    }

    [Theory]
    [InlineData("<script>alert('x')</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[bấm vào](javascript:alert(1))")]
    [InlineData("# Tiêu đề giả")]
    [InlineData("- không phải danh sách")]
    [InlineData("+ không phải danh sách")]
    [InlineData("12. không phải danh sách")]
    [InlineData("3) không phải danh sách")]
    [InlineData("*nghiêng* **đậm** _gạch_ `mã` ~~xoá~~ ==đánh dấu== ^mũ^ $x$")]
    [InlineData("&amp; &lt;b&gt; &#60;")]
    [InlineData("a | b | c {#id} {.class}")]
    [InlineData("<https://example.com> www.example.com http://x.vn mailto:a@b.vn tel:123 ftp://f")]
    [InlineData("> trích dẫn")]
    [InlineData("[ ] không phải ô đánh dấu")]
    [InlineData("\\ dấu gạch chéo ngược \\*")]
    public void Hostile_text_shows_as_the_same_text(string text)
    {
        var shown = Shown(MarkdownText.Escape(text));
        Assert.Equal("x " + text, Shown("x " + MarkdownText.EscapeInline(text)));
        Assert.Equal(text, shown);
    }

    [Fact]
    public void Any_printable_text_shows_as_itself()
    {
        var fragment = Gen.OneOf(
            Gen.Char["<>&[]()*_`#-+!|{}~^=$\\.:;'\"/@ "].Select(c => c.ToString()),
            Gen.Char['a', 'z'].Select(c => c.ToString()),
            Gen.Char['0', '9'].Select(c => c.ToString()),
            Gen.Const(0).SelectMany(_ => Gen.Int[0, 17]).Select(i => new[] { "ệ", "Đ", "http://", "https://", "www.", "mailto:", "tel:", "<script>", "&amp;", "- ", "1. ", "[ ]", "](", "{#x}", "**", "~~", "==", "$$" }[i]));
        fragment.Array[1, 20].Select(fs => string.Concat(fs).Trim()).Where(s => s.Length > 0 && !s.Contains("  "))
            .Sample(s => Shown(MarkdownText.Escape(s)) == s && Shown("Văn bản " + MarkdownText.EscapeInline(s)) == "Văn bản " + s, iter: 3000);
    }

    [Theory]
    [InlineData("index.md", "programs/a.md", null, "programs/a.md")]
    [InlineData("programs/a.md", "programs/b.md", "i-1", "b.md#i-1")]
    [InlineData("programs/a.md", "bodies/b.md", null, "../bodies/b.md")]
    [InlineData("checklists/b.md", "index.md", null, "../index.md")]
    [InlineData("programs/a.md", "programs/a.md", "s-1", "#s-1")]
    public void Relative_links(string from, string to, string? anchor, string expected) =>
        Assert.Equal(expected, PagePaths.Relative(from, to, anchor));

    [Fact]
    public void Front_matter_quotes_every_string()
    {
        var page = new MarkdownPage("index.md", PageKind.Index, "a \"b\" \\ c: d", "x\ny", [new Breadcrumb("Trang chủ", null)], new DateOnly(2024, 1, 2), null, "body");
        Assert.Equal("---\ntitle: \"a \\\"b\\\" \\\\ c: d\"\ndescription: \"x\\ny\"\ntype: index\ndate: 2024-01-02\nbreadcrumbs:\n  - title: \"Trang chủ\"\n---\n\nbody", page.FileText);
    }
}
