using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace StaticSite.Site.Building;

/// <summary>
/// The search index split into small scripts, so one query loads only what it needs (from <c>file://</c> too: each
/// file is a script that hands its data to a function <c>search.js</c> defines):
/// <list type="bullet">
/// <item><c>search/manifest.js</c> (<c>window.SEARCH_MANIFEST = {…}</c>): the number of entries, the average field lengths, the kinds, the keys of the term shards.</item>
/// <item><c>search/f/&lt;key&gt;.js</c>: the folded terms (of <c>tf</c>, <c>xf</c>) starting with the key, each with its postings;
/// <c>search/o/&lt;key&gt;.js</c> the same for the terms as written (of <c>t</c>, <c>x</c>, lower case).</item>
/// <item><c>search/d/&lt;n&gt;.js</c>: what is shown of entries <c>n × ChunkSize</c> onwards: <c>{p: [page titles], e: [[URL, title,
/// label (empty when it is the title), text, page title's index, kind's index], …]}</c>.</item>
/// </list>
/// The postings carry what MiniSearch's BM25 reads (term frequency and the field's count of distinct words per entry),
/// so <c>search.js</c> ranks exactly as the MiniSearch index over the whole did.
/// </summary>
public static class SearchShards
{
    /// <summary>
    /// Entries per display chunk. The hits shown (up to 50 per kind) are rarely neighbours, so every entry more in a
    /// chunk is loaded for nothing: at 1,000 programs two per chunk load half the bytes of four (bench/search.sh).
    /// </summary>
    public const int ChunkSize = 2;

    /// <summary>A term shard is split by one more letter of its terms while it is bigger than this (characters).</summary>
    public const int ShardTarget = 8 * 1024;

    /// <summary>The folder of the index in the site.</summary>
    public const string Folder = "search";

    /// <summary>
    /// The alphabet of the numbers in a posting string: 43 digits that go on, 43 that end a number (base 43) — printable
    /// ASCII without the characters JSON escapes here (<c>" ' &amp; + &lt; &gt; \ `</c>), so each digit is one byte.
    /// </summary>
    public const string Digits = "!#$%()*,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~";

