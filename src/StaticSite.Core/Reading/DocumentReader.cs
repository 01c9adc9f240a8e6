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
        var (frontMatter, frontMatterLines) = Metadata.FrontMatter(lines);
        for (var i = 0; i < frontMatterLines; i++) Note(lines[i]);
        _metadata = Metadata.Merge(options.Metadata, frontMatter);

        var issuer = Metadata.IssuerOf(_metadata) ?? FindIssuer();
        var kindIndex = FindKindLine(frontMatterLines);
        var header = ReadFront(frontMatterLines, kindIndex < 0 ? frontMatterLines : kindIndex);
        var phase = kindIndex < 0 ? Phase.Body : Phase.Title;
        if (kindIndex >= 0)
        {
            var k = lines[kindIndex];
            _kindLine = new TextNode(k.Clean, SourceSpan.At(path, k.Number, k.Indent));
            Place(k.Number);
        }

        var blankBefore = true;
        for (var i = Math.Max(kindIndex + 1, frontMatterLines); i < lines.Count; i++)
        {
            var line = lines[i];
            if (_placed[line.Number]) continue; // taken by a look-ahead (a part's heading on the next line)
            if (line.IsBlank)
            {
                if (line.Raw.Trim().Length > 0) Note(line); // decoration: "-----", "***"
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

            if (RecipientReader.IsHeading(line))
            {
                i = ReadRecipients(i, issuer) - 1;
                phase = Phase.AfterSignature;
                blankBefore = true;
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
        var references = lines.SelectMany(l => ReferenceExtractor.Extract(ReferenceText(l.Raw), path, l.Number)).ToImmutableArray();
        var unplaced = lines.Where(l => !_placed[l.Number] && l.Raw.Trim().Length > 0)
            .Select(l => new TextNode(l.Clean.Length > 0 ? l.Clean : l.Raw.Trim(), SourceSpan.At(path, l.Number, l.Indent)))
            .ToImmutableArray();
        var title = _title?.Node(path);
        if (_metadata?.Title is { Length: > 0 } given)
        {
            // Metadata names the title; the text's own title line(s) are kept as a note, not dropped.
            if (title is not null) _notes.Add(title);
            title = new TextNode(given, title?.Span ?? SourceSpan.At(path, 1));
        }

        return new ProgramDocument
        {
            Path = path,
            Slug = Slug.From(System.IO.Path.GetFileNameWithoutExtension(path)),
            Kind = _kind,
            KindLine = _kindLine,
            Title = title,
            Issuer = issuer,
            Header = Metadata.HeaderOf(_metadata, header, path),
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

    private int FindKindLine(int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            var l = lines[i];
            if (l.IsBlank || !Markers.IsMostlyUpper(l.Clean)) continue;
            var kind = l.Folded.TrimEnd(':', '.') switch
            {
                "chuong trinh hanh dong" => ProgramKind.ActionProgram,
                "chuong trinh" => ProgramKind.Program,
                "ke hoach" => ProgramKind.Plan,
                _ => ProgramKind.Unknown,
            };
            if (kind == ProgramKind.Unknown) continue;
            _kind = kind;
            return i;
        }
        return -1;
    }

    private DocumentHeader? ReadFront(int from, int to)
    {
        string? number = null, place = null;
        DateOnly? date = null;
        var span = (SourceSpan?)null;
        for (var i = from; i < to; i++)
        {
            var l = lines[i];
            if (l.Raw.Trim().Length == 0) continue;
            Note(l);
            foreach (var cell in l.Clean.Split('\t').Select(c => c.Trim()).Where(c => c.Length > 0))
            {
                var n = NumberLine().Match(cell);
                if (n.Success) { number ??= n.Groups[1].Value.TrimEnd('.', ','); span ??= SourceSpan.At(path, l.Number, l.Indent); }
                var d = DateLine().Match(cell);
                if (d.Success && date is null
                    && DateOnly.TryParseExact($"{d.Groups["d"].Value.PadLeft(2, '0')}/{d.Groups["m"].Value.PadLeft(2, '0')}/{d.Groups["y"].Value}", "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    date = parsed;
                    place = d.Groups["place"].Value.Trim();
                    span ??= SourceSpan.At(path, l.Number, l.Indent);
                }
            }
        }
        return number is null && date is null ? null : new DocumentHeader(number, date, place is { Length: > 0 } ? place : null, span!);
    }

    private Issuer? FindIssuer()
    {
        // The preamble's main clause names the issuer best ("..., Thành ủy Hà Nội ban hành ..."); a header line
        // ("THÀNH ỦY HÀ NỘI") is next. Metadata, when given, was taken before this.
        foreach (var l in lines.Take(80))
            if (l.Folded.StartsWith("thuc hien", StringComparison.Ordinal) || l.Folded.StartsWith("can cu", StringComparison.Ordinal))
                if (IssuerReader.FromPreamble(l.Clean, SourceSpan.At(path, l.Number, l.Indent)) is { } fromPreamble)
                    return fromPreamble;
        foreach (var l in lines)
            foreach (var cell in l.Clean.Split('\t'))
                if (IssuerReader.FromHeaderLine(cell.Trim(), SourceSpan.At(path, l.Number, l.Indent)) is { } fromHeader)
                    return fromHeader;
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
        return [.. chosen.GroupBy(r => r.Id).Select(g => g.First())];
    }

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
            && (StartsLowerCase(line.Clean) || !blankBefore && section is null && part is null))
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
        if (Markers.LetterBlock(line.Clean) is { } letter && _sectionStack.Any(s => s.Level is SectionLevel.Roman or SectionLevel.Part))
        {
            var (role, match) = SectionRoles.Classify(letter.Heading);
            return new SectionBuilder(SectionLevel.Letter, role, match, letter.Letter, letter.Heading, line, line.Number);
        }
        if (line.Folded.StartsWith("phu luc", StringComparison.Ordinal) && Markers.IsMostlyUpper(line.Clean) && line.Clean.Length < 60)
            return new SectionBuilder(SectionLevel.Appendix, SectionRole.Appendix, "phụ lục", null, line.Clean, line, line.Number);
        // A document without Roman numerals may number its sections "1. MỤC ĐÍCH, YÊU CẦU": upper case, one level, a known role.
        if (line.Marker is { Marker: { Style: MarkerStyle.Decimal, Path.Length: 1 } } m
            && Markers.IsMostlyUpper(m.Rest) && SectionRoles.Classify(m.Rest).Role is not SectionRole.Other
            && (_decimalSections || !_sections.Concat(_sectionStack).Any(s => s.Level == SectionLevel.Roman)))
        {
            var (role, match) = SectionRoles.Classify(m.Rest);
            return new SectionBuilder(SectionLevel.Roman, role, match, m.Marker.Path[0].ToString(CultureInfo.InvariantCulture), m.Rest.Trim(), line, line.Number) { FromDecimal = true };
        }
        return null;
    }

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
        while (_sectionStack.Count > 0 && _sectionStack.Peek().Level >= section.Level) _sectionStack.Pop();
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
        PageNumber().IsMatch(line.Clean)
        || line.Folded.StartsWith("tren day la", StringComparison.Ordinal)
        || line.Folded.StartsWith("(dinh kem", StringComparison.Ordinal) || line.Folded.StartsWith("dinh kem", StringComparison.Ordinal)
        || line.Folded.StartsWith("(kem theo", StringComparison.Ordinal);

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
        var (entries, heading, next, right) = RecipientReader.Read(lines, index, path, options.Registry, issuer, Place, _notes);
        _recipients.AddRange(entries);
        if (_recipientsHeading is null) _recipientsHeading = heading;
        else _notes.Add(heading); // a second list (a wrapper's, or a repeated page): its entries join the first, its heading is a note
        _sectionStack.Clear();
        _itemStack.Clear();
        _lastText = null;
        if (right.Count > 0)
        {
            // A two-column layout: the signature block stood to the right of the list.
            var signature = SignatureReader.Read(right, path, out var used);
            if (_signature is null && signature is not null) _signature = signature;
            foreach (var (text, line, column) in right.Skip(_signature == signature ? used : 0))
                _notes.Add(new TextNode(text, SourceSpan.At(path, line, column)));
        }
        // A signature printed under the list.
        var j = next;
        while (j < lines.Count && lines[j].IsBlank) j++;
        if (j < lines.Count && _signature is null && (SignatureReader.IsAuthorityLine(lines[j].Clean) || SignatureReader.IsTitleLine(lines[j].Clean)))
            return ReadSignature(j);
        return next;
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
        // After the signature: header lines of an attached appendix ("THÀNH ỦY HÀ NỘI", "ĐẢNG CỘNG SẢN VIỆT NAM"),
        // the appendix itself, or text that belongs nowhere.
        if (_sectionStack.Count == 0 && SectionHeading(line) is null && Markers.IsMostlyUpper(line.Clean) && line.Clean.Length < 80)
        {
            Note(line);
            return;
        }
        ReadBodyLine(line, blankBefore);
        if (_sectionStack.Count == 0) _lastText = null;
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private void Place(int lineNumber) => _placed[lineNumber] = true;

    private void Note(SourceLine line)
    {
        var text = line.Clean.Length > 0 ? line.Clean : line.Raw.Trim();
        _notes.Add(new TextNode(text.Replace('\t', ' '), SourceSpan.At(path, line.Number, line.Indent)));
        Place(line.Number);
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
                return new TableRow(cells, [.. r.Lines], item, SourceSpan.Lines(path, r.Lines[0], r.Lines[^1]));
            }).ToImmutableArray();
            builtTables.Add(new AppendixTable(title, [.. table.Columns], rows, SourceSpan.Lines(path, table.FirstLine, table.LastLine)));
        }
        tables = [.. builtTables];
        return frozen;
    }

    // "3", "- 3 -", "Trang 3": a page number line of text pulled from a PDF.
    [GeneratedRegex(@"^(?:-\s*)?\d{1,3}(?:\s*-)?$|^Trang \d{1,3}$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^Số\s*:?\s*(\S+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^(?<place>[^,\d]{2,40}),\s*ngày\s+(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

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

        public Section Freeze(string id, string path)
        {
            var (r, m) = Level == SectionLevel.Part ? SectionRoles.ClassifyPart(Heading) : Level == SectionLevel.Appendix ? (role, roleMatch) : SectionRoles.Classify(Heading);
            return new Section(id, Level, r, number, Heading, m, new SourceSpan(path, Line.Number, Line.Indent, EndLine),
                [.. Items.Select((item, i) => item.Freeze($"{id}-i{i + 1}", path))],
                [.. Sections.Select((s, i) => s.Freeze($"{id}-{i + 1}", path))]);
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
            if (deadlineColumn >= 0 && deadlineColumn < row.Cells.Count && row.Cells[deadlineColumn].Length > 0) item.DeadlineText = row.Cells[deadlineColumn];
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
            return found;
        }
    }

    [GeneratedRegex(@"\(([^()]{4,200})\)")]
    private static partial Regex Parenthetical();
}
