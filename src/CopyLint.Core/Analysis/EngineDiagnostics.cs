using CopyLint.Core.Diagnostics;

namespace CopyLint.Core.Analysis;

/// <summary>Findings the engine itself raises.</summary>
public static class EngineDiagnostics
{
    public static readonly DiagnosticDescriptor AnalyzerCrash = new(
        "CL9999", "Analyzer failed", "Rule {0} failed on this document and was skipped: {1}", "Engine", DiagnosticSeverity.Warning,
        description: "A rule threw an exception. The other rules still ran; please report the document that caused it.");

    public static readonly DiagnosticDescriptor SuppressionWithoutReason = new(
        "CL0000", "Suppression without a reason", "Suppression of {0} gives no reason; add one after a colon ('{0}: why')", "Process",
        DiagnosticSeverity.Warning, isEnabledByDefault: false,
        description: "Inline suppressions should say why the finding does not apply, so the desk can review them.");
}
