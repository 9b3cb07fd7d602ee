namespace CopyLint.LanguageServer.Protocol;

internal sealed record PreviousResultId(string Uri, string Value);
