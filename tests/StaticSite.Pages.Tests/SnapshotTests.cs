using StaticSite.Tests;

namespace StaticSite.Pages.Tests;

/// <summary>Approved pages of the hand-built corpus (<see cref="SampleCorpus"/>), one of each kind.</summary>
public sealed class SnapshotTests
{
    private static MarkdownPage Page(string path) =>
        MarkdownSiteWriter.Write(SampleCorpus.Build(), new Dictionary<string, DocumentStatus> { ["a-can-tho"] = new(0, 2, 1), ["b-can-tho"] = new(1, 0, 0) })
            .Single(p => p.Path == path);

    [Fact] public void Program_page() => Snapshot.Verify("pages", "sample-program", Page("programs/a-can-tho.md").FileText, "md");
    [Fact] public void Body_page() => Snapshot.Verify("pages", "sample-body", Page("bodies/ban-to-chuc-thanh-uy-can-tho.md").FileText, "md");
    [Fact] public void Reference_page() => Snapshot.Verify("pages", "sample-reference", Page("references/28-nq-tw.md").FileText, "md");
    [Fact] public void Checklist_page() => Snapshot.Verify("pages", "sample-checklist", Page("checklists/ban-to-chuc-thanh-uy-can-tho.md").FileText, "md");
    [Fact] public void Index_page() => Snapshot.Verify("pages", "sample-index", Page("index.md").FileText, "md");
}
