using CopyLint.Core.Analysis;
using CopyLint.Core.Syntax;
using CopyLint.Rules.Evidence;

namespace CopyLint.Rules.BuiltIn.Attribution;

/// <summary>Per-document caches shared by the attribution rules (evidence per sentence, quote speakers, classifier).</summary>
internal sealed class DocumentState
{
    private static readonly AnalysisStateKey<DocumentState> Key = new(ctx => new DocumentState(ctx.Document, ctx.Lexicons));

    private DocumentState(ProseDocument doc, Core.Lexicons.LexiconSet lex)
    {
        Finder = new EvidenceFinder(doc, lex);
        Quotes = new QuoteAttribution(Finder);
        Classifier = new FigureClassifier(doc, lex);
    }

    public EvidenceFinder Finder { get; }
    public QuoteAttribution Quotes { get; }
    public FigureClassifier Classifier { get; }

    /// <summary>The state of the current analysis run (one per document and configuration).</summary>
    public static DocumentState For(NodeAnalysisContext ctx) => ctx.GetState(Key);
}
