using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using StaticSite.Bodies;
using StaticSite.Compare;
using StaticSite.Config;
using StaticSite.Diagnostics;
using StaticSite.Export;
using StaticSite.Model;
using StaticSite.Reading;
using StaticSite.Site.Building;
using StaticSite.Tests;
using StaticSite.Validation;

namespace StaticSite.Site.Tests;

/// <summary>Issue 16, point 11: any depth, no crash — the model keeps deep structure, pages show it flattened with a finding.</summary>
public sealed class DepthTests
{
    private const string Task = "1. Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền (*thực hiện thường xuyên*).";

    // The small program with its task numbered 1., 1.1., 1.1.1., … down to the given depth.
    private static string Deep(int levels)
    {
        Assert.Contains(Task, TestSites.SmallProgram);
        var sb = new StringBuilder();
        for (var depth = 1; depth <= levels; depth++)
            sb.Append(string.Join('.', Enumerable.Repeat("1", depth))).Append(". Nhiệm vụ cấp ").Append(depth).Append(".\n");
        return TestSites.SmallProgram.Replace(Task, "Ban Tuyên giáo Tỉnh ủy chủ trì các nhiệm vụ sau:\n" + sb);
    }

    private static int Depth(Item item)
    {
        var levels = 1;
        while (!item.Children.IsEmpty) { item = item.Children.Single(); levels++; }
        return levels;
    }

    private static int JsonDepth(string json)
    {
        using var parsed = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = int.MaxValue });
        var section = parsed.RootElement.GetProperty("sections").EnumerateArray().First(s => s.GetProperty("role").GetString() == "tasks");
        var levels = 0;
        var items = section.GetProperty("items");
        while (items.EnumerateArray().FirstOrDefault(i => i.TryGetProperty("items", out _) || i.GetProperty("marker").GetString()!.StartsWith("1.", StringComparison.Ordinal)) is { ValueKind: JsonValueKind.Object } item)
        {
            levels++;
            if (!item.TryGetProperty("items", out items)) break;
        }
        return levels;
    }

    [Theory]
    [InlineData(64)]
    [InlineData(1_000)]
    public void Issue16_11_numbering_64_and_1000_levels_deep_reads_exports_and_builds(int levels)
    {
        var text = Deep(levels);
        var d = ProgramReader.ReadText(text, "ke-hoach.txt", ReaderOptions.Default);
        var tasks = d.AllSections().First(s => s.Role == SectionRole.Tasks);
        Assert.Equal(levels, Depth(tasks.Items.Last()));
        Assert.Equal(levels, JsonDepth(JsonExporter.Export(d)));
        ProgramComparer.Compare(d, d);

        var project = TestSites.Project(new Dictionary<string, string> { ["ke-hoach.txt"] = text });
        try
        {
            var result = SiteBuilder.Build(new BuildOptions { ConfigPath = Path.Combine(project, "site.config.json") });
            Assert.True(result.Success, string.Join("\n", result.Errors));
            var finding = Assert.Single(result.Diagnostics, x => x.Rule == "deep-nesting");
            Assert.Equal(Severity.Warning, finding.Severity);
            var markdown = Directory.GetFiles(Path.Combine(project, "_site", "md"), "ke-hoach.md", SearchOption.AllDirectories).Single();
            var indents = File.ReadAllLines(markdown).Where(l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal)).Select(l => l.Length - l.TrimStart().Length).ToList();
            Assert.Equal(2 * (Item.ShownDepth - 1), indents.Max());
            var html = File.ReadAllText(Directory.GetFiles(Path.Combine(project, "_site"), "ke-hoach.html", SearchOption.AllDirectories).Single());
            Assert.Contains("Nhiệm vụ cấp " + levels + ".", html);
        }
        finally
        {
            Directory.Delete(project, true);
        }
    }

    [Fact]
    public void Issue16_11_ten_thousand_levels_in_the_model_crash_no_validator_writer_or_comparer()
    {
        // 10,000 levels of "1.1.…" would take a 100 MB text; the model is built directly and goes through every stage after reading.
        var small = ProgramReader.ReadText(TestSites.SmallProgram, "ke-hoach.txt", ReaderOptions.Default);
        const int levels = 10_000;
        Item? chain = null;
        for (var depth = levels; depth >= 1; depth--)
            chain = new Item("d" + depth, new ItemMarker(MarkerStyle.Decimal, "1.", [1]), "Nhiệm vụ cấp " + depth + ".", false, null,
                SourceSpan.At("ke-hoach.txt", 8), chain is null ? [] : [chain]);
        var sections = small.Sections.Select(s => s.Role == SectionRole.Tasks ? s with { Items = [chain!] } : s).ToImmutableArray();
        var deep = small with { Sections = sections };
        deep = deep with { Assignments = AssignmentExtractor.Extract(deep, BodyRegistry.Default) };

        Assert.Equal(levels, JsonDepth(JsonExporter.Export(deep)));
        var report = Validator.Validate([deep], RuleContext.Default);
        Assert.Contains(report.Diagnostics, x => x.Rule == "deep-nesting");
        ProgramComparer.Compare(deep, small); // (deep against deep would measure the aligner on 10,000 × 10,000 pairs, not depth)

        var output = TestPaths.NewTempDir("deep");
        try
        {
            var context = new BuildContext
            {
                Config = new SiteConfig { BuildDate = "2026-01-01" }, ContentDir = output, OutputDir = Path.Combine(output, "_site"),
                ThemeDir = Path.Combine(TestPaths.Root, "theme"),
                Corpus = new Corpus([deep], BodyRegistry.Default, new SiteConfig(), new DateOnly(2026, 1, 1)),
            };
            var result = SiteBuilder.Run(context, SiteBuilder.Stages(PagesMarkdownWriter.Write).Where(s => s is not ReadStage));
            Assert.True(result.Success, string.Join("\n", result.Errors));
            Assert.Contains("Nhiệm vụ cấp 10000.", context.Text(context.HtmlPages.Single(p => p.Contains("ke-hoach", StringComparison.Ordinal))));
        }
        finally
        {
            Directory.Delete(output, true);
        }
    }
}
