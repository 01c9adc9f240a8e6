using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using StaticSite.Config;
using StaticSite.Deadlines;
using StaticSite.Model;
using StaticSite.References;
using StaticSite.Text;

namespace StaticSite.Reading;

/// <summary>
/// One read of one document: walks the lines once, front to back — header, kind line, title, preamble, body (sections,
/// items, tables), recipients, signature, what follows (appendix) — and records which lines each node took, so that
/// whatever no node took is kept as unplaced text. Structure comes from numbering, never from Markdown heading depth.
/// </summary>
internal sealed partial class DocumentReader(IReadOnlyList<SourceLine> lines, string path, ReaderOptions options)
{
    private readonly bool[] _placed = new bool[lines.Count + 2];
    private readonly List<TextNode> _notes = [];
    private readonly List<TextBuilder> _preamble = [];
    private readonly List<SectionBuilder> _sections = [];
    private readonly List<(RawTable Table, SectionBuilder? Section, TextNode? Title)> _tables = [];
    private readonly Stack<SectionBuilder> _sectionStack = new();
    private readonly List<ItemBuilder> _itemStack = [];

    private ProgramKind _kind = ProgramKind.Unknown;
    private string? _otherKind;
    private readonly List<Diagnostics.Diagnostic> _diagnostics = [];
    private TextNode? _kindLine;
    private TextBuilder? _title;
    private TextBuilder? _lastText;
    private RawTable? _table;
    private TextBuilder? _pendingTableTitle;
    private readonly ImmutableArray<Recipient>.Builder _recipients = ImmutableArray.CreateBuilder<Recipient>(); // appended to, not copied, per list
    private TextNode? _recipientsHeading;
    private Signature? _signature;
    private bool _decimalSections;
    private DocumentMetadata? _metadata;

    private enum Phase { Title, Body, AfterSignature }

    public ProgramDocument Read()
    {
        var (frontMatter, frontMatterLines, frontMatterError) = Metadata.FrontMatter(lines);
        if (frontMatterError is not null)
            _diagnostics.Add(new Diagnostics.Diagnostic("front-matter", Diagnostics.Severity.Error, frontMatterError, SourceSpan.At(path, 1)));
        for (var i = 0; i < frontMatterLines; i++) Note(lines[i]);
        _metadata = Metadata.Merge(options.Metadata, frontMatter);

        var kindIndex = FindKindLine(frontMatterLines);
        var headerEnd = kindIndex >= 0 ? kindIndex : BodyStart(frontMatterLines);
        var header = HeaderReader.Read(lines, frontMatterLines, headerEnd, path);
        _headerNumber = header.Number;
        for (var i = frontMatterLines; i < headerEnd; i++)
            if (lines[i].Raw.Trim().Length > 0) Note(lines[i]);
        if (kindIndex < 0 && KindOfNumber(header.TypeCode) is { } fromNumber) (_kind, _otherKind) = fromNumber;
        var headerIssuer = IssuerReader.FromHeader(header.Organs);
        var issuer = Metadata.IssuerOf(_metadata) ?? FindIssuer() ?? headerIssuer ?? FindIssuerLine();
        var phase = kindIndex < 0 ? Phase.Body : Phase.Title;
        if (kindIndex >= 0)
        {
            var k = lines[kindIndex];
            _kindLine = new TextNode(k.Clean, SourceSpan.At(path, k.Number, k.Indent));
            Place(k.Number);
        }
        var attachedKind = _otherKind is not null ? FindAttachedProgram(kindIndex + 1) : -1;

        var columnTables = FindColumnTables(Math.Max(kindIndex + 1, frontMatterLines));
        var blankBefore = true;
        for (var i = Math.Max(kindIndex + 1, frontMatterLines); i < lines.Count; i++)
        {
            var line = lines[i];
            if (_placed[line.Number]) continue; // taken by a look-ahead (a part's heading on the next line)
            if (phase != Phase.Title && columnTables.TryGetValue(i, out var region))
            {
                CloseTable();
                var columnTable = ColumnTableReader.Read(lines, region);
                _tables.Add((columnTable, _sectionStack.Count > 0 ? _sectionStack.Peek() : null, _pendingTableTitle?.Node(path)));
                _pendingTableTitle = null;
                for (var n = columnTable.FirstLine; n <= columnTable.LastLine; n++) Place(n);
                _lastText = null;
                i = columnTable.LastLine - 1;
                blankBefore = true;
                continue;
            }
            if (line.IsBlank)
            {
                if (line.Raw.Trim().Length > 0) Note(line); // decoration: "-----", "***"
                blankBefore = true;
                continue;
            }

            if (i == attachedKind)
            {
                // The program attached to a resolution or decision: its kind line is the document's, the wrapper's a note.
                if (_kindLine is not null) _notes.Add(_kindLine);
                _kindLine = new TextNode(line.Clean, SourceSpan.At(path, line.Number, line.Indent));
                Place(line.Number);
                _title = null;
                _afterSignature = false;
                phase = Phase.Title;
                blankBefore = false;
                continue;
            }
            if (i < attachedKind && !RecipientReader.IsHeading(line) && !(SignatureReader.IsAuthorityLine(line.Clean) && _signature is null))
            {
                Note(line); // the wrapper's own text: its preamble, QUYẾT NGHỊ, Điều 1 … Điều 3
                blankBefore = false;
                continue;
            }
            if (RecipientReader.IsHeading(line))
            {
                CloseTable();
                i = ReadRecipients(i, issuer) - 1;
                phase = Phase.AfterSignature;
                blankBefore = true;
                continue;
            }

            if (_table is not null && !line.IsTableRow) CloseTable();
            if (line.IsTableRow && phase != Phase.Title)
            {
                OpenTable();
                TableReader.Add(_table!, line);
                for (var n = _table!.FirstLine; n <= line.Number; n++) Place(n);
                blankBefore = false;
                continue;
            }
            if (SignatureReader.IsAuthorityLine(line.Clean) && _signature is null)
            {
                i = ReadSignature(i) - 1;
                phase = Phase.AfterSignature;
                blankBefore = true;
                continue;
            }

            switch (phase)
            {
                case Phase.Title:
                    if (IsAttachmentLine(line))
                    {
                        Note(line);
                        break;
                    }
                    if (_title is null && !StartsBody(line))
                    {
                        _title = new TextBuilder(line);
                        _lastText = _title;
                        Place(line.Number);
                        break;
                    }
                    if (_title is not null && (!blankBefore || StartsLowerCase(line.Clean)) && !StartsBody(line))
                    {
                        _title.Append(line);
                        Place(line.Number);
                        break;
                    }
                    phase = Phase.Body;
                    ReadBodyLine(line, blankBefore);
                    break;
                case Phase.Body:
                    ReadBodyLine(line, blankBefore);
                    break;
                case Phase.AfterSignature:
                    ReadAfterSignature(line, blankBefore);
                    break;
            }
            blankBefore = false;
        }
        CloseTable();
        if (_pendingTableTitle is not null) _notes.Add(_pendingTableTitle.Node(path)); // an appendix subtitle with no table under it
        // A decoration line ("-----", "*", "**") is a note of its own wherever it stands, also where a look-ahead
        // (a recipient list, a signature block) stepped over it.
        var noted = _notes.Select(n => n.Span.Line).ToHashSet();
        foreach (var l in lines)
            if (l.IsBlank && l.Raw.Trim().Length > 0 && !noted.Contains(l.Number)) Note(l);

        var frozenSections = Freeze(out var tables);
        var references = References();
        var unplaced = lines.Where(l => !_placed[l.Number] && l.Raw.Trim().Length > 0)
            .Select(l => new TextNode(l.Clean.Length > 0 ? l.Clean : l.Raw.Trim(), SourceSpan.At(path, l.Number, l.Indent)))
            .ToImmutableArray();
        var title = _title?.Node(path);
        if (_metadata?.Title is { Length: > 0 } given)
        {
            // Metadata names the title; the text's own title line(s) are kept as a note, not dropped.
            if (title is not null) _notes.Add(title);
            // Given by metadata, it stands on no line of the text: an empty span, so no line is claimed twice.
            title = new TextNode(given, new SourceSpan(path, 1, 1, 0));
        }

        return new ProgramDocument
        {
            Path = path,
            Slug = Slug.From(System.IO.Path.GetFileNameWithoutExtension(path)),
            Kind = _kind,
            KindLine = _kindLine,
            Title = title,
            Issuer = issuer is not null && issuer == headerIssuer ? IssuerReader.SignedFor(issuer, _signature) : issuer,
            OtherKind = _otherKind,
            Diagnostics = [.. _diagnostics],
            Header = Metadata.HeaderOf(_metadata, OwnHeader(header, tables), path),
            Implements = Implements(references),
            References = references,
            Preamble = [.. _preamble.Select(p => p.Node(path))],
            Sections = frozenSections,
            Recipients = _recipients.ToImmutable(),
            RecipientsHeading = _recipientsHeading,
            Signature = _signature,
            Tables = tables,
            Notes = [.. _notes.OrderBy(n => n.Span.Line)],
            Unplaced = unplaced,
            LineCount = lines.Count,
        };
    }

