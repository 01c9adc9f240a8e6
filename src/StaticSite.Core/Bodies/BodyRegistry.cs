using System.Collections.Immutable;
using StaticSite.Model;
using StaticSite.Text;

namespace StaticSite.Bodies;

/// <summary>A body (cơ quan, đơn vị) the registry knows, possibly relative to a committee.</summary>
/// <param name="Name">Canonical name; <c>{committee}</c> stands for the issuer's committee (<c>Ban Tổ chức {committee}</c>).</param>
/// <param name="Function">Function key, the same across committees (<c>ban-to-chuc</c>).</param>
/// <param name="Aliases">Other spellings and abbreviations, with the same placeholders.</param>
/// <param name="Members">For a group (<c>Các ban xây dựng Đảng của {committee}</c>), the function keys it covers.</param>
public sealed record BodyDefinition(string Name, string Function, ImmutableArray<string> Aliases, ImmutableArray<string> Members);

/// <summary>A body name found inside a longer text.</summary>
/// <param name="Body">The resolved body.</param>
/// <param name="Index">Offset of the name in the text.</param>
/// <param name="Length">Length of the name in the text.</param>
public sealed record BodyMatch(BodyRef Body, int Index, int Length);

/// <summary>
/// Registry of bodies: canonical names, aliases, abbreviations and groups. Resolves a name as written against the
/// issuer, so that <c>Ban Tổ chức Thành ủy</c> of a Hà Nội program and of a Cần Thơ program are two bodies.
/// </summary>
public sealed class BodyRegistry
{
    private readonly ImmutableArray<BodyDefinition> _definitions;

    /// <summary>A registry of <paramref name="definitions"/>.</summary>
    public BodyRegistry(IEnumerable<BodyDefinition> definitions) => _definitions = [.. definitions];

    /// <summary>The bodies of the genre that ship with the tool.</summary>
    public static BodyRegistry Default { get; } = new([]);

    /// <summary>All definitions.</summary>
    public ImmutableArray<BodyDefinition> Definitions => _definitions;

    /// <summary>This registry plus <paramref name="extra"/> (from <c>site.config.json</c>).</summary>
    public BodyRegistry With(IEnumerable<BodyDefinition> extra) => new(_definitions.Concat(extra));

    /// <summary>Resolves a body name as written; an unknown name is kept as written with <see cref="BodyRef.IsKnown"/> false.</summary>
    public BodyRef Resolve(string asWritten, Issuer? issuer)
    {
        var name = VietnameseText.CollapseSpaces(asWritten).Trim(' ', ',', ';', '.', ':');
        var id = Slug.From(issuer is null ? name : $"{name} {issuer.Committee}");
        return new BodyRef(name, id, name, Slug.From(name), issuer?.Committee, false, false, []);
    }

    /// <summary>The body a whole heading names (<c>Ban Tổ chức Thành ủy</c>), or null when the heading is not a body name.</summary>
    public BodyRef? MatchHeading(string heading, Issuer? issuer) => null;

    /// <summary>Body names found in free text, left to right, longest match first, not overlapping.</summary>
    public IReadOnlyList<BodyMatch> FindAll(string text, Issuer? issuer) => [];

    /// <summary>True when recipient <paramref name="recipient"/> covers <paramref name="body"/>: the same body, or a group that has it as member.</summary>
    public bool Covers(BodyRef recipient, BodyRef body) => recipient.Id == body.Id;

    /// <summary>Known names closest to <paramref name="name"/>, best first.</summary>
    public IReadOnlyList<string> Closest(string name, Issuer? issuer, int count = 3) => [];
}
