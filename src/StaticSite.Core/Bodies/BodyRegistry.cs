using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using StaticSite.Model;
using StaticSite.Text;

namespace StaticSite.Bodies;

/// <summary>A body (cơ quan, đơn vị) the registry knows, possibly relative to a committee.</summary>
/// <param name="Name">
/// Canonical name. Placeholders: <c>{committee}</c> the issuer's Party committee (<c>Ban Tổ chức {committee}</c> →
/// <c>Ban Tổ chức Thành ủy Cần Thơ</c>); <c>{locality}</c> the issuer's place (<c>Hội Nông dân {locality}</c> →
/// <c>Hội Nông dân thành phố Cần Thơ</c>), optional in the text; <c>{name}</c> / <c>{name?}</c> a proper name
/// (<c>Sở {name}</c>); <c>{list:a|b}</c> one or more of the words, separated by commas or <c>và</c>.
/// </param>
/// <param name="Function">Function key, the same across committees (<c>ban-to-chuc</c>).</param>
/// <param name="Aliases">Other spellings and abbreviations, with the same placeholders.</param>
/// <param name="Members">For a group (<c>Các ban xây dựng Đảng của {committee}</c>), the function keys it covers; a key ending in <c>*</c> covers every function it begins.</param>
public sealed record BodyDefinition(string Name, string Function, ImmutableArray<string> Aliases, ImmutableArray<string> Members);

/// <summary>A body name found inside a longer text.</summary>
/// <param name="Body">The resolved body.</param>
/// <param name="Index">Offset of the name in the text.</param>
/// <param name="Length">Length of the name in the text.</param>
public sealed record BodyMatch(BodyRef Body, int Index, int Length);

/// <summary>
/// Registry of bodies (cơ quan, đơn vị): canonical names, aliases, abbreviations and groups. Resolves a name as
/// written against the issuer (cơ quan ban hành), so that <c>Ban Tổ chức Thành ủy</c> of a Hà Nội program and of a
/// Cần Thơ program are two bodies with one function. Matching is case-, accent-spelling- and space-insensitive, and
/// reads the abbreviations of the genre (<c>UBND</c>, <c>HĐND</c>, OCR <c>HEND</c>, <c>BCS Đảng</c>, <c>MTTQ</c>,
/// <c>CT-XH</c>, <c>BTV</c>, <c>UBKT</c>, <c>TP</c>, <c>TW</c>) as their long forms.
/// </summary>
public sealed class BodyRegistry
{
    private const string ResourceName = "StaticSite.Bodies.bodies.json";

    private readonly ImmutableArray<BodyDefinition> _definitions;
    private readonly ConcurrentDictionary<string, CompiledSet> _compiled = new(StringComparer.Ordinal);

    /// <summary>A registry of <paramref name="definitions"/>.</summary>
    public BodyRegistry(IEnumerable<BodyDefinition> definitions) => _definitions = [.. definitions];

    /// <summary>The bodies of the genre that ship with the tool (embedded <c>Bodies/bodies.json</c>).</summary>
    public static BodyRegistry Default { get; } = new(LoadShipped());

    /// <summary>All definitions.</summary>
    public ImmutableArray<BodyDefinition> Definitions => _definitions;

    /// <summary>This registry plus <paramref name="extra"/> (from <c>site.config.json</c>).</summary>
    public BodyRegistry With(IEnumerable<BodyDefinition> extra) => new(_definitions.Concat(extra));

    /// <summary>Resolves a body name as written; an unknown name is kept as written with <see cref="BodyRef.IsKnown"/> false.</summary>
    public BodyRef Resolve(string asWritten, Issuer? issuer)
    {
        var name = Clean(asWritten);
        var tokens = BodyTokenizer.Tokenize(name);
        var end = tokens.Count;
        while (end > 0 && tokens[end - 1].IsPunctuation) end--;
        if (end > 0)
        {
            var whole = tokens.Take(end).ToList();
            var match = Longest(Compiled(issuer), whole, 0, name, requireCapital: false, wholeText: true);
            if (match is { } m && m.End == end) return Build(m.Pattern.Definition, m.Captures, name[whole[0].Start..whole[end - 1].End], issuer);
        }
        return Unknown(name, issuer);
    }

