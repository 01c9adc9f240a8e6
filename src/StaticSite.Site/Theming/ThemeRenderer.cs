using System.Text.Encodings.Web;
using System.Text.Unicode;
using RazorLight;
using RazorLight.Compilation;
using RazorLight.Razor;

namespace StaticSite.Site.Theming;

/// <summary>A theme folder that cannot be used (missing folder, missing template, a template that does not compile); the message is Vietnamese.</summary>
public sealed class ThemeException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Renders the Razor templates of a theme (<see cref="ThemeFiles"/>: a site's <c>theme/*.cshtml</c> over the tool's embedded
/// ones) with typed view models. One engine per instance; each template is compiled once and cached, so a build creates
/// one renderer and renders every page with it.
/// </summary>
public sealed partial class ThemeRenderer
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly RazorLightEngine _engine;

    /// <summary>A renderer over the embedded theme overridden by <paramref name="themeDir"/> (which may be missing or null).</summary>
    public ThemeRenderer(string? themeDir) : this(new ThemeFiles(themeDir)) { }

    /// <summary>A renderer over <paramref name="files"/>.</summary>
    public ThemeRenderer(ThemeFiles files)
    {
        Files = files;
        _engine = new RazorLightEngineBuilder()
            .UseProject(new LayeredProject(files))
            .SetOperatingAssembly(typeof(ThemeRenderer).Assembly)
            .UseMemoryCachingProvider()
            // Vietnamese letters as themselves, not &#x...; entities: < > & " ' are still encoded.
            .AddPrerenderCallbacks(page => { if (page is TemplatePageBase template) template.HtmlEncoder = Encoder; })
            .Build();
    }

    /// <summary>The theme's files.</summary>
    public ThemeFiles Files { get; }

    /// <summary>True when the theme has <paramref name="template"/> (e.g. <c>compare.cshtml</c>).</summary>
    public bool Has(string template) => Files.Has(template);

    /// <summary>Renders <paramref name="template"/> (a file name in the theme) with <paramref name="model"/>.</summary>
    /// <exception cref="ThemeException">The template is missing or does not compile.</exception>
    public string Render<TModel>(string template, TModel model)
    {
        if (!Has(template)) throw new ThemeException($"{Files.Describe(template)}: thiếu mẫu giao diện.");
        try
        {
            return _engine.CompileRenderAsync(template, model).GetAwaiter().GetResult();
        }
        catch (TemplateCompilationException e)
        {
            throw new ThemeException(CompilationMessage(template, e), e);
        }
        catch (TemplateNotFoundException e)
        {
            // The layout or a shared part (_Layout.cshtml, _Document.cshtml) the template names is missing.
            var missing = MissingKey().Match(e.Message) is { Success: true } m ? m.Groups["key"].Value.TrimStart('/') : "?";
            throw new ThemeException($"{Files.Describe(template)}: thiếu mẫu giao diện {missing} mà mẫu này dùng đến.", e);
        }
    }

    // The error names the file it is in — the layout or a shared part may fail while another template is rendered — and
    // its line and column in that file (Razor counts from 0, editors from 1): theme/_Layout.cshtml:56:20, not body.cshtml.
    private string CompilationMessage(string template, TemplateCompilationException e)
    {
        var first = e.CompilationDiagnostics.FirstOrDefault();
        if (first?.LineSpan is not { } span) return $"{Files.Describe(template)}: mẫu giao diện có lỗi biên dịch: {e.CompilationErrors.FirstOrDefault() ?? e.Message}";
        var file = string.IsNullOrEmpty(span.Path) ? template : span.Path.TrimStart('/', '\\');
        // "theme/_Layout.cshtml:56:20", or for the embedded theme "…/_Layout.cshtml:56:20 (giao diện mặc định của công cụ)".
        var described = Files.Describe(file);
        var suffix = described.IndexOf(" (", StringComparison.Ordinal);
        var position = $":{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}";
        var where = suffix < 0 ? described + position : described[..suffix] + position + described[suffix..];
        var during = string.Equals(file, template, StringComparison.Ordinal) ? "" : $" (khi dựng {template})";
        return $"{where}: mẫu giao diện có lỗi biên dịch{during}: {first.ErrorMessage}";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"with key (?<key>\S+)")]
    private static partial System.Text.RegularExpressions.Regex MissingKey();

    /// <summary>The theme's templates as RazorLight sees them: by key, from the site's folder or the embedded theme.</summary>
    private sealed class LayeredProject(ThemeFiles files) : RazorLightProject
    {
        public override Task<RazorLightProjectItem> GetItemAsync(string templateKey) =>
            Task.FromResult<RazorLightProjectItem>(new Item(files, templateKey));

        public override Task<IEnumerable<RazorLightProjectItem>> GetImportsAsync(string templateKey) =>
            Task.FromResult(Enumerable.Empty<RazorLightProjectItem>());

        public override Task<IEnumerable<string>> GetKnownKeysAsync() =>
            Task.FromResult<IEnumerable<string>>([.. files.All.Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal))]);
    }

    private sealed class Item(ThemeFiles files, string key) : RazorLightProjectItem
    {
        public override string Key => key;

        public override bool Exists => files.Has(key);

        public override Stream Read() => files.Open(key);
    }
}
