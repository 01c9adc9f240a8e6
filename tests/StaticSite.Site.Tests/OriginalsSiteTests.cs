using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using StaticSite.Tests;

namespace StaticSite.Site.Tests;

/// <summary><c>build</c> and <c>validate</c> over content folders that hold Word and PDF originals.</summary>
public sealed class OriginalsSiteTests
{
    private static void WriteDocx(string file, string text)
    {
        using var doc = WordprocessingDocument.Create(file, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var body = new Body();
        foreach (var line in text.Split('\n'))
            body.Append(new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(line) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })));
        doc.AddMainDocumentPart().Document = new Document(body);
    }

    [Fact]
    public void Word_and_pdf_originals_build_and_each_page_links_its_original()
    {
        var project = TestSites.Project(new Dictionary<string, string>());
        try
        {
            var content = Path.Combine(project, "content");
            File.WriteAllBytes(Path.Combine(content, "ke-hoach-12.pdf"), OriginalFixtures.CraftedPdf());
            WriteDocx(Path.Combine(content, "ke-hoach-12-du-thao.docx"), OriginalFixtures.CraftedText);
            var result = SiteBuilder.Build(new BuildOptions { ConfigPath = Path.Combine(project, "site.config.json") });
            Assert.True(result.Success, string.Join("\n", result.Errors.Concat(result.Diagnostics.Select(d => d.ToString()))));
            var site = Path.Combine(project, "_site");
            foreach (var (slug, ext) in new[] { ("ke-hoach-12", ".pdf"), ("ke-hoach-12-du-thao", ".docx") })
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(content, slug + ext)), File.ReadAllBytes(Path.Combine(site, "originals", slug + ext)));
                var page = File.ReadAllText(Path.Combine(site, "programs", slug + ".html"));
                Assert.Contains($"href=\"../originals/{slug}{ext}\"", page);
                Assert.Contains($"Tải văn bản gốc ({ext})", page);
            }
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }

    [Fact]
    public void A_scanned_pdf_is_one_scanned_pdf_finding_exit_1_and_build_writes_nothing()
    {
        var project = TestSites.Project(new Dictionary<string, string>());
        try
        {
            var work = Path.Combine(project, "work");
            Directory.CreateDirectory(work);
            File.WriteAllBytes(Path.Combine(project, "content", "ban-quet.pdf"), OriginalFixtures.ScannedPdf(work));
            Directory.Delete(work, recursive: true);

            var (code, stdout, _) = TestSites.RunCli(project, "validate");
            Assert.Equal(1, code);
            var findings = stdout.Split('\n').Where(l => l.StartsWith("content/", StringComparison.Ordinal)).ToList();
            var finding = Assert.Single(findings);
            Assert.Contains("scanned-pdf", finding);

            var result = SiteBuilder.Build(new BuildOptions { ConfigPath = Path.Combine(project, "site.config.json") });
            Assert.False(result.Success);
            Assert.False(Directory.Exists(Path.Combine(project, "_site")));
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }

    [Fact]
    public void Each_file_of_a_format_to_convert_in_the_folder_is_named()
    {
        var project = TestSites.Project(new Dictionary<string, string> { ["ke-hoach.txt"] = TestSites.SmallProgram, ["cu.doc"] = "x", ["ban.odt"] = "x", ["anh.jpg"] = "x" });
        try
        {
            var (code, stdout, _) = TestSites.RunCli(project, "validate", "content");
            Assert.Equal(1, code);
            foreach (var name in new[] { "cu.doc", "ban.odt", "anh.jpg" })
                Assert.Contains(stdout.Split('\n'), l => l.StartsWith($"content/{name}:1:1: ", StringComparison.Ordinal) && l.Contains("unsupported-format"));
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }
}
