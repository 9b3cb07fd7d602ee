using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;

namespace CopyLint.LanguageServer.Analysis;

/// <summary>The findings for one document snapshot under one settings/config generation (Lint is null when not linted).</summary>
internal sealed record AnalysisResult(OpenDocument Document, LintResult? Lint, int Generation)
{
    public IReadOnlyList<Diagnostic> Diagnostics => Lint?.Diagnostics ?? [];

    /// <summary>The pull-diagnostics result id: changes with the text version and with settings or configuration.</summary>
    public string ResultId => $"{Generation}:{Document.Version}:{Lint?.Diagnostics.Count ?? -1}";
}
