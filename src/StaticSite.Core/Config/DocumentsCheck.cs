namespace StaticSite.Config;

/// <summary>Checks the <c>documents</c> entries of a config against the files of the content folder (kiểm tra khóa <c>documents</c>).</summary>
public static class DocumentsCheck
{
    /// <summary>
    /// One message (Vietnamese, with the config file and line) for each <c>documents</c> key that names no file in
    /// <paramref name="fileNames"/>, with the closest file name; empty when every key names a file. A typo there would
    /// otherwise be ignored: the issuer of that document lost, its bodies split off into new pages.
    /// </summary>
    public static IReadOnlyList<string> UnknownKeys(SiteConfig config, IReadOnlyCollection<string> fileNames, string contentDir)
    {
        // File names compare in NFC, as the reader reads them: a name stored decomposed (NFD) is the name typed.
        var names = new HashSet<string>(fileNames.Select(n => n.Normalize(System.Text.NormalizationForm.FormC)), StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var key in config.Documents.Keys.Order(StringComparer.Ordinal))
        {
            if (names.Contains(key.Normalize(System.Text.NormalizationForm.FormC))) continue;
            var closest = names.OrderBy(n => Distance(key, n)).ThenBy(n => n, StringComparer.Ordinal).FirstOrDefault();
            var where = config.Origin?.At(key) ?? SiteConfigLoader.FileName;
            var hint = closest is null ? "thư mục văn bản trống." : $"có phải là \"{closest}\"?";
            problems.Add($"{where}: \"documents\" có khóa \"{key}\" nhưng không có tệp nào tên như vậy trong {contentDir}; {hint}");
        }
        return problems;
    }

    /// <summary>The edit distance (insertions, deletions, substitutions) between <paramref name="a"/> and <paramref name="b"/>, case-insensitive.</summary>
    public static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
