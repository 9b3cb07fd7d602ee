using CopyLint.Core.Lexicons;
using CopyLint.Core.Parsing;
using System.Globalization;
using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;
using CopyLint.Core.Fixes;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;
using CopyLint.Rules.BuiltIn.Sourcing;
using CopyLint.Rules.Lexicons;
using Humanizer;

namespace CopyLint.Rules.BuiltIn.Style;

/// <summary>
/// CL0010 (off by default): AP numerals in narration. Spell out one to nine in general use ("3 soldiers" → "three
/// soldiers", via Humanizer ToWords) but not ages, percentages, money, units, dates, times, scores, ranks or
/// designations; figures for 10 and up ("twenty-two" → "22", via Humanizer ToNumber) except at a sentence start; no
/// sentence starts with a figure other than a year; "%" (house option percentStyle); no ordinal suffix on dates; AP
/// month abbreviations with a date; at most two decimals; optional preferMoreThan ("over 10" → "more than 10").
/// </summary>
public sealed class CL0010NumeralStyle : Analyzer
{
    public const string Id = "CL0010";

    public static readonly DiagnosticDescriptor Rule = new(
        Id, "Numeral style (AP)",
        "{0}",
        "Style", DiagnosticSeverity.Info, isEnabledByDefault: false,
        description: "AP numerals: spell out one to nine, use figures for 10 and above and for ages, %, money, dimensions, dates and times.")
    {
        Options =
        [
            new(PercentStyleOption, RuleOptionKind.String, ["%", "percent"]),
            new(PreferMoreThanOption, RuleOptionKind.Boolean),
        ],
    };

    /// <summary>Option names (see <see cref="DiagnosticDescriptor.Options"/>).</summary>
    public const string PercentStyleOption = "percentStyle", PreferMoreThanOption = "preferMoreThan";

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(AnalyzeSentence, SyntaxKind.Sentence);

    private static readonly CultureInfo English = EnglishNumberCulture.Instance;

