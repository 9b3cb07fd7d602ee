using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;
using CopyLint.Core.Fixes;
using CopyLint.Core.Lexicons;
using CopyLint.Core.Syntax;
using CopyLint.Rules.BuiltIn.Attribution;
using CopyLint.Rules.BuiltIn.Sourcing;
using CopyLint.Rules.Evidence;
using CopyLint.Rules.Lexicons;

namespace CopyLint.Rules.BuiltIn.Claims;

/// <summary>
/// CL0008: a superlative or record claim in narration ("the deadliest attack", "the world's largest maker", "for the
/// first time", "a record $70 billion", "unprecedented") with no attribution (CL0001's E1) and no hedge in the
/// sentence. Bounded superlatives ("highest since 1985", "largest in five years") and sequence uses of "first" are
/// not claims. Separate info finding: "first-ever"/"first ever" is redundant; the safe fix makes it "first".
/// </summary>
public sealed class CL0008SuperlativeClaim : Analyzer
{
    public const string Id = "CL0008";

    public static readonly DiagnosticDescriptor Rule = new(
        Id, "Superlative claim",
        "{0}",
        "Claims", DiagnosticSeverity.Warning,
        description: "First, only, record and superlative claims need a source: who keeps the scorecard?");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(AnalyzeSentence, SyntaxKind.Sentence);

