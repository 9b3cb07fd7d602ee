using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;
using CopyLint.Core.Fixes;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;
using CopyLint.Rules.BuiltIn.Attribution;
using CopyLint.Rules.BuiltIn.Sourcing;
using CopyLint.Rules.Evidence;

namespace CopyLint.Rules.BuiltIn.Quotes;

/// <summary>
/// CL0006: a direct quotation (four words or more, not a title) with no speaker in reach: no cue in the sentences it
/// touches, no introducing sentence or tag next to it, no attributed quote it continues, no introducing colon
/// (QuoteAttribution W1–W5). A quote left open at a paragraph end counts as attributed when its continuation in the
/// next paragraph is. Reuters placement note (info): a quote of three or more sentences tagged only at its end.
/// </summary>
public sealed class CL0006UnattributedQuote : Analyzer
{
    public const string Id = "CL0006";

    public static readonly DiagnosticDescriptor Rule = new(
        Id, "Unattributed quote",
        "{0}",
        "Quotes", DiagnosticSeverity.Warning,
        description: "Every direct quotation needs a speaker: a tag in the same sentence, an introducing sentence, or a clear continuation.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(AnalyzeQuote, SyntaxKind.Quote);

    private static void AnalyzeQuote(NodeAnalysisContext ctx)
    {
        var doc = ctx.Document;
        var q = ctx.Quote!;
        if (q.IsTerm || q.WordCount < 4) return;
        if (doc.Paragraphs[q.Paragraph].Role != ParagraphRole.Body || !doc.IsEnglish(doc.Paragraphs[q.Paragraph])) return;
        var state = DocumentState.For(ctx);
        var ev = state.Quotes.Resolve(q);
        if (ev.Kind == EvidenceKind.None && !q.IsClosed) ev = ResolveContinuation(doc, state, q);
        if (ev.Kind == EvidenceKind.None && (IsPartialQuote(doc, q) || HasAdjacentTag(doc, q) || ContinuesPreviousParagraphSpeaker(doc, state, q))) return;
        if (ev.Kind == EvidenceKind.None)
        {
            var fix = SpeakerTagFix(doc, q);
            ctx.Report(new Diagnostic(Rule, q.Span, DiagnosticSeverity.Warning,
                "This quotation has no speaker in reach (same sentence, neighbouring sentence or an attributed quote it continues). Say who said it",
                fixes: fix is null ? null : [fix]));
            return;
        }
        if (TaggedOnlyAtEnd(doc, q, ev, out int sentences))
            ctx.Report(new Diagnostic(Rule, q.Span, DiagnosticSeverity.Info,
                $"This {sentences}-sentence quotation names its speaker only after the last sentence. Identify the speaker after the first sentence (Reuters)"));
    }

    /// <summary>A quotation left open at the paragraph end is attributed when the quotation continuing it is.</summary>
    private static SentenceEvidence ResolveContinuation(ProseDocument doc, DocumentState state, QuoteNode q)
    {
        var current = q;
        for (int k = q.Index + 1; k < doc.Quotes.Count; k++)
        {
            var next = doc.Quotes[k];
            if (next.Paragraph > current.Paragraph + 1) break;
            if (next.Paragraph != current.Paragraph + 1 || !next.ContinuesPrevious) continue;
            var ev = state.Quotes.Resolve(next);
            if (ev.Kind != EvidenceKind.None) return ev;
            if (next.IsClosed) break;
            current = next;
        }
        return default;
    }

    /// <summary>A fragment woven into the writer's sentence ("called his death “a crisis of public trust”"): it starts
    /// lowercase after a word of narration; the sentence's subject is its source.</summary>
    private static bool IsPartialQuote(ProseDocument doc, QuoteNode q)
    {
        int first = q.FirstToken + 1, before = q.FirstToken - 1;
        if (first >= q.EndToken || !NewsroomText.IsWord(doc, first) || char.IsUpper(doc.Prose[doc.Tokens[first].Span.Start])) return false;
        return before >= 0 && doc.SentenceOfToken(before) == doc.SentenceOfToken(q.FirstToken) && NewsroomText.IsWord(doc, before);
    }

    /// <summary>
    /// The quotation is grammatically tagged even if the tag verb is not a reporting verb: it ends with a comma, '?' or
    /// '!' and narration follows in the same sentence ("“…,” agreed Chase Manhattan's Marshall"), or it is introduced
    /// by a comma or colon after a subject ("Premier Don Getty agreed, “…”", "Kim told reporters: “…”").
    /// </summary>
    private static bool HasAdjacentTag(ProseDocument doc, QuoteNode q)
    {
        int close = q.EndToken - 1;
        int s = doc.SentenceOfToken(q.FirstToken);
        if (s < 0) return false;
        var sentence = doc.Sentences[s];
        if (q.IsClosed && close - 1 > q.FirstToken && doc.Tokens[close - 1].Kind == SyntaxKind.Punctuation && doc.Prose[doc.Tokens[close - 1].Span.Start] is ',' or '?' or '!'
            && close + 1 < doc.Tokens.Length && doc.SentenceOfToken(close + 1) == doc.SentenceOfToken(close) && NewsroomText.IsWord(doc, close + 1) && NewsroomText.IsNarration(doc, close + 1))
            return true;
        int before = q.FirstToken - 1;
        if (before > sentence.FirstToken && doc.Tokens[before].Kind == SyntaxKind.Punctuation && doc.Prose[doc.Tokens[before].Span.Start] is ',' or ':')
        {
            for (int i = sentence.FirstToken; i < before; i++)
                if (NewsroomText.IsWord(doc, i) && NewsroomText.IsNarration(doc, i) && (doc.Tokens[i].Is(TokenFlags.Capitalized) || NewsroomText.IsAny(doc, i, "he", "she", "they", "it", "we")))
                    return true;
        }
        return false;
    }

    /// <summary>
    /// A paragraph that opens with the quotation continues the speaker of the previous paragraph when that paragraph
    /// ends with an attribution and does not quote two different speakers (Reuters: don't run speakers together).
    /// </summary>
    private static bool ContinuesPreviousParagraphSpeaker(ProseDocument doc, DocumentState state, QuoteNode q)
    {
        var para = doc.Paragraphs[q.Paragraph];
        if (para.Index == 0 || q.FirstToken != para.FirstToken) return false;
        var prev = doc.Paragraphs[para.Index - 1];
        if (prev.Role != ParagraphRole.Body || prev.SentenceCount == 0) return false;
        var speakers = new HashSet<int>();
        foreach (var earlier in doc.QuotesInParagraph(prev.Index))
        {
            if (earlier.IsTerm) continue;
            var ev = state.Quotes.Resolve(earlier);
            if (ev.Kind != EvidenceKind.None) speakers.Add(ev.Span.Start);
        }
        if (speakers.Count >= 2) return false;
        var last = doc.Sentences[prev.FirstSentence + prev.SentenceCount - 1];
        if (speakers.Count == 1) return true;
        var cue = state.Finder.Attribution(last);
        return cue.Kind != EvidenceKind.None && SpeechCues.Contains(cue.Cue);
    }

    /// <summary>Cues that report speech with content ("Smith said the company would …"), not just a topic ("Yang highlighted the challenges").</summary>
    private static readonly HashSet<string> SpeechCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "explained", "explains", "according to", "according", "wrote", "writes", "argued", "argues",
        "warned", "warns", "insisted", "insists", "continued", "continues", "replied", "recalled", "recalls", "predicted", "predicts", "urged", "urges", "stressed",
    };

