using StaticSite.Diagnostics;

namespace StaticSite.Validation.Formatting;

/// <summary>
/// Human output in the compiler convention <c>file:line:col: severity rule: message</c>, grouped by file (a blank line
/// between files), then the Vietnamese summary. ANSI colours only when <c>color</c> is set (a terminal).
/// </summary>
/// <param name="color">Colour severities and file names with ANSI escapes.</param>
public sealed class HumanFormatter(bool color = false) : IReportFormatter
{
    private const string Reset = "\u001b[0m";

    /// <inheritdoc />
    public void Write(ValidationReport report, TextWriter writer)
    {
        var first = true;
        foreach (var file in report.ByFile())
        {
            if (!first) writer.WriteLine();
            first = false;
            if (color) writer.WriteLine(Paint("\u001b[1;4m", file.Key));
            foreach (var d in file)
                writer.WriteLine($"{Paint("\u001b[1m", $"{d.Span.File}:{d.Span.Line}:{d.Span.Column}:")} {Paint(ColorOf(d.Severity), Severities.Word(d.Severity))} {Paint("\u001b[2m", d.Rule + ":")} {d.Message}");
        }
        if (!first) writer.WriteLine();
        var summaryColor = report.HasErrors ? ColorOf(Severity.Error) : report.Warnings > 0 ? ColorOf(Severity.Warning) : "\u001b[32m";
        writer.WriteLine(Paint(summaryColor, report.Summary));
    }

    private string Paint(string code, string text) => color ? code + text + Reset : text;

    private static string ColorOf(Severity severity) => severity switch
    {
        Severity.Error => "\u001b[1;31m",
        Severity.Warning => "\u001b[1;33m",
        _ => "\u001b[36m",
    };
}
