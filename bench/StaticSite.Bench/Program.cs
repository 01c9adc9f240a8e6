// Timings of the stages that grow with input. Not a test: run it, read the table, copy it into docs/benchmarks.md.
//   dotnet run -c Release --project bench/StaticSite.Bench [-- --runs 5]
using System.Diagnostics;
using System.Text;
using StaticSite.Config;
using StaticSite.Reading;
using StaticSite.Site;
using StaticSite.Validation;

//   dotnet run -c Release --project bench/StaticSite.Bench -- --families [--runs 3] [--only NAME] [--build-mb 3]
//     inputs that once made reading super-linear, each at doubling sizes, with the time ratio per doubling (≤ 2.2 is linear)
var runs = Arg("--runs") is { } r ? int.Parse(r, System.Globalization.CultureInfo.InvariantCulture) : args.Contains("--families") ? 3 : 5;
var root = FindRoot();
if (args.Contains("--families"))
{
    Families.Run(root, runs, Arg("--only"), Arg("--build-mb") is { } mb ? double.Parse(mb, System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}
if (args.Contains("--originals")) { Originals.Run(root, runs); return; }
//   dotnet run -c Release --project bench/StaticSite.Bench -- --scale 100 [--dir DIR]
//     issue 13: a generated corpus of N programs (the samples re-issued per province) built once, cold; bench/scale.sh runs the sizes
if (Arg("--scale") is { } scale)
{
    var n = int.Parse(scale, System.Globalization.CultureInfo.InvariantCulture);
    //   … --scale 1000 --warm: one document edited and the site rebuilt with the cache of the build before (then undone)
    if (args.Contains("--warm")) Scale.Warm(root, n, Arg("--dir"));
    else Scale.Run(root, n, Arg("--dir"));
    return;
}
//   dotnet run -c Release --project bench/StaticSite.Bench -- --search-payload SITE [--times 10 --provinces 20 --out DIR --chunk 32 --shard-kb 16]
//     issue 13: bytes a real Chromium loads and time to first results for three queries on a built site (bench/search.sh);
//     with --times, on the site's search entries repeated that many times first (the sizes the build cannot reach yet)
if (Arg("--search-payload") is { } site)
{
    if (Arg("--times") is { } times)
    {
        var multiplied = Arg("--out") ?? site + "-x" + times;
        SearchPayload.Multiply(root, site, int.Parse(Arg("--provinces") ?? "20", System.Globalization.CultureInfo.InvariantCulture), int.Parse(times, System.Globalization.CultureInfo.InvariantCulture), multiplied,
            int.Parse(Arg("--chunk") ?? $"{StaticSite.Site.Building.SearchShards.ChunkSize}", System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Arg("--shard-kb") ?? $"{StaticSite.Site.Building.SearchShards.ShardTarget / 1024}", System.Globalization.CultureInfo.InvariantCulture) * 1024);
        site = multiplied;
    }
    await SearchPayload.RunAsync(site, site);
    return;
}
//   dotnet run -c Release --project bench/StaticSite.Bench -- --read-per-mb [--runs 5]
//     reading time per MB: the real documents one by one, and corpus 01 repeated to 1–8 MB
if (args.Contains("--read-per-mb")) { ReadPerMb.Run(root, runs); return; }
var config = SiteConfigLoader.Load(Path.Combine(root, "site.config.json"));
var content = Path.Combine(root, "content");
var samples = Directory.GetFiles(content, "*.txt").Order(StringComparer.Ordinal).ToArray();

var big = new StringBuilder();
var one = File.ReadAllText(samples[^2]);
while (Encoding.UTF8.GetByteCount(big.ToString()) < 20_000_000) for (var i = 0; i < 50; i++) big.Append(one).Append('\n');
var bigText = big.ToString();

var corpus = ContentReader.Load(config, content);
var output = Path.Combine(Path.GetTempPath(), "staticsite-bench-" + Environment.ProcessId);

var rows = new (string Name, string Size, Action Run)[]
{
    ("read 5 sample documents", $"{samples.Sum(f => new FileInfo(f).Length) / 1024} KiB", () => ContentReader.Load(config, content)),
    ("read one 20 MB document", $"{Encoding.UTF8.GetByteCount(bigText) / 1_000_000} MB", () => ProgramReader.ReadText(bigText, "big.txt", ReaderOptions.Default)),
    ("validate 5 sample documents", "5 docs", () => Validator.Validate(corpus)),
    ("build the sample site (all stages)", "5 docs", () =>
    {
        var result = SiteBuilder.Build(new BuildOptions { ConfigPath = Path.Combine(root, "site.config.json"), Output = output });
        if (!result.Success) throw new InvalidOperationException("build failed");
    }),
};

Console.WriteLine($"| stage | input | median of {runs} | min |");
Console.WriteLine("|---|---|---|---|");
foreach (var (name, size, run) in rows)
{
    run(); // warm-up: JIT, template compilation
    var times = Enumerable.Range(0, runs).Select(_ => { var sw = Stopwatch.StartNew(); run(); return sw.Elapsed.TotalMilliseconds; }).Order().ToList();
    Console.WriteLine($"| {name} | {size} | {times[times.Count / 2]:F0} ms | {times[0]:F0} ms |");
}
if (Directory.Exists(output)) Directory.Delete(output, recursive: true);

string? Arg(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

static string FindRoot()
{
    for (var d = new DirectoryInfo(Directory.GetCurrentDirectory()); d is not null; d = d.Parent)
        if (File.Exists(Path.Combine(d.FullName, "StaticSite.sln"))) return d.FullName;
    throw new InvalidOperationException("run from inside the repository");
}
