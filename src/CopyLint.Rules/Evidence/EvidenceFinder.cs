using CopyLint.Core.Lexicons;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;
using CopyLint.Rules.Lexicons;

namespace CopyLint.Rules.Evidence;

/// <summary>
/// Shared evidence windows for the attribution rules (CL0001, CL0002, CL0008 …): attribution cue + source in a
/// sentence (E1), truth hedges (E2), verification disclaimers (same or next sentence), quote speakers (E3) and
/// carry-over from the previous sentence or an introducing colon (E4). Token-level, no regex.
/// </summary>
public sealed class EvidenceFinder
{
    private readonly ProseDocument _doc;
    private readonly Lexicon _details, _intent, _report, _phrases, _sources, _hedges, _verify, _outlets, _pronouns, _docSources;
    private NodeCache<SentenceEvidence> _attrCache;

    public EvidenceFinder(ProseDocument doc, LexiconSet lexicons)
    {
        _doc = doc;
        _attrCache = new(doc.Sentences.Count);
        _figureCache = new(doc.Sentences.Count);
        _report = lexicons[LexiconNames.ReportingVerbs];
        _reportingCue = new LemmaMemo(_report);
        _intent = lexicons[LexiconNames.IntentMarkers];
        _details = lexicons[LexiconNames.DetailDisclaimers];
        _phrases = lexicons[LexiconNames.AttributionPhrases];
        _sources = lexicons[LexiconNames.SourceNouns];
        _hedges = lexicons[LexiconNames.Hedges];
        _verify = lexicons[LexiconNames.VerificationDisclaimers];
        _outlets = lexicons[LexiconNames.Outlets];
        _pronouns = lexicons[LexiconNames.Pronouns];
        _docSources = lexicons[LexiconNames.DocumentSources];
    }

    public ProseDocument Document => _doc;

    /// <summary>E1: an attribution cue with a source in the sentence's narration (quote content excluded).</summary>
    public SentenceEvidence Attribution(SentenceNode sentence)
    {
        if (_attrCache.TryGetValue(sentence.Index, out var cached)) return cached;
        var result = FindAttribution(sentence.FirstToken, sentence.EndToken, includeQuoted: false);
        _attrCache.Set(sentence.Index, result);
        return result;
    }

    /// <summary>Attribution inside [start, end) — used for quote content and sub-ranges.</summary>
    public SentenceEvidence AttributionIn(int start, int end, bool includeQuoted) => FindAttribution(start, end, includeQuoted);

    // The words the first scan of FindAttribution can start a match with, besides attribution-phrase entries ("per X",
    // "under the law"); possessives ("the IMF's estimate") are let through by their apostrophe. Keep in step with it.
    private static readonly Lexicon AttributionFirstWords = new("attribution-first-words", ["per", "under"]);
    private static LexiconGate? _attributionGate;

    private SentenceEvidence FindAttribution(int start, int end, bool includeQuoted)
    {
        var t = _doc.Tokens;
        bool hasSource = false;
        var probe = LexiconGate.For(ref _attributionGate, _phrases, AttributionFirstWords).For(_doc);
        for (int i = start; i < end; i++)
        {
            if (!includeQuoted && t[i].Is(TokenFlags.InQuote)) continue;
            if (t[i].Kind == SyntaxKind.Punctuation) continue;
            if (!probe.May(i) && !t[i].Is(TokenFlags.Apostrophe))
            {
                // no phrase, "per" or "under" starts here, and no possessive: only the source check is left
                if (!hasSource && IsSourceToken(i)) hasSource = true;
                continue;
            }
            int len = _phrases.MatchAt(_doc, i, end);
            if (len == 0 && _doc.TokenIs(i, "per") && i + 1 < end && (_doc.Tokens[i + 1].Is(TokenFlags.Capitalized) || _docSources.Contains(_doc, i + 1))) len = 2;
            if (len == 0) len = DocumentPhraseAt(i, end);
            if (len > 0) return new SentenceEvidence(EvidenceKind.Attribution, Span(i, len), _doc.SpanText(Span(i, len)).ToString());
            if (!hasSource && IsSourceToken(i)) hasSource = true;
        }
        for (int i = start; i < end; i++)
        {
            if (!includeQuoted && t[i].Is(TokenFlags.InQuote)) continue;
            if (t[i].Kind != SyntaxKind.Word) continue;
            if (IsReportingCue(i) && CueUse.IsVerbUse(this, i, start, end) && (hasSource || HasSourceNear(i, start, end)))
                return new SentenceEvidence(EvidenceKind.Attribution, t[i].Span, _doc.TokenString(i));
        }
        return default;
    }

    // Reporting verbs and their forms: the sentence, figure and quote scans ask the same tokens again.
    private LemmaMemo _reportingCue;

    private bool IsReportingCue(int i) => _reportingCue.Has(_doc, i);

    private Lexicon? _firstPerson, _forecast;
    private NodeCache<SentenceEvidence> _figureCache;

