namespace StaticSite.Compare;

/// <summary>How alike two paired items read, in the words the comparison page uses (mức giống).</summary>
public enum SimilarityBand
{
    /// <summary>Giống hệt: the same words (case and spacing aside).</summary>
    Identical,
    /// <summary>Gần giống: mostly the same words, some changed.</summary>
    Close,
    /// <summary>Khác nhiều: paired by their closest words, but reworded.</summary>
    Different,
}

/// <summary>The one rule that puts a pair's similarity into a <see cref="SimilarityBand"/>; the on-demand page's script gets its bounds from here.</summary>
public static class SimilarityBands
{
    /// <summary>
    /// A pair scoring at least this is <see cref="SimilarityBand.Close"/>. On the sample programs twins that name the same
    /// document score 0.7–0.85 and reworded twins 0.37–0.6 (<see cref="ProgramComparer.ItemThreshold"/>).
    /// </summary>
    public const double Close = 0.6;

    /// <summary>
    /// The band of a pair: <see cref="SimilarityBand.Identical"/> when its texts are the same (<paramref name="sameText"/>:
    /// the word diff found nothing), else <see cref="SimilarityBand.Close"/> from <see cref="Close"/> up, else
    /// <see cref="SimilarityBand.Different"/>.
    /// </summary>
    public static SimilarityBand Of(double score, bool sameText) =>
        sameText ? SimilarityBand.Identical : score >= Close ? SimilarityBand.Close : SimilarityBand.Different;

    /// <summary>The band in words: <c>giống hệt</c>, <c>gần giống</c>, <c>khác nhiều</c>.</summary>
    public static string Label(SimilarityBand band) => band switch
    {
        SimilarityBand.Identical => "giống hệt",
        SimilarityBand.Close => "gần giống",
        _ => "khác nhiều",
    };

    /// <summary>The band as a CSS class suffix (<c>identical</c>, <c>close</c>, <c>different</c>).</summary>
    public static string Key(SimilarityBand band) => band.ToString().ToLowerInvariant();
}
