using CopyLint.Core.Text;

namespace CopyLint.Core.Parsing;

/// <summary>
/// Finds URLs, e-mail addresses, @handles and #hashtags in the prose and hides them with same-length blanks,
/// so digits inside them ("seo.jieun1@joongang.co.kr") never reach the rules. Linear scan, no regex.
/// </summary>
internal static class Masker
{
    // Every pattern has one of these characters at a fixed place: '@' (e-mails, handles), '#' (hashtags), ':' of
    // "http(s)://", '.' of "www." and of bare domains. A vectorised search jumps between them.
    private static readonly System.Buffers.SearchValues<char> Anchors = System.Buffers.SearchValues.Create("@#.:");

    public static void Mask(ProseBuffer buffer)
    {
        ReadOnlySpan<char> s = buffer.View;
        int n = s.Length;
        int lastEnd = 0;
        int i = 0;
        while (i < n)
        {
            int k = s[i..].IndexOfAny(Anchors);
            if (k < 0) break;
            i += k;
            char c = s[i];
            TextSpan? span = null;
            if (c == '@')
                span = i > 0 && IsLocalChar(s[i - 1]) ? EmailAround(s, i) : Handle(s, i);
            else if (c == '#' && (i == 0 || CharClass.IsSpace(s[i - 1]) || s[i - 1] == '(') && i + 1 < n && char.IsLetter(s[i + 1]))
                span = Run(s, i, i + 1, IsHandleChar);
            else if (c == ':' && StartsWith(s, i, "://") && SchemeStart(s, i) is int scheme and >= 0)
                span = Url(s, scheme);
            else if (c == '.' && i >= 3 && StartsWith(s, i - 3, "www.") && (i == 3 || !CharClass.IsWordChar(s[i - 4])))
                span = Url(s, i - 3);
            else if (c == '.' && i > 0 && i + 2 < n && MayStartSuffix(s[i + 1]) && CharClass.IsWordChar(s[i - 1]) && IsDomainSuffixAt(s, i + 1))
                span = BareDomain(s, i);
            if (span is { IsEmpty: false } sp && sp.Start >= lastEnd)
            {
                buffer.Hide(sp, masked: true);
                s = buffer.View; // the first hide copies the source: read the copy from here on
                lastEnd = sp.End;
                i = sp.End;
                continue;
            }
            i++;
        }
    }

    /// <summary>Start of "http" or "https" right before the "://" at <paramref name="colon"/>, or -1.</summary>
    private static int SchemeStart(ReadOnlySpan<char> s, int colon)
    {
        if (colon >= 5 && StartsWith(s, colon - 5, "https")) return colon - 5;
        if (colon >= 4 && StartsWith(s, colon - 4, "http")) return colon - 4;
        return -1;
    }

    /// <summary><paramref name="lit"/> (lowercase ASCII) at <paramref name="i"/>, ignoring case.</summary>
    private static bool StartsWith(ReadOnlySpan<char> s, int i, string lit)
    {
        if (i + lit.Length > s.Length) return false;
        for (int k = 0; k < lit.Length; k++)
        {
            char c = s[i + k];
            // An ASCII character folds by one bit; a few others fold to ASCII letters (U+212A Kelvin sign to 'k').
            char lower = c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
            if (lower != lit[k]) return false;
        }
        return true;
    }

    private static bool IsLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '+' or '%';
    private static bool IsDomainChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-';
    private static bool IsHandleChar(char c) => char.IsLetterOrDigit(c) || c == '_';
    private static bool IsUrlChar(char c) => c > ' ' && c < 127 && c is not ('"' or '<' or '>' or '`' or '{' or '}' or '|' or '\\' or '^');

    private static TextSpan Run(ReadOnlySpan<char> s, int start, int from, Func<char, bool> ok)
    {
        int e = from;
        while (e < s.Length && ok(s[e])) e++;
        return e > from ? TextSpan.FromBounds(start, e) : default;
    }

    private static TextSpan? EmailAround(ReadOnlySpan<char> s, int at)
    {
        int b = at;
        while (b > 0 && IsLocalChar(s[b - 1])) b--;
        while (b < at && s[b] == '.') b++;
        int e = at + 1;
        while (e < s.Length && IsDomainChar(s[e])) e++;
        while (e > at + 1 && (s[e - 1] == '.' || s[e - 1] == '-')) e--;
        if (b == at || e <= at + 1) return null;
        bool hasDot = false;
        for (int k = at + 1; k < e; k++) if (s[k] == '.') { hasDot = true; break; }
        return hasDot ? TextSpan.FromBounds(b, e) : null;
    }

    private static TextSpan? Handle(ReadOnlySpan<char> s, int at)
    {
        if (at > 0 && !CharClass.IsSpace(s[at - 1]) && s[at - 1] is not ('(' or '"' or '\u201C')) return null;
        var span = Run(s, at, at + 1, IsHandleChar);
        return span.Length > 1 ? span : null;
    }

    private static TextSpan Url(ReadOnlySpan<char> s, int start)
    {
        int e = start;
        int parens = 0;
        while (e < s.Length && IsUrlChar(s[e]))
        {
            if (s[e] == '(') parens++;
            else if (s[e] == ')') { if (parens == 0) break; parens--; }
            e++;
        }
        while (e > start && s[e - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or ')') e--;
        return TextSpan.FromBounds(start, e);
    }

    /// <summary>Every domain suffix starts with an ASCII letter: most dots (sentence ends) are followed by a space or a quote.</summary>
    private static bool MayStartSuffix(char c) => c >= 128 || char.IsAsciiLetter(c);

    private static readonly string[] DomainSuffixes = ["com", "org", "net", "gov", "edu", "co.kr", "go.kr", "kr", "uk", "io", "info", "int"];

    private static bool IsDomainSuffixAt(ReadOnlySpan<char> s, int i)
    {
        foreach (var suffix in DomainSuffixes)
        {
            if (!StartsWith(s, i, suffix)) continue;
            int end = i + suffix.Length;
            if (end == s.Length || !char.IsLetterOrDigit(s[end])) return true;
        }
        return false;
    }

    /// <summary>covid19.go.kr, example.com/path — a bare domain with a known suffix.</summary>
    private static TextSpan? BareDomain(ReadOnlySpan<char> s, int dot)
    {
        int b = dot;
        while (b > 0 && IsDomainChar(s[b - 1])) b--;
        if (b < dot && s[b] == '.') return null;
        int e = dot + 1;
        while (e < s.Length && (IsDomainChar(s[e]) || s[e] == '/')) e++;
        while (e > dot && s[e - 1] is '.' or '-') e--;
        // Require a lowercase host: "Inc.Com" style tokens and sentence ends ("U.S.com") are rare; names like "Amazon.com" are fine to mask.
        return TextSpan.FromBounds(b, e);
    }
}
