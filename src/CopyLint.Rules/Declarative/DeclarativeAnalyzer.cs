using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;
using CopyLint.Core.Fixes;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;
using CopyLint.Rules.BuiltIn.Attribution;
using CopyLint.Rules.BuiltIn.Byline;
using CopyLint.Rules.Evidence;
using CopyLint.Rules.Lexicons;

namespace CopyLint.Rules.Declarative;

/// <summary>
/// One compiled desk rule: an ordinary analyzer with its own descriptor. Matching is token-based (word boundaries
/// come from the tokenizer); the evidence windows are the built-in attribution rules' own.
/// Build with <see cref="DeclarativeRuleCompiler.Compile"/>.
/// </summary>
public sealed class DeclarativeAnalyzer : Analyzer
{
    private const int MaxSentenceInMessage = 160;

    private readonly TermSet? _terms;
    private readonly TokenPattern[] _patterns;
    private readonly IReadOnlyList<Replacement> _replacements;

    internal DeclarativeAnalyzer(DeclarativeRule rule, DiagnosticDescriptor descriptor, TermSet? terms, TokenPattern[] patterns)
    {
        Rule = rule;
        Descriptor = descriptor;
        _terms = terms;
        _patterns = patterns;
        _replacements = rule.Replacements;
        SupportedDiagnostics = [descriptor];
    }

    public DeclarativeRule Rule { get; }
    public DiagnosticDescriptor Descriptor { get; }
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public override void Initialize(AnalysisContext context)
    {
        if (Rule.Kind == DeclarativeRuleKind.RequiredElement) context.RegisterNodeAction(AnalyzeDocument, SyntaxKind.Document);
        else context.RegisterNodeAction(AnalyzeSentence, SyntaxKind.Sentence);
    }

    private void AnalyzeSentence(NodeAnalysisContext ctx)
    {
        var doc = ctx.Document;
        var sentence = ctx.Sentence!;
        if (!InScope(doc.Paragraphs[sentence.Paragraph].Role)) return;
        int end = sentence.EndToken;
        for (int i = sentence.FirstToken; i < end; i++)
        {
            if (i % 64 == 0) ctx.CancellationToken.ThrowIfCancellationRequested();
            if (!Rule.Scope.IncludeQuotes && doc.Tokens[i].Is(TokenFlags.InQuote)) continue;
            int len = Match(doc, i, end, out int tag);
            if (len == 0) continue;
            var span = TextSpan.FromBounds(doc.Tokens[i].Span.Start, doc.Tokens[i + len - 1].Span.End);
            switch (Rule.Kind)
            {
                case DeclarativeRuleKind.RequireAttribution:
                    if (!HasAttribution(ctx, sentence, i, len)) Report(ctx, span, sentence, null);
                    return; // one finding per sentence: the evidence is the sentence's
                case DeclarativeRuleKind.RequireHedge:
                    if (!HasHedge(ctx, sentence, i, len)) Report(ctx, span, sentence, null);
                    return;
                case DeclarativeRuleKind.Substitution:
                    var replacement = CasePreserver.Apply(doc.Text.ToString(span).AsSpan(), _replacements[tag].Replace);
                    if (!doc.Text.ToString(span).Equals(replacement, StringComparison.Ordinal))
                        Report(ctx, span, sentence, replacement,
                            CodeFix.Replace($"Replace '{doc.Text.ToString(span)}' with '{replacement}'", span, replacement, isSafe: true, key: Rule.Id));
                    break;
                default:
                    Report(ctx, span, sentence, null);
                    break;
            }
            i += len - 1;
        }
    }

    private int Match(ProseDocument doc, int token, int end, out int tag)
    {
        tag = 0;
        int best = _terms?.MatchAt(doc, token, end, out tag) ?? 0;
        foreach (var p in _patterns)
        {
            int len = p.MatchAt(doc, token, end);
            if (len > best) best = len;
        }
        return best;
    }

    private bool InScope(ParagraphRole role) => role switch
    {
        ParagraphRole.Headline => Rule.Scope.Headline,
        ParagraphRole.Body => Rule.Scope.Body,
        ParagraphRole.Other => Rule.Scope.Captions,
        _ => false,
    };

