using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace StaticSite.Reading.Word;

/// <summary>
/// Đánh số tự động: computes the numbers Word shows before numbered paragraphs, from <c>numbering.xml</c> — abstract
/// definitions and their levels (<c>lvlText</c>, <c>numFmt</c>, <c>start</c>, <c>lvlRestart</c>, <c>isLgl</c>), list instances
/// with level overrides (<c>startOverride</c>, a replaced <c>lvl</c>), and numbering carried by a paragraph style — so that
/// a numbered heading reads exactly as if its number had been typed. Paragraphs must be asked in document order.
/// </summary>
public sealed class WordNumbering
{
    private sealed record LevelDef(int Start, string Format, string Text, bool Legal, int? Restart, string Suffix);

    private readonly Dictionary<int, Dictionary<int, LevelDef>> _abstracts = [];
    private readonly Dictionary<int, (int AbstractId, Dictionary<int, int> StartOverrides, Dictionary<int, LevelDef> LevelOverrides)> _nums = [];
    private readonly Dictionary<string, (int? NumId, int? Level, string? BasedOn)> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<(int AbstractId, string StyleId), int> _styleLevels = [];
    private readonly Dictionary<int, int?[]> _counters = [];   // by abstract definition: the numbers shown last, per level
    private readonly HashSet<int> _numsSeen = [];

