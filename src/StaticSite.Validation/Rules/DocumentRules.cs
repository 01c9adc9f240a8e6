using StaticSite.Diagnostics;
using StaticSite.Model;

namespace StaticSite.Validation.Rules;

/// <summary><c>missing-recipients</c>: no <c>Nơi nhận:</c> list, or one without entries.</summary>
public sealed class MissingRecipientsRule : IRule
{
    /// <inheritdoc />
    public string Name => "missing-recipients";

    /// <inheritdoc />
    public Severity DefaultSeverity => Severity.Error;

    /// <inheritdoc />
    public string Description => "Văn bản phải có danh sách “Nơi nhận:” với ít nhất một nơi nhận.";

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ProgramDocument document, RuleContext context)
    {
        if (document.RecipientsHeading is null)
            yield return new Diagnostic(Name, DefaultSeverity,
                "Thiếu danh sách “Nơi nhận:”. Thêm dòng “Nơi nhận:” ở cuối văn bản (bên trái khối chữ ký), mỗi nơi nhận một dòng bắt đầu bằng “-” (vd. “- Văn phòng Thành ủy,”; “- Lưu VPTU.”).",
                document.Signature?.Span ?? Locations.LastLine(document));
        else if (document.Recipients.IsEmpty)
            yield return new Diagnostic(Name, DefaultSeverity,
                "Danh sách “Nơi nhận:” không có nơi nhận nào. Ghi mỗi nơi nhận trên một dòng bắt đầu bằng “-” ngay dưới dòng “Nơi nhận:”.",
                document.RecipientsHeading.Span);
    }
}

/// <summary><c>missing-signature</c>: no signature block (T/M ..., chức vụ, họ tên).</summary>
public sealed class MissingSignatureRule : IRule
{
    /// <inheritdoc />
    public string Name => "missing-signature";

    /// <inheritdoc />
    public Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public string Description => "Văn bản nên có khối chữ ký (T/M …, chức vụ, họ tên người ký).";

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ProgramDocument document, RuleContext context)
    {
        if (document.Signature is not null) yield break;
        yield return new Diagnostic(Name, DefaultSeverity,
            "Không tìm thấy khối chữ ký. Cuối văn bản cần có thẩm quyền ký (vd. “T/M THÀNH ỦY”, “TM. ỦY BAN NHÂN DÂN”, “KT. CHỦ TỊCH”), chức vụ (“BÍ THƯ”) và họ tên người ký; kiểm tra xem các dòng này có bị mất khi chép văn bản không.",
            document.RecipientsHeading?.Span ?? Locations.LastLine(document));
    }
}

/// <summary><c>unknown-issuer</c>: the issuer is neither in the text nor in the config.</summary>
public sealed class UnknownIssuerRule : IRule
{
    /// <inheritdoc />
    public string Name => "unknown-issuer";

    /// <inheritdoc />
    public Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public string Description => "Phải xác định được cơ quan ban hành (từ văn bản hoặc từ site.config.json).";

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ProgramDocument document, RuleContext context)
    {
        if (document.Issuer is not null) yield break;
        var file = Path.GetFileName(document.Path);
        yield return new Diagnostic(Name, DefaultSeverity,
            "Không xác định được cơ quan ban hành từ lời mở đầu hay khối chữ ký, nên tên các cơ quan như “Ban Tổ chức Thành ủy” không gắn được với tỉnh, thành phố nào. " +
            $"Ghi cơ quan ban hành trong site.config.json: \"documents\": {{ \"{file}\": {{ \"issuer\": \"Tỉnh ủy …\" }} }}.",
            Locations.Start(document));
    }
}

/// <summary><c>unplaced-text</c>: text the reader could not place; it would be lost from the published page.</summary>
public sealed class UnplacedTextRule : IRule
{
    /// <inheritdoc />
    public string Name => "unplaced-text";

    /// <inheritdoc />
    public Severity DefaultSeverity => Severity.Error;

    /// <inheritdoc />
    public string Description => "Mọi đoạn văn bản phải được xếp vào một phần của văn bản; đoạn không xếp được sẽ bị mất khi xuất bản.";

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ProgramDocument document, RuleContext context) =>
        document.Unplaced.Select(node => new Diagnostic(Name, DefaultSeverity,
            $"Không xếp được đoạn {RuleText.Quote(node.Text)} vào mục hay nhiệm vụ nào; đoạn này sẽ bị mất khi xuất bản. " +
            "Kiểm tra số thứ tự, tiêu đề mục hoặc dòng trống ngay phía trên đoạn này.",
            node.Span));
}

