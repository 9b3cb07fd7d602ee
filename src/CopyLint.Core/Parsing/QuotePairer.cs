using CopyLint.Core.Syntax;
using CopyLint.Core.Text;

namespace CopyLint.Core.Parsing;

/// <summary>
/// Pairs quotation marks paragraph by paragraph: curly and straight double quotes, guillemets, low-9 marks,
/// and single quotes only when ‘ opens at a word start (’ inside or after a word is an apostrophe unless a single
/// quote is open). A paragraph may end inside a double quote when the next one reopens it (multi-paragraph quote).
/// </summary>
internal static class QuotePairer
{
    public static List<QuoteNode> Pair(ProseDocument doc, IReadOnlyList<ParagraphNode> paragraphs, IReadOnlyList<(int First, int End)> ranges)
    {
        var quotes = new List<QuoteNode>();
        var t = doc.Tokens;
        bool prevEndedOpen = false;
        for (int p = 0; p < paragraphs.Count; p++)
        {
            var (first, end) = ranges[p];
            int dOpen = -1, sOpen = -1;
            bool firstMark = true;
            for (int i = first; i < end; i++)
            {
                if (t[i].Kind != SyntaxKind.Punctuation) { firstMark = false; continue; }
                char c = doc.Prose[t[i].Span.Start];
                if (t[i].Span.Length == 2 && (c == '\'' || c == '`')) c = c == '`' ? '\u201C' : '"';
                bool atWordStart = i == first || t[i - 1].Span.End < t[i].Span.Start || IsOpeningContext(doc.Prose[t[i - 1].Span.Start]);
                if (c == '"' && IsStrayStraight(doc, i, first, end, dOpen >= 0)) { firstMark = false; continue; }
                if (c is '\u201C' or '\u201E' or '\u00AB' || (c == '"' && dOpen < 0))
                {
                    if (c == '"' && !atWordStart && i + 1 < end && t[i + 1].Span.Start == t[i].Span.End) { /* glued both sides: treat as opening anyway */ }
                    if (dOpen >= 0)
                    {
                        // nested double opening: close the outer at this point is wrong; keep the outer open
                        continue;
                    }
                    dOpen = i;
                    if (firstMark && prevEndedOpen) doc.Tokens[i] = t[i] with { Flags = t[i].Flags | TokenFlags.OpeningQuote };
                }
                else if (c is '\u201D' or '\u00BB' or '"')
                {
                    if (dOpen >= 0)
                    {
                        quotes.Add(Make(doc, quotes.Count, p, dOpen, i, false, firstMark: dOpen == first && prevEndedOpen));
                        if (sOpen > dOpen) sOpen = -1; // a single quote left open inside the double one
                        dOpen = -1;
                    }
                }
                else if (c == '\u2018' && atWordStart && i + 1 < end && t[i + 1].Span.Start == t[i].Span.End && t[i + 1].Kind != SyntaxKind.Punctuation)
                {
                    sOpen = i;
                }
                else if (c == '\u2019' && sOpen >= 0)
                {
                    bool followedByLetter = i + 1 < end && t[i + 1].Span.Start == t[i].Span.End && char.IsLetter(doc.Prose[t[i + 1].Span.Start]);
                    if (!followedByLetter)
                    {
                        quotes.Add(Make(doc, quotes.Count, p, sOpen, i, true, false));
                        sOpen = -1;
                    }
                }
                firstMark = false;
            }
            if (dOpen >= 0)
            {
                var q = Make(doc, quotes.Count, p, dOpen, end - 1, false, dOpen == first && prevEndedOpen, closed: false);
                quotes.Add(q);
                paragraphs[p].EndsInsideQuote = true;
                prevEndedOpen = true;
            }
            else prevEndedOpen = false;
        }
        quotes.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var ordered = new List<QuoteNode>(quotes.Count);
        for (int k = 0; k < quotes.Count; k++)
        {
            var q = quotes[k];
            var copy = new QuoteNode(k, q.Paragraph, q.Span, q.Content, q.IsSingle)
            {
                IsClosed = q.IsClosed, IsTerm = q.IsTerm, WordCount = q.WordCount, ContinuesPrevious = q.ContinuesPrevious,
                FirstToken = q.FirstToken, EndToken = q.EndToken,
            };
            ordered.Add(copy);
            var flag = copy.IsTerm ? TokenFlags.InQuoteMarks : TokenFlags.InQuote | TokenFlags.InQuoteMarks;
            for (int i = copy.FirstToken; i < copy.EndToken; i++) doc.Tokens[i] = doc.Tokens[i] with { Flags = doc.Tokens[i].Flags | flag };
        }
        return ordered;
    }

