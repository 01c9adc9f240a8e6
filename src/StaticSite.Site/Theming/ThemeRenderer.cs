using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using RazorLight;
using RazorLight.Compilation;

namespace StaticSite.Site.Theming;

/// <summary>A theme folder that cannot be used (missing folder, missing template, a template that does not compile); the message is Vietnamese.</summary>
public sealed class ThemeException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Renders the Razor templates of a theme folder (<c>theme/*.cshtml</c>) with typed view models. One engine per
/// instance; each template is compiled once and cached, so a build creates one renderer and renders every page with it.
/// </summary>
public sealed partial class ThemeRenderer
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly RazorLightEngine _engine;
    private readonly ConcurrentDictionary<string, bool> _checked = new(StringComparer.Ordinal);

    /// <summary>A renderer over <paramref name="themeDir"/>.</summary>
    /// <exception cref="ThemeException">The folder does not exist.</exception>
    public ThemeRenderer(string themeDir)
    {
        ThemeDir = Path.GetFullPath(themeDir);
        if (!Directory.Exists(ThemeDir)) throw new ThemeException($"{themeDir}: không tìm thấy thư mục giao diện (theme).");
        _engine = new RazorLightEngineBuilder()
            .UseFileSystemProject(ThemeDir)
            .SetOperatingAssembly(typeof(ThemeRenderer).Assembly)
            .UseMemoryCachingProvider()
            // Vietnamese letters as themselves, not &#x...; entities: < > & " ' are still encoded.
            .AddPrerenderCallbacks(page => { if (page is TemplatePageBase template) template.HtmlEncoder = Encoder; })
            .Build();
    }

    /// <summary>The absolute theme folder.</summary>
    public string ThemeDir { get; }

    /// <summary>True when the theme has <paramref name="template"/> (e.g. <c>compare.cshtml</c>).</summary>
    public bool Has(string template) => File.Exists(Path.Combine(ThemeDir, template));

    /// <summary>Renders <paramref name="template"/> (a file name in the theme folder) with <paramref name="model"/>.</summary>
    /// <exception cref="ThemeException">The template is missing or does not compile.</exception>
    public string Render<TModel>(string template, TModel model)
    {
        if (!_checked.GetOrAdd(template, Has))
            throw new ThemeException($"{Path.Combine(ThemeDir, template)}: thiếu mẫu giao diện.");
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
            throw new ThemeException($"{Path.Combine(ThemeDir, template)}: thiếu mẫu giao diện {missing} mà mẫu này dùng đến.", e);
        }
    }

    // The error names the file it is in — the layout or a shared part may fail while another template is rendered — and
    // its line and column in that file (Razor counts from 0, editors from 1): theme/_Layout.cshtml:56:20, not body.cshtml.
    private string CompilationMessage(string template, TemplateCompilationException e)
    {
        var first = e.CompilationDiagnostics.FirstOrDefault();
        if (first?.LineSpan is not { } span) return $"{Path.Combine(ThemeDir, template)}: mẫu giao diện có lỗi biên dịch: {e.CompilationErrors.FirstOrDefault() ?? e.Message}";
        var file = string.IsNullOrEmpty(span.Path) ? template : span.Path.TrimStart('/', '\\');
        var where = $"{Path.Combine(ThemeDir, file)}:{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}";
        var during = string.Equals(file, template, StringComparison.Ordinal) ? "" : $" (khi dựng {template})";
        return $"{where}: mẫu giao diện có lỗi biên dịch{during}: {first.ErrorMessage}";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"with key (?<key>\S+)")]
    private static partial System.Text.RegularExpressions.Regex MissingKey();
}
