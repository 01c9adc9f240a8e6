using System.Collections.Immutable;
using StaticSite.Bodies;
using StaticSite.Model;

namespace StaticSite.Reading;

/// <summary>
/// Reads a program document (plain text or Markdown) into the model. Never throws on bad input: what it cannot
/// read is reported in <see cref="ProgramDocument.Diagnostics"/>, what it cannot place is kept in
/// <see cref="ProgramDocument.Unplaced"/>. Every non-blank source line ends up in exactly one node.
/// </summary>
public static class ProgramReader
{
    /// <summary>Reads the file at <paramref name="file"/>; spans carry <paramref name="path"/>.</summary>
    public static ProgramDocument ReadFile(string file, string path, ReaderOptions options)
    {
        if (OriginalReader.Handles(file)) return OriginalReader.Read(file, path, options); // Word, PDF, formats to convert
        var source = SourceLoader.Load(file, path);
        if (source.Diagnostics.IsEmpty) return ReadText(source.Text, path, options);
        if (source.Diagnostics.Any(d => d.Severity == Diagnostics.Severity.Error) || source.Text.Trim().Length == 0)
            return Empty(path, options) with { Diagnostics = source.Diagnostics };
        // Readable with a warning (a file cut short): the text is read and the warning kept.
        var read = ReadText(source.Text, path, options);
        return read with { Diagnostics = source.Diagnostics.AddRange(read.Diagnostics) };
    }

    /// <summary>Reads <paramref name="text"/>; <paramref name="path"/> is the path spans carry.</summary>
    public static ProgramDocument ReadText(string text, string path, ReaderOptions options)
    {
        var normalized = Text.VietnameseText.Normalize(text.Replace("\r\n", "\n").Replace('\r', '\n').TrimStart('\uFEFF'));
        if (normalized.Trim().Length == 0)
            return Empty(path, options) with
            {
                Diagnostics = [new Diagnostics.Diagnostic("empty-file", Diagnostics.Severity.Error,
                    "Tệp rỗng: không có nội dung để đọc. Kiểm tra lại tệp đã lưu đúng chưa.", SourceSpan.At(path, 1))],
            };
        var document = new DocumentReader(SourceLine.Split(normalized), path, options).Read();
        return document with { Assignments = AssignmentExtractor.Extract(document, options.Registry) };
    }

    internal static ProgramDocument Empty(string path, ReaderOptions options) => new()
    {
        Path = path,
        Slug = Text.Slug.From(System.IO.Path.GetFileNameWithoutExtension(path)),
        Kind = ProgramKind.Unknown,
        Issuer = Metadata.IssuerOf(options.Metadata),
    };
}
