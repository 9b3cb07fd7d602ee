namespace CopyLint.LanguageServer.Protocol;

internal sealed record ConfigurationParams(IReadOnlyList<ConfigurationItem> Items);