    /// <summary>CL0001's windows: attributed quotation, attribution/hedge/disclaimer in the sentence, carry-over or an introducing colon.</summary>
    private static bool HasAttribution(NodeAnalysisContext ctx, SentenceNode sentence, int match, int length)
    {
        var state = DocumentState.For(ctx);
        var f = state.Finder;
        var doc = ctx.Document;
        if (doc.QuoteAt(doc.Tokens[match].Span.Start) is { } quote && state.Quotes.Resolve(quote).Kind != EvidenceKind.None) return true;
        if (HasHedge(ctx, sentence, match, length)) return true;
        var prev = f.PreviousInParagraph(sentence);
        if (prev is not null)
        {
            var pe = f.Attribution(prev);
            if (pe.Kind != EvidenceKind.None && CarryOver.Continues(doc, prev, sentence, pe)) return true;
            return doc.Prose[prev.Span.End - 1] == ':';
        }
        if (sentence.Paragraph > 0)
        {
            var pp = doc.Paragraphs[sentence.Paragraph - 1];
            return pp.SentenceCount > 0 && doc.Prose[pp.Span.End - 1] == ':';
        }
        return false;
    }

    /// <summary>
    /// CL0002's windows: attribution or hedge in the sentence, or a disclaimer in it or the next one. The matched
    /// term itself is not its own evidence ("poll shows" reads like a source and a reporting verb).
    /// </summary>
    private static bool HasHedge(NodeAnalysisContext ctx, SentenceNode sentence, int match, int length)
    {
        var f = DocumentState.For(ctx).Finder;
        var matchSpan = f.Span(match, length);
        var attribution = f.Attribution(sentence);
        if (attribution.Kind != EvidenceKind.None)
        {
            if (!attribution.Span.OverlapsWith(matchSpan)) return true;
            if (f.AttributionIn(sentence.FirstToken, match, includeQuoted: false).Kind != EvidenceKind.None) return true;
            if (f.AttributionIn(match + length, sentence.EndToken, includeQuoted: false).Kind != EvidenceKind.None) return true;
        }
        var hedges = ctx.Lexicons[LexiconNames.Hedges];
        if (f.FindLexicon(hedges, sentence.FirstToken, match, EvidenceKind.Hedge, skipQuoted: true).Kind != EvidenceKind.None) return true;
        if (f.FindLexicon(hedges, match + length, sentence.EndToken, EvidenceKind.Hedge, skipQuoted: true).Kind != EvidenceKind.None) return true;
        return f.Disclaimer(sentence).Kind != EvidenceKind.None;
    }

    private void AnalyzeDocument(NodeAnalysisContext ctx)
    {
        var doc = ctx.Document;
        if (doc.WordCount == 0) return;
        string? missing = Rule.Element switch
        {
            RequiredElementKind.Headline => doc.Headline is null ? "headline" : null,
            RequiredElementKind.Dateline => doc.Paragraphs.Any(p => p.Dateline is not null) ? null : "dateline",
            RequiredElementKind.Byline => CL0003MissingByline.FindEvidence(doc, wireCreditCounts: true) is null ? "byline" : null,
            RequiredElementKind.FrontMatter => doc.FrontMatter is { } fm && fm.Entries.TryGetValue(Rule.Key!, out var e) && e.Value.Trim().Length > 0
                ? null : $"front-matter key '{Rule.Key}'",
            _ => null,
        };
        if (missing is null) return;
        var at = doc.FrontMatter is { } f2 && Rule.Element == RequiredElementKind.FrontMatter ? f2.Span.Start : (doc.Paragraphs.Count > 0 ? doc.Paragraphs[0].Span.Start : 0);
        var line = doc.Text.GetLineSpan(doc.Text.GetLineFromOffset(Math.Min(at, doc.Text.Length)));
        ctx.Report(new Diagnostic(Descriptor, line, Descriptor.DefaultSeverity, Descriptor.FormatMessage(missing, "", "")));
    }

    private void Report(NodeAnalysisContext ctx, TextSpan span, SentenceNode sentence, string? replacement, CodeFix? fix = null)
    {
        var text = ctx.Document.Text;
        var sentenceText = text.ToString(sentence.Span);
        if (sentenceText.Length > MaxSentenceInMessage) sentenceText = sentenceText[..MaxSentenceInMessage] + "…";
        var message = Descriptor.FormatMessage(text.ToString(span), sentenceText, replacement ?? "");
        ctx.Report(new Diagnostic(Descriptor, span, Descriptor.DefaultSeverity, message, fixes: fix is null ? null : [fix]));
    }
}
