using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;
using CopyLint.Core.Fixes;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;
using CopyLint.Rules.BuiltIn.Sourcing;
using CopyLint.Rules.Lexicons;

namespace CopyLint.Rules.BuiltIn.Time;

/// <summary>
/// CL0011: AP time element in narration — relative words (yesterday, today, tomorrow, tonight, this morning, last
/// night …) that go stale once the story is read on another day; "last/next + weekday"; redundancies "a.m. this
/// morning", "p.m. tonight", "12 noon"; ordinal suffixes on dates ("March 3rd"). "Today's" and "today" meaning
/// nowadays are exempt,
/// and so are relative day words in a story whose wire dateline carries the date. Info severity; mechanical rewrites are safe fixes.
/// </summary>
public sealed class CL0011TimeElement : Analyzer
{
    public const string Id = "CL0011";

    public static readonly DiagnosticDescriptor Rule = new(
        Id, "Time element",
        "{0}",
        "Time", DiagnosticSeverity.Info,
        description: "Use the day of the week or the date instead of relative time words, and drop redundant time words (AP).");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(AnalyzeSentence, SyntaxKind.Sentence);

    // The patterns below that start at a word start with one of these or with a relative-time entry (the others start at
    // a number). Keep in step with AnalyzeSentence.
    private static readonly Core.Lexicons.Lexicon WordFirstWords = new("time-first-words", ["a.m.", "p.m.", "am", "pm", "last", "next", "this"]);
    private static Core.Lexicons.LexiconGate? _gate;

    private sealed record Lists(Core.Lexicons.Lexicon Relative, Core.Lexicons.Lexicon Weekdays, Core.Lexicons.Lexicon Months);

    private static readonly Core.Lexicons.LexiconBundle<Lists> ListsOf = new(lex =>
        new Lists(lex[NewsroomLexiconNames.RelativeTime], lex[LexiconNames.Weekdays], lex[LexiconNames.Months]));

