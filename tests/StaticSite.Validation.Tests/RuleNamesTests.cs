using StaticSite.Diagnostics;

namespace StaticSite.Validation.Tests;

public sealed class RuleNamesTests
{
    [Fact]
    public void The_catalog_of_rule_names_is_the_validators_rules() =>
        Assert.Equal(RuleNames.Validator.Order(StringComparer.Ordinal), Validator.Rules.Select(r => r.Name).Order(StringComparer.Ordinal));
}
