using CopyLint.Core.Analysis;
using CopyLint.Core.Lexicons;
using CopyLint.Core.Syntax;
using CopyLint.Rules.Lexicons;

namespace CopyLint.Rules.BuiltIn.Attribution;

/// <summary>
/// Finds the claim CL0002 cares about in a sentence's narration: (a) a crime predicate or label applied to an
/// identifiable subject with no legal status marker; (b) a conflict outcome with conflict context; (c) media
/// asserted to show something. Modal and future statements are not claims.
/// </summary>
internal static class ClaimDetector
{
    private static readonly HashSet<string> Modals = new(StringComparer.OrdinalIgnoreCase)
    {
        "may", "might", "could", "would", "will", "should", "can", "must", "shall", "cannot", "wo", "to", "if", "whether", "not", "never", "n't",
    };

    private static readonly HashSet<string> Passive = new(StringComparer.OrdinalIgnoreCase) { "was", "were", "been", "be", "being", "is", "are", "get", "got" };
    private static readonly Lexicon PrenominalMarkers = new("prenominal-markers", ["accused", "alleged", "suspected"]);

    // The union of the first words of every list tried on each token: most tokens start none of them and are skipped
    // after one bit test (rebuilt when a project's configuration hands in other lexicon objects).
    private static LexiconGate? _gate;

    private sealed record Lists(Lexicon Crime, Lexicon Labels, Lexicon Legal, Lexicon Outcomes, Lexicon Context, Lexicon Media, Lexicon Depict);

    private static readonly LexiconBundle<Lists> ListsOf = new(lex => new Lists(
        lex[LexiconNames.CrimePredicates], lex[LexiconNames.CrimeLabels], lex[LexiconNames.LegalMarkers], lex[LexiconNames.ConflictOutcomes],
        lex[LexiconNames.ConflictContext], lex[LexiconNames.MediaNouns], lex[LexiconNames.DepictionVerbs]));

    public static ClaimMatch? Find(NodeAnalysisContext ctx, SentenceNode s)
    {
        var doc = ctx.Document;
        var (crime, labels, legal, outcomes, context, media, depict) = ListsOf.For(ctx.Lexicons); // resolved once per set
        var t = doc.Tokens;
        int end = s.EndToken;

        // Context checks are whole-sentence scans: compute them only once a predicate shows up.
        bool? legalCache = null, contextCache = null;
        bool HasLegal() => legalCache ??= Has(doc, legal, s);
        bool ConflictContext() => contextCache ??= Has(doc, context, s);

        var probe = LexiconGate.For(ref _gate, PrenominalMarkers, outcomes, crime, labels, depict).For(doc);
        for (int i = s.FirstToken; i < end; i++)
        {
            if (!probe.May(i)) continue;
            var tok = t[i];
            if (tok.Kind != SyntaxKind.Word || tok.Is(TokenFlags.InQuote)) continue;

            // Prenominal: "Accused killer John Smith", "the alleged rapist"
            if (PrenominalMarkers.Contains(doc, i) && i + 1 < end && labels.MatchAt(doc, i + 1, end) > 0)
            {
                int len = 1 + labels.MatchAt(doc, i + 1, end);
                return new ClaimMatch(ClaimClass.Prenominal, Span(doc, i, len), i, len);
            }

            int m = outcomes.MatchAt(doc, i, end);
            if (m > 0 && ConflictContext() && !IsModal(doc, i, s) && !IsNounUse(doc, i, s))
                return new ClaimMatch(ClaimClass.Conflict, Span(doc, i, m), i, m);

            m = crime.MatchAt(doc, i, end);
            if (m > 0 && !HasLegal() && !ConflictContext() && !IsModal(doc, i, s) && !IsNounUse(doc, i, s)
                && !(i > s.FirstToken && ReducedRelativeHeads.ContainsWord(doc.TokenText(i - 1)))
                && (IsPassive(doc, i, s) ? HasByAgent(doc, i + m, s) : HasSubject(doc, i, s) && (m > 1 || !HumanObjectVerbs.ContainsWord(doc.TokenText(i)) || HasHumanObject(doc, i + 1, s))))
                return new ClaimMatch(ClaimClass.Crime, Span(doc, i, m), i, m);

            m = labels.MatchAt(doc, i, end);
            if (m > 0 && !HasLegal() && IsPredicateLabel(doc, i, s))
                return new ClaimMatch(ClaimClass.Crime, Span(doc, i, m), i, m);

            m = depict.MatchAt(doc, i, end);
            if (m > 0 && MediaSubject(doc, media, i, s) && !IsModal(doc, i, s))
                return new ClaimMatch(ClaimClass.Media, Span(doc, i, m), i, m);
        }
        return null;
    }

    private static Core.Text.TextSpan Span(ProseDocument doc, int i, int len) =>
        Core.Text.TextSpan.FromBounds(doc.Tokens[i].Span.Start, doc.Tokens[i + len - 1].Span.End);

    private static bool Has(ProseDocument doc, Lexicon lex, SentenceNode s) => lex.OccursIn(doc, s.FirstToken, s.EndToken, skipQuoted: true);

