using System.Net;
using System.Text;

namespace StaticSite.Compare;

/// <summary>
/// A self-contained comparison page (one HTML file, styles inline) for <c>staticsite compare A B --output</c> when no
/// theme with <c>compare.cshtml</c> is at hand. The site renders the same structure through the theme. Every piece of
/// document text is HTML-encoded.
/// </summary>
public static class ComparisonHtmlWriter
{
    /// <summary>The page's styles: two aligned columns, diff marks, A4 landscape print.</summary>
    public const string Css = """
        .compare-page { font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif; line-height: 1.45; margin: 1rem; color: #1b1b1b; }
        .compare-summary table, table.compare { border-collapse: collapse; width: 100%; }
        .compare-summary th, .compare-summary td { border: 1px solid #ccc; padding: .2rem .5rem; text-align: left; vertical-align: top; }
        .compare-summary td.count { text-align: right; font-variant-numeric: tabular-nums; }
        table.compare { table-layout: fixed; margin-top: 1rem; }
        table.compare col.side { width: 46%; }
        table.compare col.score { width: 8%; }
        table.compare th, table.compare td { border: 1px solid #d0d0d0; padding: .35rem .5rem; vertical-align: top; overflow-wrap: anywhere; }
        table.compare thead th { position: sticky; top: 0; background: #f3f4f6; z-index: 1; }
        table.compare tr.group-head th { background: #e8eef7; text-align: left; }
        table.compare tr.group-head.kind-section th { background: #dde6f3; font-size: 1.05em; }
        table.compare td.score, table.compare th.score { text-align: center; color: #555; font-variant-numeric: tabular-nums; }
        table.compare td.missing { background: #fafafa; }
        .only { display: inline-block; padding: 0 .4rem; border-radius: .25rem; font-size: .9em; font-weight: 600; }
        .only.only-a { color: #9a3412; border: 1px solid #9a3412; }
        .only.only-b { color: #1e4f8a; border: 1px solid #1e4f8a; }
        tr.only-a td.side-a { background: #fdf1e2; box-shadow: inset 4px 0 0 #9a3412; }
        tr.only-b td.side-b { background: #e6f0fb; box-shadow: inset 4px 0 0 #1e4f8a; }
        mark { color: inherit; }
        mark.only-a { background: #fdf1e2; box-shadow: inset 0 -2px 0 #9a3412; }
        mark.only-b { background: #e6f0fb; box-shadow: inset 0 -2px 0 #1e4f8a; }
        .band { display: block; font-weight: 600; }
        .pct { color: #555; }
        .marker { color: #555; margin-right: .25rem; }
        .deadline { display: block; margin-top: .2rem; font-size: .9em; color: #444; }
        .deadline.differs { color: #8a2b00; font-weight: 600; }
        .nearest { display: block; margin-top: .3rem; font-size: .85em; color: #555; }
        .line { float: right; font-size: .75em; color: #5b6670; }
        @page { size: A4 landscape; margin: 12mm; }
        @media print {
          .compare-page { margin: 0; font-size: 9.5pt; }
          table.compare thead { display: table-header-group; }
          table.compare tr { break-inside: avoid; }
          table.compare tr.group-head { break-after: avoid; }
          table.compare thead th { position: static; }
          a { color: inherit; text-decoration: none; }
        }
        """;

