using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;
using CopyLint.Core.Fixes;
using CopyLint.Core.Lexicons;
using CopyLint.Core.Syntax;
using CopyLint.Rules.BuiltIn.Attribution;
using CopyLint.Rules.BuiltIn.Sourcing;
using CopyLint.Rules.Evidence;
using CopyLint.Rules.Lexicons;

namespace CopyLint.Rules.BuiltIn.Style;

/// <summary>
/// CL0009: loaded words in the writer's voice (never inside quotation marks). Contentious labels without attribution
/// or a designation verb (warning); puffery, editorialising sentence adverbs and doubt words (info); speech tags
/// that imply guilt outside a legal setting, and verbs that cannot carry words tagging a quotation (warning);
/// speech tags that imply the speaker is right (info). "claimed/noted/observed/insisted" are not flagged.
/// </summary>
public sealed class CL0009LoadedLanguage : Analyzer
{
    public const string Id = "CL0009";

    public static readonly DiagnosticDescriptor Rule = new(
        Id, "Loaded language",
        "{0}",
        "Style", DiagnosticSeverity.Warning,
        description: "Labels, puffery, editorialising and loaded speech tags put the writer's judgement into the copy (WP:WTW, WP:SAID).");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(AnalyzeSentence, SyntaxKind.Sentence);

    private static LexiconGate? _gate;

    private static readonly HashSet<string> Designations = new(StringComparer.OrdinalIgnoreCase)
    {
        "designated", "designates", "designate", "listed", "labelled", "labeled", "branded", "called", "calls", "described", "describes", "dubbed",
        "classified", "declared", "considers", "considered", "deemed", "accused", "accuses", "condemned", "named", "banned", "proscribed",
    };

    private sealed record Lists(Lexicon Labels, Lexicon Puffery, Lexicon Editorializing, Lexicon Doubt, Lexicon Guilt, Lexicon Truth, Lexicon NonSpeech);

    private static readonly LexiconBundle<Lists> ListsOf = new(lex => new Lists(
        lex[NewsroomLexiconNames.LoadedLabels], lex[NewsroomLexiconNames.Puffery], lex[NewsroomLexiconNames.Editorializing],
        lex[NewsroomLexiconNames.DoubtLabels], lex[NewsroomLexiconNames.GuiltSpeechVerbs], lex[NewsroomLexiconNames.TruthSpeechVerbs],
        lex[NewsroomLexiconNames.NonSpeechTags]));

