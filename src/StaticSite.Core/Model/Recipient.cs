using System.Collections.Immutable;

namespace StaticSite.Model;

/// <summary>Nơi nhận: one entry of the recipient list, wrapped lines joined.</summary>
/// <param name="Text">The entry without its dash and trailing comma (<c>Bộ Chính trị, Ban Bí thư TW (để báo cáo)</c>).</param>
/// <param name="Purpose">Why it is sent.</param>
/// <param name="Bodies">The bodies and groups the entry names, resolved.</param>
/// <param name="Span">All lines of the entry.</param>
public sealed record Recipient(string Text, RecipientPurpose Purpose, ImmutableArray<BodyRef> Bodies, SourceSpan Span);

/// <summary>Why a recipient gets the document.</summary>
public enum RecipientPurpose
{
    /// <summary>For implementation or information.</summary>
    Implement,
    /// <summary>Để báo cáo, b/c.</summary>
    Report,
    /// <summary>Lưu: the filed copy.</summary>
    Filed,
}

/// <summary>Chữ ký: the signature block.</summary>
/// <param name="Authority">How the signer signs: <c>T/M</c> (thay mặt), <c>KT.</c> (ký thay), <c>TL.</c>, <c>TUQ.</c>; null when signing in own name.</param>
/// <param name="OnBehalfOf">The body signed for (<c>THÀNH ỦY</c>, <c>BAN THƯỜNG VỤ</c>, <c>ỦY BAN NHÂN DÂN</c>).</param>
/// <param name="Title">Chức vụ (<c>BÍ THƯ</c>, <c>PHÓ CHỦ TỊCH</c>).</param>
/// <param name="Name">The signer's name; null when missing.</param>
/// <param name="Span">All lines of the block.</param>
public sealed record Signature(string? Authority, string? OnBehalfOf, string? Title, string? Name, SourceSpan Span)
{
    /// <summary>
    /// The block's lines above the name, top down, as written: <c>TM. CHÍNH PHỦ</c>, <c>KT. THỦ TƯỚNG</c>,
    /// <c>PHÓ THỦ TƯỚNG</c>. One layer per authority line, and the title.
    /// </summary>
    public ImmutableArray<string> Layers { get; init; } = [];
}
