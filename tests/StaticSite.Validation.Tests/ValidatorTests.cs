using System.Collections.Immutable;
using StaticSite.Config;
using StaticSite.Diagnostics;
using StaticSite.Model;
using static StaticSite.Validation.Tests.Docs;

namespace StaticSite.Validation.Tests;

public sealed class ValidatorTests
{
    private static RuleContext With(params (string Rule, string Setting)[] rules) =>
        RuleContext.Default with { Config = new SiteConfig { Rules = rules.ToImmutableDictionary(r => r.Rule, r => r.Setting) } };

    private static ProgramDocument Broken(string path) => Complete() with
    {
        Path = path,
        Sections = [],
        Signature = null,
        Unplaced = [new TextNode("lạc", SourceSpan.At(path, 7, 2)), new TextNode("lạc", SourceSpan.At(path, 3, 5))],
    };

    [Fact]
    public void A_clean_document_gives_an_empty_report()
    {
        var report = Validator.Validate([Complete()], RuleContext.Default);
        Assert.Empty(report.Diagnostics);
        Assert.False(report.HasErrors);
        Assert.Equal(["x.txt"], report.Files.ToArray());
        Assert.Equal("0 lỗi, 0 cảnh báo, 0 thông tin trong 1 tệp", report.Summary);
    }

    [Fact]
    public void Findings_are_sorted_by_file_line_column_rule()
    {
        var report = Validator.Validate([Broken("b.txt"), Broken("a.txt")], RuleContext.Default);
        var keys = report.Diagnostics.Select(d => (d.Span.File, d.Span.Line, d.Span.Column, d.Rule)).ToList();
        Assert.Equal(keys.OrderBy(k => k.File, StringComparer.Ordinal).ThenBy(k => k.Line).ThenBy(k => k.Column).ThenBy(k => k.Rule, StringComparer.Ordinal), keys);
        Assert.Equal("a.txt", keys[0].File);
        Assert.True(report.HasErrors);
        Assert.Equal(["b.txt", "a.txt"], report.Files.ToArray());
        Assert.Equal(report.Diagnostics.Length, report.Errors + report.Warnings + report.Infos);
    }

    [Fact]
    public void Config_changes_a_rule_severity_and_turns_rules_off()
    {
        var report = Validator.Validate([Broken("a.txt")], With(("missing-signature", "info"), ("unplaced-text", "off")));
        Assert.Equal(Severity.Info, report.Diagnostics.Single(d => d.Rule == "missing-signature").Severity);
        Assert.DoesNotContain(report.Diagnostics, d => d.Rule == "unplaced-text");
        Assert.Null(report.Rules.Single(r => r.Name == "unplaced-text").Severity);
    }

    [Fact]
    public void Warnings_as_errors_promotes_warnings()
    {
        var document = Complete() with { Signature = null };
        Assert.False(Validator.Validate([document], RuleContext.Default).HasErrors);
        var report = Validator.Validate([document], RuleContext.Default, new ValidationOptions(WarningsAsErrors: true));
        Assert.Equal(Severity.Error, Assert.Single(report.Diagnostics).Severity);
        Assert.True(report.HasErrors);
    }

    [Fact]
    public void Reader_diagnostics_pass_through_and_can_be_configured()
    {
        var document = Complete() with { Diagnostics = [new Diagnostic("legacy-encoding", Severity.Warning, "Tệp mã hóa cũ", At(1))] };
        var report = Validator.Validate([document], RuleContext.Default);
        Assert.Equal("legacy-encoding", Assert.Single(report.Diagnostics).Rule);
        Assert.Contains(report.Rules, r => r.Name == "legacy-encoding");
        var off = Validator.Validate([document], With(("legacy-encoding", "off")));
        Assert.Empty(off.Diagnostics);
        Assert.DoesNotContain(off.Rules, r => r.Name == "legacy-encoding" && r.Severity is not null);
    }
}
