using System.Diagnostics;
using System.Globalization;
using System.Text;
using StaticSite.Reading;
using StaticSite.Site;

/// <summary>
/// Input families that once made reading super-linear (issue 16, point 12). Each is generated at three doubling sizes;
/// the table gives the median time and the ratio to the size before: about 2 is linear, 4 quadratic. Not a test.
/// </summary>
internal static class Families
{
    private const string Head = """
        KẾ HOẠCH
        thực hiện Nghị quyết số 28-NQ/TW ngày 17/11/2022

        Thực hiện Nghị quyết số 28-NQ/TW ngày 17/11/2022 của Ban Chấp hành Trung ương, Tỉnh ủy ban hành Kế hoạch như sau:

        I. MỤC ĐÍCH, YÊU CẦU
        1. Quán triệt đầy đủ nội dung Nghị quyết.

        II. NHIỆM VỤ VÀ GIẢI PHÁP

        """;

    private const string Tail = """

        III. TỔ CHỨC THỰC HIỆN
        Văn phòng Tỉnh ủy theo dõi, đôn đốc.

        Nơi nhận:
        - Ban Bí thư (để báo cáo),
        - Lưu Văn phòng Tỉnh ủy.

        T/M TỈNH ỦY
        BÍ THƯ
        Nguyễn Văn A
        """;

    private static string Doc(string body) => Head + body + Tail;

    public static void Run(string root, int runs, string? only, double buildMegabytes)
    {
        var sample = File.ReadAllText(Directory.GetFiles(Path.Combine(root, "content"), "*.txt").Order(StringComparer.Ordinal).ToArray()[^2]);
        var families = new (string Name, string Unit, int[] Sizes, Func<int, string> Make, bool Build)[]
        {
            ("reference word + spaces", "spaces", [50_000, 100_000, 200_000, 400_000], n => Doc("1. Thực hiện Nghị quyết" + new string(' ', n) + "x.\n"), false),
            ("reference word + tabs", "tabs", [50_000, 100_000, 200_000, 400_000], n => Doc("1. Thực hiện Nghị quyết" + new string('\t', n) + "x.\n"), false),
            ("reference word + '*'", "stars", [50_000, 100_000, 200_000, 400_000], n => Doc("1. Thực hiện Nghị quyết" + new string('*', n) + "x.\n"), false),
            ("reference + spaces, no date", "spaces", [50_000, 100_000, 200_000, 400_000], n => Doc("1. Thực hiện Nghị quyết số 28-NQ/TW" + new string(' ', n) + "x.\n"), false),
            ("hard-wrapped paragraph", "lines", [10_000, 20_000, 40_000, 80_000], n => Doc("1. Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền\n" + string.Concat(Enumerable.Repeat("nội dung Nghị quyết đến cán bộ, đảng viên và nhân dân\n", n))), false),
            ("repeated 'Nơi nhận:' blocks", "blocks", [25_000, 50_000, 100_000, 200_000], n => Doc("1. Văn phòng Tỉnh ủy theo dõi.\n") + string.Concat(Enumerable.Repeat("\nNơi nhận:\n- Ban Bí thư (để báo cáo),\n- Lưu Văn phòng Tỉnh ủy.\n", n)), false),
            ("one large document, read", "MB", [3, 6, 12, 24], mb => Repeat(sample, mb), false),
            ("one large document, built", "MB", [(int)Math.Round(buildMegabytes), (int)Math.Round(2 * buildMegabytes), (int)Math.Round(4 * buildMegabytes)], mb => Repeat(sample, mb), true),
        };

        Console.WriteLine($"| family | size | median of {runs} | ratio to the size before |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var (name, unit, sizes, make, build) in families)
        {
            if (only is not null && !name.Contains(only, StringComparison.OrdinalIgnoreCase)) continue;
            double? previous = null;
            foreach (var size in sizes)
            {
                var text = make(size);
                Action step = build ? () => BuildOne(text) : () => ProgramReader.ReadText(text, "family.txt", ReaderOptions.Default);
                if (previous is null) step(); // warm-up
                var times = Enumerable.Range(0, runs).Select(_ => { var sw = Stopwatch.StartNew(); step(); return sw.Elapsed.TotalMilliseconds; }).Order().ToList();
                var median = times[times.Count / 2];
                var ratio = previous is { } p ? (median / p).ToString("F2", CultureInfo.InvariantCulture) : "";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {size:N0} {unit} | {median:F0} ms | {ratio} |"));
                previous = median;
            }
        }
    }

    private static string Repeat(string sample, int megabytes)
    {
        var sb = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(sb.ToString()) < megabytes * 1_000_000)
            for (var i = 0; i < 20; i++) sb.Append(sample).Append('\n');
        return sb.ToString();
    }

    private static void BuildOne(string text)
    {
        var dir = Path.Combine(Path.GetTempPath(), "staticsite-bench-family-" + Environment.ProcessId);
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "content"));
            File.WriteAllText(Path.Combine(dir, "content", "large.txt"), text);
            // Every rule a warning, so that the build goes through all its stages (a repeated document has findings).
            var rules = string.Join(", ", StaticSite.Diagnostics.RuleNames.All.Order(StringComparer.Ordinal).Select(r => $"\"{r}\": \"warning\""));
            File.WriteAllText(Path.Combine(dir, "site.config.json"), $$"""{ "title": "Bench", "buildDate": "2026-01-01", "rules": { {{rules}} } }""");
            var stages = StageTimes.FromEnvironment();
            var result = SiteBuilder.Build(new BuildOptions { ConfigPath = Path.Combine(dir, "site.config.json"), Theme = FindTheme(), Progress = stages });
            stages?.StageStarted("end", "");
            if (!result.Success) throw new InvalidOperationException(string.Join("\n", result.Errors));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string FindTheme()
    {
        for (var d = new DirectoryInfo(Directory.GetCurrentDirectory()); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "StaticSite.sln"))) return Path.Combine(d.FullName, "theme");
        throw new InvalidOperationException("run from inside the repository");
    }
}
