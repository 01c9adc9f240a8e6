using StaticSite.Model;

namespace StaticSite.Diagnostics;

/// <summary>A finding about a source file: a stable kebab-case rule name, a severity, a Vietnamese message and where.</summary>
/// <param name="Rule">Stable rule name (<c>missing-purpose</c>); tests assert on it, never on the message.</param>
/// <param name="Severity">How serious.</param>
/// <param name="Message">What is wrong and what to do, in Vietnamese, for the clerk who reads it.</param>
/// <param name="Span">Where.</param>
public sealed record Diagnostic(string Rule, Severity Severity, string Message, SourceSpan Span);

/// <summary>Mức độ.</summary>
public enum Severity
{
    /// <summary>Thông tin.</summary>
    Info,
    /// <summary>Cảnh báo.</summary>
    Warning,
    /// <summary>Lỗi: blocks publishing.</summary>
    Error,
}
