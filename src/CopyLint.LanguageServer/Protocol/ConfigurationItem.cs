namespace CopyLint.LanguageServer.Protocol;

internal sealed record ConfigurationItem(string? ScopeUri, string Section);
