using System.Collections.Immutable;
using StaticSite.Bodies;
using StaticSite.Config;
using StaticSite.Model;

namespace StaticSite.Reading;

/// <summary>Everything one build reads: the documents of the content folder, the registry they were resolved with, the config and the build date.</summary>
/// <param name="Documents">Documents ordered by path (ordinal), slugs unique.</param>
/// <param name="Registry">The registry (shipped bodies plus the config's).</param>
/// <param name="Config">The config.</param>
/// <param name="BuildDate">Ngày lập: the date the build is stamped with.</param>
public sealed record Corpus(ImmutableArray<ProgramDocument> Documents, BodyRegistry Registry, SiteConfig Config, DateOnly BuildDate);
