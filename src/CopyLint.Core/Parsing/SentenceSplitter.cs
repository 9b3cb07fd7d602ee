using CopyLint.Core.Lexicons;
using CopyLint.Core.Syntax;

namespace CopyLint.Core.Parsing;

/// <summary>
/// Rule-based sentence boundaries inside one paragraph: . ? ! … (plus closing quotes/brackets) followed by a
/// capital, digit or opening quote, with abbreviations ("Nov.", "Mr.", "U.S.") and initials respected.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>Returns the end (exclusive token index) of each sentence in [first, end).</summary>
    public static void Split(ProseDocument doc, int first, int end, List<int> boundaries)
    {
        var t = doc.Tokens;
        for (int i = first; i < end; i++)
        {
            var tok = t[i];
            bool dottedWord = false;
            if (tok.Kind == SyntaxKind.Punctuation)
            {
                char c = doc.Prose[tok.Span.Start];
                if (!CharClass.IsSentenceEnd(c)) continue;
            }
            else if (tok.Kind == SyntaxKind.Word && tok.Span.Length > 2 && doc.Prose[tok.Span.End - 1] == '.')
            {
                dottedWord = true; // "U.S." swallowed its period
            }
            else continue;

            int j = i + 1;
            while (j < end && IsCloser(doc, t[j]) && t[j].Span.Start == t[j - 1].Span.End) j++;
            // more sentence punctuation right after ("?!", ".”")
            if (j < end && t[j].Kind == SyntaxKind.Punctuation && CharClass.IsSentenceEnd(doc.Prose[t[j].Span.Start]) && t[j].Span.Start == t[j - 1].Span.End) continue;
            if (j >= end) break; // paragraph end closes the sentence anyway
            if (t[j].Span.Start == t[j - 1].Span.End && t[j].Kind != SyntaxKind.Punctuation) continue; // "3.5" or "example.com"-like glue
            var next = t[j];
            char nc = doc.Prose[next.Span.Start];
            bool opener = char.IsUpper(nc) || char.IsDigit(nc) || CharClass.IsDoubleQuote(nc) || nc is '\u2018' or '(' or '[' || CharClass.IsCurrency(nc);
            if (!opener) continue;

            if (dottedWord)
            {
                var w = doc.TokenText(i)[..^1];
                if (!(Abbreviations.MaybeFinal.ContainsWord(w) || IsInitials(w)) || !IsClearOpener(doc, next)) continue;
            }
            else if (doc.Prose[tok.Span.Start] == '.' && i > first && t[i - 1].Span.End == tok.Span.Start && t[i - 1].Kind == SyntaxKind.Word)
            {
                var prev = doc.TokenText(i - 1);
                var lookup = Abbreviations.NeverFinal.GetAlternateLookup<ReadOnlySpan<char>>();
                if (lookup.Contains(prev)) continue;
                if (prev.Length == 1 && char.IsUpper(prev[0]) && !IsClearOpener(doc, next)) continue; // initial: "John F. Kennedy"
                var maybe = Abbreviations.MaybeFinal.GetAlternateLookup<ReadOnlySpan<char>>();
                if (maybe.Contains(prev) && !IsClearOpener(doc, next)) continue;
            }
            boundaries.Add(j);
            i = j - 1;
        }
        boundaries.Add(end);
    }

    private static bool IsInitials(ReadOnlySpan<char> w)
    {
        foreach (var c in w) if (c != '.' && !char.IsLetter(c)) return false;
        return w.Contains('.');
    }

    private static bool IsCloser(ProseDocument doc, SyntaxToken t)
    {
        if (t.Kind != SyntaxKind.Punctuation) return false;
        char c = doc.Prose[t.Span.Start];
        return c is '\u201D' or '\u2019' or '"' or '\'' or ')' or ']' or '\u00BB';
    }

    private static bool IsClearOpener(ProseDocument doc, SyntaxToken next) =>
        next.Kind == SyntaxKind.Word && Abbreviations.SentenceOpeners.Contains(doc.Prose.Substring(next.Span.Start, next.Span.Length));
}
