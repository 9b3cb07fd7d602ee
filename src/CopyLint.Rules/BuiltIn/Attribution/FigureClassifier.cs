using CopyLint.Core.Lexicons;
using CopyLint.Core.Syntax;
using CopyLint.Rules.Lexicons;

namespace CopyLint.Rules.BuiltIn.Attribution;

/// <summary>
/// Decides whether a number is a claim (rules-spec §6 CL0001 "claim classes") or exempt (dates, times,
/// durations, ages, ordinals, names and codes, document references, scores and votes, idioms).
/// Exemption is per number span, never per sentence.
/// </summary>
public sealed partial class FigureClassifier
{
    private readonly ProseDocument _doc;
    private readonly Lists _l; // the word lists, shared by every classifier of one lexicon set
    private Evidence.NodeCache<int> _marketStart; // sentence index -> first instrument token of a market-data sentence, or -1

    private static readonly HashSet<string> DocRefs = new(StringComparer.OrdinalIgnoreCase)
    {
        "page", "pages", "p", "pp", "no", "nos", "vol", "volume", "paragraph", "para", "clause", "rule", "item", "section", "chapter",
        "article", "episode", "season", "grade", "level", "phase", "stage", "round", "game", "games", "week", "day", "class", "category", "tier",
        "room", "gate", "platform", "lane", "hole", "act", "scene", "verse", "line", "lines", "figure", "fig", "table", "exhibit", "annex",
        "appendix", "version", "v", "model", "number", "size", "step", "part", "parts", "district", "ward", "precinct", "zone", "sector", "block",
        "floor", "unit", "apartment", "flat", "suite", "box", "route", "highway", "interstate", "channel", "flight", "bus", "train", "bill", "hr",
        "s", "resolution", "proposition", "prop", "measure", "amendment", "title", "form", "code", "question", "division", "league", "group",
        "pool", "heat", "seed", "stanza", "track", "disc", "issue", "edition", "series", "term", "year", "grades", "ages", "aged", "age",
        "ranked", "rank", "ranking", "no.", "number-one", "top", "world", "pick", "overall", "jersey", "shirt", "bib", "mile", "km", "kilometre", "kilometer",
    };

