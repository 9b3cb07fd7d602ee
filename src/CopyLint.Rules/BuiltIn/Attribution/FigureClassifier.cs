using CopyLint.Core.Lexicons;
using CopyLint.Core.Syntax;
using CopyLint.Rules.Lexicons;

namespace CopyLint.Rules.BuiltIn.Attribution;

/// <summary>
/// Decides whether a number is a claim (rules-spec §6 CL0001 "claim classes") or exempt (dates, times,
/// durations, ages, ordinals, names and codes, document references, scores and votes, idioms).
/// Exemption is per number span, never per sentence.
/// </summary>
public sealed class FigureClassifier
{
    private readonly ProseDocument _doc;
    private readonly Lexicon _months, _weekdays, _timeUnits, _scoreWords, _idioms, _claimNouns, _claimVerbs, _casualty, _unitNouns, _temporal;

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

    private static readonly HashSet<string> UnitWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters", "metre", "meter", "feet", "foot", "ft", "inches", "inch",
        "cm", "mm", "kg", "kilograms", "kilos", "grams", "g", "pounds", "lbs", "lb", "tons", "tonnes", "tonne", "ton", "degrees", "°", "celsius", "fahrenheit",
        "mph", "kph", "km/h", "acres", "acre", "hectares", "hectare", "square", "sq", "litres", "liters", "gallons", "barrels", "mw", "gw", "kw", "kwh", "megawatts",
        "gigawatts", "volts", "yards", "yard", "storeys", "stories", "floors", "goals", "runs", "wickets", "laps", "sets", "games", "innings", "strokes",
        "bpd", "mhz", "ghz", "gb", "mb", "tb", "pixels", "bits", "calories", "mg", "ml", "magnitude", "knots", "nautical", "horsepower", "hp", "cc", "pages",
        "words", "characters", "minutes", "seconds",
    };

    public FigureClassifier(ProseDocument doc, LexiconSet lex)
    {
        _doc = doc;
        _months = lex[LexiconNames.Months];
        _weekdays = lex[LexiconNames.Weekdays];
        _timeUnits = lex[LexiconNames.TimeUnits];
        _scoreWords = lex[LexiconNames.ScoreVerbs];
        _idioms = lex[LexiconNames.NumberIdioms];
        _claimNouns = lex[LexiconNames.ClaimNouns];
        _claimVerbs = lex[LexiconNames.ClaimVerbs];
        _casualty = lex[LexiconNames.CasualtyWords];
        _unitNouns = lex[LexiconNames.UnitNouns];
        _temporal = lex[LexiconNames.TemporalConnectives];
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
        if ((form & NumberForm.Compound) != 0)
            return IsClaimCompound(_doc.TokenText(v)) ? FigureClass.Statistic : FigureClass.None; // "10-point lead" vs 45-year-old, 10-day
        if ((form & NumberForm.Alphanumeric) != 0 && !money && !percent && (form & NumberForm.Scaled) == 0) return FigureClass.None;
        if (IsListNumbering(n, sentence)) return FigureClass.None;

        // Dates: "Nov. 4", "4 November", "Dec. 6.", "May 2019"
        if (!money && !percent && IsDate(n, sentence)) return FigureClass.None;
        // Years standing alone: 1000–2100 without separators, unless a plural count noun follows ("2000 people")
        if ((form & (NumberForm.Digits | NumberForm.Grouped | NumberForm.Decimal | NumberForm.Money | NumberForm.Percent | NumberForm.Scaled)) == NumberForm.Digits
            && n.Value is >= 1000 and <= 2100 && _doc.TokenText(v).Length == 4 && !FollowedByCountNoun(after, sEnd))
            return FigureClass.None;
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
        if (IsIdiom(n, sentence)) return FigureClass.None;

        if (money) return FigureClass.Money;
        if (percent) return FigureClass.Percent;

        bool words = (form & NumberForm.Words) != 0 && (form & NumberForm.Vague) == 0 && (form & NumberForm.Fraction) == 0;
        bool range = (form & (NumberForm.Pair | NumberForm.Range)) != 0;
        bool small = n.Value is < 10 && (form & NumberForm.Scaled) == 0 && !range;
        int head = HeadNoun(after, sEnd);
        bool claimNoun = head >= 0 && _claimNouns.Contains(_doc.TokenText(head));
        bool casualty = SentenceHas(_casualty, sentence);

        if ((form & NumberForm.Fraction) != 0)
        {
            if (v > sentence.FirstToken && (_doc.TokenIs(v - 1, "the") || _doc.TokenIs(v - 1, "first") || _doc.TokenIs(v - 1, "second") || _doc.TokenIs(v - 1, "last"))) return FigureClass.None;
            return FigureClass.Statistic;
        }
        if ((form & NumberForm.Vague) != 0)
        {
            // "dozens of times", "thousands of years" are not counts
            if (head >= 0 && _timeUnits.Contains(_doc.TokenText(head))) return FigureClass.None;
            return casualty ? FigureClass.Casualty : claimNoun ? FigureClass.People : FigureClass.Quantity;
        }
        if (small && !words && head >= 0 && (_doc.TokenIs(head, "points") || _doc.TokenIs(head, "point") || _doc.TokenIs(head, "seats") || _doc.TokenIs(head, "votes")))
            return FigureClass.Statistic;
        if (words || small)
        {
            if (!(claimNoun || SentenceHas(_claimVerbs, sentence) && head >= 0 && IsPluralNoun(head))) return FigureClass.None;
            return casualty ? FigureClass.Casualty : FigureClass.People;
        }
        if (casualty && (claimNoun || head < 0 || IsPluralNoun(head))) return FigureClass.Casualty;
        if (claimNoun) return FigureClass.People;
        return FigureClass.Statistic;
    }

    private static readonly string[] ClaimCompoundUnits = ["point", "points", "percent", "percentage", "seat", "vote", "billion", "million", "trillion", "member", "person", "strong", "dollar", "pound"];

    private static bool IsClaimCompound(ReadOnlySpan<char> token)
    {
        int dash = token.IndexOfAny('-', '\u2010');
        if (dash < 0) return false;
        var rest = token[(dash + 1)..];
        int next = rest.IndexOfAny('-', '\u2010');
        if (next >= 0) rest = rest[..next];
        foreach (var unit in ClaimCompoundUnits)
            if (rest.Equals(unit, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    public bool IsCasualtyContext(SentenceNode sentence, Lexicon context) => SentenceHas(context, sentence);

    private bool SentenceHas(Lexicon lex, SentenceNode s)
    {
        for (int i = s.FirstToken; i < s.EndToken; i++)
            if (_doc.Tokens[i].Kind == SyntaxKind.Word && lex.MatchAt(_doc, i, s.EndToken) > 0) return true;
        return false;
    }

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
        if (prev >= s.FirstToken && _months.Contains(_doc.TokenText(prev)) && n.Value is >= 1 and <= 31 or >= 1000 and <= 2100) return true;
        int next = n.LastValueToken + 1;
        if (next < s.EndToken && _doc.TokenText(next) is "," && prev >= s.FirstToken && _months.Contains(_doc.TokenText(prev))) return true;
        if (next < s.EndToken && _months.Contains(_doc.TokenText(next)) && n.Value is >= 1 and <= 31) return true;
        if (prev >= s.FirstToken && (_weekdays.Contains(_doc.TokenText(prev))) && n.Value is >= 1 and <= 31) return true;
        if (prev >= s.FirstToken && (_doc.TokenIs(prev, "the")) && next < s.EndToken && _doc.TokenIs(next, "of") && next + 1 < s.EndToken && _months.Contains(_doc.TokenText(next + 1))) return true;
        return false;
    }

    private bool IsTime(int after, int end)
    {
        if (after >= end) return false;
        var w = _doc.TokenText(after);
        return TimeSuffixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w) && !_doc.TokenIs(after, "hours");
    }

    private bool IsDuration(NumberNode n, SentenceNode s)
    {
        int next = n.EndToken;
        // "six hours", "10 years", "one month", "three-day" handled as Compound
        if (next < s.EndToken && _timeUnits.Contains(_doc.TokenText(next))) return true;
        // "more than one month following" is covered above; "2 1/2 years"
        if (next + 1 < s.EndToken && _doc.TokenText(next) is "-" && _timeUnits.Contains(_doc.TokenText(next + 1))) return true;
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
        if (n.FirstToken == v - 1 && prev >= s.FirstToken && (_doc.TokenIs(v - 1, "under") || _doc.TokenIs(v - 1, "over")) && _claimNouns.Contains(_doc.TokenText(prev))) return true;
        if (prev >= s.FirstToken && (_doc.TokenIs(prev, "aged") || _doc.TokenIs(prev, "age") || _doc.TokenIs(prev, "ages"))) return true;
        if (next + 1 < s.EndToken && _doc.TokenIs(next, "years") && _doc.TokenIs(next + 1, "old")) return true;
        _ = v;
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
            if (DocRefs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w)) return true;
            // Route 66, Apollo 11, Flight 370, Windows 10 — a capitalised word right before, not at sentence start
            if (_doc.Tokens[prev].Is(TokenFlags.Capitalized) && prev > s.FirstToken && !_months.Contains(w) && (n.Form & NumberForm.Words) == 0
                && !IsFunctionWord(w)) return true;
        }
        if (prev >= s.FirstToken && _doc.TokenText(prev) is "." && prev - 1 >= s.FirstToken && (_doc.TokenIs(prev - 1, "No") || _doc.TokenIs(prev - 1, "Nos") || _doc.TokenIs(prev - 1, "p") || _doc.TokenIs(prev - 1, "pp") || _doc.TokenIs(prev - 1, "Vol"))) return true;
        if (prev >= s.FirstToken && _doc.TokenText(prev) is "#") return true;
        // "… 6 Capitalised Words Regiment" within 6 tokens
        for (int k = n.EndToken, c = 0; k < s.EndToken && c < 6; k++, c++)
        {
            if (!_doc.Tokens[k].Is(TokenFlags.Capitalized)) break;
            if (_unitNouns.Contains(_doc.TokenText(k))) return true;
        }
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
        if (_doc.TokenIs(after, "points") || _doc.TokenIs(after, "point"))
        {
            // sports points ("scored 30 points") are a record of play; poll and index points are claims
            for (int k = Math.Max(0, after - 4); k < after; k++)
                if (_doc.TokenIs(k, "scored") || _doc.TokenIs(k, "scoring") || _doc.TokenIs(k, "scores")) return true;
            return false;
        }
        return UnitWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(_doc.TokenText(after));
    }

    private bool IsIdiom(NumberNode n, SentenceNode s)
    {
        int v = n.ValueToken;
        for (int start = Math.Max(s.FirstToken, v - 2); start <= v; start++)
        {
            int len = _idioms.MatchAt(_doc, start, s.EndToken);
            if (len > 0 && start + len > v) return true;
        }
        return false;
    }

    private bool IsScoreContext(NumberNode n, SentenceNode s)
    {
        for (int k = Math.Max(s.FirstToken, n.FirstToken - 3); k < Math.Min(s.EndToken, n.EndToken + 3); k++)
            if (k != n.ValueToken && _scoreWords.Contains(_doc.TokenText(k))) return true;
        return false;
    }

    private bool FollowedByCountNoun(int after, int end)
    {
        int head = HeadNoun(after, end);
        return head >= 0 && (IsPluralNoun(head) || _claimNouns.Contains(_doc.TokenText(head)));
    }

    /// <summary>The head noun after a number: skip up to two adjectives or capitalised modifiers ("300 Ukrainian soldiers").</summary>
    public int HeadNoun(int after, int end)
    {
        for (int k = after, c = 0; k < end && c < 3; k++, c++)
        {
            var tok = _doc.Tokens[k];
            if (tok.Kind != SyntaxKind.Word) return -1;
            var w = _doc.TokenText(k);
            if (_claimNouns.Contains(w) || _timeUnits.Contains(w)) return k;
            if (IsPluralNoun(k) && !tok.Is(TokenFlags.Capitalized)) return k;
            if (w.Equals("of", StringComparison.OrdinalIgnoreCase) || w.Equals("more", StringComparison.OrdinalIgnoreCase)) continue;
        }
        return after < end && _doc.Tokens[after].Kind == SyntaxKind.Word ? after : -1;
    }

    private bool IsPluralNoun(int k)
    {
        var w = _doc.TokenText(k);
        return w.Length > 3 && (w[^1] == 's' || w[^1] == 'S') && w[^2] != 's' && w[^2] != 'u' && w[^2] != 'i'
               && !w.EndsWith("ous", StringComparison.OrdinalIgnoreCase) && !_doc.Tokens[k].Is(TokenFlags.Apostrophe);
    }
}
