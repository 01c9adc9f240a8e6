using StaticSite.Tests;

namespace StaticSite.Site.Tests;

/// <summary><c>staticsite export</c> run as a user runs it.</summary>
public sealed class ExportCommandTests
{
    [Theory]
    [InlineData("binary-file", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 13, 1, 2 })]
    // "Chương trình hành động" in TCVN3 (ABC)
    [InlineData("legacy-encoding", new byte[] { 0x43, 0x68, 0xAD, 0xAC, 0x6E, 0x67, 0x20, 0x74, 0x72, 0xD7, 0x6E, 0x68, 0x20, 0x68, 0xB5, 0x6E, 0x68, 0x20, 0xAE, 0xE9, 0x6E, 0x67 })]
    public void Issue16_15_export_exits_non_zero_on_an_unreadable_file(string rule, byte[] bytes)
    {
        var dir = TestPaths.NewTempDir("export");
        try
        {
            File.WriteAllBytes(Path.Combine(dir, "x.txt"), bytes);
            var (code, stdout, stderr) = TestSites.RunCli(dir, "export", "x.txt", "--format", "json");
            Assert.Equal(1, code);
            Assert.Equal("", stdout);
            Assert.Contains("x.txt:1:1: error " + rule + ":", stderr);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Issue16_15_export_of_a_readable_file_still_exits_0()
    {
        var dir = TestPaths.NewTempDir("export");
        try
        {
            File.WriteAllText(Path.Combine(dir, "x.txt"), TestSites.SmallProgram);
            var (code, stdout, _) = TestSites.RunCli(dir, "export", "x.txt");
            Assert.Equal(0, code);
            Assert.StartsWith("{", stdout.TrimStart());
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
