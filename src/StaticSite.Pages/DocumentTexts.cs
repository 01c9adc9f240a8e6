using System.Collections.Immutable;
using StaticSite.Model;

namespace StaticSite.Pages;

/// <summary>How the pages name the parts of a program: titles, labels of sections and items, every piece of text with its place.</summary>
public static class DocumentTexts
{
    /// <summary>
    /// The title of a program: its subtitle, after the kind when the subtitle goes on from it in lower case
    /// (<c>Chương trình hành động thực hiện Nghị quyết số 28-NQ/TW ...</c>); else its kind line; else its file name.
    /// </summary>
    public static string Title(ProgramDocument doc)
    {
        if (doc.Title?.Text is { Length: > 0 } title)
            return doc.Kind != ProgramKind.Unknown && char.IsLower(title[0]) ? $"{KindName(doc.Kind)} {title}" : title;
        return doc.KindLine?.Text is { Length: > 0 } kind ? kind : Path.GetFileNameWithoutExtension(doc.Path);
    }

    /// <summary>The kind in Vietnamese.</summary>
    public static string KindName(ProgramKind kind) => kind switch
    {
        ProgramKind.ActionProgram => "Chương trình hành động",
        ProgramKind.Program => "Chương trình",
        ProgramKind.Plan => "Kế hoạch",
        _ => "Chưa rõ loại",
    };

    /// <summary>Loại văn bản as the record shows it: what a non-program is (<c>Nghị quyết</c>), else the program's kind.</summary>
    public static string KindOf(ProgramDocument doc) => doc.OtherKind ?? KindName(doc.Kind);

    /// <summary>Số, ký hiệu of the program itself, as the reader found it (<see cref="ProgramDocument.Header"/>); null when the text does not say.</summary>
    public static string? OwnNumber(ProgramDocument doc) => doc.Header?.Number is { Length: > 0 } number ? number : null;

    /// <summary>The title in a few words, for a breadcrumb or a line that has no room for all of it.</summary>
    public static string ShortTitle(ProgramDocument doc) => MarkdownText.Shorten(Title(doc), 12);

    /// <summary>A program named shortly, where a line names it beside one of its items: its số, ký hiệu (<c>01-CTr/TU</c>), else <see cref="ShortTitle"/>.</summary>
    public static string ShortName(ProgramDocument doc) => OwnNumber(doc) ?? ShortTitle(doc);

    /// <summary>
    /// The notes a page shows under Ghi chú: not separators (<c>-----</c>) and not the lines of the header block (the issuer,
    /// <c>ĐẢNG CỘNG SẢN VIỆT NAM</c>, the national motto, <c>Số: ...</c>), which the record at the top already says.
    /// </summary>
    public static IEnumerable<TextNode> ShownNotes(ProgramDocument doc) => doc.Notes.Where(n => !IsHeaderLine(n.Text, doc));

    private static bool IsHeaderLine(string text, ProgramDocument doc)
    {
        if (!text.Any(char.IsLetterOrDigit)) return true;
        var folded = Text.VietnameseText.Fold(text).Trim('*', '_', ' ', '-');
        if (Reading.HeaderReader.IsMotto(folded) || folded.StartsWith("so:", StringComparison.Ordinal))
            return true;
        return doc.Issuer is { } issuer && (folded == Text.VietnameseText.Fold(issuer.Name) || (issuer.Parent is { } parent && folded == Text.VietnameseText.Fold(parent)));
    }

    /// <summary>A section as its heading reads: <c>III. NHIỆM VỤ VÀ GIẢI PHÁP</c>, <c>Phần thứ ba TỔ CHỨC THỰC HIỆN</c>.</summary>
    public static string SectionLabel(Section section)
    {
        if (string.IsNullOrEmpty(section.Number)) return section.Heading;
        var separator = section.Level is SectionLevel.Roman or SectionLevel.Letter ? ". " : " ";
        return section.Heading.Length == 0 ? section.Number : section.Number + separator + section.Heading;
    }

    /// <summary>An item shortly: its marker and first words.</summary>
    public static string ItemLabel(Item item)
    {
        var text = MarkdownText.Shorten(item.Text, 12);
        return item.Marker.Text.Length == 0 || item.Marker.Style is MarkerStyle.Dash or MarkerStyle.Plus ? text : $"{item.Marker.Text} {text}";
    }

    /// <summary>Ids of the items that stand for table rows: the pages write the table, not these items.</summary>
    public static ImmutableHashSet<string> TableItemIds(ProgramDocument doc) =>
        doc.Tables.SelectMany(t => t.Rows).Select(r => r.Item.Id).ToImmutableHashSet(StringComparer.Ordinal);

    /// <summary>Every piece of text a program page shows that may hold a body name or a reference, in page order.</summary>
    public static IEnumerable<TextSite> Enumerate(ProgramDocument doc)
    {
        var title = Title(doc);
        yield return new TextSite(title, SitePlan.Anchors.Title, "Tiêu đề");
        foreach (var node in doc.Preamble) yield return new TextSite(node.Text, SitePlan.Anchors.Preamble, "Lời mở đầu");
        var tableItems = TableItemIds(doc);
        var placedTables = new HashSet<AppendixTable>(ReferenceEqualityComparer.Instance);
        foreach (var section in doc.AllSections())
        {
            yield return new TextSite(SectionLabel(section), section.Id, SectionLabel(section));
            foreach (var item in section.Items.SelectMany(i => i.SelfAndDescendants()))
            {
                if (tableItems.Contains(item.Id))
                {
                    var table = doc.Tables.First(t => t.Rows.Any(r => r.Item.Id == item.Id));
                    if (placedTables.Add(table)) foreach (var site in TableSites(table)) yield return site;
                    continue;
                }
                yield return new TextSite(item.Text, item.Id, ItemLabel(item));
            }
        }
        foreach (var table in doc.Tables.Where(t => !placedTables.Contains(t)))
            foreach (var site in TableSites(table)) yield return site;
        foreach (var recipient in doc.Recipients) yield return new TextSite(recipient.Text, SitePlan.Anchors.Recipients, "Nơi nhận");
        foreach (var note in ShownNotes(doc)) yield return new TextSite(note.Text, SitePlan.Anchors.Notes, "Ghi chú");
        foreach (var node in doc.Unplaced) yield return new TextSite(node.Text, SitePlan.Anchors.Unplaced, "Văn bản chưa xếp được");
    }

    private static IEnumerable<TextSite> TableSites(AppendixTable table)
    {
        if (table.Title is not null) yield return new TextSite(table.Title.Text, table.Rows.IsEmpty ? SitePlan.Anchors.Appendix : table.Rows[0].Item.Id, "Phụ lục");
        foreach (var row in table.Rows)
            foreach (var cell in row.Cells)
                yield return new TextSite(cell, row.Item.Id, ItemLabel(row.Item));
    }
}
