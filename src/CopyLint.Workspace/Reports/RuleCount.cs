using CopyLint.Core.Diagnostics;

namespace CopyLint.Workspace.Reports;

public sealed record RuleCount(string RuleId, DiagnosticSeverity Severity, int Count);
