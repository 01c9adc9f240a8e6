namespace StaticSite.Site.Tests.Browser;

/// <summary>The sample site (<c>content/</c> with the repository's <c>site.config.json</c> and <c>theme/</c>), built once into a temp folder for all browser tests.</summary>
public sealed class SampleSite
{
    private static readonly Lazy<SampleSite> Shared = new(() => new SampleSite());

    private SampleSite()
    {
        Directory = Path.Combine(StaticSite.Tests.TestPaths.NewTempDir("staticsite-sample"), "site");
        Result = SiteBuilder.Build(new BuildOptions
        {
            ConfigPath = StaticSite.Tests.TestPaths.SampleConfig,
            Output = Directory,
        });
    }

    /// <summary>The one build of the sample site; a failed build fails every test that uses it, with the build's errors.</summary>
    public static SampleSite Instance
    {
        get
        {
            var site = Shared.Value;
            if (!site.Result.Success)
                throw new InvalidOperationException($"The sample site did not build (exit {site.Result.ExitCode}):\n" + string.Join("\n", site.Result.Errors));
            return site;
        }
    }

    /// <summary>The built site folder.</summary>
    public string Directory { get; }

    /// <summary>What the build reported.</summary>
    public BuildResult Result { get; }

    /// <summary>Site-relative paths of the checklist pages of bodies (<c>checklists/&lt;body&gt;.html</c>), ordinal order.</summary>
    public IReadOnlyList<string> ChecklistPages() => PagesIn("checklists");

    /// <summary>Site-relative paths of the program pages (<c>programs/&lt;slug&gt;.html</c>), ordinal order.</summary>
    public IReadOnlyList<string> ProgramPages() => PagesIn("programs");

    /// <summary>The pages of <paramref name="folder"/> but its index, in ordinal order.</summary>
    private IReadOnlyList<string> PagesIn(string folder) =>
        [.. Result.Pages.Where(p => p.StartsWith(folder + "/", StringComparison.Ordinal) && p != folder + "/index.html").Order(StringComparer.Ordinal)];

    /// <summary>Site-relative paths of the comparison pages made for pairs (<c>compare/&lt;a&gt;--&lt;b&gt;.html</c>), ordinal order.</summary>
    public IReadOnlyList<string> ComparisonPages() => [.. PagesIn("compare").Where(p => p.Contains("--", StringComparison.Ordinal))];

    /// <summary>The two program slugs of a comparison page's path.</summary>
    public static (string A, string B) PairOf(string comparisonPage)
    {
        var name = Path.GetFileNameWithoutExtension(comparisonPage);
        var cut = name.IndexOf("--", StringComparison.Ordinal);
        return (name[..cut], name[(cut + 2)..]);
    }

    /// <summary>One page of each kind the theme renders, by a short name (for accessibility checks and screenshots).</summary>
    public IReadOnlyList<(string Name, string Path)> PageTypes()
    {
        string First(string folder) => PagesIn(folder)[0];
        var types = new List<(string, string)>
        {
            ("home", "index.html"), ("program", First("programs")), ("bodies", "bodies/index.html"), ("body", First("bodies")),
            ("references", "references/index.html"), ("reference", First("references")), ("checklists", "checklists/index.html"),
            ("checklist", First("checklists")), ("deadlines", "deadlines.html"), ("search", "search.html?q=to%20chuc"), ("not-found", "404.html"),
        };
        if (ComparisonPages().FirstOrDefault() is { } comparison)
        {
            var (a, b) = PairOf(comparison);
            types.Add(("compare", comparison));
            types.Add(("compare-index", "compare/index.html"));
            types.Add(("compare-pick", $"compare/chon.html?a={a}&b={b}"));
        }
        return types;
    }

    /// <summary>The <c>file://</c> URL of a page of the site.</summary>
    public string FileUrl(string relative)
    {
        var query = relative.IndexOf('?') is var q and >= 0 ? q : relative.Length;
        return new Uri(Path.Combine(Directory, relative[..query])).AbsoluteUri + relative[query..];
    }
}
