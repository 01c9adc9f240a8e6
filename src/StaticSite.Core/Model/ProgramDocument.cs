using System.Collections.Immutable;
using StaticSite.Diagnostics;

namespace StaticSite.Model;

/// <summary>
/// A program document (chương trình hành động, chương trình, kế hoạch): the one model that readers
/// produce and every writer consumes.
/// </summary>
public sealed record ProgramDocument
{
    /// <summary>Source path as given to the reader.</summary>
    public required string Path { get; init; }

    /// <summary>Stable ASCII slug of the document, unique within a build.</summary>
    public required string Slug { get; init; }

    /// <summary>Loại văn bản: the kind of program.</summary>
    public required ProgramKind Kind { get; init; }

    /// <summary>The kind line as written (<c>CHƯƠNG TRÌNH HÀNH ĐỘNG</c>); null when none was found.</summary>
    public TextNode? KindLine { get; init; }

    /// <summary>
    /// Loại văn bản of a document that is not a program (<c>Nghị quyết</c>, <c>Công văn</c>, <c>Báo cáo</c>, <c>Quyết định</c>,
    /// <c>Thông báo</c>): named for what it is, not held to a program's sections. Null for a program, and for a resolution
    /// or decision that carries its program attached (then <see cref="Kind"/> is the program's).
    /// </summary>
    public string? OtherKind { get; init; }

    /// <summary>Trích yếu: the subtitle under the kind line, joined when broken over lines.</summary>
    public TextNode? Title { get; init; }

    /// <summary>Cơ quan ban hành: who issued the program.</summary>
    public Issuer? Issuer { get; init; }

    /// <summary>Số và ngày văn bản: the number and date from the header block, when present.</summary>
    public DocumentHeader? Header { get; init; }

    /// <summary>The resolutions (văn bản) the program implements, from its title and preamble.</summary>
    public ImmutableArray<Reference> Implements { get; init; } = [];

    /// <summary>Every document reference mentioned anywhere in the text, in source order.</summary>
    public ImmutableArray<Reference> References { get; init; } = [];

    /// <summary>Lời mở đầu: the preamble paragraphs (<c>Thực hiện Nghị quyết số ...</c>).</summary>
    public ImmutableArray<TextNode> Preamble { get; init; } = [];

    /// <summary>Mục: the section tree.</summary>
    public ImmutableArray<Section> Sections { get; init; } = [];

    /// <summary>Phân công: who leads or cooperates on which items.</summary>
    public ImmutableArray<Assignment> Assignments { get; init; } = [];

    /// <summary>Nơi nhận: the recipient list; <see cref="RecipientsHeading"/> is null when the document has none.</summary>
    public ImmutableArray<Recipient> Recipients { get; init; } = [];

    /// <summary>The <c>Nơi nhận:</c> line.</summary>
    public TextNode? RecipientsHeading { get; init; }

    /// <summary>Chữ ký: the signature block.</summary>
    public Signature? Signature { get; init; }

    /// <summary>Phụ lục: appendix tables.</summary>
    public ImmutableArray<AppendixTable> Tables { get; init; } = [];

    /// <summary>Lines that belong to no task: <c>Trên đây là ...</c>, <c>(Đính kèm ...)</c>, header lines, separators.</summary>
    public ImmutableArray<TextNode> Notes { get; init; } = [];

    /// <summary>Text the reader could not place anywhere; the validator reports each as <c>unplaced-text</c>.</summary>
    public ImmutableArray<TextNode> Unplaced { get; init; } = [];

    /// <summary>Findings of the reader itself (encoding, unreadable input, ...).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>Where the read lines came from: a text file, or a Word or PDF original (<c>đoạn 12</c>, <c>trang 3, dòng 14</c>).</summary>
    public SourceMap Source { get; init; } = SourceMap.Text;

    /// <summary>Number of lines in the source.</summary>
    public int LineCount { get; init; }

    /// <summary>
    /// The section that states what the program is for: its Mục đích, yêu cầu, or — in a program without one, as the
    /// Government writes them — its Mục tiêu. Null when there is neither.
    /// </summary>
    public Section? PurposeSection() =>
        AllSections().FirstOrDefault(s => s.Role == SectionRole.Purpose) ?? AllSections().FirstOrDefault(s => s.Role == SectionRole.Objectives);

    /// <summary>All sections, depth first.</summary>
    public IEnumerable<Section> AllSections() => Sections.SelectMany(s => s.SelfAndDescendants());

    /// <summary>Số nhiệm vụ: the items that are tasks, i.e. all items but the headings that group them. Every page counts this way.</summary>
    public int TaskCount => AllItems().Count(p => !p.Item.IsHeading);

    /// <summary>All items, depth first, with the section each stands in.</summary>
    public IEnumerable<(Section Section, Item Item)> AllItems() =>
        AllSections().SelectMany(s => s.Items.SelectMany(i => i.SelfAndDescendants()).Select(i => (s, i)));
}

/// <summary>Loại văn bản.</summary>
public enum ProgramKind
{
    /// <summary>No kind line was recognised.</summary>
    Unknown,
    /// <summary>Chương trình hành động.</summary>
    ActionProgram,
    /// <summary>Chương trình.</summary>
    Program,
    /// <summary>Kế hoạch.</summary>
    Plan,
}

/// <summary>A piece of text as written (NFC) with its span. Inline Markdown emphasis is removed from <see cref="Text"/>.</summary>
public sealed record TextNode(string Text, SourceSpan Span);

/// <summary>Số, ký hiệu, địa danh và ngày của văn bản (from the header block).</summary>
public sealed record DocumentHeader(string? Number, DateOnly? Date, string? Place, SourceSpan Span);