    /// <summary>
    /// A straight double quote that cannot be a pair's mark: glued between two letters (a mis-encoded apostrophe,
    /// "the nation"s"); in closing position (glued to the word before, space after) with nothing open (12" pipe, a
    /// stray closer); or in opening position right after a sentence end while a quotation is open — the reopening
    /// mark of a multi-paragraph quotation whose paragraph break was lost. Pairing across it would invert every
    /// later pair in the paragraph.
    /// </summary>
    private static bool IsStrayStraight(ProseDocument doc, int i, int first, int end, bool open)
    {
        var t = doc.Tokens;
        bool before = i > first && t[i - 1].Span.End == t[i].Span.Start;
        bool after = i + 1 < end && t[i + 1].Span.Start == t[i].Span.End;
        if (before && after && char.IsLetter(doc.Prose[t[i].Span.Start - 1]) && char.IsLetter(doc.Prose[t[i].Span.End])) return true;
        if (!open) return before && !after && t[i - 1].Kind != SyntaxKind.Punctuation;
        return !before && after && i > first && t[i - 1].Kind == SyntaxKind.Punctuation && doc.Prose[t[i - 1].Span.Start] is '.' or '?' or '!';
    }

    private static bool IsOpeningContext(char c) => c is '(' or '[' or '\u2014' or '\u2013' or '-' or ':' || CharClass.IsDoubleQuote(c);

    private static QuoteNode Make(ProseDocument doc, int index, int paragraph, int open, int close, bool single, bool firstMark, bool closed = true)
    {
        var t = doc.Tokens;
        var span = TextSpan.FromBounds(t[open].Span.Start, t[close].Span.End);
        int contentStart = t[open].Span.End;
        int contentEnd = closed ? t[close].Span.Start : t[close].Span.End;
        int words = 0, titled = 0;
        for (int i = open + 1; i < (closed ? close : close + 1); i++)
        {
            if (t[i].Kind is SyntaxKind.Word or SyntaxKind.NumberToken)
            {
                words++;
                if (t[i].Is(TokenFlags.Capitalized) || IsMinorWord(doc.TokenText(i))) titled++;
            }
        }
        bool allTitle = words > 0 && titled == words && words <= 8;
        return new QuoteNode(index, paragraph, span, TextSpan.FromBounds(contentStart, Math.Max(contentStart, contentEnd)), single)
        {
            IsClosed = closed,
            WordCount = words,
            IsTerm = closed && (words < 4 || allTitle),
            ContinuesPrevious = firstMark,
            FirstToken = open,
            EndToken = close + 1,
        };
    }

    private static bool IsMinorWord(ReadOnlySpan<char> w) =>
        w.Equals("of", StringComparison.Ordinal) || w.Equals("the", StringComparison.Ordinal) || w.Equals("and", StringComparison.Ordinal) ||
        w.Equals("a", StringComparison.Ordinal) || w.Equals("in", StringComparison.Ordinal) || w.Equals("on", StringComparison.Ordinal) ||
        w.Equals("for", StringComparison.Ordinal) || w.Equals("to", StringComparison.Ordinal);
}