    /// <summary>
    /// Evidence only CL0001 reads (so the other rules keep their behaviour): an inverted tag with the verb before its source
    /// ("… 600 images, estimates the Consumer Electronics Association"), a named subject ahead of a plain noun ("the Cell
    /// consortium expects"), and the writer's own first-person experience ("I found 46 people had visited my profile").
    /// </summary>
    public SentenceEvidence FigureAttribution(SentenceNode sentence, Lexicon firstPerson, Lexicon forecastCues)
    {
        if (_figureCache.TryGetValue(sentence.Index, out var cached)) return cached;
        _firstPerson = firstPerson;
        _forecast = forecastCues;
        var result = FindFigureAttribution(sentence.FirstToken, sentence.EndToken);
        _figureCache.Set(sentence.Index, result);
        return result;
    }

    private SentenceEvidence FindFigureAttribution(int start, int end)
    {
        var t = _doc.Tokens;
        for (int i = start; i < end; i++)
        {
            if (t[i].Is(TokenFlags.InQuote) || t[i].Kind != SyntaxKind.Word) continue;
            var w = _doc.TokenText(i);
            if (_firstPerson!.Contains(w) && IsFirstPersonUse(i, start))
                return new SentenceEvidence(EvidenceKind.Attribution, t[i].Span, "first person");
            if (_forecast!.Contains(w) && i > start && IsSourceToken(i - 1) && !t[i - 1].Is(TokenFlags.InQuote))
                return new SentenceEvidence(EvidenceKind.Attribution, t[i].Span, _doc.TokenString(i)); // "Home Depot sees … growth of 1.8%"
            if (t[i].Is(TokenFlags.Capitalized) || !IsReportingCue(i)) continue;
            if (IsInvertedTag(i, start, end) || (!NounLikeCues.ContainsWord(_doc.TokenText(i)) && HasNamedSubject(i, start)))
                return new SentenceEvidence(EvidenceKind.Attribution, t[i].Span, _doc.TokenString(i));
        }
        return default;
    }

    /// <summary>"I" is a pronoun unless it is a numeral after a name ("World War I", "Title I").</summary>
    private bool IsFirstPersonUse(int i, int start)
    {
        if (!_doc.TokenText(i).Equals("I", StringComparison.Ordinal)) return true;
        return i == start || !_doc.Tokens[i - 1].Is(TokenFlags.Capitalized);
    }

    /// <summary>"…, estimates the Consumer Electronics Association" / "says the report": the cue is followed by its source.</summary>
    private bool IsInvertedTag(int i, int start, int end)
    {
        if (i == start || i + 1 >= end) return false;
        var prev = _doc.Tokens[i - 1];
        // the verb follows a noun or a comma, never a determiner ("the estimates the …")
        if (prev.Kind == SyntaxKind.Word && CueUseNotBeforeVerb(_doc.TokenText(i - 1))) return false;
        int k = i + 1;
        if (_doc.TokenIs(k, "the") && k + 1 < end) k++;
        return _doc.Tokens[k].Kind == SyntaxKind.Word && (_doc.Tokens[k].Is(TokenFlags.Capitalized) || _sources.Contains(_doc, k) || _outlets.Contains(_doc, k));
    }

    /// <summary>"the Cell consortium expects": a determiner, a capitalised name and a plain noun before the verb.</summary>
    private bool HasNamedSubject(int i, int start)
    {
        if (i - 2 < start) return false;
        var prev = _doc.Tokens[i - 1];
        if (prev.Kind != SyntaxKind.Word || prev.Is(TokenFlags.Capitalized) || CueUseNotBeforeVerb(_doc.TokenText(i - 1))) return false;
        if (i - 1 > start && _doc.Tokens[i - 1].Is(TokenFlags.Apostrophe)) return false;
        for (int k = i - 2; k >= Math.Max(start + 1, i - 4); k--)
        {
            if (_doc.Tokens[k].Kind != SyntaxKind.Word) return false;
            if (_doc.Tokens[k].Is(TokenFlags.Capitalized) && (_doc.TokenIs(k - 1, "the") || _doc.TokenIs(k - 1, "The"))) return true;
        }
        return false;
    }

