using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StaticSite.Site.Tests;

/// <summary>
/// Issue 14: the text of every page of the built sample site writes numbers the Vietnamese way (<c>0,35</c>, <c>1.234</c>),
/// never the Latin way (<c>0.35</c>, <c>1,234,567</c>). The literal Markdown markers and the Vietnamese order of lists are
/// checked over every page by <see cref="DocumentRecordTests"/>.
/// </summary>
public sealed partial class PageTextTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private static readonly HtmlParser Parser = new();

    // A number written with separators, standing alone: not part of a document id (28-NQ/TW, 97/2019/QH14), a date
    // (17/11/2022), a range (2021-2025) or a word; a trailing full stop is left out (end of a sentence, item 1.2.).
    [GeneratedRegex(@"(?<![\p{L}\d.,/-])\d+(?:[.,]\d+)+(?![\p{L}\d/-]|[.,]\d)")]
    private static partial Regex SeparatedNumber();

    /// <summary>
    /// True when <paramref name="number"/> (a token of <see cref="SeparatedNumber"/>) can only be the Latin format. The rule,
    /// chosen so that nothing a Vietnamese text writes is flagged:
    /// <list type="bullet">
    /// <item>a dot after a zero integer part (<c>0.35</c>, <c>0.5</c>): a decimal; item numbers never start at 0;</item>
    /// <item>a dot decimal with a percent sign (<c>12.5%</c>) unless the part after the dot has three digits (<c>1.500%</c> is Vietnamese thousands);</item>
    /// <item>comma thousands: two or more groups of three after commas (<c>1,234,567</c>), or commas then a dot (<c>1,234.5</c>).</item>
    /// </list>
    /// Not flagged, because Vietnamese writes them too: <c>1.2</c> (item 1.2 of a section), <c>1,234</c> (a decimal), <c>1.234</c>.
    /// </summary>
    public static bool IsLatin(string number, string after)
    {
        if (Regex.IsMatch(number, @"^0\.\d+$")) return true;
        if (Regex.IsMatch(number, @"^\d+\.(\d{1,2}|\d{4,})$") && Regex.IsMatch(after, @"^\s?%")) return true;
        if (Regex.IsMatch(number, @"^\d{1,3}(,\d{3}){2,}$")) return true;
        return Regex.IsMatch(number, @"^\d{1,3}(,\d{3})+\.\d+$");
    }

    [Theory]
    [InlineData("0.35", "", true)]
    [InlineData("0,35", "", false)]
    [InlineData("12.5", "%", true)]
    [InlineData("12,5", "%", false)]
    [InlineData("1.500", "%", false)]
    [InlineData("1,234,567", "", true)]
    [InlineData("1.234.567", "", false)]
    [InlineData("1,234.5", "", true)]
    [InlineData("1.2", " của Chương trình", false)]
    public void The_rule_tells_Latin_numbers_from_Vietnamese_ones(string number, string after, bool latin)
    {
        Assert.Matches(SeparatedNumber(), number);
        Assert.Equal(latin, IsLatin(number, after));
    }

    [Theory]
    [InlineData("Nghị quyết số 28-NQ/TW ngày 17/11/2022")]
    [InlineData("Luật số 97/2019/QH14, giai đoạn 2021-2025")]
    [InlineData("v1.2.3")]
    public void Ids_dates_ranges_and_versions_are_not_numbers(string text) => Assert.DoesNotMatch(SeparatedNumber(), text);

    [Fact]
    public void Every_document_number_in_the_text_of_a_page_is_kept_on_one_line()
    {
        var found = new List<string>();
        foreach (var file in site.HtmlFiles)
        {
            var relative = Path.GetRelativePath(site.Output, file).Replace('\\', '/');
            if (relative.StartsWith("md/", StringComparison.Ordinal)) continue;
            var document = Parser.ParseDocument(File.ReadAllText(file));
            foreach (var node in document.QuerySelector("main")?.Descendants<IText>() ?? [])
            {
                // An <option> holds text only; a number already wrapped is kept whole.
                if (node.ParentElement?.LocalName is "script" or "style" or "code" or "pre" or "option" || node.ParentElement?.Closest(".doc-id") is not null) continue;
                foreach (var part in StaticSite.Site.Rendering.DocumentNumbers.Parts(node.Data).Where(p => p.IsNumber))
                    found.Add($"{relative}: {part.Text} in “{node.Data.Trim()[..Math.Min(60, node.Data.Trim().Length)]}” ({node.ParentElement?.LocalName}.{node.ParentElement?.ClassName})");
            }
        }
        Assert.True(found.Count == 0, $"{found.Count} number(s) that may break at a hyphen:\n" + string.Join("\n", found.Take(40)));
    }

    [Fact]
    public void No_page_writes_a_number_in_the_Latin_format()
    {
        var found = new List<string>();
        var checkedPages = 0;
        foreach (var file in site.HtmlFiles)
        {
            var relative = Path.GetRelativePath(site.Output, file).Replace('\\', '/');
            if (relative.StartsWith("md/", StringComparison.Ordinal)) continue;
            checkedPages++;
            var document = Parser.ParseDocument(File.ReadAllText(file));
            foreach (var node in document.Body!.Descendants<IText>())
            {
                if (node.ParentElement?.LocalName is "script" or "style" or "code" or "pre") continue;
                foreach (Match match in SeparatedNumber().Matches(node.Data))
                {
                    if (IsLatin(match.Value, node.Data[(match.Index + match.Length)..]))
                        found.Add($"{relative}: “{match.Value}” in “{node.Data.Trim()[..Math.Min(80, node.Data.Trim().Length)]}”");
                }
            }
        }
        Assert.True(checkedPages > 100, $"only {checkedPages} pages");
        Assert.True(found.Count == 0, string.Join("\n", found));
    }
}
