using System.Text.Json;
using NJsonSchema;
using StaticSite.Diagnostics;
using StaticSite.Model;
using StaticSite.Tests;
using StaticSite.Validation.Formatting;
using static StaticSite.Validation.Tests.Docs;

namespace StaticSite.Validation.Tests;

public sealed class FormatterTests
{
    private static ValidationReport Report() => Validator.Validate(
        [
            Complete() with { Path = "a/nội dung.txt", Signature = null, RecipientsHeading = new TextNode("Nơi nhận:", SourceSpan.At("a/nội dung.txt", 20)), Unplaced = [new TextNode("lạc", SourceSpan.At("a/nội dung.txt", 7, 2))] },
            Complete() with { Path = "b.txt", Diagnostics = [new Diagnostic("legacy-encoding", Severity.Info, "Tệp mã hóa cũ", SourceSpan.At("b.txt", 1))] },
            Complete() with { Path = "c.txt" },
        ],
        RuleContext.Default);

    [Fact]
    public void Human_output_follows_the_compiler_convention_grouped_by_file()
    {
        var lines = new HumanFormatter().Format(Report()).Split('\n');
        Assert.StartsWith("a/nội dung.txt:7:2: error unplaced-text: ", lines[0]);
        Assert.StartsWith("a/nội dung.txt:20:1: warning missing-signature: ", lines[1]);
        Assert.Equal("", lines[2]);
        Assert.StartsWith("b.txt:1:1: info legacy-encoding: ", lines[3]);
        Assert.Equal("1 lỗi, 1 cảnh báo, 1 thông tin trong 3 tệp", lines[5]);
        Assert.DoesNotContain('\u001b', string.Join("\n", lines));
    }

    [Fact]
    public void Human_output_is_coloured_only_when_asked()
    {
        var text = new HumanFormatter(color: true).Format(Report());
        Assert.Contains("\u001b[1;31merror\u001b[0m", text);
    }

    [Fact]
    public void Json_output_has_diagnostics_and_summary()
    {
        using var json = JsonDocument.Parse(new JsonFormatter().Format(Report()));
        var first = json.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal("unplaced-text", first.GetProperty("rule").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("a/nội dung.txt", first.GetProperty("file").GetString());
        Assert.Equal(7, first.GetProperty("line").GetInt32());
        Assert.Equal(2, first.GetProperty("column").GetInt32());
        Assert.Contains("lạc", first.GetProperty("message").GetString());
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal((1, 1, 1, 3), (summary.GetProperty("errors").GetInt32(), summary.GetProperty("warnings").GetInt32(), summary.GetProperty("infos").GetInt32(), summary.GetProperty("files").GetInt32()));
    }

    [Fact]
    public void Sarif_output_has_rules_results_and_locations()
    {
        using var sarif = JsonDocument.Parse(new SarifFormatter().Format(Report()));
        var root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.StartsWith("https://", root.GetProperty("$schema").GetString());
        var run = root.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "missing-purpose" && r.GetProperty("defaultConfiguration").GetProperty("level").GetString() == "error");
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "unknown-body" && r.GetProperty("defaultConfiguration").GetProperty("level").GetString() == "note");
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["error", "warning", "note"], results.Select(r => r.GetProperty("level").GetString()));
        var location = results[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("a/n%E1%BB%99i%20dung.txt", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(7, location.GetProperty("region").GetProperty("startLine").GetInt32());
        foreach (var result in results)
            Assert.Equal(result.GetProperty("ruleId").GetString(), rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Sarif_output_is_valid_against_the_trimmed_schema()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(TestPaths.Fixtures, "validation", "sarif-2.1.0.trimmed.schema.json"));
        Assert.Empty(schema.Validate(new SarifFormatter().Format(Report())));
    }

    [Fact]
    public async Task The_schema_check_rejects_broken_sarif()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(TestPaths.Fixtures, "validation", "sarif-2.1.0.trimmed.schema.json"));
        var broken = new SarifFormatter().Format(Report()).Replace("\"level\": \"note\"", "\"level\": \"info\"").Replace("\"startLine\"", "\"line\"");
        Assert.NotEmpty(schema.Validate(broken));
    }
}