    private static void AnalyzeSentence(NodeAnalysisContext ctx)
    {
        var doc = ctx.Document;
        var s = ctx.Sentence!;
        if (!NewsroomText.IsBody(doc, s)) return;
        var lex = ctx.Lexicons;
        var (labels, puffery, editorializing, doubt, guilt, truth, nonSpeech) = ListsOf.For(lex); // resolved once per set
        // Most words start no entry of any of the seven lists: one bit test skips them all.
        var gate = LexiconGate.For(ref _gate, labels, puffery, editorializing, doubt, guilt, truth, nonSpeech);
        bool? attributed = null;
        bool Attributed() => attributed ??= DocumentState.For(ctx).Finder.Attribution(s).Kind != EvidenceKind.None || HasDesignation(doc, s);
        var probe = gate.For(doc);
        var tokens = doc.Tokens;
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            bool may = probe.May(i);
            // the bit test first, then the flag: nearly every token stops here without a call
            if (!may && !(tokens[i].Is(TokenFlags.Hyphenated) && IsPseudo(doc, i))) continue;
            if (!NewsroomText.IsWord(doc, i) || !NewsroomText.IsUnquoted(doc, i)) continue;
            int len = 0;
            if (may && (len = labels.MatchAt(doc, i, s.EndToken)) > 0 || IsPseudo(doc, i) && (len = 1) > 0)
            {
                if (!Attributed())
                    Report(ctx, i, len, DiagnosticSeverity.Warning, "'{0}' is a contentious label. Attribute it to whoever applies it, or describe what the group does");
            }
            else if (!may) continue;
            else if ((len = puffery.MatchAt(doc, i, s.EndToken)) > 0)
            {
                if (IsAdjectiveUse(doc, s, i) && !Attributed())
                    Report(ctx, i, len, DiagnosticSeverity.Info, "'{0}' is puffery. Show why with facts, or attribute the praise");
            }
            else if ((len = editorializing.MatchAt(doc, i, s.EndToken)) > 0)
            {
                if (IsSentenceAdverb(doc, s, i, len))
                    Report(ctx, i, len, DiagnosticSeverity.Info, "'{0}' editorialises: it tells readers what to think. Cut it and let the facts speak", Cut(doc, i, len));
            }
            else if ((len = doubt.MatchAt(doc, i, s.EndToken)) > 0)
            {
                if (IsDoubtUse(doc, s, i, len))
                    Report(ctx, i, len, DiagnosticSeverity.Info, "'{0}' casts doubt on what follows. Attribute the doubt or use a neutral description", Cut(doc, i, len));
            }
            else if ((len = guilt.MatchAt(doc, i, s.EndToken)) > 0)
            {
                if (IsSpeechUse(doc, s, i, len) && lex[NewsroomLexiconNames.LegalContext].FindIn(doc, s.FirstToken, s.EndToken).Token < 0)
                    Report(ctx, i, len, DiagnosticSeverity.Warning, "'{0}' implies guilt or a grudging confession. Use 'said' unless the admission is the news", Said(doc, i, len));
            }
            else if ((len = truth.MatchAt(doc, i, s.EndToken)) > 0)
            {
                if (IsSpeechUse(doc, s, i, len) || IsClauseObject(doc, s, i + len))
                    Report(ctx, i, len, DiagnosticSeverity.Info, "'{0}' implies the speaker is right. Prefer 'said' (or 'showed' for documents)", Said(doc, i, len));
            }
            else if ((len = nonSpeech.MatchAt(doc, i, s.EndToken)) > 0)
            {
                if (TagsQuote(doc, s, i))
                    Report(ctx, i, len, DiagnosticSeverity.Warning, "Nobody can '{0}' words. Use 'said' (and describe the gesture separately if it matters)", Said(doc, i, len));
            }
            if (len > 1) i += len - 1;
        }
    }

    private static void Report(NodeAnalysisContext ctx, int i, int len, DiagnosticSeverity severity, string format, CodeFix? fix = null)
    {
        var doc = ctx.Document;
        var text = NewsroomText.Text(doc, i, len);
        ctx.Report(new Diagnostic(Rule, NewsroomText.Span(doc, i, len), severity, string.Format(System.Globalization.CultureInfo.InvariantCulture, format, text),
            fixes: fix is null ? null : [fix]));
    }

    private static CodeFix Said(ProseDocument doc, int i, int len)
    {
        var w = doc.TokenString(i);
        var replacement = w.EndsWith('s') ? "says" : "said";
        return CodeFix.Replace($"Replace with '{replacement}'", NewsroomText.Span(doc, i, len), replacement, isSafe: false, key: "CL0009.said");
    }

    /// <summary>Delete the word and the comma or space that goes with it ("Interestingly, the minister …" → "The minister …").</summary>
    private static CodeFix? Cut(ProseDocument doc, int i, int len)
    {
        int last = i + len - 1;
        var span = NewsroomText.Span(doc, i, len);
        int end = span.End;
        if (NewsroomText.IsPunct(doc, last + 1, ',')) end = doc.Tokens[last + 1].Span.End;
        if (end < doc.Prose.Length && doc.Prose[end] == ' ') end++;
        else return null;
        var edits = new List<Core.Text.TextChange> { new(Core.Text.TextSpan.FromBounds(span.Start, end), "") };
        if (char.IsUpper(doc.Prose[span.Start]) && last + 1 < doc.Tokens.Length)
        {
            int next = NewsroomText.IsPunct(doc, last + 1, ',') ? last + 2 : last + 1;
            if (next < doc.Tokens.Length && doc.Tokens[next].Kind == SyntaxKind.Word && char.IsLower(doc.Prose[doc.Tokens[next].Span.Start]))
                edits.Add(new(new Core.Text.TextSpan(doc.Tokens[next].Span.Start, 1), char.ToUpperInvariant(doc.Prose[doc.Tokens[next].Span.Start]).ToString()));
        }
        return new CodeFix($"Remove '{doc.Text.ToString(span)}'", edits, IsSafe: false, EquivalenceKey: "CL0009.cut");
    }

    /// <summary>
    /// "the so-called reform" casts doubt; "so-called super jumbos" only introduces a term. Doubt is flagged when the
    /// word governs a single common noun that can be doubted. "supposed" is flagged unless it is "supposed to".
    /// </summary>
    private static bool IsDoubtUse(ProseDocument doc, SentenceNode s, int i, int len)
    {
        int next = i + len;
        if (NewsroomText.Is(doc, next, "to") || NewsroomText.IsAny(doc, i - 1, "is", "was", "are", "were", "be")) return false;
        if (next >= s.EndToken || !NewsroomText.IsWord(doc, next) || doc.Tokens[next].Is(TokenFlags.Capitalized)) return false;
        return DoubtTargets.ContainsWord(doc.TokenText(next));
    }

    private static readonly HashSet<string> DoubtTargets = new(StringComparer.OrdinalIgnoreCase)
    {
        "reform", "reforms", "expert", "experts", "democracy", "election", "elections", "peace", "journalist", "journalists", "friend", "friends", "leader",
        "leaders", "victim", "victims", "president", "government", "freedom", "ceasefire", "investigation", "evidence", "news", "scientist", "scientists",
        "science", "plan", "deal", "agreement", "solution", "republic", "state", "charity", "cure", "miracle", "witness", "witnesses", "hero", "heroes",
        "terrorist", "terrorists", "crisis", "threat", "referendum", "independence", "justice", "rescue", "progress", "recovery", "truce", "protest", "protesters",
    };

    private static bool IsPseudo(ProseDocument doc, int i) =>
        doc.Tokens[i].Span.Length > 7 && doc.Tokens[i].Is(TokenFlags.Hyphenated) // asked of every word: flags first
        && doc.TokenText(i).StartsWith("pseudo-", StringComparison.OrdinalIgnoreCase); // "pseudo-science", not "Pseudomonas"

    private static bool HasDesignation(ProseDocument doc, SentenceNode s)
    {
        for (int i = s.FirstToken; i < s.EndToken; i++)
            if (NewsroomText.IsWord(doc, i) && Designations.ContainsWord(doc.TokenText(i))) return true;
        return false;
    }

    /// <summary>Puffery as an attribute ("the legendary director", "a brilliant new film"), not "celebrated his birthday".</summary>
    private static bool IsAdjectiveUse(ProseDocument doc, SentenceNode s, int i)
    {
        if (NewsroomText.IsAny(doc, i, "celebrated", "landmark"))
            return NewsroomText.IsAny(doc, i - 1, "a", "an", "the", "most", "much") && NewsroomText.IsWord(doc, i + 1) && !NewsroomText.IsAny(doc, i + 1, "the", "a", "his", "her", "its", "their", "by", "with", "in", "on");
        if (i + 1 < s.EndToken && NewsroomText.Is(doc, i + 1, "for")) return true;
        return true;
    }

    /// <summary>A sentence adverb: first word of the sentence (after "But/And/So"), or set off by commas.</summary>
    private static bool IsSentenceAdverb(ProseDocument doc, SentenceNode s, int i, int len)
    {
        int k = i - 1;
        if (k >= s.FirstToken && NewsroomText.IsAny(doc, k, "but", "and", "so", "yet")) k--;
        bool initial = k < s.FirstToken || doc.Tokens[k].Kind == SyntaxKind.Punctuation && doc.Prose[doc.Tokens[k].Span.Start] is '\u201C' or '"' or '(';
        bool commaBefore = k >= s.FirstToken && NewsroomText.IsPunct(doc, k, ',');
        bool commaAfter = NewsroomText.IsPunct(doc, i + len, ',');
        return initial && (commaAfter || len > 1 || NewsroomText.IsAny(doc, i, "interestingly", "unfortunately", "fortunately", "sadly", "tragically", "obviously", "notably", "ironically", "surprisingly", "amazingly", "remarkably", "needless"))
               || commaBefore && commaAfter;
    }

    /// <summary>A speech tag: followed by "that", a colon or an opening quote, or right after a closing quotation ("…,” he admitted).</summary>
    private static bool IsSpeechUse(ProseDocument doc, SentenceNode s, int i, int len)
    {
        int next = i + len;
        if (NewsroomText.Is(doc, next, "that") || NewsroomText.IsPunct(doc, next, ':')) return true;
        if (NewsroomText.IsPunct(doc, next, ',') && next + 1 < s.EndToken && doc.Tokens[next + 1].Kind == SyntaxKind.Punctuation && doc.Prose[doc.Tokens[next + 1].Span.Start] is '\u201C' or '"') return true;
        return AfterClosingQuote(doc, s, i);
    }

    /// <summary>"revealed the plan would cost more": a clause object with a finite verb soon after.</summary>
    private static bool IsClauseObject(ProseDocument doc, SentenceNode s, int from)
    {
        if (!NewsroomText.IsAny(doc, from, "the", "a", "an", "his", "her", "its", "their", "he", "she", "it", "they", "plans", "how", "why", "what")) return false;
        for (int j = from + 1; j < Math.Min(s.EndToken, from + 8); j++)
        {
            if (doc.Tokens[j].Kind == SyntaxKind.Punctuation) return false;
            if (NewsroomText.IsAny(doc, j, "would", "will", "had", "was", "were", "is", "are", "has", "have", "could")) return true;
        }
        return false;
    }

    private static bool TagsQuote(ProseDocument doc, SentenceNode s, int i)
    {
        if (AfterClosingQuote(doc, s, i)) return true;
        // "She smiled: “…”" / "He laughed, “…”"
        int next = i + 1;
        if (NewsroomText.IsPunct(doc, next, ',') || NewsroomText.IsPunct(doc, next, ':')) next++;
        return next < doc.Tokens.Length && doc.Tokens[next].Kind == SyntaxKind.Punctuation && doc.Prose[doc.Tokens[next].Span.Start] is '\u201C' or '"'
               && doc.SentenceOfToken(next) == s.Index;
    }

    /// <summary>Right after a closing quotation mark, with at most a subject (name or pronoun, ≤ 3 words) between.</summary>
    private static bool AfterClosingQuote(ProseDocument doc, SentenceNode s, int i)
    {
        for (int k = i - 1, n = 0; k >= s.FirstToken && n <= 3; k--, n++)
        {
            var t = doc.Tokens[k];
            if (t.Kind == SyntaxKind.Punctuation)
                return doc.Prose[t.Span.Start] is '\u201D' or '"' && k - 1 >= s.FirstToken && doc.Tokens[k - 1].Kind == SyntaxKind.Punctuation && doc.Prose[doc.Tokens[k - 1].Span.Start] is ',' or '!' or '?';
            if (t.Kind != SyntaxKind.Word) return false;
        }
        return false;
    }
}
