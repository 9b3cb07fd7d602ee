using CopyLint.Core.Lexicons;
using CopyLint.Core.Syntax;

namespace CopyLint.Rules.Evidence;

/// <summary>
/// Is a reporting-verb token used as a verb? Many cues are also nouns ("states", "points", "record", "project",
/// "report", "estimate"): a base or -s form counts only after a subject-like word, never after a determiner,
/// number or preposition; capitalised forms are names; show/find/reveal/indicate need a document subject;
/// "read" only in an inverted quote tag.
/// </summary>
internal static class CueUse
{
    private static readonly HashSet<string> NotBeforeVerb = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "some", "any", "each", "every",
        "no", "many", "several", "few", "more", "most", "other", "another", "such", "of", "in", "on", "at", "by", "for", "with", "from", "into",
        "about", "over", "under", "per", "than", "as", "new", "latest", "first", "last", "annual", "final", "full", "initial", "official",
        "record", "all", "both", "one", "two", "three", "whose", "what", "which", "and", "or",
    };

    private static readonly HashSet<string> DocumentVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "show", "shows", "showed", "shown", "showing", "find", "finds", "found", "reveal", "reveals", "revealed", "indicate", "indicates", "indicated",
        "suggest", "suggests", "suggested",
    };

    private static readonly HashSet<string> PastForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "told", "wrote", "spoke", "thought", "put", "read", "found", "shown", "written", "spoken", "ruled",
    };

    private static readonly HashSet<string> MediaNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "footage", "video", "videos", "images", "image", "photo", "photos", "clip", "picture", "pictures",
    };

    /// <summary>A determiner, preposition or quantifier: the word after it is a noun, not a verb.</summary>
    public static bool IsDeterminerLike(ReadOnlySpan<char> w) => NotBeforeVerb.ContainsWord(w);

    public static bool IsVerbUse(EvidenceFinder f, int i, int start, int end)
    {
        var doc = f.Document;
        var tok = doc.Tokens[i];
        if (tok.Is(TokenFlags.Capitalized) && i > start) return false; // "United States", "Manhattan Project"
        var w = doc.TokenText(i);
        var prev = i > start ? doc.TokenText(i - 1) : default;
        bool prevIsNumber = i > start && (doc.Tokens[i - 1].Kind == SyntaxKind.NumberToken || Core.Parsing.NumberWordsPublic.IsNumberWord(prev));
        if (DocumentVerbs.ContainsWord(w))
        {
            // "the poll showed", "the study found", "data show" — not footage, which proves nothing by itself
            for (int k = i - 1; k >= Math.Max(start, i - 10); k--)
            {
                var kw = doc.TokenText(k);
                if (MediaNouns.ContainsWord(kw)) return false;
                if (f.DocumentSources.Contains(kw)) return true;
            }
            return w.StartsWith("suggest", StringComparison.OrdinalIgnoreCase) && i > start && f.IsSourceToken(i - 1) && !NotBeforeVerb.ContainsWord(prev);
        }
        if (w.Equals("read", StringComparison.OrdinalIgnoreCase))
            return i > start && (prev is "\u201D" or "\"" or "," || (i - 2 >= start && doc.TokenText(i - 2) is "\u201D" or "\""));
        if (w.Equals("put", StringComparison.OrdinalIgnoreCase) || w.Equals("puts", StringComparison.OrdinalIgnoreCase))
        {
            for (int k = i + 1; k < Math.Min(end, i + 6); k++) if (doc.TokenIs(k, "at")) return true;
            return false;
        }
        if (prevIsNumber) return false;
        bool past = PastForms.ContainsWord(w) || w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        if (past)
        {
            // "the estimated losses", "a reported 200" are adjectives; "the alliance's recommended 2 percent" names its source
            if (prev is "the" or "a" or "an" or "The" or "A" or "An") return false;
            if (prev.EndsWith("'s", StringComparison.Ordinal) || prev.EndsWith("\u2019s", StringComparison.Ordinal)) return f.IsSourceToken(i - 1);
            return true;
        }
        // "say", "says", "tell", "tells" are never nouns in news copy; after an auxiliary any form is a verb ("has forecast")
        if (w.Equals("say", StringComparison.OrdinalIgnoreCase) || w.Equals("says", StringComparison.OrdinalIgnoreCase)
            || w.Equals("tell", StringComparison.OrdinalIgnoreCase) || w.Equals("tells", StringComparison.OrdinalIgnoreCase)) return i > start;
        if (prev is "has" or "have" or "had" or "will" or "would" or "may" or "might" or "could" or "did" or "does" or "do") return true;
        // base or -s form: needs a subject right before it (pronoun, source noun, name), an adverb ("also says"),
        // "to" ("declined to comment"), or an inverted tag after a quote or comma
        if (i == start) return false;
        if (NotBeforeVerb.ContainsWord(prev) || prev.EndsWith("'s", StringComparison.Ordinal) || prev.EndsWith("\u2019s", StringComparison.Ordinal)) return false;
        if (doc.Tokens[i - 1].Kind == SyntaxKind.Punctuation) return prev is "," or ")" or "\u201D" or "\"";
        if (f.IsSourceToken(i - 1)) return true;
        if (prev is "to" or "also" or "still" or "now" or "often" or "repeatedly" or "later" or "then" or "further" or "publicly" or "privately") return true;
        return prev.EndsWith("ly", StringComparison.Ordinal) && prev.Length > 4;
    }

    /// <summary>
    /// "May" the month or the name, not the modal: capitalised after another word of the sentence ("in May", "since May
    /// 2004", "Theresa May said"), or opening the sentence before a number ("May 5 was …"). All-capital "MAY" stays a hedge.
    /// </summary>
    public static bool IsMonthOrNameMay(EvidenceFinder f, int tok, int start, int end)
    {
        var doc = f.Document;
        var t = doc.Tokens[tok];
        if (!t.Is(TokenFlags.Capitalized) || t.Is(TokenFlags.AllCaps) || !doc.TokenIs(tok, "may")) return false;
        for (int i = start; i < tok; i++)
            if (doc.Tokens[i].Kind == SyntaxKind.Word) return true;
        return tok + 1 < end && doc.Tokens[tok + 1].Kind == SyntaxKind.NumberToken;
    }

    /// <summary>"likely voters", "possible candidates": the adjective before a noun is not a truth hedge.</summary>
    public static bool IsAdjectivalHedge(EvidenceFinder f, int tok, int end)
    {
        var doc = f.Document;
        var w = doc.TokenText(tok);
        bool adjectiveHedge = w.Equals("likely", StringComparison.OrdinalIgnoreCase) || w.Equals("possible", StringComparison.OrdinalIgnoreCase) || w.Equals("probable", StringComparison.OrdinalIgnoreCase);
        bool nameDescriptor = w.Equals("disputed", StringComparison.OrdinalIgnoreCase) || w.Equals("apparent", StringComparison.OrdinalIgnoreCase);
        if (!adjectiveHedge && !nameDescriptor) return false;
        if (tok + 1 >= end) return false;
        var next = doc.Tokens[tok + 1];
        // "the disputed Aouzou strip": describes a named place, hedges nothing
        if (nameDescriptor) return next.Kind == SyntaxKind.Word && next.Is(TokenFlags.Capitalized);
        if (next.Kind != SyntaxKind.Word) return false;
        var nw = doc.TokenText(tok + 1);
        if (nw is "to" or "be" or "that" or "have" or "been") return false;
        return true;
    }
}
