namespace CopyLint.LanguageServer.Protocol;

internal sealed record TextEdit(LspRange Range, string NewText);
