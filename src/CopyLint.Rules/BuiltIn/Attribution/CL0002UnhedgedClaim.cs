using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;
using CopyLint.Core.Syntax;
using CopyLint.Rules.Evidence;
using CopyLint.Rules.Lexicons;

namespace CopyLint.Rules.BuiltIn.Attribution;

/// <summary>
/// CL0002: an accusation, a conflict outcome or what unverified footage "shows" is stated as fact, with no
/// attribution, hedge or verification disclaimer in the sentence (a disclaimer may follow in the next sentence).
/// </summary>
public sealed partial class CL0002UnhedgedClaim : Analyzer
{
    public const string Id = "CL0002";

    public static readonly DiagnosticDescriptor Rule = new(
        Id, "Unhedged claim",
        "Claim '{0}' ({1}) is stated as fact. Attribute it (who says so?) or hedge it ({2})",
        "Attribution", DiagnosticSeverity.Warning,
        description: "Accusations, conflict outcomes and what unverified media shows need attribution or a hedge.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(AnalyzeSentence, SyntaxKind.Sentence);

    private static void AnalyzeSentence(NodeAnalysisContext ctx)
    {
        var doc = ctx.Document;
        var sentence = ctx.Sentence!;
        if (doc.Paragraphs[sentence.Paragraph].Role != ParagraphRole.Body) return;
        var claim = ClaimDetector.Find(ctx, sentence);
        if (claim is null) return;
        var state = DocumentState.For(ctx);
        var f = state.Finder;
        var c0 = claim.Value;
        // A prenominal label ("accused killer John Smith") is an AP style finding whatever the attribution.
        if (c0.Class != ClaimClass.Prenominal && f.Attribution(sentence).Kind != EvidenceKind.None) return;
        if (c0.Class != ClaimClass.Prenominal && f.Hedge(sentence).Kind != EvidenceKind.None) return;
        if (c0.Class != ClaimClass.Prenominal && f.Disclaimer(sentence).Kind != EvidenceKind.None) return;
        var c = c0;
        var severity = c.Class == ClaimClass.Crime ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
        if (c.Class == ClaimClass.Prenominal)
        {
            ctx.Report(new Diagnostic(Rule, c.Span, DiagnosticSeverity.Warning,
                $"'{doc.Text.ToString(c.Span)}' labels a person before conviction (AP). Write 'NAME, accused of …' and name who makes the accusation", fixes: ClaimFixes.For(doc, sentence, c)));
            return;
        }
        var message = Rule.FormatMessage(doc.Text.ToString(c.Span), Describe(c.Class), Suggest(c.Class));
        ctx.Report(new Diagnostic(Rule, sentence.Span, severity, message, fixes: ClaimFixes.For(doc, sentence, c)));
    }

    internal static string Describe(ClaimClass c) => c switch
    {
        ClaimClass.Crime => "crime accusation",
        ClaimClass.Prenominal => "prenominal accusation",
        ClaimClass.Conflict => "conflict outcome",
        ClaimClass.Media => "unverified media",
        _ => "claim",
    };

    private static string Suggest(ClaimClass c) => c switch
    {
        ClaimClass.Crime => "'police said', 'allegedly', 'is accused of'",
        ClaimClass.Media => "'appears to show', 'could not be independently verified'",
        _ => "'the military said', 'reportedly', 'could not be independently verified'",
    };
}
