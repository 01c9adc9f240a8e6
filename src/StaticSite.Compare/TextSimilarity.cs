using System.Collections.Immutable;
using StaticSite.Text;

namespace StaticSite.Compare;

/// <summary>
/// Word similarity of item texts: diacritics folded (<see cref="VietnameseText.Fold"/>), words and word bigrams weighted
/// by tf-idf over a set of texts, compared by cosine. Vietnamese words are single syllables, so the frequent ones
/// (<c>của</c>, <c>các</c>, <c>đảng</c>) would make any two tasks look alike by counting alone; idf weighs them down and
/// bigrams keep a little word order (<c>kiểm tra</c> against <c>tra kiểm</c>). Programs of the genre merge and split
/// tasks — one province writes in one paragraph what the other spreads over three items — so the score of two items is
/// the better of the cosine of their whole texts and the cosine of their closest sentences (<see cref="Score(Profile, Profile)"/>).
/// </summary>
public sealed class TextSimilarity
{
    private readonly Dictionary<string, double> _idf;
    private readonly double _unknownIdf;

    /// <summary>A similarity whose weights come from <paramref name="corpus"/> (every text either side may compare).</summary>
    public TextSimilarity(IEnumerable<string> corpus)
    {
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        foreach (var text in corpus)
        {
            count++;
            foreach (var feature in Features(text).Keys) documentFrequency[feature] = documentFrequency.GetValueOrDefault(feature) + 1;
        }
        _idf = documentFrequency.ToDictionary(p => p.Key, p => Math.Log(1.0 + (double)count / p.Value), StringComparer.Ordinal);
        _unknownIdf = Math.Log(1.0 + Math.Max(1, count));
    }

    /// <summary>The folded words of <paramref name="text"/>: letters and digits, everything else a separator.</summary>
    public static ImmutableArray<string> Words(string text)
    {
        var folded = VietnameseText.Fold(text);
        var words = ImmutableArray.CreateBuilder<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var isWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (isWord && start < 0) start = i;
            else if (!isWord && start >= 0) { words.Add(folded[start..i]); start = -1; }
        }
        return words.ToImmutable();
    }

    /// <summary>Term counts of the words and word bigrams of <paramref name="text"/>.</summary>
    public static Dictionary<string, int> Features(string text)
    {
        var words = Words(text);
        var features = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
        {
            features[words[i]] = features.GetValueOrDefault(words[i]) + 1;
            if (i + 1 < words.Length)
            {
                var bigram = words[i] + " " + words[i + 1];
                features[bigram] = features.GetValueOrDefault(bigram) + 1;
            }
        }
        return features;
    }

    /// <summary>The tf-idf vector of <paramref name="text"/>, normalized to length 1 (empty for a text without words).</summary>
    public Dictionary<string, double> Vector(string text)
    {
        var vector = Features(text).ToDictionary(p => p.Key, p => p.Value * _idf.GetValueOrDefault(p.Key, _unknownIdf), StringComparer.Ordinal);
        var norm = Math.Sqrt(vector.Values.Sum(v => v * v));
        if (norm == 0) return [];
        foreach (var key in vector.Keys.ToList()) vector[key] /= norm;
        return vector;
    }

    /// <summary>Cosine of two unit vectors from <see cref="Vector"/>, in [0, 1]: 1 for the same words, 0 for none in common.</summary>
    public static double Cosine(IReadOnlyDictionary<string, double> a, IReadOnlyDictionary<string, double> b)
    {
        if (a.Count > b.Count) (a, b) = (b, a);
        var sum = 0.0;
        foreach (var (key, value) in a)
            if (b.TryGetValue(key, out var other)) sum += value * other;
        return Math.Clamp(sum, 0.0, 1.0);
    }

    /// <summary>Sentences shorter than this many words take no part on their own (a short clause shares its words with too many).</summary>
    public const int MinSentenceWords = 5;

    /// <summary>The sentences of <paramref name="text"/> of at least <see cref="MinSentenceWords"/> words: cut after <c>.</c>, <c>;</c>, <c>!</c>, <c>?</c> followed by a space.</summary>
    public static IReadOnlyList<string> Sentences(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var end = i == text.Length || text[i] is '.' or ';' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]));
            if (!end) continue;
            var sentence = text[start..Math.Min(i + 1, text.Length)].Trim();
            if (Words(sentence).Length >= MinSentenceWords) sentences.Add(sentence);
            start = i + 1;
        }
        return sentences;
    }

    /// <summary>The vectors of a text and of its sentences, computed once for many comparisons.</summary>
    /// <param name="Whole">The whole text.</param>
    /// <param name="Sentences">Each sentence of <see cref="MinSentenceWords"/> words or more; empty when the text is one sentence.</param>
    public sealed record Profile(IReadOnlyDictionary<string, double> Whole, IReadOnlyList<IReadOnlyDictionary<string, double>> Sentences);

    /// <summary>The profile of <paramref name="text"/>.</summary>
    public Profile ProfileOf(string text)
    {
        var sentences = Sentences(text);
        return new Profile(Vector(text), sentences.Count < 2 ? [] : [.. sentences.Select(Vector)]);
    }

    /// <summary>
    /// Similarity of two profiled texts in [0, 1]: the larger of the cosine of the whole texts and the cosine of the closest
    /// pair of sentences (one of each text). 1 for the same words; a task one program states inside a longer paragraph
    /// scores as high as its sentence matches.
    /// </summary>
    public static double Score(Profile a, Profile b)
    {
        var best = Cosine(a.Whole, b.Whole);
        var left = a.Sentences.Count > 0 ? a.Sentences : [a.Whole];
        var right = b.Sentences.Count > 0 ? b.Sentences : [b.Whole];
        if (a.Sentences.Count == 0 && b.Sentences.Count == 0) return best;
        foreach (var x in left)
            foreach (var y in right)
                best = Math.Max(best, Cosine(x, y));
        return best;
    }

    /// <summary>Similarity of two texts in [0, 1] (<see cref="Score(Profile, Profile)"/>).</summary>
    public double Score(string a, string b) => Score(ProfileOf(a), ProfileOf(b));
}
