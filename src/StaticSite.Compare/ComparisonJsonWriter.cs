using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace StaticSite.Compare;

/// <summary>
/// Writes the alignment of a <see cref="Comparison"/> as JSON (<c>staticsite compare A B --format json</c>):
/// <c>pairs</c> (each with <c>kind</c>, <c>group</c>, <c>a</c> and <c>b</c> — the node's source <c>line</c> and
/// <c>text</c> — and <c>score</c>), <c>onlyA</c>, <c>onlyB</c> (with the <c>nearest</c> item of the other program that a
/// closer twin took, when one scores at or above the threshold) and a <c>summary</c>. Stable camelCase names, indented,
/// Vietnamese written as is.
/// </summary>
public static class ComparisonJsonWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The JSON text of <paramref name="comparison"/>, with <c>\n</c> line ends.</summary>
    public static string Write(Comparison comparison) =>
        JsonSerializer.Serialize(ToJson(comparison), Options).ReplaceLineEndings("\n") + "\n";

    private static JsonComparison ToJson(Comparison c)
    {
        var onlyA = new List<JsonOnly>();
        var onlyB = new List<JsonOnly>();
        foreach (var g in c.Groups)
        {
            if (g.A is not null && g.B is null) onlyA.Add(Only(g.Kind, g.Key, g.A));
            if (g.B is not null && g.A is null) onlyB.Add(Only(g.Kind, g.Key, g.B));
            foreach (var r in g.Rows)
            {
                if (r.A is not null && r.B is null) onlyA.Add(Only(AlignmentKind.Item, g.Key, r.A, r.Nearest));
                if (r.B is not null && r.A is null) onlyB.Add(Only(AlignmentKind.Item, g.Key, r.B, r.Nearest));
            }
        }
        var s = c.Summary;
        return new JsonComparison(
            new JsonProgram(c.A.Path, c.A.Slug, c.A.Label),
            new JsonProgram(c.B.Path, c.B.Slug, c.B.Label),
            c.Threshold,
            [.. c.Pairs().Select(p => new JsonPair(p.Kind, p.Group, Node(p.A), Node(p.B), p.Score))],
            onlyA,
            onlyB,
            new JsonSummary(s.PairedItems, s.OnlyAItems, s.OnlyBItems,
                [.. s.Bodies.Select(b => new JsonBody(b.Function, b.NameA, b.NameB, b.ItemsA, b.ItemsB))],
                [.. s.Deadlines.Select(d => new JsonDeadline(d.Group, d.A.Line, d.A.Deadline?.Text, d.B.Line, d.B.Deadline?.Text))]));
    }

    private static JsonNode Node(AlignedNode n) => new(n.Line, n.Text, n.Deadline?.Text);

    private static JsonOnly Only(AlignmentKind kind, string group, AlignedNode n, NearestTwin? nearest = null) =>
        new(kind, group, n.Line, n.Text, nearest is null ? null : new JsonNearest(nearest.Node.Line, nearest.Score));

    private sealed record JsonComparison(JsonProgram A, JsonProgram B, double Threshold, List<JsonPair> Pairs, List<JsonOnly> OnlyA, List<JsonOnly> OnlyB, JsonSummary Summary);

    private sealed record JsonProgram(string Path, string Slug, string Label);

    private sealed record JsonPair(AlignmentKind Kind, string Group, JsonNode A, JsonNode B, double Score);

    private sealed record JsonNode(int Line, string Text, string? Deadline);

    private sealed record JsonOnly(AlignmentKind Kind, string Group, int Line, string Text, JsonNearest? Nearest);

    private sealed record JsonNearest(int Line, double Score);

    private sealed record JsonSummary(int PairedItems, int OnlyAItems, int OnlyBItems, List<JsonBody> Bodies, List<JsonDeadline> Deadlines);

    private sealed record JsonBody(string Function, string? NameA, string? NameB, int ItemsA, int ItemsB);

    private sealed record JsonDeadline(string Group, int LineA, string? DeadlineA, int LineB, string? DeadlineB);
}
