using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;
using CopyLint.Core.Lexicons;
using CopyLint.Core.Syntax;
using CopyLint.Rules.BuiltIn.Attribution;
using CopyLint.Rules.Evidence;
using CopyLint.Rules.Lexicons;

namespace CopyLint.Rules.BuiltIn.Sourcing;

/// <summary>
/// CL0005: vague attribution in the writer's voice — "critics argue", "many experts believe", "it is widely believed
/// that", "studies show", "according to some analysts", "there are those who say", "is widely regarded as", and a bare
/// "reportedly" with no report named nearby. Silent when the story supports it: a named source of the matching kind
/// is attributed in the same sentence or the next two paragraphs (anywhere in the story for the lede, WP:WEASEL).
/// </summary>
public sealed class CL0005WeaselAttribution : Analyzer
{
    public const string Id = "CL0005";

    public static readonly DiagnosticDescriptor Rule = new(
        Id, "Weasel attribution",
        "{0}",
        "Sourcing", DiagnosticSeverity.Info,
        description: "Vague attribution ('some say', 'experts believe', 'studies show') hides who is speaking. Name the source.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(AnalyzeSentence, SyntaxKind.Sentence);

    private static readonly HashSet<string> Between = new(StringComparer.OrdinalIgnoreCase)
    {
        "have", "has", "had", "been", "long", "also", "often", "quick", "to", "are", "were", "will", "would", "increasingly", "widely", "generally",
        "now", "still", "already", "repeatedly", "always", "privately", "openly", "do", "did", "tend", "continue", "widely", "largely", "mostly", "all",
    };
    private static readonly HashSet<string> ExpertGroups = new(StringComparer.OrdinalIgnoreCase)
    {
        "analysts", "experts", "observers", "scholars", "researchers", "academics", "economists", "commentators", "pundits", "historians", "scientists",
    };
    // Asked after every "is", "are", "was", "were" and "been": tested by word ID, not by hashing the next word's text.
    private static readonly Lexicon RegardAdverbs = new("regard-adverbs", ["widely", "generally", "commonly", "universally", "largely", "often"]);
    private static readonly HashSet<string> EvidenceOpeners = new(StringComparer.OrdinalIgnoreCase) { "recent", "new", "some", "many", "other", "scientific", "previous", "medical", "numerous", "several", "most" };
    private static readonly HashSet<string> ReportNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "report", "reports", "reported", "reporting", "newspaper", "newspapers", "media", "channel", "agency", "broadcaster", "television", "tv", "radio",
        "website", "magazine", "daily", "paper", "tabloid", "outlet", "outlets", "according", "told", "statement", "broadcast", "interview", "quoted", "citing",
    };

    // Every pattern of Match starts with one of these words or a word of the weasel-evidence or weasel-groups lists;
    // a token that starts none of them is skipped with one bit test. Keep in step with Match.
    private static readonly Lexicon MatchFirstWords = new("weasel-first-words",
        ["reportedly", "it", "there", "is", "are", "was", "were", "been", "according", "some", "many", "others"]);
    private static LexiconGate? _gate;

