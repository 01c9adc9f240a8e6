using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using StaticSite.Reading;

/// <summary>
/// <c>--originals</c>: time per page of reading the real Word originals (../shared/corpus/originals) and the PDFs LibreOffice
/// prints from them (soffice must be installed): extraction alone, and the whole read into the model.
/// </summary>
internal static class Originals
{
    public static void Run(string root, int runs)
    {
        var folder = Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", "originals"));
        var docx = Directory.GetFiles(folder, "*.docx").Order(StringComparer.Ordinal).ToArray();
        var temp = Path.Combine(Path.GetTempPath(), "staticsite-bench-originals-" + Environment.ProcessId);
        Directory.CreateDirectory(temp);
        try
        {
            var start = new ProcessStartInfo("soffice") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { "-env:UserInstallation=file://" + Path.Combine(temp, "profile"), "--headless", "--convert-to", "pdf", "--outdir", temp }.Concat(docx))
                start.ArgumentList.Add(a);
            using (var p = Process.Start(start)!) { p.StandardOutput.ReadToEnd(); p.WaitForExit(); }

            Console.WriteLine($"| file | pages | extract (median of {runs}) | read into the model | per page |");
            Console.WriteLine("|---|---|---|---|---|");
            foreach (var file in docx)
            {
                using (var d = WordprocessingDocument.Open(file, false))
                    Row(file, int.TryParse(d.ExtendedFilePropertiesPart?.Properties?.Pages?.Text, out var n) ? n : 0, runs);
                var pdf = Path.Combine(temp, Path.GetFileNameWithoutExtension(file) + ".pdf");
                if (File.Exists(pdf))
                    using (var d = UglyToad.PdfPig.PdfDocument.Open(pdf))
                        Row(pdf, d.NumberOfPages, runs);
            }
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    private static void Row(string file, int pages, int runs)
    {
        var extract = Median(() => OriginalReader.Extract(file, Path.GetFileName(file)), runs);
        var read = Median(() => ProgramReader.ReadFile(file, Path.GetFileName(file), ReaderOptions.Default), runs);
        Console.WriteLine($"| {Path.GetFileName(file)} | {pages} | {extract:F0} ms | {read:F0} ms | {(pages > 0 ? read / pages : 0):F1} ms |");
    }

    private static double Median(Action run, int runs)
    {
        run(); // warm-up
        var times = Enumerable.Range(0, runs).Select(_ => { var sw = Stopwatch.StartNew(); run(); return sw.Elapsed.TotalMilliseconds; }).Order().ToList();
        return times[times.Count / 2];
    }
}
