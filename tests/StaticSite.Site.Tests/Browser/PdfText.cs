using System.Diagnostics;

namespace StaticSite.Site.Tests.Browser;

/// <summary>Text of a PDF through <c>pdftotext</c> (poppler-utils); a missing tool fails the test with a clear message.</summary>
internal static class PdfText
{
    public static string Extract(string pdfPath)
    {
        var start = new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", "-layout", pdfPath, "-"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("pdftotext is missing: run scripts/ensure-test-deps.sh (installs poppler-utils).", e);
        }
        using (process)
        {
            var text = process.StandardOutput.ReadToEnd();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException($"pdftotext failed on {pdfPath}: {errors}");
            return text.Normalize(System.Text.NormalizationForm.FormC);
        }
    }

    /// <summary>The text with every run of white space (line wraps, layout columns) as one space, for phrase checks.</summary>
    public static string Flatten(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
}
