using System.Diagnostics;
using StaticSite.Reading;
using StaticSite.Site.Building;
using StaticSite.Site.Serve;
using StaticSite.Tests;

namespace StaticSite.Site.Tests;

/// <summary>Issue #16 (nothing lost, nothing wiped, nothing hangs), the build side: each test is named after its point.</summary>
public sealed class Issue16BuildTests
{
    private static readonly Dictionary<string, string> One = new() { ["ke-hoach.txt"] = TestSites.SmallProgram };

    private static BuildOptions In(string project, string? output = null, string? content = null) => new()
    {
        ConfigPath = Path.Combine(project, "site.config.json"),
        Output = output,
        Content = content,
    };

    private static string Built(Dictionary<string, string>? documents = null, string? config = null)
    {
        var project = config is null ? TestSites.Project(documents ?? One) : TestSites.Project(documents ?? One, config);
        var first = SiteBuilder.Build(In(project));
        Assert.True(first.Success, string.Join("\n", first.Errors));
        return project;
    }

    [Fact]
    public void Point2_a_build_that_finds_no_document_refuses_with_exit_2_and_keeps_the_previous_site()
    {
        var project = Built();
        var output = Path.Combine(project, "_site");
        var before = TestSites.Hashes(output);
        var empty = Directory.CreateDirectory(Path.Combine(project, "trong")).FullName;

        var result = SiteBuilder.Build(In(project, content: empty));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.Errors, e => e.Contains("không có văn bản nào") && e.Contains(empty));
        Assert.Equal(before, TestSites.Hashes(output));

