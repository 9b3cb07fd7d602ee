using CopyLint.Core.Lexicons;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;

namespace CopyLint.Rules.BuiltIn.Sourcing;

/// <summary>Small token helpers shared by the newsroom rules (CL0004–CL0011).</summary>
internal static class NewsroomText
{
    /// <summary>The sentence belongs to body copy (not a headline, byline or list block).</summary>
    public static bool IsBody(ProseDocument doc, SentenceNode s) =>
        doc.Paragraphs[s.Paragraph].Role == ParagraphRole.Body && doc.IsEnglish(doc.Paragraphs[s.Paragraph]);

    /// <summary>The token is the writer's own narration: not inside a quotation (terms and titles count as narration).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsNarration(ProseDocument doc, int i) => !doc.Tokens[i].Is(TokenFlags.InQuote);

    /// <summary>Not inside any quotation marks at all (scare quotes and titles excluded too).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsUnquoted(ProseDocument doc, int i) => !doc.Tokens[i].Is(TokenFlags.InQuoteMarks);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsWord(ProseDocument doc, int i) => (uint)i < (uint)doc.Tokens.Length && doc.Tokens[i].Kind == SyntaxKind.Word;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsPunct(ProseDocument doc, int i, char c) =>
        (uint)i < (uint)doc.Tokens.Length && doc.Tokens[i].Kind == SyntaxKind.Punctuation && doc.Tokens[i].Span.Length == 1 && doc.Prose[doc.Tokens[i].Span.Start] == c;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool Is(ProseDocument doc, int i, string word) => doc.TokenIs(i, word);

    public static bool IsAny(ProseDocument doc, int i, params ReadOnlySpan<string> words)
    {
        if ((uint)i >= (uint)doc.Tokens.Length) return false;
        var t = doc.TokenText(i);
        foreach (var w in words) if (ProseDocument.EqualsIgnoreCase(t, w)) return true;
        return false;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool In(ProseDocument doc, int i, Lexicon lexicon) =>
        (uint)i < (uint)doc.Tokens.Length && doc.Tokens[i].Kind != SyntaxKind.Punctuation && lexicon.Contains(doc, i);

    public static TextSpan Span(ProseDocument doc, int first, int length) =>
        TextSpan.FromBounds(doc.Tokens[first].Span.Start, doc.Tokens[first + length - 1].Span.End);

    public static string Text(ProseDocument doc, int first, int length) => doc.Text.ToString(Span(doc, first, length));

    /// <summary>First lexicon match in narration tokens of [start, end): (token, length) or (-1, 0).</summary>
    public static (int Token, int Length) FindInNarration(ProseDocument doc, Lexicon lexicon, int start, int end, bool skipQuoteMarks = false)
    {
        var probe = lexicon.ProbeFor(doc); // a bit test skips the tokens no entry starts with
        for (int i = start; i < end; i++)
        {
            if (!probe.May(i) || doc.Tokens[i].Kind == SyntaxKind.Punctuation) continue;
            if (skipQuoteMarks ? !IsUnquoted(doc, i) : !IsNarration(doc, i)) continue;
            int len = lexicon.MatchAt(doc, i, end);
            if (len > 0) return (i, len);
        }
        return (-1, 0);
    }

    /// <summary>Significant-token range [first, end) of a paragraph.</summary>
    public static (int First, int End) Tokens(ProseDocument doc, ParagraphNode p) =>
        (p.FirstToken, p.EndToken);

    /// <summary>The token is the sentence's first word (an opening quote or bracket before it is allowed).</summary>
    public static bool IsSentenceInitial(ProseDocument doc, SentenceNode s, int i)
    {
        for (int k = s.FirstToken; k < i; k++)
            if (doc.Tokens[k].Kind != SyntaxKind.Punctuation) return false;
        return true;
    }
}
