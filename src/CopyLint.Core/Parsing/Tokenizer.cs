using CopyLint.Core.Syntax;
using CopyLint.Core.Text;

namespace CopyLint.Core.Parsing;

/// <summary>
/// Splits the blanked prose into words, numbers and punctuation, and emits markup, masked and whitespace
/// runs as trivia, so that the token stream covers the input exactly once. Linear, no regex.
/// </summary>
internal static class Tokenizer
{
    /// <summary>The significant tokens (words, numbers, punctuation) of the blanked prose.</summary>
    public static SyntaxToken[] Significant(ReadOnlySpan<char> prose, List<(TextSpan Span, bool Masked)> hidden)
    {
        // Rough upper bound: news copy averages about 6 characters per significant token. Grown from a pooled buffer,
        // then copied once to an exact array.
        var buffer = new TokenBuffer(prose.Length / 4 + 16);
        Scan(prose, hidden, ref buffer, trivia: false);
        return buffer.ToArrayAndReturn();
    }

    /// <summary>Every token and trivia run, covering the input exactly once (built on demand: the rules never need trivia).</summary>
    public static SyntaxToken[] All(ReadOnlySpan<char> prose, List<(TextSpan Span, bool Masked)> hidden)
    {
        var buffer = new TokenBuffer(prose.Length / 2 + 16);
        Scan(prose, hidden, ref buffer, trivia: true);
        return buffer.ToArrayAndReturn();
    }

    private static void Scan(ReadOnlySpan<char> prose, List<(TextSpan Span, bool Masked)> hidden, ref TokenBuffer output, bool trivia)
    {
        int pos = 0, h = 0;
        int n = prose.Length;
        // Where the next hidden range starts (the end of the text after the last): tokens stop there.
        int limit = hidden.Count > 0 ? hidden[0].Span.Start : n;
        while (pos < n)
        {
            if (pos >= limit)
            {
                var hs = hidden[h];
                if (hs.Span.End > pos)
                {
                    if (trivia) output.Add(new SyntaxToken(hs.Masked ? SyntaxKind.Masked : SyntaxKind.Markup, TextSpan.FromBounds(pos, hs.Span.End), TokenFlags.None));
                    pos = hs.Span.End;
                }
                h++;
                limit = h < hidden.Count ? hidden[h].Span.Start : n;
                continue;
            }
            char c = prose[pos];
            int start = pos;
            if (CharClass.IsSpace(c))
            {
                while (pos < limit && CharClass.IsSpace(prose[pos])) pos++;
                if (trivia) output.Add(new SyntaxToken(SyntaxKind.Whitespace, TextSpan.FromBounds(start, pos), TokenFlags.None));
                continue;
            }
            SyntaxToken token;
            if (CharClass.IsWordChar(c) || (char.IsHighSurrogate(c) && pos + 1 < limit && IsSurrogateLetter(prose, pos)))
            {
                token = ReadWord(prose, start, start, limit, out pos);
            }
            else if (c == '.' && pos + 2 < limit && prose[pos + 1] == '.' && prose[pos + 2] == '.')
            {
                while (pos < limit && prose[pos] == '.') pos++;
                token = new SyntaxToken(SyntaxKind.Punctuation, TextSpan.FromBounds(start, pos), TokenFlags.None);
            }
            else if ((c == '\'' && pos + 1 < limit && prose[pos + 1] == '\'') || (c == '`' && pos + 1 < limit && prose[pos + 1] == '`'))
            {
                // '' and `` stand for double quotation marks in some wire and newspaper copy
                pos += 2;
                token = new SyntaxToken(SyntaxKind.Punctuation, TextSpan.FromBounds(start, pos), TokenFlags.None);
            }
            else if (c == '-' && pos + 1 < limit && prose[pos + 1] == '-')
            {
                while (pos < limit && prose[pos] == '-') pos++;
                token = new SyntaxToken(SyntaxKind.Punctuation, TextSpan.FromBounds(start, pos), TokenFlags.None);
            }
            else if (c == '.' && pos + 1 < limit && char.IsAsciiDigit(prose[pos + 1]) && (pos == 0 || !CharClass.IsWordChar(prose[pos - 1])))
            {
                // ".5" decimal without leading zero
                token = ReadWord(prose, start, pos + 1, limit, out pos);
            }
            else
            {
                pos += char.IsHighSurrogate(c) && pos + 1 < limit && char.IsLowSurrogate(prose[pos + 1]) ? 2 : 1;
                token = new SyntaxToken(SyntaxKind.Punctuation, TextSpan.FromBounds(start, pos), TokenFlags.None);
            }
            output.Add(token);
            // Without trivia, the spaces after a token (nearly every token has one) are passed over here, not in a turn
            // of the loop of their own.
            if (!trivia) while (pos < limit && prose[pos] == ' ') pos++;
        }
    }

    /// <summary>A growable token array rented from the shared pool; one exact copy at the end.</summary>
    private struct TokenBuffer(int capacity)
    {
        private SyntaxToken[] _items = System.Buffers.ArrayPool<SyntaxToken>.Shared.Rent(capacity);
        private int _count;

        public void Add(in SyntaxToken token)
        {
            if (_count == _items.Length) Grow();
            _items[_count++] = token;
        }

        private void Grow()
        {
            var bigger = System.Buffers.ArrayPool<SyntaxToken>.Shared.Rent(_items.Length * 2);
            Array.Copy(_items, bigger, _count);
            System.Buffers.ArrayPool<SyntaxToken>.Shared.Return(_items);
            _items = bigger;
        }

