using StaticSite.Model;
using StaticSite.Text;

namespace StaticSite.Validation.Rules;

/// <summary>Helpers for writing messages a clerk can act on.</summary>
internal static class RuleText
{
    /// <summary>The start of <paramref name="text"/>, quoted, cut at a word boundary.</summary>
    public static string Quote(string text, int max = 70)
    {
        var t = VietnameseText.CollapseSpaces(text);
        if (t.Length > max)
        {
            var cut = t.LastIndexOf(' ', max);
            t = t[..(cut > max / 2 ? cut : max)].TrimEnd(',', ';', ':', ' ') + "…";
        }
        return $"“{t}”";
    }

    /// <summary>A section as the clerk sees it: <c>III. TỔ CHỨC THỰC HIỆN</c>.</summary>
    public static string SectionTitle(Section section) => section switch
    {
        { Number: null } => section.Heading,
        { Level: SectionLevel.Part } => $"{section.Number} {section.Heading}".Trim(),
        _ => $"{section.Number}. {section.Heading}".Trim(),
    };

    /// <summary>An item's label: its marker as written and the start of its text.</summary>
    public static string ItemLabel(Item item) =>
        item.Marker.Text.Length > 0 && item.Marker.Style != MarkerStyle.Dash && item.Marker.Style != MarkerStyle.Plus
            ? $"{item.Marker.Text} {Quote(item.Text, 60)}"
            : Quote(item.Text, 60);
}

/// <summary>Where to point a finding about something that is absent.</summary>
internal static class Locations
{
    /// <summary>The usual order of sections in the genre; a missing section is reported at the first section that should follow it.</summary>
    public static int Rank(SectionRole role) => role switch
    {
        SectionRole.Assessment => 0,
        SectionRole.Purpose => 1,
        SectionRole.Viewpoints or SectionRole.Objectives => 2,
        SectionRole.Tasks => 3,
        SectionRole.Funding => 4,
        SectionRole.Organization or SectionRole.Roadmap or SectionRole.Reporting => 5,
        SectionRole.Appendix => 7,
        _ => -1,
    };

    /// <summary>The line where a section of <paramref name="role"/> should stand, and the section found there (null when at the end).</summary>
    public static (SourceSpan Span, Section? Before) ForMissingSection(ProgramDocument document, SectionRole role)
    {
        var rank = Rank(role);
        var next = document.AllSections().FirstOrDefault(s => Rank(s.Role) > rank);
        return next is not null ? (next.Span, next) : (End(document), null);
    }

    /// <summary>The end of the body of the text: the <c>Nơi nhận</c> line, else the signature, else the last line.</summary>
    public static SourceSpan End(ProgramDocument document) =>
        document.RecipientsHeading?.Span ?? document.Signature?.Span ?? LastLine(document);

    /// <summary>The last line of the file (line 1 for an empty file).</summary>
    public static SourceSpan LastLine(ProgramDocument document) => SourceSpan.At(document.Path, Math.Max(1, document.LineCount));

    /// <summary>The beginning of the document: the kind line, else the title, else line 1.</summary>
    public static SourceSpan Start(ProgramDocument document) =>
        document.KindLine?.Span ?? document.Title?.Span ?? SourceSpan.At(document.Path, 1);
}
