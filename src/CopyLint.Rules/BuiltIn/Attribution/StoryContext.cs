using CopyLint.Core.Lexicons;
using CopyLint.Core.Syntax;

namespace CopyLint.Rules.BuiltIn.Attribution;

/// <summary>
/// What the whole story is, for CL0001: a sports report (its scores, times, fees and prizes are a record of play or
/// the public record) or a company-results story (its lede carries the results figure; the later figures of the same
/// results come from the same company, so only the lede is reported). Computed once per document, on first use.
/// </summary>
internal sealed class StoryContext
{
    private readonly ProseDocument _doc;
    private readonly Lexicon _sports, _ledeWords, _resultsNouns, _moves, _events;
    private int _sportsStory = -1;     // -1 unknown, 0 no, 1 yes
    private int _resultsLede = -2;     // -2 unknown, -1 none, else sentence index of the results lede

    /// <summary>A sports story has at least this many sport words, of at least <see cref="SportsDistinct"/> kinds.</summary>
    private const int SportsHits = 4, SportsDistinct = 3;
    /// <summary>… and at least one sport word per this many words (a long politics piece that mentions a stadium is not one).</summary>
    private const int WordsPerSportsHit = 120;
    /// <summary>The results lede is a sentence of the first few body paragraphs.</summary>
    private const int LedeParagraphs = 3;

    public StoryContext(ProseDocument doc, LexiconSet lex)
    {
        _doc = doc;
        _sports = lex[FigureLexicons.SportsWords];
        _ledeWords = lex[FigureLexicons.ResultsLede];
        _resultsNouns = lex[FigureLexicons.ResultsNouns];
        _moves = lex[FigureLexicons.MarketMoves];
        _events = lex[FigureLexicons.EventNouns];
    }

    public bool IsSportsStory
    {
        get
        {
            if (_sportsStory < 0) _sportsStory = ComputeSports() ? 1 : 0;
            return _sportsStory == 1;
        }
    }

    private bool ComputeSports()
    {
        int hits = 0, words = 0;
        Span<int> kinds = stackalloc int[SportsDistinct];
        int distinct = 0;
        var t = _doc.Tokens;
        var probe = _sports.ProbeFor(_doc); // a bit test skips the words no entry starts with
        for (int i = 0; i < t.Length; i++)
        {
            if (t[i].Kind != SyntaxKind.Word) continue;
            words++;
            if (!probe.May(i)) continue;
            int len = _sports.MatchAt(_doc, i, t.Length);
            if (len == 0) continue;
            hits++;
            if (distinct < SportsDistinct && !SeenKind(kinds[..distinct], i)) kinds[distinct++] = i;
            i += len - 1;
        }
        return hits >= SportsHits && distinct >= SportsDistinct && words <= hits * WordsPerSportsHit;
    }

