using System.Globalization;
using System.Text.RegularExpressions;
using StaticSite.Model;
using StaticSite.Text;

namespace StaticSite.Deadlines;

/// <summary>
/// Normalizes a deadline phrase (thời hạn) into a <see cref="Deadline"/>: a recurring duty (<c>thực hiện thường xuyên</c>,
/// <c>hằng năm</c>), a condition (<c>khi Trung ương yêu cầu</c>, <c>theo Kế hoạch số ...</c>), a day
/// (<c>trước ngày 30/6/2023</c>) or a period (<c>quý II/2023</c>, <c>tháng 6/2023</c>, <c>6 tháng đầu năm 2024</c>,
/// <c>năm 2024</c>, <c>giai đoạn 2021-2025</c>). Works on folded text, so accents, case and spacing do not matter.
/// </summary>
public static partial class DeadlineParser
{
    private static readonly string[] DeadlineOpenings =
        ["thuc hien", "hoan thanh", "thoi gian", "thoi han", "tien do", "trien khai", "xong", "cham nhat", "truoc "];

    /// <summary>True when a parenthesised phrase at the end of an item reads as a deadline rather than a remark (<c>(khóa XIII)</c>, <c>(b/c)</c>, <c>(thay thế Nghị quyết ...)</c>).</summary>
    public static bool LooksLikeDeadline(string phrase)
    {
        var f = VietnameseText.Fold(Clean(phrase));
        if (f.Length == 0) return false;
        if (DeadlineOpenings.Any(o => f.StartsWith(o, StringComparison.Ordinal))) return true;
        // A condition is a deadline when the phrase opens with it ("theo yêu cầu của Trung ương", "khi …"); a remark that only
        // ends "… theo quy định" is not one.
        return Parse(phrase, SourceSpan.At("", 1)).Kind switch
        {
            DeadlineKind.Unparsed => false,
            DeadlineKind.Conditional => ConditionOpening().IsMatch(f),
            _ => true,
        };
    }

    /// <summary>
    /// The deadline a sentence states without a parenthesis (<c>… hoàn thành trong quý II/2023</c>, <c>… trước ngày
    /// 15/12/2027</c>, <c>trong tháng 6/2027</c>, <c>hằng quý</c>, <c>định kỳ 6 tháng</c>, <c>giai đoạn 2026-2030</c>): the most
    /// precise phrase found (a day, then a quarter or a month, then a period, then a recurrence); null when there is none.
    /// </summary>
    public static Deadline? InSentence(string sentence, SourceSpan span)
    {
        Deadline? best = null;
        var bestRank = int.MaxValue;
        foreach (Match m in SentencePhrase().Matches(sentence))
        {
            var rank = m.Groups["day"].Success ? 0 : m.Groups["quarter"].Success || m.Groups["month"].Success ? 1 : m.Groups["range"].Success ? 2 : 3;
            if (rank >= bestRank) continue;
            var parsed = Parse(m.Value, span);
            if (parsed.Kind == DeadlineKind.Unparsed) continue;
            (best, bestRank) = (parsed, rank);
        }
        return best;
    }

