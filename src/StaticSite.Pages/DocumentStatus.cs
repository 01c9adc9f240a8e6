using System.Collections.Immutable;
using StaticSite.Diagnostics;
using StaticSite.Reading;

namespace StaticSite.Pages;

/// <summary>Tình trạng kiểm tra: what the validator found in one document, as counts.</summary>
/// <param name="Errors">Number of errors.</param>
/// <param name="Warnings">Number of warnings.</param>
/// <param name="Infos">Number of infos.</param>
public sealed record DocumentStatus(int Errors, int Warnings, int Infos)
{
    /// <summary>A document with no findings.</summary>
    public static DocumentStatus Clean { get; } = new(0, 0, 0);

    /// <summary>True when the document has no error.</summary>
    public bool Passed => Errors == 0;

    /// <summary>The status in Vietnamese: <c>Đạt</c>, <c>Đạt, 3 cảnh báo</c>, <c>Không đạt: 2 lỗi, 1 cảnh báo</c>.</summary>
    public string Label => (Errors, Warnings) switch
    {
        (0, 0) => "Đạt",
        (0, var w) => $"Đạt, {w} cảnh báo",
        (var e, 0) => $"Không đạt: {e} lỗi",
        var (e, w) => $"Không đạt: {e} lỗi, {w} cảnh báo",
    };

    /// <summary>
    /// What the validator's findings ask of the office, in plain words, or null when there is nothing to act on:
    /// <c>2 lỗi cần sửa, 1 điểm cần xem lại</c>, <c>7 điểm cần xem lại</c>.
    /// </summary>
    public string? Notice => (Errors, Warnings) switch
    {
        (0, 0) => null,
        (0, var w) => $"{w} điểm cần xem lại",
        (var e, 0) => $"{e} lỗi cần sửa",
        var (e, w) => $"{e} lỗi cần sửa, {w} điểm cần xem lại",
    };

    /// <summary>The label shown for a document the validator has not seen.</summary>
    public const string NotCheckedLabel = "Chưa kiểm tra";

    /// <summary>Counts <paramref name="diagnostics"/>.</summary>
    public static DocumentStatus Of(IEnumerable<Diagnostic> diagnostics)
    {
        int e = 0, w = 0, i = 0;
        foreach (var d in diagnostics)
        {
            switch (d.Severity)
            {
                case Severity.Error: e++; break;
                case Severity.Warning: w++; break;
                default: i++; break;
            }
        }
        return new(e, w, i);
    }

    /// <summary>
    /// The status of every document of <paramref name="corpus"/>, keyed by slug, from the validator's findings
    /// (matched to a document by <c>Span.File == document.Path</c>). Pass <c>ValidationReport.Diagnostics</c>.
    /// </summary>
    public static ImmutableDictionary<string, DocumentStatus> ForCorpus(Corpus corpus, IEnumerable<Diagnostic> diagnostics)
    {
        var byFile = diagnostics.GroupBy(d => d.Span.File, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        return corpus.Documents.ToImmutableDictionary(
            d => d.Slug,
            d => byFile.TryGetValue(d.Path, out var list) ? Of(list) : Clean,
            StringComparer.Ordinal);
    }
}
