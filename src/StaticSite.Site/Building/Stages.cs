using StaticSite.Reading;

namespace StaticSite.Site.Building;

/// <summary>Read: the content folder into a <see cref="Corpus"/>.</summary>
public sealed class ReadStage : IBuildStage
{
    /// <inheritdoc />
    public string Name => "Read";

    /// <inheritdoc />
    public string Label => "Đọc văn bản";

    /// <inheritdoc />
    public void Run(BuildContext context)
    {
        if (!Directory.Exists(context.ContentDir))
        {
            context.Errors.Add($"{context.ContentDir}: không tìm thấy thư mục văn bản (content).");
            return;
        }
        context.Corpus = ContentReader.Load(context.Config, context.ContentDir);
    }
}

/// <summary>Validate: runs the validator; any error stops the build, so nothing is published.</summary>
public sealed class ValidateStage : IBuildStage
{
    /// <inheritdoc />
    public string Name => "Validate";

    /// <inheritdoc />
    public string Label => "Kiểm tra văn bản";

    /// <inheritdoc />
    public void Run(BuildContext context)
    {
        var outcome = context.Validator.Validate(context.Corpus!);
        context.Diagnostics.AddRange(outcome.Diagnostics);
        if (!outcome.HasErrors) return;
        var errors = outcome.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Error);
        context.Errors.Add($"Văn bản có {errors} lỗi; trang chưa được xuất bản (trang cũ giữ nguyên). Sửa các lỗi trên rồi chạy lại.");
    }
}

/// <summary>Produces the Markdown pages of a corpus and its checklists; <paramref name="diagnostics"/> are the validator's findings (for each program's status).</summary>
public delegate MarkdownOutput MarkdownWriter(Corpus corpus, IReadOnlyList<Diagnostics.Diagnostic> diagnostics);

/// <summary>What a <see cref="MarkdownWriter"/> produces.</summary>
/// <param name="Pages">The Markdown pages.</param>
/// <param name="Checklists">The checklists, one per responsible body; the site renders them from this typed model.</param>
public sealed record MarkdownOutput(System.Collections.Immutable.ImmutableArray<SourcePage> Pages, System.Collections.Immutable.ImmutableArray<Pages.Checklist> Checklists);

/// <summary>WriteMarkdown: the Markdown pages the HTML is rendered from (also written to <c>md/</c>), and the checklists.</summary>
/// <param name="writer">Produces the pages from the corpus.</param>
public sealed class WriteMarkdownStage(MarkdownWriter writer) : IBuildStage
{
    /// <inheritdoc />
    public string Name => "WriteMarkdown";

    /// <inheritdoc />
    public string Label => "Viết trang Markdown";

    /// <inheritdoc />
    public void Run(BuildContext context)
    {
        var (pages, checklists) = writer(context.Corpus!, context.Diagnostics);
        context.Checklists = checklists;
        foreach (var page in pages)
        {
            try
            {
                SitePaths.Check(page.Path);
            }
            catch (UnsafePathException e)
            {
                context.Errors.Add($"Trang Markdown: {e.Message}");
                continue;
            }
            context.AddText("md/" + page.Path, page.FileText ?? page.Markdown);
        }
        context.MarkdownPages = pages;
    }
}