    private static readonly HashSet<string> TimeSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "a.m", "p.m", "a.m.", "p.m.", "am", "pm", "gmt", "utc", "est", "edt", "pst", "pdt", "cst", "cet", "kst", "jst", "bst", "o'clock", "o\u2019clock", "hrs", "hours", "local",
    };

    /// <summary>The lists a classifier reads, resolved once per lexicon set (not by name for every document).</summary>
    private sealed class Lists(LexiconSet lex)
    {
        public readonly Lexicon Months = lex[LexiconNames.Months];
        public readonly Lexicon Weekdays = lex[LexiconNames.Weekdays];
        public readonly Lexicon TimeUnits = lex[LexiconNames.TimeUnits];
        public readonly Lexicon ScoreWords = lex[LexiconNames.ScoreVerbs];
        public readonly Lexicon Idioms = lex[LexiconNames.NumberIdioms];
        public readonly Lexicon ClaimNouns = lex[LexiconNames.ClaimNouns];
        public readonly Lexicon ClaimVerbs = lex[LexiconNames.ClaimVerbs];
        public readonly Lexicon Casualty = lex[LexiconNames.CasualtyWords];
        public readonly Lexicon UnitNouns = lex[LexiconNames.UnitNouns];
        public readonly Lexicon Temporal = lex[LexiconNames.TemporalConnectives];
        public readonly Lexicon Measure = lex[FigureLexicons.MeasureUnits];
        public readonly Lexicon Instruments = lex[FigureLexicons.MarketInstruments];
        public readonly Lexicon Moves = lex[FigureLexicons.MarketMoves];
        public readonly Lexicon PriceCues = lex[FigureLexicons.PriceCues];
        public readonly Lexicon Anchors = lex[FigureLexicons.ComparisonAnchors];
        public readonly Lexicon AgeWords = lex[FigureLexicons.AgeWords];
        public readonly Lexicon DealNouns = lex[FigureLexicons.DealNouns];
        public readonly Lexicon DealVerbs = lex[FigureLexicons.DealVerbs];
        public readonly Lexicon MoneyCues = lex[FigureLexicons.MoneyClaimCues];
        public readonly Lexicon RecordNouns = lex[FigureLexicons.RecordNouns];
        public readonly Lexicon PolicyLevels = lex[FigureLexicons.PolicyLevels];
        public readonly Lexicon ResultsNouns = lex[FigureLexicons.ResultsNouns];
        public readonly Lexicon CivicUnits = lex[FigureLexicons.CivicUnits];
        public readonly Lexicon Membership = lex[FigureLexicons.MembershipNouns];
        public readonly Lexicon SecondPerson = lex[FigureLexicons.SecondPerson];
        public readonly Lexicon Entitlements = lex[FigureLexicons.EntitlementCues];
        public readonly Lexicon ElectionResults = lex[FigureLexicons.ElectionResults];
        public readonly Lexicon Aims = lex[FigureLexicons.FigureIntent];
        public readonly Lexicon BaselineMods = lex[FigureLexicons.BaselineModifiers];
        public readonly Lexicon BaselineRefs = lex[FigureLexicons.BaselineReferences];
        public readonly Lexicon ProfileVerbs = lex[FigureLexicons.ProfileVerbs];
        public readonly Lexicon RaceCues = lex[FigureLexicons.RaceTimeCues];
        public readonly Lexicon DealTerms = lex[FigureLexicons.DealTerms];
        public readonly Lexicon Events = lex[FigureLexicons.EventNouns];
        public readonly Lexicon Thresholds = lex[FigureLexicons.ThresholdNouns];
        public readonly Lexicon Places = lex[FigureLexicons.PlaceNouns];
        public readonly Lexicon EventCounts = lex[FigureLexicons.EventCounts];
    }

    private static readonly LexiconBundle<Lists> ListsOf = new(lex => new Lists(lex));

    public FigureClassifier(ProseDocument doc, LexiconSet lex)
    {
        _doc = doc;
        _l = ListsOf.For(lex);
        _moneyCueLemma = new Evidence.LemmaMemo(_l.MoneyCues);
    }

    public FigureClass Classify(NumberNode n, SentenceNode sentence)
    {
        var t = _doc.Tokens;
        var form = n.Form;
        int v = n.ValueToken;
        int last = n.LastValueToken;
        int after = n.EndToken; // first token after the expression
        int sEnd = sentence.EndToken;
        bool money = (form & NumberForm.Money) != 0;
        bool percent = (form & NumberForm.Percent) != 0;

        if ((form & NumberForm.Ordinal) != 0) return FigureClass.None;
        if (IsDottedDateOrCode(v)) return FigureClass.None; // "2018.04.05", "1.2.3"
        if (v + 1 < sentence.EndToken && _doc.TokenText(v + 1).StartsWith("Cent", StringComparison.Ordinal)
            && (_doc.TokenText(v + 1).Length == 4 || _doc.Tokens[v + 1].Is(TokenFlags.Apostrophe))) return FigureClass.None; // the rapper 50 Cent
        if ((form & NumberForm.Compound) != 0)
            return IsClaimCompound(_doc.TokenText(v)) && !NamesADocument(after, sEnd) ? FigureClass.Statistic : FigureClass.None; // "10-point lead" vs 45-year-old, 10-day, "a 56-point deal"
        if ((form & NumberForm.Alphanumeric) != 0 && !money && !percent && (form & NumberForm.Scaled) == 0) return FigureClass.None;
        if (IsListNumbering(n, sentence)) return FigureClass.None;
        if (AddressesReader(sentence)) return FigureClass.None; // "Your to-do list will shrink to 25%": advice or promotion

        // Dates: "Nov. 4", "4 November", "Dec. 6.", "May 2019"
        if (!money && !percent && IsDate(n, sentence)) return FigureClass.None;
        // Years standing alone: 1000–2100 without separators, unless a plural count noun follows ("2000 people")
        if ((form & (NumberForm.Digits | NumberForm.Grouped | NumberForm.Decimal | NumberForm.Money | NumberForm.Percent | NumberForm.Scaled)) == NumberForm.Digits
            && n.Value is >= 1000 and <= 2100 && _doc.TokenText(v).Length == 4 && !YearFollowedByCountNoun(n.FirstToken - 1, after, sentence))
            return FigureClass.None;
        if (IsYearPair(n)) return FigureClass.None; // "the 2002 and 2003 London races"
        if (IsYearLedRange(n, sentence)) return FigureClass.None; // "up from just 0.3% in 2003 and 0.4% in 2002": a year joined to the next figure
        if (!money && !percent && IsClockPair(n)) return FigureClass.None; // "a curfew between 2200 and 0700"
        if (IsAgeBand(n)) return FigureClass.None;  // "aimed at 11 to 14-year-olds"
        if ((form & NumberForm.Pair) != 0)
        {
            // 1950-53 year ranges, scores and votes; a range with a count noun ("4-5 Koreans") is a claim
            if (!FollowedByCountNoun(after, sEnd) || IsScoreContext(n, sentence)) return FigureClass.None;
        }
        if (!money && !percent && IsTime(after, sEnd)) return FigureClass.None;
        if (!money && !percent && IsDuration(n, sentence)) return FigureClass.None;
        if (!money && !percent && IsAge(n, sentence)) return FigureClass.None;
        if (!money && !percent && IsDesignation(n, sentence)) return FigureClass.None;
        if (!money && !percent && IsMeasurement(after, sEnd)) return FigureClass.None;
        if (!money && !percent && IsRaceTime(n, sentence)) return FigureClass.None; // "winning leisurely in 30.26"
        if (IsIdiom(n, sentence)) return FigureClass.None;
        if (IsTitleWord(n, sentence)) return FigureClass.None;
        if (IsReferenceMarker(n, sentence)) return FigureClass.None;
        if (IsConversion(n, sentence)) return FigureClass.None;
        if (!money && IsBracketedRestatement(n, sentence)) return FigureClass.None; // "capable of 80 megaflops (80 million operations a second)"
        if (!money && !percent && IsNameOrCode(n, sentence)) return FigureClass.None;
        if (!money && !percent && IsEmergencyNumber(n, sentence)) return FigureClass.None;
        if (!money && !percent && IsFileName(n)) return FigureClass.None; // "7610.extended.theme.manager.zip"
        if (!money && !percent && IsModelNumber(n, sentence)) return FigureClass.None; // "the 7610 phone", "its new 777 plane"
        if (IsComparisonBaseline(n, sentence)) return FigureClass.None;
        if (money && IsListingPrice(n, sentence)) return FigureClass.None;
        if (IsMarketData(n, sentence)) return FigureClass.None;
        if ((money || percent) && IsDealFigure(n, sentence)) return FigureClass.None;
        if (IsDealTerm(n, sentence)) return FigureClass.None; // "a deal to supply Peugeot with 30,000 SUVs"
        if (IsThreshold(n, sentence)) return FigureClass.None; // "surpassing the 40 trillion calculations per second mark"
        if ((money || percent || (form & NumberForm.Fraction) != 0) && IsPolicyLevel(n, sentence)) return FigureClass.None; // "left interest rates on hold at 4.75%", "boost interest rates by a quarter of a point"
        if (CueBefore(_l.Entitlements, n, sentence)) return FigureClass.None; // "entitled to 90% of average earnings", "has offered an 8% increase"
        if (CueWithin(_l.Aims, n, sentence, AimWindow)) return FigureClass.None; // "Prosecutors wanted the firms to surrender $280bn", "attempted to raise the $50,000"
        if (!money && IsElectionResult(n, sentence)) return FigureClass.None; // "won by the more modest margin of 20 points", "majority cut to just 14"
        if (money && !IsMoneyClaim(n, sentence)) return FigureClass.None; // a price, budget or description: nothing spent, raised, earned or lost
        if (!money && !percent && IsLooseQuantity(n, sentence)) return FigureClass.None; // "a few thousand visitors", "the many hundreds of extras"
        if (!money && IsAnaphoricCount(n, sentence)) return FigureClass.None; // "The 12 affected …", "the other 28 people"
        if (!money && !percent && IsRecordCount(n, sentence)) return FigureClass.None;   // "11 nominations", "employs 7,600 workers"
        if (!money && !percent && IsPopulationSize(n, sentence)) return FigureClass.None; // "Colombia has a population of about 44 million": a profile
        if (!money && !percent && IsPossessedCount(n, sentence)) return FigureClass.None; // "two of his six children", "WeWork's 12,000 employees": a profile
        if (!money && !percent && IsProfileCount(n, sentence)) return FigureClass.None; // "Jet has 42 aircraft", "the TGWU has 800,000": a profile

        if (ContinuesExemptFigure(n, sentence)) return FigureClass.None; // "employs more than 50,000 people, with about 7,000 in the UK"

        if (money) return FigureClass.Money;
        if (percent) return FigureClass.Percent;

        bool words = (form & NumberForm.Words) != 0 && (form & NumberForm.Vague) == 0 && (form & NumberForm.Fraction) == 0;
        bool range = (form & (NumberForm.Pair | NumberForm.Range)) != 0;
        bool small = n.Value is < 10 && (form & NumberForm.Scaled) == 0 && !range;
        int head = HeadNoun(after, sEnd);
        bool claimNoun = head >= 0 && _l.ClaimNouns.Contains(_doc, head);
        bool casualty = SentenceHas(_l.Casualty, sentence);

        if ((form & NumberForm.Fraction) != 0)
        {
            if (IsYearRatio(n, sentence)) return FigureClass.None; // "the Christmas number one in 1984": a year, not "one in five"
            if (IsPeriodQuarter(n, sentence)) return FigureClass.None; // "in the fourth quarter of 2004"
            if (v > sentence.FirstToken && IsPartWord(_doc.TokenText(v - 1))) return FigureClass.None; // "the top half", "the second half of 2004"
            return FigureClass.Statistic;
        }
        if ((form & NumberForm.Vague) != 0)
        {
            // "dozens of times", "thousands of years" are not counts
            if (head >= 0 && (_l.TimeUnits.Contains(_doc, head) || _l.Measure.Contains(_doc, head))) return FigureClass.None; // "thousands of light-years"
            if (!claimNoun && !casualty) return FigureClass.None; // "thousands of details", "millions of downloaders": a description, not a count
            return casualty ? FigureClass.Casualty : FigureClass.People;
        }
        if (small && !words && head >= 0 && (_doc.TokenIs(head, "points") || _doc.TokenIs(head, "point") || _doc.TokenIs(head, "seats") || _doc.TokenIs(head, "votes")))
            return FigureClass.Statistic;
        if ((form & NumberForm.Words) != 0 && v == n.FirstToken && v > sentence.FirstToken && DefiniteSmallCount.ContainsWord(_doc.TokenText(v - 1))) return FigureClass.None; // "the two families", "another 11"
        if ((form & NumberForm.Words) != 0 && v == n.FirstToken && after + 2 < sEnd && _doc.TokenIs(after, "of") && (_doc.TokenIs(after + 1, "the") || _doc.TokenIs(after + 1, "these") || _doc.TokenIs(after + 1, "those"))) return FigureClass.None; // "Four of the men": part of a group told before
        if (words || small)
        {
            if (!casualty && after < sEnd && _doc.TokenIs(after, "other")) return FigureClass.None; // "and three other members of the entourage": a description
            if (!(claimNoun || SentenceHas(_l.ClaimVerbs, sentence) && head >= 0 && IsPluralNoun(head))) return FigureClass.None;
            return casualty ? FigureClass.Casualty : FigureClass.People;
        }
        if (!casualty && !claimNoun && after < sEnd && _doc.TokenIs(after, "other")) return FigureClass.None; // "more than 90 other publications": a description
        if (casualty && (claimNoun || head < 0 || IsPluralNoun(head))) return FigureClass.Casualty;
        if (claimNoun) return FigureClass.People;
        if (IsDescriptiveCount(n, head)) return FigureClass.None; // "25 films", "600 single snaps", "40 countries"
        if (IsScoreValue(n, sentence, head)) return FigureClass.None;  // "scored a 129", "ratings of 999"
        if (IsRankPosition(n, sentence)) return FigureClass.None; // "The Zutons at 20", "wound up at a lowly 38": a place in a chart
        if (!casualty && FollowsScoreNoun(n, sentence)) return FigureClass.None; // "scores jumped as well from 2395 to 2623"
        if (IsMultiplier(n, sentence, head)) return FigureClass.None;  // "2,000 times faster", "leaped 500,000 times"
        return FigureClass.Statistic;
    }

    private static readonly HashSet<string> PlanNouns = new(StringComparer.OrdinalIgnoreCase) { "plan", "plans", "programme", "program", "strategy", "charter", "list", "manifesto", "blueprint" };

    /// <summary>"a 56-point deal", "a 10-point plan": a compound before a deal or plan noun counts the document's points, not a claim.</summary>
    private bool NamesADocument(int after, int end) =>
        after < end && _doc.Tokens[after].Kind == SyntaxKind.Word && (_l.DealNouns.Contains(_doc, after) || PlanNouns.ContainsWord(_doc.TokenText(after)));

    private static readonly string[] ClaimCompoundUnits = ["point", "points", "percent", "percentage", "seat", "vote", "billion", "million", "trillion", "member", "person", "dollar", "pound"];

    private static bool IsClaimCompound(ReadOnlySpan<char> token)
    {
        int dash = token.IndexOfAny('-', '\u2010');
        if (dash < 0) return false;
        int lastDash = token.LastIndexOfAny('-', '\u2010');
        if (lastDash > dash && IsTimeSegment(token[(lastDash + 1)..])) return false; // "a 13.8-billion-year period"
        var rest = token[(dash + 1)..];
        int next = rest.IndexOfAny('-', '\u2010');
        if (next >= 0) rest = rest[..next];
        foreach (var unit in ClaimCompoundUnits)
            if (rest.Equals(unit, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool IsTimeSegment(ReadOnlySpan<char> w) =>
        w.Equals("year", StringComparison.OrdinalIgnoreCase) || w.Equals("month", StringComparison.OrdinalIgnoreCase) || w.Equals("day", StringComparison.OrdinalIgnoreCase)
        || w.Equals("week", StringComparison.OrdinalIgnoreCase) || w.Equals("hour", StringComparison.OrdinalIgnoreCase) || w.Equals("minute", StringComparison.OrdinalIgnoreCase)
        || w.Equals("old", StringComparison.OrdinalIgnoreCase);

    public bool IsCasualtyContext(SentenceNode sentence, Lexicon context) => SentenceHas(context, sentence);

    // Whether a sentence has a casualty word or a claim verb, asked again for each of its figures: kept per sentence.
    private Evidence.NodeCache<bool> _hasCasualty, _hasClaimVerb;

    private bool SentenceHas(Lexicon lex, SentenceNode s)
    {
        if (ReferenceEquals(lex, _l.Casualty)) return Cached(ref _hasCasualty, lex, s);
        if (ReferenceEquals(lex, _l.ClaimVerbs)) return Cached(ref _hasClaimVerb, lex, s);
        return Scan(lex, s);
    }

    private bool Cached(ref Evidence.NodeCache<bool> cache, Lexicon lex, SentenceNode s)
    {
        if (cache.TryGetValue(s.Index, out bool known)) return known;
        bool has = Scan(lex, s);
        cache.Set(s.Index, has);
        return has;
    }

    private bool Scan(Lexicon lex, SentenceNode s) => lex.OccursIn(_doc, s.FirstToken, s.EndToken, skipQuoted: false);

    private bool IsListNumbering(NumberNode n, SentenceNode s)
    {
        var p = _doc.Paragraphs[s.Paragraph];
        if (n.ValueToken != s.FirstToken || s.Index != p.FirstSentence) return false;
        int next = n.ValueToken + 1;
        return next < s.EndToken && _doc.TokenText(next) is "." or ")" && n.Value is < 100;
    }

    private bool IsDate(NumberNode n, SentenceNode s)
    {
        int v = n.ValueToken;
        int prev = v - 1;
        if (prev >= s.FirstToken && _doc.TokenText(prev) is ".") prev--;
        if (prev >= s.FirstToken && _l.Months.Contains(_doc, prev) && n.Value is >= 1 and <= 31 or >= 1000 and <= 2100) return true;
        int next = n.LastValueToken + 1;
        if (next < s.EndToken && _doc.TokenText(next) is "," && prev >= s.FirstToken && _l.Months.Contains(_doc, prev)) return true;
        if (next < s.EndToken && _l.Months.Contains(_doc, next) && n.Value is >= 1 and <= 31) return true;
        if (prev >= s.FirstToken && (_l.Weekdays.Contains(_doc, prev)) && n.Value is >= 1 and <= 31) return true;
        if (prev >= s.FirstToken && (_doc.TokenIs(prev, "the")) && next < s.EndToken && _doc.TokenIs(next, "of") && next + 1 < s.EndToken && _l.Months.Contains(_doc, next + 1)) return true;
        return false;
    }

    private bool IsTime(int after, int end)
    {
        if (after >= end) return false;
        var w = _doc.TokenText(after);
        return TimeSuffixes.ContainsWord(w) && !_doc.TokenIs(after, "hours");
    }

    private bool IsDuration(NumberNode n, SentenceNode s)
    {
        int next = n.EndToken;
        // "six hours", "10 years", "one month", "three-day" handled as Compound
        if (next < s.EndToken && _l.TimeUnits.Contains(_doc, next)) return true;
        // "more than one month following" is covered above; "2 1/2 years"
        if (next + 1 < s.EndToken && _doc.TokenText(next) is "-" && _l.TimeUnits.Contains(_doc, next + 1)) return true;
        return false;
    }

    private bool IsAge(NumberNode n, SentenceNode s)
    {
        int v = n.ValueToken;
        if (n.Value is null or > 120 || (n.Form & (NumberForm.Grouped | NumberForm.Decimal)) != 0) return false;
        int prev = n.FirstToken - 1, next = n.EndToken;
        // "(45)" after a name
        if (prev >= s.FirstToken && next < s.EndToken && _doc.TokenText(prev) is "(" && _doc.TokenText(next) is ")") return true;
        // ", 45," after a capitalised name
        if (prev - 1 >= s.FirstToken && _doc.TokenText(prev) is "," && _doc.Tokens[prev - 1].Is(TokenFlags.Capitalized)
            && (next >= s.EndToken || _doc.TokenText(next) is "," or "." or ";" or ")")) return true;
        // "voters under 30", "people over 65"
        if (n.FirstToken == v - 1 && prev >= s.FirstToken && (_doc.TokenIs(v - 1, "under") || _doc.TokenIs(v - 1, "over")) && _l.ClaimNouns.Contains(_doc, prev)) return true;
        if (prev >= s.FirstToken && _l.AgeWords.Contains(_doc, prev)) return true; // "aged 45", "turned 18"
        if (next + 1 < s.EndToken && _doc.TokenIs(next, "years") && _doc.TokenIs(next + 1, "old")) return true;
        if (next < s.EndToken && (_doc.TokenIs(next, "year-old") || _doc.TokenIs(next, "year-olds"))) return true; // "an idealistic 20 year-old"
        if (IsLifeStageAt(n, s)) return true; // "until they are legally adults at 18", "left school at 14"
        if (n.FirstToken != v || (n.Form & (NumberForm.Money | NumberForm.Percent | NumberForm.Scaled | NumberForm.Vague | NumberForm.Fraction)) != 0) return false;
        bool closes = next >= s.EndToken || _doc.TokenText(next) is "," or "." or ";" or ")";
        // "the veteran film-maker, 68, won": an apposition after a noun, not in a list of numbers
        if (prev - 1 >= s.FirstToken && _doc.TokenText(prev) is "," && closes && next < s.EndToken && _doc.TokenText(next) is ","
            && _doc.Tokens[prev - 1].Kind == SyntaxKind.Word && !IsNumberToken(prev - 1) && next + 1 < s.EndToken && _doc.Tokens[next + 1].Kind == SyntaxKind.Word)
            return true;
        // "Fiorina, then 44, …"; "by the age of 25"; "At 34, Holmes …"
        if (prev - 1 >= s.FirstToken && _doc.TokenIs(prev, "then") && _doc.TokenText(prev - 1) is "," && closes) return true;
        if (prev - 1 >= s.FirstToken && _doc.TokenIs(prev, "of") && _doc.TokenIs(prev - 1, "age")) return true;
        if (prev == s.FirstToken && _doc.TokenIs(prev, "At") && next < s.EndToken && _doc.TokenText(next) is ","
            && next + 1 < s.EndToken && _doc.Tokens[next + 1].Kind == SyntaxKind.Word) return true; // "At 34, Holmes …", "At 16, he went …"
        return false;
    }

    private bool IsDesignation(NumberNode n, SentenceNode s)
    {
        int v = n.ValueToken;
        if ((n.Form & (NumberForm.Grouped | NumberForm.Decimal | NumberForm.Scaled | NumberForm.Vague | NumberForm.Fraction)) != 0) return false;
        if (n.FirstToken != v) return false; // an approximator precedes: a quantity
        int prev = v - 1;
        if (prev >= s.FirstToken && _doc.Tokens[prev].Kind == SyntaxKind.Word)
        {
            var w = _doc.TokenText(prev);
            if (DocRefs.ContainsWord(w)) return true;
            if (w.EndsWith("-No", StringComparison.Ordinal)) return true; // "Ex-No 10 media chief"
            // "Andre 3000 thanked fans": a capitalised name opening the sentence, digits, then a verb
            if (prev == s.FirstToken && _doc.Tokens[prev].Is(TokenFlags.Capitalized) && !IsFunctionWord(w) && !_l.Months.Contains(w) && !_l.Weekdays.Contains(w)
                && (n.Form & NumberForm.Words) == 0 && n.EndToken < s.EndToken && _doc.Tokens[n.EndToken].Kind == SyntaxKind.Word
                && !_doc.Tokens[n.EndToken].Is(TokenFlags.Capitalized) && _doc.TokenText(n.EndToken).EndsWith("ed", StringComparison.OrdinalIgnoreCase)) return true;
            if (_doc.Tokens[prev].Is(TokenFlags.Capitalized) && _doc.Tokens[prev].Is(TokenFlags.Apostrophe) && (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("\u2019s", StringComparison.Ordinal))
                && (n.Form & NumberForm.Words) == 0 && !FollowedByCountNoun(n.EndToken, s.EndToken)) return true; // "Ocean's 12 fell to number two"
            if (prev > s.FirstToken && !_doc.Tokens[prev].Is(TokenFlags.Capitalized) && HasInnerUpper(w) && (n.Form & NumberForm.Words) == 0) return true; // "iOS 12"
            // Route 66, Apollo 11, Flight 370, Windows 10 — a capitalised word right before, not at sentence start
            if (_doc.Tokens[prev].Is(TokenFlags.Capitalized) && prev > s.FirstToken && !_l.Months.Contains(w) && (n.Form & NumberForm.Words) == 0
                && !IsFunctionWord(w)) return true;
        }
        if (prev >= s.FirstToken && _doc.TokenText(prev) is "." && prev - 1 >= s.FirstToken && (_doc.TokenIs(prev - 1, "No") || _doc.TokenIs(prev - 1, "Nos") || _doc.TokenIs(prev - 1, "p") || _doc.TokenIs(prev - 1, "pp") || _doc.TokenIs(prev - 1, "Vol"))) return true;
        if (prev >= s.FirstToken && _doc.TokenText(prev) is "#") return true;
        // "… 6 Capitalised Words Regiment" within 6 tokens
        for (int k = n.EndToken, c = 0; k < s.EndToken && c < 6; k++, c++)
        {
            if (!_doc.Tokens[k].Is(TokenFlags.Capitalized)) break;
            if (_l.UnitNouns.Contains(_doc, k)) return true;
        }
        return false;
    }

    private static bool HasInnerUpper(ReadOnlySpan<char> w)
    {
        for (int i = 1; i < w.Length; i++) if (char.IsUpper(w[i])) return char.IsLower(w[0]);
        return false;
    }

    private static bool IsFunctionWord(ReadOnlySpan<char> w) =>
        w.Equals("The", StringComparison.Ordinal) || w.Equals("A", StringComparison.Ordinal) || w.Equals("About", StringComparison.Ordinal) ||
        w.Equals("Some", StringComparison.Ordinal) || w.Equals("Nearly", StringComparison.Ordinal) || w.Equals("Over", StringComparison.Ordinal) ||
        w.Equals("Almost", StringComparison.Ordinal) || w.Equals("Only", StringComparison.Ordinal) || w.Equals("Just", StringComparison.Ordinal) ||
        w.Equals("All", StringComparison.Ordinal) || w.Equals("Another", StringComparison.Ordinal) || w.Equals("And", StringComparison.Ordinal) ||
        w.Equals("But", StringComparison.Ordinal) || w.Equals("With", StringComparison.Ordinal) || w.Equals("Those", StringComparison.Ordinal) ||
        w.Equals("These", StringComparison.Ordinal) || w.Equals("Of", StringComparison.Ordinal) || w.Equals("In", StringComparison.Ordinal);

    private bool IsMeasurement(int after, int end)
    {
        if (after >= end) return false;
        if (_doc.TokenText(after) is "\"" or "\u201D" or "\u2033" && after > 0 && _doc.Tokens[after - 1].Span.End == _doc.Tokens[after].Span.Start
            && !_doc.Tokens[after].Is(TokenFlags.ClosingQuote) && !_doc.Tokens[after - 1].Is(TokenFlags.InQuoteMarks)) return true; // 22" wide, 70" TV
        if (_doc.TokenIs(after, "points") || _doc.TokenIs(after, "point"))
        {
            // sports points ("scored 30 points") are a record of play; poll and index points are claims
            for (int k = Math.Max(0, after - 4); k < after; k++)
                if (_doc.TokenIs(k, "scored") || _doc.TokenIs(k, "scoring") || _doc.TokenIs(k, "scores")) return true;
            return false;
        }
        return _l.Measure.Contains(_doc, after);
    }

    private bool IsIdiom(NumberNode n, SentenceNode s)
    {
        int v = n.ValueToken;
        var probe = _l.Idioms.ProbeFor(_doc);
        for (int start = Math.Max(s.FirstToken, v - 2); start <= v; start++)
        {
            if (!probe.May(start)) continue;
            int len = _l.Idioms.MatchAt(_doc, start, s.EndToken);
            if (len > 0 && start + len > v) return true;
        }
        return false;
    }

    private bool IsScoreContext(NumberNode n, SentenceNode s)
    {
        for (int k = Math.Max(s.FirstToken, n.FirstToken - 3); k < Math.Min(s.EndToken, n.EndToken + 3); k++)
            if (k != n.ValueToken && _l.ScoreWords.Contains(_doc, k)) return true;
        return false;
    }

    // Words before a number word that point back to a group told before ("the two families", "the first two patients").
    private static readonly HashSet<string> DefiniteSmallCount = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "first", "last", "other", "both", "another", "these", "those", "all",
    };

    // Prepositions that put a year in time ("During 2004 blogs have …").
    private static readonly HashSet<string> YearPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "during", "in", "since", "until", "till", "by", "before", "after", "from", "throughout", "through", "around", "circa", "of",
    };

    // Grammar words, not a desk's vocabulary: a count's noun never sits behind one of them.
    private static readonly HashSet<string> Connectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "for", "to", "in", "at", "on", "by", "with", "from", "as", "and", "or", "but", "when", "after", "before", "since", "until",
        "during", "under", "over", "the", "a", "an", "that", "which", "while", "where", "because", "if", "into", "against", "through",
    };

    /// <summary>
    /// A four-digit number counts things only when its noun follows at once or after one modifier ("2000 people",
    /// "2000 new jobs"); across a grammar word it is a year ("made an OBE in 2001 for services").
    /// </summary>
    private bool YearFollowedByCountNoun(int before, int after, SentenceNode s)
    {
        int end = s.EndToken;
        if (before >= s.FirstToken && _doc.TokenText(before) is "," && before - 1 >= s.FirstToken
            && (_l.Months.Contains(_doc, before - 1) || _doc.Tokens[before - 1].Kind == SyntaxKind.NumberToken)) return false; // "September 11, 2001 attacks"
        if (before >= s.FirstToken && YearPrepositions.ContainsWord(_doc.TokenText(before)))
            return after < end && _l.ClaimNouns.Contains(_doc, after); // "During 2000 many motorists …" is a year; "in 2000 people" a count
        if (after < end && _doc.Tokens[after].Is(TokenFlags.Capitalized)) return false; // "the 2020 Sentra gets …": a model year
        if (after < end && _l.Events.Contains(_doc, after)) return false; // "during the 2004 floods": an event named by its year
        if (after < end && (_l.ResultsNouns.Contains(_doc, after) || _doc.TokenIs(after, "figures"))) return false; // "their 2004 earnings", "on 2003 figures"
        for (int k = after; k < Math.Min(end, after + 2); k++)
        {
            if (_doc.Tokens[k].Kind != SyntaxKind.Word || Connectives.ContainsWord(_doc.TokenText(k))) return false;
            if (_l.ClaimNouns.Contains(_doc, k) || (IsPluralNoun(k) && !_doc.Tokens[k].Is(TokenFlags.Capitalized))) return true;
        }
        return false;
    }

    private bool FollowedByCountNoun(int after, int end)
    {
        int head = HeadNoun(after, end);
        return head >= 0 && (IsPluralNoun(head) || _l.ClaimNouns.Contains(_doc, head));
    }

    /// <summary>The head noun after a number: skip up to two adjectives or capitalised modifiers ("300 Ukrainian soldiers").</summary>
    public int HeadNoun(int after, int end)
    {
        for (int k = after, c = 0; k < end && c < 3; k++, c++)
        {
            var tok = _doc.Tokens[k];
            if (tok.Kind != SyntaxKind.Word) return -1;
            var w = _doc.TokenText(k);
            if (_l.ClaimNouns.Contains(w) || _l.TimeUnits.Contains(w)) return k;
            if (IsPluralNoun(k) && !tok.Is(TokenFlags.Capitalized)) return k;
            if (w.Equals("of", StringComparison.OrdinalIgnoreCase) || w.Equals("more", StringComparison.OrdinalIgnoreCase)) continue;
        }
        return after < end && _doc.Tokens[after].Kind == SyntaxKind.Word ? after : -1;
    }

    private bool IsNumberToken(int k) => _doc.Tokens[k].Kind == SyntaxKind.NumberToken || Core.Parsing.NumberWordsPublic.IsNumberWord(_doc.TokenText(k));

    private bool IsDottedDateOrCode(int v)
    {
        var w = _doc.TokenText(v);
        int dots = 0;
        foreach (var c in w) if (c is '.' or '/') dots++;
        return dots >= 2 && !w.EndsWith(".", StringComparison.Ordinal);
    }

    private static bool IsPartWord(ReadOnlySpan<char> w) =>
        w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("first", StringComparison.OrdinalIgnoreCase) || w.Equals("second", StringComparison.OrdinalIgnoreCase)
        || w.Equals("last", StringComparison.OrdinalIgnoreCase) || w.Equals("top", StringComparison.OrdinalIgnoreCase) || w.Equals("bottom", StringComparison.OrdinalIgnoreCase)
        || w.Equals("upper", StringComparison.OrdinalIgnoreCase) || w.Equals("lower", StringComparison.OrdinalIgnoreCase) || w.Equals("other", StringComparison.OrdinalIgnoreCase)
        || w.Equals("back", StringComparison.OrdinalIgnoreCase) || w.Equals("front", StringComparison.OrdinalIgnoreCase) || w.Equals("latter", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Million Dollar Baby", "Ocean's Eleven": a capitalised number word inside a sentence is part of a name or title.</summary>
    private bool IsTitleWord(NumberNode n, SentenceNode s)
    {
        if ((n.Form & NumberForm.Words) == 0 || (n.Form & NumberForm.Digits) != 0) return false;
        int v = n.ValueToken;
        if (v != n.FirstToken || v <= s.FirstToken || !_doc.Tokens[v].Is(TokenFlags.Capitalized)) return false;
        var prev = _doc.TokenText(v - 1);
        if (prev is ":" or "\u201C" or "\"" or "(" or "-" or "\u2014" or "\u2013" or "'" or "\u2018") return false; // a new clause may start capitalised
        return true;
    }

    /// <summary>"… in 48 people (23)." / "(38, 39)." — a bracketed reference number at the end of a sentence is a citation.</summary>
    public bool IsReferenceMarker(NumberNode n, SentenceNode s)
    {
        if ((n.Form & ~(NumberForm.Digits | NumberForm.Range | NumberForm.Pair)) != 0 || n.Value is null or >= 1000) return false;
        int k = n.FirstToken - 1;
        while (k >= s.FirstToken && (_doc.TokenText(k) is "," or "-" or "\u2013" || _doc.Tokens[k].Kind == SyntaxKind.NumberToken)) k--;
        if (k < s.FirstToken + 1 || _doc.TokenText(k) is not ("(" or "[")) return false;
        if (_doc.Tokens[k - 1].Is(TokenFlags.Capitalized)) return false; // "Smith (45)" is an age
        int e = n.EndToken;
        while (e < s.EndToken && (_doc.TokenText(e) is "," or "-" or "\u2013" || _doc.Tokens[e].Kind == SyntaxKind.NumberToken)) e++;
        if (e >= s.EndToken || _doc.TokenText(e) is not (")" or "]")) return false;
        e++;
        return e >= s.EndToken || _doc.TokenText(e) is "." or ";" or "," or "!" or "?";
    }

    /// <summary>"77m euros (£53m; $100m)", "250 euros (£173)": a converted amount in brackets after another amount.</summary>
    private bool IsConversion(NumberNode n, SentenceNode s)
    {
        if ((n.Form & NumberForm.Money) == 0 || n.Index == 0) return false;
        int k = n.FirstToken - 1;
        if (k <= s.FirstToken) return false;
        for (int j = n.Index - 1, steps = 0; j >= 0 && steps < 3; j--, steps++)
        {
            var p = _doc.Numbers[j];
            if (p.Sentence != s.Index) return false;
            var sep = _doc.TokenText(k);
            if (sep is "(" or "[" && (k == p.EndToken || (k - 1 == p.EndToken && _doc.Tokens[k - 1].Kind == SyntaxKind.Word && !_doc.Tokens[k - 1].Is(TokenFlags.Capitalized)))) return true; // "59.2 trillion rupiah ($6.58bn)"
            if (sep is "(" or "[" && k - 2 == p.EndToken && _doc.Tokens[k - 2].Kind == SyntaxKind.Word && _doc.Tokens[k - 1].Kind == SyntaxKind.Word
                && !_doc.Tokens[k - 1].Is(TokenFlags.Capitalized)) return true; // "86.7bn Swiss francs ($74.6bn; £39.1bn)"
            if (k == p.EndToken && sep is ";" or "," or "/" or "or" && IsInsideBrackets(k, s)) { k = p.FirstToken - 1; continue; }
            return false;
        }
        return false;
    }

    /// <summary>"80 megaflops (80 million operations a second)": a figure opening a bracket right after another figure and its unit restates it.</summary>
    private bool IsBracketedRestatement(NumberNode n, SentenceNode s)
    {
        int k = n.FirstToken - 1;
        if (n.Index == 0 || k <= s.FirstToken || _doc.TokenText(k) is not ("(" or "[")) return false;
        var p = _doc.Numbers[n.Index - 1];
        if (p.Sentence != s.Index) return false;
        // the same kind of quantity: "(94%)" after "15 to 24-year-olds" is a share of them, not the age band restated
        if (((p.Form ^ n.Form) & NumberForm.Percent) != 0 || (p.Form & NumberForm.Compound) != 0 || IsAgeBand(p)) return false;
        // the earlier figure ends right before the bracket, or one unit word before it
        return p.EndToken == k || (p.EndToken == k - 1 && _doc.Tokens[k - 1].Kind == SyntaxKind.Word && !_doc.Tokens[k - 1].Is(TokenFlags.Capitalized));
    }

    private bool IsInsideBrackets(int k, SentenceNode s)
    {
        for (int i = k - 1, c = 0; i >= s.FirstToken && c < 12; i--, c++)
        {
            var w = _doc.TokenText(i);
            if (w is "(" or "[") return true;
            if (w is ")" or "]") return false;
        }
        return false;
    }

    /// <summary>Words a baseline's reference point may put between the comparison word and the figure ("from the March high of").</summary>
    private const int MaxBaselineModifiers = 5;

    /// <summary>
    /// "… to £160m from £610m a year earlier", "against 6.3bn kronor last year", "fell from 11.2% to 9.6%", "scaled back to 4.0% from 4.4%",
    /// "than November's nine-year low of 77,000", "down from the March high of 21.8 percent": the baseline of a comparison is the earlier
    /// record; the new value stays the claim.
    /// </summary>
    private bool IsComparisonBaseline(NumberNode n, SentenceNode s)
    {
        int k = n.FirstToken - 1;
        if (k < s.FirstToken) return false;
        // a reference point's modifiers between the comparison word and the figure ("from an adjusted 56.4", "than the 13.7% rise")
        int mods = 0;
        bool named = false, dated = false;
        while (k > s.FirstToken && mods < MaxBaselineModifiers && IsBaselineModifier(k, mods, ref named, ref dated)) { k--; mods++; }
        // "less than the 13.7% rise the previous month" (not "more than a third": an approximator)
        bool than = _doc.TokenIs(k, "than") && mods > 0 && (named || dated || _doc.TokenIs(k + 1, "the"));
        // "well above 2004's average of $41.48", "below last year's peak of $55.67": a named reference point above or below which the figure lies
        bool level = (_doc.TokenIs(k, "above") || _doc.TokenIs(k, "below")) && named;
        bool baselineWord = _doc.TokenIs(k, "from") || _doc.TokenIs(k, "against") || _doc.TokenIs(k, "versus") || _doc.TokenIs(k, "vs") || than || level
            || (k - 1 >= s.FirstToken && (_doc.TokenIs(k, "with") || _doc.TokenIs(k, "to")) && (_doc.TokenIs(k - 1, "compared") || _doc.TokenIs(k - 1, "comparison")));
        // "A previous estimate of 0.1% growth … was downgraded to a 0.3% decline": a superseded reading is the baseline of its revision
        if (!baselineWord && named && dated && _doc.TokenIs(n.FirstToken - 1, "of")) return true;
        if (!baselineWord) return false;
        bool earlier = n.Index > 0 && _doc.Numbers[n.Index - 1].Sentence == s.Index;
        if (_doc.TokenIs(k, "from"))
        {
            // "fell from 11.2% to 9.6%": the figure the move starts from; the one after "to" is the claim
            if (n.EndToken + 1 < s.EndToken && _doc.TokenIs(n.EndToken, "to") && n.Index + 1 < _doc.Numbers.Count
                && _doc.Numbers[n.Index + 1].FirstToken == n.EndToken + 1 && _doc.Numbers[n.Index + 1].Sentence == s.Index) return true;
            // "scaled back to 4.0% from 4.4%": the figure right after "to N from"
            if (earlier && mods == 0)
            {
                var p = _doc.Numbers[n.Index - 1];
                if (p.EndToken == k && p.FirstToken - 1 >= s.FirstToken && _doc.TokenIs(p.FirstToken - 1, "to")) return true;
            }
        }
        // the figure it is compared with comes first in the sentence, unless the move is spelt out ("fleet sales were up from 13.2% in September")
        bool spelt = k - 1 >= s.FirstToken && _doc.TokenIs(k, "from") && (_doc.TokenIs(k - 1, "up") || _doc.TokenIs(k - 1, "down"));
        if (!spelt && !earlier) return false;
        if (named || dated) return true; // "a nine-year low of 77,000", "November's 4.1%": a reference point on the record
        // "a 36% share - down from 39% - which …": the spelt-out move after the new figure closes on the baseline
        if (spelt && earlier && (n.EndToken >= s.EndToken || _doc.Tokens[n.EndToken].Kind == SyntaxKind.Punctuation)) return true;
        for (int i = n.EndToken, c = 0; i < s.EndToken && c < 7; i++, c++)
        {
            if (_l.Anchors.Contains(_doc, i) || _l.Months.Contains(_doc, i)) return true; // "from 5.4% in September"
            if (_doc.Tokens[i].Kind == SyntaxKind.NumberToken && _doc.TokenText(i).Length == 4 && _doc.TokenText(i)[0] is '1' or '2') return true; // "in 2003"
            if (_doc.TokenText(i) is "," or ";" or "." ) return false;
        }
        return false;
    }

    /// <summary>
    /// A word of a baseline's reference point: a determiner, "adjusted", a month or a month's possessive ("November's"), a period compound
    /// ("nine-year", "12-month"), a reference noun (baseline-references: "high", "low", "average"), and "of" only right before the figure.
    /// </summary>
    private bool IsBaselineModifier(int k, int position, ref bool named, ref bool dated)
    {
        var tok = _doc.Tokens[k];
        var w = _doc.TokenText(k);
        if (tok.Kind == SyntaxKind.NumberToken && w.Length == 6 && IsYearText(w[..4]) && (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("\u2019s", StringComparison.Ordinal)))
        {
            dated = true; // "2004's average"
            return true;
        }
        if (IsYearText(w) && tok.Kind == SyntaxKind.NumberToken && k + 1 < _doc.Tokens.Length && _doc.TokenText(k + 1) is "'s" or "\u2019s")
        {
            dated = true; // "2004" "'s"
            return true;
        }
        if (w is "'s" or "\u2019s" && k > 0 && IsYearText(_doc.TokenText(k - 1))) return true;
        if (tok.Kind == SyntaxKind.NumberToken || tok.Kind == SyntaxKind.Word && w.Contains('-'))
        {
            int dash = w.LastIndexOf('-');
            if (dash <= 0 || !IsTimeSegment(w[(dash + 1)..])) return false; // "nine-year", "12-month"
            return true;
        }
        if (tok.Kind != SyntaxKind.Word) return false;
        if (_doc.TokenIs(k, "of")) return position == 0;
        if (tok.Is(TokenFlags.Apostrophe) && w.Length > 2 && (w.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || w.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase)))
        {
            var stem = w[..^2];
            if (!_l.Months.Contains(stem) && !_l.Anchors.Contains(stem) && !RecentPeriodWord(stem) && !IsYearText(stem)) return false;
            dated = true; // "November's", "last year's", "2004's"
            return true;
        }
        if (_l.Months.Contains(_doc, k) || _l.Anchors.Contains(_doc, k)) { dated = true; return true; } // "the March high of", "the previous month's"
        if (_l.BaselineRefs.Contains(_doc, k)) { named = true; return true; }
        return _l.BaselineMods.Contains(_doc, k);
    }

    private static bool IsYearText(ReadOnlySpan<char> w) => w.Length == 4 && char.IsDigit(w[0]) && char.IsDigit(w[1]) && char.IsDigit(w[2]) && char.IsDigit(w[3]) && w[0] is '1' or '2';

    private static bool RecentPeriodWord(ReadOnlySpan<char> w) =>
        w.Equals("year", StringComparison.OrdinalIgnoreCase) || w.Equals("month", StringComparison.OrdinalIgnoreCase) || w.Equals("quarter", StringComparison.OrdinalIgnoreCase) || w.Equals("week", StringComparison.OrdinalIgnoreCase);

    /// <summary>"$649.99", "retails for $399", "$16.50 per share": a listing or offer price, not a claim of fact.</summary>
    private bool IsListingPrice(NumberNode n, SentenceNode s)
    {
        if (IsShoppingCopy) return true;
        if (n.EndToken < s.EndToken && _doc.TokenIs(n.EndToken, "off")) return true; // "$600 off the original price"
        var value = _doc.TokenText(n.ValueToken);
        if (value.EndsWith(".99", StringComparison.Ordinal) || value.EndsWith(".95", StringComparison.Ordinal) || value.EndsWith(".49", StringComparison.Ordinal)) return true;
        var probe = _l.PriceCues.ProbeFor(_doc);
        for (int i = Math.Max(s.FirstToken, n.FirstToken - 4); i < Math.Min(s.EndToken, n.EndToken + 3); i++)
        {
            if (i >= n.FirstToken && i < n.EndToken || !probe.May(i)) continue;
            int len = _l.PriceCues.MatchAt(_doc, i, s.EndToken);
            if (len > 0 && (i + len <= n.FirstToken || i >= n.EndToken)) return true;
        }
        return false;
    }

    /// <summary>
    /// "Elan shares lost 70%", "the dollar was buying 104.76 yen", "Brent crude jumped to $53 a barrel": a price or move of a traded
    /// instrument is market data, a public record. Needs an instrument and a market verb in the sentence, and the figure after the instrument.
    /// </summary>
    private int _shopping = -1;

    /// <summary>A page with three or more listing prices ("$649.99", "priced at …") is shopping copy: its amounts are prices.</summary>
    private bool IsShoppingCopy
    {
        get
        {
            if (_shopping < 0)
            {
                int count = 0;
                foreach (var n in _doc.Numbers)
                {
                    if ((n.Form & NumberForm.Money) == 0) continue;
                    var value = _doc.TokenText(n.ValueToken);
                    if (value.EndsWith(".99", StringComparison.Ordinal) || value.EndsWith(".95", StringComparison.Ordinal) || value.EndsWith(".49", StringComparison.Ordinal)) count++;
                    if (count >= 3) break;
                }
                _shopping = count >= 3 ? 1 : 0;
            }
            return _shopping == 1;
        }
    }

    /// <summary>"0870 numbers", "the 11 Pro Max", "10 Downing Street": a code with a leading zero, or digits that open a capitalised name.</summary>
    private bool IsNameOrCode(NumberNode n, SentenceNode s)
    {
        if (n.FirstToken == n.ValueToken && n.FirstToken > s.FirstToken && IsDigitGroup(n.FirstToken - 1) && IsBareDigits(n.ValueToken)) return true; // "… 505 505 or 0800 555 111"
        if ((n.Form & ~NumberForm.Digits) != 0 || n.FirstToken != n.ValueToken) return false;
        var value = _doc.TokenText(n.ValueToken);
        if (value.Length >= 2 && value[0] == '0') return true;
        if (n.FirstToken > s.FirstToken && IsDigitGroup(n.FirstToken - 1)) return true; // "0800 555 111": a group of a phone number
        int next = n.EndToken;
        if (next + 2 < s.EndToken && _doc.TokenText(next) is "(" && _doc.TokenText(next + 1).Length == 1 && _doc.TokenText(next + 2) is ")") return true; // "401(k)"
        if (next >= s.EndToken || _doc.Tokens[next].Kind != SyntaxKind.Word || !_doc.Tokens[next].Is(TokenFlags.Capitalized)) return false;
        var w = _doc.TokenText(next);
        if (w.Length > 1 && w[^1] is 's' && !w.EndsWith("ss", StringComparison.Ordinal)) return false; // "40 Democrats", "4-5 Koreans"
        if (_l.Months.Contains(w) || _l.Weekdays.Contains(w)) return false;
        int after = next + 1;
        while (after < s.EndToken && _doc.Tokens[after].Kind == SyntaxKind.Word && _doc.Tokens[after].Is(TokenFlags.Capitalized)) after++;
        // "300 Ukrainian soldiers": a count noun after the capitalised modifier makes it a count
        for (int k = after; k < Math.Min(s.EndToken, after + 3) && _doc.Tokens[k].Kind == SyntaxKind.Word; k++)
            if (IsPluralNoun(k) || _l.ClaimNouns.Contains(_doc, k)) return false; // "8 in 10 GOP primary voters"
        return true;
    }

    /// <summary>
    /// A move verb and a price in pence or cents ("fell 2.2% to 55.57 pence"), or a percentage move to a plain price in a currency ("Nippon Steel
    /// lost 2.5% to 270 yen", "Arcelor shed 2.1% to 17.58 euros"): a share price quoted without the word "shares".
    /// </summary>
    private static readonly Lexicon PriceUnits = new("share-price-units", ["pence", "cents", "yen", "euros", "dollars", "francs", "kronor", "won", "rupees", "rand", "yuan"]);
    private static LexiconGate? _sharePriceGate, _marketGate;

    private bool QuotesSharePrice(SentenceNode s)
    {
        bool move = false, pence = false;
        var probe = LexiconGate.For(ref _sharePriceGate, _l.Moves, PriceUnits).For(_doc); // every token below is one of these
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            if (!probe.May(i) || _doc.Tokens[i].Kind != SyntaxKind.Word || _doc.Tokens[i].Is(TokenFlags.InQuote)) continue;
            if (_l.Moves.Contains(_doc, i)) move = true;
            else if ((_doc.TokenIs(i, "pence") || _doc.TokenIs(i, "cents")) && i > s.FirstToken && _doc.Tokens[i - 1].Kind == SyntaxKind.NumberToken
                && _doc.TokenText(i - 1).Contains('.')) pence = true;
            else if (PriceUnits.Contains(_doc, i) && IsMoveToPlainPrice(i, s)) pence = true;
        }
        return move && pence;
    }

    /// <summary>"… 2.5% to 270 yen": a plain number (no scale: "1.6bn euros" is an amount) after "to" after a percentage, before a currency word.</summary>
    private bool IsMoveToPlainPrice(int unit, SentenceNode s)
    {
        int price = unit - 1, to = unit - 2, pct = unit - 3;
        if (pct < s.FirstToken || _doc.Tokens[price].Kind != SyntaxKind.NumberToken || !_doc.TokenIs(to, "to")) return false;
        foreach (var c in _doc.TokenText(price)) if (!(char.IsDigit(c) || c is '.' or ',')) return false;
        var p = _doc.TokenText(pct);
        return p is "%" || _doc.TokenIs(pct, "percent") || (_doc.Tokens[pct].Kind == SyntaxKind.NumberToken && p.EndsWith("%", StringComparison.Ordinal));
    }

    private bool IsMarketData(NumberNode n, SentenceNode s)
    {
        if (!_marketStart.TryGetValue(s.Index, out int start))
        {
            start = -1;
            int firstInstrument = -1;
            bool move = false;
            var probe = LexiconGate.For(ref _marketGate, _l.Instruments, _l.Moves).For(_doc); // instruments and moves start here or nowhere
            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                if (!probe.May(i) || _doc.Tokens[i].Kind != SyntaxKind.Word || _doc.Tokens[i].Is(TokenFlags.InQuote)) continue;
                if (firstInstrument < 0 && _l.Instruments.MatchAt(_doc, i, s.EndToken) > 0) firstInstrument = i;
                else if (firstInstrument >= 0 && _l.Moves.Contains(_doc, i)) { move = true; break; }
            }
            if (QuotesSharePrice(s)) start = s.FirstToken; // "Corus fell 2.2% to 55.57 pence", "Nippon Steel lost 2.5% to 270 yen"
            else if (move) start = firstInstrument;
            _marketStart.Set(s.Index, start);
        }
        if (start < 0 || n.FirstToken < start) return false;
        int head = HeadNoun(n.EndToken, s.EndToken);
        return head < 0 || !_l.ClaimNouns.Contains(_doc, head); // "shares fell as 500 workers were laid off"
    }

    private bool IsPluralNoun(int k)
    {
        var w = _doc.TokenText(k);
        if (w.Equals("series", StringComparison.OrdinalIgnoreCase) || w.Equals("species", StringComparison.OrdinalIgnoreCase) || w.Equals("news", StringComparison.OrdinalIgnoreCase)) return false;
        return w.Length > 3 && (w[^1] == 's' || w[^1] == 'S') && w[^2] != 's' && w[^2] != 'u' && w[^2] != 'i'
               && !w.EndsWith("ous", StringComparison.OrdinalIgnoreCase) && !_doc.Tokens[k].Is(TokenFlags.Apostrophe);
    }
}
