using System.Collections.Immutable;

namespace StaticSite.Site.Theming;

/// <summary>Mục lục so sánh (<c>compare/index.html</c>, template <c>compare-index.cshtml</c>): per resolution, the comparison pages made and the page that compares any other two.</summary>
public sealed class CompareIndexPageModel : PageModel
{
    /// <summary>The resolutions two or more programs implement, in Vietnamese order.</summary>
    public required ImmutableArray<CompareResolution> Resolutions { get; init; }

    /// <summary>Site-relative path of the on-demand comparison page.</summary>
    public required string Picker { get; init; }
}

/// <summary>A resolution (nghị quyết) and the programs that implement it, with their comparison pages.</summary>
/// <param name="Id">The resolution's id (<c>28-NQ/TW</c>).</param>
/// <param name="Reference">Site-relative path of its reference page, or empty when the site has none.</param>
/// <param name="Programs">The programs that implement it, in input order (text: title; target: the program's page).</param>
/// <param name="Pages">The comparison pages made for it (text: the two committees, "A — B"; target: the page), in input order of the pairs.</param>
/// <param name="PickerQuery">The on-demand page's query that selects this resolution (<c>?r=28-NQ%2FTW</c>).</param>
public sealed record CompareResolution(string Id, string Reference, ImmutableArray<LinkModel> Programs, ImmutableArray<LinkModel> Pages, string PickerQuery);

/// <summary>
/// So sánh hai chương trình bất kỳ (<c>compare/chon.html</c>, template <c>compare-pick.cshtml</c>): two selects per
/// resolution; <c>assets/compare.js</c> loads the two programs' data scripts and aligns them in the browser.
/// </summary>
public sealed class ComparePickerPageModel : PageModel
{
    /// <summary>The resolutions and their programs (text: label and title; target: slug).</summary>
    public required ImmutableArray<ComparePickerResolution> Resolutions { get; init; }

    /// <summary>Site-relative paths of the comparison pages made, so the page can point to one when the pair has it.</summary>
    public required ImmutableArray<string> Pages { get; init; }

    /// <summary>Items scoring below this are never paired (<c>ProgramComparer.ItemThreshold</c>), invariant format for the script.</summary>
    public string Threshold => StaticSite.Compare.ProgramComparer.ItemThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The lower bound of "gần giống" (<c>SimilarityBands.Close</c>), invariant format for the script.</summary>
    public string CloseBand => StaticSite.Compare.SimilarityBands.Close.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A resolution of the on-demand page and the programs to pick from.</summary>
/// <param name="Id">The resolution's id.</param>
/// <param name="Programs">Its programs: slug and the name shown in the selects.</param>
public sealed record ComparePickerResolution(string Id, ImmutableArray<ComparePickerProgram> Programs);

/// <summary>A program to pick.</summary>
/// <param name="Slug">Its slug (its data script is <c>compare/data/&lt;slug&gt;.js</c>).</param>
/// <param name="Name">What the select shows: its committee and title.</param>
public sealed record ComparePickerProgram(string Slug, string Name);
