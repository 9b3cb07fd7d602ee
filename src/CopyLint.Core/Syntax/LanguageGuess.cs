namespace CopyLint.Core.Syntax;

/// <summary>
/// A cheap guess whether a paragraph reads as English. CopyLint's lexicons are English; Portuguese or Indonesian copy in a
/// web page, Korean or Cyrillic text, are not judged by the rules. Computed once per paragraph and cached on the node.
/// </summary>
internal static class LanguageGuess
{
    // A lexicon, so a token is tested by its word ID (a bit test) rather than hashed again.
    private static readonly Lexicons.Lexicon FunctionWords = new("english-function-words",
    [
        "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "was", "on", "with", "as", "he", "she", "said", "by", "at", "from",
        "his", "her", "are", "be", "this", "have", "has", "not", "but", "they", "we", "you", "i", "an", "or", "will", "their", "its", "were",
        "been", "who", "which", "would", "there", "if", "about", "more", "can", "one", "all", "so", "what", "when", "up", "out", "our",
    ]);

    /// <summary>Latin script and, from a dozen words on, at least one word in ten a common English function word.</summary>
    public static bool IsEnglish(ProseDocument doc, ParagraphNode para)
    {
        if (!IsLatinScript(doc, para)) return false;
        int words = 0;
        int first = para.FirstToken, end = para.EndToken;
        var tokens = doc.Tokens;
        for (int i = first; i < end; i++)
            if (tokens[i].Kind == SyntaxKind.Word) words++;
        if (words < 12) return true;
        // English prose is about 40% function words: stop as soon as one word in ten is reached.
        int needed = (words + 9) / 10, function = 0;
        for (int i = first; i < end; i++)
        {
            // Function words are short: skip the hash for longer words.
            if (tokens[i].Kind != SyntaxKind.Word || tokens[i].Span.Length > 5 || !FunctionWords.Contains(doc, i)) continue;
            if (++function >= needed) return true;
        }
        return false;
    }

    /// <summary>At least 80% of the paragraph's letters are ASCII.</summary>
    private static bool IsLatinScript(ProseDocument doc, ParagraphNode para)
    {
        var text = doc.SpanText(para.Span);
        if (!text.ContainsAnyExceptInRange((char)0, (char)127)) return true; // all ASCII: the common case, vectorised
        int ascii = 0, other = 0;
        foreach (var c in text)
        {
            if (c < 128)
            {
                if (char.IsAsciiLetter(c)) ascii++;
            }
            else if (char.IsLetter(c)) other++;
        }
        return ascii >= 4 * other;
    }
}
