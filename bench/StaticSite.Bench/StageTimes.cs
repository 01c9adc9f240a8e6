using System.Diagnostics;
using System.Globalization;
using StaticSite.Site;

/// <summary>STATICSITE_BENCH_STAGES=1: where a build's time goes, stage by stage, on stderr.</summary>
internal sealed class StageTimes : IBuildProgress
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private string? _stage;

    /// <summary>A stage timer when STATICSITE_BENCH_STAGES is set, else null (no progress reported).</summary>
    public static StageTimes? FromEnvironment() => Environment.GetEnvironmentVariable("STATICSITE_BENCH_STAGES") is not null ? new StageTimes() : null;

    public void StageStarted(string stage, string label)
    {
        // The live heap after the stage (a full collection, outside the timed span): what the build holds, as against the
        // peak RSS, which also counts garbage the collector had no reason to return yet.
        if (_stage is not null)
        {
            var elapsed = _clock.ElapsedMilliseconds;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {_stage}: {elapsed} ms (live heap after: {GC.GetTotalMemory(forceFullCollection: true) / 1e6:F0} MB)"));
        }
        _stage = stage;
        _clock.Restart();
    }

    public void Advance(int done, int total) { }
}