    private static void AnalyzeSentence(NodeAnalysisContext ctx)
    {
        var doc = ctx.Document;
        var s = ctx.Sentence!;
        if (!NewsroomText.IsBody(doc, s)) return;
        var (relative, weekdays, months) = ListsOf.For(ctx.Lexicons); // resolved once per set
        bool anchored = HasDatedDateline(doc);
        var gate = Core.Lexicons.LexiconGate.For(ref _gate, WordFirstWords, relative);
        var probe = gate.For(doc);
        var tokens = doc.Tokens;
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            var tok = tokens[i];
            if (tok.Kind == SyntaxKind.Punctuation) continue;
            if (tok.Kind == SyntaxKind.Word && !probe.May(i)) continue; // no pattern below starts with this word
            if (!NewsroomText.IsNarration(doc, i)) continue;
            // "a.m. this morning", "p.m. tonight"
            if (NewsroomText.IsAny(doc, i, "a.m.", "p.m.", "am", "pm") && i > s.FirstToken && doc.Tokens[i - 1].Kind == SyntaxKind.NumberToken)
            {
                int len = relative.MatchAt(doc, i + 1, s.EndToken);
                if (len > 0)
                {
                    var extra = TextSpan.FromBounds(tok.Span.End, NewsroomText.Span(doc, i + 1, len).End);
                    var what = NewsroomText.Text(doc, i + 1, len);
                    ctx.Report(new Diagnostic(Rule, NewsroomText.Span(doc, i, len + 1), DiagnosticSeverity.Info,
                        $"'{doc.Text.ToString(tok.Span)} {what}' is redundant. Keep the time and give the day",
                        fixes: [CodeFix.Replace($"Remove '{what}'", extra, "", isSafe: true, key: "CL0011.redundant")]));
                    i += len;
                    continue;
                }
            }
            // "12 noon"
            if (tok.Kind == SyntaxKind.NumberToken && doc.TokenText(i) is "12" && NewsroomText.IsAny(doc, i + 1, "noon", "midnight"))
            {
                var word = doc.TokenString(i + 1).ToLowerInvariant();
                ctx.Report(new Diagnostic(Rule, NewsroomText.Span(doc, i, 2), DiagnosticSeverity.Info, $"'12 {word}' is redundant: write '{word}'",
                    fixes: [CodeFix.Replace($"Replace with '{word}'", NewsroomText.Span(doc, i, 2), word, isSafe: true, key: "CL0011.noon")]));
                i++;
                continue;
            }
            // "March 3rd", "Nov. 4th"
            if (tok.Kind == SyntaxKind.NumberToken && OrdinalSuffix(doc, i) is > 0 and var suffix && i > s.FirstToken && IsMonth(doc, months, i - 1))
            {
                var digits = doc.Text.ToString(new TextSpan(tok.Span.Start, tok.Span.Length - suffix));
                ctx.Report(new Diagnostic(Rule, tok.Span, DiagnosticSeverity.Info, $"Dates take no ordinal suffix: write '{digits}' (AP)",
                    fixes: [CodeFix.Replace($"Replace with '{digits}'", tok.Span, digits, isSafe: true, key: "CL0011.ordinalDate")]));
                continue;
            }
            // "last Tuesday", "next Friday"
            if (NewsroomText.IsAny(doc, i, "last", "next", "this") && i + 1 < s.EndToken && NewsroomText.In(doc, i + 1, weekdays) && doc.Tokens[i + 1].Is(TokenFlags.Capitalized) && doc.Tokens[i + 1].Span.Length > 3)
            {
                var day = doc.TokenString(i + 1);
                var span = NewsroomText.Span(doc, i, 2);
                ctx.Report(new Diagnostic(Rule, span, DiagnosticSeverity.Info, $"'{doc.Text.ToString(span)}' is redundant: the weekday alone means the coming or past seven days (AP)",
                    fixes: [CodeFix.Replace($"Replace with '{day}'", span, char.IsUpper(doc.Prose[span.Start]) ? day : day, isSafe: true, key: "CL0011.weekday")]));
                i++;
                continue;
            }
            int rel = relative.MatchAt(doc, i, s.EndToken);
            if (rel > 0 && !anchored && !IsNowadays(doc, s, i, rel))
            {
                var text = NewsroomText.Text(doc, i, rel);
                ctx.Report(new Diagnostic(Rule, NewsroomText.Span(doc, i, rel), DiagnosticSeverity.Info,
                    $"'{text}' goes stale once the story is read on another day. Use the day of the week or the date (AP)",
                    fixes: [CodeFix.Replace("Replace with the weekday", NewsroomText.Span(doc, i, rel), char.IsUpper(text[0]) ? "On <Weekday>" : "<weekday>", isSafe: false, key: "CL0011.weekdayPlaceholder")]));
                i += rel - 1;
            }
        }
    }

    /// <summary>A wire dateline with a date ("LOS ANGELES, Feb 26 -") anchors "today" and "yesterday" for the reader.</summary>
    private static bool HasDatedDateline(ProseDocument doc)
    {
        var paragraphs = doc.Paragraphs;
        for (int k = 0; k < paragraphs.Count; k++) // asked per sentence: an index loop, no enumerator object
        {
            var p = paragraphs[k];
            if (p.Role != ParagraphRole.Body) continue;
            if (p.Dateline is not { } d) return false;
            foreach (var c in doc.SpanText(d)) if (char.IsAsciiDigit(c)) return true;
            return false;
        }
        return false;
    }

    private static int OrdinalSuffix(ProseDocument doc, int i)
    {
        var t = doc.TokenText(i);
        if (t.Length < 3 || !char.IsAsciiDigit(t[0])) return 0;
        var tail = t[^2..];
        if (!(tail.Equals("st", StringComparison.OrdinalIgnoreCase) || tail.Equals("nd", StringComparison.OrdinalIgnoreCase) || tail.Equals("rd", StringComparison.OrdinalIgnoreCase) || tail.Equals("th", StringComparison.OrdinalIgnoreCase))) return 0;
        foreach (var c in t[..^2]) if (!char.IsAsciiDigit(c)) return 0;
        return 2;
    }

    private static bool IsMonth(ProseDocument doc, Core.Lexicons.Lexicon months, int i)
    {
        if (NewsroomText.IsPunct(doc, i, '.') && i > 0) i--;
        var w = doc.TokenText(i);
        if (w.EndsWith('.')) w = w[..^1];
        return doc.Tokens[i].Is(TokenFlags.Capitalized) && months.Contains(w);
    }

    /// <summary>"Today's Korea", "the Korea of today", "young people today": today meaning nowadays.</summary>
    private static bool IsNowadays(ProseDocument doc, SentenceNode s, int i, int len)
    {
        if (len != 1 || !NewsroomText.Is(doc, i, "today")) return false;
        if (NewsroomText.IsAny(doc, i - 1, "observe", "see", "exist", "exists", "know", "live")) return true;
        if (doc.Tokens[i].Is(TokenFlags.Apostrophe)) return true;
        if (doc.Tokens[i].Is(TokenFlags.Capitalized) && !NewsroomText.IsSentenceInitial(doc, s, i)) return true; // BBC Radio 4's Today programme
        if (NewsroomText.IsAny(doc, i - 1, "of", "until", "to")) return true;
        // "as it is today", "the business I have today": a present-tense state right before it
        if (NewsroomText.IsAny(doc, i - 1, "is", "are", "have", "has", "am", "remain", "remains", "exist", "exists") || NewsroomText.IsAny(doc, i - 2, "is", "are", "have", "has", "am", "remain", "remains"))
            return true;
        // "Today, plague infections are rare."
        if (NewsroomText.IsSentenceInitial(doc, s, i) && NewsroomText.IsPunct(doc, i + 1, ','))
            for (int k = i + 2; k < Math.Min(s.EndToken, i + 7); k++)
                if (NewsroomText.IsAny(doc, k, "is", "are", "has", "have", "remains", "remain", "we're", "we\u2019re")) return true;
        return false;
    }
}
