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

    // A run holds a handful of states: a short array searched by reference beats any hash table, and a context is
    // used by one thread at a time (the driver walks one document on one thread).
    private (object Key, object Value)[] _states = new (object, object)[4];
    private int _stateCount;

    /// <summary>The run's instance of the state named by <paramref name="key"/>, created on first use.</summary>
    public T GetState<T>(AnalysisStateKey<T> key) where T : class
    {
        for (int i = 0; i < _stateCount; i++)
            if (ReferenceEquals(_states[i].Key, key)) return (T)_states[i].Value;
        var value = key.Create(this);
        if (_stateCount == _states.Length) Array.Resize(ref _states, _states.Length * 2);
        _states[_stateCount++] = (key, value);
        return value;
    }
}
