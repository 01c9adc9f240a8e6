using System.Collections.Immutable;
using StaticSite.Diagnostics;
using StaticSite.Model;

namespace StaticSite.Reading;

/// <summary>
/// A Word or PDF file turned into the lines the text reader reads (one paragraph, table row or page line each), with
/// where each line came from, the notes that belong to no line of the body (footnotes, running headers), and why
/// nothing could be read, if so.
/// </summary>
/// <param name="Lines">The lines, NFC, without line ends.</param>
/// <param name="Map">Where each line came from (index = line − 1).</param>
/// <param name="Notes">Text kept as notes: footnotes, running headers, page numbers; each with the line it belongs to.</param>
/// <param name="Diagnostics">Findings of the extraction (unreadable file, scanned PDF, text from OCR).</param>
public sealed record ExtractedSource(
    IReadOnlyList<string> Lines, SourceMap Map, IReadOnlyList<(string Text, int Line)> Notes, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Nothing read, for the reason given.</summary>
    public static ExtractedSource Failed(Diagnostic diagnostic, SourceFormat format) =>
        new([], new SourceMap(format, []), [], [diagnostic]);
}
