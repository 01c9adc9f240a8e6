using System.Collections.Immutable;
using StaticSite.Diagnostics;
using StaticSite.Model;
using StaticSite.Reading;
using StaticSite.Validation.Rules;

namespace StaticSite.Validation;

/// <summary>How a validation run treats severities beyond the config.</summary>
/// <param name="WarningsAsErrors">Report every warning as an error (<c>--warnings-as-errors</c>).</param>
public sealed record ValidationOptions(bool WarningsAsErrors = false)
{
    /// <summary>No changes.</summary>
    public static ValidationOptions Default { get; } = new();
}

/// <summary>Kiểm tra văn bản: runs every rule over every document of a corpus.</summary>
public static class Validator
{
    /// <summary>A finding on a Word or PDF original says where it is in the original (<c>đoạn 12</c>, <c>trang 3, dòng 14</c>).</summary>
    private static Diagnostic Locate(Diagnostic d, ProgramDocument document) =>
        document.Source.Format == SourceFormat.Text || d.Span.File != document.Path ? d : d with { Message = $"({document.Source.Describe(d.Span.Line)}) {d.Message}" };

    /// <summary>Description of the findings that the reader itself reports (<c>document.Diagnostics</c>).</summary>
    public const string ReaderRuleDescription = "Phát hiện của bộ đọc văn bản (mã hóa, tệp rỗng, tệp không đọc được).";

    /// <summary>The rules of the genre, in the order they are documented.</summary>
    public static ImmutableArray<IRule> Rules { get; } =
    [
        new MissingPurposeRule(),
        new MissingTasksRule(),
        new MissingOrganizationRule(),
        new MissingRecipientsRule(),
        new MissingSignatureRule(),
        new UnplacedTextRule(),
        new ItemWithoutBodyRule(),
        new BodyNotInRecipientsRule(),
        new UnknownBodyRule(),
        new NumberingRule(),
        new DeadlineUnparsedRule(),
        new UnknownIssuerRule(),
        new NotAProgramRule(),
        new DeepNestingRule(),
    ];

    /// <summary>Validates every document of <paramref name="corpus"/> with the config's rule settings.</summary>
    public static ValidationReport Validate(Corpus corpus, ValidationOptions? options = null) =>
        Validate(corpus.Documents, new RuleContext(corpus.Registry, corpus.Config), options);

    /// <summary>Validates <paramref name="documents"/>; <c>context.Config.Rules</c> changes or turns off rules.</summary>
    public static ValidationReport Validate(IEnumerable<ProgramDocument> documents, RuleContext context, ValidationOptions? options = null, IEnumerable<IRule>? rules = null)
    {
        options ??= ValidationOptions.Default;
        var ruleList = (rules ?? Rules).ToImmutableArray();
        var settings = Settings(context);
        var files = ImmutableArray.CreateBuilder<string>();
        var found = new List<Diagnostic>();
        foreach (var document in documents)
        {
            files.Add(document.Path);
            found.AddRange(document.Diagnostics);
            // A file that could not be read at all (binary, scanned, a format to convert) has its one finding, not every missing part.
            if (document.LineCount == 0 && document.Diagnostics.Any(d => d.Severity == Severity.Error && RuleNames.Reader.Contains(d.Rule))) continue;
            foreach (var rule in ruleList)
                // A Nghị quyết, a Công văn, a Báo cáo is named for what it is, not held to a program's sections.
                if (Effective(rule.Name, rule.DefaultSeverity, settings) is not null && !(document.OtherKind is not null && rule is MissingSectionRule))
                    found.AddRange(rule.Check(document, context).Select(d => Locate(d, document)));
        }

        var diagnostics = found
            .Select(d => Effective(d.Rule, d.Severity, settings) is { } severity ? d with { Severity = Promote(severity, options) } : null)
            .OfType<Diagnostic>();
        var descriptors = ruleList.Select(r => new RuleDescriptor(r.Name, r.Description, Effective(r.Name, r.DefaultSeverity, settings)))
            .Concat(found.Select(d => d.Rule).Distinct().Where(n => ruleList.All(r => r.Name != n))
                .Select(n => new RuleDescriptor(n, ReaderRuleDescription, Effective(n, found.First(d => d.Rule == n).Severity, settings))))
            .Select(r => r with { Severity = r.Severity is { } s ? Promote(s, options) : null })
            .OrderBy(r => r.Name, StringComparer.Ordinal);
        return new ValidationReport([.. ValidationReport.Sort(diagnostics)], files.ToImmutable(), [.. descriptors]);
    }

    private static Dictionary<string, Severity?> Settings(RuleContext context)
    {
        var settings = new Dictionary<string, Severity?>(StringComparer.Ordinal);
        foreach (var (name, word) in context.Config.Rules)
            if (Severities.TryParseSetting(word, out var severity)) settings[name] = severity;
        return settings;
    }

    // The config's setting for the rule, else the default; null when the rule is off.
    private static Severity? Effective(string rule, Severity fallback, Dictionary<string, Severity?> settings) =>
        settings.TryGetValue(rule, out var configured) ? configured : fallback;

    private static Severity Promote(Severity severity, ValidationOptions options) =>
        options.WarningsAsErrors && severity == Severity.Warning ? Severity.Error : severity;
}