    [GeneratedRegex(@"(?<day>(?:trước|chậm nhất|xong trước|hoàn thành trước|hạn)\s+(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})"
        + @"|(?<quarter>(?:trong\s+)?quý\s+(?:[IV]{1,3}|[1-4])(?:\s*(?:,|và|-)\s*(?:quý\s+)?(?:[IV]{1,3}|[1-4]))*\s*(?:/|năm)\s*\d{4})"
        + @"|(?<month>trong\s+tháng\s+\d{1,2}\s*(?:/|năm)\s*\d{4})"
        + @"|(?<range>giai đoạn\s+\d{4}\s*[-–]\s*\d{4})"
        + @"|(?<recurring>(?:hằng|hàng|mỗi)\s+(?:năm|quý|tháng)|định kỳ(?:\s+\d{1,2}\s+tháng)?)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SentencePhrase();

    /// <summary>Parses <paramref name="text"/> (without parentheses and emphasis; they are stripped if present).</summary>
    public static Deadline Parse(string text, SourceSpan span)
    {
        var written = Clean(text);
        var f = VietnameseText.Fold(written);
        Deadline Of(DeadlineKind kind, DateOnly? from = null, DateOnly? to = null) => new(written, kind, from, to, span);

        if (RecurringPattern().IsMatch(f)) return Of(DeadlineKind.Recurring);
        if (ConditionPattern().IsMatch(f)) return Of(DeadlineKind.Conditional);

        if (YearRangePattern().Match(f) is { Success: true } yr && Year(yr.Groups["a"].Value) is { } ya && Year(yr.Groups["b"].Value) is { } yb && ya <= yb)
            return Of(DeadlineKind.DateRange, new DateOnly(ya, 1, 1), new DateOnly(yb, 12, 31));

        if (DayPattern().Match(f) is { Success: true } dm && Day(dm) is { } day)
            return Of(DeadlineKind.Date, day, day);

        if (QuarterPattern().Match(f) is { Success: true } qm && Year(qm.Groups["y"].Value) is { } qy)
        {
            var quarters = QuarterNumberPattern().Matches(qm.Groups["q"].Value).Select(m => Quarter(m.Value)).Where(q => q > 0).ToList();
            if (quarters.Count > 0)
                return Of(DeadlineKind.DateRange, new DateOnly(qy, (quarters.Min() - 1) * 3 + 1, 1), EndOfMonth(qy, quarters.Max() * 3));
        }

        if (HalfPattern().Match(f) is { Success: true } hm && Year(hm.Groups["y"].Value) is { } hy && int.TryParse(hm.Groups["n"].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var months) && months is > 0 and <= 12)
            return hm.Groups["side"].Value == "dau"
                ? Of(DeadlineKind.DateRange, new DateOnly(hy, 1, 1), EndOfMonth(hy, months))
                : Of(DeadlineKind.DateRange, new DateOnly(hy, 12 - months + 1, 1), new DateOnly(hy, 12, 31));

        if (MonthPattern().Match(f) is { Success: true } mm && Year(mm.Groups["y"].Value) is { } my && int.TryParse(mm.Groups["m"].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
            return Of(DeadlineKind.DateRange, new DateOnly(my, month, 1), EndOfMonth(my, month));

        if (ByYearPattern().Match(f) is { Success: true } bm && Year(bm.Groups["y"].Value) is { } by)
            return Of(DeadlineKind.Date, new DateOnly(by, 12, 31), new DateOnly(by, 12, 31));

        if ((YearPattern().Match(f) is { Success: true } ym ? ym : BareYearPattern().Match(f)) is { Success: true } yearMatch && Year(yearMatch.Groups["y"].Value) is { } y)
            return Of(DeadlineKind.DateRange, new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));

        if (LooseConditionPattern().IsMatch(f)) return Of(DeadlineKind.Conditional);
        return Of(DeadlineKind.Unparsed);
    }

    private static string Clean(string text) =>
        VietnameseText.CollapseSpaces(VietnameseText.Normalize(text).Replace("*", "").Replace("_", "")).Trim(' ', '(', ')', '.', ';', ',');

    private static int? Year(string s) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var y) && y is >= 1945 and <= 2200 ? y : null;

    private static DateOnly EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    private static DateOnly? Day(Match m) => Year(m.Groups["y"].Value) is not null ? CalendarDay(m) : null;

    /// <summary>The day named by the groups <c>d</c>, <c>m</c> and <c>y</c> of <paramref name="match"/>; null when they are missing or name no day (<c>31/6</c>, year <c>0000</c>).</summary>
    internal static DateOnly? CalendarDay(Match match) =>
        int.TryParse(match.Groups["y"].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var y) && y is >= 1 and <= 9999
        && int.TryParse(match.Groups["m"].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12
        && int.TryParse(match.Groups["d"].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var d) && d >= 1 && d <= DateTime.DaysInMonth(y, month)
            ? new DateOnly(y, month, d) : null;

    private static int Quarter(string q) => q switch
    {
        "i" or "1" => 1,
        "ii" or "2" => 2,
        "iii" or "3" => 3,
        "iv" or "4" => 4,
        _ => 0,
    };

    // thường xuyên, thường xuyên liên tục, hằng/hàng năm, hằng quý, hằng tháng, định kỳ, liên tục, mỗi năm.
    [GeneratedRegex(@"\b(thuong xuyen|(hang|moi) (nam|quy|thang)|dinh ky|lien tuc)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RecurringPattern();

    // khi Trung ương yêu cầu, theo yêu cầu, theo Kế hoạch số ..., ngay sau khi có hướng dẫn.
    [GeneratedRegex(@"\bkhi\b|\btheo (yeu cau|ke hoach|chuong trinh|chi dao|huong dan|quy dinh|lo trinh|tien do|de an|nghi quyet|ket luan|chi thi|quyet dinh)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ConditionPattern();

    [GeneratedRegex(@"^(thuc hien |hoan thanh )?theo\b", RegexOptions.CultureInvariant)]
    private static partial Regex LooseConditionPattern();

    // năm 2023 - 2025, giai đoạn 2021-2025, từ năm 2021 đến năm 2024, nhiệm kỳ 2020 - 2025, 2021 - 2025.
    [GeneratedRegex(@"(?<!\d)(?<a>(19|20|21)\d\d)\s*(-|–|den( nam)?)\s*(?<b>(19|20|21)\d\d)(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearRangePattern();

    // trước ngày 30/6/2023, trước 30/6/2023, chậm nhất ngày 30/6/2023, ngày 30/6/2023, 30/6/2023 alone.
    [GeneratedRegex(@"(^|\b(truoc|cham nhat|hoan thanh|xong|han|den)\b)\s*(ngay\s*)?(?<d>\d{1,2})\s*[/.-]\s*(?<m>\d{1,2})\s*[/.-]\s*(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayPattern();

    // quý II/2023, quý 2 năm 2023, quý I và quý II năm 2023, quý III, IV/2024.
    [GeneratedRegex(@"\bquy\s+(?<q>(i{1,3}|iv|[1-4])(\s*(,|va|-)\s*(quy\s+)?(i{1,3}|iv|[1-4]))*)\s*(/|nam)\s*(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"\b(iv|i{1,3}|[1-4])\b", RegexOptions.CultureInvariant)]
    private static partial Regex QuarterNumberPattern();

    // 6 tháng đầu năm 2024, 6 tháng cuối năm 2023.
    [GeneratedRegex(@"\b(?<n>\d{1,2})\s+thang\s+(?<side>dau|cuoi)\s+nam\s*(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex HalfPattern();

    // tháng 6/2023, tháng 6 năm 2023.
    [GeneratedRegex(@"\bthang\s+(?<m>\d{1,2})\s*(/|nam)\s*(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthPattern();

    // trước năm 2025, đến năm 2025, chậm nhất năm 2025: the end of that year.
    [GeneratedRegex(@"\b(truoc|den|cham nhat)\s+(het\s+)?nam\s+(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex ByYearPattern();

    // năm 2024, trong năm 2024, thực hiện trong năm 2024.
    [GeneratedRegex(@"\bnam\s+(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();

    // "2030" alone in a deadline cell: within that year.
    [GeneratedRegex(@"^(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex BareYearPattern();

    [GeneratedRegex(@"^(?:(?:thuc hien|hoan thanh|trien khai|du kien)\s+)?(?:theo|khi|neu|tuy)\b|^du kien\b", RegexOptions.CultureInvariant)]
    private static partial Regex ConditionOpening();
}
