using StaticSite.Tests;

namespace StaticSite.Site.Tests;

/// <summary>
/// Issue 13: a site rebuilt into the same output, change after change, is byte for byte the site a clean build of the
/// same input gives — whatever the output kept from the build before (comparison pages of a deleted program, a renamed
/// document's old pages, a template's old markup) must not survive.
/// </summary>
public sealed class IncrementalBuildTests
{
    private static string Program(string province, string task) => TestSites.SmallProgram
        .Replace("Tỉnh ủy ban hành", $"Tỉnh ủy {province} ban hành", StringComparison.Ordinal)
        .Replace("chủ trì tuyên truyền", "chủ trì " + task, StringComparison.Ordinal);

    [Fact]
    public void Every_rebuild_after_an_edit_add_delete_rename_template_or_config_change_equals_a_clean_build()
    {
        var project = TestSites.Project(new Dictionary<string, string>
        {
            ["a.txt"] = Program("An Lộc", "tuyên truyền"),
            ["b.txt"] = Program("Bình Điền", "tuyên truyền"),
            ["c.txt"] = Program("Hòa Xuân", "kiểm tra"),
        });
        var content = Path.Combine(project, "content");
        var output = Path.Combine(project, "_site");
        var steps = new (string What, Action Change)[]
        {
            ("first build", () => { }),
            ("edit a document", () => File.WriteAllText(Path.Combine(content, "b.txt"), Program("Bình Điền", "giám sát việc thực hiện"))),
            ("add a document", () => File.WriteAllText(Path.Combine(content, "d.txt"), Program("Phú Sơn", "sơ kết"))),
            ("delete a document", () => File.Delete(Path.Combine(content, "a.txt"))),
            ("rename a document", () => File.Move(Path.Combine(content, "c.txt"), Path.Combine(content, "e.txt"))),
            ("change a template", () => File.AppendAllText(Path.Combine(project, "theme", "program.cshtml"), "\n<p class=\"test-marker\">thay đổi</p>\n")),
            ("change the config", () => File.WriteAllText(Path.Combine(project, "site.config.json"),
                """{ "title": "Thử nghiệm đổi tên", "buildDate": "2026-02-01", "compare": { "closest": 1 } }""")),
        };
        var previous = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (what, change) in steps)
        {
            change();
            var result = SiteBuilder.Build(new BuildOptions { ConfigPath = Path.Combine(project, "site.config.json"), Output = output });
            Assert.True(result.Success, what);
            // The first build writes everything; every later one keeps the files whose bytes it would write again.
            if (what == "first build") Assert.Equal(0, result.FilesUnchanged);
            else Assert.True(result.FilesUnchanged > 0 && result.FilesWritten > 0, $"{what}: {result.FilesWritten} written, {result.FilesUnchanged} kept");
            Assert.True(Directory.Exists(Path.Combine(project, BuildCacheFolder, "documents")), what);
            // The clean build: a copy of the project without its cache (.staticsite-cache: documents read before, the published files).
            var copy = TestPaths.NewTempDir("clean");
            TestSites.CopyDir(project, copy);
            TestPaths.DeleteTree(Path.Combine(copy, BuildCacheFolder));
            TestPaths.DeleteTree(Path.Combine(copy, "_site"));
            var clean = Path.Combine(copy, "_site");
            Assert.True(SiteBuilder.Build(new BuildOptions { ConfigPath = Path.Combine(copy, "site.config.json"), Output = clean }).Success, what);
            var rebuilt = TestSites.Hashes(output);
            Assert.True(rebuilt.Count > 10, what);
            Assert.True(rebuilt.SequenceEqual(TestSites.Hashes(clean)), $"{what}: the rebuilt site differs from a clean build");
            // Each step changes the site: the comparison above is not of two unchanged trees.
            Assert.False(rebuilt.SequenceEqual(previous), $"{what}: nothing changed");
            previous = rebuilt;
        }
        Assert.Contains("test-marker", File.ReadAllText(Path.Combine(output, "programs", Directory.GetFiles(Path.Combine(output, "programs"))[0])), StringComparison.Ordinal);
    }

    private const string BuildCacheFolder = Building.BuildCache.FolderName;

    [Fact]
    public void A_rebuild_writes_only_the_files_whose_bytes_changed()
    {
        var project = TestSites.Project(new Dictionary<string, string>
        {
            ["a.txt"] = Program("An Lộc", "tuyên truyền"),
            ["b.txt"] = Program("Bình Điền", "kiểm tra"),
        });
        var config = Path.Combine(project, "site.config.json");
        var output = Path.Combine(project, "_site");
        var first = SiteBuilder.Build(new BuildOptions { ConfigPath = config, Output = output });
        Assert.True(first.Success);
        var before = Times(output);

        // Nothing changed: no document is read again, nothing is written, every file keeps its time.
        var same = SiteBuilder.Build(new BuildOptions { ConfigPath = config, Output = output });
        Assert.Equal(0, first.DocumentsCached);
        Assert.Equal(2, same.DocumentsCached);
        // The comparison of the two programs and the checklists' spreadsheets are not made again either.
        Assert.Equal(0, first.PagesCached);
        Assert.True(same.PagesCached > 1 && Directory.GetFiles(Path.Combine(output, "compare"), "*--*.html").Length == 1, $"{same.PagesCached} from the cache");
        Assert.Equal(0, same.FilesWritten);
        Assert.Equal(before.Count, same.FilesUnchanged);
        Assert.Equal(before, Times(output));

        // One document edited: its page is written, the other program's page is kept as it was.
        File.WriteAllText(Path.Combine(project, "content", "b.txt"), Program("Bình Điền", "giám sát việc thực hiện"));
        var edited = SiteBuilder.Build(new BuildOptions { ConfigPath = config, Output = output });
        Assert.True(edited.Success);
        Assert.Equal(1, edited.DocumentsCached);
        var after = Times(output);
        const string pageA = "programs/a.html", pageB = "programs/b.html";
        Assert.Equal(before[pageA], after[pageA]);
        Assert.NotEqual(before[pageB], after[pageB]);
        Assert.Contains("giám sát việc thực hiện", File.ReadAllText(Path.Combine(output, pageB)), StringComparison.Ordinal);
        Assert.True(edited.FilesWritten < edited.FilesUnchanged, $"{edited.FilesWritten} written, {edited.FilesUnchanged} kept");

        // A published file changed by hand is written anew, not trusted.
        var home = Path.Combine(output, "index.html");
        var published = File.ReadAllText(home);
        File.WriteAllText(home, published.Replace("</main>", "<p>sửa tay</p></main>", StringComparison.Ordinal));
        Assert.True(SiteBuilder.Build(new BuildOptions { ConfigPath = config, Output = output }).Success);
        Assert.Equal(published, File.ReadAllText(home));
    }

    // Each file's last write time: kept by a file the build links, new for a file it writes (the site's marker aside).
    private static SortedDictionary<string, long> Times(string site) => new(
        Directory.GetFiles(site, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != Building.SwapStage.Marker)
            .ToDictionary(f => Path.GetRelativePath(site, f).Replace('\\', '/'), f => File.GetLastWriteTimeUtc(f).Ticks), StringComparer.Ordinal);

    [Fact]
    public void A_stale_file_left_in_the_output_makes_the_trees_differ()
    {
        // The check above can fail: a site with one file more than the clean build is not equal to it.
        var project = TestSites.Project(new Dictionary<string, string> { ["a.txt"] = Program("An Lộc", "tuyên truyền") });
        var output = Path.Combine(project, "_site");
        Assert.True(SiteBuilder.Build(new BuildOptions { ConfigPath = Path.Combine(project, "site.config.json"), Output = output }).Success);
        var clean = TestSites.Hashes(output);
        File.WriteAllText(Path.Combine(output, "programs", "cu.html"), "<p>trang cũ</p>");
        Assert.False(TestSites.Hashes(output).SequenceEqual(clean));
    }
}
