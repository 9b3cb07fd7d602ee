using System.Runtime.CompilerServices;
using CopyLint.Core.Analysis;
using CopyLint.Core.Syntax;
using CopyLint.Rules.Evidence;

namespace CopyLint.Rules.BuiltIn.Attribution;

/// <summary>Per-document caches shared by the attribution rules (evidence per sentence, quote speakers, classifier).</summary>
internal sealed class DocumentState
{
    private static readonly ConditionalWeakTable<ProseDocument, DocumentState> States = new();

    private DocumentState(ProseDocument doc, Core.Lexicons.LexiconSet lex)
    {
        Finder = new EvidenceFinder(doc, lex);
        Quotes = new QuoteAttribution(Finder);
        Classifier = new FigureClassifier(doc, lex);
    }

    public EvidenceFinder Finder { get; }
    public QuoteAttribution Quotes { get; }
    public FigureClassifier Classifier { get; }

    public static DocumentState For(NodeAnalysisContext ctx) =>
        States.GetValue(ctx.Document, d => new DocumentState(d, ctx.Lexicons));
}
