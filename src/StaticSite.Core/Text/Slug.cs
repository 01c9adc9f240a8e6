using System.Text;

namespace StaticSite.Text;

/// <summary>ASCII slugs: diacritics removed, <c>đ</c> → <c>d</c>, lower case, words joined by <c>-</c>.</summary>
public static class Slug
{
    /// <summary>Longest slug produced; longer ones are cut at a word boundary.</summary>
    public const int MaxLength = 80;

    /// <summary>The slug of <paramref name="text"/>; <c>x</c> when nothing of it is left.</summary>
    public static string From(string text)
    {
        var folded = VietnameseText.Fold(text);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        if (slug.Length > MaxLength)
        {
            var cut = slug.LastIndexOf('-', MaxLength);
            slug = slug[..(cut > 20 ? cut : MaxLength)].Trim('-');
        }
        // Windows reserved device names are never file names.
        if (slug is "con" or "prn" or "aux" or "nul" || slug.StartsWith("com", StringComparison.Ordinal) && slug.Length == 4 || slug.StartsWith("lpt", StringComparison.Ordinal) && slug.Length == 4)
            slug += "-x";
        return slug.Length == 0 ? "x" : slug;
    }
}

/// <summary>Hands out slugs that never collide: the second <c>ban-to-chuc</c> becomes <c>ban-to-chuc-2</c>. Deterministic for the same order of requests.</summary>
public sealed class SlugSet
{
    private readonly Dictionary<string, string> _byKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>The slug for <paramref name="key"/>: the same key always gets the same slug.</summary>
    public string For(string key, string? text = null)
    {
        if (_byKey.TryGetValue(key, out var existing)) return existing;
        var baseSlug = Slug.From(text ?? key);
        var slug = baseSlug;
        for (var n = 2; !_used.Add(slug); n++) slug = $"{baseSlug}-{n}";
        _byKey[key] = slug;
        return slug;
    }
}