    // ---- front: header block, kind line, issuer --------------------------------------------------------------

    // Kind words of the genre and of its neighbours, folded; a neighbour is named for what it is.
    private static readonly (string Folded, ProgramKind Kind, string? Other)[] KindWords =
    [
        ("chuong trinh hanh dong", ProgramKind.ActionProgram, null), ("chuong trinh", ProgramKind.Program, null),
        ("ke hoach", ProgramKind.Plan, null), ("nghi quyet", ProgramKind.Unknown, "Nghị quyết"),
        ("quyet dinh", ProgramKind.Unknown, "Quyết định"), ("bao cao", ProgramKind.Unknown, "Báo cáo"),
        ("cong van", ProgramKind.Unknown, "Công văn"), ("thong bao", ProgramKind.Unknown, "Thông báo"),
        ("to trinh", ProgramKind.Unknown, "Tờ trình"), ("chi thi", ProgramKind.Unknown, "Chỉ thị"),
        ("ket luan", ProgramKind.Unknown, "Kết luận"), ("huong dan", ProgramKind.Unknown, "Hướng dẫn"),
        ("de an", ProgramKind.Unknown, "Đề án"), ("quy dinh", ProgramKind.Unknown, "Quy định"),
        ("quy che", ProgramKind.Unknown, "Quy chế"), ("thong tri", ProgramKind.Unknown, "Thông tri"),
    ];

    private static (ProgramKind Kind, string? Other)? KindOf(SourceLine line)
    {
        if (line.IsBlank || !Markers.IsMostlyUpper(line.Clean) || line.Clean.Length > 40) return null;
        var folded = line.Folded.Trim(':', '.', ' ', '|');
        foreach (var (word, kind, other) in KindWords)
            if (folded == word) return (kind, other);
        return null;
    }

    // The document's own number names its kind when no kind line does (a Công văn has none): 2449-CV/ĐU.
    private static (ProgramKind, string?)? KindOfNumber(string? typeCode) => typeCode switch
    {
        "CTr" or "CTR" => (ProgramKind.ActionProgram, null),
        "KH" => (ProgramKind.Plan, null),
        "CV" => (ProgramKind.Unknown, "Công văn"),
        "BC" => (ProgramKind.Unknown, "Báo cáo"),
        "NQ" => (ProgramKind.Unknown, "Nghị quyết"),
        "QĐ" => (ProgramKind.Unknown, "Quyết định"),
        "TB" => (ProgramKind.Unknown, "Thông báo"),
        "TTr" => (ProgramKind.Unknown, "Tờ trình"),
        _ => null,
    };

