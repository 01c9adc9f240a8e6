namespace StaticSite.Model;

/// <summary>Thời hạn: a deadline as written and normalized.</summary>
/// <param name="Text">As written, without parentheses and emphasis (<c>hoàn thành trong quý II/2023</c>).</param>
/// <param name="Kind">What sort of deadline.</param>
/// <param name="From">First day of the period, for a date or date range.</param>
/// <param name="To">Last day of the period, for a date or date range.</param>
/// <param name="Span">Where the deadline stands.</param>
public sealed record Deadline(string Text, DeadlineKind Kind, DateOnly? From, DateOnly? To, SourceSpan Span)
{
    /// <summary>Normalized form: <c>2023-04-01..2023-06-30</c>, <c>recurring</c>, <c>condition</c>, <c>unparsed</c>.</summary>
    public string Normalized => Kind switch
    {
        DeadlineKind.Date or DeadlineKind.DateRange => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}"),
        DeadlineKind.Recurring => "recurring",
        DeadlineKind.Conditional => "condition",
        _ => "unparsed",
    };
}

/// <summary>Kinds of deadline.</summary>
public enum DeadlineKind
{
    /// <summary>The phrase was not understood.</summary>
    Unparsed,
    /// <summary>A single day (<c>From == To</c>).</summary>
    Date,
    /// <summary>A period: a year, a quarter, a month, a range of years.</summary>
    DateRange,
    /// <summary>A standing duty (<c>thường xuyên</c>, <c>hằng năm</c>).</summary>
    Recurring,
    /// <summary>Due on a condition (<c>khi Trung ương yêu cầu</c>, <c>theo Kế hoạch số ...</c>).</summary>
    Conditional,
}
