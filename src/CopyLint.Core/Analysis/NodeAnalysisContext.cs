using CopyLint.Core.Diagnostics;
using CopyLint.Core.Syntax;

namespace CopyLint.Core.Analysis;

/// <summary>What an action sees: the document, the node being visited, options, cancellation, and a way to report.</summary>
public sealed class NodeAnalysisContext
{
    private readonly Action<Diagnostic> _report;
    private readonly LintOptions _options;

    internal NodeAnalysisContext(ProseDocument document, LintOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        Document = document;
        _options = options;
        _report = report;
        CancellationToken = cancellationToken;
    }

    public ProseDocument Document { get; }
    public CancellationToken CancellationToken { get; }
    public SyntaxKind Kind { get; internal set; }
    public ParagraphNode? Paragraph { get; internal set; }
    public SentenceNode? Sentence { get; internal set; }
    public QuoteNode? Quote { get; internal set; }
    public NumberNode? Number { get; internal set; }

    public Lexicons.LexiconSet Lexicons => _options.Lexicons;

    public RuleOptions OptionsFor(string ruleId) =>
        _options.RuleOptions.TryGetValue(ruleId, out var o) ? o : RuleOptions.Empty;

    public void Report(Diagnostic diagnostic) => _report(diagnostic);
}
