using System.Text;
using StaticSite.Diagnostics;
using StaticSite.Reading;
using StaticSite.Tests;

namespace StaticSite.Core.Tests.Reading;

/// <summary>Issue 16, point 15: damaged or mixed encodings are told apart from legacy Vietnamese encodings.</summary>
public sealed class MisreadingTests
{
    private static readonly string Sample = File.ReadAllText(TestPaths.Samples[0]);

    [Fact]
    public void Issue16_15_truncated_utf8_is_not_diagnosed_as_tcvn3()
    {
        // A UTF-8 file cut in the middle of its last character ("...Nguyễn" with the 3 bytes of "ễ" cut to 2).
        var bytes = Encoding.UTF8.GetBytes(Sample.TrimEnd() + "\nNguyễn").AsSpan();
        var cut = bytes[..^3].ToArray(); // "ễ" is E1 BB 85, followed by "n": drop "n" and one byte of "ễ"
        var result = SourceLoader.Decode(cut, "x.txt");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("truncated-utf8", diagnostic.Rule);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(Sample.TrimEnd().Split('\n').Length + 1, diagnostic.Span.Line);
        Assert.Equal("UTF-8", result.Encoding);
        Assert.EndsWith("\nNguy", result.Text);
    }

    [Fact]
    public void Issue16_15_a_truncated_file_is_read_with_its_warning()
    {
        var dir = TestPaths.NewTempDir("truncated");
        try
        {
            var file = Path.Combine(dir, "x.txt");
            File.WriteAllBytes(file, Encoding.UTF8.GetBytes(Sample.TrimEnd() + "\nNguyễn")[..^2]);
            var d = ProgramReader.ReadFile(file, "x.txt", ReaderOptions.Default);
            Assert.Equal("truncated-utf8", Assert.Single(d.Diagnostics).Rule);
            Assert.NotEmpty(d.Sections);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Issue16_15_a_few_broken_bytes_in_utf8_are_damage_not_a_legacy_encoding()
    {
        var bytes = Encoding.UTF8.GetBytes(Sample);
        var lineOf = Sample[..(Sample.Length / 2)].Count(c => c == '\n') + 1;
        var at = Encoding.UTF8.GetByteCount(Sample[..Sample.IndexOf('\n', Sample.Length / 2)]) - 1;
        bytes[at] = 0xFF;
        var result = SourceLoader.Decode(bytes, "x.txt");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("invalid-utf8", diagnostic.Rule);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(lineOf, diagnostic.Span.Line);
    }

    [Theory]
    [InlineData("utf-16le", true)]
    [InlineData("utf-16le", false)]
    [InlineData("utf-16be", true)]
    [InlineData("utf-16be", false)]
    public void Issue16_15_utf8_followed_by_utf16_is_rejected(string encoding, bool bom)
    {
        var utf16 = encoding == "utf-16le" ? new UnicodeEncoding(false, bom) : new UnicodeEncoding(true, bom);
        foreach (var head in new[] { Sample, Sample[..500] }) // longer and shorter than the 4 KB the encoding is sniffed from
        {
            var bytes = Encoding.UTF8.GetBytes(head).Concat(utf16.GetPreamble()).Concat(utf16.GetBytes(Sample)).ToArray();
            var result = SourceLoader.Decode(bytes, "x.txt");
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("mixed-encoding", diagnostic.Rule);
            Assert.Equal(Severity.Error, diagnostic.Severity);
            Assert.Equal(head.Count(c => c == '\n') + 1, diagnostic.Span.Line);
            Assert.Equal("", result.Text);

            var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(bytes).ToArray();
            Assert.Equal("mixed-encoding", Assert.Single(SourceLoader.Decode(withBom, "x.txt").Diagnostics).Rule);
        }
    }

    [Fact]
    public void Issue16_15_legacy_encodings_and_clean_utf16_are_still_what_they_were()
    {
        var tcvn3 = new byte[] { 0x43, 0x68, 0xAD, 0xAC, 0x6E, 0x67, 0x20, 0x74, 0x72, 0xD7, 0x6E, 0x68, 0x20, 0x68, 0xB5, 0x6E, 0x68, 0x20, 0xAE, 0xE9, 0x6E, 0x67 };
        Assert.Equal("legacy-encoding", Assert.Single(SourceLoader.Decode(tcvn3, "x.txt").Diagnostics).Rule);
        Assert.Equal(Sample, SourceLoader.Decode(Encoding.Unicode.GetBytes(Sample), "x.txt").Text);
        Assert.Equal(Sample, SourceLoader.Decode(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Sample)).ToArray(), "x.txt").Text);
    }
}
