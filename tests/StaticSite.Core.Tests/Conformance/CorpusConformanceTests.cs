using System.Text.Json;
using System.Text.RegularExpressions;
using StaticSite.Model;
using StaticSite.Reading;
using StaticSite.Tests;
using StaticSite.Text;
using Xunit.Abstractions;

namespace StaticSite.Core.Tests.Conformance;

/// <summary>
/// Reads every real document of <c>../shared/corpus/</c> and checks what the reader makes of it against
/// <c>truth.json</c>, read by hand by someone else. The test reads truth.json itself: a change there changes the test.
/// Every check of a document is made and all misses are reported together.
/// </summary>
public sealed partial class CorpusConformanceTests(ITestOutputHelper output)
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var name in Truth.Documents.Keys.Order(StringComparer.Ordinal)) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Reader_agrees_with_the_hand_read_truth(string name)
    {
        var truth = Truth.Documents[name];
        var file = Path.Combine(TestPaths.Corpus, name);
        var document = ProgramReader.ReadFile(file, name, ReaderOptions.Default);
        var misses = Check(document, truth, File.ReadAllText(file).Split('\n'));
        foreach (var m in misses) output.WriteLine(m);
        Assert.True(misses.Count == 0, $"{name}: {misses.Count} miss(es):\n" + string.Join("\n", misses));
    }

    /// <summary>Every check of one document; each miss is one line saying what was expected and what was read.</summary>
    internal static List<string> Check(ProgramDocument d, JsonElement truth, string[] sourceLines)
    {
        var misses = new List<string>();
        void Expect(bool ok, string what) { if (!ok) misses.Add(what); }

        // Kind, or not a program.
        var genre = truth.GetProperty("genre").GetString();
        var kind = truth.GetProperty("kind").GetString()!;
        if (genre == "program")
        {
            var expected = ExpectedKind(kind);
            Expect(d.Kind == expected, $"kind: expected {expected}, read {d.Kind}");
        }
        else
        {
            Expect(d.Kind == ProgramKind.Unknown, $"kind: expected not a program ({kind}), read {d.Kind}");
            var word = kind.Split(" (")[0];
            Expect(d.OtherKind is not null && Fold(d.OtherKind) == Fold(word), $"other kind: expected '{word}', read '{d.OtherKind}'");
        }

        // Issuer: the name before the explanation in brackets or after the dash.
        var issuer = IssuerName().Match(truth.GetProperty("issuer").GetString()!).Groups[1].Value.Trim();
        var readIssuer = d.Issuer?.Name;
        Expect(readIssuer is not null && SameIssuer(readIssuer, issuer), $"issuer: expected '{issuer}', read '{readIssuer}'");

        // Number and date from the header block; a draft's blanks stay blank.
        var numberDate = truth.GetProperty("number_date").GetString()!;
        if (numberDate.StartsWith("blank", StringComparison.Ordinal))
        {
            Expect(d.Header?.Number is null, $"number: expected blank (draft), read '{d.Header?.Number}'");
            Expect(d.Header?.Date is null, $"date: expected blank (draft), read '{d.Header?.Date}'");
        }
        else
        {
            var number = numberDate.Split([' ', ','], 2)[0];
            Expect(d.Header?.Number == number, $"number: expected '{number}', read '{d.Header?.Number}'");
            var date = DateIn().Match(numberDate);
            var expectedDate = new DateOnly(int.Parse(date.Groups[3].Value), int.Parse(date.Groups[2].Value), int.Parse(date.Groups[1].Value));
            Expect(d.Header?.Date == expectedDate, $"date: expected {expectedDate:dd/MM/yyyy}, read {d.Header?.Date:dd/MM/yyyy}");
        }

        // Implemented documents: every required id present, nothing outside required ∪ optional.
        var required = Strings(truth, "implements");
        var optional = Strings(truth, "implements_optional");
        var implemented = d.Implements.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in required) Expect(implemented.Contains(id), $"implements: {id} missing (read: {string.Join(", ", implemented)})");
        foreach (var id in implemented) Expect(required.Contains(id) || optional.Contains(id), $"implements: {id} read but not implemented");
        Expect(d.Header?.Number is null || !implemented.Contains(d.Header.Number), "implements: the document's own number is not a document it implements");

        // Section roles among the three the validator requires.
        var roles = Strings(truth, "roles_present").ToHashSet(StringComparer.Ordinal);
        var readRoles = d.AllSections().Select(s => s.Role).ToHashSet();
        if (d.PurposeSection() is not null) readRoles.Add(SectionRole.Purpose); // "I. MỤC TIÊU" states the purpose where there is no MỤC ĐÍCH
        foreach (var (key, role) in new[] { ("purpose", SectionRole.Purpose), ("tasks", SectionRole.Tasks), ("organization", SectionRole.Organization) })
            Expect(roles.Contains(key) == readRoles.Contains(role), $"role {key}: expected {(roles.Contains(key) ? "present" : "absent")}, read {(readRoles.Contains(role) ? "present" : "absent")}");

        // Recipients and signature.
        var recipients = truth.GetProperty("recipients").GetInt32();
        Expect(d.Recipients.Length == recipients, $"recipients: expected {recipients}, read {d.Recipients.Length}: {string.Join(" ‖ ", d.Recipients.Select(r => r.Text))}");
        var signer = truth.GetProperty("signer").ValueKind == JsonValueKind.Null ? null : truth.GetProperty("signer").GetString();
        Expect(d.Signature?.Name == signer, $"signer: expected '{signer}', read '{d.Signature?.Name}'");
        var layers = truth.GetProperty("signature_title").GetString()!.Split(" / ");
        var readLayers = d.Signature?.Layers ?? [];
        for (var i = 0; i < layers.Length; i++)
        {
            if (layers[i].StartsWith('(')) continue; // a layer truth itself could not read (OCR-garbled)
            Expect(i < readLayers.Length && Fold(readLayers[i]) == Fold(layers[i]), $"signature layer {i + 1}: expected '{layers[i]}', read '{(i < readLayers.Length ? readLayers[i] : null)}'");
        }
        Expect(readLayers.Length == layers.Length, $"signature layers: expected {layers.Length}, read {readLayers.Length} ({string.Join(" / ", readLayers)})");
        foreach (var r in d.Recipients)
            foreach (var layer in layers.Where(l => !l.StartsWith('(')))
                Expect(!r.Text.Contains(layer, StringComparison.Ordinal), $"recipient '{r.Text}' holds the signature's '{layer}'");

        // Body blocks of the organization part: heading → number of direct items.
        // A heading names its body first and may go on ("Cục Biến đổi khí hậu có trách nhiệm:"): truth's key is its start.
        var blockList = BodyBlocks(d);
        var expectedBlocks = truth.GetProperty("body_blocks").EnumerateObject().Select(p => (Key: BlockKey(p.Name), p.Name, Count: p.Value.GetInt32())).ToList();
        bool Names(string readKey, string truthKey) => readKey == truthKey || readKey.StartsWith(truthKey + " ", StringComparison.Ordinal);
        foreach (var (key, heading, count) in expectedBlocks)
        {
            var read = blockList.Where(b => Names(b.Key, key)).Select(b => (int?)b.Count).FirstOrDefault();
            Expect(read == count, $"body block '{heading}': expected {count} items, read {(read is null ? "no block" : read.ToString())}");
        }
        foreach (var block in blockList.Where(b => !expectedBlocks.Any(e => Names(b.Key, e.Key))))
            misses.Add($"body block '{block.Key}' (line {block.Line}) read ({block.Count} items) but not a block");

        // Appendix rows after the signature (group and header rows excluded).
        var rows = d.Tables.Where(t => d.Signature is null || t.Span.Line > d.Signature.Span.EndLine).Sum(t => t.Rows.Count(r => !r.IsGroup));
        var appendix = truth.GetProperty("appendix_rows");
        if (appendix.ValueKind == JsonValueKind.Number)
            Expect(rows == appendix.GetInt32(), $"appendix rows: expected {appendix.GetInt32()}, read {rows}");
        else if (!truth.TryGetProperty("appendix_rows_detail", out _))
            Expect(rows == 0, $"appendix rows: expected no appendix table, read {rows}");
        // else: truth gives no verifiable total (OCR'd tables); nothing to hold the reader to.

        // Facts tied to lines: the line is what truth says, and it landed in a node.
        foreach (var check in truth.GetProperty("checks_by_line").EnumerateArray())
        {
            var line = check.GetProperty("line").GetInt32();
            var text = check.GetProperty("text").GetString()!;
            var fact = check.GetProperty("fact").GetString()!;
            Expect(line <= sourceLines.Length && sourceLines[line - 1].Contains(text, StringComparison.Ordinal), $"line {line}: truth's text '{text}' is not on that line");
            Expect(d.Unplaced.All(u => u.Span.Line != line), $"line {line} ('{text}') is unplaced");
            if (NotAnItem().IsMatch(fact))
                Expect(!d.AllItems().Any(p => p.Item.Span.Line == line && p.Item.Marker.Style != MarkerStyle.Paragraph) && !d.AllSections().Any(s => s.Span.Line == line),
                    $"line {line} ('{text}') is read as a heading or item: {fact}");
            if (NotABlock().IsMatch(fact))
                Expect(blockList.All(b => b.Line != line), $"line {line} ('{text}') is read as a body block: {fact}");
            if (NotATaskRow().IsMatch(fact))
                Expect(!d.Tables.SelectMany(t => t.Rows).Any(r => r.Span.Line == line && !r.IsGroup), $"line {line} ('{text}') is read as a task row: {fact}");
            if (MustNotJoinRecipient().IsMatch(fact))
                Expect(d.Recipients.All(r => !r.Text.Contains(text.Trim(), StringComparison.Ordinal)), $"line {line}: '{text}' ended up inside a recipient: {fact}");
        }
        return misses;
    }

    /// <summary>Body blocks as the model records them: headings in an organization section that assign their items to a body.</summary>
    internal static List<(string Key, int Count, int Line)> BodyBlocks(ProgramDocument d)
    {
        var headingIds = d.Assignments.Where(a => a.Source == AssignmentSource.Heading && a.HeadingItem is not null).Select(a => a.HeadingItem!).ToHashSet(StringComparer.Ordinal);
        return [.. d.AllSections().Where(s => s.Role == SectionRole.Organization)
            .SelectMany(s => s.Items.SelectMany(i => i.SelfAndDescendants()))
            .Where(i => headingIds.Contains(i.Id))
            .Select(i => (BlockKey(i.Text), i.Children.Length, i.Span.Line))];
    }

    private static string BlockKey(string heading) => Fold(heading).TrimEnd(':', ' ', '.');

    private static ProgramKind ExpectedKind(string kind)
    {
        var f = Fold(kind);
        return f.Contains("chuong trinh hanh dong") ? ProgramKind.ActionProgram
            : f.Contains("ke hoach") ? ProgramKind.Plan
            : f.Contains("chuong trinh") ? ProgramKind.Program
            : ProgramKind.Unknown;
    }

    private static bool SameIssuer(string read, string expected)
    {
        var (r, e) = (Fold(read), Fold(expected));
        return r == e || e.StartsWith(r + " khoa ", StringComparison.Ordinal);
    }

    private static HashSet<string> Strings(JsonElement truth, string property) =>
        truth.GetProperty(property).EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal);

    private static string Fold(string s) => VietnameseText.CollapseSpaces(VietnameseText.Fold(s));

    [GeneratedRegex(@"^([^(—]+)")]
    private static partial Regex IssuerName();

    [GeneratedRegex(@"(\d{1,2})/(\d{1,2})/(\d{4})")]
    private static partial Regex DateIn();

    [GeneratedRegex(@"not a heading or item|not body text|not the document date", RegexOptions.IgnoreCase)]
    private static partial Regex NotAnItem();

    [GeneratedRegex(@"NOT a (?:body )?block|not a body block", RegexOptions.IgnoreCase)]
    private static partial Regex NotABlock();

    [GeneratedRegex(@"not a task row|not a new row", RegexOptions.IgnoreCase)]
    private static partial Regex NotATaskRow();

    [GeneratedRegex(@"must not (?:become|be) part of the recipient", RegexOptions.IgnoreCase)]
    private static partial Regex MustNotJoinRecipient();

    private static class Truth
    {
        public static Dictionary<string, JsonElement> Documents { get; } = Load();

        private static Dictionary<string, JsonElement> Load()
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.Corpus, "truth.json")));
            return json.RootElement.EnumerateObject().Where(p => !p.Name.StartsWith('_')).ToDictionary(p => p.Name, p => p.Value.Clone());
        }
    }
}
