using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using StaticSite.Text;
using System.Globalization;
using StaticSite.Config;
using StaticSite.Model;

namespace StaticSite.Reading;

/// <summary>Applies metadata given outside the text (config entry, sidecar, front matter); it overrides what the text says.</summary>
public static class Metadata
{
    /// <summary>The issuer metadata names, or null.</summary>
    public static Issuer? IssuerOf(DocumentMetadata? metadata) =>
        metadata?.Issuer is { Length: > 0 } name ? IssuerReader.Parse(name, IssuerSource.Metadata, null) : null;

    /// <summary>The header with metadata's number and date laid over what the text gave.</summary>
    public static DocumentHeader? HeaderOf(DocumentMetadata? metadata, DocumentHeader? fromText, string path)
    {
        if (metadata?.Number is null && metadata?.Date is null) return fromText;
        DateOnly? date = metadata.Date is not null && DateOnly.TryParseExact(metadata.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : fromText?.Date;
        return new DocumentHeader(metadata.Number ?? fromText?.Number, date, fromText?.Place, fromText?.Span ?? SourceSpan.At(path, 1));
    }

    /// <summary>
    /// Reads YAML front matter (<c>---</c> … <c>---</c> or <c>...</c> at the top of a Markdown file) with YamlDotNet, so a
    /// <c># comment</c>, quoting and a folded <c>&gt;-</c> value mean what YAML says. Keys read: <c>issuer</c>, <c>title</c>,
    /// <c>number</c>, <c>date</c>. Returns the lines it spans (the reader keeps them as notes) and, when the YAML is
    /// malformed, why (in Vietnamese, with the line).
    /// </summary>
    public static (DocumentMetadata? Metadata, int Lines, string? Error) FrontMatter(IReadOnlyList<SourceLine> lines)
    {
        if (lines.Count < 2 || lines[0].Raw.Trim() != "---") return (null, 0, null);
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Raw.Trim() is not ("---" or "...")) continue;
            var yaml = string.Join('\n', lines.Skip(1).Take(i - 1).Select(l => l.Raw));
            try
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(yaml));
                var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode map)
                    foreach (var (key, value) in map.Children)
                        if (key is YamlScalarNode { Value: { } k } && value is YamlScalarNode { Value: { } v })
                            values[k.Trim()] = VietnameseText.Normalize(v.Trim());
                string? Get(string key) => values.GetValueOrDefault(key) is { Length: > 0 } v ? v : null;
                return (new DocumentMetadata { Issuer = Get("issuer"), Title = Get("title"), Number = Get("number"), Date = Get("date") }, i + 1, null);
            }
            catch (YamlException e)
            {
                return (null, i + 1, $"Phần đầu YAML (front matter) không đọc được ở dòng {e.Start.Line + 1}: {e.Message}. Sửa lại cú pháp YAML (vd. “issuer: Thành ủy Hà Nội”) hoặc xóa phần này.");
            }
        }
        return (null, 0, null);
    }

    /// <summary>Front matter overridden by explicit metadata, field by field.</summary>
    public static DocumentMetadata? Merge(DocumentMetadata? explicitMetadata, DocumentMetadata? frontMatter) =>
        explicitMetadata is null ? frontMatter
        : frontMatter is null ? explicitMetadata
        : new DocumentMetadata
        {
            Issuer = explicitMetadata.Issuer ?? frontMatter.Issuer,
            Title = explicitMetadata.Title ?? frontMatter.Title,
            Number = explicitMetadata.Number ?? frontMatter.Number,
            Date = explicitMetadata.Date ?? frontMatter.Date,
        };
}