    private static void AnalyzeSentence(NodeAnalysisContext ctx)
    {
        var doc = ctx.Document;
        var s = ctx.Sentence!;
        if (!NewsroomText.IsBody(doc, s)) return;
        var lex = ctx.Lexicons;
        var gate = LexiconGate.For(ref _gate, MatchFirstWords, lex[NewsroomLexiconNames.WeaselEvidence], lex[NewsroomLexiconNames.WeaselGroups]);
        var probe = gate.For(doc);
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            if (!probe.May(i) || !NewsroomText.IsWord(doc, i) || !NewsroomText.IsNarration(doc, i)) continue;
            var hit = Match(doc, lex, s, i);
            if (hit is not { } h) continue;
            var state = DocumentState.For(ctx);
            if (h.Kind == WeaselKind.Reportedly ? ReportNamed(state, s, lex) : Supported(state, lex, s, h.Expert)) { i = h.End - 1; continue; }
            var severity = h.Kind == WeaselKind.Evidence ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info;
            var text = NewsroomText.Text(doc, h.Start, h.End - h.Start);
            ctx.Report(new Diagnostic(Rule, NewsroomText.Span(doc, h.Start, h.End - h.Start), severity, Message(h.Kind, text)));
            i = h.End - 1;
        }
    }

    private static string Message(WeaselKind kind, string text) => kind switch
    {
        WeaselKind.Evidence => $"'{text}' claims evidence without naming it. Name the study or research (who, when, published where)",
        WeaselKind.Reportedly => $"'{text}' with no report named nearby. Say who reported it (NPR: 'reportedly' is not enough)",
        _ => $"'{text}' is a vague attribution. Name who says so, or cut it (WP:WEASEL)",
    };

    private enum WeaselKind { Group, Impersonal, Evidence, According, ThereAre, Regarded, Reportedly }

    private readonly record struct Hit(WeaselKind Kind, int Start, int End, bool Expert);

    private static Hit? Match(ProseDocument doc, LexiconSet lex, SentenceNode s, int i)
    {
        int end = s.EndToken;
        // "reportedly"
        if (NewsroomText.Is(doc, i, "reportedly")) return new Hit(WeaselKind.Reportedly, i, i + 1, false);
        // "it is (widely) believed that"
        if (NewsroomText.Is(doc, i, "it") && NewsroomText.IsAny(doc, i + 1, "is", "was", "has", "had"))
        {
            int j = i + 2;
            if (NewsroomText.Is(doc, j, "been")) j++;
            if (RegardAdverbs.Contains(doc, Math.Min(j, doc.Tokens.Length - 1))) j++;
            int len = j < end ? lex[NewsroomLexiconNames.WeaselImpersonal].MatchAt(doc, j, end) : 0;
            if (len > 0 && NewsroomText.Is(doc, j + len, "that") && !NewsroomText.IsAny(doc, j, "known", "understood", "expected"))
                return new Hit(WeaselKind.Impersonal, i, j + len + 1, false);
            return null;
        }
        // "there are those who say"
        if (NewsroomText.Is(doc, i, "there") && NewsroomText.IsAny(doc, i + 1, "are", "were") && NewsroomText.IsAny(doc, i + 2, "those", "some", "people", "many", "others")
            && NewsroomText.Is(doc, i + 3, "who") && NewsroomText.IsAny(doc, i + 4, "say", "believe", "argue", "think", "claim", "feel", "contend", "suggest"))
            return new Hit(WeaselKind.ThereAre, i, i + 5, false);
        // "is widely regarded as"
        if (NewsroomText.IsAny(doc, i, "is", "are", "was", "were", "been") && i + 1 < end && RegardAdverbs.Contains(doc, i + 1))
        {
            int len = lex[NewsroomLexiconNames.WeaselRegard].MatchAt(doc, i + 2, end);
            if (len > 0 && NewsroomText.Is(doc, i + 2 + len, "as")) return new Hit(WeaselKind.Regarded, i, i + 3 + len, false);
            return null;
        }
        // "according to some analysts / reports"
        if (NewsroomText.Is(doc, i, "according") && NewsroomText.Is(doc, i + 1, "to"))
        {
            int j = i + 2;
            bool quant = false;
            if (NewsroomText.IsAny(doc, j, "some", "many", "several", "most", "other")) { j++; quant = true; }
            if (!NewsroomText.IsAny(doc, j, "experts", "analysts", "reports", "observers", "critics", "commentators", "insiders", "estimates", "sources") && !(quant && NewsroomText.In(doc, j, lex[NewsroomLexiconNames.WeaselGroups]))) return null;
            if (NewsroomText.IsAny(doc, j, "sources")) return null; // CL0004's business
            if (j + 1 < end && (NewsroomText.IsAny(doc, j + 1, "from", "by", "at", "in", "of", "with", "including", "such", "like", "close", "familiar") || doc.Tokens[j + 1].Is(TokenFlags.Capitalized) || NewsroomText.IsPunct(doc, j + 1, '(')))
                return null;
            return new Hit(WeaselKind.According, i, j + 1, ExpertGroups.ContainsWord(doc.TokenText(j)));
        }
        // "studies show", "research suggests"
        if (NewsroomText.In(doc, i, lex[NewsroomLexiconNames.WeaselEvidence]) && !NewsroomText.Is(doc, i, "experts"))
        {
            int len = lex[NewsroomLexiconNames.WeaselEvidenceVerbs].MatchAt(doc, i + 1, end);
            if (len == 0) return null;
            int k = i - 1;
            if (k >= s.FirstToken && EvidenceOpeners.ContainsWord(doc.TokenText(k))) k--;
            bool open = k < s.FirstToken || NewsroomText.IsAny(doc, k, "that", "and", "but", "as") || NewsroomText.IsPunct(doc, k, ',') || doc.Tokens[k].Kind == SyntaxKind.Punctuation && !NewsroomText.IsPunct(doc, k, '\'');
            if (!open) return null;
            return new Hit(WeaselKind.Evidence, k + 1, i + 1 + len, false);
        }
        // "Some say", "others argue"
        if (NewsroomText.IsAny(doc, i, "some", "many", "others") && (i == s.FirstToken || NewsroomText.IsAny(doc, i - 1, "and", "but", "while") || NewsroomText.IsPunct(doc, i - 1, ',') || NewsroomText.IsSentenceInitial(doc, s, i))
            && NewsroomText.IsWord(doc, i + 1) && VerbAt(doc, lex, i + 1, end, allowPast: false) is > 0 and var sayLen)
            return new Hit(WeaselKind.Group, i, i + 1 + sayLen, false);
        // "(some|many)? critics argue"
        var groups = lex[NewsroomLexiconNames.WeaselGroups];
        if (!NewsroomText.In(doc, i, groups)) return null;
        int start = i;
        bool quantified = false;
        int q = QuantifierBefore(doc, lex, s, i);
        if (q >= 0) { start = q; quantified = true; }
        else if (i > s.FirstToken)
        {
            // any other modifier before the group ("Military analysts", "U.S. officials", "the critics") makes it a specific group
            var prev = doc.Tokens[i - 1];
            if (prev.Kind == SyntaxKind.Word && !NewsroomText.IsAny(doc, i - 1, "and", "but", "that", "as", "while", "because", "so", "although", "though", "yet")) return null;
            if (prev.Kind == SyntaxKind.NumberToken) return null;
        }
        // named right after: "analysts at Goldman Sachs", "critics, including opposition leader Lee"
        if (i + 1 < end && (NewsroomText.IsAny(doc, i + 1, "at", "from", "with", "including", "such", "like", "of", "in", "for") || NewsroomText.IsPunct(doc, i + 1, ',') || NewsroomText.IsPunct(doc, i + 1, '(')))
            return null;
        int v = i + 1;
        for (int n = 0; n < 4 && v < end && Between.ContainsWord(doc.TokenText(v)); n++) v++;
        if (v >= end || !NewsroomText.IsWord(doc, v)) return null;
        int vlen = VerbAt(doc, lex, v, end, allowPast: quantified);
        if (vlen == 0) return null;
        return new Hit(WeaselKind.Group, start, v + vlen, ExpertGroups.ContainsWord(doc.TokenText(i)));
    }

    private static int QuantifierBefore(ProseDocument doc, LexiconSet lex, SentenceNode s, int group)
    {
        var quant = lex[NewsroomLexiconNames.WeaselQuantifiers];
        for (int back = 1; back <= 4 && group - back >= s.FirstToken; back++)
        {
            int len = quant.MatchAt(doc, group - back, group);
            if (len == back) return group - back;
        }
        return -1;
    }

    /// <summary>A weasel verb at <paramref name="v"/>: base or -s form; past tense only after a vague quantifier.</summary>
    private static int VerbAt(ProseDocument doc, LexiconSet lex, int v, int end, bool allowPast)
    {
        var verbs = lex[NewsroomLexiconNames.WeaselVerbs];
        int len = verbs.MatchAt(doc, v, end);
        if (len > 0) return len;
        var w = doc.TokenText(v);
        if (w.EndsWith('s') && verbs.Contains(w[..^1])) return 1;
        if (allowPast)
        {
            if (w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && (verbs.Contains(w[..^2]) || verbs.Contains(w[..^1]))) return 1;
            if (w.Equals("thought", StringComparison.OrdinalIgnoreCase) || w.Equals("felt", StringComparison.OrdinalIgnoreCase) || w.Equals("said", StringComparison.OrdinalIgnoreCase)) return 1;
        }
        return 0;
    }

    /// <summary>"reportedly" is fine when a report, outlet or channel is named in this or an adjacent sentence of the paragraph.</summary>
    private static bool ReportNamed(DocumentState state, SentenceNode s, LexiconSet lex)
    {
        var f = state.Finder;
        if (f.Attribution(s).Kind != EvidenceKind.None) return true;
        foreach (var sentence in new[] { f.PreviousInParagraph(s), s, f.NextInParagraph(s) })
        {
            if (sentence is null) continue;
            var doc = f.Document;
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (!NewsroomText.IsWord(doc, i)) continue;
                if (ReportNouns.ContainsWord(doc.TokenText(i))) return true;
            }
            if (lex[LexiconNames.Outlets].FindIn(doc, sentence.FirstToken, sentence.EndToken).Token >= 0) return true;
        }
        return false;
    }

    /// <summary>A named source of the matching kind is attributed in the sentence, the next two paragraphs, or (for the lede) anywhere.</summary>
    private static bool Supported(DocumentState state, LexiconSet lex, SentenceNode s, bool expert)
    {
        var f = state.Finder;
        var doc = f.Document;
        var para = doc.Paragraphs[s.Paragraph];
        int lastPara = para.BodyIndex == 0 ? doc.Paragraphs.Count - 1 : Math.Min(doc.Paragraphs.Count - 1, s.Paragraph + 2);
        var types = lex[NewsroomLexiconNames.WeaselSupportTypes];
        for (int k = s.Index; k < doc.Sentences.Count && doc.Sentences[k].Paragraph <= lastPara; k++)
        {
            var sentence = doc.Sentences[k];
            if (doc.Paragraphs[sentence.Paragraph].Role != ParagraphRole.Body) continue;
            if (f.Attribution(sentence).Kind == EvidenceKind.None) continue;
            if (!HasName(doc, sentence)) continue;
            if (!expert || types.FindIn(doc, sentence.FirstToken, sentence.EndToken).Token >= 0) return true;
        }
        return false;
    }

    /// <summary>Two consecutive capitalised words in narration: a person's or organisation's name.</summary>
    private static bool HasName(ProseDocument doc, SentenceNode s)
    {
        for (int i = s.FirstToken + 1; i < s.EndToken; i++)
            if (NewsroomText.IsNarration(doc, i) && doc.Tokens[i].Is(TokenFlags.Capitalized) && doc.Tokens[i - 1].Is(TokenFlags.Capitalized)
                && NewsroomText.IsWord(doc, i) && NewsroomText.IsWord(doc, i - 1) && doc.Tokens[i - 1].Span.End < doc.Tokens[i].Span.Start)
                return true;
        return false;
    }
}
