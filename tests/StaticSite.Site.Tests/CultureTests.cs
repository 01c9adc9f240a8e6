using StaticSite.Tests;

namespace StaticSite.Site.Tests;

/// <summary>Issue 16, point 4: the machine's culture changes no byte of what the tool writes.</summary>
public sealed class CultureTests
{
    private static readonly string[] Cultures = ["de_DE.UTF-8", "th_TH.UTF-8", "fa_IR.UTF-8", "ar_SA.UTF-8", "tr_TR.UTF-8"];

    private static (int Code, string Out, string Err) Run(string culture, params string[] args) =>
        RunWith(new Dictionary<string, string> { ["LANG"] = culture, ["LC_ALL"] = culture }, args);

    private static (int Code, string Out, string Err) RunWith(Dictionary<string, string> environment, params string[] args)
    {
        using var process = TestSites.StartCli(TestPaths.Root, environment, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(180_000)) { process.Kill(true); throw new TimeoutException("staticsite did not finish"); }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void Issue16_4_the_samples_build_byte_identical_under_de_th_fa_ar_and_tr()
    {
        var dir = TestPaths.NewTempDir("culture");
        try
        {
            var config = Path.Combine(TestPaths.Root, "site.config.json");
            var reference = Path.Combine(dir, "reference");
            var built = Run("C.UTF-8", "build", "--config", config, "--output", reference);
            Assert.True(built.Code == 0, built.Err);
            var expected = TestSites.Hashes(reference);
            var validation = Run("C.UTF-8", "validate", "--format", "json").Out;
            var export = Run("C.UTF-8", "export", TestPaths.Samples[0]).Out;
            Assert.True(expected.Count > 100);

            foreach (var culture in Cultures)
            {
                var output = Path.Combine(dir, culture);
                var result = Run(culture, "build", "--config", config, "--output", output);
                Assert.True(result.Code == 0, culture + ": " + result.Err);
                var actual = TestSites.Hashes(output);
                var differing = expected.Keys.Union(actual.Keys).Where(k => expected.GetValueOrDefault(k) != actual.GetValueOrDefault(k)).Take(5).ToList();
                Assert.True(differing.Count == 0, $"{culture}: {string.Join(", ", differing)}");
                Assert.Equal(validation, Run(culture, "validate", "--format", "json").Out);
                Assert.Equal(export, Run(culture, "export", TestPaths.Samples[0]).Out);
            }
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Issue16_4_globalization_invariant_mode_is_refused_with_a_vietnamese_message()
    {
        var (code, stdout, stderr) = RunWith(new() { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1" }, "validate");
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("không thể chuẩn hóa và so khớp chữ tiếng Việt", stderr);
    }
}
