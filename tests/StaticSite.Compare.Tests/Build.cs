using System.Collections.Immutable;
using StaticSite.Model;
using StaticSite.Text;

namespace StaticSite.Compare.Tests;

/// <summary>Hand-built program documents: the reader is not needed to test the aligner.</summary>
internal sealed class Build(string slug, string committee)
{
    private int _line = 1;
    private int _items;
    private readonly List<Section> _sections = [];
    private readonly List<Assignment> _assignments = [];

    public string Path => $"{slug}.txt";

    /// <summary>A top-level section with plain items.</summary>
    public Build Section(SectionRole role, string heading, params string[] items)
    {
        var line = _line++;
        var built = items.Select(t => Item(t)).ToImmutableArray();
        _sections.Add(new Section($"s-{_sections.Count + 1}", SectionLevel.Roman, role, ToRoman(_sections.Count + 1), heading,
            role == SectionRole.Other ? null : heading.ToLowerInvariant(), SourceSpan.At(Path, line), built, []));
        return this;
    }

    /// <summary>A tasks section whose items are body headings (<c>2.1. Ban Tổ chức Tỉnh ủy</c>) with bulleted tasks.</summary>
    public Build Bodies(string heading, params (string Body, string[] Tasks)[] bodies)
    {
        var line = _line++;
        var headings = ImmutableArray.CreateBuilder<Item>();
        foreach (var (body, tasks) in bodies)
        {
            var headingLine = _line++;
            var children = tasks.Select(t => Item(t)).ToImmutableArray();
            var headingItem = new Item($"i-{++_items}", new ItemMarker(MarkerStyle.Decimal, $"2.{headings.Count + 1}.", [2, headings.Count + 1]), body, true, null,
                SourceSpan.At(Path, headingLine), children);
            headings.Add(headingItem);
            _assignments.Add(new Assignment(Body(body), AssignmentRole.Lead, AssignmentSource.Heading, children, SourceSpan.At(Path, headingLine)) { HeadingItem = headingItem.Id });
        }
        _sections.Add(new Section($"s-{_sections.Count + 1}", SectionLevel.Roman, SectionRole.Tasks, ToRoman(_sections.Count + 1), heading,
            "nhiệm vụ", SourceSpan.At(Path, line), headings.ToImmutable(), []));
        return this;
    }

    /// <summary>The body as the registry would resolve it: the function drops the committee (<c>Thành ủy</c>/<c>Tỉnh ủy</c>).</summary>
    public BodyRef Body(string asWritten)
    {
        var function = Slug.From(asWritten.Replace("Thành ủy", "").Replace("Tỉnh ủy", ""));
        return new BodyRef(asWritten, $"{function}-{Slug.From(committee)}", $"{asWritten} {committee}", function, committee, true, false, []);
    }

    public ProgramDocument Document(params string[] implements) => new()
    {
        Path = Path,
        Slug = slug,
        Kind = ProgramKind.ActionProgram,
        Issuer = new Issuer(committee, committee, CommitteeLevel.ProvinceParty, null, IssuerSource.Text, null),
        Implements = [.. implements.Select(id => new Reference(id, "Nghị quyết", id.Split('-')[0], "NQ", "TW", null, id, SourceSpan.At(Path, 1)))],
        Sections = [.. _sections],
        Assignments = [.. _assignments],
        LineCount = _line,
    };

    private Item Item(string text)
    {
        var line = _line++;
        Deadline? deadline = null;
        var open = text.LastIndexOf(" (", StringComparison.Ordinal);
        if (open > 0 && text.EndsWith(')'))
        {
            var phrase = text[(open + 2)..^1];
            var kind = phrase.Contains("thường xuyên") ? DeadlineKind.Recurring : DeadlineKind.DateRange;
            var year = phrase.Length >= 4 && int.TryParse(phrase[^4..], out var y) ? y : 2000;
            deadline = kind == DeadlineKind.Recurring
                ? new Deadline(phrase, kind, null, null, SourceSpan.At(Path, line))
                : new Deadline(phrase, kind, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), SourceSpan.At(Path, line));
        }
        return new Item($"i-{++_items}", new ItemMarker(MarkerStyle.Dash, "-", []), text, false, deadline, SourceSpan.At(Path, line), []);
    }

    private static string ToRoman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", 4 => "IV", _ => "V" };
}