    /// <summary>The kind line of the opening (before the body starts), of any kind; -1 when there is none.</summary>
    private int FindKindLine(int from)
    {
        var end = BodyStart(from);
        for (var i = from; i < end; i++)
        {
            if (KindOf(lines[i]) is not { } kind) continue;
            (_kind, _otherKind) = kind;
            return i;
        }
        return -1;
    }

    /// <summary>Where the body starts: the first preamble, address or section line, or the recipient list; at most 60 lines in.</summary>
    private int BodyStart(int from)
    {
        var limit = Math.Min(lines.Count, from + 60);
        for (var i = from; i < limit; i++)
        {
            var l = lines[i];
            if (l.IsBlank) continue;
            var f = l.Folded;
            if (f.StartsWith("thuc hien", StringComparison.Ordinal) && !Markers.IsMostlyUpper(l.Clean) && char.IsUpper(l.Clean[0])
                || f.StartsWith("can cu", StringComparison.Ordinal) || f.StartsWith("kinh gui", StringComparison.Ordinal)
                || RecipientReader.IsHeading(l) || SectionHeading(l) is not null || Markers.Part(l.Clean) is not null)
                return i;
        }
        return limit;
    }

    /// <summary>Column-aligned tables (pdftotext layout, no delimiters), by the index of their header's first line.</summary>
    private Dictionary<int, ColumnTableReader.Region> FindColumnTables(int from)
    {
        var found = new Dictionary<int, ColumnTableReader.Region>();
        for (var i = from; i < lines.Count; i++)
        {
            if (!ColumnTableReader.IsHeaderLine(lines[i])) continue;
            var region = ColumnTableReader.Find(lines, i, l => RecipientReader.IsHeading(l) || SectionHeading(l) is not null || Markers.Part(l.Clean) is not null);
            found[region.Start] = region;
            i = region.End - 1;
        }
        return found;
    }

    /// <summary>For a resolution or decision: the kind line of a program attached after its recipient list, or -1.</summary>
    private int FindAttachedProgram(int from)
    {
        var afterRecipients = false;
        for (var i = from; i < lines.Count; i++)
        {
            if (RecipientReader.IsHeading(lines[i])) afterRecipients = true;
            else if (afterRecipients && KindOf(lines[i]) is { Other: null } kind)
            {
                _kind = kind.Kind;
                _otherKind = null;
                return i;
            }
        }
        return -1;
    }

    private Issuer? FindIssuerLine()
    {
        foreach (var l in lines)
            foreach (var cell in l.Clean.Split('\t'))
                if (IssuerReader.FromHeaderLine(cell.Trim(), SourceSpan.At(path, l.Number, l.Indent)) is { } fromHeader)
                    return fromHeader;
        return null;
    }

    private Issuer? FindIssuer()
    {
        // The preamble's main clause names the issuer best ("..., Thành ủy Hà Nội ban hành ..."); a header line
        // ("THÀNH ỦY HÀ NỘI") is next. Metadata, when given, was taken before this.
        foreach (var l in lines.Take(80))
            if (l.Folded.StartsWith("thuc hien", StringComparison.Ordinal) || l.Folded.StartsWith("can cu", StringComparison.Ordinal))
                if (IssuerReader.FromPreamble(l.Clean, SourceSpan.At(path, l.Number, l.Indent)) is { } fromPreamble)
                    return fromPreamble;
        return null;
    }

    private ImmutableArray<Reference> Implements(ImmutableArray<Reference> references)
    {
        // What the title says it implements, and what the preamble's "Thực hiện ..." clause names before its main verb.
        var titleLines = _title?.Lines ?? [];
        var chosen = references.Where(r => titleLines.Contains(r.Span.Line)).ToList();
        foreach (var p in _preamble.Select(p => p.Node(path)).Where(p => VietnameseText.Fold(p.Text).StartsWith("thuc hien", StringComparison.Ordinal)))
        {
            var verb = MainVerb().Match(p.Text);
            chosen.AddRange(references.Where(r => r.Span.Line >= p.Span.Line && r.Span.Line <= p.Span.EndLine
                && (!verb.Success || r.Span.Line < p.Span.EndLine || r.Span.Column <= verb.Index + 1)));
        }
        // "Căn cứ" names a higher program, plan or resolution being carried out as well as laws cited as legal basis:
        // the Party's and the programs' documents are implemented, a law, decree or decision is a reference.
        foreach (var p in _preamble.Select(p => p.Node(path)).Where(p => VietnameseText.Fold(p.Text).StartsWith("can cu", StringComparison.Ordinal)))
            chosen.AddRange(references.Where(r => r.Span.Line >= p.Span.Line && r.Span.Line <= p.Span.EndLine && IsCarriedOut(r)));
        var own = _headerNumber;
        return [.. chosen.Where(r => r.Id != own).GroupBy(r => r.Id).Select(g => g.First())];
    }

    /// <summary>
    /// The document's own number and date: from its header block; for a program printed without one (no <c>Số:</c> line at
    /// all, not a draft's blank), the number its own appendix gives it — an appendix after the signature titled for a
    /// document of the program's kind (<c>… thực hiện Chương trình số 01-CTr/TU của Thành ủy</c> under a CHƯƠNG TRÌNH).
    /// </summary>
    private DocumentHeader? OwnHeader(HeaderBlock header, ImmutableArray<AppendixTable> tables)
    {
        if (header.Number is not null || header.Date is not null) return new DocumentHeader(header.Number, header.Date, header.Place, header.Span!);
        if (header.HasNumberLabel || _signature is null || _kind == ProgramKind.Unknown) return null;
        var kind = _kind == ProgramKind.Plan ? "Kế hoạch" : "Chương trình";
        return tables
            .Where(t => t.Title is not null && t.Span.Line > _signature.Span.Line)
            .SelectMany(t => ReferenceExtractor.Extract(t.Title!.Text, path, t.Title.Span.Line, t.Title.Span.Column))
            .FirstOrDefault(r => r.Kind == kind) is { } own
            ? new DocumentHeader(own.Id, null, null, own.Span)
            : null;
    }