    /// <summary>The body a whole heading names (<c>Ban Tổ chức Thành ủy</c>), or null when the heading is not a body name; for a list of bodies, the first.</summary>
    public BodyRef? MatchHeading(string heading, Issuer? issuer) => MatchHeadingAll(heading, issuer).FirstOrDefault();

    /// <summary>
    /// All bodies a heading names when the heading is nothing but body names joined by commas, semicolons or
    /// <c>và</c> (<c>Đảng đoàn MTTQ và các tổ chức chính trị - xã hội Thành phố, Ban Thường vụ Thành Đoàn</c>);
    /// empty for a task heading (<c>Nhiệm vụ trọng tâm</c>).
    /// </summary>
    public IReadOnlyList<BodyRef> MatchHeadingAll(string heading, Issuer? issuer)
    {
        var text = Clean(heading);
        var tokens = BodyTokenizer.Tokenize(text);
        var compiled = Compiled(issuer);
        var found = new List<BodyRef>();
        var i = 0;
        while (i < tokens.Count)
        {
            var m = Longest(compiled, tokens, i, text, requireCapital: false, wholeText: true);
            if (m is { } match)
            {
                found.Add(Build(match.Pattern.Definition, match.Captures, text[tokens[i].Start..tokens[match.End - 1].End], issuer));
                i = match.End;
                continue;
            }
            if (tokens[i].IsPunctuation || tokens[i].Fold is "va" or "cac") { i++; continue; }
            return [];
        }
        return found;
    }

    /// <summary>Body names found in free text, left to right, longest match first, not overlapping.</summary>
    /// <remarks>A name that is spelled with a capital in the registry must be spelled with a capital in the text: <c>công an</c> in running text is not the body.</remarks>
    public IReadOnlyList<BodyMatch> FindAll(string text, Issuer? issuer)
    {
        var tokens = BodyTokenizer.Tokenize(text);
        var found = new List<BodyMatch>();
        // In text written all in capitals ("NHIỆM VỤ VÀ GIẢI PHÁP") a capital letter vouches for nothing, so an open
        // name ("Vụ {name}", "Sở {name}") cannot be told from ordinary words; only fixed names are found there.
        var allCaps = Reading.Markers.IsMostlyUpper(text);
        var compiled = Compiled(issuer);
        var i = 0;
        while (i < tokens.Count)
        {
            if (Longest(compiled, tokens, i, text, requireCapital: true) is { } m && !(allCaps && m.Captures.Name is not null))
            {
                var start = tokens[i].Start;
                var end = tokens[m.End - 1].End;
                found.Add(new BodyMatch(Build(m.Pattern.Definition, m.Captures, text[start..end], issuer), start, end - start));
                i = m.End;
            }
            else i++;
        }
        return found;
    }

    /// <summary>
    /// True when recipient <paramref name="recipient"/> covers <paramref name="body"/>: the same body; a group of the
    /// same committee (both relative to none counts as the same) with the body's function among its members; the same function of the same committee; or the
    /// Party delegation of the body (<c>Đảng đoàn</c>, <c>Ban cán sự đảng</c>) and the body itself.
    /// </summary>
    public bool Covers(BodyRef recipient, BodyRef body)
    {
        if (recipient.Id == body.Id) return true;
        if (!recipient.IsKnown || !body.IsKnown) return false;
        // A body's identity is its function and its committee: bodies of two committees never cover each other, and a
        // body relative to no committee (a document whose issuer is unknown) covers none of a known committee's.
        var sameCommittee = recipient.Committee is null && body.Committee is null
            || recipient.Committee is not null && body.Committee is not null && VietnameseText.Fold(recipient.Committee) == VietnameseText.Fold(body.Committee);
        if (!sameCommittee) return false;
        if (Core(recipient.Function) == Core(body.Function)) return true;
        return recipient.IsGroup && recipient.Members.Any(m => MemberCovers(m, body.Function));
    }

