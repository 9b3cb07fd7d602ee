using CopyLint.Core.Lexicons;
using CopyLint.Core.Syntax;

namespace CopyLint.Rules.BuiltIn.Attribution;

/// <summary>Exemptions for profiles, deal terms and sports times (editor review, pass 5).</summary>
public sealed partial class FigureClassifier
{
    /// <summary>Words after a count that make it a change, not a size ("has 300 more cases").</summary>
    private static readonly HashSet<string> ChangeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "more", "fewer", "less", "extra", "additional", "new", "further",
    };

    /// <summary>
    /// "Jet has 42 aircraft", "the TGWU has 800,000", "The British Library receives around 3,000 visitors each day", "The combined firm will operate
    /// about 1,000 stores": a count right after a present-tense profile verb (profile-verbs) is the size of an organisation or place, not a reported
    /// event. Not a change ("has 300 more"), not cases or casualties ("has 800 cases"), not civic units ("has 1,237 delegates"), not in a casualty sentence.
    /// </summary>
    private bool IsProfileCount(NumberNode n, SentenceNode s)
    {
        int prev = n.FirstToken - 1;
        if (prev <= s.FirstToken || _doc.Tokens[prev].Kind != SyntaxKind.Word || _doc.Tokens[prev].Is(TokenFlags.InQuote)) return false;
        if (!CueEndsAt(_l.ProfileVerbs, prev, s)) return false;
        if (n.EndToken < s.EndToken && ChangeWords.ContainsWord(_doc.TokenText(n.EndToken))) return false;
        if (CountsEvents(n, s)) return false; // "has 800 cases", "receives 300 complaints"
        int head = ProfileHead(n.EndToken, s.EndToken);
        if (head >= 0 && (_l.Casualty.Contains(_doc, head) || _l.CivicUnits.Contains(_doc, head) || _doc.TokenIs(head, "cases") || ChangeWords.ContainsWord(_doc.TokenText(head)))) return false;
        return !SentenceHas(_l.Casualty, s);
    }

    /// <summary>The noun of a profile count: the first claim, casualty or plural noun within three words, not past a grammar word ("42 aircraft and runs …").</summary>
    private int ProfileHead(int after, int end)
    {
        for (int k = after, c = 0; k < end && c < 3; k++, c++)
        {
            if (_doc.Tokens[k].Kind != SyntaxKind.Word || Connectives.ContainsWord(_doc.TokenText(k))) return -1;
            if (_l.ClaimNouns.Contains(_doc, k) || _l.Casualty.Contains(_doc, k) || IsPluralNoun(k) || ChangeWords.ContainsWord(_doc.TokenText(k))) return k;
        }
        return -1;
    }

    /// <summary>A cue of the list whose last word is token <paramref name="last"/> ("will operate" ending right before the figure).</summary>
    private bool CueEndsAt(Core.Lexicons.Lexicon cues, int last, SentenceNode s)
    {
        for (int start = Math.Max(s.FirstToken, last - 2); start <= last; start++)
            if (_doc.Tokens[start].Kind == SyntaxKind.Word && cues.MatchAt(_doc, start, last + 1) == last + 1 - start) return true;
        return false;
    }

    /// <summary>Tokens a deal's terms may run from "deal … to" to the figure.</summary>
    private const int DealTermWindow = 10;

    /// <summary>
    /// "has struck a deal to supply French car maker Peugeot with 30,000 sports utility vehicles", "won a contract to build 12 ships": a deal noun
    /// (deal-terms), at most three words, then "to" and a verb, and the figure in the same clause: a term of the deal, on the record.
    /// </summary>
    private bool IsDealTerm(NumberNode n, SentenceNode s)
    {
        for (int i = n.FirstToken - 1, c = 0; i > s.FirstToken && c < DealTermWindow; i--, c++)
        {
            var tok = _doc.Tokens[i];
            if (tok.Kind == SyntaxKind.Punctuation && _doc.TokenText(i) is "," or ";" or ":" or "(" or ")" or "-" or "\u2014" or "\u2013" or "." ) return false;
            if (!_doc.TokenIs(i, "to") || i + 1 >= n.FirstToken || _doc.Tokens[i + 1].Kind != SyntaxKind.Word) continue;
            for (int j = i - 1; j >= Math.Max(s.FirstToken, i - 4); j--)
                if (_doc.Tokens[j].Kind == SyntaxKind.Word && _l.DealTerms.Contains(_doc, j)) return true;
        }
        return false;
    }

    /// <summary>
    /// "winning leisurely in 30.26", "clocked 9.85", "a personal best of 20.94": a two-decimal figure a few words after a race-time cue
    /// (race-time-cues) is a time in a result.
    /// </summary>
    private bool IsRaceTime(NumberNode n, SentenceNode s)
    {
        if (n.FirstToken != n.ValueToken || (n.Form & ~(NumberForm.Digits | NumberForm.Decimal)) != 0 || (n.Form & NumberForm.Decimal) == 0 || n.Value is null or >= 1000) return false;
        var w = _doc.TokenText(n.ValueToken);
        int dot = w.IndexOf('.');
        if (dot < 0 || w.Length - dot - 1 != 2) return false;
        return CueBefore(_l.RaceCues, n, s);
    }

    /// <summary>Words a threshold's noun phrase may run after its figure ("the 40 trillion calculations per second (teraflop) mark").</summary>
    private const int ThresholdWindow = 7;

    /// <summary>"Surpassing the 40 trillion calculations per second mark", "reaching the seven million barrier": "the N … mark" names a threshold.</summary>
    private bool IsThreshold(NumberNode n, SentenceNode s)
    {
        if (n.FirstToken <= s.FirstToken || !_doc.TokenIs(n.FirstToken - 1, "the")) return false;
        // the mark as a goal in general ("Surpassing the … mark has been …", "for reaching the … barrier"), not a count that "topped the 100,000 mark"
        int g = n.FirstToken - 2;
        if (g < s.FirstToken || _doc.Tokens[g].Kind != SyntaxKind.Word || !_doc.TokenText(g).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return false;
        if (g > s.FirstToken && !(_doc.Tokens[g - 1].Kind == SyntaxKind.Punctuation || Connectives.ContainsWord(_doc.TokenText(g - 1)))) return false;
        for (int i = n.EndToken, c = 0; i < s.EndToken && c < ThresholdWindow; i++, c++)
        {
            var tok = _doc.Tokens[i];
            if (tok.Kind == SyntaxKind.Word && _l.Thresholds.Contains(_doc, i)) return true;
            if (tok.Kind == SyntaxKind.Punctuation && _doc.TokenText(i) is not ("(" or ")" or "-")) return false;
            if (tok.Kind == SyntaxKind.Word && Connectives.ContainsWord(_doc.TokenText(i)) && !_doc.TokenIs(i, "per")) return false;
        }
        return false;
    }

    /// <summary>Tokens between a figure and the one that continues it ("employs more than 50,000 people worldwide, with about 7,000 in the UK").</summary>
    private const int ContinuationGap = 6;

    private bool _inContinuation; // the previous figure is being classified for a continuation: one level only

    /// <summary>
    /// "Cadbury employs more than 50,000 people worldwide, with about 7,000 in the UK", "a fleet of 270 aircraft, including 12 freight": a figure
    /// joined by "with", "including" or "of which" to the figure before it, with no noun of its own, is a part of that figure and shares its
    /// class; when that one is a profile or record, so is this. Not in a casualty sentence.
    /// </summary>
    private bool ContinuesExemptFigure(NumberNode n, SentenceNode s)
    {
        if (_inContinuation || n.Index == 0) return false;
        var p = _doc.Numbers[n.Index - 1];
        if (p.Sentence != s.Index || n.FirstToken - p.EndToken > ContinuationGap) return false;
        bool link = false;
        for (int i = p.EndToken; i < n.FirstToken; i++)
            if (_doc.TokenIs(i, "with") || _doc.TokenIs(i, "including") || _doc.TokenIs(i, "includes") || (_doc.TokenIs(i, "which") && i > 0 && _doc.TokenIs(i - 1, "of"))) link = true;
        if (!link) return false;
        int next = n.EndToken;
        if (next < s.EndToken && _doc.Tokens[next].Kind == SyntaxKind.Word && (IsPluralNoun(next) || _l.ClaimNouns.Contains(_doc, next) || _l.Casualty.Contains(_doc, next))) return false; // its own noun: its own count
        if (SentenceHas(_l.Casualty, s)) return false;
        _inContinuation = true;
        try { return Classify(p, s) == FigureClass.None; }
        finally { _inContinuation = false; }
    }
}
