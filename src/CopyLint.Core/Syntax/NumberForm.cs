namespace CopyLint.Core.Syntax;

[Flags]
public enum NumberForm
{
    None = 0,
    Digits = 1 << 0,
    Words = 1 << 1,
    /// <summary>dozens, hundreds, tens of thousands, scores of ...</summary>
    Vague = 1 << 2,
    Ordinal = 1 << 3,
    Percent = 1 << 4,
    Money = 1 << 5,
    Range = 1 << 6,
    Scaled = 1 << 7,
    Fraction = 1 << 8,
    /// <summary>Digits glued to letters: 400m, 5G, 1990s, MH17, F-16.</summary>
    Alphanumeric = 1 << 9,
    Decimal = 1 << 10,
    /// <summary>Comma- or space-grouped thousands: 50,000.</summary>
    Grouped = 1 << 11,
    /// <summary>Hyphenated compound such as 45-year-old or 10-day.</summary>
    Compound = 1 << 12,
    /// <summary>N-N with no count noun after it: a score, vote or range.</summary>
    Pair = 1 << 13,
    Approximate = 1 << 14,
}
