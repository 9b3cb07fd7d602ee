namespace CopyLint.LanguageServer.Protocol;

/// <summary>LSP Position: 0-based line and character in the negotiated encoding.</summary>
internal sealed record Position(int Line, int Character);
