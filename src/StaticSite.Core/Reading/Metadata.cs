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
    /// Splits YAML front matter (<c>---</c> … <c>---</c> at the top of a Markdown file) into simple <c>key: value</c> pairs.
    /// Keys read: <c>issuer</c>, <c>title</c>, <c>number</c>, <c>date</c>. The front matter lines are returned so that the
    /// reader places them as notes.
    /// </summary>
    public static (DocumentMetadata? Metadata, int Lines) FrontMatter(IReadOnlyList<SourceLine> lines)
    {
        if (lines.Count < 2 || lines[0].Raw.Trim() != "---") return (null, 0);
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < lines.Count; i++)
        {
            var raw = lines[i].Raw.Trim();
            if (raw is "---" or "...")
            {
                var meta = new DocumentMetadata
                {
                    Issuer = values.GetValueOrDefault("issuer"),
                    Title = values.GetValueOrDefault("title"),
                    Number = values.GetValueOrDefault("number"),
                    Date = values.GetValueOrDefault("date"),
                };
                return (meta, i + 1);
            }
            var colon = raw.IndexOf(':');
            if (colon > 0) values[raw[..colon].Trim()] = raw[(colon + 1)..].Trim().Trim('"', '\'');
        }
        return (null, 0);
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
