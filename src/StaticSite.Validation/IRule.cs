using StaticSite.Bodies;
using StaticSite.Config;
using StaticSite.Diagnostics;
using StaticSite.Model;

namespace StaticSite.Validation;

/// <summary>Quy tắc kiểm tra: one check of the genre, with a stable kebab-case name and a default severity.</summary>
public interface IRule
{
    /// <summary>Stable kebab-case name (<c>missing-purpose</c>), used in output, in <c>site.config.json</c> <c>rules</c> and in tests.</summary>
    string Name { get; }

    /// <summary>Severity before <c>site.config.json</c> changes it.</summary>
    Severity DefaultSeverity { get; }

    /// <summary>What the rule checks, one Vietnamese sentence (SARIF <c>shortDescription</c>, docs).</summary>
    string Description { get; }

    /// <summary>The findings of this rule on <paramref name="document"/>, each with <see cref="DefaultSeverity"/>.</summary>
    IEnumerable<Diagnostic> Check(ProgramDocument document, RuleContext context);
}

/// <summary>What a rule may consult besides the document.</summary>
/// <param name="Registry">The body registry the corpus was read with.</param>
/// <param name="Config">The site config.</param>
public sealed record RuleContext(BodyRegistry Registry, SiteConfig Config)
{
    /// <summary>The shipped registry and default config.</summary>
    public static RuleContext Default { get; } = new(BodyRegistry.Default, new SiteConfig());
}

/// <summary>A rule as listed in reports (SARIF <c>tool.driver.rules</c>).</summary>
/// <param name="Name">Rule name.</param>
/// <param name="Description">Vietnamese one-line description.</param>
/// <param name="Severity">Severity after the config's <c>rules</c>; null when the rule is turned off.</param>
public sealed record RuleDescriptor(string Name, string Description, Severity? Severity);