    private const int Base = 43;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The kinds entries are grouped by, in the order their numbers in the postings refer to.</summary>
    public static IReadOnlyList<string> Kinds(IReadOnlyList<SearchEntry> entries) => [.. entries.Select(e => e.K).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>
    /// The files of the index of <paramref name="entries"/>: site-relative path → text, in path order;
    /// <paramref name="chunkSize"/> entries per display chunk, term shards split above <paramref name="shardTarget"/> characters.
    /// </summary>
    public static SortedDictionary<string, string> Write(IReadOnlyList<SearchEntry> entries, int chunkSize = ChunkSize, int shardTarget = ShardTarget)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var kinds = Kinds(entries);
        var kindOf = kinds.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i, StringComparer.Ordinal);
        // Fields in MiniSearch's order: t, x, tf, xf. Title and text as written go to "o", folded to "f".
        var averages = new double[4];
        var folded = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        var written = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        for (var id = 0; id < entries.Count; id++)
        {
            var e = entries[id];
            var kind = kindOf[e.K];
            string[] values = [e.T, e.X, e.Tf, e.Xf];
            for (var field = 0; field < 4; field++)
            {
                var tokens = Tokenize(values[field]);
                var length = tokens.Distinct(StringComparer.Ordinal).Count();
                // MiniSearch's running average, step for step, so the doubles are the same.
                averages[field] = (averages[field] * id + length) / (id + 1);
                var index = field < 2 ? written : folded;
                foreach (var group in tokens.Select(t => t.ToLowerInvariant()).GroupBy(t => t, StringComparer.Ordinal))
                {
                    if (!index.TryGetValue(group.Key, out var postings)) index[group.Key] = postings = [];
                    var last = postings.Count > 0 ? postings[^1] : null;
                    if (last is null || last.Id != id) postings.Add(last = new Posting(id, kind));
                    last.Set(field % 2, group.Count(), length);
                }
            }
        }
        var manifest = new Dictionary<string, object>
        {
            ["n"] = entries.Count,
            ["avg"] = averages,
            ["chunk"] = chunkSize,
            ["kinds"] = kinds,
            ["f"] = AddShards(files, "f", folded, shardTarget),
            ["o"] = AddShards(files, "o", written, shardTarget),
        };
        files[$"{Folder}/manifest.js"] = "window.SEARCH_MANIFEST = " + JsonSerializer.Serialize(manifest, Json) + ";\n";
        for (var start = 0; start < entries.Count; start += chunkSize)
        {
            var chunk = entries.Skip(start).Take(chunkSize).ToList();
            var pages = chunk.Select(e => e.P).Distinct(StringComparer.Ordinal).ToList();
            var records = chunk.Select(e => new object[] { e.U, e.T, e.L == e.T ? "" : e.L, e.X, pages.IndexOf(e.P), kindOf[e.K] });
            files[$"{Folder}/d/{start / chunkSize}.js"] = "window.searchChunk(" + (start / chunkSize).ToString(CultureInfo.InvariantCulture) + ","
                + JsonSerializer.Serialize(new Dictionary<string, object> { ["p"] = pages, ["e"] = records }, Json) + ");\n";
        }
        return files;
    }

    /// <summary>Words as <c>search.js</c> reads them: runs of letters, digits and marks; anything else parts them.</summary>
    public static List<string> Tokenize(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is >= UnicodeCategory.UppercaseLetter and <= UnicodeCategory.OtherNumber) word.Append(rune.ToString());
            else if (word.Length > 0) { words.Add(word.ToString()); word.Clear(); }
        }
        if (word.Length > 0) words.Add(word.ToString());
        return words;
    }

    /// <summary>
    /// The shard key of <paramref name="term"/> among <paramref name="keys"/>: the longest key it starts with
    /// (every term has one: the shards of one namespace cover every term).
    /// </summary>
    public static string? KeyOf(string term, IEnumerable<string> keys) =>
        keys.Where(k => term.StartsWith(k, StringComparison.Ordinal)).MaxBy(k => k.Length);

    /// <summary>The file name of a shard key: the key itself when it is plain a–z, 0–9, else its code points in hexadecimal.</summary>
    public static string FileName(string key) =>
        key.Length > 0 && key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9')) ? "_" + key
        : "u" + string.Join('-', key.EnumerateRunes().Select(r => r.Value.ToString("x", CultureInfo.InvariantCulture)));

    // Splits the terms into shards by their first letters: a shard too big is split by one more letter (the term that is
    // the key itself stays); writes them and returns their keys in order.
    private static List<string> AddShards(SortedDictionary<string, string> files, string space, Dictionary<string, List<Posting>> index, int shardTarget)
    {
        var encoded = index.ToDictionary(p => p.Key, p => Encode(p.Value), StringComparer.Ordinal);
        var keys = new List<string>();
        void Split(string key, List<string> terms)
        {
            var size = terms.Sum(t => t.Length + encoded[t].Length + 6);
            var longer = terms.Where(t => t.Length > key.Length).ToList();
            if (size <= shardTarget || longer.Count == 0)
            {
                Emit(key, terms);
                return;
            }
            var own = terms.Where(t => t.Length == key.Length).ToList();
            if (own.Count > 0) Emit(key, own);
            foreach (var group in longer.GroupBy(t => FirstRunes(t, key.Length), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
                Split(group.Key, [.. group]);
        }
        void Emit(string key, List<string> terms)
        {
            keys.Add(key);
            var data = new SortedDictionary<string, string>(terms.ToDictionary(t => t, t => encoded[t], StringComparer.Ordinal), StringComparer.Ordinal);
            files[$"{Folder}/{space}/{FileName(key)}.js"] = "window.searchShard(" + JsonSerializer.Serialize(space, Json) + "," + JsonSerializer.Serialize(key, Json) + ","
                + JsonSerializer.Serialize(data, Json) + ");\n";
        }
        Split("", [.. index.Keys.Order(StringComparer.Ordinal)]);
        keys.Sort(StringComparer.Ordinal);
        return keys;
    }

    // The key one letter (code point) longer than a key of `length` UTF-16 units that `term` starts with.
    private static string FirstRunes(string term, int length)
    {
        var next = char.IsHighSurrogate(term[length]) && length + 1 < term.Length ? 2 : 1;
        return term[..(length + next)];
    }

    // The postings of one term: grouped by what they score with — the fields they are in (bit 1 title, bit 2 text) with
    // the entry's kind, each field's term frequency and distinct-word count — then the ids in each group, as differences.
    private static string Encode(List<Posting> postings)
    {
        var sb = new StringBuilder();
        foreach (var group in postings.GroupBy(p => p.Class).OrderBy(g => g.Key))
        {
            var first = group.First();
            var mask = (first.Tf[0] > 0 ? 1 : 0) | (first.Tf[1] > 0 ? 2 : 0);
            Number(sb, mask | first.Kind << 2);
            for (var f = 0; f < 2; f++)
            {
                if (first.Tf[f] == 0) continue;
                Number(sb, first.Tf[f]);
                Number(sb, first.Length[f]);
            }
            var ids = group.Select(p => p.Id).ToList();
            Number(sb, ids.Count);
            var previous = 0;
            foreach (var id in ids)
            {
                Number(sb, id - previous);
                previous = id;
            }
        }
        return sb.ToString();
    }

    private static void Number(StringBuilder sb, int value)
    {
        Span<char> digits = stackalloc char[8];
        var n = 0;
        digits[n++] = Digits[Base + value % Base];
        for (value /= Base; value > 0; value /= Base) digits[n++] = Digits[value % Base];
        for (var i = n - 1; i >= 0; i--) sb.Append(digits[i]);
    }

    private sealed class Posting(int id, int kind)
    {
        public int Id { get; } = id;
        public int Kind { get; } = kind;
        public int[] Tf { get; } = new int[2];
        public int[] Length { get; } = new int[2];
        public void Set(int field, int tf, int length) { Tf[field] = tf; Length[field] = length; }
        public (int, int, int, int, int) Class => (Kind, Tf[0], Length[0], Tf[1], Length[1]);
    }
}
