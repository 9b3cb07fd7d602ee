using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;
using CopyLint.Core.Fixes;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;
using CopyLint.Rules.BuiltIn.Sourcing;

namespace CopyLint.Rules.BuiltIn.Quotes;

/// <summary>
/// CL0007: quotation marks or brackets that do not pair within a paragraph — an opening mark never closed (unless the
/// next paragraph reopens it: a multi-paragraph quotation), a closing mark with nothing open (or used as an opening
/// mark), double quotes nested in double quotes, a word-initial ‘ never closed, unmatched ( ) [ ].
/// </summary>
public sealed class CL0007UnbalancedQuotes : Analyzer
{
    public const string Id = "CL0007";

    public static readonly DiagnosticDescriptor Rule = new(
        Id, "Unbalanced quotes",
        "{0}",
        "Quotes", DiagnosticSeverity.Warning,
        description: "Quotation marks and brackets must pair within a paragraph (a multi-paragraph quotation reopens each paragraph).");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(AnalyzeParagraph, SyntaxKind.Paragraph);

    [ThreadStatic] private static List<(int Token, bool Straight)>? t_doubles;
    [ThreadStatic] private static List<int>? t_brackets;

    private static void AnalyzeParagraph(NodeAnalysisContext ctx)
    {
        var doc = ctx.Document;
        var para = ctx.Paragraph!;
        if (para.Role == ParagraphRole.Byline || !doc.IsEnglish(para)) return;
        var (first, end) = NewsroomText.Tokens(doc, para);
        // Open marks per paragraph, in lists kept per thread: a new pair for each of a run's ~30,000 paragraphs was 4 MB.
        var doubles = t_doubles ??= [];
        var brackets = t_brackets ??= [];
        doubles.Clear();
        brackets.Clear();
        int single = -1;
        for (int i = first; i < end; i++)
        {
            var tok = doc.Tokens[i];
            if (tok.Kind != SyntaxKind.Punctuation || tok.Span.Length != 1) continue;
            char c = doc.Prose[tok.Span.Start];
            switch (c)
            {
                case '"':
                {
                    if (doubles.Count == 0 && IsInchMark(doc, i)) break;
                    bool before = i > first && doc.Tokens[i - 1].Span.End == tok.Span.Start, after = i + 1 < end && doc.Tokens[i + 1].Span.Start == tok.Span.End;
                    if (before && after && char.IsLetter(doc.Prose[tok.Span.Start - 1]) && char.IsLetter(doc.Prose[tok.Span.End])) break; // nation"s: a mis-encoded apostrophe
                    if (!before && after)
                    {
                        // opening position: with a quotation open, it reopens a quotation whose paragraph break was lost
                        if (doubles.Count == 0) doubles.Add((i, true));
                        break;
                    }
                    if (before && !after && doubles.Count == 0)
                    {
                        ctx.Report(new Diagnostic(Rule, tok.Span, DiagnosticSeverity.Warning, "This closing quotation mark has no opening mark in the paragraph"));
                        break;
                    }
                    if (doubles.Count > 0) doubles.RemoveAt(doubles.Count - 1);
                    else doubles.Add((i, true));
                    break;
                }
                case '\u201C' when doubles.Count > 0 && doc.Prose[doc.Tokens[doubles[^1].Token].Span.Start] == '\u201E':
                    doubles.RemoveAt(doubles.Count - 1); // German „…“
                    break;
                case '\u201C' or '\u201E' or '\u00AB':
                    if (doubles.Count > 0 && AfterSentenceEnd(doc, i, first)) break; // reopening after a lost paragraph break
                    if (doubles.Count > 0)
                    {
                        int close = MatchingClose(doc, i, end);
                        ctx.Report(new Diagnostic(Rule, tok.Span, DiagnosticSeverity.Warning,
                            "Double quotation marks inside a double quotation. Use single marks (‘…’) for a quote within a quote",
                            fixes: close < 0 ? null : [NestedFix(doc, i, close)]));
                        if (close >= 0) { i = close; break; }
                    }
                    doubles.Add((i, false));
                    break;
                case '\u201D' or '\u00BB':
                    if (doubles.Count > 0) { doubles.RemoveAt(doubles.Count - 1); break; }
                    if (LooksLikeOpening(doc, i, first))
                    {
                        ctx.Report(new Diagnostic(Rule, tok.Span, DiagnosticSeverity.Warning,
                            "A closing quotation mark (”) is used to open a quotation. Use “",
                            fixes: [CodeFix.Replace("Replace ” with “", tok.Span, c == '\u00BB' ? "\u00AB" : "\u201C", isSafe: true, key: "CL0007.openingMark")]));
                        doubles.Add((i, false));
                    }
                    else
                        ctx.Report(new Diagnostic(Rule, tok.Span, DiagnosticSeverity.Warning, "This closing quotation mark has no opening mark in the paragraph"));
                    break;
                case '\u2018':
                    if (single < 0 && IsSingleOpening(doc, i, first, end)) single = i;
                    break;
                case '\u2019':
                    if (single >= 0 && !(i + 1 < end && doc.Tokens[i + 1].Span.Start == tok.Span.End && char.IsLetter(doc.Prose[doc.Tokens[i + 1].Span.Start]))) single = -1;
                    break;
                case '(' or '[':
                    brackets.Add(i);
                    break;
                case ')' or ']':
                    if (brackets.Count > 0 && doc.Prose[doc.Tokens[brackets[^1]].Span.Start] == (c == ')' ? '(' : '[')) { brackets.RemoveAt(brackets.Count - 1); break; }
                    if (brackets.Count == 0 && IsListMarkerOrEmoticon(doc, i, first)) break;
                    ctx.Report(new Diagnostic(Rule, tok.Span, DiagnosticSeverity.Warning, $"'{c}' closes a bracket that was never opened in this paragraph"));
                    if (brackets.Count > 0) brackets.RemoveAt(brackets.Count - 1);
                    break;
            }
        }
        if (doubles.Count > 0 && !NextParagraphReopens(doc, para))
        {
            var (open, _) = doubles[0];
            var span = doc.Tokens[open].Span;
            ctx.Report(new Diagnostic(Rule, span, DiagnosticSeverity.Warning,
                "This quotation is never closed, and the next paragraph does not reopen it. Add the closing mark where the quotation ends",
                fixes: [CodeFix.Insert("Close the quotation at the end of the paragraph", para.Span.End, doc.Prose[span.Start] == '"' ? "\"" : "\u201D", isSafe: false, key: "CL0007.closeAtEnd")]));
        }
        if (single >= 0)
            ctx.Report(new Diagnostic(Rule, doc.Tokens[single].Span, DiagnosticSeverity.Warning,
                "This single quotation mark (‘) is never closed in the paragraph. Close it with ’, or use ’ if it is an apostrophe"));
        foreach (var b in brackets)
            ctx.Report(new Diagnostic(Rule, doc.Tokens[b].Span, DiagnosticSeverity.Warning,
                $"'{doc.Prose[doc.Tokens[b].Span.Start]}' is never closed in this paragraph"));
    }

