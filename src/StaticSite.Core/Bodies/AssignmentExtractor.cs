using System.Collections.Immutable;
using StaticSite.Model;

namespace StaticSite.Bodies;

/// <summary>Reads assignments (phân công) from a parsed document: body headings, sentences, table columns, organization items.</summary>
public static class AssignmentExtractor
{
    /// <summary>The assignments of <paramref name="document"/>, in source order.</summary>
    public static ImmutableArray<Assignment> Extract(ProgramDocument document, BodyRegistry registry) => [];
}
