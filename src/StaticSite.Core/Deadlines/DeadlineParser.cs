using StaticSite.Model;
using StaticSite.Text;

namespace StaticSite.Deadlines;

/// <summary>Normalizes a deadline phrase (thời hạn) into a <see cref="Deadline"/>.</summary>
public static class DeadlineParser
{
    /// <summary>True when a parenthesised phrase at the end of an item reads as a deadline rather than a remark.</summary>
    public static bool LooksLikeDeadline(string phrase)
    {
        var f = VietnameseText.Fold(phrase);
        return f.StartsWith("thuc hien") || f.StartsWith("hoan thanh") || f.StartsWith("theo ") || f.Contains("thuong xuyen")
            || f.StartsWith("trong ") || f.StartsWith("truoc ") || f.StartsWith("nam 20") || f.StartsWith("quy ")
            || f.StartsWith("tu nam") || f.StartsWith("giai doan") || f.StartsWith("hang nam") || f.StartsWith("hằng năm")
            || f.StartsWith("khi ");
    }

    /// <summary>Parses <paramref name="text"/> (without parentheses and emphasis).</summary>
    public static Deadline Parse(string text, SourceSpan span)
    {
        var f = VietnameseText.Fold(text);
        if (f.Contains("thuong xuyen") || f.Contains("hang nam")) return new(text, DeadlineKind.Recurring, null, null, span);
        if (f.StartsWith("khi ") || f.Contains(" khi ") || f.StartsWith("theo ")) return new(text, DeadlineKind.Conditional, null, null, span);
        return new(text, DeadlineKind.Unparsed, null, null, span);
    }
}
