using System.Collections.Immutable;
using System.Text.RegularExpressions;
using StaticSite.Diagnostics;
using StaticSite.Model;
using StaticSite.Validation;

namespace StaticSite.Validation.Tests;

/// <summary>Hand-built documents for rule tests: a complete program, and pieces to take away or add.</summary>
internal static partial class Docs
{
    public const string DocPath = "x.txt";

    public static readonly Issuer CanTho = new("Ban Thường vụ Thành ủy Cần Thơ", "Thành ủy Cần Thơ", CommitteeLevel.CityParty, "Cần Thơ", IssuerSource.Text, At(3));

    public static SourceSpan At(int line, int column = 1) => SourceSpan.At(DocPath, line, column);

    public static Section Section(SectionRole role, string? number, string heading, int line, Item[]? items = null, Section[]? sections = null, SectionLevel level = SectionLevel.Roman) =>
        new($"s-{line}", level, role, number, heading, role == SectionRole.Other ? null : heading.ToLowerInvariant(), At(line), [.. items ?? []], [.. sections ?? []]);

    /// <summary>An item; the style and path come from the marker as written (<c>1.2.</c>, <c>b)</c>, <c>(3)</c>, <c>-</c>, <c>""</c>, <c>#4</c> for a table row).</summary>
    public static Item Item(string marker, string text, int line, params Item[] children) =>
        new($"i-{line}", Marker(marker), text, false, null, SourceSpan.Lines(DocPath, line, line), [.. children]);

    public static Item Heading(string marker, string text, int line, params Item[] children) => Item(marker, text, line, children) with { IsHeading = true };

    public static ItemMarker Marker(string marker)
    {
        if (marker.Length == 0) return ItemMarker.None;
        if (marker is "-") return new(MarkerStyle.Dash, marker, []);
        if (marker is "+") return new(MarkerStyle.Plus, marker, []);
        if (marker.StartsWith('#')) return new(MarkerStyle.TableRow, marker[1..], []);
        if (DecimalMarker().IsMatch(marker)) return new(MarkerStyle.Decimal, marker, [.. marker.TrimEnd('.').Split('.').Select(int.Parse)]);
        if (marker.StartsWith('(')) return new(MarkerStyle.Parenthesized, marker, [int.Parse(marker.Trim('(', ')'))]);
        return new(MarkerStyle.Letter, marker, ["abcdđeghiklmn".IndexOf(marker[0]) + 1]);
    }

    public static BodyRef Body(string name, string function, bool known = true, bool group = false, params string[] members) =>
        new(name, $"{function}-thanh-uy-can-tho", $"{name} Cần Thơ", function, "Thành ủy Cần Thơ", known, group, [.. members]);

    public static readonly BodyRef Organization = Body("Ban Tổ chức Thành ủy", "ban-to-chuc");
    public static readonly BodyRef Propaganda = Body("Ban Tuyên giáo Thành ủy", "ban-tuyen-giao");
    public static readonly BodyRef Office = Body("Văn phòng Thành ủy", "van-phong");

    // A heading assignment records its heading item, as the extractor does: the item at its line (ids are i-<line>).
    public static Assignment Assign(BodyRef body, AssignmentSource source, int line, params Item[] items) =>
        new(body, AssignmentRole.Lead, source, [.. items], At(line)) { HeadingItem = source == AssignmentSource.Heading ? $"i-{line}" : null };

    public static Recipient Recipient(string text, int line, params BodyRef[] bodies) => new(text, RecipientPurpose.Implement, [.. bodies], At(line));

    /// <summary>A complete, clean program: purpose, tasks with one assigned item, organization, recipients, signature, issuer.</summary>
    public static ProgramDocument Complete()
    {
        var task = Item("1.", "Nâng cao nhận thức về đổi mới phương thức lãnh đạo.", 9);
        var organization = Item("1.", "Ban Tổ chức Thành ủy chủ trì theo dõi, đôn đốc việc thực hiện.", 13);
        return new ProgramDocument
        {
            Path = DocPath,
            Slug = "x",
            Kind = ProgramKind.ActionProgram,
            KindLine = new TextNode("CHƯƠNG TRÌNH HÀNH ĐỘNG", At(1)),
            Title = new TextNode("thực hiện Nghị quyết số 28-NQ/TW", At(2)),
            Issuer = CanTho,
            Sections =
            [
                Section(SectionRole.Purpose, "I", "MỤC ĐÍCH, YÊU CẦU", 5, [Item("1.", "Quán triệt sâu sắc.", 6)]),
                Section(SectionRole.Tasks, "II", "NHIỆM VỤ VÀ GIẢI PHÁP", 8, [task]),
                Section(SectionRole.Organization, "III", "TỔ CHỨC THỰC HIỆN", 12, [organization]),
            ],
            Assignments = [Assign(Organization, AssignmentSource.OrganizationItem, 13, organization)],
            RecipientsHeading = new TextNode("Nơi nhận:", At(20)),
            Recipients = [Recipient("Ban Tổ chức Thành ủy", 21, Organization), Recipient("Lưu Văn phòng Thành ủy", 22, Office)],
            Signature = new Signature("T/M", "BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn A", SourceSpan.Lines(DocPath, 20, 24)),
            LineCount = 24,
        };
    }

    public static ProgramDocument Without(this ProgramDocument document, SectionRole role) =>
        document with { Sections = [.. document.Sections.Where(s => s.Role != role)] };

    public static IReadOnlyList<Diagnostic> Run(this IRule rule, ProgramDocument document) => rule.Check(document, RuleContext.Default).ToList();

    [GeneratedRegex(@"^\d+(\.\d+)*\.?$")]
    private static partial Regex DecimalMarker();
}
