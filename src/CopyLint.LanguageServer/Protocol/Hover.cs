namespace CopyLint.LanguageServer.Protocol;

internal sealed record Hover(MarkupContent Contents, LspRange? Range);
