namespace CopyLint.Core.Parsing;

internal static class CharClass
{
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '\u0300' or '\u0301' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';
    public static bool IsDash(char c) => c is '\u2013' or '\u2014' or '\u2015';
    public static bool IsLineBreak(char c) => c is '\n' or '\r';
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v' or '\u00A0' or '\u2028' or '\u2029' or '\u202F' or '\u2009' or '\u200A' or '\u200B' or '\uFEFF' or '\u3000' || (c > 127 && char.IsWhiteSpace(c));
    public static bool IsDoubleQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' or '\u201F';
    public static bool IsSingleQuoteMark(char c) => c is '\u2018' or '\u2019' or '\u201A' or '\u2039' or '\u203A';
    public static bool IsCurrency(char c) => c is '$' or '\u20AC' or '\u00A3' or '\u00A5' or '\u20A9' or '\u20B9' or '\u20BD' or '\u20B4';
    public static bool IsSentenceEnd(char c) => c is '.' or '?' or '!' or '\u2026';
    public static bool IsOpenBracket(char c) => c is '(' or '[' or '{';
    public static bool IsCloseBracket(char c) => c is ')' or ']' or '}';
}
