namespace StaticSite.Model;

/// <summary>Where a node stands in its source file (vị trí trong văn bản nguồn). Lines and columns count from 1.</summary>
/// <param name="File">The source path as given to the reader (relative to the content folder when read from there).</param>
/// <param name="Line">First line of the node.</param>
/// <param name="Column">Column of the node's first character on <paramref name="Line"/>.</param>
/// <param name="EndLine">Last line of the node (equal to <paramref name="Line"/> for one line).</param>
public sealed record SourceSpan(string File, int Line, int Column, int EndLine)
{
    /// <summary>A span over whole lines.</summary>
    public static SourceSpan Lines(string file, int line, int endLine) => new(file, line, 1, endLine);

    /// <summary>A span over one line.</summary>
    public static SourceSpan At(string file, int line, int column = 1) => new(file, line, column, line);

    /// <summary>The compiler convention <c>file:line:col</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}";
}
