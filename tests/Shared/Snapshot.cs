using ApprovalTests;
using ApprovalTests.Core;
using ApprovalTests.Reporters;
using ApprovalTests.Writers;

namespace StaticSite.Tests;

/// <summary>
/// Snapshot tests over fixture files: <c>tests/Fixtures/&lt;topic&gt;/&lt;case&gt;.approved.&lt;ext&gt;</c>, checked by ApprovalTests.
/// A mismatch writes <c>&lt;case&gt;.received.&lt;ext&gt;</c> beside it and fails; a person reads the diff, then
/// <c>tests/approve.sh</c> turns received files into approved ones.
/// </summary>
public static class Snapshot
{
    /// <summary>Verifies <paramref name="text"/> against <c>tests/Fixtures/{topic}/{name}.approved.{extension}</c>.</summary>
    public static void Verify(string topic, string name, string text, string extension = "txt")
    {
        var dir = Path.Combine(TestPaths.Fixtures, topic);
        Directory.CreateDirectory(dir);
        Approvals.Verify(new ApprovalTextWriter(text.ReplaceLineEndings("\n"), extension), new FixtureNamer(dir, name), QuietReporter.INSTANCE);
    }

    private sealed class FixtureNamer(string sourcePath, string name) : IApprovalNamer
    {
        public string SourcePath { get; } = sourcePath;
        public string Name { get; } = name;
    }
}
