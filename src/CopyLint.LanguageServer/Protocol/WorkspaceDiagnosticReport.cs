namespace CopyLint.LanguageServer.Protocol;

internal sealed record WorkspaceDiagnosticReport(IReadOnlyList<DocumentDiagnosticReport> Items);
