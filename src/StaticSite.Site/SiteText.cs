using StaticSite.Model;

namespace StaticSite.Site;

/// <summary>The Vietnamese words of the site interface that come from code (the templates hold the rest).</summary>
public static class SiteText
{
    /// <summary>Loại văn bản in words.</summary>
    public static string KindOf(ProgramKind kind) => kind switch
    {
        ProgramKind.ActionProgram => "Chương trình hành động",
        ProgramKind.Program => "Chương trình",
        ProgramKind.Plan => "Kế hoạch",
        _ => "Văn bản",
    };

    /// <summary>A program's title: kind and trích yếu, else the file name.</summary>
    public static string TitleOf(ProgramDocument d) =>
        d.Title is { Text.Length: > 0 } t ? $"{KindOf(d.Kind)} {t.Text}" : $"{KindOf(d.Kind)} {Path.GetFileName(d.Path)}";

    /// <summary>A program's one-sentence description.</summary>
    public static string DescriptionOf(ProgramDocument d)
    {
        var issuer = d.Issuer is null ? "" : $" của {d.Issuer.Name}";
        var implements = d.Implements.IsEmpty ? "" : $", thực hiện {string.Join(", ", d.Implements.Select(r => $"{r.Kind} {r.Id}").Distinct())}";
        return $"{KindOf(d.Kind)}{issuer}{implements}: {d.AllItems().Count()} nhiệm vụ.";
    }
}
