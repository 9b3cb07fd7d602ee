namespace CopyLint.Core.Diagnostics;

/// <summary>What a finding is reported as (LSP's order reversed: Error is the highest).</summary>
public enum DiagnosticSeverity
{
    Hint = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}
