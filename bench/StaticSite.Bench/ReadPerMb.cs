using System.Diagnostics;
using System.Text;
using StaticSite.Reading;

/// <summary>
/// Reading time per MB of text: the real documents (../shared/corpus and the samples) one by one, and one document of
/// the genre's hardest layout (pdftotext with column-aligned tables, corpus 01) repeated to 1, 2, 4 and 8 MB, so that the
/// time per MB shows whether reading stays linear. Only <see cref="ProgramReader.ReadText"/> is called, so the same file
/// measures an older reader too.
/// </summary>
internal static class ReadPerMb
{
    public static void Run(string root, int runs)
    {
        var corpus = Path.Combine(root, "..", "shared", "corpus");
        var files = Directory.GetFiles(corpus, "*.txt").Concat(Directory.GetFiles(Path.Combine(root, "content"), "*.txt")).Order(StringComparer.Ordinal).ToArray();
        var texts = files.Select(File.ReadAllText).ToArray();
        var bytes = texts.Sum(t => Encoding.UTF8.GetByteCount(t));
        var all = Median(runs, () => { foreach (var t in texts) ProgramReader.ReadText(t, "doc.txt", ReaderOptions.Default); });
        Console.WriteLine($"| input | size | median of {runs} | ms per MB |");
        Console.WriteLine("|---|---|---|---|");
        Console.WriteLine($"| {files.Length} real documents, one by one | {bytes / 1024} KiB | {all:F0} ms | {all / (bytes / 1_000_000.0):F0} |");
        var unit = File.ReadAllText(Path.Combine(corpus, "01_tinh-uy-lao-cai-ctr104-kl75.txt"));
        foreach (var mb in new[] { 1, 2, 4, 8 })
        {
            var sb = new StringBuilder();
            while (sb.Length * 1.4 < mb * 1_000_000) sb.Append(unit).Append('\n');
            var text = sb.ToString();
            var size = Encoding.UTF8.GetByteCount(text) / 1_000_000.0;
            var ms = Median(Math.Min(runs, 3), () => ProgramReader.ReadText(text, "big.txt", ReaderOptions.Default));
            Console.WriteLine($"| corpus 01 repeated | {size:F1} MB | {ms:F0} ms | {ms / size:F0} |");
        }
    }

    private static double Median(int runs, Action run)
    {
        run();
        var times = Enumerable.Range(0, runs).Select(_ => { var sw = Stopwatch.StartNew(); run(); return sw.Elapsed.TotalMilliseconds; }).Order().ToList();
        return times[times.Count / 2];
    }
}
