using System.Collections.Immutable;
using StaticSite.Diagnostics;

namespace StaticSite.Validation;

/// <summary>Kết quả kiểm tra: the findings of one validation run, sorted by file, line, column and rule.</summary>
/// <param name="Diagnostics">Findings with their effective severity, sorted.</param>
/// <param name="Files">The files validated (as their spans name them), in order, including those without findings.</param>
/// <param name="Rules">Every rule that ran or reported (reader rules included), in name order.</param>
public sealed record ValidationReport(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<string> Files, ImmutableArray<RuleDescriptor> Rules)
{
    /// <summary>Number of errors.</summary>
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>Number of warnings.</summary>
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>Number of infos.</summary>
    public int Infos => Diagnostics.Count(d => d.Severity == Severity.Info);

    /// <summary>True when at least one finding is an error: publishing is blocked.</summary>
    public bool HasErrors => Errors > 0;

    /// <summary>The summary line in Vietnamese: <c>2 lỗi, 5 cảnh báo, 3 thông tin trong 5 tệp</c>.</summary>
    public string Summary => $"{Errors} lỗi, {Warnings} cảnh báo, {Infos} thông tin trong {Files.Length} tệp";

    /// <summary>Findings grouped by file, in report order.</summary>
    public IEnumerable<IGrouping<string, Diagnostic>> ByFile() => Diagnostics.GroupBy(d => d.Span.File);

    /// <summary>Orders findings by file (ordinal), line, column, rule.</summary>
    public static IEnumerable<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .OrderBy(d => d.Span.File, StringComparer.Ordinal)
        .ThenBy(d => d.Span.Line)
        .ThenBy(d => d.Span.Column)
        .ThenBy(d => d.Rule, StringComparer.Ordinal)
        .ThenBy(d => d.Message, StringComparer.Ordinal);
}
