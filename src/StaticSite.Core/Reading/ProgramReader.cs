using System.Collections.Immutable;
using StaticSite.Model;

namespace StaticSite.Reading;

/// <summary>Reads a program document (plain text or Markdown) into the model. Never throws on bad input.</summary>
public static class ProgramReader
{
    /// <summary>Reads the file at <paramref name="file"/>; spans carry <paramref name="path"/>.</summary>
    public static ProgramDocument ReadFile(string file, string path, ReaderOptions options) =>
        ReadText(File.ReadAllText(file), path, options);

    /// <summary>Reads <paramref name="text"/>; <paramref name="path"/> is the path spans carry.</summary>
    public static ProgramDocument ReadText(string text, string path, ReaderOptions options)
    {
        var lines = text.Split('\n');
        var unplaced = lines.Select((l, i) => new TextNode(l.Trim(), SourceSpan.At(path, i + 1)))
            .Where(n => n.Text.Length > 0).ToImmutableArray();
        return new ProgramDocument { Path = path, Slug = Text.Slug.From(System.IO.Path.GetFileNameWithoutExtension(path)), Kind = ProgramKind.Unknown, Unplaced = unplaced, LineCount = lines.Length };
    }
}
