namespace StaticSite.Site.Tests.Browser;

/// <summary><c>build --pdf</c>: the checklists printed inside the atomic build, linked from their pages and body pages; a failed print keeps the old site.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BuildPdfTests(BrowserFixture browser)
{
    [Fact]
    public void The_build_prints_every_checklist_links_it_and_a_failed_print_keeps_the_site_it_had()
    {
        _ = browser;
        var project = TestSites.Project(new Dictionary<string, string> { ["ke-hoach.txt"] = TestSites.SmallProgram });
        var output = Path.Combine(project, "_site");
        var options = new BuildOptions { ConfigPath = Path.Combine(project, "site.config.json"), Output = output, Pdf = true, Browser = "/usr/bin/chromium" };
        var result = SiteBuilder.Build(options);
        Assert.True(result.Success, string.Join("\n", result.Errors));

        var checklists = Directory.GetFiles(Path.Combine(output, "checklists"), "*.html").Where(f => Path.GetFileName(f) != "index.html").ToList();
        Assert.NotEmpty(checklists);
        foreach (var checklist in checklists)
        {
            var slug = Path.GetFileNameWithoutExtension(checklist);
            var pdf = Path.Combine(output, "pdf", slug + ".pdf");
            Assert.True(File.Exists(pdf), $"no pdf/{slug}.pdf");
            Assert.StartsWith("Danh sách kiểm tra: ", PdfText.Flatten(PdfText.Extract(pdf)).Trim(), StringComparison.Ordinal);
            Assert.Contains($"href=\"../pdf/{slug}.pdf\"", File.ReadAllText(checklist), StringComparison.Ordinal);
            Assert.Contains($"href=\"../pdf/{slug}.pdf\"", File.ReadAllText(Path.Combine(output, "bodies", slug + ".html")), StringComparison.Ordinal);
        }
        var before = TestSites.Hashes(output);

        // The same build with a browser that is not there: a Vietnamese error, a failing exit code, the site as it was.
        File.AppendAllText(Path.Combine(project, "content", "ke-hoach.txt"), "\n");
        var failed = SiteBuilder.Build(options with { Browser = "/khong/co/chromium" });
        Assert.False(failed.Success);
        Assert.NotEqual(0, failed.ExitCode);
        Assert.Contains(failed.Errors, e => e.Contains("Chromium", StringComparison.Ordinal));
        Assert.Equal(before, TestSites.Hashes(output));
    }
}
