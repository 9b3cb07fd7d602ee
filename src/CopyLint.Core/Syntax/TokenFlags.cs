namespace CopyLint.Core.Syntax;

[Flags]
public enum TokenFlags : ushort
{
    None = 0,
    Capitalized = 1 << 0,
    AllCaps = 1 << 1,
    HasDigit = 1 << 2,
    HasLetter = 1 << 3,
    StartsWithDigit = 1 << 4,
    Hyphenated = 1 << 5,
    /// <summary>Inside a quotation that is not a short term/title.</summary>
    InQuote = 1 << 6,
    /// <summary>Inside any pair of quotation marks, terms included.</summary>
    InQuoteMarks = 1 << 7,
    OpeningQuote = 1 << 8,
    ClosingQuote = 1 << 9,
    Apostrophe = 1 << 10,
}