        var (code, _, err) = TestSites.RunCli(project, "build", "--content", "trong");
        Assert.Equal(2, code);
        Assert.Contains("không có văn bản nào", err);
        Assert.Equal(before, TestSites.Hashes(output));
    }

    [Fact]
    public void Point3_a_documents_key_that_names_no_file_is_an_error_with_its_line_and_the_closest_name()
    {
        const string config = "{\n  \"title\": \"Thử\",\n  \"buildDate\": \"2026-01-01\",\n  \"documents\": {\n    \"ke-hoac.txt\": { \"issuer\": \"Tỉnh ủy Quảng Ngãi\" }\n  }\n}\n";
        var project = TestSites.Project(One, config);
        var result = SiteBuilder.Build(In(project));
        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.Errors);
        Assert.Contains("site.config.json:5:", error);
        Assert.Contains("\"ke-hoac.txt\"", error);
        Assert.Contains("có phải là \"ke-hoach.txt\"?", error);
        Assert.False(Directory.Exists(Path.Combine(project, "_site")));

        var (code, _, err) = TestSites.RunCli(project, "validate");
        Assert.Equal(2, code);
        Assert.Contains("site.config.json:5:", err);
        Assert.Contains("có phải là \"ke-hoach.txt\"?", err);
    }

    [Fact]
    public void Point3_a_metadata_value_that_changes_nothing_is_reported()
    {
        var read = ProgramReader.ReadText(TestSites.SmallProgram, "ke-hoach.txt", ReaderOptions.Default);
        var issuer = read.Issuer?.Name;
        Assert.False(string.IsNullOrEmpty(issuer));
        var config = $"{{\n  \"title\": \"Thử\",\n  \"buildDate\": \"2026-01-01\",\n  \"documents\": {{\n    \"ke-hoach.txt\": {{ \"issuer\": \"{issuer}\" }}\n  }}\n}}\n";
        var project = TestSites.Project(One, config);
        var result = SiteBuilder.Build(In(project));
        Assert.True(result.Success, string.Join("\n", result.Errors));
        var notice = Assert.Single(result.Notices);
        Assert.Contains("site.config.json:5:", notice);
        Assert.Contains("không thay đổi gì", notice);
    }

    [Fact]
    public void Point5_a_plain_build_keeps_the_pdfs_an_earlier_pdf_command_wrote()
    {
        var project = Built();
        var pdf = Path.Combine(project, "_site", "pdf", "van-phong-tinh-uy.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(pdf)!);
        File.WriteAllBytes(pdf, [0x25, 0x50, 0x44, 0x46, 1, 2, 3]);

        var again = SiteBuilder.Build(In(project));
        Assert.True(again.Success, string.Join("\n", again.Errors));
        Assert.Equal([0x25, 0x50, 0x44, 0x46, 1, 2, 3], File.ReadAllBytes(pdf));
    }

    [Fact]
    public void Point6_tests_read_their_own_samples_and_never_the_content_folder()
    {
        Assert.StartsWith(TestPaths.Fixtures + Path.DirectorySeparatorChar, TestPaths.Content, StringComparison.Ordinal);
        Assert.StartsWith(TestPaths.Fixtures + Path.DirectorySeparatorChar, TestPaths.SampleConfig, StringComparison.Ordinal);
        Assert.Equal(5, TestPaths.Samples.Count);
        // No test reaches for the repository's content/ or builds from the repository's config (which points at content/).
        string[] forbidden = ["TestPaths.Root, \"content\"", "Root, \"site.config.json\"), TestPaths.Content", "Path.Combine(TestPaths.Root, SiteConfigLoader.FileName)", "ConfigPath = Path.Combine(TestPaths.Root"];
        var offenders = Directory.EnumerateFiles(Path.Combine(TestPaths.Root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.EndsWith(nameof(Issue16BuildTests) + ".cs", StringComparison.Ordinal))
            .SelectMany(f => forbidden.Where(File.ReadAllText(f).Contains).Select(s => $"{f}: {s}"))
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void Point6_a_document_added_to_the_content_folder_changes_nothing_the_tests_read()
    {
        // The sample site the tests build comes from the fixture config; an extra document in a copy of content/ is not in it.
        var inputs = TestSites.Sample(Path.Combine(TestPaths.NewTempDir("p6"), "_site")).Resolve();
        Assert.Equal(TestPaths.Content, inputs.Content);
        Assert.NotEqual(Path.Combine(TestPaths.Root, "content"), inputs.Content);
        var corpus = ContentReader.Load(inputs.Config, inputs.Content);
        Assert.Equal(TestPaths.Samples.Select(Path.GetFileName), corpus.Documents.Select(d => d.Path));
    }

    [Fact]
    public void Point7_every_temp_folder_of_a_test_lives_under_the_run_root_that_is_deleted_at_exit()
    {
        var dir = TestPaths.NewTempDir("p7");
        Assert.StartsWith(TestPaths.TempRoot + Path.DirectorySeparatorChar, dir, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(Path.GetTempPath(), TestPaths.TempPrefix + Environment.ProcessId), TestPaths.TempRoot);
        // The cleanup removes what tests leave read-only or linked, without following a link out.
        var outside = TestPaths.NewTempDir("p7-outside");
        File.WriteAllText(Path.Combine(outside, "keep.txt"), "x");
        var inner = Directory.CreateDirectory(Path.Combine(dir, "a", "b")).FullName;
        File.WriteAllText(Path.Combine(inner, "f.txt"), "x");
        File.CreateSymbolicLink(Path.Combine(dir, "link"), outside);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(inner, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        TestPaths.DeleteTree(dir);
        Assert.False(Directory.Exists(dir));
        Assert.True(File.Exists(Path.Combine(outside, "keep.txt")));
        Assert.Equal(Path.Combine(TestPaths.Root, "TestResults", "screenshots"), Browser.BrowserFixture.ArtifactsDirectory);
    }

    [Fact]
    public void Point8_a_failed_rebuild_prints_the_findings_with_file_and_line()
    {
        var project = TestSites.Project(new Dictionary<string, string> { ["ke-hoach.txt"] = "Một dòng không thuộc mục nào.\n" });
        var outcome = SitePreview.Outcome(SiteBuilder.Build(In(project)));
        Assert.False(outcome.Succeeded);
        Assert.Matches(@"ke-hoach\.txt:\d+:\d+: lỗi \[missing-", outcome.Message);
        Assert.Contains("Sửa các lỗi trên", outcome.Message);
    }

    [Fact]
    public void Point8_a_template_error_is_reported_at_its_own_file_and_line()
    {
        var project = TestSites.Project(One);
        var layout = Path.Combine(project, "theme", "_Layout.cshtml");
        var lines = File.ReadAllLines(layout).ToList();
        var at = lines.FindIndex(l => l.Contains("</footer>"));
        Assert.True(at > 0);
        lines[at] += " @Model.NoSuchThing";
        File.WriteAllLines(layout, lines);

        var result = SiteBuilder.Build(In(project));
        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Errors);
        Assert.Contains($"_Layout.cshtml:{at + 1}:", error);
        Assert.DoesNotContain("body.cshtml (", error);
        Assert.DoesNotContain("program.cshtml (", error);
    }

    [Fact]
    public void Point9_reference_pages_are_linked_at_the_planned_paths_not_a_second_slug()
    {
        var project = TestSites.Project(new Dictionary<string, string> { ["a.txt"] = TestSites.SmallProgram, ["b.txt"] = TestSites.SmallProgram.Replace("Nguyễn Văn A", "Trần Văn B") });
        // Two ids that slug alike: the plan gave 28-NQ/TW the second address; a second Slug.From would send links to the other page.
        MarkdownOutput Collide(Corpus corpus, IReadOnlyList<Diagnostics.Diagnostic> diagnostics)
        {
            var real = PagesMarkdownWriter.Write(corpus, diagnostics);
            var planned = Assert.Single(real.ReferencePages!, r => r.Key == "28-NQ/TW").Value;
            var moved = planned.Replace(".html", "-2.html");
            var pages = real.Pages.Select(p => p.HtmlPath == planned ? p with { Path = Path.ChangeExtension(moved, ".md") } : p).ToList();
            pages.Add(new SourcePage(Path.ChangeExtension(planned, ".md"), SourcePageKind.Reference, "Nghị quyết số 28-NQ-TW", "Một văn bản khác.", "# Nghị quyết số 28-NQ-TW\n"));
            return new([.. pages.Select(p => p with { Markdown = p.Markdown.Replace(Path.GetFileName(Path.ChangeExtension(planned, ".md")), Path.GetFileName(Path.ChangeExtension(moved, ".md"))) })],
                real.Checklists, real.ReferencePages!.SetItem("28-NQ/TW", moved));
        }
        var result = SiteBuilder.Build(In(project) with { MarkdownWriter = Collide });
        Assert.True(result.Success, string.Join("\n", result.Errors));
        var site = Path.Combine(project, "_site");
        // The one comparison page (a--b.html), beside the index of comparisons and the on-demand page.
        var compare = Assert.Single(Directory.GetFiles(Path.Combine(site, "compare"), "*--*.html"));
        var html = File.ReadAllText(compare);
        Assert.Contains("28-nq-tw-2.html", html);
        Assert.DoesNotContain("references/28-nq-tw.html\"", html);
        Assert.Contains("compare/", File.ReadAllText(Path.Combine(site, "references", "28-nq-tw-2.html")));
        Assert.DoesNotContain("compare/", File.ReadAllText(Path.Combine(site, "references", "28-nq-tw.html")));
    }

    [Fact]
    public async Task Point10_the_content_folder_is_walked_safely()
    {
        var project = TestSites.Project(One);
        var content = Path.Combine(project, "content");
        var outside = TestPaths.NewTempDir("p10-outside");
        File.WriteAllText(Path.Combine(outside, "bi-mat.txt"), TestSites.SmallProgram.Replace("Nguyễn Văn A", "BÍ MẬT"));
        Directory.CreateSymbolicLink(Path.Combine(content, "x"), ".");
        Directory.CreateSymbolicLink(Path.Combine(content, "y"), ".");
        Directory.CreateSymbolicLink(Path.Combine(content, "ngoai"), outside);
        File.CreateSymbolicLink(Path.Combine(content, "zero.txt"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(content, "passwd.txt"), "/etc/passwd");
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(content, "ong.txt"))) mkfifo.WaitForExit();

        // A hang fails here instead of holding the run: WaitAsync throws TimeoutException.
        var listing = await Task.Run(() => ContentListing.Walk(content, project)).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(listing.Files.SequenceEqual([Path.Combine(content, "ke-hoach.txt")]), string.Join("\n", listing.Files));
        Assert.Equal(["content/ngoai", "content/ong.txt", "content/passwd.txt", "content/x", "content/y", "content/zero.txt"], listing.Findings.Select(f => f.Span.File));
        Assert.All(listing.Findings, f => Assert.Equal("unreadable-input", f.Rule));
        Assert.Contains("không phải tệp thường", listing.Findings.Single(f => f.Span.File == "content/ong.txt").Message);
        Assert.Contains("liên kết", listing.Findings.Single(f => f.Span.File == "content/passwd.txt").Message);

        var build = await Task.Run(() => SiteBuilder.Build(In(project))).WaitAsync(TimeSpan.FromSeconds(120));
        Assert.True(build.Success, string.Join("\n", build.Errors));
        Assert.Equal(6, build.Diagnostics.Count(d => d.Rule == "unreadable-input"));
        var published = Directory.EnumerateFiles(Path.Combine(project, "_site"), "*", SearchOption.AllDirectories).ToList();
        Assert.Single(published, f => f.Contains($"programs{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && f.EndsWith(".html", StringComparison.Ordinal));
        Assert.DoesNotContain(published, f => File.ReadAllText(f).Contains("root:x:0:0") || File.ReadAllText(f).Contains("BÍ MẬT"));

        var (code, stdout, _) = TestSites.RunCli(project, "validate");
        Assert.Equal(0, code);
        Assert.Contains("content/ong.txt:1:1: warning unreadable-input", stdout);
    }

    [Fact]
    public void Point13_the_swap_exchanges_the_two_folders_in_one_step()
    {
        var dir = TestPaths.NewTempDir("p13");
        var a = Directory.CreateDirectory(Path.Combine(dir, "a")).FullName;
        var b = Directory.CreateDirectory(Path.Combine(dir, "b")).FullName;
        File.WriteAllText(Path.Combine(a, "x"), "a");
        File.WriteAllText(Path.Combine(b, "x"), "b");
        Assert.True(SwapStage.Exchange(a, b));
        Assert.Equal("b", File.ReadAllText(Path.Combine(a, "x")));
        Assert.Equal("a", File.ReadAllText(Path.Combine(b, "x")));
    }

    [Fact]
    public void Point13_a_build_killed_right_after_the_swap_leaves_the_new_site_and_the_next_build_cleans_up()
    {
        var project = Built();
        var output = Path.Combine(project, "_site");
        var before = TestSites.Hashes(output);
        File.WriteAllText(Path.Combine(project, "content", "ke-hoach-2.txt"), TestSites.SmallProgram.Replace("Nguyễn Văn A", "Trần Văn B"));
        using var process = TestSites.StartCli(project, new Dictionary<string, string> { [SwapStage.AfterSwapDelayVariable] = "60000" }, "build");
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline && !File.Exists(Path.Combine(output, "programs", "ke-hoach-2.html"))) Thread.Sleep(50);
        process.Kill(true);
        process.WaitForExit();
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.True(File.Exists(Path.Combine(output, "programs", "ke-hoach-2.html")));
        Assert.NotEmpty(Directory.GetDirectories(project, "._site.*"));

        var again = SiteBuilder.Build(In(project));
        Assert.True(again.Success, string.Join("\n", again.Errors));
        Assert.Empty(Directory.GetDirectories(project, "._site.*"));
        Assert.NotEqual(before, TestSites.Hashes(output));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Point13_an_output_with_a_trailing_slash_builds_and_serves(bool inConfig)
    {
        var project = inConfig
            ? TestSites.Project(One, """{ "title": "Thử", "buildDate": "2026-01-01", "output": "_site/" }""")
            : TestSites.Project(One);
        var options = inConfig ? In(project) : In(project, output: Path.Combine(project, "_site") + "/");
        var result = SiteBuilder.Build(options);
        Assert.True(result.Success, string.Join("\n", result.Errors));
        Assert.True(File.Exists(Path.Combine(project, "_site", "index.html")));
        Assert.True(SiteBuilder.Build(options).Success);
        Assert.Empty(Directory.GetDirectories(project, "._site.*"));
        Assert.Equal(Path.Combine(project, "_site"), SitePreview.Options(options, null, 0, TextWriter.Null).SiteDirectory);
    }

    [Fact]
    public void Point13_an_old_site_that_cannot_be_deleted_neither_fails_the_build_nor_blocks_the_next()
    {
        var project = Built();
        var output = Path.Combine(project, "_site");
        var stuck = Directory.EnumerateFiles(Path.Combine(output, "assets")).First();
        // Root ignores modes, so it gets an immutable file (chattr +i); anyone else a read-only folder, which the build makes writable again.
        var root = Environment.UserName == "root";
        if (root) Chattr("+i", stuck);
        else if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Path.GetDirectoryName(stuck)!, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            var second = SiteBuilder.Build(In(project));
            Assert.True(second.Success, string.Join("\n", second.Errors));
            if (root) Assert.Contains(second.Notices, n => n.Contains("không xóa được bản cũ"));
            Assert.True(File.Exists(Path.Combine(output, "index.html")));
            var third = SiteBuilder.Build(In(project));
            Assert.True(third.Success, string.Join("\n", third.Errors));
        }
        finally
        {
            if (root)
                foreach (var left in Directory.EnumerateFiles(project, Path.GetFileName(stuck), new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
                    Chattr("-i", left);
        }
        var fourth = SiteBuilder.Build(In(project));
        Assert.True(fourth.Success, string.Join("\n", fourth.Errors));
        Assert.True(Directory.GetDirectories(project, "._site.*").Length == 0, string.Join("\n", fourth.Notices.Concat(Directory.GetDirectories(project, "._site.*"))));
    }

    [Fact]
    public void Point13_an_output_that_cannot_be_replaced_fails_with_a_clear_message_and_leaves_no_litter()
    {
        var project = Built();
        var output = Path.Combine(project, "_site");
        var before = TestSites.Hashes(output);
        File.WriteAllText(Path.Combine(project, "content", "ke-hoach-2.txt"), TestSites.SmallProgram.Replace("Nguyễn Văn A", "Trần Văn B"));
        var root = Environment.UserName == "root";
        // The output folder itself immutable (root), or its parent read-only (anyone else): the swap cannot happen.
        if (root) Chattr("+i", output);
        else if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(project, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        BuildResult result;
        try
        {
            result = SiteBuilder.Build(In(project));
        }
        finally
        {
            if (root) Chattr("-i", output);
            else if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(project, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Errors);
        Assert.Contains("không thay được thư mục đầu ra", error);
        Assert.Contains("trang cũ giữ nguyên", error);
        Assert.Equal(before, TestSites.Hashes(output));
        Assert.Empty(Directory.GetDirectories(project, "._site.*"));
        var again = SiteBuilder.Build(In(project));
        Assert.True(again.Success, string.Join("\n", again.Errors));
        Assert.Empty(Directory.GetDirectories(project, "._site.*"));
    }

    private static void Chattr(string flag, string file)
    {
        using var chattr = Process.Start(new ProcessStartInfo("chattr", [flag, file]) { RedirectStandardError = true })!;
        chattr.WaitForExit();
        Assert.True(chattr.ExitCode == 0, $"chattr {flag} failed: " + chattr.StandardError.ReadToEnd());
    }
}
