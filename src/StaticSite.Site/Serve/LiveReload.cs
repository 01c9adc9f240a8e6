using System.Text.RegularExpressions;

namespace StaticSite.Site.Serve;

/// <summary>
/// The live-reload script the preview server adds to every HTML response (never to the files on disk): it polls
/// <see cref="Endpoint"/> and reloads the page when the build generation differs from the one it was served with.
/// </summary>
public static partial class LiveReload
{
    /// <summary>The path that answers <c>{"generation":N}</c>.</summary>
    public const string Endpoint = "/__livereload";

    /// <summary>The attribute that marks the injected script element.</summary>
    public const string MarkerAttribute = "data-staticsite-livereload";

    /// <summary>The script element for a page served at build <paramref name="generation"/>.</summary>
    public static string Script(long generation) =>
        ScriptTemplate.Replace("MARKER", MarkerAttribute, StringComparison.Ordinal)
            .Replace("ENDPOINT", Endpoint, StringComparison.Ordinal)
            .Replace("GENERATION", generation.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private const string ScriptTemplate =
        "<script MARKER>(function(){var g=GENERATION;function p(){fetch('ENDPOINT',{cache:'no-store'})"
        + ".then(function(r){return r.json();}).then(function(d){if(d.generation!==g){location.reload();}else{setTimeout(p,1000);}})"
        + ".catch(function(){setTimeout(p,2000);});}setTimeout(p,1000);})();</script>";

    /// <summary>Puts the script before the last <c>&lt;/body&gt;</c> of <paramref name="html"/>, or at its end when there is none.</summary>
    public static string Inject(string html, long generation)
    {
        var script = Script(generation);
        var match = BodyEnd().Match(html);
        return match.Success ? html.Insert(match.Index, script) : html + script;
    }

    [GeneratedRegex("</body\\s*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex BodyEnd();
}
