using StaticSite.Model;

namespace StaticSite.Core.Tests.Reading;

/// <summary>Counts, for each source line, how many nodes of the model claim it — the "nothing lost, nothing twice" invariant.</summary>
public static class LineCoverage
{
    /// <summary>Line number → number of nodes whose span covers it (blank lines included; callers check non-blank ones).</summary>
    public static Dictionary<int, int> Of(ProgramDocument d)
    {
        var counts = new Dictionary<int, int>();
        void Add(int from, int to) { for (var l = from; l <= to; l++) counts[l] = counts.GetValueOrDefault(l) + 1; }
        void Span(SourceSpan s) => Add(s.Line, s.EndLine);

        foreach (var n in new[] { d.KindLine, d.Title }.OfType<TextNode>()) Span(n.Span);
        foreach (var n in d.Preamble.Concat(d.Notes).Concat(d.Unplaced)) Span(n.Span);
        foreach (var s in d.AllSections()) Span(s.Span);
        var rowLines = d.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Lines).ToHashSet();
        foreach (var (_, item) in d.AllItems())
            if (item.Marker.Style != MarkerStyle.TableRow) Span(item.Span);
        foreach (var t in d.Tables)
        {
            if (t.Title is { } title) Span(title.Span);
            foreach (var row in t.Rows) foreach (var l in row.Lines) Add(l, l);
            // Header lines (first and repeated) belong to the table itself.
            for (var l = t.Span.Line; l <= t.Span.EndLine; l++) if (!rowLines.Contains(l)) Add(l, l);
        }
        // The recipient list and the signature are one block: entries may share a line ("Nơi nhận: - A; - B"),
        // and a two-column layout prints the signature on the lines of the list.
        var closing = new HashSet<int>();
        foreach (var s in d.Recipients.Select(r => r.Span).Append(d.RecipientsHeading?.Span).Append(d.Signature?.Span).OfType<SourceSpan>())
            for (var l = s.Line; l <= s.EndLine; l++) closing.Add(l);
        foreach (var l in closing) Add(l, l);
        return counts;
    }

    /// <summary>Non-blank lines of <paramref name="text"/> covered by no node, or by more than one.</summary>
    public static (List<int> Lost, List<int> Twice) Check(ProgramDocument d, string text)
    {
        var counts = Of(d);
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var lost = new List<int>();
        var twice = new List<int>();
        var noted = d.Notes.Select(n => n.Span.Line).ToHashSet();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            // A decoration line ("-----") is a note of its own, even where a paragraph that goes on across it spans its line.
            if (StaticSite.Reading.SourceLine.CleanLine(lines[i]).Length == 0)
            {
                if (!noted.Contains(i + 1)) lost.Add(i + 1);
                continue;
            }
            var c = counts.GetValueOrDefault(i + 1);
            if (c == 0) lost.Add(i + 1);
            if (c > 1) twice.Add(i + 1);
        }
        return (lost, twice);
    }
}
