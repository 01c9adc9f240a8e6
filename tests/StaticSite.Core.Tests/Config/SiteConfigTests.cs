using NJsonSchema;
using StaticSite.Config;
using StaticSite.Tests;

namespace StaticSite.Core.Tests.Config;

public sealed class SiteConfigTests
{
    [Fact]
    public void The_repository_config_loads_and_gives_the_issuers_the_text_lacks()
    {
        var config = SiteConfigLoader.Load(Path.Combine(TestPaths.Root, "site.config.json"), required: true);
        Assert.Equal("Tỉnh ủy Quảng Ngãi", config.Documents["002_a7de56b83dec73d2.txt"].Issuer);
        Assert.Equal("127.0.0.1", config.Serve.Host);
    }

    [Fact]
    public async Task The_repository_config_is_valid_against_its_schema_and_refers_to_it()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(TestPaths.Root, "site.config.schema.json"));
        var text = File.ReadAllText(Path.Combine(TestPaths.Root, "site.config.json"));
        Assert.Empty(schema.Validate(text));
        Assert.Contains("\"$schema\": \"./site.config.schema.json\"", text);
        Assert.NotEmpty(schema.Validate(text.Replace("\"pdf\": false", "\"pdf\": false, \"colour\": 1")));
    }

    [Theory]
    [InlineData("{\n  \"title\": \"x\",\n  \"colour\": \"blue\"\n}", 3, "colour")]
    [InlineData("{\n  \"title\": \"x\",\n  \"serve\": { \"port\": \"năm nghìn\" }\n}", 3, "sai kiểu")]
    [InlineData("{\n  \"title\": \"x\"\n  \"output\": \"_site\"\n}", 3, "JSON không hợp lệ")]
    [InlineData("{\n  \"rules\": {\n    \"numbering\": \"loud\"\n  }\n}", 3, "numbering")]
    [InlineData("{\n  \"serve\": {\n    \"port\": 70000\n  }\n}", 3, "70000")]
    [InlineData("{\n  \"buildDate\": \"24/11/2026\"\n}", 2, "yyyy-MM-dd")]
    [InlineData("{\n  \"baseUrl\": \"../site\"\n}", 2, "baseUrl")]
    [InlineData("{\n  \"rules\": {\n    \"item-without-bodies\": \"off\"\n  }\n}", 3, "item-without-bodies")]
    public void Bad_config_is_named_with_its_line_in_vietnamese(string json, int line, string mention)
    {
        var e = Assert.Throws<ConfigException>(() => SiteConfigLoader.Parse(json, "site.config.json"));
        Assert.StartsWith($"site.config.json:{line}:", e.Message);
        Assert.Contains(mention, e.Message);
    }

    [Fact]
    public void A_missing_config_is_an_error_only_when_asked_for()
    {
        var path = Path.Combine(TestPaths.NewTempDir(), "site.config.json");
        Assert.Equal("content", SiteConfigLoader.Load(path).Content);
        Assert.Contains("không tìm thấy", Assert.Throws<ConfigException>(() => SiteConfigLoader.Load(path, required: true)).Message);
    }
}

public sealed class ConfigSchemaRuleNamesTests
{
    [Fact]
    public async Task The_schema_lists_exactly_the_known_rule_names()
    {
        var schema = await NJsonSchema.JsonSchema.FromFileAsync(Path.Combine(StaticSite.Tests.TestPaths.Root, "site.config.schema.json"));
        Assert.Empty(schema.Validate("""{ "rules": { "numbering": "off", "legacy-encoding": "warning" } }"""));
        // NJsonSchema does not check "propertyNames" (editors do); the loader's own check is tested above.
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(StaticSite.Tests.TestPaths.Root, "site.config.schema.json")));
        var listed = json.RootElement.GetProperty("properties").GetProperty("rules").GetProperty("propertyNames").GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal);
        Assert.Equal(StaticSite.Diagnostics.RuleNames.All.Order(StringComparer.Ordinal), listed);
    }
}
