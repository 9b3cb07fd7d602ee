using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;
using CopyLint.Core.Lexicons;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;
using CopyLint.Rules.Lexicons;

namespace CopyLint.Rules.BuiltIn.Sourcing;

/// <summary>
/// CL0004: an unnamed source is the source of an attribution ("sources said", "a source told", "according to people
/// familiar with the matter", bare "officials said"). Bare sources are warnings; described ones without a reason for
/// anonymity in the paragraph are info; an anonymous source speaking an insult is an error (Guardian); "sources"
/// turning into "the source" later in the story is info (Reuters: never plural for one source).
/// </summary>
public sealed class CL0004AnonymousSource : Analyzer
{
    public const string Id = "CL0004";

    public static readonly DiagnosticDescriptor Rule = new(
        Id, "Anonymous source",
        "{0}",
        "Sourcing", DiagnosticSeverity.Warning,
        description: "Anonymous sources need the most specific description possible and a reason why anonymity was granted (AP, Reuters, NPR).");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterNodeAction(AnalyzeSentence, SyntaxKind.Sentence);
        context.RegisterNodeAction(AnalyzeDocument, SyntaxKind.Document);
    }

    private static void AnalyzeSentence(NodeAnalysisContext ctx)
    {
        var doc = ctx.Document;
        var s = ctx.Sentence!;
        if (!NewsroomText.IsBody(doc, s)) return;
        var lex = AnonymousSourceFinder.For(ctx);
        foreach (var m in lex.Matches(s))
        {
            if (m.Definite) continue;
            var (severity, message) = Classify(doc, ctx.Lexicons, s, m);
            if (severity is null) continue;
            ctx.Report(new Diagnostic(Rule, NewsroomText.Span(doc, m.First, m.Length), severity.Value, message));
        }
    }

    private static (DiagnosticSeverity?, string) Classify(ProseDocument doc, LexiconSet lexicons, SentenceNode s, AnonymousSourceMatch m)
    {
        var name = NewsroomText.Text(doc, m.First, m.Length);
        if (SpeaksInsult(doc, lexicons, s))
            return (DiagnosticSeverity.Error, $"Anonymous source '{name}' is quoted making a pejorative attack. Name the speaker or cut the quote: anonymous pejorative quotes need senior sign-off (Guardian, Reuters)");
        if (m.Bare)
            return (DiagnosticSeverity.Warning, $"Anonymous source '{name}' is not described. Say who the source is as specifically as possible (agency, role, how they know) and why anonymity was granted (AP)");
        if (HasReason(doc, lexicons, s)) return (null, "");
        return (DiagnosticSeverity.Info, $"Anonymous source '{name}' is given no reason for anonymity in this paragraph. Say why the source was not named (AP: 'who spoke on condition of anonymity because …')");
    }

    private static bool HasReason(ProseDocument doc, LexiconSet lexicons, SentenceNode s)
    {
        var (first, end) = NewsroomText.Tokens(doc, doc.Paragraphs[s.Paragraph]);
        return lexicons[NewsroomLexiconNames.AnonymityReasons].FindIn(doc, first, end).Token >= 0;
    }

    private static bool SpeaksInsult(ProseDocument doc, LexiconSet lexicons, SentenceNode s)
    {
        var insults = lexicons[NewsroomLexiconNames.Insults];
        for (int i = s.FirstToken; i < s.EndToken; i++)
            if (doc.Tokens[i].Is(TokenFlags.InQuote) && NewsroomText.In(doc, i, insults)) return true;
        return false;
    }

    private static void AnalyzeDocument(NodeAnalysisContext ctx)
    {
        var doc = ctx.Document;
        var finder = AnonymousSourceFinder.For(ctx);
        bool sawPlural = false;
        foreach (var s in doc.Sentences)
        {
            if (!NewsroomText.IsBody(doc, s)) continue;
            foreach (var m in finder.Matches(s))
            {
                var head = doc.TokenText(m.Head);
                if (head.Equals("sources", StringComparison.OrdinalIgnoreCase)) sawPlural = true;
                else if (sawPlural && m.Definite && head.Equals("source", StringComparison.OrdinalIgnoreCase))
                {
                    var span = TextSpan.FromBounds(doc.Tokens[m.Head - 1].Span.Start, doc.Tokens[m.Head].Span.End);
                    ctx.Report(new Diagnostic(Rule, span, DiagnosticSeverity.Info,
                        "'the source' follows 'sources' earlier in the story: if there was only one source, don't make it plural (Reuters)"));
                    return;
                }
            }
        }
    }
}
