namespace CopyLint.LanguageServer.Protocol;

internal sealed record Registration(string Id, string Method, object? RegisterOptions);
