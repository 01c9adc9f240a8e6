using Spectre.Console;
using StaticSite.Site;

namespace StaticSite.Cli;

/// <summary>How <c>staticsite build</c> shows its stages: a Spectre.Console bar per stage on a terminal, one plain line per stage otherwise.</summary>
internal static class BuildProgress
{
    /// <summary>Builds with <paramref name="options"/>, showing the stages as bars on a <paramref name="terminal"/>, as plain lines otherwise.</summary>
    public static BuildResult Build(BuildOptions options, bool terminal) =>
        terminal ? BuildWithBars(options) : SiteBuilder.Build(options with { Progress = new Plain() });

    // A bar per stage; Spectre.Console redraws them in place.
    private static BuildResult BuildWithBars(BuildOptions options)
    {
        BuildResult? result = null;
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var progress = new Bars(context);
                result = SiteBuilder.Build(options with { Progress = progress });
                progress.Finish();
            });
        return result!;
    }

    /// <summary>One plain line per stage, for logs and pipes.</summary>
    private sealed class Plain : IBuildProgress
    {
        public void StageStarted(string stage, string label) => Console.WriteLine($"[{stage}] {label}");

        public void Advance(int done, int total) { }
    }

    /// <summary>A Spectre.Console progress task per stage.</summary>
    private sealed class Bars(ProgressContext context) : IBuildProgress
    {
        private ProgressTask? _current;

        public void StageStarted(string stage, string label)
        {
            Finish();
            _current = context.AddTask(Markup.Escape(label), maxValue: 1);
        }

        public void Advance(int done, int total)
        {
            if (_current is null || total <= 0) return;
            _current.MaxValue = total;
            _current.Value = done;
        }

        public void Finish()
        {
            if (_current is not null) _current.Value = _current.MaxValue;
        }
    }
}
