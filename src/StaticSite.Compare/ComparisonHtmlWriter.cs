using System.Globalization;
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
        .only { display: inline-block; padding: 0 .4rem; border-radius: .25rem; background: #fff4ce; color: #6b4e00; font-size: .9em; }
        tr.only-a td.side-a, tr.only-b td.side-b { background: #fffbea; }
        del { background: #fde2e2; color: #7a1010; text-decoration: line-through; }
        ins { background: #dcf5e3; color: #0d5223; text-decoration: none; }
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
        sb.Append("<p>").Append(s.PairedItems).Append(" cặp nhiệm vụ tương ứng; ")
            .Append(s.OnlyAItems).Append(" nhiệm vụ chỉ có trong ").Append(E(c.A.Label)).Append("; ")
            .Append(s.OnlyBItems).Append(" nhiệm vụ chỉ có trong ").Append(E(c.B.Label)).Append(".</p>\n");
        if (s.Bodies.Length > 0)
        {
            sb.Append("<table class=\"bodies\">\n<caption>Số nhiệm vụ chủ trì theo cơ quan</caption>\n<thead><tr><th>Cơ quan</th><th>")
                .Append(E(c.A.Label)).Append("</th><th>").Append(E(c.B.Label)).Append("</th></tr></thead>\n<tbody>\n");
            foreach (var b in s.Bodies)
            {
                var cls = b.NameB is null ? " class=\"only-a\"" : b.NameA is null ? " class=\"only-b\"" : "";
                sb.Append("<tr").Append(cls).Append("><th scope=\"row\"><a href=\"#g-").Append(E(b.Function)).Append("\">")
                    .Append(E(b.NameA ?? b.NameB ?? b.Function)).Append("</a></th><td class=\"count\">").Append(b.ItemsA)
                    .Append("</td><td class=\"count\">").Append(b.ItemsB).Append("</td></tr>\n");
            }
            sb.Append("</tbody>\n</table>\n");
        }
        foreach (var (label, bodies) in new[] { (c.A.Label, s.OnlyA.ToList()), (c.B.Label, s.OnlyB.ToList()) })
        {
            if (bodies.Count == 0) continue;
            sb.Append("<p class=\"only-bodies\">Cơ quan chỉ được phân công trong ").Append(E(label)).Append(": ")
                .AppendJoin(", ", bodies.Select(b => E(b.NameA ?? b.NameB ?? b.Function))).Append(".</p>\n");
        }
        if (s.Deadlines.Length > 0)
        {
            sb.Append("<table class=\"deadlines\">\n<caption>Thời hạn khác nhau</caption>\n<thead><tr><th>Nhiệm vụ</th><th>")
                .Append(E(c.A.Label)).Append("</th><th>").Append(E(c.B.Label)).Append("</th></tr></thead>\n<tbody>\n");
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
        sb.Append("<thead><tr><th class=\"side-a\" scope=\"col\">").Append(E(c.A.Label)).Append("</th><th class=\"score\" scope=\"col\">Tương đồng</th><th class=\"side-b\" scope=\"col\">")
            .Append(E(c.B.Label)).Append("</th></tr></thead>\n");
        foreach (var g in c.Groups)
        {
            var kind = g.Kind == AlignmentKind.Section ? "section" : "body";
            sb.Append("<tbody class=\"group\" id=\"g-").Append(E(g.Key)).Append("\">\n<tr class=\"group-head kind-").Append(kind).Append("\">");
            Head(sb, g.A, "side-a", c.B.Label);
            sb.Append("<th class=\"score\">").Append(g.IsPair ? Score(g.Score) : "").Append("</th>");
            Head(sb, g.B, "side-b", c.A.Label);
            sb.Append("</tr>\n");
            foreach (var r in g.Rows)
            {
                var cls = r.IsPair ? "pair" : r.B is null ? "only-a" : "only-b";
                sb.Append("<tr class=\"row ").Append(cls).Append("\" id=\"").Append(E(r.Id)).Append("\">");
                Cell(sb, r.A, r.DiffA, "side-a", c.B.Label, r.DeadlinesDiffer, r.Nearest);
                sb.Append("<td class=\"score\">").Append(r.IsPair ? Score(r.Score) : "").Append("</td>");
                Cell(sb, r.B, r.DiffB, "side-b", c.A.Label, r.DeadlinesDiffer, r.Nearest);
                sb.Append("</tr>\n");
            }
            sb.Append("</tbody>\n");
        }
        sb.Append("</table>\n");
    }

    // A missing side says which program alone has the node (otherLabel: the program of the other column).
    private static void Head(StringBuilder sb, AlignedNode? node, string side, string otherLabel)
    {
        if (node is null)
        {
            sb.Append("<th class=\"").Append(side).Append(" missing\"><span class=\"only\">Chỉ có trong ").Append(E(otherLabel)).Append("</span></th>");
            return;
        }
        sb.Append("<th class=\"").Append(side).Append("\" data-source-line=\"").Append(node.Line).Append("\">");
        if (node.Marker is not null) sb.Append("<span class=\"marker\">").Append(E(node.Marker)).Append("</span>");
        sb.Append(E(node.Text)).Append("</th>");
    }

    private static void Cell(StringBuilder sb, AlignedNode? node, IReadOnlyList<DiffSegment> diff, string side, string otherLabel, bool deadlineDiffers, NearestTwin? nearest)
    {
        if (node is null)
        {
            sb.Append("<td class=\"").Append(side).Append(" missing\"><span class=\"only\">Chỉ có trong ").Append(E(otherLabel)).Append("</span>");
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
            var tag = segment.Change switch { DiffChange.Deleted => "del", DiffChange.Inserted => "ins", _ => null };
            if (tag is null) sb.Append(E(segment.Text));
            else sb.Append('<').Append(tag).Append('>').Append(E(segment.Text)).Append("</").Append(tag).Append('>');
        }
        if (node.Deadline is not null)
            sb.Append("<span class=\"deadline").Append(deadlineDiffers ? " differs" : "").Append("\">Thời hạn: ").Append(E(node.Deadline.Text)).Append("</span>");
        sb.Append("</td>");
    }

    private static string Score(double score) => score.ToString("0.00", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