    // Party-style documents (28-NQ/TW, 11-CT/TU, 31-CTr/TW) and programs or plans; a state document with a year in its
    // number (35/2022/NĐ-CP) or of a legal kind is legal basis.
    private static bool IsCarriedOut(Reference r) =>
        r.Kind is "Nghị quyết" or "Kết luận" or "Chỉ thị" or "Chương trình" or "Kế hoạch" or "Đề án" && !r.Id.Contains("/20", StringComparison.Ordinal) && !r.Id.Contains("/19", StringComparison.Ordinal)
        && !r.IssuerCode.StartsWith("QH", StringComparison.Ordinal);

    private string? _headerNumber;

    // ---- body ----------------------------------------------------------------------------------------------------

    private bool StartsBody(SourceLine line) =>
        line.Folded.StartsWith("thuc hien", StringComparison.Ordinal) && _title is not null
        || line.Folded.StartsWith("can cu", StringComparison.Ordinal)
        || Markers.Part(line.Clean) is not null || SectionHeading(line) is not null || line.Marker is not null;

    private void ReadBodyLine(SourceLine line, bool blankBefore)
    {
        if (IsClosingNote(line))
        {
            Note(line);
            _lastText = null;
            return;
        }

        var part = Markers.Part(line.Clean) is { } p0 && (p0.Heading.Length == 0 || Markers.IsMostlyUpper(p0.Heading)) && line.Clean.Length < 200 ? p0 : ((string Number, int Value, string Heading)?)null;
        var section = part is null ? SectionHeading(line) : null;
        var appendixSubtitle = _lastText is SectionBuilder { Level: SectionLevel.Appendix };
        if (!appendixSubtitle && _lastText is not null && line.Marker is null
            && (StartsLowerCase(line.Clean) || !blankBefore && section is null && part is null && Wraps(line.Number - 1)))
        {
            // A page break inside a paragraph, or a wrapped line: the text goes on.
            _lastText.Append(line);
            Place(line.Number);
            return;
        }

        if (part is { } partMarker)
        {
            var heading = partMarker.Heading.Length > 0 ? (Text: partMarker.Heading, EndLine: line.Number) : TakeNextHeadingLine(line.Number);
            var (role, match) = SectionRoles.ClassifyPart(heading.Text);
            OpenSection(new SectionBuilder(SectionLevel.Part, role, match, partMarker.Number, heading.Text, line, heading.EndLine));
            return;
        }
        if (section is not null)
        {
            OpenSection(section);
            return;
        }

        var marker = line.Marker;
        if (_sectionStack.Count == 0 && _sections.Count == 0 && marker is { Marker.Style: MarkerStyle.Decimal, Marker.Path.Length: 1 }
            && Bodies.BodyHeading.Names(marker.Rest) is { Count: > 0 })
        {
            // A document without section headings (a Công văn) that hands numbered blocks of work to bodies: those blocks
            // are its tasks part.
            var implicitTasks = new SectionBuilder(SectionLevel.Roman, SectionRole.Tasks, "các khối việc đánh số giao cho cơ quan", null, "", line, line.Number - 1); // no heading line: an empty span
            _sections.Add(implicitTasks);
            _sectionStack.Push(implicitTasks);
            _itemStack.Clear();
        }
        if (_sectionStack.Count == 0 && _sections.Count == 0)
        {
            // Before the first section: the preamble.
            var p = new TextBuilder(line);
            _preamble.Add(p);
            _lastText = p;
            Place(line.Number);
            return;
        }
        AddItem(marker, line);
    }

    private SectionBuilder? SectionHeading(SourceLine line)
    {
        if (line.Clean.Length > 250) return null;
        if (Markers.Roman(line.Clean) is { } roman)
        {
            var (role, match) = SectionRoles.Classify(roman.Heading);
            if (Markers.IsMostlyUpper(roman.Heading) || role != SectionRole.Other)
                return new SectionBuilder(SectionLevel.Roman, role, match, roman.Number, roman.Heading, line, line.Number);
        }
        if (Markers.OcrRoman(line.Clean) is { } ocr && Markers.IsMostlyUpper(ocr.Heading) && SectionRoles.Classify(ocr.Heading) is { Role: not SectionRole.Other } ocrRole)
            return new SectionBuilder(SectionLevel.Roman, ocrRole.Role, ocrRole.Match, ocr.Number, ocr.Heading, line, line.Number);
        if (Markers.LetterBlock(line.Clean) is { } letter && _sectionStack.Any(s => s.Level is SectionLevel.Roman or SectionLevel.Part))
        {
            var (role, match) = SectionRoles.Classify(letter.Heading);
            return new SectionBuilder(SectionLevel.Letter, role, match, letter.Letter, letter.Heading, line, line.Number);
        }
        if (line.Folded.StartsWith("phu luc", StringComparison.Ordinal) && (Markers.IsMostlyUpper(line.Clean) || AppendixLabel().IsMatch(line.Folded)) && line.Clean.Length < 60)
            return new SectionBuilder(SectionLevel.Appendix, SectionRole.Appendix, "phụ lục", null, line.Clean, line, line.Number);
        // A document without Roman numerals may number its sections "1. MỤC ĐÍCH, YÊU CẦU": upper case, one level, a known role.
        if (line.Marker is { Marker: { Style: MarkerStyle.Decimal, Path.Length: 1 } } m
            && (Markers.IsMostlyUpper(m.Rest) || SentenceCaseSection(m))
            && SectionRoles.Classify(m.Rest).Role is not SectionRole.Other
            && (_decimalSections || !_sections.Concat(_sectionStack).Any(s => s.Level == SectionLevel.Roman)))
        {
            var (role, match) = SectionRoles.Classify(m.Rest);
            return new SectionBuilder(SectionLevel.Roman, role, match, m.Marker.Path[0].ToString(CultureInfo.InvariantCulture), m.Rest.Trim(), line, line.Number) { FromDecimal = true };
        }
        return null;
    }