/// <summary><c>deadline-unparsed</c>: a deadline whose wording the tool does not understand.</summary>
public sealed class DeadlineUnparsedRule : IRule
{
    /// <inheritdoc />
    public string Name => "deadline-unparsed";

    /// <inheritdoc />
    public Severity DefaultSeverity => Severity.Info;

    /// <inheritdoc />
    public string Description => "Thời hạn của nhiệm vụ nên viết theo cách quen thuộc để đưa được vào danh sách theo dõi.";

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ProgramDocument document, RuleContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, item) in document.AllItems())
        {
            if (item.Deadline is not { Kind: DeadlineKind.Unparsed } deadline || !seen.Add(item.Id)) continue;
            yield return new Diagnostic(Name, DefaultSeverity,
                $"Không hiểu thời hạn {RuleText.Quote(deadline.Text)} của nhiệm vụ {RuleText.ItemLabel(item)}, nên nhiệm vụ không có ngày trong danh sách theo dõi. " +
                "Nếu đây là thời hạn, viết theo dạng “hoàn thành trong quý II/2024”, “thực hiện trong năm 2025”, “thực hiện thường xuyên” hoặc “theo yêu cầu của Trung ương”.",
                deadline.Span);
        }
    }
}

/// <summary>
/// <c>deep-nesting</c>: items nested deeper than <see cref="Item.ShownDepth"/> levels. The model and the JSON export keep
/// them as they are; pages show them at that level, so the finding says where the page no longer shows the structure.
/// </summary>
public sealed class DeepNestingRule : IRule
{
    /// <inheritdoc />
    public string Name => "deep-nesting";

    /// <inheritdoc />
    public Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public string Description => $"Nhiệm vụ lồng nhau quá {Item.ShownDepth} cấp: trên trang, các cấp sâu hơn được hiển thị ngang cấp {Item.ShownDepth}.";

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ProgramDocument document, RuleContext context)
    {
        var deep = document.AllSections().SelectMany(s => s.Items).SelectMany(i => i.WithDepths()).Where(x => x.Depth >= Item.ShownDepth).ToList();
        if (deep.Count == 0) yield break;
        var first = deep[0].Item;
        var deepest = deep.Max(x => x.Depth) + 1;
        yield return new Diagnostic(Name, DefaultSeverity,
            $"Nhiệm vụ {RuleText.ItemLabel(first)} nằm ở cấp {Item.ShownDepth + 1}; văn bản có {deep.Count} nhiệm vụ sâu hơn {Item.ShownDepth} cấp (sâu nhất: {deepest} cấp). " +
            $"Trên trang web và trang Markdown, các nhiệm vụ này được hiển thị ngang cấp {Item.ShownDepth}; bản xuất JSON giữ nguyên cấu trúc. " +
            "Kiểm tra lại số thứ tự (vd. “1.1.1.1.1.”) nếu văn bản không thật sự có nhiều cấp như vậy.",
            first.Span);
    }
}

/// <summary><c>not-a-program</c>: the document is of a neighbouring kind (Nghị quyết, Công văn, Báo cáo, Quyết định) with no program attached.</summary>
public sealed class NotAProgramRule : IRule
{
    /// <inheritdoc />
    public string Name => "not-a-program";

    /// <inheritdoc />
    public Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public string Description => "Văn bản không phải chương trình hay kế hoạch (nghị quyết, công văn, báo cáo, quyết định…): được ghi nhận đúng loại, không xét các mục bắt buộc của chương trình.";

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ProgramDocument document, RuleContext context)
    {
        if (document.OtherKind is not { } kind) yield break;
        yield return new Diagnostic(Name, DefaultSeverity,
            $"Đây là {kind.ToLowerInvariant()}, không phải chương trình hay kế hoạch: không xét các mục “Mục đích, yêu cầu”, “Nhiệm vụ, giải pháp”, “Tổ chức thực hiện”. Nếu văn bản có chương trình kèm theo, hãy đặt chương trình sau phần “Nơi nhận:” của {kind.ToLowerInvariant()}, bắt đầu bằng dòng “CHƯƠNG TRÌNH HÀNH ĐỘNG” hoặc “KẾ HOẠCH”.",
            document.KindLine?.Span ?? document.Header?.Span ?? SourceSpan.At(document.Path, 1));
    }
}
