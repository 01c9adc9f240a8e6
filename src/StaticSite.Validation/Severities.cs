using StaticSite.Diagnostics;

namespace StaticSite.Validation;

/// <summary>The words for severities in output and in <c>site.config.json</c>.</summary>
public static class Severities
{
    /// <summary><c>error</c>, <c>warning</c>, <c>info</c> (the compiler convention, used in human and JSON output).</summary>
    public static string Word(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>SARIF <c>level</c>: <c>error</c>, <c>warning</c>, <c>note</c>.</summary>
    public static string SarifLevel(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>Parses a config value: a severity, null for <c>off</c>; false when the word is not one of them.</summary>
    public static bool TryParseSetting(string word, out Severity? severity)
    {
        severity = null;
        switch (word.Trim().ToLowerInvariant())
        {
            case "error": severity = Severity.Error; return true;
            case "warning": severity = Severity.Warning; return true;
            case "info": severity = Severity.Info; return true;
            case "off": return true;
            default: return false;
        }
    }
}