        public SyntaxToken[] ToArrayAndReturn()
        {
            // Every element is overwritten by the copy, so the array need not be zeroed first.
            var result = GC.AllocateUninitializedArray<SyntaxToken>(_count);
            _items.AsSpan(0, _count).CopyTo(result);
            System.Buffers.ArrayPool<SyntaxToken>.Shared.Return(_items);
            _items = [];
            return result;
        }
    }

    private static bool IsSurrogateLetter(ReadOnlySpan<char> s, int pos) =>
        pos + 1 < s.Length && char.IsLowSurrogate(s[pos + 1]) && System.Text.Rune.IsLetter(new System.Text.Rune(s[pos], s[pos + 1]));

    // A non-ASCII letter, in the case bits of the scan (ASCII letters carry Lower or Upper from CharClass's table).
    private const int OtherLetter = 32;

    /// <summary>
    /// The end of the word starting at <paramref name="pos"/>. As it goes it gathers what the token's flags need, so the
    /// word is read once: <paramref name="bits"/> collects CharClass's Lower, Upper and Digit bits of ASCII characters and
    /// the case of other letters, <paramref name="flags"/> the hyphens and apostrophes that join it.
    /// </summary>
    private static int ScanWord(ReadOnlySpan<char> s, int pos, int limit, ref int bits, ref TokenFlags flags)
    {
        var ascii = CharClass.Ascii;
        while (pos < limit)
        {
            char c = s[pos];
            if (c < 128)
            {
                byte k = ascii[c];
                if ((k & CharClass.Word) != 0) { bits |= k; pos++; continue; }
                if ((k & CharClass.Joiner) == 0) break; // a space, or punctuation that never joins a word (most words end here)
            }
            else if (CharClass.IsNonAsciiWordChar(c))
            {
                if (char.IsLetter(c)) bits |= OtherLetter | (char.IsUpper(c) ? CharClass.Upper : char.IsLower(c) ? CharClass.Lower : 0);
                pos++;
                continue;
            }
            if (char.IsHighSurrogate(c) && pos + 1 < limit && char.IsLowSurrogate(s[pos + 1]) && IsSurrogateLetter(s, pos)) { pos += 2; continue; }
            bool nextIsWord = pos + 1 < limit && CharClass.IsWordChar(s[pos + 1]);
            char prev = s[pos - 1];
            if (nextIsWord && (CharClass.IsApostrophe(c) || CharClass.IsHyphen(c)) && CharClass.IsWordChar(prev))
            {
                flags |= CharClass.IsHyphen(c) ? TokenFlags.Hyphenated : TokenFlags.Apostrophe;
                pos++;
                continue;
            }
            if (nextIsWord && char.IsAsciiDigit(prev) && char.IsAsciiDigit(s[pos + 1]) && (c is ',' or '.' or '/' or ':' or '\u2013'))
            {
                // 50,000  1.2  9/11  14:30  1950–53
                pos++;
                continue;
            }
            if (c == '.' && char.IsLetter(prev) && IsInitialSegment(s, pos) && pos + 1 < limit && (char.IsLetter(s[pos + 1]) || !CharClass.IsWordChar(s[pos + 1])))
            {
                // U.S.  a.m.  e.g.  — a run of single letters joined by dots
                if (pos + 2 < limit && char.IsLetter(s[pos + 1]) && (s[pos + 2] == '.' )) { pos++; continue; }
                if (pos >= 2 && s[pos - 2] == '.') { pos++; continue; }
            }
            break;
        }
        return pos;
    }

    /// <summary>True when the letter before <paramref name="dot"/> is a one-letter segment (start of word or after a dot).</summary>
    private static bool IsInitialSegment(ReadOnlySpan<char> s, int dot) =>
        dot >= 1 && char.IsLetter(s[dot - 1]) && (dot < 2 || !CharClass.IsWordChar(s[dot - 2]) || s[dot - 2] == '.');

    /// <summary>The word token starting at <paramref name="start"/> whose scan starts at <paramref name="from"/>; <paramref name="end"/> is where it stops.</summary>
    private static SyntaxToken ReadWord(ReadOnlySpan<char> s, int start, int from, int limit, out int end)
    {
        int bits = 0;
        var flags = TokenFlags.None;
        end = ScanWord(s, from, limit, ref bits, ref flags);
        return MakeWord(s, start, end, bits, flags);
    }

    /// <summary>The word token [start, end) from what <see cref="ScanWord"/> gathered.</summary>
    private static SyntaxToken MakeWord(ReadOnlySpan<char> s, int start, int end, int bits, TokenFlags flags)
    {
        if ((bits & CharClass.Digit) != 0) flags |= TokenFlags.HasDigit;
        if ((bits & (CharClass.Lower | CharClass.Upper | OtherLetter)) != 0) flags |= TokenFlags.HasLetter;
        if (char.IsAsciiDigit(s[start])) flags |= TokenFlags.StartsWithDigit;
        if (char.IsUpper(s[start])) flags |= TokenFlags.Capitalized;
        if ((bits & CharClass.Upper) != 0 && (bits & CharClass.Lower) == 0) flags |= TokenFlags.AllCaps;
        var kind = (bits & CharClass.Digit) != 0 && (flags & TokenFlags.StartsWithDigit) != 0 ? SyntaxKind.NumberToken : SyntaxKind.Word;
        return new SyntaxToken(kind, TextSpan.FromBounds(start, end), flags);
    }
}
