using StaticSite.Model;
using StaticSite.Reading;

namespace StaticSite.Core.Tests.Reading;

internal static class ReaderTestKit
{
    /// <summary>Reads <paramref name="text"/> and asserts that every non-blank line landed in exactly one node.</summary>
    public static ProgramDocument Read(string text, ReaderOptions? options = null)
    {
        var d = ProgramReader.ReadText(text, "t.txt", options ?? ReaderOptions.Default);
        var (lost, twice) = LineCoverage.Check(d, text);
        Assert.True(lost.Count == 0, "lines in no node: " + string.Join(", ", lost));
        Assert.True(twice.Count == 0, "lines in two nodes: " + string.Join(", ", twice));
        return d;
    }

    /// <summary>A minimal document around <paramref name="body"/>: kind line, title, the body, recipients, signature.</summary>
    public static string Doc(string body) => $"""
        CHƯƠNG TRÌNH HÀNH ĐỘNG

        thực hiện Nghị quyết số 28-NQ/TW ngày 17/11/2022

        Thực hiện Nghị quyết số 28-NQ/TW, Ban Thường vụ Tỉnh ủy Quảng Ngãi ban hành Chương trình hành động như sau:

        {body}

        Nơi nhận:
        - Ban Bí thư (b/c),
        - Lưu Văn phòng Tỉnh ủy.

        T/M TỈNH ỦY
        BÍ THƯ

        Nguyễn Văn A
        """;

    public static Item Item(ProgramDocument d, string marker) => d.AllItems().Select(p => p.Item).First(i => i.Marker.Text == marker);
}
