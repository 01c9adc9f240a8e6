using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using StaticSite.Reading;
using StaticSite.Reading.Word;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace StaticSite.Core.Tests.Reading.Originals;

/// <summary>Word's automatic numbering computed from numbering.xml, on .docx files built with the SDK for each case.</summary>
public sealed class WordNumberingTests
{
    // abstractNum 1: "%1." / "%1.%2." / "%3)"; abstractNum 2: bullets; abstractNum 3: "%1." upperRoman, then legal "%1.%2." (isLgl);
    // abstractNum 4: level 1 never restarts (lvlRestart 0).
    private static Numbering Definitions() => new(
        Abstract(1, Lvl(0, "decimal", "%1."), Lvl(1, "decimal", "%1.%2."), Lvl(2, "lowerLetter", "%3)")),
        Abstract(2, Lvl(0, "bullet", "-"), Lvl(1, "bullet", "\uF0B7")),
        Abstract(3, Lvl(0, "upperRoman", "%1."), Lvl(1, "decimal", "%1.%2.", legal: true)),
        Abstract(4, Lvl(0, "decimal", "%1."), Lvl(1, "lowerLetter", "%2)", restart: 0)),
        Num(1, 1), Num(2, 1, new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 }),
        Num(3, 1, new LevelOverride(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.UpperRoman }, new LevelText { Val = "%1." }) { LevelIndex = 0 }) { LevelIndex = 0 }),
        Num(4, 2), Num(5, 3), Num(6, 4), Num(7, 1, new LevelOverride(new StartOverrideNumberingValue { Val = 5 }) { LevelIndex = 0 }));

    private static AbstractNum Abstract(int id, params Level[] levels)
    {
        var a = new AbstractNum { AbstractNumberId = id };
        foreach (var l in levels) a.Append(l);
        return a;
    }

    private static Level Lvl(int ilvl, string format, string text, bool legal = false, int? restart = null)
    {
        var l = new Level { LevelIndex = ilvl };
        l.Append(new StartNumberingValue { Val = 1 });
        l.Append(new NumberingFormat { Val = new EnumValue<NumberFormatValues>(new NumberFormatValues(format)) });
        if (restart is { } r) l.Append(new LevelRestart { Val = r });
        if (legal) l.Append(new IsLegalNumberingStyle());
        l.Append(new LevelText { Val = text });
        return l;
    }

    private static NumberingInstance Num(int id, int abstractId, params LevelOverride[] overrides)
    {
        var n = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = id };
        foreach (var o in overrides) n.Append(o);
        return n;
    }

    private static Paragraph P(string text, int? numId = null, int level = 0, string? style = null)
    {
        var props = new ParagraphProperties();
        if (style is not null) props.Append(new ParagraphStyleId { Val = style });
        if (numId is { } n) props.Append(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = n }));
        return new Paragraph(props, new Run(new WText(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    /// <summary>Builds a .docx of <paramref name="content"/> in a temp folder, reads its lines, deletes it.</summary>
    internal static IReadOnlyList<string> Lines(Action<Body> content, Action<MainDocumentPart>? parts = null)
    {
        var dir = StaticSite.Tests.TestPaths.NewTempDir("staticsite-docx");
        try
        {
            var file = Path.Combine(dir, "t.docx");
            using (var doc = WordprocessingDocument.Create(file, WordprocessingDocumentType.Document))
            {
                var main = doc.AddMainDocumentPart();
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = Definitions();
                main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                    new Style(new StyleName { Val = "heading 1" },
                        new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 5 }))) { Type = StyleValues.Paragraph, StyleId = "Heading1" },
                    new Style(new StyleName { Val = "My heading" }, new BasedOn { Val = "Heading1" }) { Type = StyleValues.Paragraph, StyleId = "MyHeading" });
                parts?.Invoke(main);
                var body = new Body();
                content(body);
                main.Document = new Document(body);
            }
            var read = WordReader.Read(file, "t.docx");
            Assert.Empty(read.Diagnostics);
            return [.. read.Lines.Where(l => l.Length > 0)];
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Multi_level_numbers_restart_below_a_higher_level()
    {
        var lines = Lines(b => b.Append(
            P("Mục đích", 1, 0), P("Một", 1, 1), P("Hai", 1, 1), P("ý a", 1, 2), P("ý b", 1, 2), P("Yêu cầu", 1, 0), P("Ba", 1, 1), P("ý c", 1, 2)));
        Assert.Equal(["1. Mục đích", "1.1. Một", "1.2. Hai", "a) ý a", "b) ý b", "2. Yêu cầu", "2.1. Ba", "a) ý c"], lines);
    }

    [Fact]
    public void A_list_instance_with_a_start_override_begins_again()
    {
        var lines = Lines(b => b.Append(P("A", 1), P("B", 1), P("C", 1), P("Lại từ đầu", 2), P("Tiếp", 2), P("Từ năm", 7)));
        Assert.Equal(["1. A", "2. B", "3. C", "1. Lại từ đầu", "2. Tiếp", "5. Từ năm"], lines);
    }

    [Fact]
    public void A_level_override_replaces_the_format()
    {
        var lines = Lines(b => b.Append(P("MỤC ĐÍCH, YÊU CẦU", 3), P("NHIỆM VỤ", 3), P("TỔ CHỨC THỰC HIỆN", 3)));
        Assert.Equal(["I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ", "III. TỔ CHỨC THỰC HIỆN"], lines);
    }

    [Fact]
    public void Bullets_read_as_dashes_and_bullet_signs()
    {
        var lines = Lines(b => b.Append(P("Ý một", 4), P("Ý hai", 4), P("ý con", 4, 1)));
        Assert.Equal(["- Ý một", "- Ý hai", "• ý con"], lines);
    }

    [Fact]
    public void Legal_numbering_shows_every_level_in_decimal()
    {
        var lines = Lines(b => b.Append(P("Phần", 5, 0), P("Phần", 5, 0), P("Mục", 5, 1), P("Mục", 5, 1)));
        Assert.Equal(["I. Phần", "II. Phần", "2.1. Mục", "2.2. Mục"], lines);
    }

    [Fact]
    public void A_level_with_restart_zero_goes_on_across_higher_levels()
    {
        var lines = Lines(b => b.Append(P("A", 6, 0), P("x", 6, 1), P("B", 6, 0), P("y", 6, 1)));
        Assert.Equal(["1. A", "a) x", "2. B", "b) y"], lines);
    }

    [Fact]
    public void A_style_carries_the_numbering_of_a_heading()
    {
        // Heading1 has numPr (numId 5, upperRoman); MyHeading is based on it; a direct numId 0 turns numbering off.
        var lines = Lines(b => b.Append(P("MỤC ĐÍCH", style: "Heading1"), P("NHIỆM VỤ", style: "MyHeading"), P("không số", 0, style: "Heading1")));
        Assert.Equal(["I. MỤC ĐÍCH", "II. NHIỆM VỤ", "không số"], lines);
    }

    [Fact]
    public void A_numbered_heading_inside_a_table_cell_and_numbered_row_numbers()
    {
        var table = new Table(
            Row(Cell(P("TT")), Cell(P("Nhiệm vụ")), Cell(P("Cơ quan chủ trì")), Cell(P("Thời hạn"))),
            Row(Cell(P("", 1)), Cell(P("Tuyên truyền")), Cell(P("Sở Tư pháp")), Cell(P("Quý II/2026"))),
            Row(Cell(P("", 1)), Cell(P("Kiểm tra")), Cell(P("Thanh tra tỉnh")), Cell(P("Hằng năm"))),
            Row(Cell(P("Nhóm", 3)), Cell(P("")), Cell(P("")), Cell(P(""))));
        var lines = Lines(b => b.Append(P("Mở đầu"), table));
        Assert.Equal(["Mở đầu", "TT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn", "1. | Tuyên truyền | Sở Tư pháp | Quý II/2026", "2. | Kiểm tra | Thanh tra tỉnh | Hằng năm", "I. Nhóm |  |  |"], lines);
    }

    [Fact]
    public void Merged_and_spanned_cells_keep_the_columns()
    {
        var merged = Cell(P("Sở Công Thương"));
        merged.TableCellProperties = new TableCellProperties(new VerticalMerge { Val = MergedCellValues.Restart });
        var continued = Cell(P(""));
        continued.TableCellProperties = new TableCellProperties(new VerticalMerge());
        var spanned = Cell(P("I. LĨNH VỰC KINH TẾ"));
        spanned.TableCellProperties = new TableCellProperties(new GridSpan { Val = 3 });
        var table = new Table(
            Row(Cell(P("TT")), Cell(P("Nhiệm vụ")), Cell(P("Chủ trì"))),
            Row(spanned),
            Row(Cell(P("1")), Cell(P("Việc một")), merged),
            Row(Cell(P("2")), Cell(P("Việc hai")), continued));
        var lines = Lines(b => b.Append(P("Mở đầu"), table));
        Assert.Equal(["Mở đầu", "TT | Nhiệm vụ | Chủ trì", "I. LĨNH VỰC KINH TẾ |  |", "1 | Việc một | Sở Công Thương", "2 | Việc hai | Sở Công Thương"], lines);
    }

    [Fact]
    public void Tracked_changes_accepted_comments_and_field_codes_left_out_footnotes_as_notes_text_boxes_and_caps_read_as_shown()
    {
        var dir = StaticSite.Tests.TestPaths.NewTempDir("staticsite-docx");
        try
        {
            var file = Path.Combine(dir, "t.docx");
            using (var doc = WordprocessingDocument.Create(file, WordprocessingDocumentType.Document))
            {
                var main = doc.AddMainDocumentPart();
                main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes(
                    new Footnote(new Paragraph(new Run(new WText("Ghi chú chân trang.")))) { Id = 1 });
                var tracked = new Paragraph(
                    new Run(new WText("Giao ") { Space = SpaceProcessingModeValues.Preserve }),
                    new InsertedRun(new Run(new WText("Sở Tài chính "){ Space = SpaceProcessingModeValues.Preserve })) { Id = "1", Author = "a" },
                    new DeletedRun(new Run(new DeletedText("Sở Kế hoạch "))) { Id = "2", Author = "a" },
                    new CommentRangeStart { Id = "0" },
                    new Run(new WText("chủ trì")),
                    new CommentRangeEnd { Id = "0" },
                    new Run(new CommentReference { Id = "0" }),
                    new Run(new FootnoteReference { Id = 1 }),
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                    new Run(new FieldCode(" PAGE ")),
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                    new Run(new WText(" (trang 2)") { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
                var box = new Paragraph(new Run(new Picture(new DocumentFormat.OpenXml.Vml.Shape(new DocumentFormat.OpenXml.Vml.TextBox(
                    new TextBoxContent(new Paragraph(new Run(new WText("TM. ỦY BAN NHÂN DÂN"))), new Paragraph(new Run(new WText("CHỦ TỊCH")))))))));
                var breaks = new Paragraph(new Run(new WText("KT. CHỦ TỊCH"), new Break(), new WText("PHÓ CHỦ TỊCH")));
                var caps = new Paragraph(new Run(new RunProperties(new Caps()), new WText("phụ lục")));
                main.Document = new Document(new Body(tracked, box, breaks, caps));
            }
            var read = WordReader.Read(file, "t.docx");
            Assert.Equal(["Giao Sở Tài chính chủ trì (trang 2)", "", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "PHỤ LỤC"], read.Lines);
            Assert.Equal([("[1] Ghi chú chân trang.", 1)], read.Notes);
            Assert.Equal(["đoạn 1", "đoạn 2", "đoạn 3", "đoạn 4", "đoạn 5", "đoạn 5", "đoạn 6"], Enumerable.Range(1, read.Lines.Count).Select(read.Map.Describe));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static TableRow Row(params TableCell[] cells) => new(cells);

    private static TableCell Cell(Paragraph p) => new(p);
}
