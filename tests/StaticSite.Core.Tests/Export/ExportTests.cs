using NJsonSchema;
using StaticSite.Config;
using StaticSite.Export;
using StaticSite.Reading;
using StaticSite.Tests;

namespace StaticSite.Core.Tests.Export;

/// <summary>The JSON export of the five sample documents: valid against the published schema, and approved snapshots.</summary>
public sealed class ExportTests
{
    private static readonly Corpus Samples = ContentReader.Load(
        SiteConfigLoader.Load(TestPaths.SampleConfig), TestPaths.Content);

    public static TheoryData<string> Files => [.. TestPaths.Samples.Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Export_is_valid_against_the_schema(string file)
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(TestPaths.Root, "docs", "schema", "program.schema.json"));
        var json = JsonExporter.Export(Samples.Documents.Single(d => d.Path == file));
        var errors = schema.Validate(json);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Export_matches_the_approved_snapshot(string file)
    {
        var json = JsonExporter.Export(Samples.Documents.Single(d => d.Path == file));
        Snapshot.Verify("export", Path.GetFileNameWithoutExtension(file), json, "json");
    }

    [Fact]
    public async Task A_schema_violation_is_caught()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(TestPaths.Root, "docs", "schema", "program.schema.json"));
        var json = JsonExporter.Export(Samples.Documents[0]).Replace("\"kind\": \"program\"", "\"kind\": \"poem\"");
        Assert.NotEmpty(schema.Validate(json));
    }
}
