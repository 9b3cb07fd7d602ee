namespace CopyLint.LanguageServer.Protocol;

/// <summary>LSP Range (named so as not to clash with System.Range).</summary>
internal sealed record LspRange(Position Start, Position End);