    /// <summary>A modal, "to", or negation within the two words before the predicate.</summary>
    private static bool IsModal(ProseDocument doc, int i, SentenceNode s)
    {
        for (int k = i - 1; k >= Math.Max(s.FirstToken, i - 3); k--)
        {
            var w = doc.TokenText(k);
            if (Modals.ContainsWord(w) || w.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || w.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>A passive auxiliary up to four words back ("was savagely murdered", "have been shot or killed").</summary>
    private static bool IsPassive(ProseDocument doc, int i, SentenceNode s)
    {
        for (int k = i - 1; k >= Math.Max(s.FirstToken, i - 4); k--)
        {
            if (Passive.ContainsWord(doc.TokenText(k))) return true;
            if (doc.Tokens[k].Kind == SyntaxKind.Punctuation && doc.TokenText(k) is not ",") return false;
        }
        return false;
    }

    private static readonly HashSet<string> HumanObjectVerbs = new(StringComparer.OrdinalIgnoreCase) { "killed", "shot", "kill", "shoot", "beat", "hit" };
    private static readonly HashSet<string> HumanWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "him", "her", "them", "us", "me", "himself", "herself", "themselves", "his", "their", "people", "man", "woman", "men", "women", "boy", "girl",
        "child", "children", "officer", "officers", "wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "victim", "victims",
        "civilians", "residents", "student", "students", "teacher", "guard", "guards", "worker", "workers", "passenger", "passengers", "neighbor",
        "neighbour", "friend", "girlfriend", "boyfriend", "customer", "protesters", "journalist", "journalists", "police", "policeman", "soldier", "soldiers",
    };

    /// <summary>kill/shoot accuse only with a human object ("killed a rabbit", "shot up 11%" do not).</summary>
    private static bool HasHumanObject(ProseDocument doc, int after, SentenceNode s)
    {
        for (int k = after; k < Math.Min(s.EndToken, after + 4); k++)
        {
            var tok = doc.Tokens[k];
            if (tok.Kind == SyntaxKind.Punctuation) return false;
            if (HumanWords.ContainsWord(doc.TokenText(k)) || tok.Is(TokenFlags.Capitalized) || tok.Kind == SyntaxKind.NumberToken) return true;
        }
        return false;
    }

    private static readonly HashSet<string> ReducedRelativeHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "those", "people", "persons", "civilians", "victims", "men", "women", "children", "officers", "others", "many", "some", "all",
    };

    /// <summary>"was murdered by an attacker": a passive crime with its agent named accuses the agent.</summary>
    private static bool HasByAgent(ProseDocument doc, int after, SentenceNode s)
    {
        for (int k = after; k < Math.Min(s.EndToken - 1, after + 3); k++)
            if (doc.TokenIs(k, "by") && doc.Tokens[k + 1].Kind == SyntaxKind.Word) return !doc.TokenIs(k + 1, "the") || k + 2 < s.EndToken;
        return false;
    }

    /// <summary>The predicate is used as a noun or adjective ("the murder", "a stolen car", "killings").</summary>
    private static bool IsNounUse(ProseDocument doc, int i, SentenceNode s)
    {
        if (i - 1 < s.FirstToken) return true; // sentence-initial "Murder …" / "Killed …"
        var prev = doc.TokenText(i - 1);
        return prev is "the" or "a" or "an" or "The" or "A" or "An" or "of" or "his" or "her" or "their" or "its" or "this" or "that" or "for" or "after" || prev.EndsWith("'s", StringComparison.Ordinal) || prev.EndsWith("\u2019s", StringComparison.Ordinal);
    }

    /// <summary>An identifiable subject before the predicate: capitalised name, pronoun or definite NP.</summary>
    private static bool HasSubject(ProseDocument doc, int i, SentenceNode s)
    {
        for (int k = i - 1; k >= Math.Max(s.FirstToken, i - 6); k--)
        {
            var tok = doc.Tokens[k];
            if (tok.Kind == SyntaxKind.Punctuation && doc.TokenText(k) is "," or ";" or ":") return k < i - 1 ? CheckAt(doc, k + 1) : false;
            if (CheckAt(doc, k)) return true;
        }
        return false;
    }

    private static bool CheckAt(ProseDocument doc, int k)
    {
        var tok = doc.Tokens[k];
        if (tok.Kind != SyntaxKind.Word) return false;
        var w = doc.TokenText(k);
        if (w is "he" or "she" or "they" or "He" or "She" or "They") return true;
        return tok.Is(TokenFlags.Capitalized) || w is "the" or "The";
    }

    /// <summary>"X is a murderer", "the thief Lee".</summary>
    private static bool IsPredicateLabel(ProseDocument doc, int i, SentenceNode s)
    {
        if (i - 2 >= s.FirstToken && (doc.TokenIs(i - 1, "a") || doc.TokenIs(i - 1, "an")) && (doc.TokenIs(i - 2, "is") || doc.TokenIs(i - 2, "was") || doc.TokenIs(i - 2, "as")))
            return !doc.TokenIs(i - 2, "as");
        return false;
    }

    /// <summary>A media noun is the subject of the depiction verb (within six words before it).</summary>
    private static bool MediaSubject(ProseDocument doc, Lexicon media, int verb, SentenceNode s)
    {
        // "can be seen", "is seen": media noun anywhere in the sentence
        for (int k = verb - 1; k >= Math.Max(s.FirstToken, verb - 6); k--)
        {
            if (doc.Tokens[k].Kind == SyntaxKind.Word && media.MatchAt(doc, k, verb) > 0) return true;
        }
        return false;
    }
}
