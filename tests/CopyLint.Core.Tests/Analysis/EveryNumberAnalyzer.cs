using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;
using CopyLint.Core.Syntax;

namespace CopyLint.Core.Tests.Analysis;

/// <summary>A test analyzer: reports every number under the given ID, so suppressions and severities can be watched.</summary>
internal sealed class EveryNumberAnalyzer(string id = "CL0001", bool enabledByDefault = true, Action<NodeAnalysisContext>? onNumber = null) : Analyzer
{
    public DiagnosticDescriptor Descriptor { get; } = new(id, "Every number", "Number '{0}'", "Test", DiagnosticSeverity.Warning, enabledByDefault);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(ctx =>
    {
        onNumber?.Invoke(ctx);
        var n = ctx.Number!;
        ctx.Report(Diagnostic.Create(Descriptor, n.ValueSpan, ctx.Document.Text.ToString(n.ValueSpan)));
    }, SyntaxKind.Number);
}