    /// <summary>The whole page for <paramref name="comparison"/>.</summary>
    public static string Write(Comparison comparison)
    {
        var c = comparison;
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<title>So sánh: ").Append(E(c.A.Label)).Append(" — ").Append(E(c.B.Label)).Append("</title>\n");
        sb.Append("<style>\n").Append(Css).Append("\n</style>\n</head>\n<body class=\"compare-page\">\n<main id=\"main\">\n");
        sb.Append("<h1>So sánh hai chương trình</h1>\n");
        WritePrograms(sb, c);
        WriteSummary(sb, c);
        WriteTable(sb, c);
        sb.Append("</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static void WritePrograms(StringBuilder sb, Comparison c)
    {
        sb.Append("<dl class=\"compare-programs\">\n");
        foreach (var (side, p) in new[] { ("A", c.A), ("B", c.B) })
        {
            sb.Append("<dt>").Append(side).Append(": ").Append(E(p.Label)).Append("</dt>\n<dd>");
            if (p.Kind is not null) sb.Append(E(p.Kind)).Append(' ');
            if (p.Title is not null) sb.Append(E(p.Title)).Append(' ');
            sb.Append("<span class=\"path\">(").Append(E(p.Path)).Append(")</span></dd>\n");
        }
        sb.Append("</dl>\n");
    }

    private static void WriteSummary(StringBuilder sb, Comparison c)
    {
        var s = c.Summary;
        sb.Append("<section class=\"compare-summary\" id=\"tom-tat\">\n<h2>Tóm tắt</h2>\n");
        sb.Append("<p>").Append(N(s.PairedItems)).Append(" cặp nhiệm vụ tương ứng; ")
            .Append(N(s.OnlyAItems)).Append(" nhiệm vụ chỉ có ở A (").Append(E(c.A.Label)).Append("); ")
            .Append(N(s.OnlyBItems)).Append(" nhiệm vụ chỉ có ở B (").Append(E(c.B.Label)).Append(").</p>\n");
        if (s.Bodies.Length > 0)
        {
            sb.Append("<table class=\"bodies\">\n<caption>Số nhiệm vụ chủ trì theo cơ quan</caption>\n<thead><tr><th>Cơ quan</th><th>A: ")
                .Append(E(c.A.Label)).Append("</th><th>B: ").Append(E(c.B.Label)).Append("</th></tr></thead>\n<tbody>\n");
            foreach (var b in s.Bodies)
            {
                var cls = b.NameB is null ? " class=\"only-a\"" : b.NameA is null ? " class=\"only-b\"" : "";
                sb.Append("<tr").Append(cls).Append("><th scope=\"row\"><a href=\"#g-").Append(E(b.Function)).Append("\">")
                    .Append(E(b.NameA ?? b.NameB ?? b.Function)).Append("</a></th><td class=\"count\">").Append(N(b.ItemsA))
                    .Append("</td><td class=\"count\">").Append(N(b.ItemsB)).Append("</td></tr>\n");
            }
            sb.Append("</tbody>\n</table>\n");
        }
        foreach (var (side, label, bodies) in new[] { ("A", c.A.Label, s.OnlyA.ToList()), ("B", c.B.Label, s.OnlyB.ToList()) })
        {
            if (bodies.Count == 0) continue;
            sb.Append("<p class=\"only-bodies\">Cơ quan chỉ được phân công ở ").Append(side).Append(" (").Append(E(label)).Append("): ")
                .AppendJoin(", ", bodies.Select(b => E(b.NameA ?? b.NameB ?? b.Function))).Append(".</p>\n");
        }
        if (s.Deadlines.Length > 0)
        {
            sb.Append("<table class=\"deadlines\">\n<caption>Thời hạn khác nhau</caption>\n<thead><tr><th>Nhiệm vụ</th><th>A: ")
                .Append(E(c.A.Label)).Append("</th><th>B: ").Append(E(c.B.Label)).Append("</th></tr></thead>\n<tbody>\n");
            foreach (var d in s.Deadlines)
                sb.Append("<tr><td><a href=\"#").Append(E(d.RowId)).Append("\">").Append(E(d.A.Excerpt)).Append("</a>").Append(" <span class=\"line\">dòng ").Append(d.A.Line).Append(" / ").Append(d.B.Line)
                    .Append("</span></td><td>").Append(E(d.A.Deadline?.Text ?? "không nêu")).Append("</td><td>").Append(E(d.B.Deadline?.Text ?? "không nêu")).Append("</td></tr>\n");
            sb.Append("</tbody>\n</table>\n");
        }
        else sb.Append("<p>Không có cặp nhiệm vụ nào có thời hạn khác nhau.</p>\n");
        sb.Append("</section>\n");
    }

    private static void WriteTable(StringBuilder sb, Comparison c)
    {
        sb.Append("<table class=\"compare\">\n<colgroup><col class=\"side\"><col class=\"score\"><col class=\"side\"></colgroup>\n");
        sb.Append("<thead><tr><th class=\"side-a\" scope=\"col\">A: ").Append(E(c.A.Label)).Append("</th><th class=\"score\" scope=\"col\">Mức giống</th><th class=\"side-b\" scope=\"col\">B: ")
            .Append(E(c.B.Label)).Append("</th></tr></thead>\n");
        foreach (var g in c.Groups)
        {
            var kind = g.Kind == AlignmentKind.Section ? "section" : "body";
            sb.Append("<tbody class=\"group\" id=\"g-").Append(E(g.Key)).Append("\">\n<tr class=\"group-head kind-").Append(kind).Append("\">");
            Head(sb, g.A, "side-a", "B", c.B.Label);
            sb.Append("<td class=\"score\"></td>");
            Head(sb, g.B, "side-b", "A", c.A.Label);
            sb.Append("</tr>\n");
            foreach (var r in g.Rows)
            {
                var cls = r.IsPair ? (r.IsUnchanged ? "pair same" : "pair changed") : r.B is null ? "only-a" : "only-b";
                sb.Append("<tr class=\"row ").Append(cls).Append("\" id=\"").Append(E(r.Id)).Append("\">");
                Cell(sb, r.A, r.DiffA, "side-a", "B", c.B.Label, r.DeadlinesDiffer, r.Nearest);
                sb.Append("<td class=\"score\">");
                if (r.IsPair)
                    sb.Append("<span class=\"band band-").Append(SimilarityBands.Key(r.Band)).Append("\">").Append(SimilarityBands.Label(r.Band))
                        .Append("</span> <span class=\"pct\">").Append(Score(r.Score)).Append("</span>");
                sb.Append("</td>");
                Cell(sb, r.B, r.DiffB, "side-b", "A", c.A.Label, r.DeadlinesDiffer, r.Nearest);
                sb.Append("</tr>\n");
            }
            sb.Append("</tbody>\n");
        }
        sb.Append("</table>\n");
    }

    // A missing side says which program alone has the node (other, otherLabel: the program of the other column).
    private static void Head(StringBuilder sb, AlignedNode? node, string side, string other, string otherLabel)
    {
        if (node is null)
        {
            sb.Append("<td class=\"").Append(side).Append(" missing\">").Append(Only(other, otherLabel)).Append("</td>");
            return;
        }
        sb.Append("<th class=\"").Append(side).Append("\" data-source-line=\"").Append(node.Line).Append("\">");
        if (node.Marker is not null) sb.Append("<span class=\"marker\">").Append(E(node.Marker)).Append("</span>");
        sb.Append(E(node.Text)).Append("</th>");
    }

    private static void Cell(StringBuilder sb, AlignedNode? node, IReadOnlyList<DiffSegment> diff, string side, string other, string otherLabel, bool deadlineDiffers, NearestTwin? nearest)
    {
        if (node is null)
        {
            sb.Append("<td class=\"").Append(side).Append(" missing\">").Append(Only(other, otherLabel));
            if (nearest is not null)
                sb.Append("<span class=\"nearest\">Gần giống dòng ").Append(nearest.Node.Line).Append(" (").Append(Score(nearest.Score)).Append("), đã ghép với nhiệm vụ khác</span>");
            sb.Append("</td>");
            return;
        }
        sb.Append("<td class=\"").Append(side).Append("\" data-source-line=\"").Append(node.Line).Append("\">");
        sb.Append("<span class=\"line\">dòng ").Append(node.Line).Append("</span>");
        if (node.Marker is not null) sb.Append("<span class=\"marker\">").Append(E(node.Marker)).Append("</span>");
        foreach (var segment in diff)
        {
            // Words only one side has are marked in that side's colour, not struck through as deleted.
            var mark = segment.Change switch { DiffChange.Deleted => "only-a", DiffChange.Inserted => "only-b", _ => null };
            if (mark is null) sb.Append(E(segment.Text));
            else sb.Append("<mark class=\"").Append(mark).Append("\">").Append(E(segment.Text)).Append("</mark>");
        }
        if (node.Deadline is not null)
            sb.Append("<span class=\"deadline").Append(deadlineDiffers ? " differs" : "").Append("\">Thời hạn: ").Append(E(node.Deadline.Text)).Append("</span>");
        sb.Append("</td>");
    }

    private static string Only(string side, string label) =>
        $"<span class=\"only only-{side.ToLowerInvariant()}\">Chỉ có ở {side} ({E(label)})</span>";

    private static string Score(double score) => Text.VietnameseNumber.Percent(score);

    private static string N(int count) => Text.VietnameseNumber.Integer(count);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
