using CopyLint.Core.Lexicons;
using CopyLint.Core.Syntax;
using CopyLint.Rules.Lexicons;

namespace CopyLint.Rules.BuiltIn.Sourcing;

/// <summary>
/// Finds L-ANON sources in the narration of a sentence, only where they are the source of an attribution: the
/// subject of a reporting verb ("sources said", "a source close to X told"), its inverted subject (", said a
/// source"), or the object of "according to" / "citing". Modifiers decide bare ("sources", "senior officials") versus
/// described ("industry sources", "people familiar with the talks"); identified groups ("U.S. officials",
/// "police officials", "officials at the Finance Ministry") are not anonymous at all.
/// </summary>
internal sealed class AnonymousSourceFinder
{
    private readonly ProseDocument _doc;
    private readonly Lexicon _anon, _modifiers, _report, _markers;

    private static readonly HashSet<string> PostModifierStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "close", "familiar", "with", "in", "at", "from", "who", "that", "involved", "knowledgeable", "briefed", "speaking", "inside", "within", "near", "on", "tracking", "aware",
    };
    private static readonly HashSet<string> Identifying = new(StringComparer.OrdinalIgnoreCase) { "at", "from", "in", "with", "of", "for", "inside", "within" };
    private static readonly HashSet<string> Definite = new(StringComparer.OrdinalIgnoreCase) { "the", "these", "those", "its", "their", "his", "her", "our", "such", "same", "both" };
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "have", "has", "had", "would", "will", "privately", "previously", "earlier", "separately", "later", "then", "now", "recently", "reportedly", "had", "were", "are", "was", "is", "been", "told", "say", "said",
    };
    private static readonly HashSet<string> NonPersonSources = new(StringComparer.OrdinalIgnoreCase)
    {
        "energy", "power", "open", "water", "light", "food", "revenue", "income", "funding", "data", "heat", "protein", "primary", "secondary", "news", "information",
        "renewable", "main", "major", "only", "single", "key", "important", "alternative", "new", "other", "common", "known", "point", "code", "fuel", "supply",
    };

    public AnonymousSourceFinder(ProseDocument doc, LexiconSet lexicons)
    {
        _doc = doc;
        _anon = lexicons[NewsroomLexiconNames.AnonymousSources];
        _modifiers = lexicons[NewsroomLexiconNames.AnonymousModifiers];
        _report = lexicons[LexiconNames.ReportingVerbs];
        _markers = lexicons[NewsroomLexiconNames.AnonymityMarkers];
    }

    // Both CL0004 actions (per sentence, and the story-wide 'sources' → 'the source' check) ask for every sentence's
    // matches: they are found once per sentence.
    private AnonymousSourceMatch[]?[]? _matches;

    /// <summary>The matches of <see cref="Find"/> for a sentence, computed once per run.</summary>
    public IReadOnlyList<AnonymousSourceMatch> Matches(SentenceNode s)
    {
        var memo = _matches ??= new AnonymousSourceMatch[]?[_doc.Sentences.Count];
        if ((uint)s.Index >= (uint)memo.Length) return Find(s);
        return memo[s.Index] ??= Find(s);
    }

    private static readonly Lexicon Officials = new("officials", ["official", "officials"]);
    private static LexiconGate? _gate;

    /// <summary>The anonymous sources of a sentence, in order (the shared empty array for nearly every sentence).</summary>
    public AnonymousSourceMatch[] Find(SentenceNode s)
    {
        var doc = _doc;
        List<AnonymousSourceMatch>? found = null;
        var probe = LexiconGate.For(ref _gate, _anon, Officials).For(doc); // every match starts with one of these
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            if (!probe.May(i) || !NewsroomText.IsWord(doc, i) || !NewsroomText.IsNarration(doc, i)) continue;
            int len = _anon.MatchAt(doc, i, s.EndToken);
            if (len > 0)
            {
                if (MatchAnonymous(s, i, len) is { } m) { (found ??= []).Add(m); i = m.First + m.Length - 1; }
                continue;
            }
            if (Officials.Contains(doc, i) && MatchOfficials(s, i) is { } o) (found ??= []).Add(o);
        }
        return found is null ? [] : [.. found];
    }

    private AnonymousSourceMatch? MatchAnonymous(SentenceNode s, int i, int len)
    {
        var doc = _doc;
        bool isSourceWord = len == 1 && NewsroomText.IsAny(doc, i, "source", "sources");
        if (isSourceWord && NewsroomText.IsAny(doc, i + 1, "of", "code", "material", "materials", "text", "language")) return null;
        int start = ModifierStart(s, i, out bool anyDescriptive, out bool identified, out bool definite);
        if (identified) return null;
        bool the = definite && start == i - 1 && NewsroomText.Is(doc, i - 1, "the");
        if (definite && !(isSourceWord && the)) return null;
        if (isSourceWord && start < i && NonPersonSources.ContainsWord(doc.TokenText(i - 1))) return null;
        bool friends = NewsroomText.Is(doc, i + len - 1, "of");
        bool headOnly = isSourceWord || NewsroomText.IsAny(doc, i, "insider", "insiders");
        bool bare = friends || headOnly && !anyDescriptive;
        int end = i + len;
        if (!headOnly)
        {
            // "people familiar with the matter", "friends of the actor": keep the object in the span
            while (end < s.EndToken && end < i + len + 4 && NewsroomText.IsWord(doc, end) && NewsroomText.IsNarration(doc, end)
                   && !_report.Contains(doc, end) && !NewsroomText.IsAny(doc, end, "who", "that", "and", "say", "says")) end++;
        }
        if (!IsAttributionRole(s, start, end)) return null;
        return new AnonymousSourceMatch(start, end - start, i, bare, the);
    }

    private AnonymousSourceMatch? MatchOfficials(SentenceNode s, int i)
    {
        var doc = _doc;
        int start = ModifierStart(s, i, out bool anyDescriptive, out bool identified, out bool definite);
        if (identified || anyDescriptive || definite) return null;
        if (start == i && i > s.FirstToken && NewsroomText.IsWord(doc, i - 1)) return null; // "Bank officials" handled by ModifierStart; any other word before is a modifier
        if (i + 1 < s.EndToken && NewsroomText.IsWord(doc, i + 1) && Identifying.ContainsWord(doc.TokenText(i + 1))) return null;
        if (NewsroomText.IsPunct(doc, i + 1, '(')) return null;
        if (!IsAttributionRole(s, start, i + 1, allowPostModifier: false)) return null;
        if (IdentifiedOfficialsBefore(s)) return null;
        return new AnonymousSourceMatch(start, i + 1 - start, i, true, false);
    }

    /// <summary>An earlier sentence of the story already identified the officials ("U.S. officials", "officials at the
    /// ministry", "a Finance Ministry official"): a later bare "officials said" refers back to them.</summary>
    private bool IdentifiedOfficialsBefore(SentenceNode s)
    {
        int first = _firstIdentifiedOfficials ??= FindFirstIdentifiedOfficials();
        return first >= 0 && first < s.FirstToken;
    }

    // The first place the story identifies its officials, found once per run (a scan per "officials said" was quadratic).
    private int? _firstIdentifiedOfficials;

    private static readonly Core.Analysis.AnalysisStateKey<AnonymousSourceFinder> Key = new(ctx => new AnonymousSourceFinder(ctx.Document, ctx.Lexicons));

    /// <summary>The finder of the current analysis run: its per-document findings are computed once.</summary>
    public static AnonymousSourceFinder For(Core.Analysis.NodeAnalysisContext ctx) => ctx.GetState(Key);

    private int FindFirstIdentifiedOfficials()
    {
        var doc = _doc;
        for (int i = 0; i < doc.Tokens.Length; i++)
        {
            if (!NewsroomText.IsAny(doc, i, "officials", "official", "spokesman", "spokeswoman", "spokesperson")) continue;
            var sentence = doc.SentenceOfToken(i);
            if (sentence < 0) continue;
            ModifierStart(doc.Sentences[sentence], i, out _, out bool identified, out _);
            if (identified) return i;
            if (i + 2 < doc.Tokens.Length && NewsroomText.IsWord(doc, i + 1) && Identifying.ContainsWord(doc.TokenText(i + 1))) return i;
        }
        return -1;
    }

    /// <summary>Walk back over pre-modifiers of the head: determiners and vague words keep it bare; a capitalised or
    /// institutional modifier identifies it; any other lowercase modifier describes it.</summary>
    private int ModifierStart(SentenceNode s, int head, out bool descriptive, out bool identified, out bool definite)
    {
        var doc = _doc;
        descriptive = identified = definite = false;
        int k = head - 1, start = head;
        for (int n = 0; n < 4 && k >= s.FirstToken; n++, k--)
        {
            var tok = doc.Tokens[k];
            if (tok.Kind == SyntaxKind.Punctuation)
            {
                if (doc.Prose[tok.Span.Start] is '\u2019' or '\'' && k > s.FirstToken && NewsroomText.IsWord(doc, k - 1)) { identified = true; break; } // "the ministry's sources"
                break;
            }
            if (tok.Kind == SyntaxKind.NumberToken) { start = k; continue; }
            var w = doc.TokenText(k);
            if (Definite.ContainsWord(w)) { definite = true; start = k; break; }
            if (_report.Contains(w) || Auxiliaries.ContainsWord(w) || NewsroomText.IsAny(doc, k, "to", "according", "citing", "by", "and", "or", "but", "that", "of")) break;
            if (tok.Is(TokenFlags.Apostrophe) && (w.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || w.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase))) { identified = true; break; }
            if (_modifiers.Contains(w)) { start = k; continue; }
            if (tok.Is(TokenFlags.Capitalized) && !NewsroomText.IsSentenceInitial(doc, s, k)) { identified = true; break; }
            if (tok.Is(TokenFlags.Capitalized) && (tok.Is(TokenFlags.AllCaps) && w.Length > 1 || w.Contains('.'))) { identified = true; break; }
            // lowercase modifier: "industry sources", "government official", "police officials"
            if (IsInstitution(w)) { identified = true; break; }
            descriptive = true;
            start = k;
        }
        return start;
    }

    private static readonly HashSet<string> Institutions = new(StringComparer.OrdinalIgnoreCase)
    {
        "police", "army", "military", "navy", "ministry", "court", "hospital", "city", "county", "state", "federal", "school", "university", "company", "bank",
        "administration", "embassy", "council", "agency", "department", "health", "fire", "prison", "airport", "port", "club", "union", "campaign",
        "palace", "church", "election", "customs", "border", "coast", "immigration", "tax", "treasury", "trade", "finance", "defence", "defense", "education",
        "transport", "energy", "oil", "league", "team", "airline", "rescue", "emergency", "local", "regional", "provincial", "municipal", "tournament", "festival", "white",
        "zoo", "museum", "exchange", "fund",
    };

    private static bool IsInstitution(ReadOnlySpan<char> w)
    {
        var lookup = Institutions.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(w);
    }

    /// <summary>The noun phrase [start, end) is the source of an attribution in the sentence.</summary>
    private bool IsAttributionRole(SentenceNode s, int start, int end, bool allowPostModifier = true)
    {
        var doc = _doc;
        // object: "according to (the) sources", "citing sources", "told by sources", inverted ", said a source"
        int b = start - 1;
        if (b >= s.FirstToken)
        {
            if (NewsroomText.Is(doc, b, "to") && NewsroomText.Is(doc, b - 1, "according")) return true;
            if (NewsroomText.IsAny(doc, b, "citing", "quoting", "quoted")) return true;
            if (NewsroomText.IsAny(doc, b, "said", "says", "told", "added", "reported", "say") && (b == s.FirstToken || NewsroomText.IsPunct(doc, b - 1, ',') || doc.Tokens[b - 1].Is(TokenFlags.ClosingQuote) || IsClosingQuoteMark(b - 1)))
                return true;
            if (NewsroomText.Is(doc, b, "by") && NewsroomText.IsAny(doc, b - 1, "told", "quoted", "reported", "cited")) return true;
        }
        // subject: "sources said", "a source close to the minister told", "people familiar with the matter said"
        int j = end;
        int limit = Math.Min(s.EndToken, end + (allowPostModifier ? 14 : 3));
        bool post = allowPostModifier && j < s.EndToken && (PostModifierStarts.ContainsWord(doc.TokenText(j)) || NewsroomText.IsPunct(doc, j, ',') || NewsroomText.IsPunct(doc, j, '('));
        for (; j < limit; j++)
        {
            if (!NewsroomText.IsNarration(doc, j)) return false;
            if (doc.Tokens[j].Kind == SyntaxKind.Word && _report.Contains(doc, j) && !NewsroomText.IsAny(doc, j, "according", "report", "reports", "record", "count", "post", "order", "release", "issue"))
            {
                // "an official warning", "sources briefing": a gerund or noun form is not the verb of the clause
                if (doc.TokenText(j).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !NewsroomText.IsAny(doc, j - 1, "is", "are", "was", "were")) return false;
                return true;
            }
            if (_markers.MatchAt(doc, j, s.EndToken) > 0) return true;
            if (!post && !(doc.Tokens[j].Kind == SyntaxKind.Word && Auxiliaries.ContainsWord(doc.TokenText(j)))) return false;
        }
        return false;
    }

    private bool IsClosingQuoteMark(int i) =>
        (uint)i < (uint)_doc.Tokens.Length && _doc.Tokens[i].Kind == SyntaxKind.Punctuation && _doc.Prose[_doc.Tokens[i].Span.Start] is '\u201D' or '"';
}