    /// <summary>Reads the numbering and style definitions of <paramref name="main"/>.</summary>
    public WordNumbering(MainDocumentPart main)
    {
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        if (numbering is not null)
        {
            foreach (var a in numbering.Elements<AbstractNum>())
            {
                if (a.AbstractNumberId?.Value is not { } id) continue;
                var levels = new Dictionary<int, LevelDef>();
                foreach (var l in a.Elements<Level>())
                {
                    var ilvl = l.LevelIndex?.Value ?? 0;
                    levels[ilvl] = Define(l);
                    if (l.ParagraphStyleIdInLevel?.Val?.Value is { } style) _styleLevels[(id, style)] = ilvl;
                }
                _abstracts[id] = levels;
            }
            foreach (var n in numbering.Elements<NumberingInstance>())
            {
                if (n.NumberID?.Value is not { } id || n.AbstractNumId?.Val?.Value is not { } abstractId) continue;
                var starts = new Dictionary<int, int>();
                var levels = new Dictionary<int, LevelDef>();
                foreach (var o in n.Elements<LevelOverride>())
                {
                    var ilvl = o.LevelIndex?.Value ?? 0;
                    if (o.StartOverrideNumberingValue?.Val?.Value is { } s) starts[ilvl] = s;
                    if (o.Level is { } replaced)
                    {
                        levels[ilvl] = Define(replaced);
                        if (!starts.ContainsKey(ilvl)) starts[ilvl] = levels[ilvl].Start;
                    }
                }
                _nums[id] = (abstractId, starts, levels);
            }
        }
        foreach (var s in main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
        {
            if (s.StyleId?.Value is not { } id) continue;
            var numPr = s.StyleParagraphProperties?.NumberingProperties;
            _styles[id] = (numPr?.NumberingId?.Val?.Value, numPr?.NumberingLevelReference?.Val?.Value, s.BasedOn?.Val?.Value);
        }
    }

    private static LevelDef Define(Level l) => new(
        l.StartNumberingValue?.Val?.Value ?? 0,
        l.NumberingFormat?.Val?.InnerText ?? "decimal",
        l.LevelText?.Val?.Value ?? "",
        l.IsLegalNumberingStyle is { } legal && (legal.Val?.Value ?? true),
        l.LevelRestart?.Val?.Value,
        l.LevelSuffix?.Val?.InnerText ?? "tab");

    /// <summary>
    /// The number Word shows before <paramref name="paragraph"/> (<c>1.</c>, <c>2.1.</c>, <c>a)</c>, <c>-</c> for a bullet),
    /// followed by its separator (a space); null when the paragraph is not numbered. Advances the counters.
    /// </summary>
    public string? Next(Paragraph paragraph)
    {
        var (numId, level) = Resolve(paragraph);
        if (numId is not { } n || n == 0 || !_nums.TryGetValue(n, out var num) || !_abstracts.TryGetValue(num.AbstractId, out var levels)) return null;
        var ilvl = Math.Clamp(level ?? 0, 0, 8);
        LevelDef Def(int i) => num.LevelOverrides.TryGetValue(i, out var o) ? o : levels.TryGetValue(i, out var d) ? d : new LevelDef(1, "decimal", $"%{i + 1}.", false, null, "tab");

        if (!_counters.TryGetValue(num.AbstractId, out var counters)) _counters[num.AbstractId] = counters = new int?[9];
        if (_numsSeen.Add(n))
            foreach (var i in num.StartOverrides.Keys) counters[i] = null; // a list instance with a start override begins again

        var def = Def(ilvl);
        var start = num.StartOverrides.TryGetValue(ilvl, out var so) ? so : def.Start;
        counters[ilvl] = counters[ilvl] is { } shown ? shown + 1 : start;
        for (var d = ilvl + 1; d < 9; d++)
        {
            // lvlRestart r: level d starts again after level r (1-based) is shown; by default after any level above it; 0: never.
            var restart = Def(d).Restart;
            if (restart is null || restart != 0 && ilvl < restart) counters[d] = null;
        }
        if (def.Format == "none") return def.Text.Length == 0 ? null : Suffix(def.Text, def);
        if (def.Format == "bullet") return Suffix(Bullet(def.Text), def);

        var text = new StringBuilder();
        for (var i = 0; i < def.Text.Length; i++)
        {
            if (def.Text[i] == '%' && i + 1 < def.Text.Length && def.Text[i + 1] is >= '1' and <= '9')
            {
                var k = def.Text[i + 1] - '1';
                var value = counters[k] ?? Def(k).Start;
                text.Append(Format(value, def.Legal ? "decimal" : Def(k).Format));
                i++;
            }
            else text.Append(def.Text[i]);
        }
        return text.Length == 0 ? null : Suffix(text.ToString(), def);
    }

    private static string Suffix(string label, LevelDef def) => def.Suffix == "nothing" ? label : label + " ";

    private (int? NumId, int? Level) Resolve(Paragraph paragraph)
    {
        var props = paragraph.ParagraphProperties;
        int? numId = props?.NumberingProperties?.NumberingId?.Val?.Value;
        int? level = props?.NumberingProperties?.NumberingLevelReference?.Val?.Value;
        var styleId = props?.ParagraphStyleId?.Val?.Value;
        if (numId is null && styleId is not null)
        {
            // Numbering carried by the paragraph's style (or a style it is based on): a numbered heading style.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var s = styleId; s is not null && seen.Add(s) && _styles.TryGetValue(s, out var st); s = st.BasedOn)
            {
                if (st.NumId is null) continue;
                numId = st.NumId;
                level ??= st.Level;
                if (level is null && _nums.TryGetValue(st.NumId.Value, out var num) && _styleLevels.TryGetValue((num.AbstractId, s), out var l)) level = l;
                break;
            }
        }
        return (numId, level);
    }

    private static string Bullet(string text) =>
        text.Length == 1 && text[0] is '-' or '+' or '–' or '•' or '*' ? (text[0] == '*' ? "•" : text)
            : text.Length == 1 && text[0] is '\uF02D' or '\u2013' ? "-"
            : text.Length == 1 && text[0] is '\uF02B' ? "+"
            : "•";

    private static string Format(int value, string format) => format switch
    {
        "decimalZero" => value.ToString("00", CultureInfo.InvariantCulture),
        "upperRoman" => Roman(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperLetter" => Letter(value).ToUpperInvariant(),
        "lowerLetter" => Letter(value),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    private static string Letter(int value)
    {
        // Word repeats the letter past z: a … z, aa … zz.
        if (value < 1) return value.ToString(CultureInfo.InvariantCulture);
        var letter = (char)('a' + (value - 1) % 26);
        return new string(letter, (value - 1) / 26 + 1);
    }

    private static string Roman(int value)
    {
        if (value is < 1 or > 3999) return value.ToString(CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        foreach (var (v, s) in new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
            while (value >= v) { sb.Append(s); value -= v; }
        return sb.ToString();
    }
}
