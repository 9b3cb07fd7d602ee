using CopyLint.Core.Lexicons;
using CopyLint.Core.Syntax;

namespace CopyLint.Rules.BuiltIn.Attribution;

/// <summary>Exemptions for figures on the public record (deal prices, funds, awards, stakes) and for loose descriptions.</summary>
public sealed partial class FigureClassifier
{
    /// <summary>Words that stop the look for a deal noun after an amount ("$2bn in fines" is not "a $2bn fine").</summary>
    private static readonly HashSet<string> DealStops = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "of", "for", "to", "from", "on", "by", "with", "and", "or", "than", "a", "an", "the", "at", "as", "over", "per", "each", "this", "last", "next",
    };

    /// <summary>
    /// The size of a deal, fund, award, penalty, levy or stake on the public record: "a $9.5 billion lifeline", "a 10% tax",
    /// "Turkcell's 70% controlling stake", "sold … to Rosneft for $9.3bn", "a lifeline … worth up to $8 billion", "owns 6.7% of".
    /// </summary>
    private bool IsDealFigure(NumberNode n, SentenceNode s)
    {
        // "$55.67 a barrel": a commodity price
        if ((n.Form & NumberForm.Money) != 0 && n.EndToken + 1 < s.EndToken && (_doc.TokenIs(n.EndToken, "a") || _doc.TokenIs(n.EndToken, "per") || _doc.TokenIs(n.EndToken, "an"))
            && CommodityUnits.ContainsWord(_doc.TokenText(n.EndToken + 1))) return true;
        // a deal noun as the amount's head, behind at most two modifiers ("$1.9 billion Zika funding package"), after a converted amount
        int from = SkipBrackets(n.EndToken, s.EndToken);
        if (from + 3 < s.EndToken && _doc.TokenIs(from, "as") && _doc.TokenIs(from + 1, "part") && _doc.TokenIs(from + 2, "of"))
        {
            from += 3; // "$2bn as part of the settlement"
            if (_doc.TokenIs(from, "the") || _doc.TokenIs(from, "a") || _doc.TokenIs(from, "an") || _doc.TokenIs(from, "its") || _doc.TokenIs(from, "their")) from++;
        }
        for (int k = from, c = 0; k < s.EndToken && c < 3; k++, c++)
        {
            if (_doc.Tokens[k].Kind != SyntaxKind.Word || DealStops.ContainsWord(_doc.TokenText(k))) break;
            if (_l.DealNouns.MatchAt(_doc, k, s.EndToken) > 0) return true;
        }
        // "35% off", "paying £328m to buy Tibbett & Britten"
        if (n.EndToken < s.EndToken && _doc.TokenIs(n.EndToken, "off")) return true;
        if (n.EndToken + 1 < s.EndToken && _doc.TokenIs(n.EndToken, "to") && _l.DealVerbs.Contains(_doc, n.EndToken + 1)) return true;
        int prev = n.FirstToken - 1;
        if (prev < s.FirstToken) return false;
        // "for $9.3bn" after a verb of buying or selling in the same sentence
        if (_doc.TokenIs(prev, "for"))
            for (int k = prev - 1; k >= s.FirstToken; k--)
                if (_doc.Tokens[k].Kind == SyntaxKind.Word && _l.DealVerbs.Contains(_doc, k)) return true;
        // "valuing the company at $35bn"
        if (_doc.TokenIs(prev, "at"))
            for (int k = prev - 1; k >= Math.Max(s.FirstToken, prev - 5); k--)
                if (_doc.TokenIs(k, "valuing") || _doc.TokenIs(k, "valued") || _doc.TokenIs(k, "values") || _doc.TokenIs(k, "priced")) return true;
        // "a lifeline from investor SoftBank worth up to $8 billion", "a deal valued at $2bn"
        bool worth = _doc.TokenIs(prev, "worth") || (_doc.TokenIs(prev, "at") && prev - 1 >= s.FirstToken && _doc.TokenIs(prev - 1, "valued"));
        if (worth)
            for (int k = prev - 1; k >= Math.Max(s.FirstToken, prev - 8); k--)
                if (_doc.Tokens[k].Kind == SyntaxKind.Word && _l.DealNouns.Contains(_doc, k)) return true;
        // "$4, or three euros": a conversion after a comma
        if (_doc.TokenIs(prev, "or") && prev - 1 >= s.FirstToken && _doc.TokenText(prev - 1) is "," && n.Index > 0
            && _doc.Numbers[n.Index - 1].Sentence == s.Index && _doc.Numbers[n.Index - 1].EndToken == prev - 1 && (_doc.Numbers[n.Index - 1].Form & NumberForm.Money) != 0) return true;
        // "already owns 6.7% of Circuit City's shares": a holding
        if ((n.Form & NumberForm.Percent) != 0 && (_doc.TokenIs(prev, "owns") || _doc.TokenIs(prev, "owned") || _doc.TokenIs(prev, "holds") || _doc.TokenIs(prev, "held")))
            return true;
        // "The UK-Dutch group will own 30% of the project": a holding under the deal
        if ((n.Form & NumberForm.Percent) != 0 && (_doc.TokenIs(prev, "own") || _doc.TokenIs(prev, "hold")) && prev - 1 >= s.FirstToken
            && (_doc.TokenIs(prev - 1, "will") || _doc.TokenIs(prev - 1, "would") || _doc.TokenIs(prev - 1, "to") || _doc.TokenIs(prev - 1, "'ll")))
            return true;
        return false;
    }

    /// <summary>"the fourth quarter of 2004", "two previous quarters": a period, not a fraction.</summary>
    private bool IsPeriodQuarter(NumberNode n, SentenceNode s)
    {
        var w = _doc.TokenText(n.ValueToken);
        if (!w.StartsWith("quarter", StringComparison.OrdinalIgnoreCase)) return false;
        int prev = n.ValueToken - 1;
        if (prev < s.FirstToken) return false;
        var p = _doc.TokenText(prev);
        return IsNumberToken(prev) || p.EndsWith("th", StringComparison.OrdinalIgnoreCase)
            || PeriodWords.ContainsWord(p);
    }

    private static readonly HashSet<string> PeriodWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "first", "second", "third", "fourth", "final", "last", "previous", "current", "same", "this", "that", "next", "latest", "calendar", "fiscal", "financial", "consecutive", "straight", "each", "every",
    };

    /// <summary>"$27.5bn (£14.5bn) back tax bill": the first token after a bracketed conversion.</summary>
    private int SkipBrackets(int k, int end)
    {
        if (k >= end || _doc.TokenText(k) is not "(") return k;
        for (int i = k + 1; i < Math.Min(end, k + 12); i++)
            if (_doc.TokenText(i) is ")") return i + 1;
        return k;
    }

    /// <summary>Tokens before and after an amount searched for a money-claim cue: the cue belongs to the amount's clause.</summary>
    private const int MoneyCueBefore = 12, MoneyCueAfter = 8;

    /// <summary>An amount is a claim when its clause says it was spent, raised, earned, lost, owed or measured (see money-claim-cues).</summary>
    private bool IsMoneyClaim(NumberNode n, SentenceNode s)
    {
        int end = Math.Min(s.EndToken, n.EndToken + MoneyCueAfter);
        for (int i = Math.Max(s.FirstToken, n.FirstToken - MoneyCueBefore); i < end; i++)
        {
            if (_doc.Tokens[i].Kind != SyntaxKind.Word || _doc.Tokens[i].Is(TokenFlags.InQuote)) continue;
            if (IsMoneyCueLemma(i) || _l.MoneyCues.MatchAt(_doc, i, s.EndToken) > 0) return true;
        }
        return false;
    }

    // Money cues and their forms: the windows of neighbouring amounts overlap.
    private Evidence.LemmaMemo _moneyCueLemma;

    private bool IsMoneyCueLemma(int i) => _moneyCueLemma.Has(_doc, i);

    /// <summary>"The 12 affected by the ruling …" (a sentence opening "The N"), "the other 28 people", "those 250 million Indians": a count told before.</summary>
    private bool IsAnaphoricCount(NumberNode n, SentenceNode s)
    {
        int prev = n.FirstToken - 1;
        if (prev < s.FirstToken || n.FirstToken != n.ValueToken) return false;
        if (prev == s.FirstToken && _doc.TokenText(prev).Equals("The", StringComparison.Ordinal)) return true;
        if (_doc.TokenIs(prev, "those") || _doc.TokenIs(prev, "these")) return true;
        // "… replacing UK representation in another 11.": the noun was named before and is left out
        if (_doc.TokenIs(prev, "another") && (n.EndToken >= s.EndToken || _doc.Tokens[n.EndToken].Kind == SyntaxKind.Punctuation)) return true;
        // "with foreign films taking the remaining 62.5%": what is left of a whole told before
        if (_doc.TokenIs(prev, "remaining") && prev - 1 >= s.FirstToken && _doc.TokenIs(prev - 1, "the")
            && (n.EndToken >= s.EndToken || _doc.Tokens[n.EndToken].Kind == SyntaxKind.Punctuation)) return true;
        return _doc.TokenIs(prev, "other") && prev - 1 >= s.FirstToken && _doc.TokenIs(prev - 1, "the");
    }

    /// <summary>"11 nominations", "one of 13 partners", "employs 7,600 workers", "a fleet of 270 aircraft": a record or a profile.</summary>
    private bool IsRecordCount(NumberNode n, SentenceNode s)
    {
        int head = HeadNoun(n.EndToken, s.EndToken);
        if (head >= 0 && _l.RecordNouns.Contains(_doc, head)) return true;
        // "our picks for the 10 best deals": the size of a ranked list
        if (n.FirstToken > s.FirstToken && _doc.TokenIs(n.FirstToken - 1, "the") && n.EndToken < s.EndToken
            && (_doc.TokenIs(n.EndToken, "best") || _doc.TokenIs(n.EndToken, "top") || _doc.TokenIs(n.EndToken, "biggest") || _doc.TokenIs(n.EndToken, "worst") || _doc.TokenIs(n.EndToken, "greatest"))) return true;
        int prev = n.FirstToken - 1;
        if (prev < s.FirstToken) return false;
        if (_doc.TokenIs(prev, "employs") || _doc.TokenIs(prev, "employing") || _doc.TokenIs(prev, "employ") || _doc.TokenIs(prev, "employed")) return true;
        // "Amicus has 1.2 million members", "the market leader, with 474,000 subscribers": the size of an organisation
        if ((_doc.TokenIs(prev, "has") || _doc.TokenIs(prev, "have") || _doc.TokenIs(prev, "had") || _doc.TokenIs(prev, "with")) && head >= 0 && _l.Membership.Contains(_doc, head))
            return true;
        return _doc.TokenIs(prev, "of") && prev - 1 >= s.FirstToken && (_doc.TokenIs(prev - 1, "fleet") || _doc.TokenIs(prev - 1, "workforce"));
    }

    /// <summary>"The Bank of England has left interest rates on hold at 4.75%", "raised the limit … from 49% to 74%": a set level before the figure.</summary>
    private bool IsPolicyLevel(NumberNode n, SentenceNode s) => _l.PolicyLevels.OccursIn(_doc, s.FirstToken, n.FirstToken, skipQuoted: true);

    /// <summary>Words between an entitlement cue and its figure: "entitled to [a maximum of] 90%", "mandating that 2 percent".</summary>
    private const int EntitlementWindow = 4;

    /// <summary>
    /// A cue of the list ends at most a few words before the figure, in the same clause. With entitlement-cues: "mothers are entitled to 90% of
    /// earnings", "a law mandating that 2 percent of profits", "able to sell up to 49%", "has offered an 8% increase" (a rule, permission or offer).
    /// </summary>
    private bool CueBefore(Core.Lexicons.Lexicon cues, NumberNode n, SentenceNode s)
    {
        int from = Math.Max(s.FirstToken, n.FirstToken - EntitlementWindow - 3);
        var probe = cues.ProbeFor(_doc); // a bit test skips the starts no entry begins with
        for (int i = n.FirstToken - 1; i >= from; i--)
        {
            var tok = _doc.Tokens[i];
            if (tok.Kind != SyntaxKind.Word) { if (_doc.TokenText(i) is "," or ";" or ":" or "(" or ")" or "-" or "\u2014" or "\u2013") return false; continue; }
            if (tok.Is(TokenFlags.InQuote)) continue;
            for (int start = Math.Max(from, i - 2); start <= i; start++)
            {
                if (!probe.May(start)) continue;
                int len = cues.MatchAt(_doc, start, n.FirstToken);
                if (len > 0 && start + len - 1 == i && n.FirstToken - (start + len) <= EntitlementWindow) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "won by the more modest margin of 20 points", "lost by 13 points", "its majority cut to just 14": a declared result of a vote (election-results),
    /// unless the figure is a share of a group ("a majority of 54% of independents") or a count of people.
    /// </summary>
    private bool IsElectionResult(NumberNode n, SentenceNode s)
    {
        if (!CueBefore(_l.ElectionResults, n, s)) return false;
        if (n.EndToken < s.EndToken && _doc.TokenIs(n.EndToken, "of")) return false;
        int head = HeadNoun(n.EndToken, s.EndToken);
        return head < 0 || !_l.ClaimNouns.Contains(_doc, head) || _l.CivicUnits.Contains(_doc, head);
    }

    /// <summary>Words an aim (figure-intent) may stand before its figure: "called on the government to … free or charge 12 detainees".</summary>
    private const int AimWindow = 12;

    /// <summary>A cue of the list starts at most <paramref name="window"/> tokens before the figure, in the same sentence and outside quotes.</summary>
    private bool CueWithin(Core.Lexicons.Lexicon cues, NumberNode n, SentenceNode s, int window) =>
        cues.OccursIn(_doc, Math.Max(s.FirstToken, n.FirstToken - window), n.FirstToken, skipQuoted: true);

    /// <summary>
    /// "Colombia has a population of about 44 million", "India's population of more than a billion", "lists the population of the town that year
    /// as 21,090": the size of a place's population is a profile on the record ("the prison population stood at 200,000" stays a claim).
    /// </summary>
    private bool IsPopulationSize(NumberNode n, SentenceNode s)
    {
        int k = n.FirstToken - 1;
        if (k - 1 >= s.FirstToken && _doc.TokenIs(k, "of") && _doc.TokenIs(k - 1, "population")) return true;
        // "the population of the town that year as 21,090"
        if (k >= s.FirstToken && _doc.TokenIs(k, "as"))
            for (int i = k - 1; i >= Math.Max(s.FirstToken, k - 8); i--)
                if (_doc.TokenIs(i, "population") && i + 1 < k && _doc.TokenIs(i + 1, "of")) return true;
        return false;
    }

    private static readonly HashSet<string> Possessives = new(StringComparer.OrdinalIgnoreCase) { "his", "her", "their", "its", "our", "my" };

    /// <summary>
    /// "two of his six children", "WeWork's 12,000 employees", "mobilise her 2.1 million members": a count owned by someone named is the size of a
    /// family, firm or organisation (a profile), not a count of what happened. Not in a casualty sentence ("its 300 dead").
    /// </summary>
    private bool IsPossessedCount(NumberNode n, SentenceNode s)
    {
        int prev = n.FirstToken - 1;
        if (prev < s.FirstToken) return false;
        if (CountsEvents(n, s)) return false; // "Ford's 3,000 job cuts": what happened, not what it has
        // "Amicus' 20,000": a plural possessive whose apostrophe stands as its own token
        if (_doc.TokenText(prev) is "'" or "\u2019" && prev - 1 >= s.FirstToken && _doc.Tokens[prev - 1].Kind == SyntaxKind.Word
            && _doc.Tokens[prev - 1].Span.End == _doc.Tokens[prev].Span.Start && _doc.TokenText(prev - 1).EndsWith("s", StringComparison.OrdinalIgnoreCase)
            && _doc.Tokens[prev - 1].Is(TokenFlags.Capitalized))
            return !SentenceHas(_l.Casualty, s);
        if (_doc.Tokens[prev].Kind != SyntaxKind.Word) return false;
        var w = _doc.TokenText(prev);
        bool possessive = _doc.Tokens[prev].Is(TokenFlags.Apostrophe) && (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("\u2019s", StringComparison.Ordinal) || w.EndsWith("s'", StringComparison.Ordinal) || w.EndsWith("s\u2019", StringComparison.Ordinal));
        bool owned = Possessives.ContainsWord(w)
            || (possessive && _doc.Tokens[prev].Is(TokenFlags.Capitalized))
            || (possessive && w.Length > 2 && _l.Places.Contains(w[..^2])); // "the country's 1.3 billion people"
        return owned && !SentenceHas(_l.Casualty, s);
    }

    private static readonly HashSet<string> RankWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "chart", "charts", "list", "place", "position", "ranked", "ranking", "rankings", "spot", "table", "countdown", "poll", "top",
    };

    /// <summary>
    /// "… Dizzee Rascal in at number 12 and The Zutons at 20", "the Eurythmics wound up at a lowly 38": a bare number after "at" (an adjective or "a"
    /// between them), with no noun after it, in a sentence about a chart or list, is a position, not a count.
    /// </summary>
    private bool IsRankPosition(NumberNode n, SentenceNode s)
    {
        if (n.FirstToken != n.ValueToken || (n.Form & ~NumberForm.Digits) != 0 || n.Value is null or > 500) return false;
        // "Their album moved from 13 to number four": a move between chart places
        if (n.FirstToken > s.FirstToken && _doc.TokenIs(n.FirstToken - 1, "from") && n.EndToken + 1 < s.EndToken && _doc.TokenIs(n.EndToken, "to")
            && (_doc.TokenIs(n.EndToken + 1, "number") || _doc.TokenIs(n.EndToken + 1, "No"))) return true;
        if (n.EndToken < s.EndToken && _doc.Tokens[n.EndToken].Kind == SyntaxKind.Word) return false;
        int k = n.FirstToken - 1;
        if (k >= s.FirstToken && _doc.Tokens[k].Kind == SyntaxKind.Word && !_doc.TokenIs(k, "at")) k--; // "a lowly"
        if (k >= s.FirstToken && (_doc.TokenIs(k, "a") || _doc.TokenIs(k, "an"))) k--;
        if (k < s.FirstToken || !_doc.TokenIs(k, "at")) return false;
        for (int i = s.FirstToken; i < s.EndToken; i++)
            if (_doc.Tokens[i].Kind == SyntaxKind.Word && (RankWords.ContainsWord(_doc.TokenText(i)) || DocRefs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(_doc.TokenText(i)) && _doc.TokenIs(i, "number"))) return true;
        return false;
    }

    /// <summary>Counts under this size of things that are not people are descriptions unless an approximator makes them an estimate.</summary>
    private const double DescriptiveCountLimit = 1000;

    /// <summary>"has made 25 films", "stitching together 600 single snaps": an exact, modest count of things, not people.</summary>
    private bool IsDescriptiveCount(NumberNode n, int head)
    {
        if (n.FirstToken != n.ValueToken || n.Value is null or >= DescriptiveCountLimit) return false;
        if ((n.Form & (NumberForm.Scaled | NumberForm.Vague | NumberForm.Range | NumberForm.Pair | NumberForm.Fraction)) != 0) return false;
        if (head < 0 || !IsPluralNoun(head) || _l.CivicUnits.Contains(_doc, head)) return false;
        int prev = n.FirstToken - 1;
        if (prev - 1 >= 0 && _doc.TokenIs(prev, "of") && _doc.TokenIs(prev - 1, "out")) return false; // "four out of 11 times": a ratio
        return true;
    }

    private static readonly HashSet<string> CommodityUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "barrel", "ounce", "tonne", "ton", "gallon", "bushel", "troy", "pound", "kilo", "kilogram", "litre", "liter",
    };

    private static readonly HashSet<string> ScoreNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "score", "scores", "rating", "ratings", "grade", "grades", "index", "reading", "readings", "mark", "marks",
    };

    /// <summary>"single-core scores increased from 1061 to 1128": a figure in the clause of a score or rating noun just before it.</summary>
    private bool FollowsScoreNoun(NumberNode n, SentenceNode s)
    {
        for (int k = n.FirstToken - 1, c = 0; k >= s.FirstToken && c < 5; k--, c++)
        {
            if (_doc.Tokens[k].Kind != SyntaxKind.Word) return false;
            if (ScoreNouns.ContainsWord(_doc.TokenText(k))) return true;
        }
        return false;
    }

    /// <summary>"the new machine scored a 129", "ratings of 999", "a total score of 2072": a test score or rating, not a count.</summary>
    private bool IsScoreValue(NumberNode n, SentenceNode s, int head)
    {
        if (n.FirstToken != n.ValueToken || (n.Form & ~(NumberForm.Digits | NumberForm.Grouped | NumberForm.Decimal)) != 0) return false;
        int prev = n.FirstToken - 1;
        if (prev < s.FirstToken) return false;
        bool countNoun = head >= 0 && (IsPluralNoun(head) || _l.ClaimNouns.Contains(_doc, head));
        if ((_doc.TokenIs(prev, "a") || _doc.TokenIs(prev, "an")) && !countNoun) return true;
        return _doc.TokenIs(prev, "of") && prev - 1 >= s.FirstToken && ScoreNouns.ContainsWord(_doc.TokenText(prev - 1));
    }

    /// <summary>"2,000 times faster than …", "computational speed has leaped 500,000 times": a ratio worked out, not a count ("four out of 11 times" stays).</summary>
    private bool IsMultiplier(NumberNode n, SentenceNode s, int head)
    {
        if (head != n.EndToken || !_doc.TokenIs(head, "times")) return false;
        int prev = n.FirstToken - 1;
        return !(prev - 1 >= s.FirstToken && _doc.TokenIs(prev, "of") && _doc.TokenIs(prev - 1, "out"));
    }

    private Evidence.NodeCache<bool> _addressesReader;

    /// <summary>The sentence's narration speaks to the reader ("you", "your"; see second-person).</summary>
    private bool AddressesReader(SentenceNode s)
    {
        if (_addressesReader.TryGetValue(s.Index, out bool cached)) return cached;
        bool result = false;
        var probe = _l.SecondPerson.ProbeFor(_doc);
        for (int i = s.FirstToken; i < s.EndToken && !result; i++)
            result = probe.May(i) && _doc.Tokens[i].Kind == SyntaxKind.Word && !_doc.Tokens[i].Is(TokenFlags.InQuote) && _l.SecondPerson.Contains(_doc, i);
        _addressesReader.Set(s.Index, result);
        return result;
    }

    /// <summary>"a few thousand visitors", "the many hundreds of extras", "several hundred": a loose amount, not a counted claim.</summary>
    private bool IsLooseQuantity(NumberNode n, SentenceNode s)
    {
        for (int k = Math.Max(s.FirstToken, n.FirstToken - 1); k < n.ValueToken; k++)
            if (_doc.TokenIs(k, "few") || _doc.TokenIs(k, "many") || _doc.TokenIs(k, "several")) return true;
        return false;
    }

    /// <summary>"… from just 0.3% in 2003 and 0.4% in 2002": a range whose first term is a year after a preposition joins a date to the next figure.</summary>
    private bool IsYearLedRange(NumberNode n, SentenceNode s)
    {
        if ((n.Form & (NumberForm.Range | NumberForm.Pair)) == 0 || n.FirstToken != n.ValueToken || !IsYearToken(n.ValueToken)) return false;
        int prev = n.FirstToken - 1;
        return prev >= s.FirstToken && YearPrepositions.ContainsWord(_doc.TokenText(prev));
    }

    /// <summary>"number one in 1984": a ratio whose second term is a year with no count noun after it is a position in time, not a share.</summary>
    private bool IsYearRatio(NumberNode n, SentenceNode s)
    {
        if (n.LastValueToken == n.ValueToken || !IsYearToken(n.LastValueToken)) return false;
        if (n.LastValueToken - 1 <= n.ValueToken || !_doc.TokenIs(n.LastValueToken - 1, "in")) return false;
        return !FollowedByCountNoun(n.EndToken, s.EndToken);
    }

    /// <summary>"the 2002 and 2003 London races", "1999-2001": two years joined, whatever noun follows.</summary>
    private bool IsYearPair(NumberNode n)
    {
        if (n.LastValueToken == n.ValueToken || (n.Form & (NumberForm.Money | NumberForm.Percent | NumberForm.Scaled | NumberForm.Grouped | NumberForm.Decimal)) != 0) return false;
        return IsYearToken(n.ValueToken) && IsYearToken(n.LastValueToken);
    }

    private bool IsYearToken(int k)
    {
        var w = _doc.TokenText(k);
        return w.Length == 4 && w[0] is '1' or '2' && (w.StartsWith("19", StringComparison.Ordinal) || w.StartsWith("20", StringComparison.Ordinal)) && char.IsDigit(w[3]);
    }

    /// <summary>"between 2200 and 0700": two four-digit clock times, one of them with a leading zero.</summary>
    private bool IsClockPair(NumberNode n)
    {
        if (n.LastValueToken == n.ValueToken) return false;
        return IsClockTime(n.ValueToken) && IsClockTime(n.LastValueToken)
            && (_doc.TokenText(n.ValueToken)[0] == '0' || _doc.TokenText(n.LastValueToken)[0] == '0');
    }

    private bool IsClockTime(int k)
    {
        var w = _doc.TokenText(k);
        if (w.Length != 4) return false;
        foreach (var c in w) if (!char.IsDigit(c)) return false;
        return (w[0] - '0') * 10 + (w[1] - '0') <= 23 && (w[2] - '0') * 10 + (w[3] - '0') <= 59;
    }

    /// <summary>"aimed at 11 to 14-year-olds": an age band.</summary>
    private bool IsAgeBand(NumberNode n)
    {
        var w = _doc.TokenText(n.LastValueToken);
        return w.Contains("-year-old", StringComparison.OrdinalIgnoreCase) || w.Contains("-years-old", StringComparison.OrdinalIgnoreCase); // "aged between 18 to 25-years-old"
    }

    /// <summary>A bare group of digits right after another one ("0800 555 111", "0845 8 505 505"): part of a phone number or code.</summary>
    private bool IsDigitGroup(int k)
    {
        if (!IsBareDigits(k)) return false;
        var w = _doc.TokenText(k);
        return w.Length >= 3 || w[0] == '0' || (k > 0 && IsBareDigits(k - 1));
    }

    private bool IsBareDigits(int k)
    {
        if (_doc.Tokens[k].Kind != SyntaxKind.NumberToken) return false;
        var w = _doc.TokenText(k);
        if (w.Length == 0) return false;
        foreach (var c in w) if (!char.IsDigit(c)) return false;
        return true;
    }

    private static readonly HashSet<string> EmergencyCallWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "call", "called", "calling", "calls", "dial", "dialed", "dialled", "dialing", "dialling", "dispatcher", "dispatchers", "operator", "operators", "emergency", "center", "centre", "system",
    };

    /// <summary>"called 911", "make 911 calls", "dial 999": an emergency number.</summary>
    private bool IsEmergencyNumber(NumberNode n, SentenceNode s)
    {
        var w = _doc.TokenText(n.ValueToken);
        if (!(w is "911" or "999" or "112" or "000")) return false;
        int prev = n.FirstToken - 1, next = n.EndToken;
        return (prev >= s.FirstToken && EmergencyCallWords.ContainsWord(_doc.TokenText(prev))) || (next < s.EndToken && EmergencyCallWords.ContainsWord(_doc.TokenText(next)));
    }

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "I", "we", "you" };

    /// <summary>"a file called: 7610.extended.theme.manager.zip": digits glued to a dotted name.</summary>
    private bool IsFileName(NumberNode n)
    {
        int next = n.EndToken;
        if (next + 1 >= _doc.Tokens.Length || _doc.TokenText(next) is not ".") return false;
        var tok = _doc.Tokens[next];
        var after = _doc.Tokens[next + 1];
        return _doc.Tokens[next - 1].Span.End == tok.Span.Start && tok.Span.End == after.Span.Start && after.Kind == SyntaxKind.Word && !after.Is(TokenFlags.Capitalized);
    }

    /// <summary>"the 7610 phone", "its new 777 plane": bare digits between a determiner or modifier and a singular noun name a model.</summary>
    private bool IsModelNumber(NumberNode n, SentenceNode s)
    {
        if (n.Form != NumberForm.Digits || n.FirstToken != n.ValueToken || n.Value is null or < 100) return false;
        int prev = n.FirstToken - 1, next = n.EndToken;
        if (prev < s.FirstToken || next >= s.EndToken || _doc.Tokens[prev].Kind != SyntaxKind.Word || _doc.Tokens[next].Kind != SyntaxKind.Word) return false;
        if (_doc.Tokens[next].Is(TokenFlags.Capitalized) || IsPluralNoun(next) || _l.ClaimNouns.Contains(_doc, next) || _l.TimeUnits.Contains(_doc, next)) return false;
        return ModelNouns.ContainsWord(_doc.TokenText(next));
    }

    private static readonly HashSet<string> ModelNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "phone", "handset", "plane", "jet", "airliner", "aircraft", "model", "series", "chip", "processor", "engine", "console", "camera", "car", "laptop", "tablet", "router", "printer",
    };

    private static readonly HashSet<string> LifeStageWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "adult", "adults", "age", "aged", "retire", "retired", "retirement", "school", "died", "dies", "death", "married", "wed", "debut", "career", "joined", "left", "started", "began", "pregnant", "orphaned", "child", "boy", "girl",
    };

    /// <summary>"legally adults at 18", "left school at 14", "died in Germany at 50": a small bare number after "at" that closes a clause about a life.</summary>
    private bool IsLifeStageAt(NumberNode n, SentenceNode s)
    {
        int prev = n.FirstToken - 1, next = n.EndToken;
        if (prev <= s.FirstToken || n.Value is null or > 110 || (n.Form & ~(NumberForm.Digits | NumberForm.Words)) != 0) return false;
        bool closes = next >= s.EndToken || _doc.TokenText(next) is "," or "." or ";" or ")";
        // "when she was 14.", "until he was 11,"
        if (closes && prev - 2 >= s.FirstToken && (_doc.TokenIs(prev, "was") || _doc.TokenIs(prev, "is") || _doc.TokenIs(prev, "were"))
            && Pronouns.ContainsWord(_doc.TokenText(prev - 1)) && (_doc.TokenIs(prev - 2, "when") || _doc.TokenIs(prev - 2, "until") || _doc.TokenIs(prev - 2, "since") || _doc.TokenIs(prev - 2, "before") || _doc.TokenIs(prev - 2, "after")))
            return true;
        if (!_doc.TokenIs(prev, "at")) return false;
        // "left school at 14 to work as a miner": a clause of purpose may follow when the life word is close
        bool purpose = next + 1 < s.EndToken && _doc.TokenIs(next, "to") && _doc.Tokens[next + 1].Kind == SyntaxKind.Word;
        if (next < s.EndToken && !purpose && _doc.TokenText(next) is not ("," or "." or ";" or ")" or "-" or "\u2014" or "\u2013")) return false;
        for (int k = Math.Max(s.FirstToken, prev - (purpose ? 3 : 8)); k < prev; k++)
            if (LifeStageWords.ContainsWord(_doc.TokenText(k))) return true;
        return false;
    }

    /// <summary>The count's noun, within three words and before any grammar word, counts events (event-counts: "3,000 job cuts", "200 murders").</summary>
    private bool CountsEvents(NumberNode n, SentenceNode s)
    {
        for (int k = n.EndToken, c = 0; k < s.EndToken && c < 3; k++, c++)
        {
            if (_doc.Tokens[k].Kind != SyntaxKind.Word || Connectives.ContainsWord(_doc.TokenText(k))) return false;
            if (_l.EventCounts.Contains(_doc, k)) return true;
        }
        return false;
    }
}
