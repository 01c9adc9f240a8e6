using System.Collections.Immutable;
using StaticSite.Bodies;
using StaticSite.Model;
using StaticSite.Reading;
using StaticSite.References;
using StaticSite.Text;

namespace StaticSite.Pages;

/// <summary>A body name or a document reference found in a piece of text, to be written as a link.</summary>
/// <param name="Index">Offset in the text.</param>
/// <param name="Length">Length of the mention as written.</param>
/// <param name="Reference">The reference, for a document reference.</param>
/// <param name="Body">The body, for a body name.</param>
public sealed record TextLink(int Index, int Length, Reference? Reference, BodyRef? Body);

/// <summary>A place in a program where a body or a document is mentioned.</summary>
/// <param name="ProgramSlug">The program.</param>
/// <param name="Anchor">The anchor of the section or item the mention stands in.</param>
/// <param name="Label">What the place is (<c>1.1. Đổi mới …</c>, <c>Lời mở đầu</c>).</param>
/// <param name="AsWritten">The mention as written.</param>
public sealed record Mention(string ProgramSlug, string Anchor, string Label, string AsWritten);

/// <summary>A body that gets a page: named in an assignment or mentioned in a program.</summary>
/// <param name="Body">The body as first seen (documents in path order, source order).</param>
/// <param name="Slug">The page slug.</param>
/// <param name="Names">Every spelling seen, ordinal order.</param>
/// <param name="Mentions">Where the body is mentioned, in document and source order.</param>
public sealed record BodyEntry(BodyRef Body, string Slug, ImmutableArray<string> Names, ImmutableArray<Mention> Mentions);

/// <summary>A referenced document that gets a page.</summary>
/// <param name="Id">Canonical id (<c>28-NQ/TW</c>).</param>
/// <param name="Slug">The page slug (<c>28-nq-tw</c>).</param>
/// <param name="Kind">Kind word (<c>Nghị quyết</c>).</param>
/// <param name="Date">The date, when some mention gives it.</param>
/// <param name="ImplementedBy">Slugs of the programs that implement it, in corpus order.</param>
/// <param name="Mentions">Where it is mentioned.</param>
public sealed record ReferenceEntry(string Id, string Slug, string Kind, DateOnly? Date, ImmutableArray<string> ImplementedBy, ImmutableArray<Mention> Mentions)
{
    /// <summary>Title of the page: <c>Nghị quyết số 28-NQ/TW</c>.</summary>
    public string Title => $"{Kind} số {Id}";
}

/// <summary>One piece of a program's text with the anchor of the place it stands in.</summary>
/// <param name="Text">The text as in the model.</param>
/// <param name="Anchor">Section id, item id, or a fixed id of the page (<c>tieu-de</c>, <c>loi-mo-dau</c>, <c>noi-nhan</c>, ...).</param>
/// <param name="Label">What the place is.</param>
public sealed record TextSite(string Text, string Anchor, string Label);

/// <summary>
/// The pages a build will have and their slugs, decided before any page is written so that every link has a target:
/// programs (their <see cref="ProgramDocument.Slug"/>), bodies (keyed by <see cref="BodyRef.Id"/>) and referenced
/// documents (keyed by <see cref="Reference.Id"/>). Slugs come from one <see cref="SlugSet"/>, requested in ordinal
/// key order, so that they are the same from build to build.
/// </summary>
public sealed class SitePlan
{
    /// <summary>Fixed anchors of a program page.</summary>
    public static class Anchors
    {
        /// <summary>The title (h1).</summary>
        public const string Title = "tieu-de";
        /// <summary>Lời mở đầu.</summary>
        public const string Preamble = "loi-mo-dau";
        /// <summary>Phân công thực hiện (summary of assignments).</summary>
        public const string Assignments = "phan-cong";
        /// <summary>Phụ lục for tables outside any section.</summary>
        public const string Appendix = "phu-luc";
        /// <summary>Nơi nhận.</summary>
        public const string Recipients = "noi-nhan";
        /// <summary>Chữ ký.</summary>
        public const string Signature = "chu-ky";
        /// <summary>Ghi chú (notes).</summary>
        public const string Notes = "ghi-chu";
        /// <summary>Text the reader could not place.</summary>
        public const string Unplaced = "chua-xep";
        /// <summary>Liên kết đến trang này (backlinks).</summary>
        public const string Backlinks = "lien-ket-den-trang-nay";
    }

