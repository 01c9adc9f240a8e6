using System.Collections;
using System.Resources;
using System.Text.RegularExpressions;
using StaticSite.Tests;

namespace StaticSite.Cli.Tests;

/// <summary>Usage errors: a Vietnamese message, exit code 2 (could not run — never 1, "the documents have errors"), no stack trace, no English from the parser.</summary>
public sealed partial class UsageErrorTests
{
    [Theory]
    [InlineData("mistyped option", new[] { "build", "--ouput", "x" }, "'--ouput'", "'--output'")]
    [InlineData("mistyped command", new[] { "biuld" }, "'biuld'", "'build'")]
    [InlineData("no command", new string[0], "chưa chọn lệnh", "staticsite --help")]
    [InlineData("value is not a number", new[] { "serve", "--port", "abc" }, "'abc'", "số nguyên")]
    [InlineData("missing argument", new[] { "export" }, "thiếu đối số bắt buộc FILE", "staticsite export --help")]
    [InlineData("option missing its value", new[] { "validate", "--format" }, "'--format' cần một giá trị", "staticsite validate --help")]
    [InlineData("unknown option is not a path", new[] { "validate", "--warning-as-errors" }, "không có tùy chọn '--warning-as-errors'", "'--warnings-as-errors'")]
    [InlineData("unknown option after a path", new[] { "validate", "content", "-x" }, "không có tùy chọn '-x'", "sau '--'")]
    [InlineData("too many arguments", new[] { "export", "a.txt", "b.txt" }, "'b.txt'", "staticsite export --help")]
    [InlineData("base url not absolute", new[] { "build", "--base-url", "intranet/ct" }, "--base-url", "http")]
    public void A_usage_error_is_Vietnamese_exits_2_and_shows_no_stack_trace(string what, string[] args, string expected, string hint)
    {
        var (code, stdout, stderr) = CliRun.Staticsite(TestPaths.Root, args);
        Assert.True(code == 2, $"{what}: exit {code}\n{stderr}");
        Assert.Contains("staticsite: lỗi: ", stderr);
        Assert.Contains(expected, stderr);
        Assert.Contains(hint, stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.False(EnglishParserText().IsMatch(stderr + stdout), $"{what}: English text\n{stderr}");
        Assert.DoesNotContain("[Read]", stdout); // nothing was read
    }

    [Fact]
    public void A_file_name_that_starts_with_a_dash_goes_after_double_dash()
    {
        using var dir = new TempDir();
        File.WriteAllText(Path.Combine(dir.Path, "-ghi-chu.txt"), "Ghi chú.\n");
        var (code, stdout, stderr) = CliRun.Staticsite(dir.Path, "validate", "--", "-ghi-chu.txt");
        Assert.True(code == 1, stderr); // read and validated (it is no program), not refused as an option
        Assert.Contains("-ghi-chu.txt:", stdout + stderr);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("build", "--help")]
    [InlineData("validate", "-h")]
    [InlineData("theme", "eject", "--help")]
    public void Help_is_Vietnamese(params string[] args)
    {
        var (code, stdout, _) = CliRun.Staticsite(TestPaths.Root, args);
        Assert.Equal(0, code);
        Assert.Contains("Mô tả:", stdout);
        Assert.Contains("Cách dùng:", stdout);
        Assert.Contains("Xem hướng dẫn và cách dùng", stdout);
        Assert.False(EnglishParserText().IsMatch(stdout), stdout);
        Assert.DoesNotMatch(@"<(config|format|output|content|port)>", stdout); // values are named in Vietnamese: --config <TỆP>
    }

    [Fact]
    public void Version_prints_the_package_version()
    {
        var (code, stdout, _) = CliRun.Staticsite(TestPaths.Root, "--version");
        Assert.Equal(0, code);
        Assert.Matches(@"^\d+\.\d+\.\d+\s*$", stdout);
    }

    [Fact]
    public void Every_text_of_the_pinned_System_CommandLine_has_a_Vietnamese_translation_with_the_same_placeholders()
    {
        var library = typeof(System.CommandLine.RootCommand).Assembly;
        using var stream = library.GetManifestResourceStream(CommandLineText.ResourcesType + ".resources")!;
        using var reader = new ResourceReader(stream);
        var english = reader.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), CommandLineText.Texts.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, text) in english)
        {
            // The type name placeholder ('System.Nullable`1[System.Int32]') is dropped on purpose; the CLI says the type in Vietnamese.
            var typeName = name == "ArgumentConversionCannotParse" ? "{1}" : name.StartsWith("ArgumentConversion", StringComparison.Ordinal) ? "{2}" : null;
            var wanted = Placeholders(text).Where(p => p != typeName);
            Assert.True(wanted.All(p => CommandLineText.Texts[name].Contains(p, StringComparison.Ordinal)), $"{name}: {CommandLineText.Texts[name]}");
            Assert.True(Placeholders(CommandLineText.Texts[name]).All(p => text.Contains(p, StringComparison.Ordinal)), name);
        }
        Assert.True(CommandLineText.Install());
    }

    private static IEnumerable<string> Placeholders(string text) => Regex.Matches(text, @"\{\d\}").Select(m => m.Value).Distinct();

    [GeneratedRegex(@"Unrecognized|Required argument|Cannot parse|was not matched|Usage:|Options:|Description:|Show help|Did you mean|System\.Nullable|Unhandled exception")]
    private static partial Regex EnglishParserText();
}
