using CopyLint.Core.Diagnostics;

namespace CopyLint.Core.Analysis;

/// <summary>
/// A stateless rule implementation. It declares what it reports and registers actions per node kind;
/// the driver owns traversal, severities, suppressions, cancellation and crash containment.
/// </summary>
public abstract class Analyzer
{
    public abstract IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; }
    public abstract void Initialize(AnalysisContext context);
}
