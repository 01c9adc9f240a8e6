using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StaticSite.Config;

/// <summary>A config file that cannot be used; <see cref="Exception.Message"/> is Vietnamese and names the file and line.</summary>
public sealed class ConfigException(string message) : Exception(message);

/// <summary>Reads <c>site.config.json</c> strictly: unknown keys and wrong types are errors with their line.</summary>
public static class SiteConfigLoader
{
    /// <summary>The file name looked for.</summary>
    public const string FileName = "site.config.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    /// <summary>Loads <paramref name="path"/>; a missing file gives the defaults when <paramref name="required"/> is false.</summary>
    /// <exception cref="ConfigException">The file is missing (when required), malformed, has an unknown key or a wrong type.</exception>
    public static SiteConfig Load(string path, bool required = false)
    {
        if (!File.Exists(path))
        {
            if (required) throw new ConfigException($"{path}: không tìm thấy tệp cấu hình.");
            return new SiteConfig();
        }
        var text = File.ReadAllText(path);
        return Parse(text, path);
    }

    /// <summary>Parses config text; <paramref name="path"/> is used in messages.</summary>
    public static SiteConfig Parse(string text, string path)
    {
        try
        {
            var config = JsonSerializer.Deserialize<SiteConfig>(text, Options)
                ?? throw new ConfigException($"{path}:1: tệp cấu hình rỗng (null); cần một đối tượng JSON {{ ... }}.");
            Check(config, path, text);
            return Portable(config) with { Origin = new ConfigOrigin(path, DocumentLines(text, config)) };
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            throw new ConfigException($"{path}:{line}: {Explain(e)}");
        }
    }

    // A config written on Windows ("content": "van-ban\\2025") means the same folders on Linux: '\' separates folders on both.
    private static SiteConfig Portable(SiteConfig config) => Path.DirectorySeparatorChar == '\\' ? config : config with
    {
        Content = config.Content.Replace('\\', '/'),
        Output = config.Output.Replace('\\', '/'),
        Theme = config.Theme.Replace('\\', '/'),
    };

    private static string Explain(JsonException e)
    {
        var where = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $" (tại {e.Path.TrimStart('$', '.')})";
        var m = e.Message;
        if (m.Contains("could not be mapped", StringComparison.Ordinal))
        {
            var key = ExtractQuoted(m);
            return $"khóa không được hỗ trợ \"{key}\"{where}. Các khóa hợp lệ được liệt kê trong site.config.schema.json.";
        }
        if (m.Contains("could not be converted", StringComparison.Ordinal) || m.Contains("cannot be null", StringComparison.Ordinal))
            return $"giá trị sai kiểu{where}. Xem site.config.schema.json để biết kiểu đúng.";
        if (m.Contains("missing required", StringComparison.Ordinal))
            return $"thiếu thuộc tính bắt buộc{where}: {ExtractQuoted(m)}.";
        return $"JSON không hợp lệ{where}. Kiểm tra dấu phẩy, ngoặc và dấu nháy.";
    }

    private static string ExtractQuoted(string message)
    {
        var a = message.IndexOf('\'');
        var b = a < 0 ? -1 : message.IndexOf('\'', a + 1);
        return a >= 0 && b > a ? message[(a + 1)..b] : "?";
    }

    private static void Check(SiteConfig config, string path, string text)
    {
        foreach (var rule in config.Rules.Keys.Order(StringComparer.Ordinal))
            if (!Diagnostics.RuleNames.All.Contains(rule))
                throw new ConfigException($"{path}:{LineOf(text, rule)}: không có quy tắc \"{rule}\". Các quy tắc: {string.Join(", ", Diagnostics.RuleNames.All.Order(StringComparer.Ordinal))}.");
        foreach (var (rule, severity) in config.Rules)
            if (severity is not ("error" or "warning" or "info" or "off"))
                throw new ConfigException($"{path}:{LineOf(text, rule)}: mức độ \"{severity}\" của quy tắc \"{rule}\" không hợp lệ; dùng error, warning, info hoặc off.");
        if (config.Compare.Closest is < 0 or > 100)
            throw new ConfigException($"{path}:{LineOf(text, "closest")}: compare.closest {config.Compare.Closest} không hợp lệ (0–100; 0 là không có trang so sánh).");
        if (config.Serve.Port is < 1 or > 65535)
            throw new ConfigException($"{path}:{LineOf(text, "port")}: cổng {config.Serve.Port} không hợp lệ (1–65535).");
        if (config.BaseUrl is not null && !(Uri.TryCreate(config.BaseUrl, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"))
            throw new ConfigException($"{path}:{LineOf(text, "baseUrl")}: baseUrl \"{config.BaseUrl}\" phải là địa chỉ tuyệt đối http:// hoặc https://.");
        if (config.BuildDate is not null && !DateOnly.TryParseExact(config.BuildDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            throw new ConfigException($"{path}:{LineOf(text, "buildDate")}: buildDate \"{config.BuildDate}\" phải có dạng yyyy-MM-dd.");
        foreach (var (file, meta) in config.Documents)
            if (meta.Date is not null && !DateOnly.TryParseExact(meta.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                throw new ConfigException($"{path}:{LineOf(text, file)}: ngày \"{meta.Date}\" của {file} phải có dạng yyyy-MM-dd.");
    }

    // The line of each documents key: looked for after the "documents" key, so a file named like another key is found in its entry.
    private static ImmutableDictionary<string, int> DocumentLines(string text, SiteConfig config)
    {
        var start = Math.Max(0, text.IndexOf("\"documents\"", StringComparison.Ordinal));
        return config.Documents.Keys.ToImmutableDictionary(k => k, k =>
        {
            var i = text.IndexOf(JsonSerializer.Serialize(k, Options), start, StringComparison.Ordinal);
            if (i < 0) i = text.IndexOf($"\"{k}\"", start, StringComparison.Ordinal);
            return i < 0 ? 1 : text.AsSpan(0, i).Count('\n') + 1;
        }, StringComparer.Ordinal);
    }

    /// <summary>The 1-based line of the first occurrence of <c>"key"</c> in <paramref name="text"/>, or 1.</summary>
    private static int LineOf(string text, string key)
    {
        var i = text.IndexOf($"\"{key}\"", StringComparison.Ordinal);
        return i < 0 ? 1 : text.AsSpan(0, i).Count('\n') + 1;
    }
}
