namespace CopyLint.Core.Parsing;

internal static class CharClass
{
    public const byte Word = 1, Space = 2, Lower = 4, Upper = 8, Digit = 16;
    /// <summary>ASCII punctuation that may join a word to what follows: ' - (apostrophes, hyphens), , . / : (in numbers, initials).</summary>
    public const byte Joiner = 64;
    private const byte L = Word | Lower, U = Word | Upper, D = Word | Digit, J = Joiner;

    // ASCII answers come from one table lookup: the tokenizer asks these questions for every character of the input
    // (and reads a word's case and digits from the same bits as it scans it).
    internal static ReadOnlySpan<byte> Ascii =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, Space, Space, Space, Space, Space, 0, 0, // \t \n \v \f \r
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        Space, 0, 0, 0, 0, 0, 0, J, 0, 0, 0, 0, J, J, J, J, // ' , - . /
        D, D, D, D, D, D, D, D, D, D, J, 0, 0, 0, 0, 0, // 0-9 :
        0, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, // A-O
        U, U, U, U, U, U, U, U, U, U, U, 0, 0, 0, 0, 0, // P-Z
        0, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, // a-o
        L, L, L, L, L, L, L, L, L, L, L, 0, 0, 0, 0, 0, // p-z
    ];

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) => c < 128 ? (Ascii[c] & Word) != 0 : IsNonAsciiWordChar(c);

    internal static bool IsNonAsciiWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';
    public static bool IsDash(char c) => c is '\u2013' or '\u2014' or '\u2015';
    public static bool IsLineBreak(char c) => c is '\n' or '\r';

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) => c < 128 ? (Ascii[c] & Space) != 0 : IsNonAsciiSpace(c);

    private static bool IsNonAsciiSpace(char c) => c is '\u00A0' or '\u2028' or '\u2029' or '\u202F' or '\u2009' or '\u200A' or '\u200B' or '\uFEFF' or '\u3000' || char.IsWhiteSpace(c);

    public static bool IsDoubleQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' or '\u201F';
    public static bool IsSingleQuoteMark(char c) => c is '\u2018' or '\u2019' or '\u201A' or '\u2039' or '\u203A';
    public static bool IsCurrency(char c) => c is '$' or '\u20AC' or '\u00A3' or '\u00A5' or '\u20A9' or '\u20B9' or '\u20BD' or '\u20B4';
    public static bool IsSentenceEnd(char c) => c is '.' or '?' or '!' or '\u2026';
    public static bool IsOpenBracket(char c) => c is '(' or '[' or '{';
    public static bool IsCloseBracket(char c) => c is ')' or ']' or '}';
}
