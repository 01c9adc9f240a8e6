using StaticSite.Site.Building;
using StaticSite.Tests;

namespace StaticSite.Site.Tests;

/// <summary>Issue #7, site side: atomic builds, repeatable output, output paths that stay safe, config errors.</summary>
public sealed class ReliabilityTests
{
    private static readonly Dictionary<string, string> One = new() { ["ke-hoach.txt"] = TestSites.SmallProgram };

    private static BuildOptions In(string project, string? output = null) => new()
    {
        ConfigPath = Path.Combine(project, "site.config.json"),
        Output = output,
    };

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        var a = Path.Combine(TestPaths.NewTempDir("repeat"), "a");
        var b = Path.Combine(TestPaths.NewTempDir("repeat"), "b");
        Assert.True(SiteBuilder.Build(TestSites.Sample(a)).Success);
        Assert.True(SiteBuilder.Build(TestSites.Sample(b)).Success);
        var ha = TestSites.Hashes(a);
        Assert.True(ha.Count > 10);
        Assert.Equal(ha, TestSites.Hashes(b));
    }

    [Fact]
    public void A_build_that_fails_validation_leaves_the_previous_site_untouched_and_exits_1()
    {
        var project = TestSites.Project(One);
        Assert.True(SiteBuilder.Build(In(project)).Success);
        var output = Path.Combine(project, "_site");
        var before = TestSites.Hashes(output);

        File.AppendAllText(Path.Combine(project, "content", "ke-hoach.txt"), "\nmột dòng mới\n");
        var result = SiteBuilder.Build(In(project) with { Validator = new AlwaysError() });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Errors, e => e.Contains("chưa được xuất bản"));
        Assert.Equal(before, TestSites.Hashes(output));
        Assert.Single(Directory.GetDirectories(project, "*_site*", SearchOption.TopDirectoryOnly));
    }

    [Fact]
    public void The_genre_validator_blocks_a_document_without_its_required_sections()
    {
        var project = TestSites.Project(One);
        Assert.True(SiteBuilder.Build(In(project)).Success);
        var output = Path.Combine(project, "_site");
        var before = TestSites.Hashes(output);
        // A plan without its sections (a Công văn would be named not-a-program and not held to them).
        File.WriteAllText(Path.Combine(project, "content", "cong-van.txt"), "KẾ HOẠCH\nVề việc báo cáo số liệu\n\nĐề nghị các đơn vị gửi báo cáo.\n");

        var (code, _, err) = TestSites.RunCli(project, "build");

        Assert.Equal(1, code);
        Assert.Contains("cong-van.txt:", err);
        Assert.Contains("[missing-tasks]", err);
        Assert.Contains("chưa được xuất bản", err);
        Assert.Equal(before, TestSites.Hashes(output));
    }

    [Fact]
    public void A_missing_theme_or_a_broken_template_leaves_the_previous_site_untouched()
    {
        var project = TestSites.Project(One);
        Assert.True(SiteBuilder.Build(In(project)).Success);
        var output = Path.Combine(project, "_site");
        var before = TestSites.Hashes(output);

        // A theme folder asked for that is not there is a could-not-run error (2), found before any document is read.
        var missing = SiteBuilder.Build(In(project) with { Theme = Path.Combine(project, "no-theme") });
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains(missing.Errors, e => e.Contains("giao diện"));

        File.WriteAllText(Path.Combine(project, "theme", "program.cshtml"), "@model StaticSite.Site.Theming.ContentPageModel\n@Model.NoSuchMember");
        var broken = SiteBuilder.Build(In(project));
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains(broken.Errors, e => e.Contains("program.cshtml"));
        Assert.Equal(before, TestSites.Hashes(output));
    }

    [Fact]
    public void A_missing_shared_template_is_a_theme_error_not_a_crash()
    {
        // A template the site's theme leaves out comes from the embedded theme; one that neither has is an error.
        var project = TestSites.Project(One);
        File.Delete(Path.Combine(project, "theme", "_Document.cshtml"));
        Assert.True(SiteBuilder.Build(In(project)).Success);
        File.WriteAllText(Path.Combine(project, "theme", "program.cshtml"), "@model StaticSite.Site.Theming.ContentPageModel\n@{ Layout = \"_Khung.cshtml\"; }\n<p>x</p>\n");
        var result = SiteBuilder.Build(In(project));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Errors, e => e.Contains("_Khung.cshtml") && e.Contains("thiếu mẫu giao diện"));
    }

    [Fact]
    public void A_broken_link_fails_the_build_naming_the_page_and_the_link()
    {
        var project = TestSites.Project(One);
        var output = Path.Combine(project, "_site");
        var result = SiteBuilder.Build(In(project) with
        {
            MarkdownWriter = (_, _) => new([new SourcePage("programs/x.md", SourcePageKind.Program, "X", "X", "[đi](khong-co.md#neo)\n")], []),
        });
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Errors, e => e.Contains("programs/x.html") && e.Contains("khong-co.html#neo"));
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_build_killed_midway_leaves_the_previous_site_byte_identical()
    {
        var project = TestSites.Project(One);
        var first = TestSites.RunCli(project, "build");
        Assert.True(first.Code == 0, first.Err);
        var output = Path.Combine(project, "_site");
        var before = TestSites.Hashes(output);

        File.WriteAllText(Path.Combine(project, "content", "ke-hoach-2.txt"), TestSites.SmallProgram.Replace("Nguyễn Văn A", "Trần Văn B"));
        using var process = TestSites.StartCli(project, new Dictionary<string, string> { [SwapStage.DelayVariable] = "60000" }, "build");
        // Wait until the build is writing its staging folder, then kill it.
        var deadline = DateTime.UtcNow.AddSeconds(90);
        string? staging = null;
        while (DateTime.UtcNow < deadline && staging is null)
        {
            staging = Directory.GetDirectories(project, "._site.staging-*").FirstOrDefault(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories).Count() > 3);
            if (staging is null) Thread.Sleep(100);
        }
        Assert.NotNull(staging);
        process.Kill(true);
        process.WaitForExit();

        Assert.Equal(before, TestSites.Hashes(output));

        // The next build cleans up the killed build's staging folder and publishes.
        var again = TestSites.RunCli(project, "build");
        Assert.True(again.Code == 0, again.Err);
        Assert.Empty(Directory.GetDirectories(project, "._site.*"));
        Assert.NotEqual(before, TestSites.Hashes(output));
    }

    [Theory]
    [InlineData("content")]
    [InlineData("theme")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("content/out")]
    public void The_output_cannot_be_the_content_theme_or_project_folder_or_contain_them(string output)
    {
        var project = TestSites.Project(One);
        var before = TestSites.Hashes(project);
        var result = SiteBuilder.Build(In(project, Path.GetFullPath(Path.Combine(project, output))));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("thư mục đầu ra", result.Errors.Single());
        Assert.Equal(before, TestSites.Hashes(project));
    }

    [Fact]
    public void The_output_cannot_be_a_folder_of_other_files()
    {
        var project = TestSites.Project(One);
        var other = Path.Combine(project, "tai-lieu");
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, "quan-trong.docx"), "x");
        var result = SiteBuilder.Build(In(project, other));
        Assert.Equal(2, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(other, "quan-trong.docx")));
    }

    [Fact]
    public void The_cli_refuses_an_unsafe_output_with_exit_2_and_a_vietnamese_message()
    {
        var project = TestSites.Project(One);
        var (code, _, err) = TestSites.RunCli(project, "build", "--output", "content");
        Assert.Equal(2, code);
        Assert.Contains("thư mục đầu ra không được", err);
        Assert.DoesNotContain("   at ", err);
    }

    [Theory]
    [InlineData("../x.html")]
    [InlineData("a/../../x.html")]
    [InlineData("/etc/x.html")]
    [InlineData("C:/x.html")]
    [InlineData("a/con.html")]
    [InlineData("nul")]
    [InlineData("a//b.html")]
    [InlineData("a/b\u0001.html")]
    [InlineData("")]
    public void Unsafe_site_paths_are_refused(string path)
    {
        Assert.Throws<UnsafePathException>(() => SitePaths.Check(path));
        Assert.Throws<UnsafePathException>(() => SitePaths.Under(TestPaths.NewTempDir("under"), path));
    }

    [Fact]
    public void A_markdown_page_with_an_escaping_path_fails_the_build()
    {
        var project = TestSites.Project(One);
        var result = SiteBuilder.Build(In(project) with
        {
            MarkdownWriter = (_, _) => new([new SourcePage("../../evil.md", SourcePageKind.Program, "X", "X", "x")], []),
        });
        Assert.Equal(1, result.ExitCode);
        Assert.False(File.Exists(Path.Combine(project, "..", "evil.html")));
        Assert.False(Directory.Exists(Path.Combine(project, "_site")));
    }

    [Fact]
    public void A_config_error_exits_2_with_the_file_and_line_and_no_stack_trace()
    {
        var project = TestSites.Project(One, "{\n  \"title\": \"X\",\n  \"unknownKey\": 1\n}\n");
        var (code, _, err) = TestSites.RunCli(project, "build");
        Assert.Equal(2, code);
        Assert.Contains("site.config.json:3", err);
        Assert.Contains("khóa không được hỗ trợ", err);
        Assert.DoesNotContain("   at ", err);
        Assert.DoesNotContain("Exception", err);
    }

    private sealed class AlwaysError : IDocumentValidator
    {
        public ValidationOutcome Validate(Reading.Corpus corpus) =>
            new([new Diagnostics.Diagnostic("missing-purpose", Diagnostics.Severity.Error, "Thiếu mục đích.", Model.SourceSpan.At("ke-hoach.txt", 1))]);
    }
}
