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
/// they are named in a diagnostic that says how to convert them. Damaged UTF-8 (a few broken bytes), UTF-8 with UTF-16
/// appended, and UTF-8 cut in the middle of its last character are told apart from legacy encodings.
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

        if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            var afterBom = Decode(bytes[3..], path); // the same checks (UTF-16 appended, broken bytes) after the mark
            return afterBom.Encoding == "UTF-8" ? afterBom with { Encoding = "UTF-8 BOM" } : afterBom;
        }
        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE })) return Ok(Encoding.Unicode.GetString(bytes[2..]), "UTF-16LE");
        if (bytes.StartsWith(new byte[] { 0xFE, 0xFF })) return Ok(Encoding.BigEndianUnicode.GetString(bytes[2..]), "UTF-16BE");

        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        var (evenZeros, oddZeros) = (0, 0);
        for (var i = 0; i < sample.Length; i++)
            if (sample[i] == 0) { if (i % 2 == 0) evenZeros++; else oddZeros++; }
        // UTF-16 without a byte-order mark: zero bytes in every other position, from the very start (not only further on).
        var utf16Start = LooksLikeUtf16(bytes[..Math.Min(bytes.Length, 64)]);
        if (utf16Start && oddZeros > sample.Length / 4 && evenZeros < sample.Length / 50) return Ok(Encoding.Unicode.GetString(bytes), "UTF-16LE");
        if (utf16Start && evenZeros > sample.Length / 4 && oddZeros < sample.Length / 50) return Ok(Encoding.BigEndianUnicode.GetString(bytes), "UTF-16BE");
        // Text at the start, zero bytes further on: a UTF-16 file appended to a UTF-8 one (rejected, not read as garbled
        // text), or binary data after text.
        var zero = bytes.IndexOf((byte)0);
        if (zero > 0 && !IsBinary(bytes[..Math.Min(zero, 4096)]) && LooksLikeUtf16(bytes[zero..]))
        {
            // The UTF-16 part runs to the end in whole code units: little-endian text starts one byte before its first zero.
            var line = LineAt(bytes, (bytes.Length - zero) % 2 == 1 ? zero - 1 : zero);
            return Fail(path, "mixed-encoding",
                $"Tệp trộn hai bảng mã: UTF-8 đến dòng {line}, sau đó là UTF-16. Hãy lưu lại toàn bộ tệp bằng một bảng mã (UTF-8).", "UTF-8 + UTF-16", line);
        }
        if (IsBinary(sample) || zero >= 0)
            return Fail(path, "binary-file", "Tệp nhị phân (không phải văn bản). Hãy xuất văn bản ra tệp .txt hoặc .md mã hóa UTF-8.", "nhị phân", Math.Max(1, LineAt(bytes, zero)));
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
            var (valid, invalid, firstInvalid, cutAt) = Utf8Damage(bytes);
            if (invalid == 0 && cutAt >= 0)
            {
                // Valid UTF-8 up to a character cut in half at the very end: the file was cut short (a copy interrupted).
                var text = Ok(StrictUtf8.GetString(bytes[..cutAt]), name);
                var line = LineAt(bytes, cutAt);
                return text with
                {
                    Diagnostics = [new Diagnostic("truncated-utf8", Severity.Warning,
                        $"Tệp UTF-8 bị cắt cụt: ký tự cuối cùng (dòng {line}) chỉ còn một phần và đã bị bỏ. Hãy kiểm tra tệp có được sao chép trọn vẹn không.",
                        SourceSpan.At(path, line))],
                };
            }
            if (valid > 2 * invalid)
            {
                // Mostly UTF-8 with a few broken bytes: damaged UTF-8, not a legacy encoding.
                var line = LineAt(bytes, firstInvalid);
                return Fail(path, "invalid-utf8",
                    $"Tệp UTF-8 có byte không hợp lệ ở dòng {line}: tệp bị hỏng hoặc bị ghép từ nhiều bảng mã. Hãy sửa dòng đó rồi lưu lại dạng UTF-8.",
                    "UTF-8 (hỏng)", line);
            }
            var legacy = LegacyEncodingDetector.Detect(bytes);
            return Fail(path, "legacy-encoding",
                $"Tệp không phải UTF-8; có vẻ được mã hóa bằng bảng mã cũ {legacy}. Hãy chuyển sang Unicode UTF-8 "
                + "(ví dụ: Unikey → Công cụ chuyển mã, nguồn " + legacy + ", đích Unicode; hoặc mở bằng Word với đúng phông rồi lưu dạng văn bản UTF-8).",
                legacy);
        }
    }

    /// <summary>
    /// Valid multi-byte characters, invalid sequences, the offset of the first invalid one (-1 if none), and where an
    /// incomplete character at the very end starts (-1 if none).
    /// </summary>
    private static (int Valid, int Invalid, int FirstInvalid, int CutAt) Utf8Damage(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0, firstInvalid = -1, cutAt = -1;
        for (var i = 0; i < bytes.Length;)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done) { if (consumed > 1) valid++; }
            else if (status == System.Buffers.OperationStatus.NeedMoreData) { cutAt = i; break; }
            else { invalid++; if (firstInvalid < 0) firstInvalid = i; }
            i += Math.Max(consumed, 1);
        }
        return (valid, invalid, firstInvalid, cutAt);
    }

    /// <summary>True when <paramref name="bytes"/> start like UTF-16 text: a byte-order mark, or a zero in every other byte.</summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE }) || bytes.StartsWith(new byte[] { 0xFE, 0xFF })) return true;
        var sample = bytes[..Math.Min(bytes.Length, 512)];
        var (even, odd) = (0, 0);
        for (var i = 0; i < sample.Length; i++)
            if (sample[i] == 0) { if (i % 2 == 0) even++; else odd++; }
        return sample.Length >= 4 && Math.Max(even, odd) > sample.Length / 4 && Math.Min(even, odd) < sample.Length / 50 + 1;
    }

    /// <summary>The 1-based line of byte <paramref name="offset"/>.</summary>
    private static int LineAt(ReadOnlySpan<byte> bytes, int offset) => bytes[..Math.Clamp(offset, 0, bytes.Length)].Count((byte)'\n') + 1;

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

    private static SourceText Fail(string path, string rule, string message, string encoding, int line = 1) =>
        new("", encoding, [new Diagnostic(rule, Severity.Error, message, SourceSpan.At(path, line))]);
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