    // "1. Mục đích, yêu cầu" … "4. Tổ chức thực hiện": decimal sections in sentence case, when the first of them opens
    // the purpose (or a decimal section already stands) — never a task item such as "1. Nhiệm vụ trọng tâm".
    private bool SentenceCaseSection(MarkerMatch m) =>
        m.Rest.Length <= 80 && !m.Rest.TrimEnd().EndsWith('.')
        && (_decimalSections || m.Marker.Path[0] == 1 && SectionRoles.Classify(m.Rest).Role == SectionRole.Purpose);

    private (string Text, int EndLine) TakeNextHeadingLine(int afterLine)
    {
        for (var j = afterLine; j < lines.Count; j++)
        {
            var next = lines[j];
            if (next.IsBlank) continue;
            if (Markers.IsMostlyUpper(next.Clean) && next.Marker is null && Markers.Roman(next.Clean) is null)
            {
                Place(next.Number);
                return (next.Clean, next.Number);
            }
            break;
        }
        return ("", afterLine);
    }

    private void OpenSection(SectionBuilder section)
    {
        CloseTable();
        for (var n = section.Line.Number; n <= section.EndLine; n++) Place(n);
        _decimalSections |= section.FromDecimal;
        // Parts hold Roman sections, Roman sections hold letter blocks; the appendix stands alone at the top.
        if (section.Level == SectionLevel.Appendix) _sectionStack.Clear();
        else if (_afterSignature && (_sectionStack.Count > 0 ? _sectionStack.Last() : null) is not { Level: SectionLevel.Appendix })
        {
            // Past the signature a section stands in an attachment: the appendix above it, or — an outline printed after
            // the program with no appendix heading — an attachment of its own.
            _sectionStack.Clear();
            if (_sections.LastOrDefault() is not { Level: SectionLevel.Appendix } attachment)
            {
                attachment = new SectionBuilder(SectionLevel.Appendix, SectionRole.Appendix, "kèm theo sau chữ ký", null, "", section.Line, section.Line.Number - 1); // no heading line of its own: an empty span
                _sections.Add(attachment);
            }
            _sectionStack.Push(attachment);
        }
        // Parts hold Roman sections, Roman sections hold letter blocks; an appendix holds whatever is printed in it.
        while (_sectionStack.Count > 0 && _sectionStack.Peek().Level >= section.Level
            && !(_sectionStack.Peek().Level == SectionLevel.Appendix && section.Level != SectionLevel.Appendix))
            _sectionStack.Pop();
        if (_sectionStack.Count == 0) _sections.Add(section);
        else _sectionStack.Peek().Sections.Add(section);
        _sectionStack.Push(section);
        _itemStack.Clear();
        _lastText = section;
        if (section.Level == SectionLevel.Appendix && _pendingTableTitle is not null)
        {
            _notes.Add(_pendingTableTitle.Node(path)); // the subtitle of an earlier appendix with no table under it is kept, not dropped
            _pendingTableTitle = null;
        }
    }

    private void AddItem(MarkerMatch? marker, SourceLine line)
    {
        if (_sectionStack.Count == 0)
        {
            // Text after the signature that is not an appendix: nowhere to put it.
            _lastText = null;
            return;
        }
        var section = _sectionStack.Peek();
        if (section.Level == SectionLevel.Appendix && marker is null && _pendingTableTitle is null && section.Items.Count == 0 && _table is null
            && !_tables.Any(t => t.Section == section))
        {
            // The appendix's subtitle ("các chuyên đề, đề án ... thực hiện Chương trình số 01-CTr/TU").
            var sub = new TextBuilder(line);
            _pendingTableTitle = sub;
            _lastText = sub;
            Place(line.Number);
            return;
        }
        var item = new ItemBuilder(marker?.Marker ?? ItemMarker.None, marker?.Rest.Trim() ?? line.Clean, line);
        var rank = item.Rank;
        while (_itemStack.Count > 0 && _itemStack[^1].Rank >= rank) _itemStack.RemoveAt(_itemStack.Count - 1);
        // A decimal item hangs under the nearest decimal item with fewer numbers.
        if (item.Marker.Style == MarkerStyle.Decimal)
            while (_itemStack.Count > 0 && !(_itemStack[^1].Marker.Style == MarkerStyle.Decimal && _itemStack[^1].Marker.Path.Length < item.Marker.Path.Length))
                _itemStack.RemoveAt(_itemStack.Count - 1);
        if (_itemStack.Count == 0) section.Items.Add(item);
        else _itemStack[^1].Children.Add(item);
        _itemStack.Add(item);
        _lastText = item;
        Place(line.Number);
    }

    private static bool IsClosingNote(SourceLine line) =>
        Markers.IsPageNumber(line.Clean) || IsAttachmentLine(line) || SignatureReader.HasTimestamp(line.Clean) && line.Clean.Length <= 32 // the stamp alone on its line
        // The stamp of a digital signature: "Ký bởi: …", "Thời gian ký: 05.09.2025 10:15:22 +07:00".
        || line.Folded.StartsWith("ky boi", StringComparison.Ordinal) || line.Folded.StartsWith("thoi gian ky", StringComparison.Ordinal)
        || line.Folded.StartsWith("nguoi ky:", StringComparison.Ordinal)
        || line.Folded.StartsWith("tren day la", StringComparison.Ordinal)
        || line.Folded.StartsWith("(dinh kem", StringComparison.Ordinal) || line.Folded.StartsWith("dinh kem", StringComparison.Ordinal)
        || line.Folded.StartsWith("(kem theo", StringComparison.Ordinal);

