using System.Collections.Immutable;
using StaticSite.Text;

namespace StaticSite.Compare;

/// <summary>
/// Word similarity of item texts: diacritics folded (<see cref="VietnameseText.Fold"/>), words and word bigrams weighted
/// by tf-idf over a set of texts, compared by cosine. Vietnamese words are single syllables, so the frequent ones
/// (<c>của</c>, <c>các</c>, <c>đảng</c>) would make any two tasks look alike by counting alone; idf weighs them down and
/// bigrams keep a little word order (<c>kiểm tra</c> against <c>tra kiểm</c>).
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

    /// <summary>Similarity of two texts in [0, 1].</summary>
    public double Score(string a, string b) => Cosine(Vector(a), Vector(b));
}
