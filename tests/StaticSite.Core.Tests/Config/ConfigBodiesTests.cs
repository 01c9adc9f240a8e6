using StaticSite.Config;
using StaticSite.Model;
using StaticSite.Reading;

namespace StaticSite.Core.Tests.Config;

public sealed class ConfigBodiesTests
{
    [Fact]
    public void Bodies_added_in_the_config_are_known_to_the_registry()
    {
        var config = SiteConfigLoader.Parse("""
            { "bodies": [ { "name": "Trung tâm Chuyển đổi số {committee}", "aliases": ["TTCĐS"] } ] }
            """, "site.config.json");
        var registry = ContentReader.RegistryFor(config);
        var issuer = new Issuer("Tỉnh ủy Quảng Ngãi", "Tỉnh ủy Quảng Ngãi", CommitteeLevel.ProvinceParty, "Quảng Ngãi", IssuerSource.Metadata, null);

        var unknownBefore = ContentReader.RegistryFor(new SiteConfig()).Resolve("Trung tâm Chuyển đổi số Tỉnh ủy", issuer);
        var known = registry.Resolve("Trung tâm Chuyển đổi số Tỉnh ủy", issuer);
        Assert.False(unknownBefore.IsKnown);
        Assert.True(known.IsKnown);
        Assert.Equal(known.Id, registry.Resolve("TTCĐS", issuer).Id);
    }
}