    /// <summary>
    /// True when the line above <paramref name="lineNumber"/> + 1 was broken by the page width, so an upper-case line
    /// under it goes on with its text: only in text whose lines are wrapped at a width (pdftotext), and only under a line
    /// that reaches it. A short line (a heading, "5. Sở Khoa học và Công nghệ") or one ending in ':' ends its paragraph;
    /// in text with one paragraph per line (Word, Markdown) every line does.
    /// </summary>
    private bool Wraps(int lineNumber)
    {
        if (lineNumber < 1 || _wrapWidth is not { } width) return false;
        var above = lines[lineNumber - 1].Raw.TrimEnd();
        return above.Length >= width - 16;
    }

    // The width a hard-wrapped text breaks its lines at: the length most lines end near, when enough of them do.
    private static int? WrapWidth(IReadOnlyList<SourceLine> lines)
    {
        var counts = new int[256];
        var total = 0;
        foreach (var l in lines)
        {
            if (l.IsBlank) continue;
            total++;
            var n = l.Raw.TrimEnd().Length;
            if (n < counts.Length) counts[n]++;
        }
        var (best, bestCount) = (0, 0);
        for (var w = 40; w < counts.Length; w++)
        {
            var near = 0;
            for (var k = Math.Max(0, w - 8); k <= w; k++) near += counts[k];
            if (near > bestCount) (best, bestCount) = (w, near);
        }
        return total > 0 && bestCount >= total / 4 ? best : null;
    }

    private readonly int? _wrapWidth = WrapWidth(lines);

    // "(Ban hành kèm theo Nghị quyết số 88/NQ-CP …)", "(Kèm theo Kế hoạch số …)": names the wrapper, not what the program implements.
    private static bool IsAttachmentLine(SourceLine line) =>
        line.Folded.StartsWith("(ban hanh kem theo", StringComparison.Ordinal) || line.Folded.StartsWith("(kem theo", StringComparison.Ordinal);

    private static bool StartsLowerCase(string clean) => clean.Length > 0 && char.IsLower(clean[0]);

    // ---- tables ---------------------------------------------------------------------------------------------------

    private void OpenTable()
    {
        if (_table is not null) return;
        _table = new RawTable();
        _lastText = null;
    }

    private void CloseTable()
    {
        if (_table is null) return;
        var section = _sectionStack.Count > 0 ? _sectionStack.Peek() : null;
        _tables.Add((_table, section, _pendingTableTitle?.Node(path)));
        _pendingTableTitle = null;
        _table = null;
    }

    // ---- recipients, signature, after -----------------------------------------------------------------------------

    private int ReadRecipients(int index, Issuer? issuer)
    {
        CloseTable();
        var block = RecipientReader.Read(lines, index, path, options.Registry, issuer, Place);
        _recipients.AddRange(block.Entries);
        if (_recipientsHeading is null) _recipientsHeading = block.Heading;
        else _notes.Add(block.Heading); // a second list (a wrapper's, or a repeated page): its entries join the first, its heading is a note
        _notes.AddRange(block.Notes);
        _sectionStack.Clear();
        _itemStack.Clear();
        _lastText = null;
        if (block.Signature is not null)
        {
            if (_signature is null) _signature = block.Signature;
            else _notes.Add(new TextNode(string.Join(" / ", block.Signature.Layers.Append(block.Signature.Name ?? "")).TrimEnd(' ', '/'), block.Signature.Span));
        }
        return block.NextIndex;
    }

    private int ReadSignature(int index)
    {
        var candidates = new List<(string Text, int Line, int Column)>();
        var j = index;
        var blanks = 0;
        for (; j < lines.Count && candidates.Count < 8; j++)
        {
            if (lines[j].IsBlank) { if (++blanks > 4) break; continue; }
            blanks = 0;
            foreach (var part in lines[j].Clean.Split('\t', StringSplitOptions.RemoveEmptyEntries))
                candidates.Add((part.Trim(), lines[j].Number, lines[j].Indent));
        }
        var signature = SignatureReader.Read(candidates, path, out var used);
        if (signature is null) return index + 1;
        var lastLine = candidates[used - 1].Line;
        if (_signature is null) _signature = signature;
        else
            foreach (var n in candidates.Take(used).Select(c => c.Line).Distinct())
                Note(lines[n - 1]); // a second signature (a wrapper's) is kept as notes
        for (var n = lines[index].Number; n <= lastLine; n++) Place(n);
        _sectionStack.Clear();
        _itemStack.Clear();
        _lastText = null;
        return lastLine; // index of the line after the last used (lines are 1-based)
    }

    private void ReadAfterSignature(SourceLine line, bool blankBefore)
    {
        // After the signature: header lines and titles of an attached appendix ("THÀNH ỦY HÀ NỘI", "ĐẢNG CỘNG SẢN VIỆT
        // NAM", "DANH MỤC CÁC NHIỆM VỤ …"), the appendix itself, or text that belongs nowhere.
        var heading = SectionHeading(line);
        if (_sectionStack.Count == 0 && heading is null && Markers.IsMostlyUpper(line.Clean) && line.Clean.Length < 400)
        {
            Note(line);
            return;
        }
        _afterSignature = true;
        ReadBodyLine(line, blankBefore);
        if (_sectionStack.Count == 0) _lastText = null;
    }

    // Past the signature, sections stand in an attachment (an outline printed after the program), not in the program.
    private bool _afterSignature;

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private void Place(int lineNumber) => _placed[lineNumber] = true;

    private void Note(SourceLine line)
    {
        var text = line.Clean.Length > 0 ? line.Clean : line.Raw.Trim();
        _notes.Add(new TextNode(text.Replace('\t', ' '), SourceSpan.At(path, line.Number, line.Indent)));
        Place(line.Number);
    }

