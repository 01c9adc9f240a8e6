using System.Collections.Immutable;
using StaticSite.Config;
using StaticSite.Diagnostics;
using StaticSite.Reading;
using StaticSite.Site.Theming;

namespace StaticSite.Site.Building;

/// <summary>The state one build carries from stage to stage. Stages fill it in order; a stage that records an error stops the build.</summary>
public sealed class BuildContext
{
    /// <summary>The config.</summary>
    public required SiteConfig Config { get; init; }

    /// <summary>Absolute content folder.</summary>
    public required string ContentDir { get; init; }

    /// <summary>Absolute output folder.</summary>
    public required string OutputDir { get; init; }

    /// <summary>Absolute theme folder.</summary>
    public required string ThemeDir { get; init; }

    /// <summary>How to print the checklists to PDF inside the build (written into the staging folder before the swap); null for no PDFs.</summary>
    public Pdf.PdfOptions? Pdf { get; init; }

    /// <summary>Files the swap writes besides <see cref="Output"/> (the PDFs): pages may link them.</summary>
    public HashSet<string> Promised { get; } = new(StringComparer.Ordinal);

    /// <summary>Progress sink, or null.</summary>
    public IBuildProgress? Progress { get; init; }

    /// <summary>The validator (the real one or a stand-in).</summary>
    public IDocumentValidator Validator { get; init; } = new GenreValidator();

    /// <summary>How many reads were loaded from the build cache instead of read (set by <see cref="ReadStage"/>).</summary>
    public int DocumentsCached { get; set; }

    /// <summary>How many costly files (comparison pages, spreadsheets) were taken from the build cache (set by <see cref="RenderHtmlStage"/>).</summary>
    public int PagesCached { get; set; }

    /// <summary>The documents read (set by <see cref="ReadStage"/>).</summary>
    public Corpus? Corpus { get; set; }

    /// <summary>The Markdown pages (set by <see cref="WriteMarkdownStage"/>).</summary>
    public ImmutableArray<SourcePage> MarkdownPages { get; set; } = [];

    /// <summary>The checklists, one per responsible body (set by <see cref="WriteMarkdownStage"/>).</summary>
    public ImmutableArray<Pages.Checklist> Checklists { get; set; } = [];

    /// <summary>The planned HTML page of each referenced document, by reference id (set by <see cref="WriteMarkdownStage"/>).</summary>
    public ImmutableDictionary<string, string> ReferencePages { get; set; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The theme renderer, one per build (set by <see cref="RenderHtmlStage"/>).</summary>
    public ThemeRenderer? Theme { get; set; }

    /// <summary>The files of the site, written to the staging folder as they are added (<see cref="SiteOutput"/>).</summary>
    public SiteOutput Output => _output ??= new SiteOutput(OutputDir, Cache is null ? null : OutputManifest.Load(Cache.ManifestOf(OutputDir)));

    private SiteOutput? _output;

    /// <summary>The cache the build reads and writes (<see cref="BuildCache"/>); null for none (every file written).</summary>
    public BuildCache? Cache { get; init; }

    /// <summary>Why the build cannot publish (Vietnamese, one line each).</summary>
    public List<string> Errors { get; } = [];

    /// <summary>True when an error means the build could not run at all (exit 2: no documents, unusable folders) rather than that the documents are wrong (exit 1).</summary>
    public bool CouldNotRun { get; set; }

    /// <summary>Things the person should know that do not stop the build (Vietnamese, one line each).</summary>
    public List<string> Notices { get; } = [];

    /// <summary>Findings about the documents.</summary>
    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>Adds a file; the path is checked to stay inside the site.</summary>
    /// <exception cref="UnsafePathException">The path would leave the output folder.</exception>
    public void AddFile(string path, byte[] content) => Output.Add(path, content);

    /// <summary>Adds a UTF-8 text file (LF line ends as given).</summary>
    public void AddText(string path, string text) => Output.AddText(path, text);

    /// <summary>The site-relative paths of the HTML pages, ordinal order.</summary>
    public IEnumerable<string> HtmlPages => Output.HtmlPages;

    /// <summary>The text of file <paramref name="path"/>.</summary>
    public string Text(string path) => Output.Text(path);
}
