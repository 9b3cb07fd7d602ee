using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;
using CopyLint.Core.Syntax;

namespace CopyLint.Core.Tests.Analysis;

/// <summary>A test analyzer that throws on every sentence.</summary>
internal sealed class ThrowingAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new("CL8999", "Throws", "never reported", "Test", DiagnosticSeverity.Error);

    public int Calls { get; private set; }

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(_ =>
    {
        Calls++;
        throw new InvalidOperationException("boom");
    }, SyntaxKind.Sentence);
}