    /// <summary>Known names closest to <paramref name="name"/>, best first (share of folded words in common; ties by name).</summary>
    public IReadOnlyList<string> Closest(string name, Issuer? issuer, int count = 3)
    {
        // The words that tell bodies apart: not the committee, the locality or the joining words every name shares.
        var (kind, place) = LocalityOf(issuer, null);
        var shared = new HashSet<string>(["cac", "va", "cua", "thanh", "tinh", "uy", "tp", "tu"], StringComparer.Ordinal);
        if (place is not null) shared.UnionWith(BodyTokenizer.Tokenize(place).Select(t => t.Fold));
        HashSet<string> Words(string text) => [.. BodyTokenizer.Tokenize(text).Where(t => !t.IsPunctuation && !shared.Contains(t.Fold)).Select(t => t.Fold)];

        var query = Words(name);
        if (query.Count == 0 || count <= 0) return [];
        var committee = issuer?.Committee ?? "Thành ủy";
        var locality = $"{kind} {place}".Trim();
        var candidates = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var definition in _definitions)
        {
            string? canonical = null;
            foreach (var spelling in definition.Aliases.Prepend(definition.Name))
            {
                if (spelling.Contains("{name", StringComparison.Ordinal) || spelling.Contains("{list:", StringComparison.Ordinal) || spelling.Contains("{parent}", StringComparison.Ordinal)) continue;
                var words = Words(spelling.Replace("{committee}", committee).Replace("{locality}", locality));
                var common = query.Intersect(words).Count();
                if (common == 0) continue;
                canonical ??= Build(definition, new BodyCaptures(null, null, null), definition.Name, issuer).Name;
                var score = 2.0 * common / (query.Count + words.Count);
                if (!candidates.TryGetValue(canonical, out var old) || old < score) candidates[canonical] = score;
            }
        }
        return [.. candidates.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(count).Select(c => c.Key)];
    }

    private static bool MemberCovers(string member, string function) =>
        member.EndsWith('*') ? function.StartsWith(member[..^1], StringComparison.Ordinal) || Core(function).StartsWith(member[..^1], StringComparison.Ordinal)
            : member == function || Core(member) == Core(function);

    // The body a Party delegation works in: "dang-doan-hoi-nong-dan" → "hoi-nong-dan".
    private static string Core(string function)
    {
        foreach (var prefix in (string[])["dang-doan-", "ban-can-su-dang-"])
            if (function.StartsWith(prefix, StringComparison.Ordinal)) return function[prefix.Length..];
        return function;
    }

    private static (BodyPattern Pattern, int End, BodyCaptures Captures)? Longest(CompiledSet compiled, IReadOnlyList<BodyToken> tokens, int i, string text, bool requireCapital, bool wholeText = false)
    {
        var token = tokens[i];
        if (token.IsPunctuation) return null;
        (BodyPattern Pattern, int End, BodyCaptures Captures)? best = null;
        var candidates = compiled.ByFirst.TryGetValue(token.Fold, out var list) ? list.Concat(compiled.Open) : compiled.Open;
        foreach (var pattern in candidates)
        {
            if (requireCapital && pattern.RequiresCapital && !token.Capitalized) continue;
            foreach (var (end, captures) in pattern.Match(tokens, i, text, pattern.HasName ? at => StartsBody(compiled, tokens, at, text) : null, wholeText))
            {
                if (end <= i || best is { } b && b.End >= end) continue;
                if (IsAllLevels(pattern, captures, tokens, end)) continue;
                best = (pattern, end, captures);
            }
        }
        return best;
    }

    private static bool StartsBody(CompiledSet compiled, IReadOnlyList<BodyToken> tokens, int at, string text) =>
        compiled.ByFirst.TryGetValue(tokens[at].Fold, out var list)
        && list.Any(p => p.Match(tokens, at, text).Any(m => m.End > at + 1));

    // "Hội đồng nhân dân các cấp" names every level, not the body of this locality.
    private static bool IsAllLevels(BodyPattern pattern, BodyCaptures captures, IReadOnlyList<BodyToken> tokens, int end) =>
        pattern.Definition.Name.Contains("{locality}", StringComparison.Ordinal) && captures.LocalityWord is null
        && end < tokens.Count && (tokens[end].Fold == "cap" || tokens[end].Fold == "cac" && end + 1 < tokens.Count && tokens[end + 1].Fold == "cap");

    private CompiledSet Compiled(Issuer? issuer)
    {
        var (_, place) = LocalityOf(issuer, null);
        return _compiled.GetOrAdd(place ?? "", key =>
        {
            var localityTokens = key.Length == 0 ? [] : BodyTokenizer.Tokenize(key).Select(t => t.Fold).ToList();
            var patterns = _definitions
                .SelectMany(d => Spellings(d).Select(s => BodyPattern.Compile(d, s, localityTokens)))
                .ToList();
            var byFirst = patterns.Where(p => p.FirstLiteral is not null).GroupBy(p => p.FirstLiteral!)
                .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            return new CompiledSet(byFirst, [.. patterns.Where(p => p.FirstLiteral is null)]);
        });
    }

    // The name is a spelling too, unless it only says "{parent}" where the text says "Bộ" (Văn phòng {parent} ← Văn phòng Bộ).
    private static IEnumerable<string> Spellings(BodyDefinition d) =>
        (d.Name.Contains("{parent}", StringComparison.Ordinal) && !d.Name.Contains("{name", StringComparison.Ordinal) ? d.Aliases : d.Aliases.Prepend(d.Name)).Distinct();

    private static BodyRef Build(BodyDefinition definition, BodyCaptures captures, string asWritten, Issuer? issuer)
    {
        string? committee = null;
        var name = definition.Name;
        var function = definition.Function;
        if (name.Contains("{committee}", StringComparison.Ordinal))
        {
            committee = !string.IsNullOrWhiteSpace(issuer?.Committee) ? issuer.Committee
                : captures.CommitteeWord is { } w ? CommitteeOf(w) : "cấp ủy";
            name = name.Replace("{committee}", committee);
        }
        if (name.Contains("{locality}", StringComparison.Ordinal))
        {
            var (kind, place) = LocalityOf(issuer, captures.LocalityWord);
            name = name.Replace("{locality}", $"{kind} {place}".Trim());
            committee ??= issuer?.Committee;
        }
        if (name.Contains("{name", StringComparison.Ordinal))
        {
            name = name.Replace("{name}", captures.Name ?? "").Replace("{name?}", captures.Name ?? "");
            if (!string.IsNullOrEmpty(captures.Name)) function = $"{function}-{Slug.From(captures.Name)}";
        }
        if (name.Contains("{parent}", StringComparison.Ordinal))
        {
            // A unit of the issuer itself (Vụ, Cục, Văn phòng Bộ): qualified by a ministry, a government or a people's committee.
            var parent = issuer?.Level is CommitteeLevel.Ministry or CommitteeLevel.Government or CommitteeLevel.PeoplesCommittee ? issuer.Committee : null;
            name = parent is null ? VietnameseText.CollapseSpaces(asWritten) : name.Replace("{parent}", parent);
            committee ??= parent;
        }
        name = VietnameseText.CollapseSpaces(name);
        return new BodyRef(VietnameseText.CollapseSpaces(asWritten), Slug.From(name), name, function, committee, true,
            !definition.Members.IsDefaultOrEmpty, definition.Members.IsDefault ? [] : definition.Members);
    }

    private static BodyRef Unknown(string name, Issuer? issuer)
    {
        var committee = issuer?.Committee;
        var (_, place) = LocalityOf(issuer, null);
        var folded = VietnameseText.Fold(name);
        var qualified = committee is null || folded.Contains(VietnameseText.Fold(committee), StringComparison.Ordinal)
            || place is not null && folded.EndsWith(VietnameseText.Fold(place), StringComparison.Ordinal)
            ? name : $"{name} {committee}";
        return new BodyRef(name, Slug.From(qualified), name, Slug.From(name), committee, false, false, []);
    }

    private static string CommitteeOf(string asWritten)
    {
        var f = VietnameseText.Fold(asWritten);
        var rest = VietnameseText.CollapseSpaces(asWritten).Split(' ', 3);
        var place = rest.Length == 3 ? " " + rest[2] : "";
        return f.StartsWith("thanh uy", StringComparison.Ordinal) ? "Thành ủy" + place
            : f.StartsWith("tinh uy", StringComparison.Ordinal) ? "Tỉnh ủy" + place
            : asWritten;
    }

    /// <summary>The kind of place (<c>thành phố</c>, <c>tỉnh</c>) and its name for bodies relative to the locality.</summary>
    private static (string Kind, string? Place) LocalityOf(Issuer? issuer, string? asWritten)
    {
        string? place = issuer?.Locality;
        var committee = issuer is null ? "" : VietnameseText.Fold(issuer.Committee);
        if (place is null && issuer is not null)
        {
            foreach (var prefix in (string[])["thanh uy ", "tinh uy ", "uy ban nhan dan thanh pho ", "uy ban nhan dan tinh ", "ubnd tinh ", "ubnd thanh pho "])
            {
                if (!committee.StartsWith(prefix, StringComparison.Ordinal)) continue;
                var words = VietnameseText.CollapseSpaces(issuer.Committee).Split(' ');
                place = string.Join(' ', words.Skip(prefix.Trim().Split(' ').Length));
                break;
            }
        }
        var kind = issuer?.Level switch
        {
            CommitteeLevel.CityParty => "thành phố",
            CommitteeLevel.ProvinceParty => "tỉnh",
            _ => committee.StartsWith("thanh uy", StringComparison.Ordinal) || committee.Contains("thanh pho", StringComparison.Ordinal) ? "thành phố"
                : committee.StartsWith("tinh uy", StringComparison.Ordinal) || committee.Contains("tinh ", StringComparison.Ordinal) ? "tỉnh"
                : KindAsWritten(asWritten),
        };
        return (kind, string.IsNullOrWhiteSpace(place) ? null : place);
    }

    private static string KindAsWritten(string? asWritten)
    {
        if (asWritten is null) return "";
        var first = BodyTokenizer.Tokenize(asWritten).FirstOrDefault().Fold;
        return first switch { "tp" => "thành phố", "tinh" => "tỉnh", _ => "" };
    }

    private static string Clean(string text) =>
        VietnameseText.CollapseSpaces(VietnameseText.Normalize(text).Replace("*", "").Replace("#", "")).Trim(' ', ',', ';', '.', ':', '-');

    private static IEnumerable<BodyDefinition> LoadShipped()
    {
        using var stream = typeof(BodyRegistry).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        var entries = JsonSerializer.Deserialize<List<ShippedBody>>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true }) ?? [];
        return entries.Select(e => new BodyDefinition(VietnameseText.Normalize(e.Name), e.Function,
            [.. (e.Aliases ?? []).Select(VietnameseText.Normalize)], [.. e.Members ?? []]));
    }

    private sealed record ShippedBody(string Name, string Function, List<string>? Aliases, List<string>? Members);

    // The patterns of one locality, by their first literal token; Open: those that begin with a placeholder.
    private sealed record CompiledSet(Dictionary<string, List<BodyPattern>> ByFirst, List<BodyPattern> Open);
}
