using System.Collections.Immutable;

namespace StaticSite.Model;

/// <summary>What kind of file a document was read from: it decides how a source line is named to a person.</summary>
public enum SourceFormat
{
    /// <summary>Plain text or Markdown: lines are lines (<c>dòng 12</c>).</summary>
    Text,
    /// <summary>A Word file (.docx): a line is a paragraph or a table row (<c>đoạn 12</c>).</summary>
    Word,
    /// <summary>A PDF with a text layer: a line is a line of a page (<c>trang 3, dòng 14</c>).</summary>
    Pdf,
}

/// <summary>Where one read line came from in the original file.</summary>
/// <param name="Paragraph">Word: the paragraph number (1-based, in document order, table cells included); 0 otherwise.</param>
/// <param name="Page">PDF: the page number (1-based); 0 otherwise.</param>
/// <param name="Line">PDF: the line on that page (1-based); 0 otherwise.</param>
public sealed record SourceLocation(int Paragraph, int Page, int Line);

/// <summary>
/// Bản đồ nguồn: ties the lines the reader read (the <see cref="SourceSpan.Line"/> of every node) to the places of the
/// original file. A text document needs none; a Word or PDF file is turned into lines first, and this says where each came from.
/// </summary>
/// <param name="Format">The kind of original.</param>
/// <param name="Locations">One per read line (index = line − 1); empty for text.</param>
/// <param name="FromOcr">True when a scanned PDF's text came from optical character recognition.</param>
public sealed record SourceMap(SourceFormat Format, ImmutableArray<SourceLocation> Locations, bool FromOcr = false)
{
    /// <summary>The map of a text document: line <c>n</c> is line <c>n</c>.</summary>
    public static SourceMap Text { get; } = new(SourceFormat.Text, []);

    /// <summary>How a person finds read line <paramref name="line"/> in the original: <c>dòng 12</c>, <c>đoạn 12</c>, <c>trang 3, dòng 14</c>.</summary>
    public string Describe(int line)
    {
        var at = line >= 1 && line <= Locations.Length ? Locations[line - 1] : null;
        return Format switch
        {
            SourceFormat.Word when at is not null => $"đoạn {at.Paragraph}",
            SourceFormat.Pdf when at is not null => $"trang {at.Page}, dòng {at.Line}",
            _ => $"dòng {line}",
        };
    }

    /// <summary>The line number a reader of the original looks for: the paragraph (Word), the line of its page (PDF), else the line.</summary>
    public int OriginalLine(int line)
    {
        var at = line >= 1 && line <= Locations.Length ? Locations[line - 1] : null;
        return Format switch
        {
            SourceFormat.Word when at is not null => at.Paragraph,
            SourceFormat.Pdf when at is not null => at.Line,
            _ => line,
        };
    }
}
