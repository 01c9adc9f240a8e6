using System.Collections.Immutable;
using StaticSite.Diagnostics;
using StaticSite.Reading;

namespace StaticSite.Site.Building;

/// <summary>The validator as the build sees it: findings over a corpus, and whether any blocks publishing.</summary>
public interface IDocumentValidator
{
    /// <summary>Validates <paramref name="corpus"/>.</summary>
    ValidationOutcome Validate(Corpus corpus);
}

/// <summary>What the validator found.</summary>
/// <param name="Diagnostics">All findings, in document order.</param>
public sealed record ValidationOutcome(ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when a finding has severity error: the site is not published.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>The genre's validator (<see cref="StaticSite.Validation.Validator"/>) with the config's rule settings.</summary>
public sealed class GenreValidator : IDocumentValidator
{
    /// <inheritdoc />
    public ValidationOutcome Validate(Corpus corpus) => new(StaticSite.Validation.Validator.Validate(corpus).Diagnostics);
}
