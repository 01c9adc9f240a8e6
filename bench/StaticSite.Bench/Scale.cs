using System.Diagnostics;
using System.Globalization;
using System.Text;
using StaticSite.Site;

/// <summary>
/// Thousands of programs (issue 13): a deterministic corpus of N programs — the five samples re-issued by N/5 provinces,
/// the city names of each sample and its issuer replaced by the province's — and one cold build of it, with the time,
/// the peak working set and the number of pages. One build per process (run it under <c>/usr/bin/time -v</c> for the
/// kernel's peak RSS): <c>bench/scale.sh</c> runs the sizes in turn.
/// </summary>
internal static class Scale
{
    // Syllables of made-up province names: deterministic, distinct, Vietnamese-looking, never a real registry name.
    private static readonly string[] First = ["An", "Bình", "Hòa", "Phú", "Tân", "Long", "Thạnh", "Vĩnh", "Hưng", "Phước", "Quế", "Đông", "Tây", "Nam", "Bắc", "Trung", "Gia", "Kim", "Ngọc", "Thuận"];
    private static readonly string[] Second = ["Lộc", "Điền", "Xuân", "Sơn", "Thủy", "Giang", "Lâm", "Hải", "Khánh", "Mỹ", "Thành", "Định"];

    /// <summary>The name of province <paramref name="i"/> (0-based): 240 distinct two-syllable names, then numbered.</summary>
    public static string Province(int i)
    {
        var name = $"{First[i % First.Length]} {Second[i / First.Length % Second.Length]}";
        var round = i / (First.Length * Second.Length);
        return round == 0 ? name : $"{name} {round + 1}";
    }

    /// <summary>Writes the corpus of <paramref name="programs"/> programs (a multiple of 5) into <paramref name="dir"/>: <c>content/</c> and <c>site.config.json</c>.</summary>
    public static void Generate(string root, string dir, int programs)
    {
        var samples = Directory.GetFiles(Path.Combine(root, "tests", "Fixtures", "samples", "content"), "*.txt").Order(StringComparer.Ordinal).ToArray();
        var texts = samples.Select(File.ReadAllText).ToArray();
        var content = Path.Combine(dir, "content");
        Directory.CreateDirectory(content);
        var documents = new StringBuilder();
        for (var p = 0; p < programs / samples.Length; p++)
        {
            var province = Province(p);
            for (var s = 0; s < samples.Length; s++)
            {
                var name = $"p{p:D4}-{Path.GetFileName(samples[s])}";
                var text = texts[s].Replace("Cần Thơ", province, StringComparison.Ordinal)
                    .Replace("Hà Nội", province, StringComparison.Ordinal).Replace("Quảng Ngãi", province, StringComparison.Ordinal);
                File.WriteAllText(Path.Combine(content, name), text);
                // The samples' committees are thành ủy (000, 001, 003, 004) and a tỉnh ủy (002); each province issues its own.
                var issuer = s switch { 2 => $"Tỉnh ủy {province}", 4 => $"Ban Thường vụ Thành ủy {province}", _ => $"Thành ủy {province}" };
                documents.Append(documents.Length == 0 ? "" : ",\n").Append(CultureInfo.InvariantCulture, $"    \"{name}\": {{ \"issuer\": \"{issuer}\" }}");
            }
        }
        // Every rule a warning: a re-issued sample keeps its findings, and the build must go through all its stages.
        var rules = string.Join(", ", StaticSite.Diagnostics.RuleNames.All.Order(StringComparer.Ordinal).Select(r => $"\"{r}\": \"warning\""));
        var theme = System.Text.Json.JsonSerializer.Serialize(Path.Combine(root, "theme"));
        File.WriteAllText(Path.Combine(dir, "site.config.json"),
            "{ \"title\": \"Bench\", \"buildDate\": \"2026-11-24\", \"theme\": " + theme + ",\n  \"documents\": {\n" + documents + "\n  },\n  \"rules\": { " + rules + " } }\n");
    }

    /// <summary>Generates the corpus (when <c>DIR/content</c> is missing) and builds it once; prints one table row.</summary>
    public static void Run(string root, int programs, string? dir)
    {
        dir ??= Path.Combine(Path.GetTempPath(), $"staticsite-scale-{programs}");
        if (!Directory.Exists(Path.Combine(dir, "content"))) Generate(root, dir, programs);
        var output = Path.Combine(dir, "_site");
        var stages = StageTimes.FromEnvironment();
        var clock = Stopwatch.StartNew();
        var result = SiteBuilder.Build(new BuildOptions { ConfigPath = Path.Combine(dir, "site.config.json"), Output = output, Progress = stages });
        stages?.StageStarted("end", "");
        var elapsed = clock.Elapsed.TotalSeconds;
        if (!result.Success) throw new InvalidOperationException(string.Join("\n", result.Errors));
        var files = Directory.GetFiles(output, "*", SearchOption.AllDirectories);
        var pages = files.Count(f => f.EndsWith(".html", StringComparison.Ordinal));
        var compare = files.Count(f => f.EndsWith(".html", StringComparison.Ordinal) && f.Contains($"{Path.DirectorySeparatorChar}compare{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var compareMb = files.Where(f => f.Contains($"{Path.DirectorySeparatorChar}compare{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).Sum(f => new FileInfo(f).Length) / 1e6;
        var siteMb = files.Sum(f => new FileInfo(f).Length) / 1e6;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1e9;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {programs} | {elapsed:F1} s | {peak:F2} GB | {pages:N0} | {compare:N0} ({compareMb:F1} MB) | {siteMb:F0} MB |"));
    }

    /// <summary>
    /// The warm rebuild: one document of the built corpus edited (a word of one task changed), the site rebuilt with the
    /// cache of the build before, then the edit undone and rebuilt again; one table row each. Builds the corpus first when
    /// it has no site yet (that build is not timed here).
    /// </summary>
    public static void Warm(string root, int programs, string? dir)
    {
        dir ??= Path.Combine(Path.GetTempPath(), $"staticsite-scale-{programs}");
        if (!Directory.Exists(Path.Combine(dir, "content"))) Generate(root, dir, programs);
        var output = Path.Combine(dir, "_site");
        var options = new BuildOptions { ConfigPath = Path.Combine(dir, "site.config.json"), Output = output };
        if (!Directory.Exists(output) && !SiteBuilder.Build(options).Success) throw new InvalidOperationException("the cold build failed");
        var file = Directory.GetFiles(Path.Combine(dir, "content"), "*.txt").Order(StringComparer.Ordinal).First();
        var original = File.ReadAllText(file);
        var at = original.IndexOf("tuyên truyền", StringComparison.Ordinal);
        var edited = at < 0 ? original + "\n" : original[..at] + "tuyên truyền, phổ biến" + original[(at + "tuyên truyền".Length)..];
        try
        {
            foreach (var (what, text) in new[] { ("one document edited", edited), ("the edit undone", original) })
            {
                File.WriteAllText(file, text);
                var stages = StageTimes.FromEnvironment();
                var clock = Stopwatch.StartNew();
                var result = SiteBuilder.Build(options with { Progress = stages });
                stages?.StageStarted("end", "");
                if (!result.Success) throw new InvalidOperationException(string.Join("\n", result.Errors));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {programs}, warm: {what} | {clock.Elapsed.TotalSeconds:F1} s | {Process.GetCurrentProcess().PeakWorkingSet64 / 1e9:F2} GB | {result.DocumentsCached:N0} document reads from the cache | {result.FilesWritten:N0} files written, {result.FilesUnchanged:N0} kept |"));
            }
        }
        finally
        {
            File.WriteAllText(file, original);
        }
    }
}
