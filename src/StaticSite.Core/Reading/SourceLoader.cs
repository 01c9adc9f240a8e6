using System.Collections.Immutable;
using System.Text;
using StaticSite.Diagnostics;
using StaticSite.Model;

namespace StaticSite.Reading;

/// <summary>The text of a source file, decoded and normalized, or why it could not be read.</summary>
/// <param name="Text">The decoded text, NFC, line ends as <c>\n</c>; empty when unreadable.</param>
/// <param name="Encoding">What was detected (<c>UTF-8</c>, <c>UTF-8 BOM</c>, <c>UTF-16LE</c>, ...).</param>
/// <param name="Diagnostics">Why the text is empty or suspicious.</param>
public sealed record SourceText(string Text, string Encoding, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>
/// Decodes source bytes: UTF-8 (with or without BOM), UTF-16 LE/BE (with BOM, or detected by its zero bytes).
/// Binary files and text in a legacy Vietnamese encoding (TCVN3/ABC, VNI, Windows-1258) are not guessed at:
/// they are named in a diagnostic that says how to convert them.
/// </summary>
public static class SourceLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads and decodes <paramref name="file"/>; spans carry <paramref name="path"/>.</summary>
    public static SourceText Load(string file, string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(path, "unreadable-input", $"Không đọc được tệp: {e.Message}", "?");
        }
        return Decode(bytes, path);
    }

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    public static SourceText Decode(ReadOnlySpan<byte> bytes, string path)
    {
        if (bytes.Length == 0 || bytes.Trim(" \t\r\n\f"u8).Length == 0)
            return Fail(path, "empty-file", "Tệp rỗng: không có nội dung để đọc. Kiểm tra lại tệp đã lưu đúng chưa.", "rỗng");

        if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) return Utf8(bytes[3..], path, "UTF-8 BOM");
        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE })) return Ok(Encoding.Unicode.GetString(bytes[2..]), "UTF-16LE");
        if (bytes.StartsWith(new byte[] { 0xFE, 0xFF })) return Ok(Encoding.BigEndianUnicode.GetString(bytes[2..]), "UTF-16BE");

        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        var (evenZeros, oddZeros) = (0, 0);
        for (var i = 0; i < sample.Length; i++)
            if (sample[i] == 0) { if (i % 2 == 0) evenZeros++; else oddZeros++; }
        if (oddZeros > sample.Length / 4 && evenZeros < sample.Length / 50) return Ok(Encoding.Unicode.GetString(bytes), "UTF-16LE");
        if (evenZeros > sample.Length / 4 && oddZeros < sample.Length / 50) return Ok(Encoding.BigEndianUnicode.GetString(bytes), "UTF-16BE");
        if (IsBinary(sample))
            return Fail(path, "binary-file", "Tệp nhị phân (không phải văn bản). Hãy xuất văn bản ra tệp .txt hoặc .md mã hóa UTF-8.", "nhị phân");
        return Utf8(bytes, path, "UTF-8");
    }

    private static SourceText Utf8(ReadOnlySpan<byte> bytes, string path, string name)
    {
        try
        {
            return Ok(StrictUtf8.GetString(bytes), name);
        }
        catch (DecoderFallbackException)
        {
            var legacy = LegacyEncodingDetector.Detect(bytes);
            return Fail(path, "legacy-encoding",
                $"Tệp không phải UTF-8; có vẻ được mã hóa bằng bảng mã cũ {legacy}. Hãy chuyển sang Unicode UTF-8 "
                + "(ví dụ: Unikey → Công cụ chuyển mã, nguồn " + legacy + ", đích Unicode; hoặc mở bằng Word với đúng phông rồi lưu dạng văn bản UTF-8).",
                legacy);
        }
    }

    private static bool IsBinary(ReadOnlySpan<byte> sample)
    {
        var control = 0;
        foreach (var b in sample)
            if (b == 0) return true;
            else if (b < 0x09 || b is > 0x0D and < 0x20 && b != 0x1B) control++;
        return control > sample.Length / 20;
    }

    private static SourceText Ok(string text, string encoding)
    {
        var normalized = Text.VietnameseText.Normalize(text.Replace("\r\n", "\n").Replace('\r', '\n'));
        return new SourceText(normalized.TrimStart('\uFEFF'), encoding, []);
    }

    private static SourceText Fail(string path, string rule, string message, string encoding) =>
        new("", encoding, [new Diagnostic(rule, Severity.Error, message, SourceSpan.At(path, 1))]);
}

/// <summary>Names the legacy Vietnamese encoding of bytes that are not UTF-8, by the bytes each encoding uses most.</summary>
public static class LegacyEncodingDetector
{
    // TCVN3 (ABC) puts the precomposed lower-case letters at 0xA8–0xFE (ư=0xAD, đ=0xAE, ơ=0xAC, ô=0xAB, ê=0xAA, â=0xA9, ă=0xA8)
    // and tones at 0xB5–0xFE. VNI writes a base letter followed by a tone/vowel byte (ø ù û õ ï ö ô ê ñ …, 0xE0–0xFB after ASCII letters).
    // Windows-1258 keeps base letters with combining tone bytes 0xCC 0xEC 0xD2 0xDE 0xF2 and ă/â/ê/ô/ơ/ư/đ at 0xE3 0xE2 0xEA 0xF4 0xF5 0xFD 0xF0.

    /// <summary><c>TCVN3 (ABC)</c>, <c>VNI</c> or <c>Windows-1258</c>: the most likely one.</summary>
    public static string Detect(ReadOnlySpan<byte> bytes)
    {
        int tcvn = 0, vni = 0, cp1258 = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b < 0x80) continue;
            var prevLetter = i > 0 && (bytes[i - 1] | 0x20) is >= (byte)'a' and <= (byte)'z';
            if (b is 0xEC or 0xCC or 0xD2 or 0xDE or 0xF2) cp1258 += prevLetter ? 3 : 1;
            if (b is 0xF5 or 0xFD or 0xF0 or 0xE3) cp1258++;
            if (b is 0xAD or 0xAE or 0xAC or 0xAB or 0xA9 or 0xA8 or 0xAA) tcvn += 2;
            else if (b is >= 0xB5 and <= 0xFE && !prevLetter) tcvn++;
            if (prevLetter && b is 0xF8 or 0xF9 or 0xFB or 0xF5 or 0xEF or 0xF6 or 0xF4 or 0xEA or 0xF1 or 0xE2 or 0xE0 or 0xE1 or 0xE4 or 0xE5 or 0xE6 or 0xE7 or 0xE8 or 0xE9 or 0xEB)
                vni++;
        }
        if (tcvn >= vni && tcvn >= cp1258) return "TCVN3 (ABC)";
        return vni >= cp1258 ? "VNI" : "Windows-1258";
    }
}