    /// <summary>
    /// Every reference, line by line; a reference broken over a line end (<c>Chương trình hành động số 31-</c> /
    /// <c>CTr/TW</c>) is read with the start of the next line and stands where it starts.
    /// </summary>
    private ImmutableArray<Reference> References()
    {
        var found = ImmutableArray.CreateBuilder<Reference>();
        for (var i = 0; i < lines.Count; i++)
        {
            var text = ReferenceText(lines[i].Raw).TrimEnd();
            if (text.Length == 0) continue;
            var next = i + 1 < lines.Count ? ReferenceText(lines[i + 1].Raw).Trim() : "";
            var joined = next.Length == 0 ? text : text + (text.EndsWith('-') ? "" : " ") + next[..Math.Min(next.Length, 40)];
            foreach (var r in ReferenceExtractor.Extract(joined, path, lines[i].Number))
                if (r.Span.Column <= text.Length) found.Add(r);
        }
        return found.ToImmutable();
    }

    private static string ReferenceText(string raw) => raw.Replace('*', ' ').Replace('_', ' ').Replace('#', ' ').Replace('\\', ' ');

    private ImmutableArray<Section> Freeze(out ImmutableArray<AppendixTable> tables)
    {
        var builtTables = new List<AppendixTable>();
        // Table rows become items of the section they stand in, after its other items.
        var rowItems = new Dictionary<RawRow, ItemBuilder>();
        foreach (var (table, section, _) in _tables)
        {
            if (section is null) continue;
            foreach (var row in table.Rows)
            {
                var item = ItemBuilder.ForRow(table, row, lines);
                rowItems[row] = item;
                section.Items.Add(item);
            }
        }
        var frozen = _sections.Select((s, i) => s.Freeze($"s{i + 1}", path)).ToImmutableArray();
        var itemsById = frozen.SelectMany(s => s.SelfAndDescendants()).SelectMany(s => s.Items.SelectMany(i => i.SelfAndDescendants()))
            .GroupBy(i => (i.Span.Line, i.Marker.Style)).ToDictionary(g => g.Key, g => g.First());
        foreach (var (table, section, title) in _tables)
        {
            var rows = table.Rows.Select(r =>
            {
                var item = section is not null && itemsById.TryGetValue((r.Lines[0], MarkerStyle.TableRow), out var found)
                    ? found
                    : ItemBuilder.ForRow(table, r, lines).Freeze("t" + r.Lines[0], path);
                var cells = r.Cells.Concat(Enumerable.Repeat("", Math.Max(0, table.Columns.Count - r.Cells.Count))).ToImmutableArray();
                var number = table.Columns.FindIndex(c => TableColumns.RoleOf(c) == TableColumnRole.Number);
                var tt = r.Cells.Count > Math.Max(0, number) ? r.Cells[Math.Max(0, number)] : "";
                return new TableRow(cells, [.. r.Lines], item, SourceSpan.Lines(path, r.Lines[0], r.Lines[^1])) { IsGroup = GroupNumber().IsMatch(tt.Trim()) };
            }).ToImmutableArray();
            builtTables.Add(new AppendixTable(title, [.. table.Columns], rows, SourceSpan.Lines(path, table.FirstLine, table.LastLine)));
        }
        tables = [.. builtTables];
        return frozen;
    }

    // "Phụ lục", "Phụ lục 1", "Phụ lục số 02", "Phụ lục II:" written in mixed case.
    [GeneratedRegex(@"^phu luc(?:\s+(?:so\s+)?[0-9ivxlc]{1,4}[a-z]?)?\s*[:.]?$")]
    private static partial Regex AppendixLabel();

    // "I", "II.1", "A": the number of a group row, which titles the task rows under it.
    [GeneratedRegex(@"^(?:[IVX]{1,5}|[A-Đ])(?:\.\d{1,2})?\.?$")]
    private static partial Regex GroupNumber();

    [GeneratedRegex(@"\s(?:ban hành|xây dựng|đề ra|thống nhất ban hành|quyết định ban hành)\s")]
    private static partial Regex MainVerb();

    // ---- builders ---------------------------------------------------------------------------------------------------

    /// <summary>Text that later lines can go on (a wrapped line, a page break inside a paragraph).</summary>
    private class TextBuilder(SourceLine first)
    {
        private readonly JoinedText _text = new(first.Clean.Replace('\t', ' '));

        public List<int> Lines { get; } = [first.Number];
        public string Text => _text.ToString();
        public int Column { get; } = first.Indent;

        public virtual void Append(SourceLine line)
        {
            _text.Append(line.Clean.Replace('\t', ' '));
            Lines.Add(line.Number);
        }

        public TextNode Node(string path) => new(Text, new SourceSpan(path, Lines[0], Column, Lines[^1]));
    }

    /// <summary>
    /// Text joined from lines, white space collapsed: the same as collapsing the whole after each line, in time linear in
    /// its length (a paragraph hard-wrapped over 40,000 lines must not be copied 40,000 times).
    /// </summary>
    private sealed class JoinedText(string first)
    {
        private readonly System.Text.StringBuilder _joined = new(first);
        private string? _text = first;
        private bool _collapsed;

        public void Append(string piece)
        {
            if (!_collapsed)
            {
                // The first line is kept as it is until something is appended; then it is collapsed once.
                var head = VietnameseText.CollapseSpaces(_joined.ToString());
                _joined.Clear().Append(head);
                _collapsed = true;
            }
            var more = VietnameseText.CollapseSpaces(piece);
            if (more.Length > 0)
            {
                if (_joined.Length > 0) _joined.Append(' ');
                _joined.Append(more);
            }
            _text = null;
        }

        public override string ToString() => _text ??= _joined.ToString();
    }

