using System.Text.Json;
using StaticSite.Model;
using StaticSite.Reading;

namespace StaticSite.Core.Tests.Reading.Originals;

/// <summary>The real Word originals of <c>shared/corpus/originals</c> read through <see cref="OriginalReader"/>.</summary>
public sealed class WordOriginalTests
{
    internal static string Corpus => Path.GetFullPath(Path.Combine(StaticSite.Tests.TestPaths.Root, "..", "shared", "corpus"));

    internal static string Original(string name) => Path.Combine(Corpus, "originals", name);

    internal static ProgramDocument ReadOriginal(string file) => ProgramReader.ReadFile(file, Path.GetFileName(file), ReaderOptions.Default);

    /// <summary>The facts truth.json counts, as a model gives them.</summary>
    internal sealed record Facts(
        ProgramKind Kind, string? Issuer, string? Number, DateOnly? Date, string Implements, string Roles,
        int Recipients, string? Signer, string? Layers, string BodyBlocks, int AppendixRows);

    internal static Facts FactsOf(ProgramDocument d)
    {
        var signatureLine = d.Signature?.Span.EndLine ?? int.MaxValue;
        var organization = d.AllSections().Where(s => s.Role == SectionRole.Organization);
        var blocks = organization.SelectMany(s => s.Items).Where(i => i.IsHeading || i.Children.Length > 0)
            .Select(i => $"{i.Children.Length}");
        return new Facts(
            d.Kind, d.Issuer?.Committee, d.Header?.Number, d.Header?.Date,
            string.Join(",", d.Implements.Select(r => r.Id).Distinct().Order(StringComparer.Ordinal)),
            string.Join(",", d.AllSections().Select(s => s.Role).Where(r => r is SectionRole.Purpose or SectionRole.Tasks or SectionRole.Organization)
                .Distinct().Select(r => r.ToString().ToLowerInvariant()).Order(StringComparer.Ordinal)),
            d.Recipients.Length, d.Signature?.Name,
            d.Signature is { } s ? $"{s.OnBehalfOf} / {s.Title}" : null,
            string.Join(",", blocks),
            d.Tables.Where(t => t.Span.Line > signatureLine).Sum(t => t.Rows.Length));
    }