    private static readonly HashSet<string> UnitWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "percent", "pct", "%", "feet", "foot", "ft", "inch", "inches", "in.", "yard", "yards", "mile", "miles", "mph", "km", "kilometers", "kilometres", "meter",
        "meters", "metre", "metres", "cm", "mm", "kg", "kilograms", "grams", "g", "pounds", "lb", "lbs", "ounces", "oz", "tons", "tonnes", "degrees", "acres",
        "hectares", "liters", "litres", "gallons", "a.m.", "p.m.", "am", "pm", "points", "point", "goals", "runs", "seconds", "minutes", "hours", "days", "weeks",
        "months", "years", "year", "day", "week", "month", "hour", "minute", "second", "times", "to", "x", "million", "billion", "trillion", "cents", "dollars",
        "euros", "yen", "won", "per", "innings", "sets", "games", "strokes", "wickets", "seeds", "stars", "mbps", "gb", "mb", "kb", "ghz", "mw", "kw", "gw", "volts",
    };
    private static readonly Dictionary<string, string> ApMonths = new(StringComparer.Ordinal)
    {
        ["January"] = "Jan.", ["February"] = "Feb.", ["August"] = "Aug.", ["September"] = "Sept.", ["October"] = "Oct.", ["November"] = "Nov.", ["December"] = "Dec.",
        ["Mar"] = "March", ["Apr"] = "April", ["Jun"] = "June", ["Jul"] = "July", ["Sep"] = "Sept.",
    };

    private static void AnalyzeSentence(NodeAnalysisContext ctx)
    {
        var doc = ctx.Document;
        var s = ctx.Sentence!;
        if (!NewsroomText.IsBody(doc, s)) return;
        var options = ctx.OptionsFor(Id);
        // The sentence's numbers by index (an iterator object per sentence was this rule's largest allocation).
        var (start, end) = doc.NumberRangeOfSentence(s.Index);
        for (int k = start; k < end; k++)
        {
            var n = doc.Numbers[k];
            if (n.IsInQuote || doc.Tokens[n.ValueToken].Is(TokenFlags.InQuote)) continue;
            CheckNumber(ctx, s, n, options);
        }
        CheckMonths(ctx, s);
    }

    private static void CheckNumber(NodeAnalysisContext ctx, SentenceNode s, NumberNode n, RuleOptions options)
    {
        var doc = ctx.Document;
        var valueText = doc.Text.ToString(n.ValueSpan);
        bool initial = NewsroomText.IsSentenceInitial(doc, s, n.ValueToken);
        bool digits = (n.Form & NumberForm.Digits) != 0;
        const NumberForm Special = NumberForm.Percent | NumberForm.Money | NumberForm.Range | NumberForm.Scaled | NumberForm.Alphanumeric | NumberForm.Decimal
            | NumberForm.Compound | NumberForm.Pair | NumberForm.Ordinal | NumberForm.Fraction | NumberForm.Vague | NumberForm.Grouped;
        // more than two decimals
        if ((n.Form & NumberForm.Decimal) != 0 && DecimalPlaces(valueText) > 2 && double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var dv))
        {
            var rounded = Math.Round(dv, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
            Report(ctx, n.ValueSpan, $"'{valueText}' has more than two decimals. Round it (AP)",
                CodeFix.Replace($"Round to '{rounded}'", n.ValueSpan, rounded, isSafe: false, key: "CL0010.round"));
        }
        // percent style
        CheckPercent(ctx, n, options);
        // preferMoreThan
        if (options.GetBool(PreferMoreThanOption, false) && digits && n.FirstToken < n.ValueToken && NewsroomText.Is(doc, n.FirstToken, "over"))
        {
            var span = doc.Tokens[n.FirstToken].Span;
            Report(ctx, span, "House style: 'more than' with figures, not 'over'", CodeFix.Replace("Replace with 'more than'", span, char.IsUpper(doc.Prose[span.Start]) ? "More than" : "more than", isSafe: true, key: "CL0010.moreThan"));
        }
        if (n.Value is not { } value || value != Math.Floor(value)) return;
        if (digits && initial && (n.Form & (NumberForm.Alphanumeric | NumberForm.Decimal)) == 0 && !(value >= 1000 && value <= 2100 && valueText.Length == 4))
        {
            CodeFix? fix = (n.Form & Special) == 0 && value is >= 1 and <= 99
                ? CodeFix.Replace("Spell it out", n.ValueSpan, ((int)value).ToWords(English).Transform(To.SentenceCase), isSafe: true, key: "CL0010.spellStart")
                : null;
            Report(ctx, n.ValueSpan, $"Don't start a sentence with a figure ('{valueText}'): spell it out or recast the sentence (AP)", fix);
            return;
        }
        if (digits && !initial && (n.Form & Special) == 0 && value is >= 1 and <= 9 && IsGeneralUse(ctx, s, n))
        {
            var words = ((int)value).ToWords(English);
            Report(ctx, n.ValueSpan, $"Spell out '{valueText}': AP uses words for one to nine in general use",
                CodeFix.Replace($"Replace with '{words}'", n.ValueSpan, words, isSafe: true, key: "CL0010.spell"));
            return;
        }
        if ((n.Form & NumberForm.Words) != 0 && (n.Form & (NumberForm.Vague | NumberForm.Fraction | NumberForm.Ordinal | NumberForm.Scaled)) == 0 && !initial
            && value is >= 10 and < 1000 && TryWordsToNumber(valueText, out int parsed) && parsed == (int)value)
        {
            var figure = parsed.ToString(CultureInfo.InvariantCulture);
            Report(ctx, n.ValueSpan, $"Use a figure for '{valueText}': AP uses figures for 10 and above",
                CodeFix.Replace($"Replace with '{figure}'", n.ValueSpan, figure, isSafe: true, key: "CL0010.figure"));
        }
    }

    private static void CheckPercent(NodeAnalysisContext ctx, NumberNode n, RuleOptions options)
    {
        var doc = ctx.Document;
        var style = options.GetString(PercentStyleOption, "%");
        for (int i = n.LastValueToken; i < Math.Min(doc.Tokens.Length, n.EndToken + 1); i++)
        {
            if (style == "%" && NewsroomText.IsAny(doc, i, "percent") && i > n.ValueToken)
            {
                var span = TextSpan.FromBounds(doc.Tokens[i - 1].Span.End, doc.Tokens[i].Span.End);
                Report(ctx, span, "House style: use '%' with figures (AP since 2019)", CodeFix.Replace("Replace with '%'", span, "%", isSafe: true, key: "CL0010.percentSign"));
                return;
            }
            if (style == "percent" && NewsroomText.IsPunct(doc, i, '%'))
            {
                var span = doc.Tokens[i].Span;
                Report(ctx, span, "House style: spell out 'percent'", CodeFix.Replace("Replace with ' percent'", span, " percent", isSafe: true, key: "CL0010.percentWord"));
                return;
            }
        }
    }

    /// <summary>A count in running text: not an age, unit, time, date, rank or designation.</summary>
    private static bool IsGeneralUse(NodeAnalysisContext ctx, SentenceNode s, NumberNode n)
    {
        var doc = ctx.Document;
        int v = n.ValueToken;
        int next = n.LastValueToken + 1;
        if (next < s.EndToken && (doc.Tokens[next].Kind == SyntaxKind.NumberToken || UnitWords.ContainsWord(doc.TokenText(next)) || NewsroomText.IsPunct(doc, next, '%') || NewsroomText.IsPunct(doc, next, ':') || NewsroomText.IsPunct(doc, next, '/') || NewsroomText.IsPunct(doc, next, '-')))
            return false;
        if (NewsroomText.IsPunct(doc, v - 1, ',') && (NewsroomText.IsPunct(doc, next, ',') || NewsroomText.IsPunct(doc, next, '.') || next >= s.EndToken)) return false; // "The boy, 7, …"
        if (NewsroomText.IsAny(doc, v - 1, "aged", "age", "ages", "no", "no.", "number", "page", "p", "step", "grade", "level", "round", "chapter", "section", "article", "version", "phase", "category", "size", "to", "of", "from", "by"))
            return false;
        if (NewsroomText.IsPunct(doc, v - 1, '.') && NewsroomText.IsAny(doc, v - 2, "no", "p", "vol", "art")) return false;
        if (v - 1 >= s.FirstToken && doc.Tokens[v - 1].Is(TokenFlags.Capitalized) && !NewsroomText.IsSentenceInitial(doc, s, v - 1)) return false; // Route 6, Apollo 9, May 5
        if (v - 1 >= s.FirstToken && (NewsroomText.IsPunct(doc, v - 1, '.') && v - 2 >= s.FirstToken && doc.Tokens[v - 2].Is(TokenFlags.Capitalized))) return false; // Nov. 4
        if (v - 1 >= s.FirstToken && doc.Tokens[v - 1].Kind == SyntaxKind.Punctuation && doc.Prose[doc.Tokens[v - 1].Span.Start] is '#' or '(' or '$' or '\u00A3' or '\u20AC') return false;
        return true;
    }

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ApMonthLookup = ApMonths.GetAlternateLookup<ReadOnlySpan<char>>();

    private static void CheckMonths(NodeAnalysisContext ctx, SentenceNode s)
    {
        var doc = ctx.Document;
        for (int i = s.FirstToken; i + 1 < s.EndToken; i++)
        {
            if (!NewsroomText.IsWord(doc, i) || !NewsroomText.IsNarration(doc, i) || !doc.Tokens[i].Is(TokenFlags.Capitalized)) continue;
            CheckOrdinalDate(ctx, s, i);
            if (!ApMonthLookup.TryGetValue(doc.TokenText(i), out var ap)) continue;
            var w = doc.TokenString(i);
            bool abbreviated = w.Length == 3;
            int day = i + 1;
            if (abbreviated) { if (!NewsroomText.IsPunct(doc, day, '.')) continue; day++; }
            if (day >= s.EndToken || doc.Tokens[day].Kind != SyntaxKind.NumberToken) continue;
            var dayText = doc.TokenText(day);
            if (dayText.Length > 2 || !int.TryParse(dayText, NumberStyles.None, CultureInfo.InvariantCulture, out int d) || d is < 1 or > 31) continue;
            var span = abbreviated ? TextSpan.FromBounds(doc.Tokens[i].Span.Start, doc.Tokens[i + 1].Span.End) : doc.Tokens[i].Span;
            Report(ctx, span, abbreviated ? $"AP spells out '{ap}' with a date" : $"AP abbreviates '{w}' with a date: '{ap}'",
                CodeFix.Replace($"Replace with '{ap}'", span, ap, isSafe: true, key: "CL0010.month"));
        }
    }

    /// <summary>"Nov. 4th" → "Nov. 4".</summary>
    private static void CheckOrdinalDate(NodeAnalysisContext ctx, SentenceNode s, int month)
    {
        var doc = ctx.Document;
        if (!ctx.Lexicons[LexiconNames.Months].Contains(doc, month)) return;
        int day = NewsroomText.IsPunct(doc, month + 1, '.') ? month + 2 : month + 1;
        if (day >= s.EndToken || doc.Tokens[day].Kind != SyntaxKind.NumberToken) return;
        var t = doc.TokenString(day);
        if (t.Length < 3 || !(t.EndsWith("st", StringComparison.OrdinalIgnoreCase) || t.EndsWith("nd", StringComparison.OrdinalIgnoreCase) || t.EndsWith("rd", StringComparison.OrdinalIgnoreCase) || t.EndsWith("th", StringComparison.OrdinalIgnoreCase))) return;
        var digits = t[..^2];
        if (!digits.All(char.IsAsciiDigit)) return;
        Report(ctx, doc.Tokens[day].Span, $"Dates take no ordinal suffix: write '{digits}' (AP)", CodeFix.Replace($"Replace with '{digits}'", doc.Tokens[day].Span, digits, isSafe: true, key: "CL0010.ordinalDate"));
    }

    private static bool TryWordsToNumber(string words, out int value)
    {
        try { return words.ToLowerInvariant().TryToNumber(out value, English); }
        catch (NotSupportedException) { value = 0; return false; }
    }

    private static int DecimalPlaces(string s)
    {
        int dot = s.IndexOf('.');
        return dot < 0 ? 0 : s.Length - dot - 1;
    }

    private static void Report(NodeAnalysisContext ctx, TextSpan span, string message, CodeFix? fix) =>
        ctx.Report(new Diagnostic(Rule, span, Rule.DefaultSeverity, message, fixes: fix is null ? null : [fix]));
}
