using CopyLint.Core.Syntax;

namespace CopyLint.Core.Analysis;

/// <summary>Where an analyzer registers its actions during <see cref="Analyzer.Initialize"/>.</summary>
public sealed class AnalysisContext
{
    internal List<(Action<NodeAnalysisContext> Action, SyntaxKind[] Kinds)> Actions { get; } = [];

    /// <summary>Run <paramref name="action"/> for each node of the given kinds (Document, Paragraph, Sentence, Quote, Number).</summary>
    public void RegisterNodeAction(Action<NodeAnalysisContext> action, params SyntaxKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (kinds.Length == 0) throw new ArgumentException("Name at least one node kind.", nameof(kinds));
        foreach (var k in kinds)
            if (k is not (SyntaxKind.Document or SyntaxKind.Paragraph or SyntaxKind.Sentence or SyntaxKind.Quote or SyntaxKind.Number))
                throw new ArgumentException($"Node actions cannot be registered for {k}.", nameof(kinds));
        Actions.Add((action, kinds));
    }
}
