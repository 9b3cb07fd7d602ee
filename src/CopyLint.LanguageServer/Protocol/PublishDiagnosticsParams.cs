namespace CopyLint.LanguageServer.Protocol;

internal sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<LspDiagnostic> Diagnostics);
