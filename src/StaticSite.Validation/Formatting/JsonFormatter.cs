using System.Text.Encodings.Web;
using System.Text.Json;

namespace StaticSite.Validation.Formatting;

/// <summary>
/// JSON output: <c>{ "diagnostics": [ { "rule", "severity", "message", "file", "line", "column" } ], "summary": { "errors",
/// "warnings", "infos", "files" } }</c>; Vietnamese kept as written (not escaped).
/// </summary>
public sealed class JsonFormatter : IReportFormatter
{
    internal static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <inheritdoc />
    public void Write(ValidationReport report, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteStartArray("diagnostics");
            foreach (var d in report.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("rule", d.Rule);
                json.WriteString("severity", Severities.Word(d.Severity));
                json.WriteString("message", d.Message);
                json.WriteString("file", d.Span.File);
                json.WriteNumber("line", d.Span.Line);
                json.WriteNumber("column", d.Span.Column);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("errors", report.Errors);
            json.WriteNumber("warnings", report.Warnings);
            json.WriteNumber("infos", report.Infos);
            json.WriteNumber("files", report.Files.Length);
            json.WriteString("text", report.Summary);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