    private sealed class SectionBuilder(SectionLevel level, SectionRole role, string? roleMatch, string? number, string heading, SourceLine line, int endLine) : TextBuilder(line)
    {
        public SectionLevel Level { get; } = level;
        public SourceLine Line { get; } = line;
        public int EndLine { get; private set; } = endLine;
        public bool FromDecimal { get; init; }
        private readonly JoinedText _heading = new(heading);
        public string Heading => _heading.ToString();
        public List<ItemBuilder> Items { get; } = [];
        public List<SectionBuilder> Sections { get; } = [];

        public override void Append(SourceLine next)
        {
            _heading.Append(next.Clean);
            EndLine = next.Number;
        }

        public Section Freeze(string id, string path, bool inAppendix = false)
        {
            var (r, m) = inAppendix ? (SectionRole.Other, null) // an outline inside an attachment is not the program's part
                : Level == SectionLevel.Part ? SectionRoles.ClassifyPart(Heading)
                : Level == SectionLevel.Appendix || Heading.Length == 0 ? (role, roleMatch) // an appendix, a part without a heading of its own
                : SectionRoles.Classify(Heading);
            return new Section(id, Level, r, number, Heading, m, new SourceSpan(path, Line.Number, Line.Indent, EndLine),
                [.. Items.Select((item, i) => item.Freeze($"{id}-i{i + 1}", path))],
                [.. Sections.Select((s, i) => s.Freeze($"{id}-{i + 1}", path, inAppendix || Level == SectionLevel.Appendix))]);
        }
    }

    private sealed class ItemBuilder(ItemMarker marker, string text, SourceLine line) : TextBuilder(line)
    {
        public ItemMarker Marker { get; } = marker;
        public List<ItemBuilder> Children { get; } = [];
        private readonly JoinedText _itemText = new(text);

        public int Rank => Marker.Style switch
        {
            MarkerStyle.Decimal => Marker.Path.Length,
            MarkerStyle.Letter => 100,
            MarkerStyle.Parenthesized => 101,
            MarkerStyle.Dash => 200,
            MarkerStyle.Plus => 201,
            MarkerStyle.TableRow => 400,
            _ => 300,
        };

        public override void Append(SourceLine next)
        {
            _itemText.Append(next.Clean.Replace('\t', ' '));
            Lines.Add(next.Number);
        }

        public static ItemBuilder ForRow(RawTable table, RawRow row, IReadOnlyList<SourceLine> lines)
        {
            var content = table.Columns.FindIndex(c => TableColumns.RoleOf(c) == TableColumnRole.Content);
            var number = table.Columns.FindIndex(c => TableColumns.RoleOf(c) == TableColumnRole.Number);
            if (content < 0) content = number == 0 ? 1 : 0;
            var tt = number >= 0 && number < row.Cells.Count ? row.Cells[number] : "";
            var text = content < row.Cells.Count ? row.Cells[content] : string.Join(" ", row.Cells);
            var item = new ItemBuilder(new ItemMarker(MarkerStyle.TableRow, tt, int.TryParse(tt, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? [n] : []), text, lines[row.Lines[0] - 1]);
            foreach (var l in row.Lines.Skip(1)) item.Lines.Add(l);
            var deadlineColumn = table.Columns.FindIndex(c => TableColumns.RoleOf(c) == TableColumnRole.Deadline);
            if (deadlineColumn >= 0 && deadlineColumn < row.Cells.Count && row.Cells[deadlineColumn].Trim(' ', '(', ')', '*', '-', '.').Length > 0)
                item.DeadlineText = row.Cells[deadlineColumn];
            return item;
        }

        private string? DeadlineText { get; set; }

        public Item Freeze(string id, string path)
        {
            // Children before parents with an explicit stack, not recursion: items nest to any depth a document reaches.
            var frozen = new Dictionary<ItemBuilder, Item>();
            var stack = new Stack<(ItemBuilder Builder, string Id, bool ChildrenDone)>();
            stack.Push((this, id, false));
            while (stack.Count > 0)
            {
                var (builder, builderId, childrenDone) = stack.Pop();
                if (childrenDone)
                {
                    frozen[builder] = builder.FreezeOne(builderId, path, [.. builder.Children.Select(c => frozen[c])]);
                    continue;
                }
                stack.Push((builder, builderId, true));
                for (var i = builder.Children.Count - 1; i >= 0; i--) stack.Push((builder.Children[i], $"{builderId}-{i + 1}", false));
            }
            return frozen[this];
        }

        private Item FreezeOne(string id, string path, ImmutableArray<Item> children)
        {
            var span = new SourceSpan(path, Lines[0], Column, Lines.Max());
            var trimmed = _itemText.ToString().TrimEnd();
            var isHeading = children.Length > 0 && Marker.Style is MarkerStyle.Decimal or MarkerStyle.Letter or MarkerStyle.Parenthesized
                && trimmed.Length <= 300 && !trimmed.EndsWith('.') && !trimmed.EndsWith(';');
            var deadline = DeadlineText is not null ? DeadlineParser.Parse(DeadlineText, span) : FindDeadline(trimmed, span);
            return new Item(id, Marker, trimmed, isHeading, deadline, span, children);
        }

        private static Deadline? FindDeadline(string text, SourceSpan span)
        {
            Deadline? found = null;
            foreach (Match m in Parenthetical().Matches(text))
            {
                var phrase = m.Groups[1].Value.Trim();
                if (DeadlineParser.LooksLikeDeadline(phrase)) found = DeadlineParser.Parse(phrase, span);
            }
            // A deadline in brackets that gives no date ("(trước ngày 10/12)", no year) yields to the sentence's ("định kỳ hàng năm").
            return found is { Kind: not DeadlineKind.Unparsed } ? found : DeadlineParser.InSentence(text, span) ?? found;
        }
    }

    [GeneratedRegex(@"\(([^()]{4,200})\)")]
    private static partial Regex Parenthetical();
}
