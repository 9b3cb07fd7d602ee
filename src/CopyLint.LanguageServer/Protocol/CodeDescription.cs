namespace CopyLint.LanguageServer.Protocol;

internal sealed record CodeDescription(string Href);