    /// <summary>12" (inches) or 5'10": a straight double quote glued to a digit and not opening a word.</summary>
    private static bool IsInchMark(ProseDocument doc, int i)
    {
        var tok = doc.Tokens[i];
        if (i == 0 || doc.Tokens[i - 1].Span.End != tok.Span.Start) return false;
        char prev = doc.Prose[tok.Span.Start - 1];
        bool nextGlued = i + 1 < doc.Tokens.Length && doc.Tokens[i + 1].Span.Start == tok.Span.End && doc.Tokens[i + 1].Kind != SyntaxKind.Punctuation;
        return char.IsAsciiDigit(prev) && !nextGlued;
    }

    private static bool AfterSentenceEnd(ProseDocument doc, int i, int first) =>
        i - 1 >= first && doc.Tokens[i - 1].Kind == SyntaxKind.Punctuation && doc.Prose[doc.Tokens[i - 1].Span.Start] is '.' or '?' or '!' or '\u2026'
        && doc.Tokens[i - 1].Span.End < doc.Tokens[i].Span.Start;

    private static int MatchingClose(ProseDocument doc, int open, int end)
    {
        for (int j = open + 1; j < end; j++)
        {
            var t = doc.Tokens[j];
            if (t.Kind != SyntaxKind.Punctuation || t.Span.Length != 1) continue;
            char c = doc.Prose[t.Span.Start];
            if (c is '\u201D') return j;
            if (c is '\u201C' or '"') return -1;
        }
        return -1;
    }

    private static CodeFix NestedFix(ProseDocument doc, int open, int close) =>
        new("Use single quotation marks for the inner quote",
            [new TextChange(doc.Tokens[open].Span, "\u2018"), new TextChange(doc.Tokens[close].Span, "\u2019")], IsSafe: true, EquivalenceKey: "CL0007.nested");

    /// <summary>” at a word start followed by a word: ”disaster” — a misdirected opening mark.</summary>
    private static bool LooksLikeOpening(ProseDocument doc, int i, int first)
    {
        var tok = doc.Tokens[i];
        bool atStart = i == first || doc.Tokens[i - 1].Span.End < tok.Span.Start || doc.Prose[doc.Tokens[i - 1].Span.Start] is '(' or '[' or '\u2014' or '\u2013';
        bool wordNext = i + 1 < doc.Tokens.Length && doc.Tokens[i + 1].Span.Start == tok.Span.End && doc.Tokens[i + 1].Kind != SyntaxKind.Punctuation;
        return atStart && wordNext;
    }

    private static bool IsSingleOpening(ProseDocument doc, int i, int first, int end)
    {
        var tok = doc.Tokens[i];
        bool atStart = i == first || doc.Tokens[i - 1].Span.End < tok.Span.Start || doc.Prose[doc.Tokens[i - 1].Span.Start] is '(' or '[' or '\u2014' or '\u2013' or '\u201C' or '"';
        if (!atStart || i + 1 >= end) return false;
        var next = doc.Tokens[i + 1];
        return next.Span.Start == tok.Span.End && next.Kind == SyntaxKind.Word;
    }

    private static bool IsListMarkerOrEmoticon(ProseDocument doc, int i, int first)
    {
        var tok = doc.Tokens[i];
        if (tok.Span.Start > 0 && doc.Prose[tok.Span.Start - 1] is ':' or ';' or '-') return true;
        if (i - 1 >= first && doc.Tokens[i - 1].Span.End == tok.Span.Start && doc.Tokens[i - 1].Span.Length <= 3 && doc.Tokens[i - 1].Kind != SyntaxKind.Punctuation)
            return i - 1 == first || doc.Tokens[i - 2].Span.End < doc.Tokens[i - 1].Span.Start;
        return false;
    }

    private static bool NextParagraphReopens(ProseDocument doc, ParagraphNode para)
    {
        if (para.Index + 1 >= doc.Paragraphs.Count) return false;
        var next = doc.Paragraphs[para.Index + 1];
        int t = doc.TokenAtOrAfter(next.Span.Start);
        return t < doc.Tokens.Length && doc.Tokens[t].Kind == SyntaxKind.Punctuation && doc.Prose[doc.Tokens[t].Span.Start] is '\u201C' or '"' or '\u201E' or '\u00AB';
    }
}
