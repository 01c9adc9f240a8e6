using System.Collections.Immutable;
using StaticSite.Diagnostics;

namespace StaticSite.Site;

/// <summary>The outcome of a build.</summary>
/// <param name="ExitCode">0 published; 1 not published (validation errors, broken links, theme errors); 2 could not run (unusable config or output path, no documents).</param>
/// <param name="OutputDir">The absolute output folder (written only when <paramref name="ExitCode"/> is 0).</param>
/// <param name="Errors">Why the build did not publish, in Vietnamese, one line each (with file and line where known).</param>
/// <param name="Diagnostics">Findings about the documents (validator and reader).</param>
/// <param name="Pages">Site-relative paths of the HTML pages written, ordinal order.</param>
public sealed record BuildResult(int ExitCode, string OutputDir, ImmutableArray<string> Errors, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<string> Pages)
{
    /// <summary>The config the build used; null when it could not be read.</summary>
    public StaticSite.Config.SiteConfig? Config { get; init; }

    /// <summary>Things the person should know that did not stop the build (Vietnamese, one line each), such as an old site that could not be deleted.</summary>
    public ImmutableArray<string> Notices { get; init; } = [];

    /// <summary>The findings that block publishing, one line each as the build and the preview print them: <c>file:line:col: lỗi [rule] message</c>.</summary>
    public IEnumerable<string> ErrorLines() =>
        Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => $"{d.Span}: lỗi [{d.Rule}] {d.Message}");

    /// <summary>How many files of the published site the build wrote (new, or their bytes changed).</summary>
    public int FilesWritten { get; init; }

    /// <summary>How many files of the published site were already there with the same bytes and were kept, not written (<see cref="Building.OutputManifest"/>).</summary>
    public int FilesUnchanged { get; init; }

    /// <summary>How many document reads were loaded from the build cache (documents unchanged since a build before).</summary>
    public int DocumentsCached { get; init; }

    /// <summary>How many costly files (comparison pages, checklist spreadsheets) were taken from the build cache.</summary>
    public int PagesCached { get; init; }

    /// <summary>True when the site was published.</summary>
    public bool Success => ExitCode == 0;
}