    private readonly ImmutableDictionary<string, BodyEntry> _bodies;
    private readonly ImmutableDictionary<string, ReferenceEntry> _references;

    private SitePlan(Corpus corpus, ImmutableDictionary<string, BodyEntry> bodies, ImmutableDictionary<string, ReferenceEntry> references)
    {
        Corpus = corpus;
        _bodies = bodies;
        _references = references;
        Bodies = [.. bodies.Values.OrderBy(b => b.Body.Name, VietnameseText.Order).ThenBy(b => b.Body.Id, StringComparer.Ordinal)];
        foreach (var b in Bodies.Where(b => b.Body.IsKnown))
        {
            var index = b.Body.IsGroup ? _groupsByCommittee : _knownByCommittee;
            if (!index.TryGetValue(CommitteeKey(b.Body), out var list)) index[CommitteeKey(b.Body)] = list = [];
            list.Add(b);
        }
        for (var i = 0; i < corpus.Documents.Length; i++) _documentAt.TryAdd(corpus.Documents[i].Slug, i);
        References = [.. references.Values.OrderBy(r => r.Kind, VietnameseText.Order).ThenBy(r => r.Id, VietnameseText.Order)];
    }

    /// <summary>The corpus planned.</summary>
    public Corpus Corpus { get; }

    /// <summary>Bodies with a page, by name in Vietnamese order (<see cref="VietnameseText.Order"/>).</summary>
    public ImmutableArray<BodyEntry> Bodies { get; }

    /// <summary>Referenced documents with a page, by kind, then id, in Vietnamese order (<see cref="VietnameseText.Order"/>).</summary>
    public ImmutableArray<ReferenceEntry> References { get; }

    private readonly Dictionary<string, List<BodyEntry>> _knownByCommittee = new(StringComparer.Ordinal);

    /// <summary>
    /// The bodies, not groups, that group <paramref name="group"/> may cover (<see cref="BodyRegistry.Covers"/>): the known
    /// bodies of its committee, in <see cref="Bodies"/> order — a group never covers another committee's body, so a
    /// group's members are found among tens of bodies, not all of them.
    /// </summary>
    public IReadOnlyList<BodyEntry> MemberCandidates(BodyRef group) =>
        !group.IsKnown ? [] : _knownByCommittee.GetValueOrDefault(CommitteeKey(group)) ?? [];

    /// <summary>The groups that may cover <paramref name="body"/>: the known groups of its committee, in <see cref="Bodies"/> order.</summary>
    public IReadOnlyList<BodyEntry> GroupCandidates(BodyRef body) =>
        !body.IsKnown ? [] : _groupsByCommittee.GetValueOrDefault(CommitteeKey(body)) ?? [];

    private readonly Dictionary<string, List<BodyEntry>> _groupsByCommittee = new(StringComparer.Ordinal);

    private static string CommitteeKey(BodyRef body) => body.Committee is null ? "" : "c:" + VietnameseText.Fold(body.Committee);

    private readonly Dictionary<string, int> _documentAt = new(StringComparer.Ordinal);

    /// <summary>The position of the document with slug <paramref name="slug"/> in the corpus (the first, if two share it), or -1.</summary>
    public int DocumentIndex(string slug) => _documentAt.GetValueOrDefault(slug, -1);

    /// <summary>The document with slug <paramref name="slug"/> (the first, if two share it).</summary>
    /// <exception cref="KeyNotFoundException">No document has that slug.</exception>
    public ProgramDocument Document(string slug) => _documentAt.TryGetValue(slug, out var i) ? Corpus.Documents[i] : throw new KeyNotFoundException(slug);

    /// <summary>The page entry of body <paramref name="id"/>, or null.</summary>
    public BodyEntry? Body(string id) => _bodies.GetValueOrDefault(id);

    /// <summary>The page entry of reference <paramref name="id"/>, or null.</summary>
    public ReferenceEntry? Reference(string id) => _references.GetValueOrDefault(id);

