using System.Collections.Immutable;

namespace StaticSite.Bodies;

/// <summary>What a placeholder of a matched name stood for in the text.</summary>
/// <param name="CommitteeWord">The committee as written for <c>{committee}</c> (<c>Thành ủy</c>, <c>Tỉnh ủy Quảng Ngãi</c>).</param>
/// <param name="LocalityWord">The locality as written for <c>{locality}</c> (<c>thành phố</c>, <c>TP</c>, <c>tỉnh</c>); null when left out.</param>
/// <param name="Name">The proper name taken by <c>{name}</c> (<c>Tư pháp</c> in <c>Sở Tư pháp</c>).</param>
internal sealed record BodyCaptures(string? CommitteeWord, string? LocalityWord, string? Name);

/// <summary>One spelling of a body (its canonical name or an alias), compiled to elements over canonical tokens.</summary>
internal sealed class BodyPattern
{
    private const int MaxNameTokens = 8;

    private readonly Element[] _elements;

    private BodyPattern(BodyDefinition definition, Element[] elements, bool requiresCapital)
    {
        Definition = definition;
        _elements = elements;
        RequiresCapital = requiresCapital;
    }

    public BodyDefinition Definition { get; }

    /// <summary>True when free text must spell the first word with a capital (body names are proper names; <c>công an</c> in running text is not the body).</summary>
    public bool RequiresCapital { get; }

    /// <summary>The first literal token, or null when the pattern opens with a placeholder.</summary>
    public string? FirstLiteral => _elements.Length > 0 && _elements[0] is Literal l ? l.Fold : null;

    /// <summary>Compiles <paramref name="spelling"/>, with <paramref name="localityTokens"/> the issuer's place name as canonical tokens.</summary>
    public static BodyPattern Compile(BodyDefinition definition, string spelling, IReadOnlyList<string> localityTokens)
    {
        var tokens = BodyTokenizer.Tokenize(spelling, placeholders: true);
        var elements = new List<Element>();
        foreach (var t in tokens)
        {
            if (!t.IsPlaceholder) { elements.Add(new Literal(t.Fold)); continue; }
            var inner = spelling[(t.Start + 1)..(t.End - 1)];
            if (inner == "committee") elements.Add(new Committee(localityTokens));
            else if (inner == "locality") elements.Add(new Locality(localityTokens));
            else if (inner is "name" or "name?") elements.Add(new Name(inner == "name?"));
            else if (inner == "parent") continue; // the issuing ministry or committee: filled in the name, not written in the text
            else if (inner.StartsWith("list:", StringComparison.Ordinal))
                elements.Add(new ListOf([.. inner[5..].Split('|').Select(a => BodyTokenizer.Tokenize(a).Select(x => x.Fold).ToArray())]));
            else elements.Add(new Literal(t.Fold));
        }
        var first = tokens.FirstOrDefault();
        var requiresCapital = first.Fold is not null && first.Capitalized && first.Fold != "cac";
        return new BodyPattern(definition, [.. elements], requiresCapital);
    }

    /// <summary>Every way the pattern matches <paramref name="tokens"/> from <paramref name="start"/>: end (exclusive) and captures.</summary>
    /// <param name="tokens">The text's tokens.</param>
    /// <param name="start">Where to match.</param>
    /// <param name="text">The text, to slice captures from.</param>
    /// <param name="startsBody">Whether another body name starts at a token: a <c>{name}</c> stops there.</param>
    /// <param name="wholeText">
    /// True when the text is known to be nothing but body names (a heading, a table cell, a recipient): a <c>{name}</c>
    /// may then run over lower-case words (<c>Cục Biến đổi khí hậu</c>); in running text it takes capitalized words
    /// with at most one lower-case syllable each (<c>Sở Kế hoạch và Đầu tư</c>).
    /// </param>
    public IEnumerable<(int End, BodyCaptures Captures)> Match(IReadOnlyList<BodyToken> tokens, int start, string text, Func<int, bool>? startsBody = null, bool wholeText = false)
        => MatchFrom(0, start, new BodyCaptures(null, null, null), tokens, text, startsBody, wholeText).ToList();

    /// <summary>True when the pattern has a <c>{name}</c>: it must not be used to stop another name.</summary>
    public bool HasName => _elements.Any(e => e is Name);

