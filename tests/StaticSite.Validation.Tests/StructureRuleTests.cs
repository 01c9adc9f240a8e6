using StaticSite.Diagnostics;
using StaticSite.Model;
using StaticSite.Validation.Rules;
using static StaticSite.Validation.Tests.Docs;

namespace StaticSite.Validation.Tests;

public sealed class StructureRuleTests
{
    public static TheoryData<string> RuleNames() => [.. Validator.Rules.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Complete_document_triggers_no_rule(string name)
    {
        var rule = Validator.Rules.Single(r => r.Name == name);
        Assert.Empty(rule.Run(Complete()));
    }

    [Fact]
    public void Rule_names_are_unique_and_kebab_case()
    {
        var names = Validator.Rules.Select(r => r.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names, n => Assert.Matches("^[a-z]+(-[a-z]+)*$", n));
        Assert.All(Validator.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Description)));
    }

    [Fact]
    public void Missing_purpose_is_reported_at_the_section_that_should_follow_it()
    {
        var d = Assert.Single(new MissingPurposeRule().Run(Complete().Without(SectionRole.Purpose)));
        Assert.Equal(("missing-purpose", Severity.Error, 8), (d.Rule, d.Severity, d.Span.Line));
        Assert.Contains("NHIỆM VỤ VÀ GIẢI PHÁP", d.Message); // names the sections it did see
    }

    [Fact]
    public void Objectives_stand_for_purpose_when_there_is_no_purpose_section()
    {
        var document = Complete().Without(SectionRole.Purpose);
        document = document with { Sections = document.Sections.Insert(0, Section(SectionRole.Objectives, "I", "MỤC TIÊU", 5)) };
        Assert.Empty(new MissingPurposeRule().Run(document));
    }

    [Fact]
    public void A_nested_purpose_section_counts()
    {
        var document = Complete().Without(SectionRole.Purpose);
        document = document with { Sections = document.Sections.Insert(0, Section(SectionRole.Other, "Phần thứ hai", "", 4, sections: [Section(SectionRole.Purpose, "I", "MỤC ĐÍCH, YÊU CẦU", 5)], level: SectionLevel.Part)) };
        Assert.Empty(new MissingPurposeRule().Run(document));
    }

    [Fact]
    public void Missing_tasks_is_reported_before_the_organization_section()
    {
        var d = Assert.Single(new MissingTasksRule().Run(Complete().Without(SectionRole.Tasks)));
        Assert.Equal(("missing-tasks", 12), (d.Rule, d.Span.Line));
    }

    [Fact]
    public void Missing_organization_is_reported_at_the_recipients_line()
    {
        var d = Assert.Single(new MissingOrganizationRule().Run(Complete().Without(SectionRole.Organization)));
        Assert.Equal(("missing-organization", Severity.Error, 20), (d.Rule, d.Severity, d.Span.Line));
    }

    [Fact]
    public void A_document_without_sections_misses_all_three_at_a_line_of_the_file()
    {
        var document = Complete() with { Sections = [], RecipientsHeading = null, Recipients = [], Signature = null };
        IRule[] rules = [new MissingPurposeRule(), new MissingTasksRule(), new MissingOrganizationRule()];
        var found = rules.SelectMany(r => r.Run(document)).ToList();
        Assert.Equal(["missing-purpose", "missing-tasks", "missing-organization"], found.Select(d => d.Rule));
        Assert.All(found, d => Assert.InRange(d.Span.Line, 1, document.LineCount));
    }

    [Fact]
    public void Missing_recipients_when_there_is_no_list()
    {
        var d = Assert.Single(new MissingRecipientsRule().Run(Complete() with { RecipientsHeading = null, Recipients = [] }));
        Assert.Equal(("missing-recipients", Severity.Error, 20), (d.Rule, d.Severity, d.Span.Line));
    }

    [Fact]
    public void Missing_recipients_when_the_list_is_empty()
    {
        var d = Assert.Single(new MissingRecipientsRule().Run(Complete() with { Recipients = [] }));
        Assert.Equal(20, d.Span.Line);
    }

    [Fact]
    public void Missing_signature_is_a_warning()
    {
        var d = Assert.Single(new MissingSignatureRule().Run(Complete() with { Signature = null }));
        Assert.Equal(("missing-signature", Severity.Warning), (d.Rule, d.Severity));
    }

    [Fact]
    public void Unknown_issuer_points_at_the_kind_line_and_names_the_config_key()
    {
        var d = Assert.Single(new UnknownIssuerRule().Run(Complete() with { Issuer = null }));
        Assert.Equal(("unknown-issuer", Severity.Warning, 1), (d.Rule, d.Severity, d.Span.Line));
        Assert.Contains("\"x.txt\"", d.Message);
    }

    [Fact]
    public void Each_unplaced_node_is_an_error_at_its_line()
    {
        var document = Complete() with { Unplaced = [new TextNode("chức chính trị - xã hội", At(15, 3)), new TextNode("Đoạn lạc", At(17))] };
        var found = new UnplacedTextRule().Run(document);
        Assert.Equal([15, 17], found.Select(d => d.Span.Line));
        Assert.All(found, d => Assert.Equal(("unplaced-text", Severity.Error), (d.Rule, d.Severity)));
        Assert.Equal(3, found[0].Span.Column);
    }

    [Fact]
    public void Unparsed_deadline_is_info_at_the_deadline()
    {
        var item = Item("2.", "Rà soát quy định", 10) with { Deadline = new Deadline("sau khi có hướng dẫn mới", DeadlineKind.Unparsed, null, null, At(10, 40)) };
        var parsed = Item("3.", "Sơ kết", 11) with { Deadline = new Deadline("năm 2025", DeadlineKind.DateRange, new(2025, 1, 1), new(2025, 12, 31), At(11, 20)) };
        var document = Complete() with { Sections = [.. Complete().Sections, Section(SectionRole.Other, "IV", "KHÁC", 10, [item, parsed])] };
        var d = Assert.Single(new DeadlineUnparsedRule().Run(document));
        Assert.Equal(("deadline-unparsed", Severity.Info, 10, 40), (d.Rule, d.Severity, d.Span.Line, d.Span.Column));
    }
}