    // cue forms that are far more often plural nouns after a named modifier ("the BBC sales records")
    private static readonly HashSet<string> NounLikeCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "records", "reports", "points", "notes", "counts", "charges", "claims", "states", "figures", "shows", "documents", "posts", "issues",
        "releases", "projects", "quotes", "comments", "responses", "tallies", "estimates", "forecasts", "orders", "statements", "accounts",
    };

    private static bool CueUseNotBeforeVerb(ReadOnlySpan<char> w) => CueUse.IsDeterminerLike(w);

    private static readonly HashSet<string> Instruments = new(StringComparer.OrdinalIgnoreCase)
    {
        "law", "laws", "rules", "rule", "plan", "proposal", "program", "programme", "bill", "agreement", "deal", "terms", "guidelines", "policy",
        "legislation", "act", "regulations", "constitution", "treaty", "contract", "settlement", "budget", "formula", "scheme", "system",
    };

    /// <summary>"the IMF's estimate", "Gallup's data" (X's + document noun); "under the new law" (an instrument).</summary>
    private int DocumentPhraseAt(int i, int end)
    {
        var tok = _doc.Tokens[i];
        var w = _doc.TokenText(i);
        if (tok.Is(TokenFlags.Apostrophe) && i + 1 < end && (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("s'", StringComparison.Ordinal) || w.EndsWith("s’", StringComparison.Ordinal))
            && (tok.Is(TokenFlags.Capitalized) || _sources.Contains(w[..^2])) && _docSources.Contains(_doc, i + 1))
            return 2;
        if (w.Equals("under", StringComparison.OrdinalIgnoreCase))
            for (int k = i + 1; k < Math.Min(end, i + 5); k++)
                if (Instruments.ContainsWord(_doc.TokenText(k))) return k - i + 1;
        return 0;
    }

    private bool HasSourceNear(int cue, int start, int end)
    {
        for (int i = Math.Max(start, cue - 12); i < Math.Min(end, cue + 6); i++)
            if (i != cue && IsSourceToken(i)) return true;
        return false;
    }

    /// <summary>A source noun, pronoun, outlet, or a capitalised word not at the sentence start.</summary>
    public bool IsSourceToken(int i)
    {
        var tok = _doc.Tokens[i];
        if (tok.Kind != SyntaxKind.Word) return false;
        if (tok.Is(TokenFlags.Capitalized)) return true;
        // by word ID (a bit test each): asked of most words of a sentence that has figures
        return _sources.Contains(_doc, i) || _pronouns.Contains(_doc, i) || _outlets.Contains(_doc, i);
    }

    /// <summary>E2: a truth hedge in the sentence's narration ("likely" only as an adverb, not in "likely voters").</summary>
    public SentenceEvidence Hedge(SentenceNode sentence)
    {
        int start = sentence.FirstToken;
        while (true)
        {
            var found = FindLexicon(_hedges, start, sentence.EndToken, EvidenceKind.Hedge, skipQuoted: true);
            if (found.Kind == EvidenceKind.None) return found;
            int tok = _doc.TokenAtOrAfter(found.Span.Start);
            if (!CueUse.IsAdjectivalHedge(this, tok, sentence.EndToken) && !CueUse.IsMonthOrNameMay(this, tok, sentence.FirstToken, sentence.EndToken)) return found;
            start = tok + 1;
        }
    }

    /// <summary>A proposal, plan, goal or conditional ("would", "plans to", "proposed", "if"): its figures are not claims of fact.</summary>
    public SentenceEvidence Intent(SentenceNode sentence) => FindLexicon(_intent, sentence.FirstToken, sentence.EndToken, EvidenceKind.Hedge, skipQuoted: true);

    /// <summary>A verification disclaimer in this sentence or the next sentence of the same paragraph.</summary>
    public SentenceEvidence Disclaimer(SentenceNode sentence, bool includeNext = true)
    {
        var found = FindLexicon(_verify, sentence.FirstToken, sentence.EndToken, EvidenceKind.Disclaimer, skipQuoted: false);
        if (found.Kind == EvidenceKind.None) found = FindLexicon(_details, sentence.FirstToken, sentence.EndToken, EvidenceKind.Disclaimer, skipQuoted: false);
        if (found.Kind != EvidenceKind.None || !includeNext) return found;
        var next = NextInParagraph(sentence);
        return next is null ? default : FindLexicon(_verify, next.FirstToken, next.EndToken, EvidenceKind.Disclaimer, skipQuoted: false);
    }

    public SentenceEvidence FindLexicon(Lexicon lexicon, int start, int end, EvidenceKind kind, bool skipQuoted)
    {
        var t = _doc.Tokens;
        var probe = lexicon.ProbeFor(_doc); // a bit test skips the tokens no entry starts with
        for (int i = start; i < end; i++)
        {
            if (!probe.May(i)) continue;
            if (skipQuoted && t[i].Is(TokenFlags.InQuote)) continue;
            if (t[i].Kind == SyntaxKind.Punctuation) continue;
            int len = lexicon.MatchAt(_doc, i, end);
            if (len > 0) return new SentenceEvidence(kind, Span(i, len), _doc.SpanText(Span(i, len)).ToString());
        }
        return default;
    }

    public SentenceNode? NextInParagraph(SentenceNode sentence)
    {
        var p = _doc.Paragraphs[sentence.Paragraph];
        return sentence.Index + 1 < p.FirstSentence + p.SentenceCount ? _doc.Sentences[sentence.Index + 1] : null;
    }

    public SentenceNode? PreviousInParagraph(SentenceNode sentence)
    {
        var p = _doc.Paragraphs[sentence.Paragraph];
        return sentence.Index - 1 >= p.FirstSentence ? _doc.Sentences[sentence.Index - 1] : null;
    }

    public TextSpan Span(int token, int length) =>
        TextSpan.FromBounds(_doc.Tokens[token].Span.Start, _doc.Tokens[token + length - 1].Span.End);

    public Lexicon DocumentSources => _docSources;
    public Lexicon ReportingVerbs => _report;
}