    private static readonly HashSet<string> AdjectiveSuperlatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "largest", "biggest", "highest", "lowest", "deadliest", "worst", "greatest", "fastest", "oldest", "richest", "tallest", "longest",
    };
    private static readonly HashSet<string> GenericOnlyHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "way", "thing", "things", "one", "ones", "option", "time", "reason", "person", "people", "question", "answer", "problem", "difference",
        "exception", "real", "other", "choice", "place", "man", "woman", "solution", "hope", "chance", "alternative", "issue", "concern", "change", "ones",
        "remaining", "player", "team", "member", "candidate", "survivor", "child", "son", "daughter", "problem", "thing", "word", "words", "two", "three",
    };
    private static readonly HashSet<string> BoundedPeriods = new(StringComparer.OrdinalIgnoreCase)
    {
        "years", "year", "decade", "decades", "months", "month", "weeks", "week", "days", "the", "a", "its", "their", "recent", "over",
    };

    // Every match starts with a superlatives entry or with the "a" of IsRecordAmount. Keep in step with IsRecordAmount.
    private static readonly Lexicon RecordAmountFirstWords = new("record-amount-first-words", ["a"]);
    private static LexiconGate? _gate;

    private static void AnalyzeSentence(NodeAnalysisContext ctx)
    {
        var doc = ctx.Document;
        var s = ctx.Sentence!;
        if (!NewsroomText.IsBody(doc, s)) return;
        var lex = ctx.Lexicons[NewsroomLexiconNames.Superlatives];
        var probe = LexiconGate.For(ref _gate, lex, RecordAmountFirstWords).For(doc);
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            if (!probe.May(i) || !NewsroomText.IsWord(doc, i) || !NewsroomText.IsNarration(doc, i)) continue;
            int len = lex.MatchAt(doc, i, s.EndToken);
            if (len == 0 && IsRecordAmount(doc, i, s)) len = 2;
            if (len == 0) continue;
            var text = NewsroomText.Text(doc, i, len);
            var span = NewsroomText.Span(doc, i, len);
            bool firstEver = text.StartsWith("first", StringComparison.OrdinalIgnoreCase) && text.Contains("ever", StringComparison.OrdinalIgnoreCase);
            if (firstEver)
            {
                ctx.Report(new Diagnostic(Rule, span, DiagnosticSeverity.Info, $"'{text}' is redundant: 'first' says it",
                    fixes: [CodeFix.Replace($"Replace '{text}' with 'first'", span, char.IsUpper(text[0]) ? "First" : "first", isSafe: true, key: "CL0008.firstEver")]));
            }
            if (!IsClaim(doc, s, i, len)) { i += len - 1; continue; }
            if (IsSourced(ctx, s, span)) { i += len - 1; continue; }
            var fixes = new List<CodeFix>();
            var attribution = CL0001UnattributedFigure.AddAttributionFix(doc, s);
            if (attribution is not null) fixes.Add(attribution with { EquivalenceKey = "CL0008.addAttribution" });
            ctx.Report(new Diagnostic(Rule, span, DiagnosticSeverity.Warning,
                $"Superlative claim '{text}' has no source in this sentence. Say who keeps the record (', according to …') or hedge it", fixes: fixes));
            i += len - 1;
        }
    }

    /// <summary>Attribution or hedge in the sentence — not the superlative itself ("record" doubles as a reporting verb).</summary>
    private static bool IsSourced(NodeAnalysisContext ctx, SentenceNode s, Core.Text.TextSpan claim)
    {
        var f = DocumentState.For(ctx).Finder;
        var a = f.Attribution(s);
        if (a.Kind != EvidenceKind.None && !a.Span.OverlapsWith(claim)) return true;
        var h = f.Hedge(s);
        return h.Kind != EvidenceKind.None && !h.Span.OverlapsWith(claim);
    }

    /// <summary>"a record $70 billion", "a record 12 percent".</summary>
    private static bool IsRecordAmount(ProseDocument doc, int i, SentenceNode s) =>
        NewsroomText.Is(doc, i, "a") && NewsroomText.Is(doc, i + 1, "record") && i + 2 < s.EndToken
        && (doc.Tokens[i + 2].Kind == SyntaxKind.NumberToken || doc.Tokens[i + 2].Is(TokenFlags.HasDigit) || doc.Tokens[i + 2].Kind == SyntaxKind.Punctuation && doc.Prose[doc.Tokens[i + 2].Span.Start] is '$' or '\u20AC' or '\u00A3' or '\u00A5' or '\u20A9');

    private static bool IsClaim(ProseDocument doc, SentenceNode s, int i, int len)
    {
        var w = doc.TokenText(i);
        if (AdjectiveSuperlatives.ContainsWord(w))
        {
            int before = i - 1;
            if (before < s.FirstToken) return false;
            bool possessive = doc.Tokens[before].Is(TokenFlags.Apostrophe) && (doc.TokenText(before).EndsWith("'s", StringComparison.OrdinalIgnoreCase) || doc.TokenText(before).EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase));
            if (!NewsroomText.Is(doc, before, "the") && !possessive) return false;
            if (NewsroomText.Is(doc, before, "the") && NewsroomText.Is(doc, before - 1, "of") && NewsroomText.IsAny(doc, before - 2, "one", "some", "among")) return false;
            if (NewsroomText.Is(doc, before, "the") && NewsroomText.IsAny(doc, before - 1, "at", "to") && NewsroomText.IsAny(doc, i, "highest", "lowest")) return false;
            return !IsBounded(doc, s, i + 1);
        }
        if (w.Equals("the", StringComparison.OrdinalIgnoreCase) && NewsroomText.Is(doc, i + 1, "only"))
        {
            int head = i + 2;
            if (head >= s.EndToken || !NewsroomText.IsWord(doc, head) || GenericOnlyHeads.ContainsWord(doc.TokenText(head))) return false;
            if (doc.Tokens[head].Is(TokenFlags.Capitalized)) return false;
            return true;
        }
        if (w.Equals("for", StringComparison.OrdinalIgnoreCase)) return !NewsroomText.IsAny(doc, i + len, "since", "in");
        if (w.Equals("historic", StringComparison.OrdinalIgnoreCase)) return NewsroomText.IsAny(doc, i - 1, "a", "this", "the") && !NewsroomText.IsAny(doc, i + 1, "building", "buildings", "site", "sites", "town", "city", "centre", "center", "district", "house", "church", "england", "scotland", "preservation", "monument", "core", "quarter", "area");
        if (w.Equals("number", StringComparison.OrdinalIgnoreCase) || w.Equals("no", StringComparison.OrdinalIgnoreCase))
            return NewsroomText.IsAny(doc, i - 1, "the", "is", "was", "became", "world's", "world\u2019s");
        return true;
    }

    /// <summary>"highest since 1985", "largest in five years", "biggest this year", "lowest so far".</summary>
    private static bool IsBounded(ProseDocument doc, SentenceNode s, int from)
    {
        for (int j = from; j < Math.Min(s.EndToken, from + 4); j++)
        {
            if (doc.Tokens[j].Kind == SyntaxKind.Punctuation) return false;
            if (NewsroomText.Is(doc, j, "since"))
                return j + 1 < s.EndToken && (doc.Tokens[j + 1].Kind == SyntaxKind.NumberToken || doc.Tokens[j + 1].Is(TokenFlags.Capitalized) || NewsroomText.IsAny(doc, j + 1, "records", "last", "early", "late", "mid", "then", "at", "the"));
            if (NewsroomText.IsAny(doc, j, "yet", "so", "this", "last")) return true;
            if (NewsroomText.IsAny(doc, j, "in", "for", "over") && j + 1 < s.EndToken
                && (doc.Tokens[j + 1].Kind == SyntaxKind.NumberToken || Counts.ContainsWord(doc.TokenText(j + 1)) || BoundedPeriods.ContainsWord(doc.TokenText(j + 1)) && !NewsroomText.Is(doc, j + 1, "the")
                    || NewsroomText.Is(doc, j + 1, "the") && NewsroomText.IsAny(doc, j + 2, "past", "last", "region", "area", "state", "city", "district", "league", "county", "province", "group", "sector")))
                return true;
        }
        return false;
    }

    private static readonly HashSet<string> Counts = new(StringComparer.OrdinalIgnoreCase)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "several", "many", "nearly", "almost", "more", "over", "about",
    };
}