    [Fact]
    public void Docx_06_gives_the_txt_model_for_every_fact_of_truth_json()
    {
        // The same document as text (06_….txt) and as its Word original: each fact the same in both, and truth.json's.
        using var truthJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(Corpus, "truth.json")));
        var truth = truthJson.RootElement.GetProperty("06_ubnd-lao-cai-kh-ct11-du-thao.txt");
        var txt = FactsOf(ProgramReader.ReadFile(Path.Combine(Corpus, "06_ubnd-lao-cai-kh-ct11-du-thao.txt"), "06.txt", ReaderOptions.Default));
        var docx = FactsOf(ReadOriginal(Original("06_ubnd-lao-cai-kh-ct11-du-thao.docx")));

        var truthFacts = new Dictionary<string, object?>
        {
            ["Implements"] = string.Join(",", truth.GetProperty("implements").EnumerateArray().Select(e => e.GetString()).Order(StringComparer.Ordinal)),
            ["Roles"] = string.Join(",", truth.GetProperty("roles_present").EnumerateArray().Select(e => e.GetString()).Order(StringComparer.Ordinal)),
            ["Recipients"] = truth.GetProperty("recipients").GetInt32(),
            ["Signer"] = truth.GetProperty("signer").GetString(),
            ["BodyBlocks"] = string.Join(",", truth.GetProperty("body_blocks").EnumerateObject().Select(p => p.Value.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture))),
            ["AppendixRows"] = truth.GetProperty("appendix_rows").GetInt32(),
            // The outer layer's body and the signer's title ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH").
            ["Layers"] = truth.GetProperty("signature_title").GetString()!.Split(" / ") is var layers
                ? $"{layers[0][(layers[0].IndexOf(' ') + 1)..]} / {layers[^1]}" : null,
            ["Number"] = null, // a draft: the number is blank
            ["Date"] = null,
        };
        var failures = new List<string>();
        foreach (var property in typeof(Facts).GetProperties())
        {
            var (a, b) = (property.GetValue(docx), property.GetValue(txt));
            // The text and its Word original give the same fact, and it is truth.json's wherever truth states it.
            if (Equals(a, b) && (!truthFacts.TryGetValue(property.Name, out var expected) || Equals(a, expected))) continue;
            failures.Add($"{property.Name}: docx {a ?? "null"}, txt {b ?? "null"}, truth {(truthFacts.TryGetValue(property.Name, out var t) ? t ?? "null" : "-")}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    // Counts read by hand from each original (Word opened, paragraphs counted):
    //  KH-3024: Nơi nhận 2 (Ban Giám đốc Sở; Lưu: VT, CN(M.Cường)), KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Hoàng Văn Thuân, appendix
    //           "PHÂN CÔNG NHIỆM VỤ…" 9 rows whose TT is Word numbering 1.–9.;
    //  KH-3898, KH-3957: the same layout, 2 recipients, Hoàng Văn Thuân, 9 appendix rows (TT numbered by Word);
    //  ke-hoach-thuc-hien-de-an-08: 6 recipients (Tỉnh ủy (B/c) … Lưu: VT, CN(Trung)), KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC /
    //           Trịnh Văn Thành; after the signature a report outline (Phụ lục 01) and two empty forms: no task rows.
    [Theory]
    [InlineData("KH-3024_27.5.2026_Ky-rieng-Sin-Quyen.docx", 2, "Hoàng Văn Thuân", 9)]
    [InlineData("KH-3898_30.6.2026_Huan-luyen-nguoi-quan-ly.docx", 2, "Hoàng Văn Thuân", 9)]
    [InlineData("KH-3957_3.7.2026_Kiem-tra-cap-GCN-19-don-vi.docx", 2, "Hoàng Văn Thuân", 9)]
    [InlineData("ke-hoach-thuc-hien-de-an-08.docx", 6, "Trịnh Văn Thành", 0)]
    public void Real_original_reads_recipients_signer_and_appendix_rows(string name, int recipients, string signer, int appendixRows)
    {
        var d = ReadOriginal(Original(name));
        Assert.Empty(d.Diagnostics);
        Assert.Equal(ProgramKind.Plan, d.Kind);
        Assert.Equal(recipients, d.Recipients.Length);
        Assert.Equal(signer, d.Signature?.Name);
        Assert.Equal("KT.", d.Signature?.Authority);
        Assert.Equal("PHÓ GIÁM ĐỐC", d.Signature?.Title);
        var facts = FactsOf(d);
        Assert.Equal(appendixRows, facts.AppendixRows);
        Assert.Contains("organization", facts.Roles);
        // Every paragraph is placed, the appendix title and a report outline after the signature included.
        Assert.Empty(d.Unplaced);
        Assert.Equal(SourceFormat.Word, d.Source.Format);
    }

    [Fact]
    public void Appendix_numbers_typed_by_word_numbering_are_read_as_typed()
    {
        // KH-3024's TT cells are empty paragraphs numbered by Word (numId 7, "%1."): a text extraction gets empty cells.
        var d = ReadOriginal(Original("KH-3024_27.5.2026_Ky-rieng-Sin-Quyen.docx"));
        var rows = d.Tables.SelectMany(t => t.Rows).ToList();
        Assert.Equal(Enumerable.Range(1, 9).Select(n => $"{n}."), rows.Select(r => r.Cells[0]));
    }

    [Fact]
    public async Task The_export_of_an_original_is_valid_and_maps_each_line_to_its_paragraph()
    {
        var schema = await NJsonSchema.JsonSchema.FromFileAsync(Path.Combine(StaticSite.Tests.TestPaths.Root, "docs", "schema", "program.schema.json"));
        var d = ReadOriginal(Original("KH-3024_27.5.2026_Ky-rieng-Sin-Quyen.docx"));
        var json = StaticSite.Export.JsonExporter.Export(d);
        Assert.Empty(schema.Validate(json));
        using var parsed = JsonDocument.Parse(json);
        var source = parsed.RootElement.GetProperty("source");
        Assert.Equal("word", source.GetProperty("format").GetString());
        Assert.Equal(d.LineCount, source.GetProperty("lines").GetArrayLength());
    }

    [Fact]
    public void Spans_of_a_word_original_name_paragraphs()
    {
        var d = ReadOriginal(Original("06_ubnd-lao-cai-kh-ct11-du-thao.docx"));
        var purpose = d.Sections.First(s => s.Role == SectionRole.Purpose);
        Assert.Matches(@"^đoạn \d+$", d.Source.Describe(purpose.Span.Line));
        // "I. MỤC ĐÍCH, YÊU CẦU" is the 16th paragraph of the file (2 header rows of 2+1+… cells, 3 empty paragraphs, the title, the preamble).
        Assert.Equal("đoạn 16", d.Source.Describe(purpose.Span.Line));
    }
}
