using StaticSite.Site.Serve;

namespace StaticSite.Site.Tests.Browser;

public sealed class SiteWatcherTests
{
    [Theory]
    [InlineData("/w/content/a.txt", true)]
    [InlineData("/w/theme/_Layout.cshtml", true)]
    [InlineData("/w/content/.a.txt.swp", false)]
    [InlineData("/w/content/a.txt~", false)]
    [InlineData("/w/content/.#a.txt", false)]
    [InlineData("/w/content/4913", false)]
    public void Editor_swap_and_backup_files_do_not_trigger_a_build(string path, bool relevant) =>
        Assert.Equal(relevant, SiteWatcher.IsRelevant(path));

    [Theory]
    [InlineData("/w/_site/index.html", true)]
    [InlineData("/w/_site", true)]
    [InlineData("/w/._site.staging-42/index.html", true)]
    [InlineData("/w/._site.old-42", true)]
    [InlineData("/w/_sites/index.html", false)]
    [InlineData("/w/content/_site.txt", false)]
    [InlineData("/w/content/a.txt", false)]
    public void Writes_of_the_build_itself_are_recognised(string path, bool output) =>
        Assert.Equal(output, SiteWatcher.IsBuildOutput(path, "/w/_site"));

    [Fact]
    public async Task A_change_in_a_watched_folder_calls_back_with_its_path_and_output_writes_do_not()
    {
        var root = StaticSite.Tests.TestPaths.NewTempDir("staticsite-watch");
        var content = Directory.CreateDirectory(Path.Combine(root, "content")).FullName;
        var site = Directory.CreateDirectory(Path.Combine(root, "_site")).FullName;
        var changes = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var fired = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watcher = new SiteWatcher([root], TimeSpan.FromMilliseconds(100), path => { changes.Enqueue(path); fired.TrySetResult(path); }, [site]);

        File.WriteAllText(Path.Combine(site, "index.html"), "x");
        File.WriteAllText(Path.Combine(content, "a.txt"), "văn bản");
        var path = await fired.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(Path.Combine(content, "a.txt"), path);
        Assert.DoesNotContain(changes, p => p.StartsWith(site, StringComparison.Ordinal));
    }
}
