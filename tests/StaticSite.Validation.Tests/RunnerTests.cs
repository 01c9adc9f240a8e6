using StaticSite.Tests;

namespace StaticSite.Validation.Tests;

public sealed class RunnerTests
{
    private static (int Code, string Out, string Err) Run(string dir, params string[] args) => Run(dir, new ValidateRequest(args));

    private static (int Code, string Out, string Err) Run(string dir, ValidateRequest request)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = ValidateRunner.Run(request, stdout, stderr, dir);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void A_missing_path_cannot_run()
    {
        var (code, output, error) = Run(TestPaths.NewTempDir(), "khong-co.txt");
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("Không tìm thấy", error);
    }

    [Fact]
    public void A_bad_config_cannot_run()
    {
        var dir = TestPaths.NewTempDir();
        File.WriteAllText(Path.Combine(dir, "site.config.json"), "{ \"rules\": { \"numbering\": \"loud\" } }");
        File.WriteAllText(Path.Combine(dir, "a.txt"), "x");
        var (code, _, error) = Run(dir, "a.txt");
        Assert.Equal(2, code);
        Assert.Contains("site.config.json", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void A_missing_explicit_config_cannot_run() =>
        Assert.Equal(2, Run(TestPaths.NewTempDir(), new ValidateRequest([], ConfigPath: "khong-co.json")).Code);

    [Fact]
    public void An_unknown_format_cannot_run() =>
        Assert.Equal(2, Run(TestPaths.NewTempDir(), new ValidateRequest([], Format: "xml")).Code);

    [Fact]
    public void A_folder_without_documents_cannot_run() => Assert.Equal(2, Run(TestPaths.NewTempDir()).Code);

    [Fact]
    public void Errors_exit_1_and_name_the_file_relative_to_the_working_folder()
    {
        var dir = TestPaths.NewTempDir();
        Directory.CreateDirectory(Path.Combine(dir, "content"));
        File.WriteAllText(Path.Combine(dir, "content", "a.txt"), "Một dòng không thuộc mục nào.\n");
        var (code, output, _) = Run(dir);
        Assert.Equal(1, code);
        Assert.Contains("content/a.txt:1:", output);
        Assert.Contains("trong 1 tệp", output);
    }

    [Fact]
    public void Rules_turned_off_in_the_config_let_a_run_pass()
    {
        var dir = TestPaths.NewTempDir();
        File.WriteAllText(Path.Combine(dir, "a.txt"), "");
        File.WriteAllText(Path.Combine(dir, "cfg.json"),
            "{ \"rules\": { \"missing-purpose\": \"off\", \"missing-tasks\": \"off\", \"missing-organization\": \"off\", \"missing-recipients\": \"warning\", \"unplaced-text\": \"off\", \"empty-file\": \"off\" } }");
        var (code, output, error) = Run(dir, new ValidateRequest(["a.txt"], ConfigPath: "cfg.json", Format: "json"));
        Assert.True(code == 0, output + error);
        Assert.Contains("\"errors\": 0", output);
    }
}