    private IEnumerable<(int, BodyCaptures)> MatchFrom(int ei, int ti, BodyCaptures caps, IReadOnlyList<BodyToken> tokens, string text, Func<int, bool>? startsBody, bool wholeText)
    {
        if (ei == _elements.Length)
        {
            yield return (ti, caps);
            yield break;
        }
        switch (_elements[ei])
        {
            case Literal lit:
                if (ti < tokens.Count && tokens[ti].Fold == lit.Fold)
                    foreach (var r in MatchFrom(ei + 1, ti + 1, caps, tokens, text, startsBody, wholeText)) yield return r;
                break;
            case Committee com:
                foreach (var alt in com.Alternatives)
                {
                    if (!BodyTokenizer.Follows(tokens, ti, alt)) continue;
                    var word = Slice(tokens, ti, ti + alt.Length, text);
                    foreach (var r in MatchFrom(ei + 1, ti + alt.Length, caps with { CommitteeWord = word }, tokens, text, startsBody, wholeText)) yield return r;
                }
                break;
            case Locality loc:
                foreach (var alt in loc.Alternatives)
                {
                    if (!BodyTokenizer.Follows(tokens, ti, alt)) continue;
                    // "tỉnh" of "Tỉnh ủy" is the committee, not the locality.
                    if (alt.Length > 0 && ti + alt.Length < tokens.Count && tokens[ti + alt.Length].Fold == "uy") continue;
                    var word = alt.Length == 0 ? null : Slice(tokens, ti, ti + alt.Length, text);
                    foreach (var r in MatchFrom(ei + 1, ti + alt.Length, caps with { LocalityWord = word }, tokens, text, startsBody, wholeText)) yield return r;
                }
                break;
            case Name name:
                {
                    var ends = wholeText ? LooseNameEnds(tokens, ti, startsBody) : NameEnds(tokens, ti, startsBody);
                    foreach (var end in ends)
                        foreach (var r in MatchFrom(ei + 1, end, caps with { Name = Slice(tokens, ti, end, text) }, tokens, text, startsBody, wholeText)) yield return r;
                    if (name.Optional)
                        foreach (var r in MatchFrom(ei + 1, ti, caps, tokens, text, startsBody, wholeText)) yield return r;
                }
                break;
            case ListOf list:
                {
                    // One or more alternatives, separated by ',', ';' or 'và', each optionally preceded by 'các'.
                    var pos = ti;
                    var ends = new List<int>();
                    while (true)
                    {
                        var p = pos;
                        if (ends.Count > 0)
                        {
                            if (p < tokens.Count && tokens[p].Fold is "," or ";" or "va") p++;
                            else break;
                            if (p < tokens.Count && tokens[p].Fold == "va") p++;
                        }
                        if (p < tokens.Count && tokens[p].Fold == "cac") p++;
                        var best = list.Alternatives.Where(a => BodyTokenizer.Follows(tokens, p, a)).Select(a => a.Length).DefaultIfEmpty(0).Max();
                        if (best == 0) break;
                        pos = p + best;
                        ends.Add(pos);
                    }
                    for (var k = ends.Count - 1; k >= 0; k--)
                        foreach (var r in MatchFrom(ei + 1, ends[k], caps, tokens, text, startsBody, wholeText)) yield return r;
                }
                break;
        }
    }

    // A proper name: words that open with a capital, each followed by at most one lower-case syllable; 'và' joins two such words.
    private static List<int> NameEnds(IReadOnlyList<BodyToken> tokens, int ti, Func<int, bool>? startsBody)
    {
        var ends = new List<int>();
        var i = ti;
        while (i < tokens.Count && i - ti < MaxNameTokens)
        {
            var t = tokens[i];
            if (EndsName(tokens, ti, i, startsBody)) break;
            if (t.IsPunctuation || !t.Capitalized)
            {
                if (t.Fold == "va" && ends.Count > 0 && i + 1 < tokens.Count && tokens[i + 1].Capitalized && !tokens[i + 1].IsPunctuation) { i++; continue; }
                break;
            }
            i++;
            if (i < tokens.Count && !tokens[i].IsPunctuation && !tokens[i].Capitalized && tokens[i].Fold != "va" && !IsLocalityWord(tokens[i].Fold)) i++;
            ends.Add(i);
        }
        ends.Reverse();
        return ends;
    }

    // In a text that is only body names: a capitalized word, then any words up to punctuation, the locality or another body.
    private static List<int> LooseNameEnds(IReadOnlyList<BodyToken> tokens, int ti, Func<int, bool>? startsBody)
    {
        var ends = new List<int>();
        if (ti >= tokens.Count || tokens[ti].IsPunctuation || !tokens[ti].Capitalized) return ends;
        for (var i = ti; i < tokens.Count && i - ti < MaxNameTokens * 2; i++)
        {
            var t = tokens[i];
            if (t.IsPunctuation || EndsName(tokens, ti, i, startsBody)) break;
            if (t.Fold != "va") ends.Add(i + 1);
        }
        ends.Reverse();
        return ends;
    }

    // A name that began at ti never takes in the locality, the committee or another body's name at i.
    private static bool EndsName(IReadOnlyList<BodyToken> tokens, int ti, int i, Func<int, bool>? startsBody) =>
        IsLocalityWord(tokens[i].Fold) && (tokens[i].Fold != "thanh" || i + 1 < tokens.Count && tokens[i + 1].Fold == "uy")
        || i > ti && startsBody?.Invoke(i) == true;

    private static bool IsLocalityWord(string fold) => fold is "tp" or "tinh" or "thanh" or "quan" or "huyen" or "tw";

    private static string Slice(IReadOnlyList<BodyToken> tokens, int from, int to, string text) =>
        to <= from ? "" : text[tokens[from].Start..tokens[to - 1].End];

    private abstract record Element;

    private sealed record Literal(string Fold) : Element;

    private sealed record Name(bool Optional) : Element;

    private sealed record ListOf(ImmutableArray<string[]> Alternatives) : Element;

    private sealed record Committee : Element
    {
        public Committee(IReadOnlyList<string> locality)
        {
            string[][] words = [["thanh", "uy"], ["tinh", "uy"], ["tu"]];
            Alternatives = locality.Count == 0
                ? [.. words]
                : [.. words.Select(w => w.Concat(locality).ToArray()), .. words];
        }

        public ImmutableArray<string[]> Alternatives { get; }
    }

    private sealed record Locality : Element
    {
        public Locality(IReadOnlyList<string> locality)
        {
            string[][] words = [["tp"], ["tinh"]];
            var list = new List<string[]>();
            if (locality.Count > 0)
            {
                list.AddRange(words.Select(w => w.Concat(locality).ToArray()));
                list.Add([.. locality]);
            }
            list.AddRange(words);
            list.Add([]);
            Alternatives = [.. list];
        }

        public ImmutableArray<string[]> Alternatives { get; }
    }
}
