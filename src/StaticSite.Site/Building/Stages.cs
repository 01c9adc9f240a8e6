using StaticSite.Reading;

namespace StaticSite.Site.Building;

/// <summary>Read: the content folder into a <see cref="Corpus"/>. Refuses (exit 2) a folder with no document and a <c>documents</c> key of the config that names no file; entries that are not regular files inside the folder are skipped with a finding.</summary>
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
            context.CouldNotRun = true;
            return;
        }
        var listing = ContentListing.Walk(context.ContentDir);
        context.Diagnostics.AddRange(listing.Findings);
        if (listing.Files.IsEmpty)
        {
            // An empty folder (a wrong --content, an unmounted share) must not replace a published site with an empty one.
            context.Errors.Add($"{context.ContentDir}: không có văn bản nào ({string.Join(", ", ContentReader.Extensions)}) trong thư mục văn bản; trang chưa được xuất bản (trang cũ giữ nguyên).");
            context.CouldNotRun = true;
            return;
        }
        var unknown = Config.DocumentsCheck.UnknownKeys(context.Config, [.. listing.Files.Select(Path.GetFileName).OfType<string>()], context.ContentDir);
        if (unknown.Count > 0)
        {
            context.Errors.AddRange(unknown);
            context.CouldNotRun = true;
            return;
        }
        var cache = context.Cache is { } c ? new DocumentCache(c.Documents) : null;
        context.Corpus = ContentReader.Load(context.Config, listing, context.ContentDir, cache);
        ReportUnchangedMetadata(context, listing, cache);
        // The whole folder was read: entries of documents edited, renamed or deleted since are of no more use.
        cache?.Prune();
        context.DocumentsCached = cache?.Hits ?? 0;
    }

    // A documents value of the config that the text already says changes nothing: reported, so that the config stays a
    // list of real corrections (and a value meant to differ, but typed the same as the text, is noticed).
    private static void ReportUnchangedMetadata(BuildContext context, ContentListing listing, DocumentCache? cache)
    {
        if (context.Config.Documents.IsEmpty) return;
        var registry = ContentReader.RegistryFor(context.Config);
        var registryKey = ContentReader.RegistryKey(context.Config);
        foreach (var file in listing.Files)
        {
            var name = Path.GetFileName(file);
            if (!context.Config.Documents.TryGetValue(name, out var metadata)) continue;
            var text = ContentReader.Read(file, name, new ReaderOptions(registry), cache, registryKey);
            var same = new List<string>();
            if (metadata.Issuer is { } issuer && Same(issuer, text.Issuer?.Name)) same.Add($"issuer \"{issuer}\"");
            if (metadata.Title is { } title && Same(title, text.Title?.Text)) same.Add($"title \"{title}\"");
            if (metadata.Number is { } number && Same(number, text.Header?.Number)) same.Add($"number \"{number}\"");
            if (metadata.Date is { } date && text.Header?.Date is { } read && date == read.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) same.Add($"date \"{date}\"");
            if (same.Count > 0)
                context.Notices.Add($"{context.Config.Origin?.At(name) ?? Config.SiteConfigLoader.FileName}: \"documents\" của {name}: {string.Join(", ", same)} giống hệt điều văn bản đã ghi, nên không thay đổi gì; có thể bỏ.");
        }
    }

    private static bool Same(string configured, string? read) =>
        read is not null && string.Equals(Text.VietnameseText.Normalize(configured.Trim()), read.Trim(), StringComparison.Ordinal);
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
/// <param name="ReferencePages">The planned HTML page of each referenced document (reference id → <c>references/&lt;slug&gt;.html</c>); null for none.</param>
public sealed record MarkdownOutput(
    System.Collections.Immutable.ImmutableArray<SourcePage> Pages, System.Collections.Immutable.ImmutableArray<Pages.Checklist> Checklists,
    System.Collections.Immutable.ImmutableDictionary<string, string>? ReferencePages = null);

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
        var (pages, checklists, referencePages) = writer(context.Corpus!, context.Diagnostics);
        context.Checklists = checklists;
        context.ReferencePages = referencePages ?? System.Collections.Immutable.ImmutableDictionary<string, string>.Empty;
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
