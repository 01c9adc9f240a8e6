using NJsonSchema;
using StaticSite.Config;
using StaticSite.Diagnostics;
using StaticSite.Model;
using StaticSite.Reading;
using StaticSite.Tests;
using StaticSite.Validation.Formatting;

namespace StaticSite.Validation.Tests;

/// <summary>End to end over the five sample documents and copies of them with a required part removed.</summary>
public sealed class SampleTests
{
    private static readonly SiteConfig Config = SiteConfigLoader.Load(TestPaths.SampleConfig, required: true);

    public static TheoryData<string, string> Removals()
    {
        var data = new TheoryData<string, string>();
        foreach (var sample in TestPaths.Samples)
            foreach (var rule in new[] { "missing-purpose", "missing-tasks", "missing-organization", "missing-recipients" })
                data.Add(Path.GetFileName(sample), rule);
        return data;
    }

    [Fact]
    public void The_samples_have_no_errors_and_every_finding_is_the_documented_one()
    {
        var report = Validator.Validate(ContentReader.Load(Config, TestPaths.Content));
        Assert.False(report.HasErrors, new HumanFormatter().Format(report));
        Assert.Equal(5, report.Files.Length);
        // docs/validation.md lists each of these findings with the reason it is true.
        Snapshot.Verify("validation", "samples", new HumanFormatter().Format(report));
    }

    [Theory]
    [MemberData(nameof(Removals))]
    public async Task A_copy_without_a_required_part_fails_with_the_matching_rule(string sample, string rule)
    {
        var source = Path.Combine(TestPaths.Content, sample);
        var text = File.ReadAllText(source);
        var document = ProgramReader.ReadText(text, sample, ReaderOptions.Default);
        var (from, to) = PartToRemove(document, rule);
        var lines = text.Split('\n').ToList();
        lines.RemoveRange(from - 1, to - from + 1);
        var dir = TestPaths.NewTempDir();
        var copy = Path.Combine(dir, sample);
        File.WriteAllText(copy, string.Join('\n', lines));

        var report = Validator.Validate(ContentReader.LoadFiles(Config, [copy], dir));
        Assert.True(report.HasErrors);
        var finding = Assert.Single(report.Diagnostics, d => d.Rule == rule);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(sample, finding.Span.File);
        Assert.InRange(finding.Span.Line, 1, lines.Count);

        var schema = await JsonSchema.FromFileAsync(Path.Combine(TestPaths.Fixtures, "validation", "sarif-2.1.0.trimmed.schema.json"));
        var sarif = new SarifFormatter().Format(report);
        Assert.Empty(schema.Validate(sarif));
        Assert.Contains($"\"ruleId\": \"{rule}\"", sarif);
    }

    // The lines of the part the rule requires: the sections of that role (with what they contain), or the recipient list.
    private static (int From, int To) PartToRemove(ProgramDocument document, string rule)
    {
        if (rule == "missing-recipients")
        {
            Assert.NotNull(document.RecipientsHeading);
            return (document.RecipientsHeading.Span.Line, document.Recipients.Max(r => r.Span.EndLine));
        }
        SectionRole[] roles = rule switch
        {
            "missing-purpose" => [SectionRole.Purpose, SectionRole.Objectives],
            "missing-tasks" => [SectionRole.Tasks],
            _ => [SectionRole.Organization],
        };
        var sections = document.AllSections().ToList();
        var outermost = sections.Where(s => roles.Contains(s.Role)).ToList();
        outermost.RemoveAll(s => outermost.Any(o => o != s && o.SelfAndDescendants().Contains(s)));
        Assert.NotEmpty(outermost);
        var first = outermost.Min(s => s.Span.Line);
        var last = outermost.Max(s => End(document, sections, s));
        return (first, last);
    }

    private static int End(ProgramDocument document, List<Section> sections, Section section)
    {
        var inside = section.SelfAndDescendants().ToHashSet();
        var next = sections.Where(s => !inside.Contains(s) && s.Span.Line > section.Span.Line).Select(s => s.Span.Line)
            .Concat(new[] { document.RecipientsHeading?.Span.Line, document.Signature?.Span.Line }.OfType<int>().Where(l => l > section.Span.Line))
            .DefaultIfEmpty(document.LineCount + 1).Min();
        return next - 1;
    }
}
