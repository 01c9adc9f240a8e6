namespace StaticSite.Model;

/// <summary>Văn bản được dẫn: a reference to another document.</summary>
/// <param name="Id">Canonical identifier: <c>28-NQ/TW</c>, <c>97/2019/QH14</c>, <c>62/2020/NĐ-CP</c>.</param>
/// <param name="Kind">Kind word as normalized: <c>Nghị quyết</c>, <c>Kế hoạch</c>, <c>Kết luận</c>, <c>Chỉ thị</c>, <c>Quy định</c>, <c>Quyết định</c>, <c>Chương trình</c>, <c>Nghị định</c>, <c>Hướng dẫn</c>, <c>Đề án</c>, <c>Thông tư</c>, <c>Luật</c>.</param>
/// <param name="Number">The number (<c>28</c>).</param>
/// <param name="TypeCode">Type code (<c>NQ</c>, <c>KH</c>, <c>QĐ</c>, <c>NĐ</c>).</param>
/// <param name="IssuerCode">Issuer code (<c>TW</c>, <c>TU</c>, <c>BTCTW</c>, <c>CP</c>, <c>QH14</c>).</param>
/// <param name="Date">The date that follows (<c>ngày 17/11/2022</c>), when given.</param>
/// <param name="AsWritten">The mention as it stands in the text.</param>
/// <param name="Span">Where the mention stands (column of its first character).</param>
public sealed record Reference(
    string Id,
    string Kind,
    string Number,
    string TypeCode,
    string IssuerCode,
    DateOnly? Date,
    string AsWritten,
    SourceSpan Span);