    /// <summary>Plans the pages of <paramref name="corpus"/>.</summary>
    public static SitePlan Create(Corpus corpus)
    {
        var bodies = new Dictionary<string, (BodyRef Body, SortedSet<string> Names, List<Mention> Mentions)>(StringComparer.Ordinal);
        var references = new Dictionary<string, (Reference First, DateOnly? Date, List<string> Implementers, List<Mention> Mentions)>(StringComparer.Ordinal);

        void AddBody(BodyRef body, Mention? mention)
        {
            if (!bodies.TryGetValue(body.Id, out var entry)) bodies[body.Id] = entry = (body, new SortedSet<string>(StringComparer.Ordinal), []);
            entry.Names.Add(body.AsWritten);
            if (mention is not null) entry.Mentions.Add(mention);
        }

        void AddReference(Reference reference, Mention? mention, string? implementer)
        {
            if (!references.TryGetValue(reference.Id, out var entry)) references[reference.Id] = entry = (reference, reference.Date, [], []);
            if (entry.Date is null && reference.Date is not null) references[reference.Id] = entry = entry with { Date = reference.Date };
            if (mention is not null) entry.Mentions.Add(mention);
            if (implementer is not null && !entry.Implementers.Contains(implementer)) entry.Implementers.Add(implementer);
        }

        foreach (var doc in corpus.Documents)
        {
            foreach (var assignment in doc.Assignments) AddBody(assignment.Body, null);
            foreach (var reference in doc.Implements) AddReference(reference, null, doc.Slug);
            // A program's own number, where its text names it (its appendix), is not a document it refers to.
            var own = DocumentTexts.OwnNumber(doc);
            foreach (var reference in doc.References.Where(r => r.Id != own)) AddReference(reference, null, null);
            foreach (var site in DocumentTexts.Enumerate(doc))
            {
                foreach (var link in FindLinks(site.Text, doc.Issuer, corpus.Registry))
                {
                    var mention = new Mention(doc.Slug, site.Anchor, site.Label, site.Text.Substring(link.Index, link.Length));
                    if (link.Body is not null) AddBody(link.Body, mention);
                    if (link.Reference is not null && link.Reference.Id != own) AddReference(link.Reference, mention, null);
                }
            }
        }

        var slugs = new SlugSet();
        var bodyEntries = bodies.OrderBy(b => b.Key, StringComparer.Ordinal).ToImmutableDictionary(
            b => b.Key,
            b => new BodyEntry(b.Value.Body, slugs.For("body:" + b.Key, b.Key), [.. b.Value.Names], [.. b.Value.Mentions]),
            StringComparer.Ordinal);
        var referenceSlugs = new SlugSet();
        var referenceEntries = references.OrderBy(r => r.Key, StringComparer.Ordinal).ToImmutableDictionary(
            r => r.Key,
            r => new ReferenceEntry(r.Key, referenceSlugs.For(r.Key), r.Value.First.Kind, r.Value.Date, [.. r.Value.Implementers], [.. r.Value.Mentions]),
            StringComparer.Ordinal);
        return new SitePlan(corpus, bodyEntries, referenceEntries);
    }

    /// <summary>
    /// Body names (<see cref="BodyRegistry.FindAll"/>) and document references (<see cref="ReferenceExtractor"/>) in
    /// <paramref name="text"/>, left to right, not overlapping (the earlier, then the longer, wins).
    /// </summary>
    public static IReadOnlyList<TextLink> FindLinks(string text, Issuer? issuer, BodyRegistry registry)
    {
        var found = ReferenceExtractor.Extract(text, "", 1)
            .Select(r => new TextLink(r.Span.Column - 1, r.AsWritten.Length, r, null))
            .Concat(registry.FindAll(text, issuer).Select(m => new TextLink(m.Index, m.Length, null, m.Body)))
            .Where(l => l.Index >= 0 && l.Length > 0 && l.Index + l.Length <= text.Length)
            .OrderBy(l => l.Index).ThenByDescending(l => l.Length).ThenBy(l => l.Reference is null ? 1 : 0);
        var result = new List<TextLink>();
        var end = 0;
        foreach (var link in found)
        {
            if (link.Index < end) continue;
            result.Add(link);
            end = link.Index + link.Length;
        }
        return result;
    }
}
