namespace StaticSite.Validation.Formatting;

/// <summary>Writes a <see cref="ValidationReport"/> in one output format.</summary>
public interface IReportFormatter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/>.</summary>
    void Write(ValidationReport report, TextWriter writer);
}

/// <summary>Formatters by their <c>--format</c> name.</summary>
public static class ReportFormatters
{
    /// <summary>The <c>--format</c> names: <c>human</c>, <c>json</c>, <c>sarif</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["human", "json", "sarif"];

    /// <summary>The formatter for <paramref name="name"/>, or null when there is none.</summary>
    public static IReportFormatter? For(string name, bool color) => name.ToLowerInvariant() switch
    {
        "human" => new HumanFormatter(color),
        "json" => new JsonFormatter(),
        "sarif" => new SarifFormatter(),
        _ => null,
    };

    /// <summary>The report as text in <paramref name="formatter"/>'s format.</summary>
    public static string Format(this IReportFormatter formatter, ValidationReport report)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        formatter.Write(report, writer);
        return writer.ToString();
    }
}
