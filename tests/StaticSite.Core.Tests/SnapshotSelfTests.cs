using StaticSite.Tests;

namespace StaticSite.Core.Tests;

public sealed class SnapshotSelfTests
{
    [Fact]
    public void A_mismatching_snapshot_fails_and_leaves_a_received_file()
    {
        var name = "mismatch-" + Guid.NewGuid().ToString("N");
        var dir = Path.Combine(TestPaths.Fixtures, "selftest");
        File.WriteAllText(Path.Combine(dir, name + ".approved.txt"), "expected");
        try
        {
            Assert.ThrowsAny<Exception>(() => Snapshot.Verify("selftest", name, "actual"));
            Assert.True(File.Exists(Path.Combine(dir, name + ".received.txt")));
        }
        finally
        {
            foreach (var f in Directory.GetFiles(dir, name + ".*")) File.Delete(f);
        }
    }

    [Fact]
    public void A_matching_snapshot_passes() => Snapshot.Verify("selftest", "hello", "xin chào\n");
}
