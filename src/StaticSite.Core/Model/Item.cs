using System.Collections.Immutable;

namespace StaticSite.Model;

/// <summary>Nhiệm vụ / ý: a numbered, lettered, bulleted or plain item, with its sub-items.</summary>
/// <param name="Id">Stable anchor, unique within the document (<c>i-3-2-5</c>).</param>
/// <param name="Marker">The numbering as written.</param>
/// <param name="Text">The text, joined over page breaks, NFC, emphasis removed, without the marker.</param>
/// <param name="IsHeading">True when the item is a heading for the items under it (<c>2.5. Ban Tổ chức Thành ủy</c>, <c>1. Nhiệm vụ trọng tâm</c>).</param>
/// <param name="Deadline">Thời hạn, when the item states one.</param>
/// <param name="Span">All lines of the item's own text (not its children).</param>
/// <param name="Children">Sub-items.</param>
public sealed record Item(
    string Id,
    ItemMarker Marker,
    string Text,
    bool IsHeading,
    Deadline? Deadline,
    SourceSpan Span,
    ImmutableArray<Item> Children)
{
    /// <summary>
    /// How many levels of items a page (Markdown, HTML) shows nested; deeper items are shown at this level and the
    /// validator reports them (<c>deep-nesting</c>). The model and the JSON export keep any depth.
    /// </summary>
    public const int ShownDepth = 16;

    /// <summary>This item and all below it, depth first.</summary>
    public IEnumerable<Item> SelfAndDescendants() => WithDepths().Select(x => x.Item);

    /// <summary>
    /// This item (depth 0) and all below it with their depth below it, depth first. Iterative, not recursive: items
    /// can nest to any depth a document reaches.
    /// </summary>
    public IEnumerable<(Item Item, int Depth)> WithDepths()
    {
        var stack = new Stack<(Item Item, int Depth)>();
        stack.Push((this, 0));
        while (stack.Count > 0)
        {
            var (item, depth) = stack.Pop();
            yield return (item, depth);
            for (var i = item.Children.Length - 1; i >= 0; i--) stack.Push((item.Children[i], depth + 1));
        }
    }
}

/// <summary>The numbering of an item as written.</summary>
/// <param name="Style">Which numbering style.</param>
/// <param name="Text">As written: <c>1.1.</c>, <c>a)</c>, <c>(2)</c>, <c>-</c>, <c>+</c>; empty for a plain paragraph.</param>
/// <param name="Path">The numbers of a decimal marker (<c>1.1.2</c> → [1,1,2]); a letter's index (a=1, b=2, ..., đ=5), a parenthesised number; empty for bullets and paragraphs.</param>
public sealed record ItemMarker(MarkerStyle Style, string Text, ImmutableArray<int> Path)
{
    /// <summary>A plain paragraph.</summary>
    public static ItemMarker None { get; } = new(MarkerStyle.Paragraph, "", []);
}

/// <summary>Numbering styles of the genre.</summary>
public enum MarkerStyle
{
    /// <summary>No marker: a paragraph.</summary>
    Paragraph,
    /// <summary><c>1.</c>, <c>1.1.</c>, <c>1.1.1.</c></summary>
    Decimal,
    /// <summary><c>(1)</c></summary>
    Parenthesized,
    /// <summary><c>a)</c> … <c>đ)</c></summary>
    Letter,
    /// <summary><c>-</c> bullet.</summary>
    Dash,
    /// <summary><c>+</c> bullet.</summary>
    Plus,
    /// <summary>An appendix table row (marker: the <c>TT</c> cell).</summary>
    TableRow,
}
