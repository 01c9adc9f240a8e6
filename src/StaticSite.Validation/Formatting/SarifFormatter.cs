using System.Text.Json;

namespace StaticSite.Validation.Formatting;

/// <summary>
/// SARIF 2.1.0 output, so that code review tools show the findings on the source lines: one run, the tool's rules with
/// their configured level, one result per finding with its file (a relative URI) and line.
/// </summary>
public sealed class SarifFormatter : IReportFormatter
{
    /// <summary>The SARIF schema the output declares.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The tool name in <c>runs[0].tool.driver.name</c>.</summary>
    public const string ToolName = "staticsite";

    /// <inheritdoc />
    public void Write(ValidationReport report, TextWriter writer)
    {
        var index = report.Rules.Select((r, i) => (r.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonFormatter.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", ToolName);
            json.WriteStartArray("rules");
            foreach (var rule in report.Rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Name);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", rule.Description);
                json.WriteEndObject();
                json.WriteStartObject("defaultConfiguration");
                json.WriteBoolean("enabled", rule.Severity is not null);
                json.WriteString("level", rule.Severity is { } s ? Severities.SarifLevel(s) : "none");
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var d in report.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", d.Rule);
                if (index.TryGetValue(d.Rule, out var i)) json.WriteNumber("ruleIndex", i);
                json.WriteString("level", Severities.SarifLevel(d.Severity));
                json.WriteStartObject("message");
                json.WriteString("text", d.Message);
                json.WriteEndObject();
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", Uri(d.Span.File));
                json.WriteEndObject();
                json.WriteStartObject("region");
                json.WriteNumber("startLine", Math.Max(1, d.Span.Line));
                json.WriteNumber("startColumn", Math.Max(1, d.Span.Column));
                if (d.Span.EndLine > d.Span.Line) json.WriteNumber("endLine", d.Span.EndLine);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>A relative path as a URI reference (forward slashes, each segment percent-encoded); an absolute path as a <c>file:</c> URI.</summary>
    public static string Uri(string path) => Path.IsPathFullyQualified(path)
        ? new System.Uri(path).AbsoluteUri
        : string.Join('/', path.Replace('\\', '/').Split('/').Select(System.Uri.EscapeDataString));
}
