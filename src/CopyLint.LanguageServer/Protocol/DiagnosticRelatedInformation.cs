namespace CopyLint.LanguageServer.Protocol;

internal sealed record DiagnosticRelatedInformation(Location Location, string Message);