    private static bool TaggedOnlyAtEnd(ProseDocument doc, QuoteNode q, SentenceEvidence ev, out int sentences)
    {
        sentences = 0;
        int first = doc.SentenceOfToken(q.FirstToken);
        int last = doc.SentenceOfToken(Math.Max(q.FirstToken, q.EndToken - 1));
        if (first < 0 || last < first) return false;
        sentences = last - first + 1;
        return sentences >= 3 && ev.Span.Start >= q.Span.End;
    }

    /// <summary>“We will not back down.” → “We will not back down,” &lt;speaker&gt; said. (placeholder: not safe)</summary>
    private static CodeFix? SpeakerTagFix(ProseDocument doc, QuoteNode q)
    {
        if (!q.IsClosed || q.EndToken - 2 < q.FirstToken) return null;
        int close = q.EndToken - 1, period = close - 1;
        if (!NewsroomText.IsPunct(doc, period, '.')) return null;
        int sentence = doc.SentenceOfToken(close);
        if (sentence < 0 || doc.Sentences[sentence].EndToken != close + 1) return null;
        return new CodeFix("Add a speaker tag (“…,” <speaker> said.)",
        [
            new TextChange(doc.Tokens[period].Span, ","),
            new TextChange(new TextSpan(doc.Tokens[close].Span.End, 0), " <speaker> said."),
        ], IsSafe: false, EquivalenceKey: "CL0006.speakerTag");
    }
}
