using System.Globalization;

namespace StaticSite.Text;

/// <summary>
/// Numbers as Vietnamese text writes them: <c>.</c> between thousands, <c>,</c> before decimals (<c>1.234</c>,
/// <c>0,35</c>), a percentage with a non-breaking space before the sign (<c>35 %</c>). Independent of the machine's culture.
/// </summary>
public static class VietnameseNumber
{
    private static readonly NumberFormatInfo Format = new()
    {
        NumberGroupSeparator = ".", NumberDecimalSeparator = ",", NumberGroupSizes = [3], NegativeSign = "-",
    };

    /// <summary>A whole number with thousands grouped by <c>.</c> (<c>1.234</c>, <c>12</c>).</summary>
    public static string Integer(long value) => value.ToString("#,0", Format);

    /// <summary><paramref name="value"/> with <paramref name="decimals"/> decimals after a <c>,</c> (<c>0,35</c>, <c>1.234,50</c>).</summary>
    public static string Decimal(double value, int decimals) => value.ToString("#,0." + new string('0', Math.Max(1, decimals)), Format);

    /// <summary>A fraction in [0, 1] as a whole percentage (<c>0.354</c> → <c>35 %</c>, with a non-breaking space).</summary>
    public static string Percent(double fraction) => Integer((long)Math.Round(fraction * 100, MidpointRounding.AwayFromZero)) + "\u00A0%";
}
