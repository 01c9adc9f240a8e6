using System.Collections.Immutable;
using System.Text;
using StaticSite.Model;
using StaticSite.Reading;

namespace StaticSite.Site.Building;

/// <summary>
/// A minimal Markdown writer: one page per program with its sections, items and recipients, every section and item
/// anchored by its model id. Used when no other writer is given (the full cross-linked writer is <c>StaticSite.Pages</c>).
/// </summary>
public static class BasicMarkdownWriter
{
    /// <summary>One page per document of <paramref name="corpus"/>.</summary>
    public static ImmutableArray<SourcePage> Write(Corpus corpus) =>
        [.. corpus.Documents.Select(d => new SourcePage($"programs/{d.Slug}.md", SourcePageKind.Program, SiteText.TitleOf(d), SiteText.DescriptionOf(d), Program(d), d.Slug))];

    private static string Program(ProgramDocument d)
    {
        var sb = new StringBuilder();
        foreach (var p in d.Preamble) sb.Append(Escape(p.Text)).Append("\n\n");
        foreach (var s in d.Sections) Section(sb, s, 2);
        if (d.RecipientsHeading is not null)
        {
            sb.Append("## Nơi nhận\n\n");
            foreach (var r in d.Recipients) sb.Append("- ").Append(Escape(r.Text)).Append('\n');
            sb.Append('\n');
        }
        if (d.Unplaced.Length > 0)
        {
            sb.Append("## Văn bản chưa xếp được\n\n");
            foreach (var u in d.Unplaced) sb.Append(Escape(u.Text)).Append("\n\n");
        }
        return sb.ToString();
    }

    private static void Section(StringBuilder sb, Section s, int level)
    {
        sb.Append(new string('#', Math.Min(level, 6))).Append(' ').Append($"<a id=\"{s.Id}\"></a>");
        if (s.Number is not null) sb.Append(Escape(s.Number)).Append(". ");
        sb.Append(Escape(s.Heading)).Append("\n\n");
        foreach (var i in s.Items) Item(sb, i, 0);
        sb.Append('\n');
        foreach (var c in s.Sections) Section(sb, c, level + 1);
    }

    private static void Item(StringBuilder sb, Item i, int depth)
    {
        sb.Append(' ', depth * 2).Append("- ").Append($"<a id=\"{i.Id}\"></a>");
        if (i.Marker.Text.Length > 0) sb.Append(Escape(i.Marker.Text)).Append(' ');
        sb.Append(Escape(i.Text));
        if (i.Deadline is not null) sb.Append(" *(").Append(Escape(i.Deadline.Text)).Append(")*");
        sb.Append('\n');
        foreach (var c in i.Children) Item(sb, c, depth + 1);
    }

    /// <summary>Backslash-escapes every ASCII punctuation character, so text shows as written and never as Markdown or HTML.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (char.IsAsciiLetterOrDigit(c) || c > 127 || char.IsWhiteSpace(c)) sb.Append(c);
            else if (char.IsPunctuation(c) || char.IsSymbol(c)) sb.Append('\\').Append(c);
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
