using StaticSite.Diagnostics;
using StaticSite.Model;

namespace StaticSite.Validation.Rules;

/// <summary>Base of the rules that require a section of a role: reports its absence where it should stand.</summary>
public abstract class MissingSectionRule : IRule
{
    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public Severity DefaultSeverity => Severity.Error;

    /// <inheritdoc />
    public abstract string Description { get; }

    /// <summary>The role required.</summary>
    protected abstract SectionRole Role { get; }

    /// <summary>What the section is called in a message (<c>mục “Mục đích, yêu cầu”</c>).</summary>
    protected abstract string What { get; }

    /// <summary>Headings accepted for the role, as a clerk would write them.</summary>
    protected abstract string Accepted { get; }

    /// <summary>True when <paramref name="document"/> has what the rule requires.</summary>
    protected virtual bool IsSatisfied(ProgramDocument document) => document.AllSections().Any(s => s.Role == Role);

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ProgramDocument document, RuleContext context)
    {
        if (IsSatisfied(document)) yield break;
        var (span, before) = Locations.ForMissingSection(document, Role);
        var found = document.Sections.Select(RuleText.SectionTitle).ToList();
        var seen = found.Count == 0
            ? "Không nhận ra mục nào (I., II., ...) trong văn bản."
            : $"Các mục đã nhận ra: {string.Join("; ", found.Select(t => RuleText.Quote(t, 50)))}.";
        var where = before is null ? "ở cuối phần nội dung" : $"trước mục {RuleText.Quote(RuleText.SectionTitle(before), 50)}";
        yield return new Diagnostic(Name, DefaultSeverity,
            $"Thiếu {What}. Tiêu đề được chấp nhận: {Accepted}. {seen} Thêm mục này {where}, hoặc sửa tiêu đề mục hiện có cho đúng.",
            span);
    }
}

/// <summary><c>missing-purpose</c>: no Mục đích, yêu cầu section; a Mục tiêu section stands for it when there is none.</summary>
public sealed class MissingPurposeRule : MissingSectionRule
{
    /// <inheritdoc />
    public override string Name => "missing-purpose";

    /// <inheritdoc />
    public override string Description => "Văn bản phải có mục “Mục đích, yêu cầu” (hoặc “Mục tiêu” thay cho nó).";

    /// <inheritdoc />
    protected override SectionRole Role => SectionRole.Purpose;

    /// <inheritdoc />
    protected override string What => "mục “Mục đích, yêu cầu”";

    /// <inheritdoc />
    protected override string Accepted => "“MỤC ĐÍCH, YÊU CẦU”, “MỤC ĐÍCH” / “YÊU CẦU”, “MỤC TIÊU, CHỈ TIÊU, YÊU CẦU” hoặc “MỤC TIÊU” khi không có mục mục đích";

    /// <inheritdoc />
    protected override bool IsSatisfied(ProgramDocument document) =>
        document.PurposeSection() is not null;
}

/// <summary><c>missing-tasks</c>: no Nhiệm vụ, giải pháp section.</summary>
public sealed class MissingTasksRule : MissingSectionRule
{
    /// <inheritdoc />
    public override string Name => "missing-tasks";

    /// <inheritdoc />
    public override string Description => "Văn bản phải có mục “Nhiệm vụ, giải pháp”.";

    /// <inheritdoc />
    protected override SectionRole Role => SectionRole.Tasks;

    /// <inheritdoc />
    protected override string What => "mục “Nhiệm vụ, giải pháp”";

    /// <inheritdoc />
    protected override string Accepted => "“NHIỆM VỤ VÀ GIẢI PHÁP”, “NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU”, “NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM”, “TRIỂN KHAI NHIỆM VỤ TRỌNG TÂM …”";
}

/// <summary><c>missing-organization</c>: no Tổ chức thực hiện section.</summary>
public sealed class MissingOrganizationRule : MissingSectionRule
{
    /// <inheritdoc />
    public override string Name => "missing-organization";

    /// <inheritdoc />
    public override string Description => "Văn bản phải có mục “Tổ chức thực hiện”.";

    /// <inheritdoc />
    protected override SectionRole Role => SectionRole.Organization;

    /// <inheritdoc />
    protected override string What => "mục “Tổ chức thực hiện”";

    /// <inheritdoc />
    protected override string Accepted => "“TỔ CHỨC THỰC HIỆN”, “Phần thứ … TỔ CHỨC THỰC HIỆN”, “PHÂN CÔNG THỰC HIỆN”";
}
