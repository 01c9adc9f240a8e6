using System.Collections.Immutable;

namespace StaticSite.Model;

/// <summary>Bảng phụ lục: a table joined across page breaks, repeated headers dropped.</summary>
/// <param name="Title">The appendix title line(s), when present.</param>
/// <param name="Columns">Column headers as written (<c>TT</c>, <c>Nội dung</c>, <c>Cơ quan chủ trì</c>, <c>Ghi chú</c>).</param>
/// <param name="Rows">Data rows; continuation rows are joined into the row above.</param>
/// <param name="Span">From the first header line to the last row.</param>
public sealed record AppendixTable(TextNode? Title, ImmutableArray<string> Columns, ImmutableArray<TableRow> Rows, SourceSpan Span)
{
    /// <summary>Index of the first column whose header matches <paramref name="role"/>, or -1.</summary>
    public int ColumnOf(TableColumnRole role) => Columns.Select(TableColumns.RoleOf).ToList().IndexOf(role);
}

/// <summary>One row of an appendix table.</summary>
/// <param name="Cells">Cell texts, one per column, continuation text joined with a space.</param>
/// <param name="Lines">Every source line the row was read from (the first, then continuations).</param>
/// <param name="Item">The item that stands for this row in the appendix section (same id, marker = TT).</param>
/// <param name="Span">First to last line of the row.</param>
public sealed record TableRow(ImmutableArray<string> Cells, ImmutableArray<int> Lines, Item Item, SourceSpan Span)
{
    /// <summary>A group row (<c>I | Lĩnh vực kinh tế</c>, <c>II.1 | …</c>): it titles the rows under it and is not a task.</summary>
    public bool IsGroup { get; init; }
}

/// <summary>What an appendix column holds.</summary>
public enum TableColumnRole
{
    /// <summary>Unrecognised column.</summary>
    Other,
    /// <summary>TT / STT: the row number.</summary>
    Number,
    /// <summary>Nội dung / Nhiệm vụ.</summary>
    Content,
    /// <summary>Cơ quan chủ trì.</summary>
    Lead,
    /// <summary>Cơ quan phối hợp.</summary>
    Cooperate,
    /// <summary>Thời gian thực hiện / hoàn thành.</summary>
    Deadline,
    /// <summary>Ghi chú.</summary>
    Note,
}

/// <summary>Recognises appendix column headers.</summary>
public static class TableColumns
{
    /// <summary>The role of a column header (case-, accent- and space-insensitive).</summary>
    public static TableColumnRole RoleOf(string header)
    {
        var h = StaticSite.Text.VietnameseText.Fold(header);
        if (h is "tt" or "stt" or "so tt") return TableColumnRole.Number;
        if (h.Contains("chu tri")) return TableColumnRole.Lead;
        if (h.Contains("phoi hop")) return TableColumnRole.Cooperate;
        if (h.StartsWith("thoi gian", StringComparison.Ordinal) || h.StartsWith("thoi han", StringComparison.Ordinal) || h.Contains("tien do")) return TableColumnRole.Deadline;
        if (h.StartsWith("noi dung", StringComparison.Ordinal) || h.StartsWith("nhiem vu", StringComparison.Ordinal) || h.StartsWith("ten ", StringComparison.Ordinal)) return TableColumnRole.Content;
        if (h.StartsWith("ghi chu", StringComparison.Ordinal)) return TableColumnRole.Note;
        return TableColumnRole.Other;
    }
}
