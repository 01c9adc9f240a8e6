namespace StaticSite.Site.Building;

/// <summary>One named stage of the build with one job; runnable and testable alone over a <see cref="BuildContext"/>.</summary>
public interface IBuildStage
{
    /// <summary>Stable English name (<c>Read</c>, <c>Validate</c>, ...).</summary>
    string Name { get; }

    /// <summary>What a person sees while the stage runs (Vietnamese).</summary>
    string Label { get; }

    /// <summary>Does the stage's job; records problems in <see cref="BuildContext.Errors"/> rather than throwing.</summary>
    void Run(BuildContext context);
}