    private bool SeenKind(ReadOnlySpan<int> seen, int token)
    {
        var w = _doc.TokenText(token);
        foreach (var k in seen)
            if (_doc.TokenText(k).Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Sentence index of the results lede: an early body sentence with a figure and a results word ("Quarterly profits at X jumped 76%"), or -1.</summary>
    public int ResultsLede
    {
        get
        {
            if (_resultsLede == -2) _resultsLede = FindResultsLede();
            return _resultsLede;
        }
    }

    private int FindResultsLede()
    {
        int bodies = 0;
        foreach (var p in _doc.Paragraphs)
        {
            if (p.Role != ParagraphRole.Body || p.SentenceCount == 0) continue;
            if (++bodies > LedeParagraphs) break;
            for (int s = p.FirstSentence; s < p.FirstSentence + p.SentenceCount; s++)
            {
                if (!HasAmount(s)) continue;
                var sentence = _doc.Sentences[s];
                if (Has(_ledeWords, sentence)) return s;
            }
        }
        return -1;
    }

    private bool HasAmount(int sentence)
    {
        var (first, end) = _doc.NumberRangeOfSentence(sentence);
        for (int k = first; k < end; k++)
            if ((_doc.Numbers[k].Form & (NumberForm.Money | NumberForm.Percent)) != 0) return true;
        return false;
    }

    /// <summary>
    /// A later figure of the results: a count in a sentence of results words, or money or a percentage in a sentence after the lede that speaks of results
    /// ("Sales rose 2.8% to 14.96bn euros", "operating profits fell 46%") or of a move ("R&amp;D spending rising 37%").
    /// </summary>
    public bool IsLaterResultsFigure(NumberNode n, SentenceNode sentence)
    {
        int lede = ResultsLede;
        if (lede < 0 || sentence.Index <= lede) return false;
        if ((n.Form & (NumberForm.Money | NumberForm.Percent)) == 0) return Has(_resultsNouns, sentence); // "It lost 464,000 subscribers"
        return Has(_resultsNouns, sentence) || Has(_moves, sentence);
    }

    private bool Has(Lexicon lex, SentenceNode s) => lex.OccursIn(_doc, s.FirstToken, s.EndToken, skipQuoted: true);

    private int _latestYear = -1; // 0 when the story names no year

    /// <summary>The latest year the story names (1900–2100), or 0: the story's own time.</summary>
    public int LatestYear
    {
        get
        {
            if (_latestYear < 0) _latestYear = FindLatestYear();
            return _latestYear;
        }
    }

    private bool _oneYear; // the story names a single year (set with the latest year)

    private int FindLatestYear()
    {
        int latest = 0, earliest = int.MaxValue;
        var t = _doc.Tokens;
        for (int i = 0; i < t.Length; i++)
        {
            if (t[i].Kind != SyntaxKind.NumberToken) continue;
            int y = YearOf(i);
            if (y == 0) continue;
            if (y > latest) latest = y;
            if (y < earliest) earliest = y;
        }
        _oneYear = latest > 0 && earliest == latest;
        return latest;
    }

    private int _storyEvent = -2; // -2 unknown, -1 none, else the token of the event the story's only year names

    /// <summary>"the 1994 genocide", "the blasts in 1993": the event noun the story's only year names, or -1.</summary>
    private int StoryEvent
    {
        get
        {
            if (_storyEvent == -2) _storyEvent = FindStoryEvent();
            return _storyEvent;
        }
    }

    private int FindStoryEvent()
    {
        if (LatestYear == 0 || !_oneYear) return -1;
        var t = _doc.Tokens;
        for (int i = 0; i < t.Length; i++)
        {
            if (t[i].Kind != SyntaxKind.NumberToken || YearOf(i) == 0) continue;
            var s = _doc.Sentences[SentenceOf(i)];
            if (IsEventYear(i, s)) return EventAfter(i, s);
            // "the Mumbai (Bombay) blasts in 1993", "the riots of 1981"
            if (i - 2 >= s.FirstToken && (_doc.TokenIs(i - 1, "in") || _doc.TokenIs(i - 1, "of")) && _events.Contains(_doc, i - 2)) return i - 2;
        }
        return -1;
    }

    private int EventAfter(int year, SentenceNode s)
    {
        for (int i = year + 1; i < s.EndToken; i++)
            if (_events.Contains(_doc, i)) return i;
        return -1;
    }

    private int SentenceOf(int token)
    {
        int lo = 0, hi = _doc.Sentences.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (_doc.Sentences[mid].FirstToken <= token) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    /// <summary>An undated sentence told in the past that names the event of a story dated only by that event ("Investigating the blasts which killed …").</summary>
    private bool MentionsStoryEvent(SentenceNode s)
    {
        int e = StoryEvent;
        if (e < 0) return false;
        var word = _doc.TokenText(e);
        for (int i = s.FirstToken; i < s.EndToken; i++)
            if (_doc.Tokens[i].Kind == SyntaxKind.Word && _doc.TokenText(i).Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// "during the 1994 genocide", "the 1989 Hillsborough disaster": a year before an event noun (event-nouns, after up to two capitalised
    /// words) names an event that is over; in a story that names no other year it is the only sign that the sentence tells history.
    /// </summary>
    private bool IsEventYear(int k, SentenceNode s)
    {
        if (k - 1 < s.FirstToken || !_doc.TokenIs(k - 1, "the")) return false;
        for (int i = k + 1, c = 0; i < s.EndToken && c < 3; i++, c++)
        {
            if (_doc.Tokens[i].Kind != SyntaxKind.Word) return false;
            if (_events.Contains(_doc, i)) return true;
            if (!_doc.Tokens[i].Is(TokenFlags.Capitalized)) return false;
        }
        return false;
    }

    /// <summary>The year a bare four-digit token (or a decade, "1980s") names, or 0.</summary>
    private int YearOf(int k)
    {
        var w = _doc.TokenText(k);
        if (w.Length == 5 && w[4] is 's') w = w[..4];
        if (w.Length != 4) return 0;
        int y = 0;
        foreach (var c in w) { if (c is < '0' or > '9') return 0; y = y * 10 + (c - '0'); }
        return y is >= 1900 and <= 2100 ? y : 0;
    }

    /// <summary>"1300s", "1665" after "in"/"the": a year or decade before 1900, read as a date only after a preposition or article.</summary>
    private bool IsEarlyModernOrOlder(int k)
    {
        var w = _doc.TokenText(k);
        if (w.Length == 5 && w[4] is 's') w = w[..4];
        if (w.Length != 4 || k == 0) return false;
        int y = 0;
        foreach (var c in w) { if (c is < '0' or > '9') return false; y = y * 10 + (c - '0'); }
        if (y is < 1000 or >= 1900) return false;
        return _doc.TokenIs(k - 1, "in") || _doc.TokenIs(k - 1, "the") || _doc.TokenIs(k - 1, "since") || _doc.TokenIs(k - 1, "of");
    }

    // Periods after "last" or "this" that date a sentence to the story's own time.
    private static readonly HashSet<string> RecentPeriods = new(StringComparer.OrdinalIgnoreCase) { "year", "month", "week", "quarter", "season", "summer", "winter", "spring", "autumn" };

    // Finite present and future verbs and words of the present: a sentence that uses one speaks of now, whatever year it names.
    private static readonly HashSet<string> PresentMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "has", "have", "will", "remains", "remain", "since", "now", "today", "currently",
    };

    /// <summary>A sentence set this many years or more before the story's latest year is history.</summary>
    private const int HistoryYears = 10;

    /// <summary>
    /// "It was known as the Black Death during the fourteenth century, causing more than 50 million deaths", "the 1989 disaster in which 96 died":
    /// a sentence told in the past (no "is", "are", "has", "have", "will"), dated only to a century or whose latest year is at least <see cref="HistoryYears"/> years before the story's latest year
    /// (a sentence with "since", a comparative "than" (not "more than"), "now", "today" or "currently" measures the present against the past), is background history on the record.
    /// </summary>
    public bool IsHistoricalSentence(SentenceNode s)
    {
        var own = Dating(s);
        if (own != Dated.Undated) return own == Dated.History;
        if (MentionsStoryEvent(s)) return true; // "… the blasts in 1993 … Investigating the blasts which killed more than 250 people"
        // "Meibion Glyndwr began burning property in December 1979 … The group was linked to most of the 220 or so incidents": an undated
        // sentence told in the past right after a historical one of the same paragraph goes on with the same history
        if (s.Index == 0 || _doc.Sentences[s.Index - 1].Paragraph != s.Paragraph) return false;
        return Dating(_doc.Sentences[s.Index - 1]) == Dated.History;
    }

    private enum Dated { Undated, History, Present }

    // Asked for every figure of a sentence and for the sentence before it: each sentence is dated once.
    private Evidence.NodeCache<Dated> _dating;

    private Dated Dating(SentenceNode s)
    {
        if (_dating.TryGetValue(s.Index, out var known)) return known;
        var dated = ComputeDating(s);
        _dating.Set(s.Index, dated);
        return dated;
    }

    private Dated ComputeDating(SentenceNode s)
    {
        int latest = LatestYear;
        int dated = 0;
        bool century = false, eventYear = false;
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            var tok = _doc.Tokens[i];
            if (tok.Is(TokenFlags.InQuote)) continue;
            if (tok.Kind == SyntaxKind.Word)
            {
                var w = _doc.TokenText(i);
                if (PresentMarkers.ContainsWord(w)) return Dated.Present; // "The plane, built in 1991 to seat 200, is …", "the highest since the 1930s": told now
                if (i > s.FirstToken && (_doc.TokenIs(i - 1, "last") || _doc.TokenIs(i - 1, "this")) && RecentPeriods.ContainsWord(w)) return Dated.Present; // "sold 95,000 cars last year, up 2.6% on 2003"
                if (w.Equals("than", StringComparison.OrdinalIgnoreCase) && !(i > s.FirstToken && (_doc.TokenIs(i - 1, "more") || _doc.TokenIs(i - 1, "less") || _doc.TokenIs(i - 1, "fewer")))) return Dated.Present;
                if ((w.Equals("century", StringComparison.OrdinalIgnoreCase) || w.Equals("centuries", StringComparison.OrdinalIgnoreCase))
                    && !(i > s.FirstToken && (_doc.TokenIs(i - 1, "21st") || _doc.TokenIs(i - 1, "twenty-first")))) century = true;
                continue;
            }
            if (tok.Kind != SyntaxKind.NumberToken) continue;
            if (IsEarlyModernOrOlder(i)) century = true; // "in the 1300s", "in 1665": before any story's own time
            int y = YearOf(i);
            if (y > dated) dated = y;
            if (y > 0 && _oneYear && IsEventYear(i, s)) eventYear = true;
        }
        if (dated == 0) return century ? Dated.History : Dated.Undated;
        if (eventYear) return Dated.History; // "raped during the 1994 genocide" in a story that names no later year
        return latest > 0 && dated <= latest - HistoryYears ? Dated.History : Dated.Present;
    }

    private int FirstBodySentence
    {
        get
        {
            foreach (var p in _doc.Paragraphs)
                if (p.Role == ParagraphRole.Body && p.SentenceCount > 0) return p.FirstSentence;
            return -1;
        }
    }

    private static readonly HashSet<string> ResultsModifiers = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "annual", "total", "combined", "yearly", "global", "worldwide" };

    private static readonly HashSet<string> ResultsProfileVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "had", "has", "made", "posted", "reported", "recorded", "booked", "with", "generated",
    };

    /// <summary>
    /// "Travelers had sales of $5.2bn in 2004 and made a profit of $901m", "Solidere posted profits of $12.5m in the first half of 2004": past
    /// results of a company given as its profile ("had/made/posted … &lt;results noun&gt; of N") after the story's first paragraph are background
    /// on the record; a results story says "profits rose to N", not "had profits of N".
    /// </summary>
    public bool IsResultsProfile(NumberNode n, SentenceNode sentence)
    {
        if ((n.Form & (NumberForm.Money | NumberForm.Percent)) == 0) return false;
        int k = n.FirstToken - 1;
        if (k - 1 < sentence.FirstToken || !_doc.TokenIs(k, "of") || !_resultsNouns.Contains(_doc, k - 1)) return false;
        k -= 2;
        // "with combined annual sales of $30bn": up to two modifiers before the results noun
        for (int m = 0; m < 2 && k >= sentence.FirstToken && ResultsModifiers.ContainsWord(_doc.TokenText(k)); m++) k--;
        if (k < sentence.FirstToken || !ResultsProfileVerbs.ContainsWord(_doc.TokenText(k))) return false;
        int first = FirstBodySentence;
        return first >= 0 && sentence.Paragraph != _doc.Sentences[first].Paragraph;
    }
}
